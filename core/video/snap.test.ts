import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parseDesign } from '../schema/parseDesign';
import { snapCandidates, snapTime, SNAP_PX } from './snap';
import { videoTimeline } from './timeline';

describe('timeline snapping', () => {
  it('sticks to the nearest candidate within the threshold at the current zoom, else keeps the input', () => {
    // 0.1 px per ms: 8 px = 80 ms.
    expect(snapTime(1070, [0, 1000, 2000], 0.1)).toEqual({ ms: 1000, snappedTo: 1000 });
    expect(snapTime(1090, [0, 1000, 2000], 0.1)).toEqual({ ms: 1090, snappedTo: null });
    // Zoomed in 10x, the same distance in ms is 70 px: no snap.
    expect(snapTime(1070, [0, 1000, 2000], 1)).toEqual({ ms: 1070, snappedTo: null });
    // Equally near: the earlier one, whatever the order.
    expect(snapTime(1500, [2000, 1000], 0.01).ms).toBe(1000);
  });

  it('property: the result is the input, or a candidate within the threshold and no farther than any other', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 100_000, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 30 }),
        fc.double({ min: 0.001, max: 5, noNaN: true }),
        fc.integer({ min: 1, max: 20 }),
        (ms, candidates, pxPerMs, px) => {
          const { ms: out, snappedTo } = snapTime(ms, candidates, pxPerMs, px);
          if (snappedTo === null) {
            expect(out).toBe(ms);
            expect(candidates.every((c) => Math.abs(c - ms) * pxPerMs > px)).toBe(true);
          } else {
            expect(out).toBe(snappedTo);
            expect(candidates).toContain(out);
            expect(Math.abs(out - ms) * pxPerMs).toBeLessThanOrEqual(px + 1e-9);
            expect(candidates.every((c) => Math.abs(c - ms) >= Math.abs(out - ms))).toBe(true);
          }
        },
      ),
    );
  });

  it('candidates: scene edges, the other layers in and out on the video clock, the playhead; never the dragged layer', () => {
    const { design } = parseDesign(JSON.parse(readFileSync(new URL('../schema/fixtures/design.v10.json', import.meta.url), 'utf8')));
    const tl = videoTimeline(design);
    const all = snapCandidates(design, { playheadMs: 1234 });
    for (const scene of tl.scenes) expect(all).toEqual(expect.arrayContaining([scene.startMs, scene.endMs]));
    // The title comes in at 300 ms of scene 1.
    expect(all).toContain(300);
    expect(all).toContain(1234);
    expect(snapCandidates(design, { exceptId: 'title' })).not.toContain(300);
    expect(SNAP_PX).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Page } from '../schema/design';
import { frameCount, layerWindow, momentAt, videoTimeline, VIDEO_DEFAULTS } from './timeline';

const page = (id: string, durationMs?: number, transition?: { kind: string; durationMs: number }): Page => ({
  id,
  background: { fill: '#000000' },
  elements: [],
  ...(durationMs !== undefined ? { durationMs } : {}),
  ...(transition ? { transitionOut: transition } : {}),
});

describe('the video timeline', () => {
  it('the benchmark reel: 5.5 s + slide 0.5 s + 5 s + cut + 5 s lasts 15 s, 450 frames at 30 fps', () => {
    const tl = videoTimeline({ pages: [page('a', 5500, { kind: 'slideleft', durationMs: 500 }), page('b', 5000, { kind: 'cut', durationMs: 0 }), page('c', 5000)] });
    expect(tl.durationMs).toBe(15_000);
    expect(tl.scenes.map((s) => [s.startMs, s.endMs])).toEqual([[0, 5500], [5000, 10_000], [10_000, 15_000]]);
    expect(frameCount(tl.durationMs, tl.fps)).toBe(450);
    expect(momentAt(tl, 5250)).toEqual({ scene: 0, localMs: 5250, next: { scene: 1, localMs: 250, progress: 0.5, kind: 'slideleft' } });
    expect(momentAt(tl, 10_000)).toEqual({ scene: 2, localMs: 0, next: null });
  });

  it('a scene without a duration lasts the default; a transition never takes more than half of either scene', () => {
    const tl = videoTimeline({ pages: [page('a'), page('b', 600, { kind: 'fade', durationMs: 2000 }), page('c', 4000)] });
    expect(tl.scenes[0].durationMs).toBe(VIDEO_DEFAULTS.sceneMs);
    expect(tl.scenes[1].transitionOut).toEqual({ kind: 'fade', durationMs: 300 });
  });

  it('a layer shows from its in-time to its out-time, clamped to its scene', () => {
    expect(layerWindow({ timing: { inMs: 300 } }, 2000)).toEqual({ inMs: 300, outMs: 2000 });
    expect(layerWindow({ timing: { inMs: 2500, outMs: 9000 } }, 2000)).toEqual({ inMs: 2000, outMs: 2000 });
    expect(layerWindow({}, 2000)).toEqual({ inMs: 0, outMs: 2000 });
  });

  it('property: the length is the sum of the scenes less the transitions, and every moment has one scene', () => {
    const scene = fc.record({ d: fc.integer({ min: 100, max: 20_000 }), t: fc.integer({ min: 0, max: 5000 }), kind: fc.constantFrom('cut', 'fade', 'wipeleft') });
    fc.assert(
      fc.property(fc.array(scene, { minLength: 1, maxLength: 12 }), fc.double({ min: 0, max: 1, noNaN: true }), (scenes, at) => {
        const tl = videoTimeline({ pages: scenes.map((s, i) => page(`p${i}`, s.d, { kind: s.kind, durationMs: s.t })) });
        const overlaps = tl.scenes.reduce((sum, s) => sum + (s.transitionOut?.durationMs ?? 0), 0);
        expect(tl.durationMs).toBe(scenes.reduce((sum, s) => sum + s.d, 0) - overlaps);
        const moment = momentAt(tl, at * tl.durationMs);
        expect(moment).not.toBeNull();
        expect(moment!.localMs).toBeGreaterThanOrEqual(0);
        expect(moment!.localMs).toBeLessThanOrEqual(tl.scenes[moment!.scene].durationMs);
        if (moment!.next) expect(moment!.next.progress).toBeGreaterThanOrEqual(0);
        if (moment!.next) expect(moment!.next.progress).toBeLessThanOrEqual(1);
      }),
    );
  });
});

/**
 * The player's frame (frameAt) is the timeline's moment and each layer's motion state, nothing of
 * its own: the same functions the export writes as ffmpeg expressions (motion.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDesign } from '../schema/parseDesign';
import type { Design } from '../schema/design';
import { frameAt, playerTransition } from './frame';
import { kenBurnsAt, layerStateAt } from './motion';
import { clipMediaMsAt } from './clip';
import { layerWindow, momentAt, videoTimeline } from './timeline';

const fixture = (): Design => parseDesign(JSON.parse(readFileSync(new URL('../schema/fixtures/design.v10.json', import.meta.url), 'utf8'))).design;

describe('frameAt: what the player draws at a time', () => {
  const design = fixture();
  const timeline = videoTimeline(design);

  it('inside the title fade-in: its opacity and offset are layerStateAt at the scene time', () => {
    const frame = frameAt(design, 500)!;
    expect(frame.scene.index).toBe(0);
    expect(frame.next).toBeNull();
    const title = frame.scene.layers.find((l) => l.id === 'title')!;
    // easeOut of (500 - 300) / 400 = 0.5 -> 0.875: 87.5 % opaque, 10 px of the 80 still to rise.
    expect(title.state!.opacity).toBeCloseTo(0.875, 9);
    expect(title.state!.dy).toBeCloseTo(10, 9);
    // Before its in-time the title is not drawn at all.
    expect(frameAt(design, 200)!.scene.layers.find((l) => l.id === 'title')!.state).toBeNull();
  });

  it('during the slide-left transition both scenes are drawn at their own times', () => {
    const first = timeline.scenes[0];
    const at = first.endMs - first.transitionOut!.durationMs / 2;
    const frame = frameAt(design, at)!;
    expect(frame.next).not.toBeNull();
    expect(frame.next!.kind).toBe('slideleft');
    expect(frame.next!.progress).toBeCloseTo(0.5, 9);
    expect(frame.scene.localMs).toBeCloseTo(at, 9);
    expect(frame.next!.localMs).toBeCloseTo(at - timeline.scenes[1].startMs, 9);
  });

  it('property: every layer of every frame equals layerStateAt / kenBurnsAt / clipMediaMsAt at momentAt', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: timeline.durationMs, noNaN: true }), (t) => {
        const frame = frameAt(design, t)!;
        const moment = momentAt(timeline, t)!;
        const scenes = [[frame.scene, moment.scene, moment.localMs] as const, ...(frame.next && moment.next ? [[frame.next, moment.next.scene, moment.next.localMs] as const] : [])];
        expect(frame.next === null).toBe(moment.next === null);
        for (const [scene, index, localMs] of scenes) {
          expect(scene.index).toBe(index);
          const page = design.pages[index];
          const sceneMs = timeline.scenes[index].durationMs;
          page.elements.forEach((el, i) => {
            const layer = scene.layers[i];
            expect(layer.id).toBe(el.id);
            expect(layer.state).toEqual(layerStateAt(el, design.format, sceneMs, localMs));
            if (el.type === 'image' && el.kenBurns && layer.state) {
              const inMs = el.timing?.inMs ?? 0;
              expect(layer.kenBurns).toEqual(kenBurnsAt(el.kenBurns, (localMs - inMs) / (sceneMs - inMs)));
            } else expect(layer.kenBurns).toBeNull();
            if (el.type === 'video' && layer.state) expect(layer.clipMs).toBe(clipMediaMsAt(el, layerWindow(el, sceneMs), localMs));
            else expect(layer.clipMs).toBeNull();
          });
        }
      }),
    );
  });

  it('the player draws fades, slides and wipes as exported; other xfade kinds as a fade, and says so', () => {
    expect(playerTransition('slideleft')).toEqual({ kind: 'slideleft', approximated: false });
    expect(playerTransition('circleopen')).toEqual({ kind: 'fade', approximated: true });
  });
});

/** The video timeline's actions (./actions/timeline.ts): scene lengths, layer windows, the playhead and its keys. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDesign } from '../schema/parseDesign';
import type { Design } from '../schema/design';
import { VIDEO_LIMITS } from '../schema/constants';
import { videoTimeline } from '../video/timeline';
import { ACTIONS } from './registry';
import { clampLayerWindow, MIN_LAYER_MS } from './actions';
import { createTestEditor, testDesign } from './testing';

/** The v10 fixture (a 5.5 s scene, a slide-left of 0.5 s, a 5 s scene) with a third scene of 3 s. */
function video(): Design {
  const { design } = parseDesign(JSON.parse(readFileSync(new URL('../schema/fixtures/design.v10.json', import.meta.url), 'utf8')));
  return { ...design, pages: [...design.pages, { id: 's3', background: { fill: '#1B3A5C' }, elements: [], durationMs: 3000 }] };
}
const key = (k: string, more: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...more });
const timingOf = (design: Design, id: string) => design.pages.flatMap((p) => p.elements).find((el) => el.id === id)!.timing;

describe('scene length', () => {
  it('drag of a scene edge: one undo step for the whole drag, clamped to the limits', () => {
    const editor = createTestEditor(video());
    editor.beginGesture();
    for (const ms of [5600, 6000, 6400]) editor.run(ACTIONS.setSceneDuration, { index: 0, durationMs: ms });
    editor.endGesture();
    expect(editor.design.pages[0].durationMs).toBe(6400);
    expect(editor.undoDepth).toBe(1);
    editor.undo();
    expect(editor.design.pages[0].durationMs).toBe(5500);
    editor.run(ACTIONS.setSceneDuration, { index: 2, durationMs: 1 });
    expect(editor.design.pages[2].durationMs).toBe(VIDEO_LIMITS.minSceneMs);
    editor.run(ACTIONS.setSceneDuration, { index: 2, durationMs: 1e9 });
    expect(editor.design.pages[2].durationMs).toBe(VIDEO_LIMITS.maxSceneMs);
  });

  it('applies to video designs only', () => {
    const editor = createTestEditor(testDesign());
    const before = editor.design;
    editor.run(ACTIONS.setSceneDuration, { index: 0, durationMs: 3000 });
    expect(editor.design).toBe(before);
  });
});

describe('a layer on the timeline', () => {
  it('moving keeps its length and stays in its scene; trimming moves one edge; one step per drag', () => {
    const editor = createTestEditor(video());
    // The pill of scene 2 shows 800..4600 of a 5000 ms scene.
    editor.beginGesture();
    editor.run(ACTIONS.setLayerTiming, { id: 'pill', inMs: 1000, outMs: 4800 });
    editor.run(ACTIONS.setLayerTiming, { id: 'pill', inMs: 2000, outMs: 5800 });
    editor.endGesture();
    // Pushed back inside: 3800 ms long, ending at the scene's end (stored as "to the end").
    expect(timingOf(editor.design, 'pill')).toMatchObject({ inMs: 1200 });
    expect(timingOf(editor.design, 'pill')!.outMs).toBeUndefined();
    expect(timingOf(editor.design, 'pill')!.animationIn?.kind).toBe('slideRight');
    expect(editor.undoDepth).toBe(1);
    editor.run(ACTIONS.setLayerTiming, { id: 'pill', inMs: 1200, outMs: 3000, edge: 'out' });
    expect(timingOf(editor.design, 'pill')).toMatchObject({ inMs: 1200, outMs: 3000 });
    editor.run(ACTIONS.setLayerTiming, { id: 'pill', inMs: 2990, outMs: 3000, edge: 'in' });
    expect(timingOf(editor.design, 'pill')).toMatchObject({ inMs: 3000 - MIN_LAYER_MS, outMs: 3000 });
    editor.undo();
    editor.undo();
    editor.undo();
    expect(timingOf(editor.design, 'pill')).toMatchObject({ inMs: 800, outMs: 4600 });
  });

  it('property: the window is inside the scene, at least the minimum long, and a move keeps the length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: VIDEO_LIMITS.minSceneMs, max: 60_000 }),
        fc.integer({ min: -100_000, max: 100_000 }),
        fc.option(fc.integer({ min: -100_000, max: 100_000 })),
        fc.constantFrom(undefined, 'in' as const, 'out' as const),
        (sceneMs, inMs, outMs, edge) => {
          const w = clampLayerWindow(sceneMs, { inMs, outMs, edge });
          expect(w.inMs).toBeGreaterThanOrEqual(0);
          expect(w.outMs).toBeLessThanOrEqual(sceneMs);
          expect(w.outMs - w.inMs).toBeGreaterThanOrEqual(Math.min(MIN_LAYER_MS, sceneMs));
          const wanted = (outMs ?? sceneMs) - inMs;
          if (!edge && wanted >= MIN_LAYER_MS && wanted <= sceneMs) expect(w.outMs - w.inMs).toBe(wanted);
        },
      ),
    );
  });
});

describe('the playhead', () => {
  it('seeking is no undo step, follows the scene under it, and undo leaves it where it is', () => {
    const editor = createTestEditor(video());
    editor.run(ACTIONS.setSceneDuration, { index: 2, durationMs: 4000 });
    editor.run(ACTIONS.seek, { ms: 7000 });
    expect(editor.getState().playheadMs).toBe(7000);
    expect(editor.pageIndex).toBe(1);
    expect(editor.undoDepth).toBe(1);
    editor.undo();
    expect(editor.getState().playheadMs).toBe(7000);
    expect(editor.design.pages[2].durationMs).toBe(3000);
    editor.run(ACTIONS.seek, { ms: 1e9 });
    expect(editor.getState().playheadMs).toBe(videoTimeline(editor.design).durationMs);
  });

  it('Space plays and pauses, K pauses, repeated L goes faster, J goes backwards; playing on past the end stops', () => {
    const editor = createTestEditor(video());
    expect(editor.keyDown(key(' '))).toBe(true);
    expect(editor.getState()).toMatchObject({ playing: true, playRate: 1 });
    editor.keyDown(key('k'));
    expect(editor.getState().playing).toBe(false);
    editor.keyDown(key('l'));
    editor.keyDown(key('l'));
    editor.keyDown(key('l'));
    expect(editor.getState()).toMatchObject({ playing: true, playRate: 4 });
    editor.keyDown(key('j'));
    expect(editor.getState().playRate).toBe(-1);
    editor.keyDown(key(' '));
    editor.keyDown(key(' '));
    editor.run(ACTIONS.seek, { ms: 1e9 });
    expect(editor.getState().playing).toBe(false);
    expect(editor.undoDepth).toBe(0);
  });

  it('arrows step one frame at the design rate with nothing selected, and nudge a selected layer', () => {
    const editor = createTestEditor(video());
    editor.run(ACTIONS.seek, { ms: 1000 });
    editor.keyDown(key('ArrowRight'));
    expect(editor.getState().playheadMs).toBeCloseTo(1000 + 1000 / 30, 9);
    editor.keyDown(key('ArrowLeft'));
    editor.keyDown(key('ArrowLeft'));
    expect(editor.getState().playheadMs).toBeCloseTo(1000 - 1000 / 30, 9);
    editor.select(['title']);
    const x = editor.design.pages[0].elements[1].x;
    editor.keyDown(key('ArrowRight'));
    expect(editor.design.pages[0].elements[1].x).toBe(x + 1);
    expect(editor.getState().playheadMs).toBeCloseTo(1000 - 1000 / 30, 9);
  });

  it('a still design has no playback: its keys do nothing', () => {
    const editor = createTestEditor(testDesign());
    editor.keyDown(key(' '));
    editor.keyDown(key('l'));
    expect(editor.getState().playing).toBeUndefined();
  });
});

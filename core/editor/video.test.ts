import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ANIMATION_KINDS, VIDEO_LIMITS, type Design, type Page } from '../schema/design';
import { createImageElement, createTextElement, createVideoElement } from '../schema/factory';
import { parseDesign } from '../schema/parseDesign';
import { videoTimeline } from '../video/timeline';
import { ACTIONS } from './registry';
import * as actions from './actions';
import { createTestEditor, rect, testDesign } from './testing';

const PHOTO = 'a'.repeat(64);
const CLIP = 'b'.repeat(64);
const SOUND = 'c'.repeat(64);

/** A 1080x1920 video of `count` scenes: scene 0 holds a rectangle (bottom), a picture, a clip and a text (top). */
function video(count = 3): Design {
  const design = testDesign('Reel');
  const pages: Page[] = Array.from({ length: count }, (_, i) => ({ id: `p${i}`, background: { fill: '#000000' }, elements: [] }));
  pages[0].elements = [
    rect(0, 0, 1080, 1920, { id: 'bg' }),
    createImageElement({ id: 'photo', assetId: PHOTO, x: 0, y: 0, width: 1080, height: 1080 }),
    createVideoElement({ id: 'clip', assetId: CLIP, x: 0, y: 1080, width: 1080, height: 600 }),
    createTextElement({ id: 'title', x: 100, y: 1700, width: 880, text: 'Nouvelle collection' }),
  ];
  return { ...design, kind: 'video', format: { preset: null, width: 1080, height: 1920 }, pages };
}

const el = (design: Design, id: string, page = 0) => design.pages[page].elements.find((e) => e.id === id)!;
const valid = (design: Design) => expect(() => parseDesign(design)).not.toThrow();

describe('setAnimation', () => {
  it('gives every selected layer the kind with its defaults in one undo step', () => {
    const editor = createTestEditor(video());
    editor.select(['title', 'photo']);
    editor.run(ACTIONS.setAnimation, { phase: 'in', animation: { kind: 'slideUp' } });
    expect(el(editor.design, 'title').timing).toEqual({ inMs: 0, animationIn: { kind: 'slideUp', durationMs: 500, easing: 'easeOut' } });
    expect(el(editor.design, 'photo').timing?.animationIn?.kind).toBe('slideUp');
    expect(el(editor.design, 'clip').timing).toBeUndefined();
    valid(editor.design);
    editor.undo();
    expect(el(editor.design, 'title').timing).toBeUndefined();
    expect(el(editor.design, 'photo').timing).toBeUndefined();
    editor.redo();
    expect(el(editor.design, 'photo').timing?.animationIn?.kind).toBe('slideUp');
  });

  it('has a default per kind: fade 400 ms easing out, pop with an overshoot', () => {
    for (const kind of ANIMATION_KINDS) expect(actions.defaultAnimation(kind).kind).toBe(kind);
    expect(actions.defaultAnimation('fade')).toEqual({ kind: 'fade', durationMs: 400, easing: 'easeOut' });
    expect(actions.defaultAnimation('pop').easing).toBe('back');
    // A slide comes from outside the page: no distance.
    expect(actions.defaultAnimation('slideLeft').distance).toBeUndefined();
  });

  it('changes a field of the current animation, keeps the others, and clamps', () => {
    const editor = createTestEditor(video());
    editor.select(['title']);
    editor.run(ACTIONS.setAnimation, { phase: 'out', animation: { kind: 'fade' } });
    editor.run(ACTIONS.setAnimation, { phase: 'out', animation: { durationMs: 999_999, easing: 'linear' } });
    expect(el(editor.design, 'title').timing?.animationOut).toEqual({ kind: 'fade', durationMs: VIDEO_LIMITS.maxAnimationMs, easing: 'linear' });
    editor.run(ACTIONS.setAnimation, { phase: 'out', animation: { durationMs: -5, distance: -10, scale: 9 } });
    expect(el(editor.design, 'title').timing?.animationOut).toMatchObject({ durationMs: 1, distance: 0, scale: 4 });
    valid(editor.design);
    editor.run(ACTIONS.setAnimation, { phase: 'out', animation: { kind: 'slideUp', distance: 80 } });
    expect(el(editor.design, 'title').timing?.animationOut?.distance).toBe(80);
    editor.run(ACTIONS.setAnimation, { phase: 'out', animation: { distance: null } });
    expect(el(editor.design, 'title').timing?.animationOut).toEqual(actions.defaultAnimation('slideUp'));
    // A field alone on a layer with no animation does nothing.
    editor.select(['photo']);
    const state = editor.getState();
    expect(actions.setAnimation(state, { phase: 'in', animation: { durationMs: 300 } })).toBe(state);
  });

  it('a new kind starts from its own defaults; null removes the animation and an empty timing', () => {
    const editor = createTestEditor(video());
    editor.select(['title']);
    editor.run(ACTIONS.setAnimation, { phase: 'in', animation: { kind: 'fade', durationMs: 900 } });
    editor.run(ACTIONS.setAnimation, { phase: 'in', animation: { kind: 'pop' } });
    expect(el(editor.design, 'title').timing?.animationIn).toEqual(actions.defaultAnimation('pop'));
    editor.run(ACTIONS.setAnimation, { phase: 'in', animation: null });
    expect('timing' in el(editor.design, 'title')).toBe(false);
  });

  it('a duration dragged on one selection is one undo step', () => {
    const editor = createTestEditor(video());
    editor.select(['title', 'bg']);
    editor.run(ACTIONS.setAnimation, { phase: 'in', animation: { kind: 'fade' } });
    const depth = editor.undoDepth;
    for (const ms of [450, 500, 550, 600]) {
      editor.run(ACTIONS.setAnimation, { phase: 'in', animation: { durationMs: ms }, control: 'duration' });
      editor.tick(100);
    }
    expect(editor.undoDepth).toBe(depth + 1);
    editor.undo();
    expect(el(editor.design, 'bg').timing?.animationIn?.durationMs).toBe(400);
    expect(el(editor.design, 'title').timing?.animationIn?.durationMs).toBe(400);
  });

  it('applies only to a video design', () => {
    const editor = createTestEditor(testDesign());
    editor.createElements([rect(0, 0)]);
    expect(editor.can(ACTIONS.setAnimation)).toBe(false);
  });
});

describe('scene presets', () => {
  it('everything in, one after the other: bottom layer first, N ms apart, one undo step', () => {
    const editor = createTestEditor(video());
    const depth = editor.undoDepth;
    editor.run(ACTIONS.animateSceneInSequence, { kind: 'slideUp', staggerMs: 250, startMs: 100 });
    expect(editor.undoDepth).toBe(depth + 1);
    const page = editor.design.pages[0];
    expect(page.elements.map((e) => e.timing?.inMs)).toEqual([100, 350, 600, 850]);
    expect(page.elements.every((e) => e.timing?.animationIn?.kind === 'slideUp')).toBe(true);
    valid(editor.design);
    editor.undo();
    expect(editor.design.pages[0].elements.every((e) => e.timing === undefined)).toBe(true);
  });

  it('keeps every in-time inside its layer and its scene, whatever the stagger', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 20_000 }), fc.integer({ min: -1000, max: 20_000 }), fc.integer({ min: 100, max: 3000 }), (stagger, start, sceneMs) => {
        const design = video(1);
        design.pages[0].durationMs = sceneMs;
        (design.pages[0].elements[2] as { timing?: unknown }).timing = { inMs: 0, outMs: Math.floor(sceneMs / 2) };
        const editor = createTestEditor(design);
        editor.run(ACTIONS.animateSceneInSequence, { kind: 'fade', staggerMs: stagger, startMs: start });
        const els = editor.design.pages[0].elements;
        for (const e of els) {
          expect(e.timing!.inMs).toBeGreaterThanOrEqual(0);
          expect(e.timing!.inMs).toBeLessThan(e.timing!.outMs ?? sceneMs);
        }
        // Layers with no out-time of their own come in bottom first (later or at the same time).
        const ins = els.filter((_, i) => i !== 2).map((e) => e.timing!.inMs);
        expect(ins).toEqual([...ins].sort((a, b) => a - b));
        expect(() => parseDesign(editor.design)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });

  it('leaves hidden layers out of the sequence', () => {
    const design = video(1);
    design.pages[0].elements[1] = { ...design.pages[0].elements[1], hidden: true };
    const editor = createTestEditor(design);
    editor.run(ACTIONS.animateSceneInSequence, { kind: 'fade', staggerMs: 200 });
    expect(editor.design.pages[0].elements.map((e) => e.timing?.inMs)).toEqual([0, undefined, 200, 400]);
  });

  it('clear animations removes every animation and keeps in/out times', () => {
    const editor = createTestEditor(video());
    editor.run(ACTIONS.animateSceneInSequence, { kind: 'pop', staggerMs: 300 });
    editor.select(['title']);
    editor.run(ACTIONS.setAnimation, { phase: 'out', animation: { kind: 'fade' } });
    editor.run(ACTIONS.clearAnimations, {});
    const page = editor.design.pages[0];
    expect(page.elements.map((e) => e.timing)).toEqual([undefined, { inMs: 300 }, { inMs: 600 }, { inMs: 900 }]);
    editor.undo();
    expect(el(editor.design, 'title').timing?.animationOut?.kind).toBe('fade');
  });
});

describe('transitions', () => {
  it('sets a scene transition, keeps its length when the kind changes, and a cut removes it', () => {
    const editor = createTestEditor(video());
    editor.run(ACTIONS.setTransition, { index: 0, kind: 'wipeleft' });
    expect(editor.design.pages[0].transitionOut).toEqual({ kind: 'wipeleft', durationMs: 500 });
    editor.run(ACTIONS.setTransition, { index: 0, kind: 'wipeleft', durationMs: 99_999 });
    expect(editor.design.pages[0].transitionOut).toEqual({ kind: 'wipeleft', durationMs: VIDEO_LIMITS.maxTransitionMs });
    editor.run(ACTIONS.setTransition, { index: 0, kind: 'fade' });
    expect(editor.design.pages[0].transitionOut).toEqual({ kind: 'fade', durationMs: VIDEO_LIMITS.maxTransitionMs });
    valid(editor.design);
    editor.run(ACTIONS.setTransition, { index: 0, kind: 'cut' });
    expect('transitionOut' in editor.design.pages[0]).toBe(false);
    editor.undo();
    expect(editor.design.pages[0].transitionOut?.kind).toBe('fade');
  });

  it('refuses the last scene and names that are not xfade names', () => {
    const state = createTestEditor(video()).getState();
    expect(actions.setTransition(state, { index: 2, kind: 'fade' })).toBe(state);
    expect(actions.setTransition(state, { index: 0, kind: 'Fade; rm' })).toBe(state);
    expect(actions.setTransition(state, { index: 9, kind: 'fade' })).toBe(state);
  });

  it('applies the current scene\'s transition to all scenes but the last, in one step', () => {
    const editor = createTestEditor(video(4));
    editor.run(ACTIONS.setTransition, { kind: 'slideleft', durationMs: 300 });
    const depth = editor.undoDepth;
    editor.run(ACTIONS.applyTransitionToAll);
    expect(editor.undoDepth).toBe(depth + 1);
    expect(editor.design.pages.map((p) => p.transitionOut?.kind)).toEqual(['slideleft', 'slideleft', 'slideleft', undefined]);
    // The timeline overlaps each pair by 300 ms: 4 x 5 s - 3 x 0.3 s.
    expect(videoTimeline(editor.design).durationMs).toBe(20_000 - 900);
    editor.undo();
    expect(editor.design.pages.map((p) => p.transitionOut?.kind)).toEqual(['slideleft', undefined, undefined, undefined]);
  });
});

describe('Ken Burns', () => {
  it('sets a move on the selected pictures only, with 15 % by default, clamped, and removes it', () => {
    const editor = createTestEditor(video());
    editor.select(['photo', 'title']);
    editor.run(ACTIONS.setKenBurns, { kenBurns: { kind: 'zoomIn' } });
    expect(el(editor.design, 'photo')).toMatchObject({ kenBurns: { kind: 'zoomIn', amount: 0.15 } });
    expect('kenBurns' in el(editor.design, 'title')).toBe(false);
    editor.run(ACTIONS.setKenBurns, { kenBurns: { amount: 3 } });
    expect(el(editor.design, 'photo')).toMatchObject({ kenBurns: { kind: 'zoomIn', amount: VIDEO_LIMITS.maxKenBurnsAmount } });
    editor.run(ACTIONS.setKenBurns, { kenBurns: { kind: 'panLeft', amount: 0 } });
    expect(el(editor.design, 'photo')).toMatchObject({ kenBurns: { kind: 'panLeft', amount: 0.01 } });
    valid(editor.design);
    editor.run(ACTIONS.setKenBurns, { kenBurns: null });
    expect('kenBurns' in el(editor.design, 'photo')).toBe(false);
    editor.undo();
    expect(el(editor.design, 'photo')).toMatchObject({ kenBurns: { kind: 'panLeft' } });
  });
});

describe('clip settings', () => {
  it('trims, speeds, mutes, sets the volume and the fit of the selected clips, clamped', () => {
    const editor = createTestEditor(video());
    editor.select(['clip', 'photo']);
    editor.run(ACTIONS.setClip, { change: { trimInMs: 1200, trimOutMs: 800, speed: 7, muted: true, volume: 2, fit: 'blurFill' } });
    expect(el(editor.design, 'clip')).toMatchObject({ trimInMs: 1200, trimOutMs: 1200 + VIDEO_LIMITS.minSceneMs, speed: 2, muted: true, volume: 1, fit: 'blurFill' });
    expect(el(editor.design, 'photo')).not.toHaveProperty('speed');
    valid(editor.design);
    editor.run(ACTIONS.setClip, { change: { speed: 0.1, trimOutMs: null, fit: 'cover', volume: -1 } });
    const clip = el(editor.design, 'clip');
    expect(clip).toMatchObject({ speed: 0.5, volume: 0 });
    expect('trimOutMs' in clip || 'fit' in clip).toBe(false);
    editor.run(ACTIONS.setClip, { change: { speed: 1 } });
    expect('speed' in el(editor.design, 'clip')).toBe(false);
    valid(editor.design);
  });

  it('a volume slider dragged is one undo step', () => {
    const editor = createTestEditor(video());
    editor.select(['clip']);
    for (const volume of [0.9, 0.7, 0.5]) {
      editor.run(ACTIONS.setClip, { change: { volume }, control: 'volume' });
      editor.tick(50);
    }
    expect(editor.undoDepth).toBe(1);
    editor.undo();
    expect(el(editor.design, 'clip')).toMatchObject({ volume: 1 });
  });
});

describe('soundtrack', () => {
  it('changes the trim, start, fades, volume, fit and ducking, clamped; absent fields mean the defaults', () => {
    const editor = createTestEditor(video());
    editor.setSoundtrack({ assetId: SOUND });
    editor.run(ACTIONS.updateSoundtrack, { change: { trimInMs: 2000, trimOutMs: 1000, startMs: -4, fadeInMs: 500, fadeOutMs: 90_000, volume: 0.5, fit: 'loop', ducking: false } });
    expect(editor.design.audio).toEqual({ assetId: SOUND, volume: 0.5, startMs: 0, fadeInMs: 500, fadeOutMs: 60_000, trimInMs: 2000, trimOutMs: 2100, fit: 'loop', ducking: false });
    valid(editor.design);
    editor.run(ACTIONS.updateSoundtrack, { change: { trimInMs: 0, trimOutMs: null, fit: 'once', ducking: true } });
    expect(editor.design.audio).toEqual({ assetId: SOUND, volume: 0.5, startMs: 0, fadeInMs: 500, fadeOutMs: 60_000 });
    editor.undo();
    expect(editor.design.audio?.fit).toBe('loop');
  });

  it('another sound keeps the fit and ducking and drops the old sound\'s trim', () => {
    const editor = createTestEditor(video());
    editor.setSoundtrack({ assetId: SOUND });
    editor.run(ACTIONS.updateSoundtrack, { change: { trimInMs: 2000, fit: 'fitToVideo', ducking: false } });
    editor.setSoundtrack({ assetId: PHOTO });
    expect(editor.design.audio).toEqual({ assetId: PHOTO, volume: 1, startMs: 0, fadeInMs: 0, fadeOutMs: 0, fit: 'fitToVideo', ducking: false });
  });

  it('does nothing without a soundtrack', () => {
    const state = createTestEditor(video()).getState();
    expect(actions.updateSoundtrack(state, { change: { volume: 0.2 } })).toBe(state);
  });
});

describe('video settings', () => {
  it('sets the frame rate (nearest offered; 30 is the default), the loudness target and the cover', () => {
    const editor = createTestEditor(video());
    editor.run(ACTIONS.setVideoSettings, { change: { fps: 26 } });
    expect(editor.design.video).toEqual({ fps: 25 });
    editor.run(ACTIONS.setVideoSettings, { change: { loudness: { lufs: -50, truePeak: 3 } } });
    expect(editor.design.video?.loudness).toEqual({ lufs: VIDEO_LIMITS.minLufs, truePeak: VIDEO_LIMITS.maxTruePeak });
    editor.run(ACTIONS.setVideoSettings, { change: { loudness: null } });
    expect(editor.design.video?.loudness).toBeNull();
    editor.run(ACTIONS.setVideoSettings, { change: { coverMs: 99_999_999 } });
    expect(editor.design.video?.coverMs).toBe(14_999);
    valid(editor.design);
    editor.run(ACTIONS.setVideoSettings, { change: { fps: 30, loudness: 'default', coverMs: null } });
    expect('video' in editor.design).toBe(false);
    editor.undo();
    expect(editor.design.video?.coverMs).toBe(14_999);
  });

  it('puts the cover on a scene\'s first frame, transitions counted', () => {
    const editor = createTestEditor(video());
    editor.run(ACTIONS.setTransition, { index: 0, kind: 'fade', durationMs: 500 });
    editor.setPageIndex(1);
    editor.run(ACTIONS.setCoverToScene, {});
    expect(editor.design.video?.coverMs).toBe(4500);
    editor.run(ACTIONS.setCoverToScene, { index: 0 });
    expect(editor.design.video).toBeUndefined();
  });
});

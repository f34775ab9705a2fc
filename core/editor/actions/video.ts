/**
 * A video's edits other than scene lengths, scene order and layers' in/out times (those are the
 * timeline's): layer animations, the scene preset "everything in, one after the other", scene
 * transitions, Ken Burns on pictures, clip settings, the soundtrack's settings and the video's own
 * settings (docs/architecture.md, "Short video"). Every value is clamped to VIDEO_LIMITS here, so a
 * panel, a test or a script gets the same design.
 */
import { LIMITS, VIDEO_FPS, VIDEO_LIMITS, type AnimationKind, type ClipFit, type KenBurnsKind, type MusicFit } from '../../schema/constants';
import type { Animation, Design, Element, ImageElement, Page, Timing, VideoElement } from '../../schema/design';
import { sceneDurationMs, videoTimeline, VIDEO_DEFAULTS } from '../../video/timeline';
import type { EditorState, Perform } from '../types';
import { currentPage, mapTop, patchElement, withElements } from '../tree';

/** Whether the design is a video (the only kind these edits apply to). */
export const isVideoDesign = (state: EditorState): boolean => state.design.kind === 'video';

/**
 * What picking a kind gives: a fade 400 ms easing out; a slide from outside the page (no
 * distance) 500 ms easing out; a pop from 60 % with a slight overshoot (`back`), fading in.
 */
export function defaultAnimation(kind: AnimationKind): Animation {
  switch (kind) {
    case 'fade':
      return { kind, durationMs: 400, easing: 'easeOut' };
    case 'slideUp':
    case 'slideDown':
    case 'slideLeft':
    case 'slideRight':
      return { kind, durationMs: 500, easing: 'easeOut' };
    case 'pop':
      return { kind, durationMs: 400, easing: 'back', fade: true };
  }
}

export type AnimationPhase = 'in' | 'out';
/**
 * A kind with any fields to change; fields left out keep their value (or the kind's default when
 * the kind changes). `distance: null`: a slide from outside the page again.
 */
export type AnimationChange = Partial<Omit<Animation, 'distance'>> & { kind?: AnimationKind; distance?: number | null };

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const clampInt = (value: number, min: number, max: number) => clamp(Math.round(Number.isFinite(value) ? value : min), min, max);

/** An animation with every field inside the schema's bounds; `undefined` optional fields dropped. */
function clampAnimation(animation: Animation): Animation {
  const out: Animation = { kind: animation.kind, durationMs: clampInt(animation.durationMs, 1, VIDEO_LIMITS.maxAnimationMs), easing: animation.easing };
  if (animation.distance !== undefined) out.distance = clamp(animation.distance, 0, LIMITS.maxCoordinate);
  if (animation.fade !== undefined) out.fade = animation.fade;
  if (animation.scale !== undefined) out.scale = clamp(animation.scale, 0, 4);
  return out;
}

/** The element's timing with `change` applied; a timing that says nothing (in at 0, nothing else) goes. */
function withTiming(el: Element, change: (timing: Timing) => Timing): Element {
  const next = change(el.timing ?? { inMs: 0 });
  const empty = next.inMs === 0 && next.outMs === undefined && !next.animationIn && !next.animationOut;
  return patchElement(el, { timing: empty ? undefined : next });
}

const KEY: Record<AnimationPhase, 'animationIn' | 'animationOut'> = { in: 'animationIn', out: 'animationOut' };

function setPhase(timing: Timing, phase: AnimationPhase, animation: Animation | undefined): Timing {
  const next: Timing = { ...timing };
  if (animation) next[KEY[phase]] = animation;
  else delete next[KEY[phase]];
  return next;
}

/**
 * An in- or out-animation for the selection (or `ids`), in one step: a kind gives that kind's
 * defaults unless fields come with it; fields alone (a duration, an easing) change the current
 * animation of each layer that has one. null removes it.
 */
export const setAnimation: Perform<{ phase: AnimationPhase; animation: AnimationChange | null; ids?: readonly string[]; control?: string }> = (state, { phase, animation, ids }) => {
  const wanted = new Set(ids ?? state.selection);
  const elements = mapTop(currentPage(state).elements, (el) => {
    if (!wanted.has(el.id)) return el;
    return withTiming(el, (timing) => {
      const current = timing[KEY[phase]];
      if (animation === null) return setPhase(timing, phase, undefined);
      const kind = animation.kind ?? current?.kind;
      if (!kind) return timing;
      const base = current && current.kind === kind ? current : defaultAnimation(kind);
      const { distance, ...fields } = animation;
      const merged: Animation = { ...base, ...definedFields(fields), kind };
      if (distance === null) delete merged.distance;
      else if (distance !== undefined) merged.distance = distance;
      return setPhase(timing, phase, clampAnimation(merged));
    });
  });
  return withElements(state, elements);
};

function definedFields<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The most a preset staggers layers by. */
export const MAX_STAGGER_MS = 5000;

/**
 * The scene preset "everything in, one after the other": every visible layer of the current
 * scene comes in with `kind`, bottom layer first, each `staggerMs` after the one below it,
 * starting at `startMs`. A layer's in-time never reaches its out-time or the scene's end.
 */
export const animateSceneInSequence: Perform<{ kind: AnimationKind; staggerMs: number; startMs?: number }> = (state, { kind, staggerMs, startMs = 0 }) => {
  const page = currentPage(state);
  const sceneMs = sceneDurationMs(page);
  const stagger = clampInt(staggerMs, 0, MAX_STAGGER_MS);
  const start = clampInt(startMs, 0, sceneMs - 1);
  let order = 0;
  const elements = mapTop(page.elements, (el) => {
    if (el.hidden) return el;
    const at = start + stagger * order++;
    return withTiming(el, (timing) => {
      const latest = (timing.outMs ?? sceneMs) - 1;
      return { ...timing, inMs: clampInt(at, 0, Math.max(0, latest)), animationIn: defaultAnimation(kind) };
    });
  });
  return withElements(state, elements);
};

/** Every animation of the current scene's layers (or of `ids`) removed; in- and out-times stay. */
export const clearAnimations: Perform<{ ids?: readonly string[] }> = (state, { ids }) => {
  const wanted = ids ? new Set(ids) : null;
  const elements = mapTop(currentPage(state).elements, (el) =>
    !el.timing || (wanted && !wanted.has(el.id)) ? el : withTiming(el, (timing) => setPhase(setPhase(timing, 'in', undefined), 'out', undefined)),
  );
  return withElements(state, elements);
};

/** A transition's name as the schema takes it: 'cut' or an ffmpeg xfade name (lower-case letters). */
const TRANSITION_NAME = /^[a-z]{1,32}$/;

function transitionPage(page: Page, kind: string, durationMs: number | undefined): Page {
  if (kind === 'cut') {
    if (!page.transitionOut) return page;
    const { transitionOut: _cut, ...rest } = page;
    return rest;
  }
  const length = clampInt(durationMs ?? page.transitionOut?.durationMs ?? VIDEO_DEFAULTS.transitionMs, 0, VIDEO_LIMITS.maxTransitionMs);
  const next = { kind, durationMs: length };
  return page.transitionOut && page.transitionOut.kind === next.kind && page.transitionOut.durationMs === next.durationMs ? page : { ...page, transitionOut: next };
}

/**
 * How scene `index` (the current one when absent) gives way to the next: 'cut' (no transition) or
 * an xfade name, lasting `durationMs` (kept when absent, else 500 ms). The last scene has none.
 * The export checks the name against the installed ffmpeg; the panel offers only those.
 */
export const setTransition: Perform<{ index?: number; kind: string; durationMs?: number; control?: string }> = (state, { index, kind, durationMs }) => {
  const at = index ?? state.pageIndex;
  const page = state.design.pages[at];
  if (!page || at >= state.design.pages.length - 1 || !TRANSITION_NAME.test(kind)) return state;
  const next = transitionPage(page, kind, durationMs);
  if (next === page) return state;
  const pages = state.design.pages.slice();
  pages[at] = next;
  return { ...state, design: { ...state.design, pages } };
};

/** The current scene's transition (a cut too) given to every scene but the last, in one step. */
export const applyTransitionToAll: Perform<void> = (state) => {
  const source = state.design.pages[state.pageIndex]?.transitionOut ?? { kind: 'cut', durationMs: 0 };
  const last = state.design.pages.length - 1;
  let changed = false;
  const pages = state.design.pages.map((page, i) => {
    if (i === last) return page;
    const next = transitionPage(page, source.kind, source.durationMs);
    if (next !== page) changed = true;
    return next;
  });
  return changed ? { ...state, design: { ...state.design, pages } } : state;
};

/** The default move of a picture given Ken Burns: 15 %. */
export const KEN_BURNS_AMOUNT = 0.15;

/**
 * Ken Burns on the selected pictures (or `ids`): a kind and an amount (kept when absent, else
 * 15 %; clamped to 1-50 %), or null for none. Other elements are left alone.
 */
export const setKenBurns: Perform<{ kenBurns: { kind?: KenBurnsKind; amount?: number } | null; ids?: readonly string[]; control?: string }> = (state, { kenBurns, ids }) => {
  const wanted = new Set(ids ?? state.selection);
  const elements = mapTop(currentPage(state).elements, (el) => {
    if (!wanted.has(el.id) || el.type !== 'image') return el;
    if (kenBurns === null) return patchElement(el, { kenBurns: undefined });
    const kind = kenBurns.kind ?? el.kenBurns?.kind;
    if (!kind) return el;
    const amount = clamp(kenBurns.amount ?? el.kenBurns?.amount ?? KEN_BURNS_AMOUNT, 0.01, VIDEO_LIMITS.maxKenBurnsAmount);
    return patchElement(el, { kenBurns: { kind, amount: Math.round(amount * 1000) / 1000 } } satisfies Partial<ImageElement>);
  });
  return withElements(state, elements);
};

/** The clip fields a panel changes; `trimOutMs: null` plays the clip to its end, `speed: 1` is normal speed. */
export interface ClipChange {
  trimInMs?: number;
  trimOutMs?: number | null;
  speed?: number;
  muted?: boolean;
  volume?: number;
  fit?: ClipFit;
}

/**
 * Clip settings on the selected video elements (or `ids`): trim in/out (the out point stays after
 * the in point: at least one scene's minimum), speed 0.5-2 (1 is stored as absent), mute, volume
 * 0-1, fit. Other elements are left alone.
 */
export const setClip: Perform<{ change: ClipChange; ids?: readonly string[]; control?: string }> = (state, { change, ids }) => {
  const wanted = new Set(ids ?? state.selection);
  const elements = mapTop(currentPage(state).elements, (el) => {
    if (!wanted.has(el.id) || el.type !== 'video') return el;
    const patch: Partial<VideoElement> & { trimOutMs?: number | undefined; speed?: number | undefined } = {};
    const trimIn = change.trimInMs !== undefined ? clampInt(change.trimInMs, 0, 3_600_000) : el.trimInMs;
    if (change.trimInMs !== undefined) patch.trimInMs = trimIn;
    const out = change.trimOutMs === null ? undefined : change.trimOutMs ?? el.trimOutMs;
    if (change.trimOutMs !== undefined || change.trimInMs !== undefined) {
      patch.trimOutMs = out === undefined ? undefined : Math.max(clampInt(out, 0, 3_600_000), trimIn + VIDEO_LIMITS.minSceneMs);
    }
    if (change.speed !== undefined) {
      const speed = Math.round(clamp(Number.isFinite(change.speed) ? change.speed : 1, VIDEO_LIMITS.minSpeed, VIDEO_LIMITS.maxSpeed) * 100) / 100;
      patch.speed = speed === 1 ? undefined : speed;
    }
    if (change.muted !== undefined) patch.muted = change.muted;
    if (change.volume !== undefined) patch.volume = clamp(Number.isFinite(change.volume) ? change.volume : 1, 0, 1);
    if (change.fit !== undefined) patch.fit = change.fit === 'cover' ? undefined : change.fit;
    return patchElement(el, patch);
  });
  return withElements(state, elements);
};

/** The soundtrack's fields a panel changes (the sound itself: setSoundtrack); null clears a trim out. */
export interface SoundtrackChange {
  volume?: number;
  startMs?: number;
  fadeInMs?: number;
  fadeOutMs?: number;
  trimInMs?: number;
  trimOutMs?: number | null;
  fit?: MusicFit;
  ducking?: boolean;
}

/**
 * The soundtrack's settings: volume 0-1, start on the video, fades (0-60 s), trim in/out (the out
 * point after the in point), fit (once, loop, fit to the video; once is stored as absent) and
 * ducking under clips' own sound (on is stored as absent). No soundtrack: no change.
 */
export const updateSoundtrack: Perform<{ change: SoundtrackChange; control?: string }> = (state, { change }) => {
  const current = state.design.audio;
  if (!current) return state;
  const next: NonNullable<Design['audio']> = { ...current };
  if (change.volume !== undefined) next.volume = clamp(Number.isFinite(change.volume) ? change.volume : 1, 0, 1);
  if (change.startMs !== undefined) next.startMs = clampInt(change.startMs, 0, 3_600_000);
  if (change.fadeInMs !== undefined) next.fadeInMs = clampInt(change.fadeInMs, 0, 60_000);
  if (change.fadeOutMs !== undefined) next.fadeOutMs = clampInt(change.fadeOutMs, 0, 60_000);
  if (change.trimInMs !== undefined) {
    const trimIn = clampInt(change.trimInMs, 0, 3_600_000);
    if (trimIn === 0) delete next.trimInMs;
    else next.trimInMs = trimIn;
  }
  if (change.trimOutMs === null) delete next.trimOutMs;
  const out = change.trimOutMs ?? next.trimOutMs;
  if (out !== undefined && change.trimOutMs !== null) next.trimOutMs = Math.max(clampInt(out, 0, 3_600_000), (next.trimInMs ?? 0) + VIDEO_LIMITS.minSceneMs);
  if (change.fit !== undefined) {
    if (change.fit === 'once') delete next.fit;
    else next.fit = change.fit;
  }
  if (change.ducking !== undefined) {
    if (change.ducking) delete next.ducking;
    else next.ducking = false;
  }
  return JSON.stringify(next) === JSON.stringify(current) ? state : { ...state, design: { ...state.design, audio: next } };
};

/** The video settings a panel changes. `loudness`: a target, null to leave the mix as it is, 'default' for -14 LUFS / -1 dBTP. */
export interface VideoSettingsChange {
  fps?: number;
  loudness?: { lufs: number; truePeak: number } | null | 'default';
  /** A time on the video for the cover; null: its first frame. */
  coverMs?: number | null;
}

/**
 * The video's own settings: frames per second (24, 25, 30, 50 or 60; 30 is stored as absent, any
 * other number goes to the nearest offered rate), the loudness target (clamped) or none, and the
 * cover time (clamped to the video's length).
 */
export const setVideoSettings: Perform<{ change: VideoSettingsChange; control?: string }> = (state, { change }) => {
  const current = state.design.video ?? {};
  const next: NonNullable<Design['video']> = { ...current };
  if (change.fps !== undefined && Number.isFinite(change.fps)) {
    const fps = VIDEO_FPS.reduce((best, rate) => (Math.abs(rate - change.fps!) < Math.abs(best - change.fps!) ? rate : best));
    if (fps === VIDEO_DEFAULTS.fps) delete next.fps;
    else next.fps = fps;
  }
  if (change.loudness === 'default') delete next.loudness;
  else if (change.loudness === null) next.loudness = null;
  else if (change.loudness) {
    next.loudness = {
      lufs: Math.round(clamp(change.loudness.lufs, VIDEO_LIMITS.minLufs, VIDEO_LIMITS.maxLufs) * 10) / 10,
      truePeak: Math.round(clamp(change.loudness.truePeak, VIDEO_LIMITS.minTruePeak, VIDEO_LIMITS.maxTruePeak) * 10) / 10,
    };
  }
  if (change.coverMs === null) delete next.coverMs;
  else if (change.coverMs !== undefined) {
    const length = videoTimeline(state.design).durationMs;
    next.coverMs = clampInt(change.coverMs, 0, Math.max(0, length - 1));
  }
  if (JSON.stringify(next) === JSON.stringify(current)) return state;
  const design = { ...state.design };
  if (Object.keys(next).length === 0) delete design.video;
  else design.video = next;
  return { ...state, design };
};

/** The cover set to the first frame of scene `index` (the current one when absent). */
export const setCoverToScene: Perform<{ index?: number }> = (state, { index }) => {
  const scene = videoTimeline(state.design).scenes[index ?? state.pageIndex];
  if (!scene) return state;
  return setVideoSettings(state, { change: { coverMs: scene.startMs === 0 ? null : scene.startMs } });
};

/** Whether the selection has layers with an animation (the panel's "Clear"), and which phase. */
export function selectionAnimation(state: EditorState, phase: AnimationPhase): Animation | null | 'mixed' {
  const wanted = new Set(state.selection);
  const found = currentPage(state).elements.filter((el) => wanted.has(el.id)).map((el) => el.timing?.[KEY[phase]] ?? null);
  if (found.length === 0) return null;
  const first = JSON.stringify(found[0]);
  return found.every((a) => JSON.stringify(a) === first) ? found[0] : 'mixed';
}

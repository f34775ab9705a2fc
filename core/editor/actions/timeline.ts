/**
 * The video timeline under the canvas (docs/architecture.md, "Video"): a scene's length, a
 * layer's in and out inside its scene (moved or trimmed), and the playhead: seek, step one frame,
 * play, pause, and J/K/L shuttle. Reordering scenes is `moveSlides` (a scene is a page).
 *
 * The playhead lives in the editor's state (`playheadMs`, `playing`, `playRate`) but is no part of
 * the design: these actions are view-only, record no undo step, and undo leaves them alone. The
 * page being edited follows the playhead: seeking into a scene makes it the current page.
 */
import { VIDEO_LIMITS } from '../../schema/constants';
import type { Element, Page, Timing } from '../../schema/design';
import { frameCount, frameTimeMs, momentAt, sceneDurationMs, videoTimeline } from '../../video/timeline';
import type { EditorState, Perform } from '../types';

/** A layer shows at least this long (a trim stops there), or the whole scene when it is shorter. */
export const MIN_LAYER_MS = 100;
/** J/K/L: each further L (or J) doubles the rate, up to this. */
export const MAX_PLAY_RATE = 8;

export function isVideo(state: EditorState): boolean {
  return state.design.kind === 'video';
}

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** A scene's length, clamped to VIDEO_LIMITS (the current scene when `index` is absent). */
export const setSceneDuration: Perform<{ index?: number; durationMs: number }> = (state, { index, durationMs }) => {
  const i = index ?? state.pageIndex;
  const page = state.design.pages[i];
  if (!page || !Number.isFinite(durationMs)) return state;
  const next = Math.round(clamp(durationMs, VIDEO_LIMITS.minSceneMs, VIDEO_LIMITS.maxSceneMs));
  if (next === sceneDurationMs(page) && page.durationMs !== undefined) return state;
  if (next === page.durationMs) return state;
  const pages = state.design.pages.slice();
  pages[i] = { ...page, durationMs: next };
  return { ...state, design: { ...state.design, pages } };
};

export interface LayerTimingArgs {
  /** A top-level element of any scene. */
  id: string;
  inMs: number;
  /** Null or at the scene's end: to the end of the scene (it follows the scene's length). */
  outMs: number | null;
  /**
   * Which edge a trim drags; absent: the block is moved, keeping its length (pushed back inside
   * the scene at either end).
   */
  edge?: 'in' | 'out';
}

/** The in and out a layer gets: inside its scene, at least MIN_LAYER_MS long (or the scene). */
export function clampLayerWindow(sceneMs: number, { inMs, outMs, edge }: Omit<LayerTimingArgs, 'id'>): { inMs: number; outMs: number } {
  const min = Math.min(MIN_LAYER_MS, sceneMs);
  let a = Math.round(Number.isFinite(inMs) ? inMs : 0);
  let b = Math.round(outMs === null || !Number.isFinite(outMs) ? sceneMs : outMs);
  if (edge === 'in') {
    b = clamp(b, min, sceneMs);
    a = clamp(a, 0, b - min);
  } else if (edge === 'out') {
    a = clamp(a, 0, sceneMs - min);
    b = clamp(b, a + min, sceneMs);
  } else {
    const length = clamp(b - a, min, sceneMs);
    a = clamp(a, 0, sceneMs - length);
    b = a + length;
  }
  return { inMs: a, outMs: b };
}

/** Moves or trims a layer's window inside its scene; its animations stay as they are. */
export const setLayerTiming: Perform<LayerTimingArgs> = (state, args) => {
  const pageIndex = state.design.pages.findIndex((page) => page.elements.some((el) => el.id === args.id));
  if (pageIndex < 0) return state;
  const page = state.design.pages[pageIndex];
  const sceneMs = sceneDurationMs(page);
  const { inMs, outMs } = clampLayerWindow(sceneMs, args);
  const elements = page.elements.map((el) => {
    if (el.id !== args.id) return el;
    const timing: Timing = { ...el.timing, inMs };
    if (outMs < sceneMs) timing.outMs = outMs;
    else delete timing.outMs;
    const before = el.timing ?? { inMs: 0 };
    if (before.inMs === timing.inMs && before.outMs === timing.outMs) return el;
    return { ...el, timing } as Element;
  });
  if (elements.every((el, i) => el === page.elements[i])) return state;
  const pages = state.design.pages.slice();
  pages[pageIndex] = { ...page, elements } as Page;
  return { ...state, design: { ...state.design, pages } };
};

/** Where the playhead is (0 before any seek). */
export function playheadOf(state: EditorState): number {
  return state.playheadMs ?? 0;
}

/**
 * Moves the playhead to `ms` (clamped to the video); the scene under it becomes the current page.
 * Playing on past either end stops there.
 */
export const seek: Perform<{ ms: number }> = (state, { ms }) => {
  if (!Number.isFinite(ms)) return state;
  const timeline = videoTimeline(state.design);
  const at = clamp(ms, 0, timeline.durationMs);
  const rate = state.playRate ?? 1;
  const ended = state.playing === true && ((rate > 0 && at >= timeline.durationMs) || (rate < 0 && at <= 0));
  const moment = momentAt(timeline, at);
  const pageIndex = moment ? moment.scene : state.pageIndex;
  if (at === state.playheadMs && pageIndex === state.pageIndex && !ended) return state;
  const samePage = pageIndex === state.pageIndex;
  return {
    ...state,
    playheadMs: at,
    ...(ended ? { playing: false, playRate: 1 } : {}),
    ...(samePage ? {} : { pageIndex, selection: [], slides: [] }),
  };
};

/** The frame the playhead is on (frames sampled at n / fps). */
export function playheadFrame(state: EditorState): number {
  const fps = videoTimeline(state.design).fps;
  return Math.round((playheadOf(state) * fps) / 1000 + 1e-9);
}

/** One frame back or forward at the design's rate (Left / Right); stops playback. */
export const stepFrame: Perform<{ frames: number }> = (state, { frames }) => {
  const timeline = videoTimeline(state.design);
  const last = Math.max(0, frameCount(timeline.durationMs, timeline.fps) - 1);
  const n = clamp(playheadFrame(state) + Math.round(frames), 0, last);
  return seek(pause(state), { ms: frameTimeMs(n, timeline.fps) });
};

export const play: Perform<void> = (state) => {
  if (state.playing && state.playRate === 1) return state;
  const end = videoTimeline(state.design).durationMs;
  // Play at the end starts again from the beginning, as every player does.
  const from = playheadOf(state) >= end ? seek(state, { ms: 0 }) : state;
  return { ...from, playing: true, playRate: 1 };
};

export const pause: Perform<void> = (state) => (state.playing ? { ...state, playing: false, playRate: 1 } : state);

export const togglePlay: Perform<void> = (state) => (state.playing ? pause(state) : play(state));

/**
 * J/K/L: K pauses; L plays forward, each further L faster (x2, x4, x8); J the same backwards.
 */
export const shuttle: Perform<{ direction: -1 | 0 | 1 }> = (state, { direction }) => {
  if (direction === 0) return pause(state);
  const rate = state.playing ? (state.playRate ?? 1) : 0;
  const next = Math.sign(rate) === direction ? clamp(rate * 2, -MAX_PLAY_RATE, MAX_PLAY_RATE) : direction;
  const end = videoTimeline(state.design).durationMs;
  let from = state;
  if (direction > 0 && playheadOf(state) >= end) from = seek(state, { ms: 0 });
  if (direction < 0 && playheadOf(state) <= 0) from = seek(state, { ms: end });
  return { ...from, playing: true, playRate: next };
};

/**
 * A video design on one clock (docs/architecture.md, "Video"): each page is a scene that lasts
 * its `durationMs`; a transition overlaps a scene's end with the next one's start, so the video
 * lasts the sum of the scenes less the transitions. Layers show from their in-time to their
 * out-time inside their scene. The player, the timeline and the export all read these spans.
 */
import type { Design, Element, Page } from '../schema/design';

export const VIDEO_DEFAULTS = { sceneMs: 5000, fps: 30, lufs: -14, truePeak: -1, transitionMs: 500 } as const;

export interface Transition {
  /** 'cut' or an ffmpeg xfade name. */
  kind: string;
  /** How long the two scenes overlap (0 for a cut), already clamped to what both scenes allow. */
  durationMs: number;
}

export interface SceneSpan {
  index: number;
  pageId: string;
  /** When the scene starts on the video's clock (its transition in has begun). */
  startMs: number;
  durationMs: number;
  endMs: number;
  /** How it gives way to the next scene (none for the last). */
  transitionOut: Transition | null;
}

export interface VideoTimeline {
  scenes: SceneSpan[];
  durationMs: number;
  fps: number;
}

export function sceneDurationMs(page: Page): number {
  return page.durationMs ?? VIDEO_DEFAULTS.sceneMs;
}

export function videoFps(design: Pick<Design, 'video'>): number {
  return design.video?.fps ?? VIDEO_DEFAULTS.fps;
}

/**
 * The overlap between scene `i` and the next: a cut is 0; a transition lasts at most half of
 * either scene, so no scene is ever covered by two transitions at once.
 */
export function transitionBetween(pages: readonly Page[], i: number): Transition | null {
  const page = pages[i];
  const next = pages[i + 1];
  if (!page || !next) return null;
  const wanted = page.transitionOut;
  if (!wanted || wanted.kind === 'cut' || wanted.durationMs <= 0) return { kind: 'cut', durationMs: 0 };
  const durationMs = Math.min(wanted.durationMs, Math.floor(sceneDurationMs(page) / 2), Math.floor(sceneDurationMs(next) / 2));
  return durationMs > 0 ? { kind: wanted.kind, durationMs } : { kind: 'cut', durationMs: 0 };
}

export function videoTimeline(design: Pick<Design, 'pages' | 'video'>): VideoTimeline {
  const scenes: SceneSpan[] = [];
  let startMs = 0;
  design.pages.forEach((page, index) => {
    const durationMs = sceneDurationMs(page);
    const transitionOut = transitionBetween(design.pages, index);
    scenes.push({ index, pageId: page.id, startMs, durationMs, endMs: startMs + durationMs, transitionOut });
    startMs += durationMs - (transitionOut?.durationMs ?? 0);
  });
  const last = scenes[scenes.length - 1];
  return { scenes, durationMs: last ? last.endMs : 0, fps: videoFps(design) };
}

/** How many frames a video of this length has at this rate (what ffprobe counts in the export). */
export function frameCount(durationMs: number, fps: number): number {
  return Math.round((durationMs * fps) / 1000);
}

/** The time of frame `n` (frames are sampled at n / fps). */
export function frameTimeMs(n: number, fps: number): number {
  return (n * 1000) / fps;
}

/** When a layer shows inside its scene: from its in-time to its out-time (absent: the scene's end), clamped to the scene. */
export function layerWindow(element: Pick<Element, 'timing'>, sceneMs: number): { inMs: number; outMs: number } {
  const inMs = Math.min(element.timing?.inMs ?? 0, sceneMs);
  const outMs = Math.max(inMs, Math.min(element.timing?.outMs ?? sceneMs, sceneMs));
  return { inMs, outMs };
}

/**
 * What the video shows at `timeMs`: the scene, the time inside it, and during a transition the
 * next scene and how far the transition has gone (0..1).
 */
export interface MomentAt {
  scene: number;
  localMs: number;
  next: { scene: number; localMs: number; progress: number; kind: string } | null;
}

export function momentAt(timeline: VideoTimeline, timeMs: number): MomentAt | null {
  const { scenes } = timeline;
  if (scenes.length === 0) return null;
  const t = Math.max(0, Math.min(timeMs, Math.max(0, timeline.durationMs - 1e-6)));
  // The last scene that has started is the one on top after a transition ends.
  let i = 0;
  while (i + 1 < scenes.length && scenes[i + 1].startMs <= t) i++;
  const scene = scenes[i];
  const previous = scenes[i - 1];
  // Inside a transition: the previous scene is still ending while this one starts.
  if (previous && previous.transitionOut && previous.transitionOut.durationMs > 0 && t < previous.endMs) {
    const progress = (t - scene.startMs) / previous.transitionOut.durationMs;
    return { scene: previous.index, localMs: t - previous.startMs, next: { scene: scene.index, localMs: t - scene.startMs, progress, kind: previous.transitionOut.kind } };
  }
  return { scene: scene.index, localMs: t - scene.startMs, next: null };
}

/**
 * What the video shows at a time (docs/architecture.md, "Video"): the scene (and, during a
 * transition, the next one and how far it has gone) and every top-level layer's state, from
 * core/video's timeline and motion functions, the ones the export turns into ffmpeg expressions.
 * The editor's player draws exactly this; frame.test.ts holds it to layerStateAt and momentAt.
 */
import type { Design, Element } from '../schema/design';
import { clipMediaMsAt } from './clip';
import { kenBurnsAt, layerStateAt, type KenBurnsState, type LayerState } from './motion';
import { layerWindow, momentAt, videoTimeline, type VideoTimeline } from './timeline';

export interface LayerFrame {
  id: string;
  /** Null when the layer is not shown at this moment (before its in, after its out). */
  state: LayerState | null;
  /** A picture's Ken Burns move at this moment (over the layer's shown time), when it has one. */
  kenBurns: KenBurnsState | null;
  /** A clip's moment in its file, in ms (clip.ts `clipMediaMsAt`), while it is shown; null otherwise. */
  clipMs: number | null;
}

export interface SceneFrame {
  index: number;
  pageId: string;
  /** Ms into the scene. */
  localMs: number;
  layers: LayerFrame[];
}

export interface VideoFrame {
  timeMs: number;
  scene: SceneFrame;
  /** During a transition: the scene coming in, the transition's kind and progress (0..1). */
  next: (SceneFrame & { kind: string; progress: number }) | null;
}

function sceneFrame(design: Pick<Design, 'pages' | 'format'>, timeline: VideoTimeline, index: number, localMs: number): SceneFrame {
  const span = timeline.scenes[index];
  const page = design.pages[index];
  return {
    index,
    pageId: page.id,
    localMs,
    layers: page.elements.map((el) => layerFrame(el, design.format, span.durationMs, localMs)),
  };
}

function layerFrame(el: Element, format: Pick<Design['format'], 'width' | 'height'>, sceneMs: number, localMs: number): LayerFrame {
  const state = layerStateAt(el, format, sceneMs, localMs);
  let kenBurns: KenBurnsState | null = null;
  if (el.type === 'image' && el.kenBurns && state) {
    const { inMs, outMs } = layerWindow(el, sceneMs);
    kenBurns = kenBurnsAt(el.kenBurns, outMs > inMs ? (localMs - inMs) / (outMs - inMs) : 0);
  }
  const clipMs = el.type === 'video' && state ? clipMediaMsAt(el, layerWindow(el, sceneMs), localMs) : null;
  return { id: el.id, state, kenBurns, clipMs };
}

/** The frame at `timeMs` on the video's clock (clamped to the video), or null for a design without pages. */
export function frameAt(design: Pick<Design, 'pages' | 'format' | 'video'>, timeMs: number, timeline: VideoTimeline = videoTimeline(design)): VideoFrame | null {
  const moment = momentAt(timeline, timeMs);
  if (!moment) return null;
  const scene = sceneFrame(design, timeline, moment.scene, moment.localMs);
  const next = moment.next ? { ...sceneFrame(design, timeline, moment.next.scene, moment.next.localMs), kind: moment.next.kind, progress: moment.next.progress } : null;
  return { timeMs, scene, next };
}

/**
 * How the player draws a transition: the kinds it draws as the export does (fade, the slides and
 * wipes, fades through black or white); every other xfade kind is shown as a fade while editing.
 */
export type PlayerTransition = 'fade' | 'fadeblack' | 'fadewhite' | 'slideleft' | 'slideright' | 'slideup' | 'slidedown' | 'wipeleft' | 'wiperight' | 'wipeup' | 'wipedown';
const DRAWN = new Set<string>(['fade', 'fadeblack', 'fadewhite', 'slideleft', 'slideright', 'slideup', 'slidedown', 'wipeleft', 'wiperight', 'wipeup', 'wipedown']);

export function playerTransition(kind: string): { kind: PlayerTransition; approximated: boolean } {
  return DRAWN.has(kind) ? { kind: kind as PlayerTransition, approximated: false } : { kind: 'fade', approximated: true };
}

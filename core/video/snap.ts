/**
 * Snapping on the timeline (docs/architecture.md, "Video"): a time being dragged (a scene's edge,
 * a layer's in or out, the playhead) sticks to the nearest candidate within a few pixels at the
 * current zoom. Candidates are the scene edges, the other layers' in and out times and the
 * playhead, all on the video's clock (ms). Pure, so the timeline and the tests share it.
 */
import type { Design } from '../schema/design';
import { layerWindow, videoTimeline } from './timeline';

/** How close, in screen pixels, a dragged time must come to a candidate to stick to it. */
export const SNAP_PX = 8;

export interface SnapResult {
  /** The time to use: the candidate it stuck to, or the input. */
  ms: number;
  /** The candidate it stuck to (the timeline draws a line there), or null. */
  snappedTo: number | null;
}

/**
 * The candidate nearest to `ms` if it lies within `thresholdPx` at `pxPerMs`, else `ms` itself.
 * Ties go to the earlier candidate, so the result never depends on the list's order.
 */
export function snapTime(ms: number, candidates: readonly number[], pxPerMs: number, thresholdPx = SNAP_PX): SnapResult {
  if (!(pxPerMs > 0) || !Number.isFinite(ms)) return { ms, snappedTo: null };
  const limit = thresholdPx / pxPerMs;
  let best: number | null = null;
  for (const c of candidates) {
    if (!Number.isFinite(c)) continue;
    const d = Math.abs(c - ms);
    if (d > limit) continue;
    if (best === null || d < Math.abs(best - ms) || (d === Math.abs(best - ms) && c < best)) best = c;
  }
  return best === null ? { ms, snappedTo: null } : { ms: best, snappedTo: best };
}

/**
 * The snap candidates of a design on the video's clock: every scene's start and end, the in and
 * out of every top-level layer except `exceptId` (the one being dragged), and the playhead.
 */
export function snapCandidates(design: Pick<Design, 'pages' | 'video'>, options: { exceptId?: string; playheadMs?: number } = {}): number[] {
  const timeline = videoTimeline(design);
  const out = new Set<number>();
  for (const scene of timeline.scenes) {
    out.add(scene.startMs);
    out.add(scene.endMs);
    for (const el of design.pages[scene.index].elements) {
      if (el.id === options.exceptId) continue;
      const w = layerWindow(el, scene.durationMs);
      out.add(scene.startMs + w.inMs);
      out.add(scene.startMs + w.outMs);
    }
  }
  if (options.playheadMs !== undefined && Number.isFinite(options.playheadMs)) out.add(options.playheadMs);
  return [...out].sort((a, b) => a - b);
}

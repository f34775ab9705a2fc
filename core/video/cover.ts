/**
 * The cover picture of a video (issue 13, "Cover"; docs/architecture.md, "Video"): which frame it
 * is, and its crop for Instagram's profile grid. Pure: electron/services/video/cover.ts takes the
 * frame from the exported MP4 and writes the JPEGs.
 */
import { frameCount } from './timeline';

/** Instagram's profile grid shows a reel's cover cut to 3:4 (width:height). */
export const GRID_RATIO = { width: 3, height: 4 } as const;

/**
 * The frame the cover shows: `coverMs` (absent: the first frame) put on the frame that is showing
 * then, never past the last frame. Returns the frame's index and its time in ms (rounded down).
 */
export function coverFrame(coverMs: number | undefined, durationMs: number, fps: number): { index: number; atMs: number } {
  const frames = Math.max(1, frameCount(durationMs, fps));
  const wanted = Math.floor(((coverMs ?? 0) * fps) / 1000 + 1e-6);
  const index = Math.min(frames - 1, Math.max(0, wanted));
  return { index, atMs: Math.floor((index * 1000) / fps) };
}

/**
 * The largest centred 3:4 rectangle inside a `width` x `height` picture, even-sided where it can
 * be (1080x1920 -> 1080x1440 at y 240; a landscape picture keeps its height).
 */
export function gridCrop(width: number, height: number): { left: number; top: number; width: number; height: number } {
  const tall = width * GRID_RATIO.height <= height * GRID_RATIO.width;
  const w = tall ? width : Math.min(width, Math.round((height * GRID_RATIO.width) / GRID_RATIO.height));
  const h = tall ? Math.min(height, Math.round((width * GRID_RATIO.height) / GRID_RATIO.width)) : height;
  return { left: Math.floor((width - w) / 2), top: Math.floor((height - h) / 2), width: w, height: h };
}

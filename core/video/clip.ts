/**
 * A video element (a clip) on the video's clock (docs/architecture.md, "Video"): which moment of
 * its file it shows at a time in its scene, and where its picture goes in its box for each fit.
 * The export's graph (graph.ts) does the same with ffmpeg: the file cut at the trim-in
 * (`-ss`/`-t`), its timestamps divided by the speed, started at the layer's in-time, and its last
 * frame held once the trimmed part has run out; the player (renderer's playerMedia) seeks its
 * HTMLVideoElement to `clipMediaMsAt` and draws with `clipFit`.
 */
import type { VideoElement } from '../schema/design';

/**
 * The clip's blurred copy behind a `blurFill` picture: ffmpeg's `boxblur=radius:power` (a box
 * filter applied `power` times), the one setting both the export and the player read.
 */
export const CLIP_BLUR = { radius: 20, power: 2 } as const;

/**
 * The standard deviation, in pixels, of `power` box filters of `radius` (each one 2r+1 wide): the
 * Gaussian blur a canvas draws (`filter: blur(σpx)`) that looks like ffmpeg's boxblur.
 */
export function boxBlurSigma(radius: number, power: number): number {
  const width = 2 * radius + 1;
  return Math.sqrt((power * (width * width - 1)) / 12);
}

/**
 * The moment of the clip's file, in ms, shown `localMs` into its scene, given the layer's window
 * in that scene (core/video/timeline.ts `layerWindow`): the trim-in at the layer's in-time, then
 * `speed` ms of file per ms of video, held at the trim-out (the export repeats the last frame).
 * null outside the window (the layer is not shown). The file may end sooner: a player clamps to
 * its length as ffmpeg does.
 */
export function clipMediaMsAt(element: Pick<VideoElement, 'trimInMs' | 'trimOutMs' | 'speed'>, window: { inMs: number; outMs: number }, localMs: number): number | null {
  if (localMs < window.inMs || localMs >= window.outMs) return null;
  const at = element.trimInMs + (localMs - window.inMs) * (element.speed ?? 1);
  return element.trimOutMs !== undefined && element.trimOutMs > element.trimInMs ? Math.min(at, element.trimOutMs) : at;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a `sourceWidth` x `sourceHeight` picture goes in a `boxWidth` x `boxHeight` box, the way
 * graph.ts's fitChain asks ffmpeg for it:
 * - `cover`: the part of the source that fills the whole box (scaled up to cover, cut in the middle);
 * - `contain`: where the whole source sits in the box (scaled down to fit, centred).
 * `blurFill` draws `cover` blurred (CLIP_BLUR), then `contain` over it; plain `contain` leaves the
 * rest of the box transparent.
 */
export function clipFit(sourceWidth: number, sourceHeight: number, boxWidth: number, boxHeight: number): { cover: Rect; contain: Rect } {
  const up = Math.max(boxWidth / sourceWidth, boxHeight / sourceHeight);
  const coverWidth = boxWidth / up;
  const coverHeight = boxHeight / up;
  const down = Math.min(boxWidth / sourceWidth, boxHeight / sourceHeight);
  const containWidth = sourceWidth * down;
  const containHeight = sourceHeight * down;
  return {
    cover: { x: (sourceWidth - coverWidth) / 2, y: (sourceHeight - coverHeight) / 2, width: coverWidth, height: coverHeight },
    contain: { x: (boxWidth - containWidth) / 2, y: (boxHeight - containHeight) / 2, width: containWidth, height: containHeight },
  };
}

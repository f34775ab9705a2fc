/**
 * What part of its source a clip shows (docs/architecture.md, "Video"): the one definition the
 * export's graph, the editor's still and crop mode, and the player share.
 *
 * A clip's `crop` is stored as fractions of its picture as displayed (after a phone's rotation
 * flag), like an image's. Here it becomes whole pixels of a source of a given size, every side
 * even: the picture is yuv420p (a chroma sample covers 2x2 pixels), and ffmpeg's `crop` filter
 * silently moves an odd left or top edge; so the rectangle is rounded here, once, and everyone
 * uses the same one. `fit` (cover, contain, blurred fill) then fits that rectangle in the box.
 */
import type { VideoElement } from '../schema/design';
import { coverCrop } from '../render/geometry';
import type { PixelBox } from './graph';

export interface SourceSize {
  width: number;
  height: number;
}

/** Rounds to the nearest even number. */
const nearestEven = (n: number) => 2 * Math.round(n / 2);

/**
 * The rectangle of the source kept, in whole pixels of a `source`-sized picture: the whole source
 * when the clip has no crop (or the source is too small to cut); else the crop rounded to even
 * sides and an even left and top, at least 2 pixels a side, inside the source.
 */
export function clipSourceRect(element: Pick<VideoElement, 'crop'>, source: SourceSize): PixelBox {
  const width = Math.floor(source.width);
  const height = Math.floor(source.height);
  const crop = element.crop;
  if (!crop || width < 2 || height < 2) return { x: 0, y: 0, width: Math.max(0, width), height: Math.max(0, height) };
  const axis = (start: number, size: number, whole: number) => {
    // The last even pixel edge inside the source (an odd source loses its last column or row).
    const end = whole - (whole % 2);
    const from = Math.min(Math.max(0, nearestEven(start * whole)), end - 2);
    const to = Math.min(Math.max(from + 2, nearestEven(Math.min(1, start + size) * whole)), end);
    return { start: from, size: to - from };
  };
  const h = axis(crop.x, crop.width, width);
  const v = axis(crop.y, crop.height, height);
  return { x: h.start, y: v.start, width: h.size, height: v.size };
}

/** True when the rectangle is the whole source: nothing to cut. */
export function isWholeSource(rect: PixelBox, source: SourceSize): boolean {
  return rect.x === 0 && rect.y === 0 && rect.width === Math.floor(source.width) && rect.height === Math.floor(source.height);
}

/**
 * The part of the source a clip fitted `cover` shows in a box of this size: the kept rectangle
 * cut to the box's shape about its centre (as the export's `scale=...:force_original_aspect_ratio=increase,crop`
 * does), in source pixels (not rounded: it is drawn, not cut by ffmpeg).
 */
export function clipCoverRect(element: Pick<VideoElement, 'crop'>, source: SourceSize, box: { width: number; height: number }): PixelBox {
  const kept = clipSourceRect(element, source);
  if (kept.width <= 0 || kept.height <= 0 || box.width <= 0 || box.height <= 0) return kept;
  const cover = coverCrop(kept.width, kept.height, box.width / box.height);
  return { x: kept.x + cover.x, y: kept.y + cover.y, width: cover.width, height: cover.height };
}

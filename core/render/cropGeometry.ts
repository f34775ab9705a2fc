/**
 * Crop mode's geometry (the editor's "double-click an image or a clip to crop it"), kept pure so
 * it can be property-tested without a canvas. A clip is cropped on its still, the frame it starts
 * on; it has no flips.
 *
 * Everything happens in the image element's own unrotated plane, "local" coordinates: the origin is
 * the top-left corner of the element's box before the edit, x to the right and y down along the
 * element's edges. In that plane the frame (what the element shows) and the picture (the whole
 * source image, scaled) are both axis-aligned boxes, so rotation only matters when going back to
 * the page (`localToPage` / `pageToLocal`), and a flip only mirrors where the crop sits.
 *
 * How a crop maps to a picture box follows core/render's buildImage: the crop's region of the
 * source is stretched over the frame, so the whole source spans frame / crop fraction, and a flip
 * mirrors the image about the frame's centre.
 */
import type { Element, ImageElement, VideoElement } from '../schema/design';
import { clipCoverRect } from '../video/clipCrop';
import { clamp, coverCrop, type Box, type Point } from './geometry';

export type { Point };

/** A crop rectangle as fractions (0..1) of the source's natural size, as the schema stores it. */
export type CropFractions = NonNullable<ImageElement['crop']>;

/** What crop mode works on: a picture, or a clip (on its still). */
export type CroppableElement = ImageElement | VideoElement;

export function isCroppable(element: Element): element is CroppableElement {
  return element.type === 'image' || element.type === 'video';
}

/** The fields crop mode reads: its page box, rotation (degrees clockwise about the box centre) and flips (an image's; a clip has none). */
export type CropFrameElement = Pick<ImageElement, 'x' | 'y' | 'width' | 'height' | 'rotation'> & Partial<Pick<ImageElement, 'flipX' | 'flipY'>>;

/** The one edit crop mode applies (a patch for the element). */
export interface CropEdit extends Box {
  crop: CropFractions;
}

export type PictureCorner = 'tl' | 'tr' | 'br' | 'bl';
export type FrameHandle = 'tl' | 't' | 'tr' | 'r' | 'br' | 'b' | 'bl' | 'l';

/** The crop that is drawn: the element's own, or the centred cover crop buildImage uses when it has none. */
export function effectiveCrop(crop: CropFractions | undefined, sourceWidth: number, sourceHeight: number, frameWidth: number, frameHeight: number): CropFractions {
  if (crop) return { ...crop };
  const box = coverCrop(sourceWidth, sourceHeight, frameWidth / frameHeight);
  return { x: box.x / sourceWidth, y: box.y / sourceHeight, width: box.width / sourceWidth, height: box.height / sourceHeight };
}

/**
 * The crop an element is drawn with, as fractions of a `source`-sized picture (where crop mode
 * starts): an image's own crop stretched over its frame, or the centred cover crop; a clip's kept
 * part cut to its box's shape, as its still and the export's `cover` show it (core/video/clipCrop.ts).
 */
export function shownCrop(element: CroppableElement, source: { width: number; height: number }): CropFractions {
  switch (element.type) {
    case 'image':
      return effectiveCrop(element.crop, source.width, source.height, element.width, element.height);
    case 'video': {
      const shown = clipCoverRect(element, source, element);
      return { x: shown.x / source.width, y: shown.y / source.height, width: shown.width / source.width, height: shown.height / source.height };
    }
  }
}

/** Where the whole source picture lies, in local coordinates, for a frame of this size showing `crop`. */
export function pictureFromCrop(frame: { width: number; height: number }, crop: CropFractions, flipX = false, flipY = false): Box {
  const width = frame.width / crop.width;
  const height = frame.height / crop.height;
  // Mirrored, the crop's left edge shows at the frame's right edge: the source starts 1 - x - w in.
  const startX = flipX ? 1 - crop.x - crop.width : crop.x;
  const startY = flipY ? 1 - crop.y - crop.height : crop.y;
  return { x: -startX * width, y: -startY * height, width, height };
}

/**
 * The crop fractions that show `picture` through `frame` (both local). Clamped into the source
 * (x + width <= 1), which only matters for rounding when the picture covers the frame.
 */
export function cropFromPicture(frame: Box, picture: Box, flipX = false, flipY = false): CropFractions {
  const axis = (frameStart: number, frameSize: number, pictureStart: number, pictureSize: number, flip: boolean) => {
    const size = clamp(frameSize / pictureSize, Number.MIN_VALUE, 1);
    const start = (frameStart - pictureStart) / pictureSize;
    return { start: clamp(flip ? 1 - start - size : start, 0, 1 - size), size };
  };
  const h = axis(frame.x, frame.width, picture.x, picture.width, flipX);
  const v = axis(frame.y, frame.height, picture.y, picture.height, flipY);
  return { x: h.start, y: v.start, width: h.size, height: v.size };
}

/** True when `picture` covers all of `frame` (with a little slack for floating point). */
export function covers(picture: Box, frame: Box, epsilon = 1e-6): boolean {
  return (
    picture.x <= frame.x + epsilon &&
    picture.y <= frame.y + epsilon &&
    picture.x + picture.width >= frame.x + frame.width - epsilon &&
    picture.y + picture.height >= frame.y + frame.height - epsilon
  );
}

/**
 * The nearest picture that covers the frame: grown about its centre (aspect ratio kept) if it is
 * too small, then slid the least distance needed. A crop never shows anything outside the source.
 */
export function keepCovering(frame: Box, picture: Box): Box {
  if (covers(picture, frame, 0)) return picture;
  const grow = Math.max(1, frame.width / picture.width, frame.height / picture.height);
  const width = picture.width * grow;
  const height = picture.height * grow;
  const x = picture.x + (picture.width - width) / 2;
  const y = picture.y + (picture.height - height) / 2;
  return {
    x: clamp(x, frame.x + frame.width - width, frame.x),
    y: clamp(y, frame.y + frame.height - height, frame.y),
    width,
    height,
  };
}

/** The picture dragged by (dx, dy) local units, stopped where it would uncover the frame. */
export function movePicture(frame: Box, picture: Box, dx: number, dy: number): Box {
  return keepCovering(frame, { ...picture, x: picture.x + dx, y: picture.y + dy });
}

const CORNER_SIGNS: Record<PictureCorner, Point> = { tl: { x: -1, y: -1 }, tr: { x: 1, y: -1 }, br: { x: 1, y: 1 }, bl: { x: -1, y: 1 } };

/**
 * The picture scaled by dragging one corner to `pointer` (local): the opposite corner stays put and
 * the aspect ratio is kept (the pointer is projected on the diagonal, so the corner follows it
 * smoothly). It never shrinks below what still covers the frame from that anchor.
 */
export function scalePictureFromCorner(frame: Box, picture: Box, corner: PictureCorner, pointer: Point): Box {
  const sign = CORNER_SIGNS[corner];
  const anchor = {
    x: sign.x > 0 ? picture.x : picture.x + picture.width,
    y: sign.y > 0 ? picture.y : picture.y + picture.height,
  };
  const diagonal = { x: sign.x * picture.width, y: sign.y * picture.height };
  const projected = ((pointer.x - anchor.x) * diagonal.x + (pointer.y - anchor.y) * diagonal.y) / (diagonal.x ** 2 + diagonal.y ** 2);
  // From the anchor, the picture must still reach the frame's far edges.
  const needX = sign.x > 0 ? frame.x + frame.width - anchor.x : anchor.x - frame.x;
  const needY = sign.y > 0 ? frame.y + frame.height - anchor.y : anchor.y - frame.y;
  const scale = Math.max(projected, needX / picture.width, needY / picture.height);
  const width = picture.width * scale;
  const height = picture.height * scale;
  const scaled = {
    x: sign.x > 0 ? anchor.x : anchor.x - width,
    y: sign.y > 0 ? anchor.y : anchor.y - height,
    width,
    height,
  };
  // The anchor already keeps it covering; this only absorbs floating-point dust.
  return keepCovering(frame, scaled);
}

/**
 * The frame with the edges a handle controls moved to `pointer` (local), kept inside the picture
 * (a crop can't reach past the source) and at least `minSize` on each side. Corners move two
 * edges freely: the frame's aspect ratio is the user's to choose.
 */
export function resizeFrame(frame: Box, picture: Box, handle: FrameHandle, pointer: Point, minSize: number): Box {
  let left = frame.x;
  let top = frame.y;
  let right = frame.x + frame.width;
  let bottom = frame.y + frame.height;
  const min = Math.min(minSize, picture.width, picture.height);
  if (handle.includes('l')) left = clamp(pointer.x, picture.x, right - min);
  if (handle.includes('r')) right = clamp(pointer.x, left + min, picture.x + picture.width);
  if (handle.includes('t')) top = clamp(pointer.y, picture.y, bottom - min);
  if (handle.includes('b')) bottom = clamp(pointer.y, top + min, picture.y + picture.height);
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** A local point on the page, for an element box (before the edit) rotated about its centre. */
export function localToPage(element: CropFrameElement, point: Point): Point {
  const angle = (element.rotation * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const dx = point.x - element.width / 2;
  const dy = point.y - element.height / 2;
  return { x: element.x + element.width / 2 + dx * cos - dy * sin, y: element.y + element.height / 2 + dx * sin + dy * cos };
}

/** The inverse of localToPage: a page point (a pointer) in the element's local plane. */
export function pageToLocal(element: CropFrameElement, point: Point): Point {
  const angle = (element.rotation * Math.PI) / 180;
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const dx = point.x - (element.x + element.width / 2);
  const dy = point.y - (element.y + element.height / 2);
  return { x: element.width / 2 + dx * cos + dy * sin, y: element.height / 2 - dx * sin + dy * cos };
}

/**
 * The element's new box and crop once the user is done: the frame becomes the element's box (same
 * rotation, so the new box's centre is the frame's centre turned onto the page) and the crop is
 * what the picture shows through it.
 */
export function cropEdit(element: CropFrameElement, frame: Box, picture: Box): CropEdit {
  const centre = localToPage(element, { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 });
  return {
    crop: cropFromPicture(frame, picture, element.flipX ?? false, element.flipY ?? false),
    x: centre.x - frame.width / 2,
    y: centre.y - frame.height / 2,
    width: frame.width,
    height: frame.height,
  };
}

/**
 * Where a point of the source (u, v as fractions of its size) is drawn on the page for an element
 * showing `crop`: the reference the tests check crop mode against (a crop edit must not move what
 * stays visible).
 */
export function sourcePointOnPage(element: CropFrameElement, crop: CropFractions, u: number, v: number): Point {
  const picture = pictureFromCrop(element, crop, element.flipX ?? false, element.flipY ?? false);
  const x = picture.x + (element.flipX ? 1 - u : u) * picture.width;
  const y = picture.y + (element.flipY ? 1 - v : v) * picture.height;
  return localToPage(element, { x, y });
}

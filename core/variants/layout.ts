/**
 * Smart resize: where each element of a design goes when the page takes another format.
 *
 * Every element follows a constraint per axis (its own `constraints`, or one inferred from where
 * it sits). All of them work on the element's centre and scale its size by one uniform factor
 * s = min(newWidth / oldWidth, newHeight / oldHeight), so nothing is distorted and text keeps its
 * proportions to the page's shorter change (a 4:5 post becoming a 9:16 story keeps its font sizes):
 *
 * | constraint | centre on that axis (page side L -> L') |
 * |---|---|
 * | left / top | c * s (the margin scales with the content) |
 * | right / bottom | L' - (L - c) * s |
 * | center | L'/2 + (c - L/2) * s |
 * | scale | c * L'/L (same relative position) |
 * | leftRight / topBottom | stretched: margins * s, the size takes the rest (unrotated elements only) |
 *
 * Because s <= L'/L on both axes, an element whose rotated bounds were inside the page stays
 * inside under every constraint (each rule moves the bounds' edges by at most what the page grew).
 * A text box is scaled as a whole (font size too) or only made wider, so its lines never get
 * longer than the box: no overflow without measuring text here.
 *
 * Inferred defaults: a background (covers the page) stretches; a full-width band stretches across;
 * a small element near a corner (a logo, a handle) stays pinned to that corner; an element centred
 * on the page stays centred; anything else keeps its relative position.
 */
import { rotatedBounds } from '../editor/bounds';
import { scaleElement } from '../editor/scale';
import type { Element, ImageElement } from '../schema/design';
import { moduleOf } from '../elements';

export interface Size {
  width: number;
  height: number;
}

export type HorizontalConstraint = 'left' | 'right' | 'center' | 'leftRight' | 'scale';
export type VerticalConstraint = 'top' | 'bottom' | 'center' | 'topBottom' | 'scale';
export interface Constraints {
  horizontal: HorizontalConstraint;
  vertical: VerticalConstraint;
}

/** A small element is at most this share of the page's area (logos, handles, badges). */
export const SMALL_AREA = 0.15;
/** Near an edge: within this share of the page's side. */
export const EDGE_BAND = 0.15;
/** Centred: the centre within this share of the page's side from the middle. */
export const CENTRE_TOLERANCE = 0.02;
/** Covers a side: reaches within this share of both ends. */
const COVER_TOLERANCE = 0.01;

export function uniformScale(from: Size, to: Size): number {
  return Math.min(to.width / from.width, to.height / from.height);
}

const isUpright = (el: Element) => Math.abs(el.rotation % 360) < 1e-9;

/** What an element without explicit constraints does, from where it sits on the page. */
export function inferConstraints(el: Element, page: Size): Constraints {
  const b = rotatedBounds(el);
  const coversX = isUpright(el) && el.type !== 'group' && b.x <= page.width * COVER_TOLERANCE && b.x + b.width >= page.width * (1 - COVER_TOLERANCE);
  const coversY = isUpright(el) && el.type !== 'group' && b.y <= page.height * COVER_TOLERANCE && b.y + b.height >= page.height * (1 - COVER_TOLERANCE);
  const small = b.width * b.height <= SMALL_AREA * page.width * page.height;
  const nearLeft = b.x <= page.width * EDGE_BAND;
  const nearRight = b.x + b.width >= page.width * (1 - EDGE_BAND);
  const nearTop = b.y <= page.height * EDGE_BAND;
  const nearBottom = b.y + b.height >= page.height * (1 - EDGE_BAND);
  const pinned = small && (nearLeft || nearRight) && (nearTop || nearBottom) && !(nearLeft && nearRight) && !(nearTop && nearBottom);
  const cx = b.x + b.width / 2;
  const cy = b.y + b.height / 2;

  let horizontal: HorizontalConstraint = 'scale';
  if (coversX) horizontal = 'leftRight';
  else if (pinned) horizontal = nearLeft ? 'left' : 'right';
  else if (Math.abs(cx - page.width / 2) <= page.width * CENTRE_TOLERANCE) horizontal = 'center';

  let vertical: VerticalConstraint = 'scale';
  if (coversY) vertical = 'topBottom';
  else if (pinned) vertical = nearTop ? 'top' : 'bottom';
  else if (Math.abs(cy - page.height / 2) <= page.height * CENTRE_TOLERANCE) vertical = 'center';
  return { horizontal, vertical };
}

type AxisRule = 'start' | 'end' | 'center' | 'stretch' | 'scale';
const H: Record<HorizontalConstraint, AxisRule> = { left: 'start', right: 'end', center: 'center', leftRight: 'stretch', scale: 'scale' };
const V: Record<VerticalConstraint, AxisRule> = { top: 'start', bottom: 'end', center: 'center', topBottom: 'stretch', scale: 'scale' };

/** New centre of a (non-stretched) element on one axis. */
function placeCentre(rule: Exclude<AxisRule, 'stretch'>, centre: number, from: number, to: number, s: number): number {
  switch (rule) {
    case 'start':
      return centre * s;
    case 'end':
      return to - (from - centre) * s;
    case 'center':
      return to / 2 + (centre - from / 2) * s;
    case 'scale':
      return (centre * to) / from;
  }
}

/**
 * A framed picture whose frame changed shape: the crop takes the new frame's shape around the same
 * centre (the focal point), as large as the picture allows. The picture's own aspect ratio is known
 * from the old frame and crop (the crop filled the frame undistorted).
 */
export function recropForFrame(el: ImageElement, width: number, height: number): ImageElement['crop'] {
  const crop = el.crop;
  if (!crop) return undefined; // no crop = the renderer covers the frame, centred
  const sourceRatio = (el.width / el.height) * (crop.height / crop.width);
  const frameRatio = width / height;
  let cw = 1;
  let ch = 1;
  if (sourceRatio > frameRatio) cw = frameRatio / sourceRatio;
  else ch = sourceRatio / frameRatio;
  // Keep the previous zoom where it still fits: a tighter crop stays as tight.
  const zoom = Math.max(crop.width / cw, crop.height / ch, 0);
  if (zoom > 0 && zoom < 1) {
    cw *= zoom;
    ch *= zoom;
  }
  const clamp01 = (v: number, size: number) => Math.min(1 - size, Math.max(0, v));
  const x = clamp01(crop.x + crop.width / 2 - cw / 2, cw);
  const y = clamp01(crop.y + crop.height / 2 - ch / 2, ch);
  return { x, y, width: cw, height: ch };
}

/** Where one top-level element goes when its page changes from `from` to `to`. */
export function layoutElement(el: Element, from: Size, to: Size): Element {
  const s = uniformScale(from, to);
  const constraints: Constraints = el.constraints ?? inferConstraints(el, from);
  // An element that always keeps its ratio (a group, an icon) scales where others would stretch.
  const upright = isUpright(el) && !moduleOf(el).keepsRatio;
  const hRule = H[constraints.horizontal] === 'stretch' && !upright ? 'scale' : H[constraints.horizontal];
  const vRule = V[constraints.vertical] === 'stretch' && !upright ? 'scale' : V[constraints.vertical];

  // Size: uniform s, except stretched axes. Text scales its font with s (scaleElement uses sy).
  const scaled = scaleElement(el, s, s);
  let width = scaled.width;
  let height = scaled.height;
  let x: number;
  let y: number;
  if (hRule === 'stretch') {
    x = el.x * s;
    width = Math.max(1e-3, to.width - x - (from.width - el.x - el.width) * s);
  } else {
    x = placeCentre(hRule, el.x + el.width / 2, from.width, to.width, s) - width / 2;
  }
  if (vRule === 'stretch') {
    y = el.y * s;
    height = Math.max(1e-3, to.height - y - (from.height - el.y - el.height) * s);
  } else {
    y = placeCentre(vRule, el.y + el.height / 2, from.height, to.height, s) - height / 2;
  }
  const placed = { ...scaled, x, y, width, height } as Element;
  if (placed.type === 'image' && (width !== scaled.width || height !== scaled.height)) {
    const crop = recropForFrame(el as ImageElement, width, height);
    if (crop) return { ...placed, crop } as Element;
  }
  return placed;
}

/** A page's elements laid out for another size; order, ids and content unchanged. */
export function layoutElements(elements: readonly Element[], from: Size, to: Size): Element[] {
  if (from.width === to.width && from.height === to.height) return elements.slice();
  return elements.map((el) => layoutElement(el, from, to));
}

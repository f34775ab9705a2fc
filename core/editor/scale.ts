/** Scaling an element's box and content; shared with core/variants. What scales inside is each type's rule (core/elements). */
import { moduleOf } from '../elements';
import type { Element } from '../schema/design';

const MIN_SIZE = 1e-3;

/**
 * Scales an element's box (relative to its parent's origin) and its content by its type's rule: a
 * group's children with it, a text's font size by the vertical scale, as core/render/readBack.ts does
 * for a scaled text box. Under a non-uniform scale a rotated child would need a skew, which the model
 * cannot express: it keeps its angle and its centre moves with the scale (exact for uniform scales).
 */
export function scaleElement(el: Element, sx: number, sy: number): Element {
  const scaled = { ...el, x: el.x * sx, y: el.y * sy, width: Math.max(MIN_SIZE, el.width * sx), height: Math.max(MIN_SIZE, el.height * sy) };
  return moduleOf(scaled).scaleContent(scaled, sx, sy, scaleElement);
}

/**
 * Whether resizing keeps the element's width:height ratio: its own lock, or always for a group
 * (a stretched group would need its rotated children skewed, which the model cannot express).
 * The size fields, the canvas handles and Shift-dragging all follow this one rule.
 */
export function keepsAspectRatio(el: Element): boolean {
  return el.aspectLocked === true || moduleOf(el).keepsRatio;
}

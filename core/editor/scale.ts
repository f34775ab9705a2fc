/** Scaling an element's box and content; a leaf module (imports only core/schema) shared with core/variants. */
import type { Element } from '../schema/design';

const MIN_SIZE = 1e-3;

/**
 * Scales an element's box (relative to its parent's origin) and, for a group, its children. Text
 * takes the vertical scale as its font size, as core/render/readBack.ts does for a scaled text box.
 * Under a non-uniform scale a rotated child would need a skew, which the model cannot express: it
 * keeps its angle and its centre moves with the scale (exact for uniform scales).
 */
export function scaleElement(el: Element, sx: number, sy: number): Element {
  const scaled = { ...el, x: el.x * sx, y: el.y * sy, width: Math.max(MIN_SIZE, el.width * sx), height: Math.max(MIN_SIZE, el.height * sy) };
  if (scaled.type === 'group') return { ...scaled, children: scaled.children.map((c) => scaleElement(c, sx, sy)) };
  if (scaled.type === 'text') return { ...scaled, fontSize: Math.min(2000, Math.max(1, scaled.fontSize * sy)) };
  return scaled;
}


/**
 * Whether resizing keeps the element's width:height ratio: its own lock, or always for a group
 * (a stretched group would need its rotated children skewed, which the model cannot express).
 * The size fields, the canvas handles and Shift-dragging all follow this one rule.
 */
export function keepsAspectRatio(el: Element): boolean {
  return el.aspectLocked === true || el.type === 'group';
}

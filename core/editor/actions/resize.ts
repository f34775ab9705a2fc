/**
 * Resizing from the handles. A plain element just takes the new box. A group scales its children
 * with it: STYLE.md lists "resize that only moves the frame" as a weakness of other Fabric editors,
 * and children are stored relative to the group, so they must be scaled explicitly.
 */
import type { Element } from '../../schema/design';
import type { Box, EditorAction } from '../types';
import { currentPage, mapTop, patchElement, withElements } from '../tree';

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

/** Gives top-level elements new boxes; groups scale their content. Locked elements keep theirs. */
export const resizeElements: EditorAction<{ changes: ReadonlyArray<{ id: string; box: Box }> }> = (state, { changes }) => {
  const byId = new Map(changes.map((c) => [c.id, c.box]));
  const elements = mapTop(currentPage(state).elements, (el) => {
    const box = byId.get(el.id);
    if (!box || el.locked || !(box.width > 0) || !(box.height > 0)) return el;
    if (el.type !== 'group' || (box.width === el.width && box.height === el.height)) return patchElement(el, box);
    const sx = box.width / el.width;
    const sy = box.height / el.height;
    return { ...el, ...box, children: el.children.map((c) => scaleElement(c, sx, sy)) };
  });
  return withElements(state, elements);
};

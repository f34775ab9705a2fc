/**
 * Align and distribute, measured on what the user sees: the bounding box of each rotated element.
 * Rotation is about the centre, so shifting x/y shifts that box by the same amount.
 */
import { unreachable } from '../../elements';
import type { Element } from '../../schema/design';
import type { Box, Perform, EditorState } from '../types';
import { rotatedBounds, selectionBounds } from '../bounds';
import { currentFormat, currentPage, mapTop, selectedElements, withElements } from '../tree';

export type AlignEdge = 'left' | 'center' | 'right' | 'top' | 'middle' | 'bottom';

function shiftElements(state: EditorState, shifts: Map<string, { dx: number; dy: number }>): EditorState {
  return withElements(
    state,
    mapTop(currentPage(state).elements, (el) => {
      const s = shifts.get(el.id);
      if (!s || el.locked || (Math.abs(s.dx) < 1e-9 && Math.abs(s.dy) < 1e-9)) return el;
      return { ...el, x: el.x + s.dx, y: el.y + s.dy };
    }),
  );
}

function alignShift(box: Box, target: Box, edge: AlignEdge): { dx: number; dy: number } {
  switch (edge) {
    case 'left':
      return { dx: target.x - box.x, dy: 0 };
    case 'center':
      return { dx: target.x + target.width / 2 - (box.x + box.width / 2), dy: 0 };
    case 'right':
      return { dx: target.x + target.width - (box.x + box.width), dy: 0 };
    case 'top':
      return { dx: 0, dy: target.y - box.y };
    case 'middle':
      return { dx: 0, dy: target.y + target.height / 2 - (box.y + box.height / 2) };
    case 'bottom':
      return { dx: 0, dy: target.y + target.height - (box.y + box.height) };
    default:
      return unreachable(edge, 'edge');
  }
}

/**
 * Aligns the selection to its own bounds, or to the page when one element is selected (aligning
 * an element to itself would do nothing) or when asked. Locked elements keep their place but
 * still count in the selection's bounds.
 */
export const align: Perform<{ edge: AlignEdge; to?: 'selection' | 'page' }> = (state, { edge, to }) => {
  const chosen = selectedElements(state);
  if (chosen.length === 0) return state;
  const { width, height } = currentFormat(state);
  const target = to === 'page' || chosen.length === 1 ? { x: 0, y: 0, width, height } : selectionBounds(chosen)!;
  return shiftElements(state, new Map(chosen.map((el) => [el.id, alignShift(rotatedBounds(el), target, edge)])));
};

/**
 * Equal gaps between neighbours along an axis; the two outermost elements stay. Needs three or
 * more (with two there is nothing to even out). Locked elements keep their place.
 */
export const distribute: Perform<{ axis: 'horizontal' | 'vertical' }> = (state, { axis }) => {
  const chosen = selectedElements(state);
  if (chosen.length < 3) return state;
  const horizontal = axis === 'horizontal';
  const start = (b: Box) => (horizontal ? b.x : b.y);
  const length = (b: Box) => (horizontal ? b.width : b.height);
  const items = chosen
    .map((el: Element) => ({ el, box: rotatedBounds(el) }))
    .sort((a, b) => start(a.box) + length(a.box) / 2 - (start(b.box) + length(b.box) / 2));
  const first = items[0].box;
  const last = items[items.length - 1].box;
  const span = start(last) + length(last) - start(first);
  const used = items.reduce((sum, i) => sum + length(i.box), 0);
  const gap = (span - used) / (items.length - 1);
  const shifts = new Map<string, { dx: number; dy: number }>();
  let cursor = start(first);
  for (const { el, box } of items) {
    const d = cursor - start(box);
    shifts.set(el.id, horizontal ? { dx: d, dy: 0 } : { dx: 0, dy: d });
    cursor += length(box) + gap;
  }
  return shiftElements(state, shifts);
};

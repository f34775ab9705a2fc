/** Paint order (z-order) of top-level elements; index 0 is painted first, at the back. */
import type { Element } from '../../schema/design';
import type { Perform, EditorState } from '../types';
import { currentPage, withElements } from '../tree';

function sameOrder(a: readonly Element[], b: readonly Element[]): boolean {
  return a.every((el, i) => el === b[i]);
}

function reordered(state: EditorState, list: Element[]): EditorState {
  return sameOrder(list, currentPage(state).elements) ? state : withElements(state, list);
}

/** One step towards the viewer or away, keeping the selected elements' own order. */
function step(state: EditorState, direction: 1 | -1): EditorState {
  const moving = new Set(state.selection);
  const list = currentPage(state).elements.slice();
  const indexes = list.map((el, i) => (moving.has(el.id) ? i : -1)).filter((i) => i >= 0);
  if (direction === 1) indexes.reverse();
  for (const i of indexes) {
    const j = i + direction;
    // A selected neighbour is not overtaken: the block moves as one.
    if (j < 0 || j >= list.length || moving.has(list[j].id)) continue;
    [list[i], list[j]] = [list[j], list[i]];
  }
  return reordered(state, list);
}

export const bringForward: Perform<void> = (state) => step(state, 1);
export const sendBackward: Perform<void> = (state) => step(state, -1);

export const bringToFront: Perform<void> = (state) => {
  const moving = new Set(state.selection);
  const list = currentPage(state).elements;
  return reordered(state, [...list.filter((el) => !moving.has(el.id)), ...list.filter((el) => moving.has(el.id))]);
};

export const sendToBack: Perform<void> = (state) => {
  const moving = new Set(state.selection);
  const list = currentPage(state).elements;
  return reordered(state, [...list.filter((el) => moving.has(el.id)), ...list.filter((el) => !moving.has(el.id))]);
};

/** Layers panel drag: puts one element at `index` of the paint order (clamped). */
export const reorder: Perform<{ id: string; index: number }> = (state, { id, index }) => {
  const list = currentPage(state).elements.slice();
  const from = list.findIndex((el) => el.id === id);
  if (from < 0 || !Number.isFinite(index)) return state;
  const [el] = list.splice(from, 1);
  list.splice(Math.max(0, Math.min(list.length, Math.round(index))), 0, el);
  return reordered(state, list);
};

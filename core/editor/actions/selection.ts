/** Selection actions. They change no design, so history records no step for them. */
import type { Perform } from '../types';
import { currentPage, existingIds, withSelection } from '../tree';

/** Selects top-level elements of the current page; unknown ids are ignored. `add` extends (shift-click). */
export const select: Perform<{ ids: readonly string[]; add?: boolean }> = (state, { ids, add }) =>
  withSelection(state, existingIds(state, add ? [...state.selection, ...ids] : ids));

/**
 * Every visible, unlocked element: locked and hidden ones stay out of a select-all, as in the UI
 * (a locked background must not move with Ctrl+A then an arrow key).
 */
export const selectAll: Perform<void> = (state) =>
  withSelection(
    state,
    currentPage(state)
      .elements.filter((el) => !el.locked && !el.hidden)
      .map((el) => el.id),
  );

export const deselect: Perform<void> = (state) => withSelection(state, []);

/** Switches page; the selection belongs to a page, so it is cleared, and the strip selects just this slide. */
export const setPageIndex: Perform<{ index: number }> = (state, { index }) => {
  if (!Number.isInteger(index) || index < 0 || index >= state.design.pages.length) return state;
  if (index === state.pageIndex) return state;
  return { ...state, pageIndex: index, selection: [], slides: [] };
};

/** Moving the selection. Locked elements never move (they are how users pin a background). */
import type { Perform } from '../types';
import { currentPage, mapTop, withElements } from '../tree';

export const moveSelection: Perform<{ dx: number; dy: number }> = (state, { dx, dy }) => {
  if ((dx === 0 && dy === 0) || !Number.isFinite(dx) || !Number.isFinite(dy)) return state;
  const moving = new Set(state.selection);
  return withElements(
    state,
    mapTop(currentPage(state).elements, (el) => (moving.has(el.id) && !el.locked ? { ...el, x: el.x + dx, y: el.y + dy } : el)),
  );
};

export type NudgeDirection = 'left' | 'right' | 'up' | 'down';
export const NUDGE_PX = 1;
export const NUDGE_SHIFT_PX = 10;

/** Arrow keys: 1 px, 10 px with shift (Figma, Canva and excalidraw all use these steps). */
export const nudge: Perform<{ direction: NudgeDirection; shift?: boolean }> = (state, { direction, shift }) => {
  const step = shift ? NUDGE_SHIFT_PX : NUDGE_PX;
  const dx = direction === 'left' ? -step : direction === 'right' ? step : 0;
  const dy = direction === 'up' ? -step : direction === 'down' ? step : 0;
  return moveSelection(state, { dx, dy });
};

/**
 * Undo history over immutable designs. Capture rule (tldraw-style): each user action is one step;
 * a burst of the same action (dragging a colour picker, typing a size) within a second is one step;
 * loading a design is none.
 */
import type { Design } from '../../../core/schema/design';

export interface HistoryState {
  present: Design;
  past: Design[];
  future: Design[];
  lastKey: string | null;
  lastAt: number;
}

export type HistoryAction =
  | { type: 'apply'; update: (design: Design) => Design; coalesceKey?: string; at: number }
  | { type: 'undo' }
  | { type: 'redo' };

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1000;

export function initialHistory(design: Design): HistoryState {
  return { present: design, past: [], future: [], lastKey: null, lastAt: 0 };
}

export function historyReducer(state: HistoryState, action: HistoryAction): HistoryState {
  switch (action.type) {
    case 'apply': {
      const next = action.update(state.present);
      if (next === state.present) return state;
      const coalesce = action.coalesceKey !== undefined && action.coalesceKey === state.lastKey && action.at - state.lastAt < COALESCE_MS;
      return {
        present: next,
        past: coalesce ? state.past : [...state.past, state.present].slice(-HISTORY_LIMIT),
        future: [],
        lastKey: action.coalesceKey ?? null,
        lastAt: action.at,
      };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous) return state;
      return { present: previous, past: state.past.slice(0, -1), future: [state.present, ...state.future], lastKey: null, lastAt: 0 };
    }
    case 'redo': {
      const next = state.future[0];
      if (!next) return state;
      return { present: next, past: [...state.past, state.present], future: state.future.slice(1), lastKey: null, lastAt: 0 };
    }
  }
}

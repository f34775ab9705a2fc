/**
 * Undo history over editor states (design + page + selection). Capture rules, after tldraw:
 * - a change of the design is one step; a change of selection or page alone is none (but undo
 *   restores the selection that was current when the step was taken);
 * - the same coalesce key again within COALESCE_MS of the previous edit merges into that step
 *   (typing merges until the user pauses for a second);
 * - everything between beginGesture and endGesture (a drag, resize, rotate) is one step;
 * - loading a design is no step: it starts a new history;
 * - an amendment (a height the canvas measured) is no step: it corrects the present state in place;
 * - undo and redo leave a video's playhead where it is (it is where the user is, not an edit).
 * Pure functions; the HeadlessEditor holds the current value.
 */
import type { EditorState } from './types';

export const HISTORY_LIMIT = 200;
export const COALESCE_MS = 1000;

export interface HistoryState {
  present: EditorState;
  past: EditorState[];
  future: EditorState[];
  lastKey: string | null;
  lastAt: number;
  /** State when the running gesture began; null outside a gesture. */
  gestureStart: EditorState | null;
}

export function initialHistory(state: EditorState): HistoryState {
  return { present: state, past: [], future: [], lastKey: null, lastAt: 0, gestureStart: null };
}

export interface CommitOptions {
  coalesceKey?: string;
  at: number;
}

/** Records `next` as the present state, as a new step, a merged step or no step. */
export function commit(history: HistoryState, next: EditorState, options: CommitOptions): HistoryState {
  const { present } = history;
  if (next === present) return history;
  const designChanged = next.design !== present.design;
  if (history.gestureStart || !designChanged) {
    // Inside a gesture the step is written at its end; a selection-only change is never a step,
    // but it ends a typing burst so that the next edit starts its own step.
    return { ...history, present: next, lastKey: designChanged ? history.lastKey : null };
  }
  const key = options.coalesceKey ?? null;
  const merge = key !== null && key === history.lastKey && options.at - history.lastAt < COALESCE_MS;
  return {
    ...history,
    present: next,
    past: merge ? history.past : [...history.past, present].slice(-HISTORY_LIMIT),
    future: [],
    lastKey: key,
    lastAt: options.at,
  };
}

/**
 * Replaces the present state without a step of its own: what `next` adds was already true of the
 * present (the canvas measured it), so undo goes straight past it. A typing burst or a gesture
 * under way goes on.
 */
export function amend(history: HistoryState, next: EditorState): HistoryState {
  return next === history.present ? history : { ...history, present: next };
}

export function beginGesture(history: HistoryState): HistoryState {
  if (history.gestureStart) return history;
  return { ...history, gestureStart: history.present, lastKey: null };
}

/** Closes the gesture as one step (none if the design ended where it started). */
export function endGesture(history: HistoryState): HistoryState {
  const start = history.gestureStart;
  if (!start) return history;
  const closed = { ...history, gestureStart: null, lastKey: null };
  if (start.design === history.present.design) return closed;
  return { ...closed, past: [...history.past, start].slice(-HISTORY_LIMIT), future: [] };
}

/** Escape during a drag: back to where the gesture began, nothing recorded. */
export function cancelGesture(history: HistoryState): HistoryState {
  const start = history.gestureStart;
  if (!start) return history;
  return { ...history, present: start, gestureStart: null, lastKey: null };
}

/** The playhead is where the user is, not part of an edit: a step taken back or again keeps it. */
function keepPlayhead(state: EditorState, now: EditorState): EditorState {
  if (state.playheadMs === now.playheadMs && state.playing === now.playing && state.playRate === now.playRate) return state;
  const { playheadMs, playing, playRate, ...rest } = state;
  void playheadMs;
  void playing;
  void playRate;
  return {
    ...rest,
    ...(now.playheadMs !== undefined ? { playheadMs: now.playheadMs } : {}),
    ...(now.playing !== undefined ? { playing: now.playing } : {}),
    ...(now.playRate !== undefined ? { playRate: now.playRate } : {}),
  };
}

export function undo(history: HistoryState): HistoryState {
  const h = endGesture(history);
  const last = h.past[h.past.length - 1];
  if (!last) return h;
  const previous = keepPlayhead(last, h.present);
  return { ...h, present: previous, past: h.past.slice(0, -1), future: [h.present, ...h.future], lastKey: null, lastAt: 0 };
}

export function redo(history: HistoryState): HistoryState {
  const h = endGesture(history);
  const first = h.future[0];
  if (!first) return h;
  const next = keepPlayhead(first, h.present);
  return { ...h, present: next, past: [...h.past, h.present], future: h.future.slice(1), lastKey: null, lastAt: 0 };
}

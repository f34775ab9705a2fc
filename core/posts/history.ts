/**
 * Undo and redo for the calendar (docs/architecture.md, Posts): every change (move, plan, unplan,
 * status, delete, create) is one step `{ before, after }` of one post, null standing for "absent".
 * Undo puts `before` back (saving it, or deleting the post when it did not exist); redo puts
 * `after` back. Pure: the screen sends each returned operation through `posts.save` / `posts.delete`.
 */
import type { Post, PostInput } from '../schema/posts';
import { postInputOf } from './calendar';

export interface PostChange {
  before: Post | null;
  after: Post | null;
}

export interface PostHistory {
  readonly past: readonly PostChange[];
  readonly future: readonly PostChange[];
}

/** What replaying a step asks the backend to do. */
export type HistoryOperation = { kind: 'save'; post: PostInput } | { kind: 'delete'; id: string };

export const HISTORY_LIMIT = 100;

export const emptyHistory: PostHistory = { past: [], future: [] };

/** A change done by the user: on the undo stack, the redo stack cleared. A no-op is not recorded. */
export function record(history: PostHistory, change: PostChange): PostHistory {
  if (change.before === null && change.after === null) return history;
  if (change.before && change.after && sameInput(change.before, change.after)) return history;
  return { past: [...history.past, change].slice(-HISTORY_LIMIT), future: [] };
}

function sameInput(a: Post, b: Post): boolean {
  return JSON.stringify(postInputOf(a)) === JSON.stringify(postInputOf(b));
}

function operationTo(state: Post | null, other: Post | null): HistoryOperation {
  if (state) return { kind: 'save', post: postInputOf(state) };
  return { kind: 'delete', id: other!.id };
}

export function canUndo(history: PostHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: PostHistory): boolean {
  return history.future.length > 0;
}

/** The last change undone: the operation that restores its `before`, and the history after it. */
export function undo(history: PostHistory): { history: PostHistory; operation: HistoryOperation; change: PostChange } | null {
  const change = history.past.at(-1);
  if (!change) return null;
  return { history: { past: history.past.slice(0, -1), future: [...history.future, change] }, operation: operationTo(change.before, change.after), change };
}

/** The last undone change done again. */
export function redo(history: PostHistory): { history: PostHistory; operation: HistoryOperation; change: PostChange } | null {
  const change = history.future.at(-1);
  if (!change) return null;
  return { history: { past: [...history.past, change], future: history.future.slice(0, -1) }, operation: operationTo(change.after, change.before), change };
}

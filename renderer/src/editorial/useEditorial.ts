/**
 * The editorial line as the screen edits it: loaded by `editorial.get`, changed through the pure
 * edits of core/posts/editorial.ts, saved by `editorial.save` a moment after the last change (one
 * save at a time, the newest state each time). A refused edit changes nothing and answers its
 * message. A save the backend refuses (a pillar another window just gave to a post) keeps the
 * user's edit on screen, says "Not saved" and why, until the next change tries again or the user
 * goes back to what is stored (`showStored`): nothing typed is lost, and the status is true.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editorial } from '../../../core/schema/posts';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';
import { useLibraryChanged } from '../shared/useLibraryChanged';

export const SAVE_DELAY_MS = 400;

export type SaveState = 'loading' | 'saved' | 'pending' | 'saving' | 'error';

export interface EditorialState {
  editorial: Editorial | null;
  saveState: SaveState;
  /** The last refusal (an edit or a save), in the UI's language; cleared by the next accepted edit. */
  problem: string | null;
  /** Applies a change; false (and `problem` set) when it is refused. */
  edit: (change: (current: Editorial) => Editorial) => boolean;
  dismissProblem: () => void;
  /** The screen shows an edit the backend refused to save (`saveState` 'error'). */
  refused: boolean;
  /** Drops the refused edit and shows what is stored. */
  showStored: () => void;
}

export function useEditorial(readOnly: boolean): EditorialState {
  const [editorial, setEditorial] = useState<Editorial | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('loading');
  const [problem, setProblem] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const latest = useRef<Editorial | null>(null);
  const stored = useRef<Editorial | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);
  /** An edit the backend refused is on screen: a reload must not cover it. */
  const kept = useRef(false);

  const load = useCallback(async () => {
    try {
      const { editorial: loaded } = await getBridge().api['editorial.get']({});
      stored.current = loaded;
      if (dirty.current || inFlight.current || kept.current) return;
      latest.current = loaded;
      setEditorial(loaded);
      setSaveState('saved');
    } catch (error) {
      setProblem(errorMessage(error));
      setSaveState('error');
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);
  // Another window or the CLI changed it: show theirs unless an edit of ours is waiting.
  useLibraryChanged('editorial', () => void load());

  const save = useCallback(async (): Promise<void> => {
    if (inFlight.current) {
      await inFlight.current;
      if (!dirty.current) return;
    }
    const next = latest.current;
    if (!next || !dirty.current) return;
    dirty.current = false;
    setSaveState('saving');
    const run = (async () => {
      try {
        const { editorial: saved } = await getBridge().api['editorial.save'](next);
        stored.current = saved;
        if (!dirty.current) setSaveState('saved');
      } catch (error) {
        setProblem(errorMessage(error));
        if (!dirty.current) {
          // The edit stays on screen, marked not saved; a newer one waiting is saved next instead.
          kept.current = true;
          setRefused(true);
          setSaveState('error');
        }
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (dirty.current) await save();
  }, []);

  const edit = useCallback(
    (change: (current: Editorial) => Editorial): boolean => {
      const current = latest.current;
      if (!current || readOnly) return false;
      let next: Editorial;
      try {
        next = change(current);
      } catch (error) {
        setProblem(errorMessage(error));
        return false;
      }
      setProblem(null);
      if (next === current) return true;
      latest.current = next;
      dirty.current = true;
      kept.current = false;
      setRefused(false);
      setEditorial(next);
      setSaveState('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(), SAVE_DELAY_MS);
      return true;
    },
    [readOnly, save],
  );

  // Leaving the screen sends what is waiting at once.
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (dirty.current) void save();
    },
    [save],
  );

  const showStored = useCallback(() => {
    if (!stored.current || dirty.current || inFlight.current) return;
    kept.current = false;
    latest.current = stored.current;
    setEditorial(stored.current);
    setRefused(false);
    setProblem(null);
    setSaveState('saved');
  }, []);

  return { editorial, saveState, problem, edit, dismissProblem: () => setProblem(null), refused, showStored };
}

/**
 * The calendar's data and its changes (docs/architecture.md, Posts): every post and the editorial
 * line, kept fresh by `library.changed`; each change computed by core/posts/calendar, sent through
 * `posts.save` / `posts.delete` and recorded in core/posts/history for undo and redo.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editorial, Post, PostInput } from '../../../core/schema/posts';
import { postInputOf } from '../../../core/posts/calendar';
import { emptyHistory, record, redo as redoStep, undo as undoStep, type HistoryOperation, type PostHistory } from '../../../core/posts/history';
import { getBridge } from '../bridge';
import { takeCalendarData } from './calendarData';
import { errorMessage } from '../shared/errors';
import { useLibraryChanged } from '../shared/useLibraryChanged';
import { useToast } from '../shared/toastContext';

/**
 * The toasts of a change: `message` once saved (with Undo unless `undoable` is false); when the
 * backend refuses it, `refused` (its message, the backend's reason below it, an action such as
 * opening the post) in place of the generic failure.
 */
export interface ChangeToasts {
  message: string;
  undoable?: boolean;
  refused?: { message: string; action?: { label: string; onClick: () => void } };
}

export interface CalendarData {
  posts: Post[] | null;
  editorial: Editorial | null;
  loadError: string | null;
  canUndo: boolean;
  canRedo: boolean;
  /** Saves `next` in place of `before` (null: a new post); answers the stored post, or null when refused. */
  save(before: Post | null, next: PostInput, toast?: ChangeToasts): Promise<Post | null>;
  remove(post: Post, toast?: { message: string }): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export function useCalendarPosts(): CalendarData {
  const { t } = useTranslation();
  const toast = useToast();
  const [posts, setPosts] = useState<Post[] | null>(null);
  const [editorial, setEditorial] = useState<Editorial | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [history, setHistory] = useState<PostHistory>(emptyHistory);
  const historyRef = useRef(history);
  historyRef.current = history;
  const busy = useRef<Promise<unknown>>(Promise.resolve());
  // Set once a change event has asked again: the first answers, if later, are older than that.
  const reloaded = useRef({ posts: false, editorial: false });

  const loadPosts = useCallback(async () => {
    reloaded.current.posts = true;
    try {
      const { posts: list } = await getBridge().api['posts.list']({});
      setPosts(list);
      setLoadError(null);
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  }, []);
  const loadEditorial = useCallback(async () => {
    reloaded.current.editorial = true;
    try {
      setEditorial((await getBridge().api['editorial.get']({})).editorial);
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  }, []);
  useEffect(() => {
    // The calls App.tsx or main.tsx sent when the calendar started opening, else new ones. Both
    // answers land in one render: the month is laid out once, in the editorial line's zone.
    const sent = takeCalendarData();
    let current = true;
    void Promise.allSettled([sent.posts, sent.editorial]).then(([list, line]) => {
      if (!current) return;
      if (list.status === 'fulfilled' && !reloaded.current.posts) setPosts(list.value);
      if (line.status === 'fulfilled' && !reloaded.current.editorial) setEditorial(line.value);
      const failed = [list, line].find((answer) => answer.status === 'rejected');
      setLoadError(failed ? errorMessage(failed.reason) : null);
    });
    return () => {
      current = false;
    };
  }, []);
  useLibraryChanged('posts', () => void loadPosts());
  useLibraryChanged('editorial', () => void loadEditorial());

  const put = useCallback((post: Post) => setPosts((list) => (list ? [...list.filter((p) => p.id !== post.id), post] : [post])), []);
  const drop = useCallback((id: string) => setPosts((list) => list?.filter((p) => p.id !== id) ?? null), []);

  /** One change at a time, in order: a quick second drag waits for the first save. */
  const serial = useCallback(<T,>(work: () => Promise<T>): Promise<T> => {
    const next = busy.current.then(work, work);
    busy.current = next.catch(() => undefined);
    return next;
  }, []);

  const apply = useCallback(
    async (operation: HistoryOperation): Promise<Post | null> => {
      if (operation.kind === 'save') {
        const { post } = await getBridge().api['posts.save'](operation.post);
        put(post);
        return post;
      }
      await getBridge().api['posts.delete']({ id: operation.id });
      drop(operation.id);
      return null;
    },
    [put, drop],
  );

  const undo = useCallback(
    () =>
      serial(async () => {
        const step = undoStep(historyRef.current);
        if (!step) return;
        try {
          await apply(step.operation);
          historyRef.current = step.history;
          setHistory(step.history);
          toast.show({ message: t('calendar.undone'), kind: 'info', durationMs: 2000 });
        } catch (error) {
          toast.error(t('calendar.saveFailed'), errorMessage(error));
          void loadPosts();
        }
      }),
    [serial, apply, toast, t, loadPosts],
  );

  const redo = useCallback(
    () =>
      serial(async () => {
        const step = redoStep(historyRef.current);
        if (!step) return;
        try {
          await apply(step.operation);
          historyRef.current = step.history;
          setHistory(step.history);
          toast.show({ message: t('calendar.redone'), kind: 'info', durationMs: 2000 });
        } catch (error) {
          toast.error(t('calendar.saveFailed'), errorMessage(error));
          void loadPosts();
        }
      }),
    [serial, apply, toast, t, loadPosts],
  );

  const remember = useCallback((before: Post | null, after: Post | null) => {
    const next = record(historyRef.current, { before, after });
    historyRef.current = next;
    setHistory(next);
  }, []);

  const save = useCallback(
    (before: Post | null, next: PostInput, message?: ChangeToasts) =>
      serial(async () => {
        if (before && JSON.stringify(postInputOf(before)) === JSON.stringify(next)) return before;
        if (before) put({ ...before, ...next }); // shown at once; the stored post replaces it
        try {
          const { post } = await getBridge().api['posts.save'](next);
          put(post);
          remember(before, post);
          if (message) toast.show({ message: message.message, kind: 'success', action: message.undoable === false ? undefined : { label: t('calendar.undo'), onClick: () => void undo() } });
          return post;
        } catch (error) {
          if (before) put(before);
          if (message?.refused) toast.show({ kind: 'error', message: message.refused.message, detail: errorMessage(error), action: message.refused.action });
          else toast.error(t('calendar.saveFailed'), errorMessage(error));
          return null;
        }
      }),
    [serial, put, remember, toast, t, undo],
  );

  const remove = useCallback(
    (post: Post, message?: { message: string }) =>
      serial(async () => {
        try {
          const { post: removed } = await getBridge().api['posts.delete']({ id: post.id });
          drop(post.id);
          remember(removed, null);
          if (message) toast.show({ message: message.message, kind: 'success', action: { label: t('calendar.undo'), onClick: () => void undo() } });
          return true;
        } catch (error) {
          toast.error(t('calendar.saveFailed'), errorMessage(error));
          return false;
        }
      }),
    [serial, drop, remember, toast, t, undo],
  );

  return { posts, editorial, loadError, canUndo: history.past.length > 0, canRedo: history.future.length > 0, save, remove, undo, redo };
}

/**
 * The post being edited: loaded with posts.get, changed only through core/posts/edit.ts, saved
 * shortly after each change by posts.save (the editor's AutosaveScheduler: debounced, one request
 * at a time, retried). Also what the screen shows beside it: the editorial line (hashtag groups,
 * pillars, best times, zone), the library's designs and the post's designs in full (pages, variants).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DesignSummary } from '../../../core/api';
import type { Design } from '../../../core/schema/design';
import type { Editorial, Post, PostInput } from '../../../core/schema/posts';
import { checkPost, type PostCheck } from '../../../core/posts/checks';
import { draftIfNotReady } from '../../../core/posts/edit';
import { getBridge } from '../bridge';
import { AutosaveScheduler, type SaveState } from '../editor/autosave';
import { errorMessage } from '../shared/errors';
import { useLibraryChanged } from '../shared/useLibraryChanged';

export type PostEdit = (post: PostInput) => PostInput;

export type LoadedPost = { status: 'loading' } | { status: 'error'; message: string; notFound: boolean } | { status: 'ready' };

/** What a caller may send back of a stored post: the store sets the rest. */
export function postInputOf(post: Post): PostInput {
  const { sequence: _sequence, createdAt: _createdAt, updatedAt: _updatedAt, ...input } = post;
  return input;
}

export function usePostEditor(postId: string, readOnly = false) {
  const [loaded, setLoaded] = useState<LoadedPost>({ status: 'loading' });
  const [post, setPost] = useState<PostInput | null>(null);
  const [editorial, setEditorial] = useState<Editorial | null>(null);
  const [library, setLibrary] = useState<DesignSummary[]>([]);
  const [designs, setDesigns] = useState<Record<string, Design>>({});
  const [saveState, setSaveState] = useState<SaveState>({ status: 'saved' });
  /** Set when an edit made a ready post fail a check: it went back to draft (the backend refuses ready then). */
  const [demoted, setDemoted] = useState(false);
  const postRef = useRef<PostInput | null>(null);
  const deleted = useRef(false);

  const schedulerRef = useRef<AutosaveScheduler<PostInput> | null>(null);
  schedulerRef.current ??= new AutosaveScheduler<PostInput>(
    async (value) => {
      if (deleted.current) return;
      await getBridge().api['posts.save'](value);
    },
    setSaveState,
    { describeError: errorMessage, debounceMs: 600 },
  );
  const scheduler = schedulerRef.current;

  useEffect(() => {
    let live = true;
    const api = getBridge().api;
    void Promise.all([api['posts.get']({ id: postId }), api['editorial.get']({})]).then(
      ([got, ed]) => {
        if (!live) return;
        const input = postInputOf(got.post);
        postRef.current = input;
        setPost(input);
        setEditorial(ed.editorial);
        setLoaded({ status: 'ready' });
      },
      (error: unknown) => {
        if (live) setLoaded({ status: 'error', message: errorMessage(error), notFound: (error as { code?: string }).code === 'not-found' });
      },
    );
    return () => {
      live = false;
    };
  }, [postId]);

  const refreshLibrary = useCallback(async () => {
    try {
      setLibrary((await getBridge().api['designs.list']({ trash: false })).designs);
    } catch {
      // The picker just stays as it was; the post itself is unaffected.
    }
  }, []);
  useEffect(() => void refreshLibrary(), [refreshLibrary]);
  useLibraryChanged('designs', () => void refreshLibrary());
  useLibraryChanged('editorial', () => {
    void getBridge()
      .api['editorial.get']({})
      .then(({ editorial: next }) => setEditorial(next))
      .catch(() => undefined);
  });

  // The post's designs in full: their pages (alt text per picture) and variants (format per network).
  const designIds = post?.designIds.join(',') ?? '';
  useEffect(() => {
    const missing = designIds.split(',').filter((id) => id && !designs[id]);
    if (missing.length === 0) return;
    let live = true;
    void Promise.allSettled(missing.map((id) => getBridge().api['designs.get']({ id }))).then((results) => {
      if (!live) return;
      const found: Record<string, Design> = {};
      for (const result of results) if (result.status === 'fulfilled') found[result.value.design.id] = result.value.design;
      if (Object.keys(found).length > 0) setDesigns((current) => ({ ...current, ...found }));
    });
    return () => {
      live = false;
    };
  }, [designIds, designs]);

  const context = useMemo(
    () => ({
      editorial: editorial ?? { settings: { timeZone: 'UTC', altTextRequired: false, mediaBaseUrl: '' } },
      pictureCount: (id: string) => designs[id]?.pages.length,
    }),
    [editorial, designs],
  );

  const checks: PostCheck[] = useMemo(() => (post ? checkPost(post, context) : []), [post, context]);

  const edit = useCallback(
    (change: PostEdit) => {
      const current = postRef.current;
      // A read-only library (another window has it) shows the post without changing it.
      if (!current || readOnly) return;
      const changed = change(current);
      if (changed === current) return;
      // A ready post that stops passing its checks goes back to draft rather than failing to save.
      const next = draftIfNotReady(changed, context);
      if (next !== changed) setDemoted(true);
      else if (next.status !== current.status) setDemoted(false);
      postRef.current = next;
      setPost(next);
      scheduler.change(next);
    },
    [scheduler, context, readOnly],
  );

  useEffect(() => {
    const onPageHide = () => void scheduler.flush();
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      void scheduler.flush().finally(() => scheduler.dispose());
    };
  }, [scheduler]);

  const flush = useCallback(async () => {
    await scheduler.flush();
    return scheduler.current;
  }, [scheduler]);

  /** Removes the post (posts.delete answers it, for undo); nothing is saved after. */
  const remove = useCallback(async (): Promise<Post> => {
    await scheduler.flush();
    deleted.current = true;
    try {
      return (await getBridge().api['posts.delete']({ id: postId })).post;
    } catch (error) {
      deleted.current = false;
      throw error;
    }
  }, [scheduler, postId]);

  return { loaded, post, editorial, library, designs, checks, saveState, demoted, edit, flush, retry: () => void scheduler.retry(), remove };
}

export type PostEditor = ReturnType<typeof usePostEditor>;

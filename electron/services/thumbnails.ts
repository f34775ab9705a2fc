/**
 * Design thumbnails for the home screen, rendered in Node with core/render (the same pixels as
 * export) a moment after the last save, one at a time so typing never queues a pile of renders.
 *
 * When: `quietMs` after the last save of a design, but never more than `maxWaitMs` after the
 * first save not yet drawn. Autosave saves every second or two while the user keeps editing, so a
 * wait for quiet alone could put the render off for the whole session and leave the home screen
 * minutes behind; the cap keeps it at most ~10 s old during continuous editing, and ~1.5 s after
 * the last edit.
 * How many: one render runs at a time; a design waits at most once in line (a save that arrives
 * while it waits is drawn by that render, which reads the design when it starts).
 */
import type { LibraryStore } from './library/types';
import { renderDesignPage } from './render/nodeRenderer';
import { libraryFontFiles } from './render/libraryFonts';

export interface ThumbnailQueue {
  /** Render design `id`'s thumbnail after `delayMs` of quiet (default `quietMs`), within `maxWaitMs` of its first unrendered save. */
  schedule(id: string, delayMs?: number): void;
  /** Resolves when nothing is pending or running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export interface ThumbnailTiming {
  /** Quiet after a save before its design is drawn. */
  quietMs: number;
  /** Longest a saved change waits for its thumbnail, however often the design is saved meanwhile. */
  maxWaitMs: number;
}

export const THUMBNAIL_TIMING: ThumbnailTiming = { quietMs: 1500, maxWaitMs: 10_000 };

const THUMB_WIDTH = 480;

/**
 * The timing and the line of a queue, without the drawing (tested with a fake clock):
 * `render(id)` is called one at a time, as described above. A failed render goes to `onError`.
 */
export function createRenderScheduler(render: (id: string) => Promise<void>, onError: (id: string, error: unknown) => void, timing: ThumbnailTiming = THUMBNAIL_TIMING): ThumbnailQueue {
  /** Designs saved and not yet in line: their due render, and when their first unrendered save came. */
  const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; firstAt: number }>();
  const waiting: string[] = [];
  let running: Promise<void> | undefined;
  let closed = false;
  let idleWaiters: Array<() => void> = [];

  const settle = () => {
    if (pending.size > 0 || waiting.length > 0 || running) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const pump = () => {
    if (running || closed) return settle();
    const id = waiting.shift();
    if (id === undefined) return settle();
    running = render(id)
      .catch((error: unknown) => onError(id, error))
      .finally(() => {
        running = undefined;
        pump();
      });
  };

  const enqueue = (id: string) => {
    pending.delete(id);
    if (!waiting.includes(id)) waiting.push(id);
    pump();
  };

  return {
    schedule(id, delayMs = timing.quietMs) {
      if (closed) return;
      // Already in line: that render reads the design when it starts, this save included.
      if (waiting.includes(id)) return;
      const now = Date.now();
      const previous = pending.get(id);
      if (previous) clearTimeout(previous.timer);
      const firstAt = previous?.firstAt ?? now;
      const due = Math.min(now + delayMs, firstAt + timing.maxWaitMs);
      pending.set(id, { timer: setTimeout(() => enqueue(id), Math.max(0, due - now)), firstAt });
    },
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        settle();
      });
    },
    async close() {
      closed = true;
      for (const { timer } of pending.values()) clearTimeout(timer);
      pending.clear();
      waiting.length = 0;
      if (running) await running;
      settle();
    },
  };
}

export function createThumbnailQueue(
  library: LibraryStore,
  onDone: (id: string) => void,
  onError: (id: string, error: unknown) => void = (id, error) => console.error(`[affiche] thumbnail of ${id} failed:`, error),
  timing: ThumbnailTiming = THUMBNAIL_TIMING,
): ThumbnailQueue {
  const renderOne = async (id: string) => {
    const { design } = await library.getDesign(id);
    const scale = Math.min(1, THUMB_WIDTH / design.format.width);
    const png = await renderDesignPage(design, 0, 'png', {
      scale,
      readAsset: async (assetId) => (library.getAsset(assetId) ? library.readAsset(assetId) : null),
      assetFile: (assetId) => (library.getAsset(assetId) ? library.assetPath(assetId) : null),
      // Brand fonts: texts that name a library font's family draw with it (core/render/libraryFonts.ts).
      libraryFonts: libraryFontFiles(library),
    });
    await library.setDesignThumbnail(id, png);
    onDone(id);
  };
  const scheduler = createRenderScheduler(
    renderOne,
    (id, error) => {
      // A design deleted while its thumbnail waited: nothing to draw.
      if ((error as { code?: string }).code !== 'not-found') onError(id, error);
    },
    timing,
  );
  return {
    ...scheduler,
    schedule(id, delayMs) {
      if (library.readOnly) return;
      scheduler.schedule(id, delayMs);
    },
  };
}

/**
 * Design thumbnails for the home screen, rendered in Node with core/render (the same pixels as
 * export) a moment after the last save, one at a time so typing never queues a pile of renders.
 */
import type { LibraryStore } from './library/types';
import { renderDesignPage } from './render/nodeRenderer';
import { libraryFontFiles } from './render/libraryFonts';

export interface ThumbnailQueue {
  /** Render design `id`'s thumbnail after `delayMs` of quiet (default 1500 ms). */
  schedule(id: string, delayMs?: number): void;
  /** Resolves when nothing is pending or running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const THUMB_WIDTH = 480;

export function createThumbnailQueue(
  library: LibraryStore,
  onDone: (id: string) => void,
  onError: (id: string, error: unknown) => void = (id, error) => console.error(`[affiche] thumbnail of ${id} failed:`, error),
): ThumbnailQueue {
  const timers = new Map<string, NodeJS.Timeout>();
  const waiting: string[] = [];
  let running: Promise<void> | undefined;
  let closed = false;

  const renderOne = async (id: string) => {
    const { design } = await library.getDesign(id);
    const scale = Math.min(1, THUMB_WIDTH / design.format.width);
    const png = await renderDesignPage(design, 0, 'png', {
      scale,
      readAsset: async (assetId) => (library.getAsset(assetId) ? library.readAsset(assetId) : null),
      // Brand fonts: texts that name a library font's family draw with it (core/render/libraryFonts.ts).
      libraryFonts: libraryFontFiles(library),
    });
    await library.setDesignThumbnail(id, png);
    onDone(id);
  };

  const pump = () => {
    if (running || closed) return;
    const id = waiting.shift();
    if (!id) return;
    running = renderOne(id)
      .catch((error) => {
        if ((error as { code?: string }).code !== 'not-found') onError(id, error);
      })
      .finally(() => {
        running = undefined;
        pump();
      });
  };

  return {
    schedule(id, delayMs = 1500) {
      if (closed || library.readOnly) return;
      clearTimeout(timers.get(id));
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id);
          if (!waiting.includes(id)) waiting.push(id);
          pump();
        }, delayMs),
      );
    },
    async idle() {
      while (timers.size > 0 || waiting.length > 0 || running) {
        if (running) await running;
        else await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    async close() {
      closed = true;
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
      waiting.length = 0;
      if (running) await running;
    },
  };
}

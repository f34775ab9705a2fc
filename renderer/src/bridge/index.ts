/**
 * The one bridge the UI talks to. Electron's preload exposes `window.affiche`; in browser mode we
 * build the same surface over HTTP. Errors crossing contextBridge lose their class, so calls are
 * wrapped to always throw AfficheCallError with the backend's code and message.
 */
import { AfficheCallError, METHOD_NAMES, type ErrorCode } from '../../../core/api/names';
import type { AfficheApi, AfficheBridge, PreloadBridge } from '../../../core/api/contract';
import { createHttpBridge } from './httpBridge';
import { uploadInChunks } from './upload';

declare global {
  interface Window {
    affiche?: PreloadBridge;
  }
}

/** Electron's preload: calls rethrown as AfficheCallError, uploads sent in chunks, no downloads (jobs save where the user chose). */
function fromPreload(bridge: PreloadBridge): AfficheBridge {
  const api = Object.fromEntries(
    METHOD_NAMES.map((name) => [
      name,
      async (args: unknown) => {
        try {
          return await (bridge.api[name] as (a: unknown) => Promise<unknown>)(args);
        } catch (error) {
          if (error instanceof AfficheCallError) throw error;
          const code = ((error as { code?: ErrorCode }).code ?? 'internal') as ErrorCode;
          // The preload rejects with a plain { code, message } object (contextBridge drops an Error's extra fields).
          const raw = typeof (error as { message?: unknown })?.message === 'string' ? (error as { message: string }).message : String(error);
          const message = raw.replace(/^Error invoking remote method '[^']+': (Error: )?/, '');
          const { key, params } = error as { key?: unknown; params?: unknown };
          throw new AfficheCallError(code, message, typeof key === 'string' ? { key, params: params as Record<string, unknown> | undefined } : undefined);
        }
      },
    ]),
  ) as unknown as AfficheApi;
  return {
    transport: 'electron',
    api,
    events: bridge.events,
    mediaUrl: bridge.mediaUrl,
    upload: (file, fileName, options) => uploadInChunks(file, fileName, bridge.uploads, options),
    downloadUrl: () => null,
  };
}

let bridge: AfficheBridge | undefined;

export function getBridge(): AfficheBridge {
  bridge ??= window.affiche ? fromPreload(window.affiche) : createHttpBridge();
  return bridge;
}

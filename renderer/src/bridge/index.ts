/**
 * The one bridge the UI talks to. Electron's preload exposes `window.affiche`; in browser mode we
 * build the same surface over HTTP. Errors crossing contextBridge lose their class, so calls are
 * wrapped to always throw AfficheCallError with the backend's code and message.
 */
import { AfficheCallError, METHOD_NAMES, type ErrorCode } from '../../../core/api/names';
import type { AfficheApi, AfficheBridge } from '../../../core/api/contract';
import { createHttpBridge } from './httpBridge';

declare global {
  interface Window {
    affiche?: AfficheBridge;
  }
}

function withErrorClass(bridge: AfficheBridge): AfficheBridge {
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
  return { ...bridge, api };
}

let bridge: AfficheBridge | undefined;

export function getBridge(): AfficheBridge {
  bridge ??= window.affiche ? withErrorClass(window.affiche) : createHttpBridge();
  return bridge;
}

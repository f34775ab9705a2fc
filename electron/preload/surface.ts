/**
 * What the preload exposes as `window.affiche`, built from the contract (core/api) by plain
 * functions with no 'electron' import, so SEC-06 is tested in plain Node (surface.test.ts).
 *
 * The surface is exactly: `transport`, `mediaUrl`, one `api` function per METHOD_NAMES entry and
 * one `events` subscribe function per EVENT_NAMES entry. Nothing generic (no send / invoke / on /
 * ipcRenderer): the renderer can reach the backend only through the contract's names, and the
 * main process validates the sender and every argument anyway.
 */
import {
  EVENT_NAMES,
  METHOD_NAMES,
  type AfficheApi,
  type AfficheEvents,
  type ChunkedUploads,
  type PreloadBridge,
  type ApiError,
  type ErrorCode,
  type EventName,
  type MethodName,
  ERROR_CODES,
} from '../../core/api/contract';
import { mediaUrlFor } from '../main/media';

/** Sends one call to the main process and resolves with its CallOutcome (ipcRenderer.invoke). */
export type InvokeCall = (method: MethodName, args: unknown) => Promise<unknown>;
/** Registers a listener for one backend event; returns the unsubscribe function. */
export type SubscribeEvent = (event: EventName, listener: (payload: unknown) => void) => () => void;
/** One step of a chunked upload (ipcRenderer.invoke on the upload channel). */
export type InvokeUpload = (op: 'begin' | 'append' | 'finish' | 'abort', ...args: unknown[]) => Promise<unknown>;

/**
 * How a failed call rejects. Electron's contextBridge copies only the message of an Error (its
 * class and any extra property such as `code` are dropped: electron/electron#28346), so the
 * preload rejects with this plain object instead; it crosses the bridge with its code, and the
 * renderer turns it back into an AfficheCallError(code, message). `toString` (proxied by the
 * bridge like any function) keeps `String(error)` readable for code that expects an Error.
 */
export interface BridgeCallError extends ApiError {
  name: 'AfficheCallError';
  toString(): string;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function callError(code: ErrorCode, message: string, key = 'legacy.text', params: ApiError['params'] = { text: message }): BridgeCallError {
  return { name: 'AfficheCallError', code, message, key, ...(params ? { params } : {}), toString: () => message };
}

/** Reads a CallOutcome from the main process without trusting its shape. */
export function unwrapOutcome(method: string, outcome: unknown): unknown {
  if (outcome && typeof outcome === 'object') {
    const o = outcome as { ok?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown; key?: unknown; params?: unknown } };
    if (o.ok === true) return o.result;
    if (o.ok === false && o.error && typeof o.error === 'object') {
      const code = isErrorCode(o.error.code) ? o.error.code : 'internal';
      const message = typeof o.error.message === 'string' ? o.error.message : `${method} failed`;
      const params = o.error.params && typeof o.error.params === 'object' ? (o.error.params as ApiError['params']) : undefined;
      if (typeof o.error.key === 'string') throw callError(code, message, o.error.key, params);
      throw callError(code, message);
    }
  }
  throw callError('internal', `${method}: the main process sent an unreadable answer`);
}

export function buildPreloadSurface(invoke: InvokeCall, subscribe: SubscribeEvent, invokeUpload: InvokeUpload): PreloadBridge {
  const api: Record<string, (args: unknown) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) {
    api[method] = async (args: unknown) => {
      let outcome: unknown;
      try {
        outcome = await invoke(method, args === undefined ? {} : args);
      } catch (error) {
        // ipcRenderer.invoke itself failed (arguments that can't be cloned, main process gone...).
        const detail = error instanceof Error ? error.message : String(error);
        throw callError('internal', `${method}: the call could not reach the backend (${detail})`);
      }
      return unwrapOutcome(method, outcome);
    };
  }

  const events: Record<string, (listener: (payload: unknown) => void) => () => void> = {};
  for (const event of EVENT_NAMES) {
    events[event] = (listener) => {
      if (typeof listener !== 'function') throw new TypeError(`events['${event}'] needs a listener function`);
      return subscribe(event, listener);
    };
  }

  // Uploads travel in chunks (an IPC message can't stream); the main process checks every argument.
  const uploadStep = async <T>(op: Parameters<InvokeUpload>[0], check: (value: unknown) => value is T, ...args: unknown[]): Promise<T> => {
    let answer: unknown;
    try {
      answer = await invokeUpload(op, ...args);
    } catch (error) {
      throw callError('internal', `upload: ${error instanceof Error ? error.message.replace(/^Error invoking remote method '[^']+': (Error: )?/, '') : String(error)}`);
    }
    if (!check(answer)) throw callError('internal', 'upload: the main process sent an unreadable answer');
    return answer;
  };
  const isString = (value: unknown): value is string => typeof value === 'string';
  const isNothing = (value: unknown): value is void => value === undefined || value === null;
  const isFinished = (value: unknown): value is { id: string; bytes: number } =>
    typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string' && typeof (value as { bytes?: unknown }).bytes === 'number';
  const uploads: ChunkedUploads = {
    begin: (fileName) => uploadStep('begin', isString, String(fileName)),
    append: (uploadId, chunk) => {
      if (!(chunk instanceof Uint8Array)) return Promise.reject(new TypeError('upload chunks are Uint8Array'));
      return uploadStep('append', isNothing, String(uploadId), chunk);
    },
    finish: (uploadId) => uploadStep('finish', isFinished, String(uploadId)),
    abort: (uploadId) => uploadStep('abort', isNothing, String(uploadId)),
  };

  const bridge: PreloadBridge = {
    transport: 'electron',
    api: Object.freeze(api) as unknown as AfficheApi,
    events: Object.freeze(events) as unknown as AfficheEvents,
    mediaUrl: (kind, id, version) => mediaUrlFor(kind, id, version),
    uploads: Object.freeze(uploads),
  };
  return Object.freeze(bridge);
}

/**
 * The preload's one IPC listener fans events out to the renderer's subscribers. Unknown event
 * names are dropped; a listener that throws doesn't stop the others.
 */
export function createEventHub(onListenerError: (error: unknown) => void = () => {}) {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const isEventName = (name: unknown): name is EventName => typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name);
  return {
    subscribe: ((event, listener) => {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      // Wrapped, so subscribing the same function twice gives two independent subscriptions.
      const entry = (payload: unknown) => listener(payload);
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    }) satisfies SubscribeEvent,
    emit(name: unknown, payload: unknown): void {
      if (!isEventName(name)) return;
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          listener(payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    listenerCount(name: EventName): number {
      return listeners.get(name)?.size ?? 0;
    },
  };
}

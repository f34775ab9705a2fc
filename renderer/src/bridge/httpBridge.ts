/**
 * Browser mode: the contract over loopback HTTP (electron/web/server.ts).
 * The server set an HttpOnly session cookie when it served the page with the right token, so media
 * URLs and EventSource work without putting the token in every URL.
 */
import { AfficheCallError, EVENT_NAMES, METHOD_NAMES } from '../../../core/api/names';
import type { ApiError } from '../../../core/api/contract';
import { decodeWire, encodeWire } from '../../../core/api/codec';
import type { AfficheApi, AfficheBridge, AfficheEvents, CallOutcome, EventName, MediaKind, MethodName } from '../../../core/api/contract';
import type {} from '../early'; // window.__afficheEarlyCalls
import { uploadOverHttp } from './upload';

/**
 * The answer early.ts asked for before the bundle ran, for this exact call; taken once, so a
 * later call (a retry, a refresh after a change) asks the server again.
 */
function takeEarlyCall(method: MethodName, body: string): Promise<Response> | undefined {
  const calls = typeof window === 'undefined' ? undefined : window.__afficheEarlyCalls;
  const early = calls?.[method];
  if (!calls || early?.body !== body) return undefined;
  delete calls[method];
  return early.response;
}

/** A failed call's answer as the error the UI catches (code, English text, message key and parameters). */
export function callErrorOf(error: ApiError): AfficheCallError {
  return new AfficheCallError(error.code, error.message, typeof error.key === 'string' ? { key: error.key, params: error.params } : undefined);
}

export function createHttpBridge(base = ''): AfficheBridge {
  const call = async (method: MethodName, args: unknown): Promise<unknown> => {
    const body = encodeWire(args ?? {});
    const send = () => fetch(`${base}/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body });
    let response: Response;
    try {
      // An early answer that failed to arrive is asked for again.
      response = await ((base === '' ? takeEarlyCall(method, body) : undefined)?.catch(send) ?? send());
    } catch {
      throw new AfficheCallError('internal', 'Affiche’s local server is not responding. Is "npm run web" still running?', { key: 'call.serverGone' });
    }
    const outcome = decodeWire(await response.text()) as CallOutcome<MethodName>;
    if (!outcome.ok) throw callErrorOf(outcome.error);
    return outcome.result;
  };

  const api = Object.fromEntries(METHOD_NAMES.map((name) => [name, (args: unknown) => call(name, args)])) as unknown as AfficheApi;

  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | undefined;
  const ensureSource = () => {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${base}/api/events`);
    source.onmessage = (message) => {
      const { name, payload } = JSON.parse(message.data) as { name: EventName; payload: never };
      listeners.get(name)?.forEach((listener) => listener(payload));
    };
  };
  const events = Object.fromEntries(
    EVENT_NAMES.map((name) => [
      name,
      (listener: (payload: never) => void) => {
        ensureSource();
        const set = listeners.get(name) ?? new Set();
        set.add(listener);
        listeners.set(name, set);
        return () => set.delete(listener);
      },
    ]),
  ) as unknown as AfficheEvents;

  return {
    transport: 'web',
    api,
    events,
    mediaUrl: (kind: MediaKind, id: string, version?: string) =>
      `${base}/media/${kind}/${encodeURIComponent(id)}${version ? `?v=${encodeURIComponent(version)}` : ''}`,
    upload: (file, fileName, options) => uploadOverHttp(base, file, fileName, options),
    downloadUrl: (downloadId) => `${base}/api/staging/${encodeURIComponent(downloadId)}`,
  };
}

/**
 * Browser mode: the contract over loopback HTTP (electron/web/server.ts).
 * The server set an HttpOnly session cookie when it served the page with the right token, so media
 * URLs and EventSource work without putting the token in every URL.
 */
import {
  AfficheCallError,
  EVENT_NAMES,
  METHOD_NAMES,
  decodeWire,
  encodeWire,
  type AfficheApi,
  type AfficheBridge,
  type AfficheEvents,
  type CallOutcome,
  type EventName,
  type MediaKind,
  type MethodName,
} from '../../../core/api';

export function createHttpBridge(base = ''): AfficheBridge {
  const call = async (method: MethodName, args: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`${base}/api/call/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        credentials: 'same-origin',
        body: encodeWire(args ?? {}),
      });
    } catch {
      throw new AfficheCallError('internal', 'Affiche’s local server is not responding. Is "npm run web" still running?');
    }
    const outcome = decodeWire(await response.text()) as CallOutcome<MethodName>;
    if (!outcome.ok) throw new AfficheCallError(outcome.error.code, outcome.error.message);
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
  };
}

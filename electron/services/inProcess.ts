/**
 * The in-process transport (docs/architecture.md, "Transports"): the contract called directly on
 * a backend in the same process, for the command line and tests. Same dispatcher, same handlers,
 * same events as Electron's IPC and browser mode; files go in and out by staging id, registered
 * here from paths (the command line is the user's own process: it may name any of their files).
 */
import { Readable } from 'node:stream';
import { AfficheCallError, EVENT_NAMES, METHOD_NAMES, type AfficheApi, type AfficheBridge, type AfficheEvents, type ErrorCode } from '../../core/api';
import type { Backend } from './backend';

export function inProcessBridge(backend: Backend): AfficheBridge {
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      async (args: unknown) => {
        const outcome = await backend.dispatch(method, args ?? {});
        if (outcome.ok) return outcome.result;
        const { code, message, key, params } = outcome.error;
        throw new AfficheCallError(code as ErrorCode, message, { key, params });
      },
    ]),
  ) as unknown as AfficheApi;
  const events = Object.fromEntries(
    EVENT_NAMES.map((name) => [name, (listener: (payload: never) => void) => backend.onEvent((event, payload) => event === name && listener(payload as never))]),
  ) as unknown as AfficheEvents;
  return {
    transport: 'inprocess',
    api,
    events,
    mediaUrl: () => '',
    upload: async (file, fileName) => (await backend.staging.receive(fileName, Readable.fromWeb(file.stream() as never))).id,
    downloadUrl: () => null,
  };
}

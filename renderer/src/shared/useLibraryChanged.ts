import { useEffect, useRef } from 'react';
import type { EventPayload } from '../../../core/api';
import { getBridge } from '../bridge';

type Scope = EventPayload<'library.changed'>['scope'];

/**
 * Calls `onChange` when the backend says part of the library changed (another window, the CLI,
 * a thumbnail that finished). Bursts are coalesced so a big import refreshes once.
 */
export function useLibraryChanged(scope: Scope, onChange: () => void, delayMs = 150): void {
  const callback = useRef(onChange);
  callback.current = onChange;

  useEffect(() => {
    let timer: number | undefined;
    let unsubscribe: (() => void) | undefined;
    try {
      unsubscribe = getBridge().events['library.changed']((payload) => {
        if (payload.scope !== scope) return;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => callback.current(), delayMs);
      });
    } catch (error) {
      // No event channel (e.g. the server went away): the UI still works, it just won't live-refresh.
      console.warn('library events unavailable', error);
    }
    return () => {
      window.clearTimeout(timer);
      unsubscribe?.();
    };
  }, [scope, delayMs]);
}

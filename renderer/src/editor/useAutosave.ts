import { useCallback, useEffect, useRef, useState } from 'react';
import type { Design } from '../../../core/schema/design';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';
import { AutosaveScheduler, type SaveState } from './autosave';

/**
 * Saves the design shortly after each change (designs.save), flushes when the editor closes or
 * the window unloads. The design as loaded is not re-saved, but undoing back to it is a change.
 */
export function useAutosave(design: Design, enabled: boolean) {
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const schedulerRef = useRef<AutosaveScheduler<Design> | null>(null);
  schedulerRef.current ??= new AutosaveScheduler<Design>(
    async (value) => {
      await getBridge().api['designs.save']({ design: value });
    },
    setState,
    { describeError: errorMessage },
  );
  const scheduler = schedulerRef.current;
  const lastSeen = useRef(design);

  useEffect(() => {
    if (design === lastSeen.current) return;
    lastSeen.current = design;
    if (enabled) scheduler.change(design);
  }, [design, enabled, scheduler]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!scheduler.hasUnsavedWork()) return;
      void scheduler.flush();
      // Ask the browser to hold the page: the save may not finish once the page is gone.
      event.preventDefault();
      event.returnValue = '';
    };
    const onPageHide = () => void scheduler.flush();
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
      void scheduler.flush().finally(() => scheduler.dispose());
    };
  }, [scheduler]);

  const flush = useCallback(async (): Promise<SaveState> => {
    await scheduler.flush();
    return scheduler.current;
  }, [scheduler]);
  const retry = useCallback(() => scheduler.retry(), [scheduler]);

  return { state, flush, retry };
}

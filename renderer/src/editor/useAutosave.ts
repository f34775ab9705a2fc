import { useCallback, useEffect, useRef, useState } from 'react';
import type { Design } from '../../../core/schema/design';
import { getBridge } from '../bridge';
import { AutosaveScheduler, type SaveState } from './autosave';

/**
 * Saves the design shortly after each change (designs.save), flushes when the editor closes or
 * the window unloads. The design as loaded is never re-saved.
 */
export function useAutosave(design: Design, enabled: boolean) {
  const [state, setState] = useState<SaveState>({ status: 'saved' });
  const schedulerRef = useRef<AutosaveScheduler<Design> | null>(null);
  schedulerRef.current ??= new AutosaveScheduler<Design>(async (value) => {
    await getBridge().api['designs.save']({ design: value });
  }, setState);
  const scheduler = schedulerRef.current;
  const baseline = useRef(design);

  useEffect(() => {
    if (enabled && design !== baseline.current) scheduler.change(design);
  }, [design, enabled, scheduler]);

  useEffect(() => {
    const onLeave = () => void scheduler.flush();
    window.addEventListener('beforeunload', onLeave);
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      window.removeEventListener('pagehide', onLeave);
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

import { useEffect, useState } from 'react';
import type { Design } from '../../../core/schema/design';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';

export type LoadedDesign =
  | { status: 'loading' }
  | { status: 'error'; message: string; notFound: boolean }
  | { status: 'ready'; design: Design; readOnly: boolean; notice?: string };

export function useLoadedDesign(designId: string, attempt = 0): LoadedDesign {
  const [state, setState] = useState<LoadedDesign>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    getBridge()
      .api['designs.get']({ id: designId })
      .then((result) => {
        if (!cancelled) setState({ status: 'ready', design: result.design, readOnly: result.readOnly, notice: result.notice });
      })
      .catch((error: unknown) => {
        const notFound = (error as { code?: string }).code === 'not-found';
        if (!cancelled) setState({ status: 'error', message: errorMessage(error), notFound });
      });
    return () => {
      cancelled = true;
    };
  }, [designId, attempt]);
  return state;
}

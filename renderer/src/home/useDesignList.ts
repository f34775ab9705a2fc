import { useCallback, useEffect, useRef, useState } from 'react';
import type { DesignSummary } from '../../../core/api';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';
import { useLibraryChanged } from '../shared/useLibraryChanged';

export interface DesignList {
  /** null until the first answer. */
  designs: DesignSummary[] | null;
  error: string | null;
  refresh: () => Promise<void>;
}

/** The library's designs (or its trash), newest edit first, refreshed when the library changes. */
export function useDesignList(trash: boolean): DesignList {
  const [designs, setDesigns] = useState<DesignSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latestRequest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latestRequest.current;
    try {
      const result = await getBridge().api['designs.list']({ trash });
      if (request !== latestRequest.current) return; // a newer answer is on its way
      setDesigns(result.designs);
      setError(null);
    } catch (e) {
      if (request === latestRequest.current) setError(errorMessage(e));
    }
  }, [trash]);

  useEffect(() => {
    setDesigns(null);
    void refresh();
  }, [refresh]);

  useLibraryChanged('designs', () => void refresh());

  return { designs, error, refresh };
}

/**
 * What the library holds at a glance (`assets.facets`): every tag with its count, counts per kind,
 * favourites, trash and total. Tag suggestions and the sidebar's counts read this rather than the
 * pages loaded so far, so a tag carried only by an asset far down the grid is still offered.
 * Refreshed on every `library.changed` about assets (coalesced, so a big import asks once).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ResultOf } from '../../../core/api';
import { getBridge } from '../bridge';
import { useLibraryChanged } from '../shared/useLibraryChanged';

export type Facets = ResultOf<'assets.facets'>;

export function useFacets() {
  const [facets, setFacets] = useState<Facets | null>(null);
  // Answers can cross (a slow one after a fast one): only the latest request may land.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    try {
      const result = await getBridge().api['assets.facets']({});
      if (request === latest.current) setFacets(result);
    } catch (error) {
      // Counts and suggestions are a help, not the screen: keep the last ones and say why in the console.
      console.warn('assets.facets failed', error);
    }
  }, []);

  useEffect(() => void refresh(), [refresh]);
  useLibraryChanged('assets', () => void refresh());

  /** Tag names, most used first. */
  const tags = useMemo(() => facets?.tags.map((entry) => entry.tag) ?? [], [facets]);
  return { facets, tags, refresh };
}

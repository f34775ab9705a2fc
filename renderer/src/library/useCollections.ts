/** The user's collections with their counts, kept current through `library.changed`. */
import { useCallback, useEffect, useState } from 'react';
import type { ResultOf } from '../../../core/api';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';
import { useLibraryChanged } from '../shared/useLibraryChanged';

export type CollectionWithCount = ResultOf<'collections.list'>['collections'][number];

export function useCollections() {
  const [collections, setCollections] = useState<CollectionWithCount[]>([]);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const result = await getBridge().api['collections.list']({});
      setCollections([...result.collections].sort((a, b) => a.name.localeCompare(b.name)));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);

  useEffect(() => void refresh(), [refresh]);
  useLibraryChanged('assets', () => void refresh());

  const create = useCallback(
    async (name: string) => {
      const { collection } = await getBridge().api['collections.create']({ name });
      await refresh();
      return collection;
    },
    [refresh],
  );
  const rename = useCallback(
    async (id: string, name: string) => {
      await getBridge().api['collections.rename']({ id, name });
      await refresh();
    },
    [refresh],
  );
  const remove = useCallback(
    async (id: string) => {
      await getBridge().api['collections.delete']({ id });
      await refresh();
    },
    [refresh],
  );

  return { collections, error, refresh, create, rename, remove };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { AssetKind } from '../../../core/schema/constants';
import type { AssetSummary } from '../../../core/api';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';
import { importAssetFile } from '../bridge/files';
import { useLibraryChanged } from '../shared/useLibraryChanged';

export type { AssetKind };

/** Imports a file the user picked, dropped or pasted; throws the backend's reason when it is refused. */
export async function importLibraryFile(file: File, fallbackName = 'pasted-file'): Promise<AssetSummary> {
  const { asset } = await importAssetFile(file, { fallbackName });
  return asset;
}

/** Imports an image the user picked, dropped or pasted (a pasted picture has no name). */
export function importImageFile(file: File): Promise<AssetSummary> {
  return importLibraryFile(file, 'pasted-image.png');
}

/** The library's images, newest first, and importing new ones from disk. */
export function useImageAssets() {
  const [assets, setAssets] = useState<AssetSummary[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const { assets } = await getBridge().api['assets.list']({ kind: 'image' });
      setAssets([...assets].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
      setLoadError(null);
    } catch (error) {
      setLoadError(errorMessage(error));
    }
  }, []);

  useEffect(() => void refresh(), [refresh]);
  useLibraryChanged('assets', () => void refresh());

  /** Throws the backend's error (e.g. "not an image Affiche can read") for the caller to show. */
  const importFile = useCallback(
    async (file: File): Promise<AssetSummary> => {
      const asset = await importImageFile(file);
      await refresh();
      return asset;
    },
    [refresh],
  );

  return { assets, loadError, refresh, importFile };
}

/** Assets fetched per page of the library panel's list (more come as it scrolls). */
export const ASSET_PAGE_SIZE = 40;

interface Listing {
  assets: AssetSummary[];
  total: number;
}

/**
 * One kind of library asset matching a search (assets.list: words in names, tags, notes...),
 * a page at a time. A new kind or query starts over; a change in the library reloads what is
 * shown. Answers to an older request are dropped, so typing fast never shows stale results.
 */
export function useLibraryAssets(kind: AssetKind, query: string) {
  const [listing, setListing] = useState<Listing | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);
  const shown = useRef(0);

  const fetchPage = useCallback(
    async (offset: number, limit: number, append: boolean) => {
      const id = ++request.current;
      setLoading(true);
      try {
        const trimmed = query.trim();
        const result = await getBridge().api['assets.list']({ kind, limit, offset, ...(trimmed ? { query: trimmed } : { sort: 'newest' as const }) });
        if (id !== request.current) return;
        setListing((current) => {
          const assets = append && current ? [...current.assets, ...result.assets.filter((a) => !current.assets.some((b) => b.id === a.id))] : result.assets;
          shown.current = assets.length;
          return { assets, total: result.total };
        });
        setError(null);
      } catch (e) {
        if (id === request.current) setError(errorMessage(e));
      } finally {
        if (id === request.current) setLoading(false);
      }
    },
    [kind, query],
  );

  useEffect(() => {
    setListing(null);
    shown.current = 0;
    void fetchPage(0, ASSET_PAGE_SIZE, false);
  }, [fetchPage]);

  const refresh = useCallback(() => fetchPage(0, Math.max(ASSET_PAGE_SIZE, shown.current), false), [fetchPage]);
  useLibraryChanged('assets', () => void refresh());

  const hasMore = listing !== null && listing.assets.length < listing.total;
  const loadMore = useCallback(() => {
    if (loading || !hasMore || !listing) return;
    void fetchPage(listing.assets.length, ASSET_PAGE_SIZE, true);
  }, [loading, hasMore, listing, fetchPage]);

  return { assets: listing?.assets ?? null, total: listing?.total ?? 0, loading, error, hasMore, loadMore, refresh };
}

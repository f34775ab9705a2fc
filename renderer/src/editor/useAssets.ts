import { useCallback, useEffect, useState } from 'react';
import type { AssetSummary } from '../../../core/api';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';
import { readFileBytes } from '../shared/files';
import { useLibraryChanged } from '../shared/useLibraryChanged';

/** Imports a file the user picked, dropped or pasted; throws the backend's reason when it is refused. */
export async function importImageFile(file: File): Promise<AssetSummary> {
  const { asset } = await getBridge().api['assets.import']({ fileName: file.name || 'pasted-image.png', data: await readFileBytes(file) });
  return asset;
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

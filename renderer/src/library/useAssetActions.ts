/**
 * What the user does to assets (one or many): tags, collections, favourite, trash and back,
 * emptying the trash. Each call reports failures as a toast; the list refreshes itself through
 * `library.changed`.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary, ResultOf } from '../../../core/api';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';
import { useToast } from '../shared/toastContext';

export type InUse = ResultOf<'assets.delete'>['inUse'];

/** Bulk calls take at most 10,000 ids (core/api/assetArgs.ts). */
const ID_CHUNK = 10_000;

async function inChunks(ids: readonly string[], call: (chunk: string[]) => Promise<unknown>): Promise<void> {
  for (let at = 0; at < ids.length; at += ID_CHUNK) await call(ids.slice(at, at + ID_CHUNK));
}

export interface PendingDelete {
  ids: string[];
  inUse: InUse;
}

export function assetName(asset: Pick<AssetSummary, 'name' | 'fileName'>): string {
  return asset.name ?? asset.fileName;
}

export function useAssetActions(afterDelete: (ids: string[]) => void) {
  const { t } = useTranslation();
  const toast = useToast();
  const api = getBridge().api;
  const [pendingDelete, setPendingDelete] = useState<PendingDelete | null>(null);

  const guard = useCallback(
    async (failure: string, run: () => Promise<void>) => {
      try {
        await run();
      } catch (error) {
        toast.error(failure, errorMessage(error));
      }
    },
    [toast],
  );

  const restore = useCallback(
    (ids: string[]) =>
      guard(t('library.restoreFailed'), async () => {
        await inChunks(ids, (chunk) => api['assets.restore']({ ids: chunk }));
        toast.show({ message: t('library.restored', { count: ids.length }), kind: 'success' });
      }),
    [api, guard, t, toast],
  );

  const trash = useCallback(
    async (ids: string[], force: boolean) => {
      let trashed = 0;
      let inUse: InUse = [];
      for (let at = 0; at < ids.length; at += ID_CHUNK) {
        const result = await api['assets.delete']({ ids: ids.slice(at, at + ID_CHUNK), force });
        trashed += result.trashed.length;
        inUse = inUse.concat(result.inUse);
      }
      if (inUse.length > 0 && !force) {
        setPendingDelete({ ids, inUse });
        return;
      }
      setPendingDelete(null);
      afterDelete(ids);
      toast.show({
        message: t('library.trashed', { count: trashed }),
        kind: 'success',
        action: { label: t('common.undo'), onClick: () => void restore(ids) },
      });
    },
    [afterDelete, api, restore, t, toast],
  );

  return useMemo(
    () => ({
      pendingDelete,
      cancelDelete: () => setPendingDelete(null),
      /** To the trash; assets some design uses open the "used in" dialog first. */
      remove: (ids: string[], force = false) => guard(t('library.deleteFailed'), () => trash(ids, force)),
      restore,
      tag: (ids: string[], add: string[], remove: string[] = []) =>
        guard(t('library.tagFailed'), () => inChunks(ids, (chunk) => api['assets.tag']({ ids: chunk, add, remove }))),
      setCollections: (ids: string[], add: string[], remove: string[] = []) =>
        guard(t('library.collectionFailed'), () => inChunks(ids, (chunk) => api['assets.setCollections']({ ids: chunk, add, remove }))),
      setFavourite: (ids: string[], favourite: boolean) =>
        guard(t('library.updateFailed'), () => inChunks(ids, (chunk) => api['assets.setFavourite']({ ids: chunk, favourite }))),
      emptyTrash: async () => {
        const result = await api['assets.emptyTrash']({});
        return result;
      },
    }),
    [api, guard, pendingDelete, restore, t, trash],
  );
}

export type AssetActions = ReturnType<typeof useAssetActions>;

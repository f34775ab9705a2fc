/** What the user can do to a design from the home screen; every failure becomes a toast. */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignSummary } from '../../../core/api';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';
import { downloadStaged, stageFile } from '../bridge/files';
import { startJob } from '../jobs/jobStore';
import { isCancelled } from '../shared/errors';
import { useToast } from '../shared/toastContext';

export function useDesignActions(refresh: () => Promise<void>, openDesign: (id: string) => void, openPost?: (id: string) => void) {
  const { t } = useTranslation();
  const toast = useToast();

  const attempt = useCallback(
    async (failure: string, action: () => Promise<void>) => {
      try {
        await action();
      } catch (e) {
        toast.error(failure, errorMessage(e));
      } finally {
        await refresh();
      }
    },
    [toast, refresh],
  );

  const restore = useCallback(
    (design: Pick<DesignSummary, 'id' | 'name'>) =>
      attempt(t('home.restoreFailed'), async () => {
        await getBridge().api['designs.restore']({ id: design.id });
        toast.show({ kind: 'success', message: t('home.restored', { name: design.name }) });
      }),
    [attempt, t, toast],
  );

  return useMemo(
    () => ({
      rename: (design: DesignSummary, name: string) => {
        const clean = name.trim();
        if (!clean || clean === design.name) return Promise.resolve();
        return attempt(t('home.renameFailed'), async () => {
          await getBridge().api['designs.rename']({ id: design.id, name: clean.slice(0, 200) });
        });
      },
      duplicate: (design: DesignSummary) =>
        attempt(t('home.duplicateFailed'), async () => {
          const copy = await getBridge().api['designs.duplicate']({ id: design.id });
          toast.show({ kind: 'success', message: t('home.duplicated', { name: copy.name }) });
        }),
      remove: (design: DesignSummary) =>
        attempt(t('home.deleteFailed'), async () => {
          await getBridge().api['designs.delete']({ id: design.id });
          toast.show({
            message: t('home.movedToTrash', { name: design.name }),
            action: { label: t('common.undo'), onClick: () => void restore(design) },
          });
        }),
      restore,
      /** "Plan a post" with this design, then its post editor. */
      planPost: (design: DesignSummary) =>
        attempt(t('postEditor.planFailed'), async () => {
          const { planPost } = await import('../posts/planPost');
          const postId = await planPost(design.id);
          openPost?.(postId);
        }),
      emptyTrash: async () => {
        // The confirm dialog shows this failure itself.
        const { removed } = await getBridge().api['designs.emptyTrash']({});
        await refresh();
        toast.show({ kind: 'success', message: t('trash.emptied', { count: removed }) });
      },
      exportFile: (design: DesignSummary) =>
        attempt(t('home.exportFileFailed'), async () => {
          try {
            const { result } = await startJob('designs.exportPortable', { id: design.id });
            downloadStaged(result.downloadId, result.fileName);
          } catch (error) {
            if (!isCancelled(error)) throw error;
          }
        }),
      importFile: (file: File) =>
        attempt(t('home.openFileFailed', { name: file.name }), async () => {
          const summary = await getBridge().api['designs.importPortable']({ fileName: file.name, source: await stageFile(file) });
          toast.show({
            kind: 'success',
            message: t('home.opened', { name: summary.name }),
            action: { label: t('common.open'), onClick: () => openDesign(summary.id) },
          });
        }),
    }),
    [attempt, restore, t, toast, openDesign, openPost],
  );
}

export type DesignActions = ReturnType<typeof useDesignActions>;

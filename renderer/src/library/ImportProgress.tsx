/** Bottom-right card while files are imported: a bar, the counts so far, Cancel. */
import { useTranslation } from 'react-i18next';
import type { ImportProgress as Progress } from './importQueue';

export function ImportProgress({ progress, cancelling, onCancel }: { progress: Progress; cancelling: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  const percent = progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
  return (
    <section className="lib-import" aria-label={t('library.importing')} data-testid="import-progress" data-done={progress.done} data-total={progress.total}>
      <div className="lib-import-head">
        <p className="lib-import-title" role="status">
          {cancelling ? t('library.importCancelling') : t('library.importProgress', { done: progress.done, total: progress.total })}
        </p>
        <button type="button" className="btn btn-secondary btn-small" onClick={onCancel} disabled={cancelling} data-testid="import-cancel">
          {t('common.cancel')}
        </button>
      </div>
      <div className="lib-import-bar" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} aria-label={t('library.importing')}>
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="lib-import-counts">
        <span>{t('library.countImported', { count: progress.imported })}</span>
        {progress.duplicates > 0 && <span>{t('library.countDuplicates', { count: progress.duplicates })}</span>}
        {progress.refused.length > 0 && <span className="lib-import-refused">{t('library.countRefused', { count: progress.refused.length })}</span>}
      </p>
    </section>
  );
}

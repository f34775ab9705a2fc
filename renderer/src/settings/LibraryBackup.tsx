/**
 * Settings > Library backup: the whole library as one .zip (download) and an archive imported
 * back (file input in browser mode; Electron's own open dialog), with a progress line and the
 * import's report (issue 5).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveReport } from '../../../core/api/archiveArgs';
import { archivePickedByHost, exportArchive, importArchive } from '../bridge/archive';
import { ArchiveRefusals } from '../shared/ArchiveRefusals';
import { errorMessage, isCancelled } from '../shared/errors';
import { HiddenFileInput } from '../shared/HiddenFileInput';
import { formatBytes } from '../shared/locale';

type Status = { kind: 'busy'; text: string } | { kind: 'done'; text: string; report?: ArchiveReport } | { kind: 'error'; text: string };

function megabytes(bytes: number): string {
  return formatBytes(bytes);
}

export function LibraryBackup() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const busy = status?.kind === 'busy';

  const runExport = async () => {
    setStatus({ kind: 'busy', text: t('archive.exporting') });
    try {
      const result = await exportArchive('library');
      const { designs, assets, templates = 0 } = result.counts;
      const size = megabytes(result.bytes);
      setStatus({ kind: 'done', text: templates > 0 ? t('archive.exportedWithTemplates', { designs, templates, assets, size }) : t('archive.exported', { designs, assets, size }) });
    } catch (error) {
      if (isCancelled(error)) setStatus({ kind: 'done', text: t('archive.exportCancelled') });
      else setStatus({ kind: 'error', text: `${t('archive.exportFailed')} ${errorMessage(error)}` });
    }
  };

  const runImport = async (file: File | null) => {
    setStatus({ kind: 'busy', text: t('archive.importing') });
    try {
      const report = await importArchive(file, 'merge');
      setStatus({ kind: 'done', text: t('archive.imported', report.totals), report });
    } catch (error) {
      if (isCancelled(error)) setStatus(null);
      else setStatus({ kind: 'error', text: `${t('archive.importFailed')} ${errorMessage(error)}` });
    }
  };

  return (
    <fieldset className="settings-group" disabled={busy} data-testid="library-backup">
      <legend className="field-label">{t('archive.backupTitle')}</legend>
      <p className="choice-hint">{t('archive.backupHint')}</p>
      <div className="settings-actions">
        <button type="button" className="btn btn-secondary" onClick={() => void runExport()} data-testid="archive-export">
          {t('archive.exportLibrary')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => (archivePickedByHost() ? void runImport(null) : input.current?.click())} data-testid="archive-import">
          {t('archive.importLibrary')}
        </button>
        <HiddenFileInput ref={input} accept=".zip,application/zip" testId="archive-import-input" onFile={(file) => void runImport(file)} />
      </div>
      {status && (
        <p className={status.kind === 'error' ? 'inline-error' : 'settings-status'} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="archive-status">
          {status.text}
        </p>
      )}
      {status?.kind === 'done' && <ArchiveRefusals report={status.report} testId="archive-refused" />}
    </fieldset>
  );
}

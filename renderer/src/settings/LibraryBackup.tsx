/**
 * Settings > Library backup: the whole library as one .zip (download) and an archive imported
 * back (file input in browser mode; Electron's own open dialog), with a progress line and the
 * import's report (issue 5).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveReport } from '../../../core/api/archiveArgs';
import { archivePickedByHost, exportArchive, importArchive } from '../bridge/archive';
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
      setStatus({ kind: 'done', text: t('archive.exported', { designs: result.counts.designs, assets: result.counts.assets, size: megabytes(result.bytes) }) });
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

  const refused = status?.kind === 'done' ? (status.report?.items.filter((item) => item.status === 'refused') ?? []) : [];

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
      {refused.length > 0 && (
        <details className="settings-refused">
          <summary>
            {t('archive.refused')} ({refused.length})
          </summary>
          <ul>
            {refused.map((item, i) => (
              <li key={i}>
                {item.name}: {item.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  );
}

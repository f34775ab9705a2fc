/**
 * "Export to a calendar app (.ics)…": the displayed dates' planned publications as one iCalendar
 * file, by the `calendar.exportIcs` job through startJob (the jobs tray shows it): a download in
 * browser mode, the desktop app's save dialog otherwise. No range (board, grid): every planned post.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadStaged } from '../bridge/files';
import { startJob } from '../jobs/jobStore';
import { errorMessage, isCancelled } from '../shared/errors';
import { Icon } from '../shared/Icon';
import { useToast } from '../shared/toastContext';

export function ExportIcsButton({ range }: { range: { from: string; to: string } | null }) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { result } = await startJob('calendar.exportIcs', range ?? {}, {});
      downloadStaged(result.downloadId, result.fileName);
      toast.show({ kind: 'success', message: t('calendar.exportIcsDone', { name: result.fileName, count: result.events }) });
    } catch (e) {
      if (!isCancelled(e)) toast.show({ kind: 'error', message: t('calendar.exportIcsFailed'), detail: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="btn btn-secondary app-header-secondary" title={t('calendar.exportIcsTitle')} disabled={busy} onClick={run} data-testid="calendar-export-ics">
      <Icon name="calendar" size={18} />
      <span className="app-header-label">{t('calendar.exportIcs')}</span>
    </button>
  );
}

/**
 * The bundle dialog (docs/architecture.md, Posts): posts as a ready-to-post bundle. It receives the
 * posts (`postIds`) or a range of days (`from`, `to`) from the screen that opens it (the calendar,
 * a post) and runs the `posts.bundle` job through startJob, so the jobs tray shows it: one zip (a
 * download in browser mode, a save dialog in the desktop app) or a folder (desktop app only), the
 * schedulers' CSVs to add, the media base URL they point under (pre-filled from the editorial
 * line's setting) and the date order of the tools that take either.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobProgress } from '../../../core/api/jobs';
import { SCHEDULER_NAMES } from '../../../core/posts/csv';
import { SCHEDULERS, type Scheduler } from '../../../core/posts/scheduleRows';
import { getBridge } from '../bridge';
import { downloadStaged } from '../bridge/files';
import { startJob } from '../jobs/jobStore';
import { errorMessage, isCancelled, messageText } from '../shared/errors';
import { Icon } from '../shared/Icon';
import { Modal } from '../shared/Modal';
import { useToast } from '../shared/toastContext';
import { OptionCards } from '../export/OptionCards';
import '../export/export.css';
import './bundle.css';

export type BundleSelection = { postIds: string[] } | { from: string; to: string };

export interface BundleDialogProps {
  selection: BundleSelection;
  /** What the selection holds, said by the opener from its posts (core/posts/bundleContents.ts `bundleSummary`). */
  subtitle: string;
  onClose: () => void;
}

type Packaging = 'zip' | 'folder';

export function BundleDialog({ selection, subtitle, onClose }: BundleDialogProps) {
  const { t, i18n } = useTranslation();
  const toast = useToast();
  // A folder is written where the desktop app's dialog says; a browser can only download one file.
  const canWriteFolder = getBridge().transport === 'electron';
  const [packaging, setPackaging] = useState<Packaging>('zip');
  const [csv, setCsv] = useState<Scheduler[]>([]);
  const [mediaBaseUrl, setMediaBaseUrl] = useState('');
  const [dateOrder, setDateOrder] = useState<'dmy' | 'mdy'>(i18n.language === 'en' ? 'mdy' : 'dmy');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const running = useRef<AbortController | null>(null);
  const edited = useRef(false);

  useEffect(() => {
    let live = true;
    getBridge()
      .api['editorial.get']({})
      .then(({ editorial }) => {
        if (live && !edited.current) setMediaBaseUrl(editorial.settings.mediaBaseUrl);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  const toggle = (scheduler: Scheduler) => setCsv((chosen) => (chosen.includes(scheduler) ? chosen.filter((s) => s !== scheduler) : SCHEDULERS.filter((s) => s === scheduler || chosen.includes(s))));
  const choosesDates = csv.includes('hootsuite') || csv.includes('sprout');

  const run = async () => {
    setBusy(true);
    setError(null);
    setProgress(null);
    const controller = new AbortController();
    running.current = controller;
    try {
      const { result } = await startJob(
        'posts.bundle',
        {
          ...selection,
          zip: packaging === 'zip',
          csv,
          mediaBaseUrl: mediaBaseUrl.trim(),
          dateOrder,
          language: i18n.language === 'fr' ? 'fr' : 'en',
        },
        { signal: controller.signal, onProgress: setProgress },
      );
      downloadStaged(result.downloadId, result.fileName);
      const notes = result.notes.map((note) => messageText(note));
      toast.show({ kind: 'success', message: t('bundle.done', { name: result.fileName, count: result.posts }), ...(notes.length > 0 ? { detail: notes.join('\n') } : {}) });
      onClose();
    } catch (e) {
      if (!isCancelled(e)) setError(errorMessage(e));
      setBusy(false);
      setProgress(null);
    } finally {
      running.current = null;
    }
  };

  const percent = progress ? Math.floor(progress.fraction * 100) : 0;

  return (
    <Modal
      title={t('bundle.title')}
      subtitle={subtitle}
      onClose={onClose}
      size="sm"
      testId="bundle-dialog"
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={() => (running.current ? running.current.abort() : onClose())} data-testid="bundle-cancel">
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-primary" onClick={() => void run()} disabled={busy} data-testid="bundle-start">
            <Icon name="download" size={18} />
            {busy ? t('bundle.working') : packaging === 'zip' ? t('bundle.startZip') : t('bundle.startFolder')}
          </button>
        </>
      }
    >
      <OptionCards
        legend={t('bundle.packaging')}
        name="bundle-packaging"
        testId="bundle"
        className="bundle-packaging"
        value={packaging}
        onChange={setPackaging}
        options={(['zip', 'folder'] as const).map((value) => {
          const disabled = value === 'folder' && !canWriteFolder;
          return { value, name: t(`bundle.${value}`), hint: disabled ? t('bundle.folderDesktopOnly') : t(`bundle.${value}Hint`), disabled };
        })}
      />
      <fieldset className="export-group">
        <legend className="field-label">{t('bundle.csv')}</legend>
        <p className="bundle-hint">{t('bundle.csvHint')}</p>
        <div className="bundle-schedulers">
          {SCHEDULERS.map((scheduler) => (
            <label key={scheduler} className="bundle-scheduler" data-testid={`bundle-csv-${scheduler}`}>
              <input type="checkbox" checked={csv.includes(scheduler)} onChange={() => toggle(scheduler)} />
              <span>{scheduler === 'affiche' ? t('bundle.afficheCsv') : SCHEDULER_NAMES[scheduler]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="export-group">
        <label className="field-label" htmlFor="bundle-media-url">
          {t('bundle.mediaBaseUrl')}
        </label>
        <input
          id="bundle-media-url"
          className="input"
          type="url"
          inputMode="url"
          placeholder="https://"
          value={mediaBaseUrl}
          onChange={(e) => {
            edited.current = true;
            setMediaBaseUrl(e.target.value);
          }}
          data-testid="bundle-media-url"
        />
        <p className="bundle-hint">{t('bundle.mediaBaseUrlHint')}</p>
      </div>
      <fieldset className="export-group" disabled={!choosesDates}>
        <legend className="field-label">{t('bundle.dateOrder')}</legend>
        <div className="bundle-date-order" role="radiogroup" aria-label={t('bundle.dateOrder')}>
          {(['dmy', 'mdy'] as const).map((value) => (
            <label key={value} className="bundle-scheduler" data-testid={`bundle-date-${value}`}>
              <input type="radio" name="bundle-date-order" value={value} checked={dateOrder === value} onChange={() => setDateOrder(value)} />
              <span>{t(`bundle.${value}`)}</span>
            </label>
          ))}
        </div>
        <p className="bundle-hint">{choosesDates ? t('bundle.dateOrderHint') : t('bundle.dateOrderUnused')}</p>
      </fieldset>
      {busy && (
        <div className="export-progress" data-testid="bundle-progress">
          <div className="job-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('bundle.working')}>
            <span style={{ width: `${Math.max(2, percent)}%` }} />
          </div>
          <span className="export-progress-stage">{progress?.stage ? messageText(progress.stage) : t('bundle.working')}</span>
        </div>
      )}
      {error && (
        <p className="inline-error" role="alert" data-testid="bundle-error">
          {t('bundle.failed', { message: error })}
        </p>
      )}
    </Modal>
  );
}

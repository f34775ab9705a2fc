/**
 * The jobs tray (docs/architecture.md, "Jobs"): every export, archive and later video or bundle
 * job the backend runs, on every screen, with its progress, what it is doing, the time left, a
 * cancel button, and once finished what to do with the result (download it, show it in its
 * folder, open the library) or why it failed. It follows the backend's jobs, so a reloaded page
 * finds them again.
 */
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { JobSummary } from '../../../core/api';
import type { Message } from '../../../core/messages';
import { downloadStaged, wasDownloaded } from '../bridge/files';
import { getBridge } from '../bridge';
import { errorMessage, messageText } from '../shared/errors';
import { Icon } from '../shared/Icon';
import { jobStore } from './jobStore';
import './jobs.css';

function useJobs(): JobSummary[] {
  return useSyncExternalStore(jobStore.subscribe, jobStore.getSnapshot);
}

/** What a finished job's result offers: a staged file to download, or where it was written. */
function resultOf(job: JobSummary): { downloadId?: string; fileName?: string; summary?: Message } {
  const result = job.result as { downloadId?: unknown; fileName?: unknown; animated?: { summary?: Message } } | undefined;
  return {
    ...(typeof result?.downloadId === 'string' ? { downloadId: result.downloadId } : {}),
    ...(typeof result?.fileName === 'string' ? { fileName: result.fileName } : {}),
    // A GIF or WebP says what it was made at: "GIF 480 px, 12 fps, 9.8 MB of 15 MB".
    ...(result?.animated?.summary ? { summary: result.animated.summary } : {}),
  };
}

function JobRow({ job }: { job: JobSummary }) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [, setTick] = useState(0);
  const percent = Math.floor(job.fraction * 100);
  const { downloadId, fileName, summary } = resultOf(job);
  const electron = getBridge().transport === 'electron';
  const act = (run: () => Promise<unknown>) => void run().catch((error: unknown) => setProblem(errorMessage(error)));

  let detail: string;
  if (job.status === 'running') detail = job.stage ? messageText(job.stage) : t('jobs.starting');
  else if (job.status === 'done') detail = (fileName ? t('jobs.doneFile', { name: fileName }) : t('jobs.done')) + (summary ? ` · ${messageText(summary)}` : '');
  else if (job.status === 'cancelled') detail = t('jobs.cancelled');
  else detail = job.error ? messageText({ key: job.error.key, params: job.error.params as never }) : t('jobs.failed');

  return (
    <li className={`job job-${job.status}`} data-testid="job" data-job-status={job.status} data-job-type={job.type}>
      <div className="job-head">
        <span className="job-icon" aria-hidden="true">
          <Icon name={job.status === 'done' ? 'check' : job.status === 'failed' ? 'alert' : job.status === 'cancelled' ? 'close' : job.type.startsWith('library.import') ? 'upload' : 'download'} size={16} />
        </span>
        <span className="job-title">{messageText(job.title)}</span>
        {job.status === 'running' ? (
          <button type="button" className="btn btn-ghost btn-small" onClick={() => act(() => jobStore.cancel(job.id))} data-testid="job-cancel">
            {t('common.cancel')}
          </button>
        ) : (
          <button type="button" className="icon-btn job-dismiss" aria-label={t('jobs.dismiss')} title={t('jobs.dismiss')} onClick={() => act(() => jobStore.dismiss(job.id))} data-testid="job-dismiss">
            <Icon name="close" size={16} />
          </button>
        )}
      </div>
      {job.status === 'running' && (
        <div className="job-progress" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={messageText(job.title)}>
          <span style={{ width: `${Math.max(2, percent)}%` }} />
        </div>
      )}
      <div className="job-detail">
        <span className="job-stage" title={detail}>
          {detail}
        </span>
        {job.status === 'running' && (
          <span className="job-numbers">
            {t('jobs.percent', { percent })}
            {job.etaMs !== undefined && ` · ${job.etaMs < 60_000 ? t('jobs.etaSeconds', { count: Math.max(1, Math.round(job.etaMs / 1000)) }) : t('jobs.etaMinutes', { count: Math.round(job.etaMs / 60_000) })}`}
          </span>
        )}
      </div>
      {job.status === 'done' && (
        <div className="job-actions">
          {downloadId && fileName && !wasDownloaded(downloadId) && (
            <button type="button" className="btn btn-secondary btn-small" onClick={() => (downloadStaged(downloadId, fileName), setTick((n) => n + 1))} data-testid="job-download">
              <Icon name="download" size={16} />
              {t('jobs.download')}
            </button>
          )}
          {electron && !downloadId && fileName && (
            <button type="button" className="btn btn-secondary btn-small" onClick={() => act(() => getBridge().api['jobs.reveal']({ id: job.id }))} data-testid="job-reveal">
              <Icon name="folder" size={16} />
              {t('jobs.reveal')}
            </button>
          )}
          {job.type === 'library.importArchive' && (
            <a className="btn btn-secondary btn-small" href="#/library" data-testid="job-open-library">
              {t('jobs.openLibrary')}
            </a>
          )}
        </div>
      )}
      {problem && (
        <p className="inline-error" role="alert">
          {problem}
        </p>
      )}
    </li>
  );
}

export function JobsTray() {
  const { t } = useTranslation();
  const jobs = useJobs();
  const [collapsed, setCollapsed] = useState(false);
  if (jobs.length === 0) return null;
  const running = jobs.filter((job) => job.status === 'running').length;
  return (
    <section className={`jobs-tray ${collapsed ? 'jobs-tray-collapsed' : ''}`} aria-label={t('jobs.title')} data-testid="jobs-tray">
      <header className="jobs-tray-head">
        <h2>{running > 0 ? t('jobs.running', { count: running }) : t('jobs.title')}</h2>
        <button type="button" className="icon-btn" aria-expanded={!collapsed} aria-label={collapsed ? t('jobs.expand') : t('jobs.collapse')} title={collapsed ? t('jobs.expand') : t('jobs.collapse')} onClick={() => setCollapsed((c) => !c)}>
          <Icon name="chevronDown" size={16} className={collapsed ? 'jobs-chevron-up' : undefined} />
        </button>
      </header>
      {!collapsed && (
        <ul className="jobs-list" aria-live="polite">
          {[...jobs].reverse().map((job) => (
            <JobRow key={job.id} job={job} />
          ))}
        </ul>
      )}
    </section>
  );
}

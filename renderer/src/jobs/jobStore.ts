/**
 * The jobs the backend is running or has just finished, as the tray shows them
 * (docs/architecture.md, "Jobs"). Jobs live in the backend: on start (and after a reload) the
 * store asks `jobs.list`, then follows `job.progress` and `job.done`. React reads it with
 * useSyncExternalStore; `startJob` is how any screen starts one.
 */
import { runJob, type JobOutcome, type RunJobOptions } from '../../../core/api/jobClient';
import type { JobArgsOf, JobSummary, JobType } from '../../../core/api/jobs';
import { getBridge } from '../bridge';

type Listener = () => void;

class JobStore {
  private jobs = new Map<string, JobSummary>();
  private snapshot: JobSummary[] = [];
  private readonly listeners = new Set<Listener>();
  private started = false;

  private publish(): void {
    this.snapshot = [...this.jobs.values()].sort((a, b) => a.startedAt.localeCompare(b.startedAt));
    for (const listener of [...this.listeners]) listener();
  }

  private ensureStarted(): void {
    if (this.started) return;
    this.started = true;
    const bridge = getBridge();
    bridge.events['job.progress']((progress) => {
      const known = this.jobs.get(progress.id);
      // A job started elsewhere (another window, the first event after a reload): fetch it whole.
      if (!known) return void this.refresh(progress.id);
      if (known.status !== 'running') return;
      this.jobs.set(progress.id, { ...known, ...progress, ...(progress.etaMs === undefined ? { etaMs: undefined } : {}) });
      this.publish();
    });
    bridge.events['job.done']((job) => {
      this.jobs.set(job.id, job);
      this.publish();
    });
    void bridge.api['jobs.list']({}).then(({ jobs }) => {
      for (const job of jobs) this.put(job);
      this.publish();
    }, () => undefined);
  }

  /** A state never replaces a finished one: a stale "running" answer can arrive after `job.done`. */
  private put(job: JobSummary): void {
    const known = this.jobs.get(job.id);
    if (known && known.status !== 'running' && job.status === 'running') return;
    this.jobs.set(job.id, job);
  }

  private async refresh(id: string): Promise<void> {
    try {
      const { job } = await getBridge().api['jobs.get']({ id });
      this.put(job);
      this.publish();
    } catch {
      // dismissed or forgotten meanwhile
    }
  }

  subscribe = (listener: Listener): (() => void) => {
    this.ensureStarted();
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): JobSummary[] => this.snapshot;

  /** A job this window started: shown at once, before its first event. */
  add(job: JobSummary): void {
    this.ensureStarted();
    this.put(job);
    this.publish();
  }

  async cancel(id: string): Promise<void> {
    await getBridge().api['jobs.cancel']({ id });
  }

  async dismiss(id: string): Promise<void> {
    this.jobs.delete(id);
    this.publish();
    await getBridge().api['jobs.dismiss']({ id }).catch(() => undefined);
  }
}

export const jobStore = new JobStore();

/** Starts a job and follows it to its end (the tray shows it meanwhile); rejects when it fails or is cancelled. */
export function startJob<T extends JobType>(type: T, args: JobArgsOf<T>, options: RunJobOptions = {}): Promise<JobOutcome<T>> {
  return runJob(getBridge(), type, args, {
    ...options,
    onStart: (job) => {
      jobStore.add(job);
      options.onStart?.(job);
    },
  });
}

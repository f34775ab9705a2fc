/**
 * Runs a job from any client (the renderer over its bridge, the command line in process): starts
 * it, follows its `job.progress` events, and settles with its result when `job.done` arrives
 * (docs/architecture.md, "Jobs"). An abort signal cancels it. A job that fails rejects with an
 * AfficheCallError carrying the backend's message; a cancelled one with the code 'cancelled'.
 *
 * Events are listened to before the job starts (a quick job may end before `jobs.start` answers),
 * and the job's state is asked for when no event came for a while (a dropped event stream).
 */
import type { AfficheApi, AfficheEvents } from './contract';
import type { JobArgsOf, JobProgress, JobResultOf, JobSummary, JobType } from './jobs';
import { AfficheCallError, type ErrorCode } from './names';

/** The part of AbortSignal this needs (core has no DOM or Node types). */
export interface AbortLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface RunJobOptions {
  onProgress?: (progress: JobProgress) => void;
  /** Called once the job exists (its id, for a tray or a Ctrl+C handler). */
  onStart?: (job: JobSummary) => void;
  signal?: AbortLike;
  /** Ask for the job's state after this long without an event (default 5 s). */
  pollMs?: number;
}

export interface JobOutcome<T extends JobType> {
  job: JobSummary;
  result: JobResultOf<T>;
}

export function jobError(job: JobSummary): AfficheCallError {
  if (job.status === 'cancelled') return new AfficheCallError('cancelled', 'Cancelled.', { key: 'job.cancelled' });
  const error = job.error;
  if (!error) return new AfficheCallError('internal', 'The job failed.', { key: 'call.internal', params: { method: job.type, detail: '' } });
  return new AfficheCallError(error.code as ErrorCode, error.message, { key: error.key, params: error.params });
}

export function runJob<T extends JobType>(
  client: { api: Pick<AfficheApi, 'jobs.start' | 'jobs.get' | 'jobs.cancel'>; events: Pick<AfficheEvents, 'job.progress' | 'job.done'> },
  type: T,
  args: JobArgsOf<T>,
  options: RunJobOptions = {},
): Promise<JobOutcome<T>> {
  return new Promise((resolve, reject) => {
    let id: string | null = null;
    let settled = false;
    const early: Array<{ kind: 'progress'; payload: JobProgress } | { kind: 'done'; payload: JobSummary }> = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pollMs = options.pollMs ?? 5000;

    const finish = (job: JobSummary) => {
      if (settled) return;
      settled = true;
      cleanup();
      if (job.status === 'done') resolve({ job, result: job.result as JobResultOf<T> });
      else reject(jobError(job));
    };
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      cleanup();
      reject(error);
    };
    const poll = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        if (!id || settled) return;
        client.api['jobs.get']({ id })
          .then(({ job }) => (job.status === 'running' ? poll() : finish(job)))
          .catch(fail);
      }, pollMs);
    };
    const onProgress = (payload: JobProgress) => {
      if (id === null) return void early.push({ kind: 'progress', payload });
      if (payload.id !== id || settled) return;
      poll();
      options.onProgress?.(payload);
    };
    const onDone = (payload: JobSummary) => {
      if (id === null) return void early.push({ kind: 'done', payload });
      if (payload.id === id) finish(payload);
    };
    const stopProgress = client.events['job.progress'](onProgress);
    const stopDone = client.events['job.done'](onDone);
    const onAbort = () => {
      if (id) client.api['jobs.cancel']({ id }).catch(() => undefined);
    };
    options.signal?.addEventListener('abort', onAbort);
    function cleanup() {
      if (timer) clearTimeout(timer);
      stopProgress();
      stopDone();
      options.signal?.removeEventListener('abort', onAbort);
    }

    client.api['jobs.start']({ type, args } as never)
      .then(({ job }) => {
        id = job.id;
        options.onStart?.(job);
        for (const event of early.splice(0)) {
          if (event.payload.id !== id) continue;
          if (event.kind === 'progress') options.onProgress?.(event.payload);
          else return finish(event.payload);
        }
        if (job.status !== 'running') return finish(job);
        if (options.signal?.aborted) onAbort();
        poll();
      })
      .catch(fail);
  });
}

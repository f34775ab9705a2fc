/**
 * The job runner (docs/architecture.md, "Jobs"): long work started by `jobs.start`, reported by
 * `job.progress` events and finished by one `job.done`, cancelled through an AbortSignal.
 *
 * What it guarantees, whatever the handler does:
 * - progress never goes back, stays below 1 while running, and reaches 1 exactly once, in the last
 *   `job.progress` of a job that succeeded (EXP-04); at least one event a second while running;
 * - the files a handler writes through `ctx.outputs` are renamed into place only when it succeeded
 *   and was not cancelled, and removed otherwise (EXP-01, EXP-08);
 * - a cancelled job ends `cancelled`, never `failed`, whatever the handler threw;
 * - `close()` cancels every running job and waits for each to clean up.
 */
import { randomBytes } from 'node:crypto';
import type { ApiError, JobProgress, JobStatus, JobSummary, JobType } from '../../../core/api';
import { msg, type Message } from '../../../core/messages';
import { errorOutcome } from '../dispatcher';
import { UserError } from '../errors';
import type { Journal } from '../staging/journal';
import { OutputSet } from '../staging/outputs';

export interface JobProgressUpdate {
  /** 0..1 of the whole job; values below the last one are ignored. */
  fraction?: number;
  stage?: Message;
}

export interface JobContext {
  readonly signal: AbortSignal;
  progress(update: JobProgressUpdate): void;
  /** Throws when the job was cancelled: call it between steps. */
  throwIfCancelled(): void;
  /** Files written beside their destinations, renamed into place when the job succeeds. */
  readonly outputs: OutputSet;
  /** Called when the job ends, whatever the outcome, after outputs are committed or removed. */
  onFinish(cleanup: (status: JobStatus) => Promise<void> | void): void;
  /** Ends the job as cancelled (the user closed a save dialog): fires the signal and throws. */
  cancel(): never;
}

export interface JobDefinition<R> {
  type: JobType;
  title: Message;
  run(ctx: JobContext): Promise<R>;
}

export interface RunnerOptions {
  journal: Journal;
  emit(name: 'job.progress' | 'job.done', payload: JobProgress | JobSummary): void;
  now?: () => number;
  /** Finished jobs stay listed this long unless dismissed (a reloaded page shows what just ended). */
  keepFinishedMs?: number;
  /** At most this many finished jobs are kept. */
  keepFinished?: number;
  /** Quietest interval between two progress events of one job (a stage change is sent at once). */
  throttleMs?: number;
  /** While running, a job's state is sent at least this often (with a fresh ETA). */
  heartbeatMs?: number;
  logError?: (type: string, error: unknown) => void;
}

interface Running {
  summary: JobSummary;
  controller: AbortController;
  settled: Promise<void>;
  lastSent: number;
  sentFraction: number;
  sentStage: string | undefined;
  heartbeat?: NodeJS.Timeout;
  /** The files it wrote, for "show in folder". */
  paths: string[];
}

const MIN_ETA_FRACTION = 0.02;
const MIN_ETA_ELAPSED_MS = 1000;

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

export class JobRunner {
  private readonly jobs = new Map<string, Running>();
  private readonly now: () => number;
  private closing = false;

  constructor(private readonly options: RunnerOptions) {
    this.now = options.now ?? Date.now;
  }

  start<R>(definition: JobDefinition<R>): JobSummary {
    if (this.closing) throw new UserError('forbidden', msg('job.interrupted'));
    this.prune();
    const id = `j${randomBytes(8).toString('hex')}`;
    const startedAt = this.now();
    const controller = new AbortController();
    const summary: JobSummary = { id, type: definition.type, status: 'running', title: definition.title, fraction: 0, startedAt: new Date(startedAt).toISOString() };
    const job: Running = { summary, controller, settled: Promise.resolve(), lastSent: 0, sentFraction: 0, sentStage: undefined, paths: [] };
    this.jobs.set(id, job);
    const outputs = new OutputSet(this.options.journal);
    const cleanups: Array<(status: JobStatus) => Promise<void> | void> = [];
    const ctx: JobContext = {
      signal: controller.signal,
      outputs,
      progress: (update) => this.progress(job, update, startedAt),
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new CancelledError();
      },
      onFinish: (cleanup) => void cleanups.push(cleanup),
      cancel: () => {
        controller.abort(new CancelledError());
        throw new CancelledError();
      },
    };
    this.send(job, true);
    job.heartbeat = setInterval(() => this.send(job, true, startedAt), this.options.heartbeatMs ?? 1000);
    job.heartbeat.unref?.();
    job.settled = this.execute(job, definition, ctx, outputs, cleanups);
    return { ...summary };
  }

  private async execute<R>(job: Running, definition: JobDefinition<R>, ctx: JobContext, outputs: OutputSet, cleanups: Array<(status: JobStatus) => Promise<void> | void>): Promise<void> {
    let status: JobStatus;
    let result: R | undefined;
    let error: ApiError | undefined;
    try {
      // Let `start` answer before the work begins (a fast job's events then follow its start).
      await new Promise<void>((resolve) => setImmediate(resolve));
      ctx.throwIfCancelled();
      result = await definition.run(ctx);
      ctx.throwIfCancelled();
      await outputs.commit();
      job.paths = outputs.finalPaths;
      status = 'done';
    } catch (caught) {
      await outputs.abort().catch((cleanupError: unknown) => this.logError(definition.type, cleanupError));
      if (job.controller.signal.aborted) status = 'cancelled';
      else {
        status = 'failed';
        error = errorOutcome(caught, definition.type, (type, e) => this.logError(type, e));
      }
    }
    for (const cleanup of cleanups) {
      try {
        await cleanup(status);
      } catch (cleanupError) {
        this.logError(definition.type, cleanupError);
      }
    }
    clearInterval(job.heartbeat);
    const summary = job.summary;
    summary.status = status;
    summary.finishedAt = new Date(this.now()).toISOString();
    delete summary.etaMs;
    if (status === 'done') {
      summary.fraction = 1;
      summary.result = result;
      delete summary.stage;
      this.emitProgress(job);
    }
    if (status === 'cancelled') summary.stage = msg('job.cancelled');
    if (error) summary.error = error;
    this.options.emit('job.done', { ...summary });
  }

  private logError(type: string, error: unknown): void {
    (this.options.logError ?? ((t, e) => console.error(`[affiche] job ${t} failed:`, e)))(type, error);
  }

  private progress(job: Running, update: JobProgressUpdate, startedAt: number): void {
    const summary = job.summary;
    if (summary.status !== 'running' || job.controller.signal.aborted) return;
    const fraction = update.fraction;
    // Below 1 until the job has really ended: 1 is the runner's to send, once.
    if (typeof fraction === 'number' && Number.isFinite(fraction)) summary.fraction = Math.max(summary.fraction, Math.min(0.999, Math.max(0, fraction)));
    if (update.stage) summary.stage = update.stage;
    this.send(job, false, startedAt);
  }

  private send(job: Running, force: boolean, startedAt?: number): void {
    const summary = job.summary;
    if (summary.status !== 'running') return;
    const now = this.now();
    if (startedAt !== undefined) {
      const elapsed = now - startedAt;
      if (summary.fraction >= MIN_ETA_FRACTION && elapsed >= MIN_ETA_ELAPSED_MS) {
        summary.etaMs = Math.round((elapsed * (1 - summary.fraction)) / summary.fraction);
      }
    }
    const stageKey = summary.stage ? JSON.stringify(summary.stage) : undefined;
    const stageChanged = stageKey !== job.sentStage;
    const throttle = this.options.throttleMs ?? 100;
    if (!force && !stageChanged && (now - job.lastSent < throttle || summary.fraction === job.sentFraction)) return;
    job.lastSent = now;
    job.sentFraction = summary.fraction;
    job.sentStage = stageKey;
    this.emitProgress(job);
  }

  private emitProgress(job: Running): void {
    const { id, type, fraction, stage, etaMs } = job.summary;
    this.options.emit('job.progress', { id, type, fraction, ...(stage ? { stage } : {}), ...(etaMs !== undefined ? { etaMs } : {}) });
  }

  get(id: string): JobSummary {
    const job = this.jobs.get(id);
    if (!job) throw new UserError('not-found', msg('job.notFound'));
    return { ...job.summary };
  }

  /** Running jobs and the finished ones still kept, oldest first. */
  list(): JobSummary[] {
    this.prune();
    return [...this.jobs.values()].map((job) => ({ ...job.summary }));
  }

  /** Fires the job's AbortSignal; the job ends `cancelled` once its handler has stopped. */
  cancel(id: string): JobSummary {
    const job = this.jobs.get(id);
    if (!job) throw new UserError('not-found', msg('job.notFound'));
    if (job.summary.status === 'running') job.controller.abort(new CancelledError());
    return { ...job.summary };
  }

  dismiss(id: string): void {
    const job = this.jobs.get(id);
    if (!job) return;
    if (job.summary.status === 'running') throw new UserError('invalid-args', msg('job.stillRunning'));
    this.jobs.delete(id);
  }

  /** Waits until job `id` has ended (tests, the command line). */
  async settled(id: string): Promise<JobSummary> {
    const job = this.jobs.get(id);
    if (!job) throw new UserError('not-found', msg('job.notFound'));
    await job.settled;
    return { ...job.summary };
  }

  /** The files a finished job wrote where the user wanted them. */
  writtenPaths(id: string): string[] {
    return [...(this.jobs.get(id)?.paths ?? [])];
  }

  get runningCount(): number {
    return [...this.jobs.values()].filter((job) => job.summary.status === 'running').length;
  }

  private prune(): void {
    const keepMs = this.options.keepFinishedMs ?? 30 * 60_000;
    const keep = this.options.keepFinished ?? 50;
    const finished = [...this.jobs.values()].filter((job) => job.summary.status !== 'running');
    const limit = this.now() - keepMs;
    finished.forEach((job, index) => {
      const ended = Date.parse(job.summary.finishedAt ?? job.summary.startedAt);
      if (ended < limit || index < finished.length - keep) this.jobs.delete(job.summary.id);
    });
  }

  /** Cancels every running job and waits for each to clean up (quitting, stopping the server). */
  async close(): Promise<void> {
    this.closing = true;
    for (const job of this.jobs.values()) if (job.summary.status === 'running') job.controller.abort(new CancelledError());
    await Promise.all([...this.jobs.values()].map((job) => job.settled));
  }
}

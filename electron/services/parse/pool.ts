/**
 * Worker threads for untrusted documents (docs/architecture.md, "Data"): SVG sanitising, design
 * JSON from imported files and archives, archive indexes and manifests. A task runs on a thread of
 * its own with a time limit and a heap limit, so a pathological file can neither freeze the thread
 * that answers calls nor take the app down: past its limit the thread is ended and the task is
 * refused with that reason (./index.ts says it in the user's words).
 *
 * Threads are made on demand (at most `maxWorkers`; tasks beyond wait their turn), kept for the
 * next task, ended after a while unused, and never keep the process alive while idle.
 */
import { Worker } from 'node:worker_threads';
import type { TaskRequest } from './worker';
import type { ParseTask, TaskFailure } from './tasks';

/** Why a task ended without an answer. */
export type AbortReason = 'timeout' | 'memory' | 'crash';

export class ParseAborted extends Error {
  constructor(
    readonly reason: AbortReason,
    readonly limit: number,
    cause?: unknown,
  ) {
    super(`parse task ended: ${reason}`, { cause });
    this.name = 'ParseAborted';
  }
}

/** A task refused by the worker: the refusal as data (./tasks.ts). */
export class ParseRefused extends Error {
  constructor(readonly failure: TaskFailure) {
    super(failure.kind === 'internal' ? failure.message : 'refused');
    this.name = 'ParseRefused';
  }
}

export interface PoolOptions {
  maxWorkers: number;
  /** V8 heap of each thread (old generation), in MB. */
  heapMb: number;
  /** A thread unused this long is ended. */
  idleMs: number;
}

const DEFAULTS: PoolOptions = { maxWorkers: 2, heapMb: 1536, idleMs: 30_000 };

/**
 * The worker's script. From the TypeScript sources (this module is a .ts file: tsx, vitest), a
 * small loader registers tsx in the thread first; in the Electron build this module is part of
 * out/main/index.js and the worker is the parseWorker.js bundled next to it.
 */
function workerScript(): { url: URL; workerData?: { entry: string } } {
  const here = import.meta.url;
  if (/\.ts$/.test(new URL(here).pathname)) {
    // Names in variables: a bundler must not take these for assets to copy.
    const loader = './bootstrap.mjs';
    const entry = './worker.ts';
    return { url: new URL(loader, here), workerData: { entry: new URL(entry, here).href } };
  }
  const bundled = './parseWorker.js';
  return { url: new URL(bundled, here) };
}

interface Pending {
  id: number;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
  timer?: ReturnType<typeof setTimeout>;
  timeoutMs: number;
}

/** One thread, one task at a time. */
class ParseThread {
  private readonly worker: Worker;
  private readonly ready: Promise<void>;
  private current: Pending | null = null;
  private nextId = 1;
  dead = false;
  idleTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly options: PoolOptions) {
    const script = workerScript();
    this.worker = new Worker(script.url, {
      workerData: script.workerData,
      resourceLimits: { maxOldGenerationSizeMb: options.heapMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
      stdout: false,
      stderr: false,
    });
    this.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: { ready?: boolean }) => {
        if (message?.ready) {
          this.worker.off('message', onMessage);
          this.worker.on('message', (answer) => this.answered(answer as Answer));
          resolve();
        }
      };
      this.worker.on('message', onMessage);
      this.worker.once('error', (error) => {
        reject(error);
        this.ended(error);
      });
      this.worker.once('exit', (code) => {
        const error = new Error(`parse worker exited with code ${code}`);
        reject(error);
        this.ended(error);
      });
    });
    this.ready.catch(() => undefined);
  }

  /** Runs a task; the clock starts once the thread is ready (its start-up is not the document's fault). */
  async run(task: ParseTask, timeoutMs: number): Promise<unknown> {
    this.worker.ref();
    try {
      await this.ready;
    } catch (error) {
      throw new ParseAborted('crash', 0, error);
    }
    return new Promise((resolve, reject) => {
      const pending: Pending = { id: this.nextId++, resolve, reject, timeoutMs };
      this.current = pending;
      pending.timer = setTimeout(() => {
        this.fail(new ParseAborted('timeout', timeoutMs));
        void this.worker.terminate();
      }, timeoutMs);
      const request: TaskRequest = { id: pending.id, task };
      this.worker.postMessage(request);
    }).finally(() => {
      if (!this.dead) this.worker.unref();
    });
  }

  private answered(answer: Answer): void {
    const pending = this.current;
    if (!pending || answer.id !== pending.id) return;
    this.current = null;
    clearTimeout(pending.timer);
    if (answer.ok) pending.resolve(answer.result);
    else pending.reject(new ParseRefused(answer.failure));
  }

  private fail(error: ParseAborted): void {
    const pending = this.current;
    this.dead = true;
    if (!pending) return;
    this.current = null;
    clearTimeout(pending.timer);
    pending.reject(error);
  }

  private ended(error: unknown): void {
    const code = (error as { code?: string }).code;
    const reason: AbortReason = code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash';
    this.fail(new ParseAborted(reason, reason === 'memory' ? this.options.heapMb : 0, error));
  }

  terminate(): Promise<number> {
    this.dead = true;
    return this.worker.terminate();
  }
}

type Answer = { id: number; ok: true; result: unknown } | { id: number; ok: false; failure: TaskFailure };

export class ParsePool {
  private readonly options: PoolOptions;
  private readonly idle: ParseThread[] = [];
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(options: Partial<PoolOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  /**
   * The task's result, or: ParseRefused (the document was refused, with its reason), ParseAborted
   * (it took longer than `timeoutMs`, needed more than the heap limit, or the thread died).
   */
  async run(task: ParseTask, timeoutMs: number): Promise<unknown> {
    while (this.running >= this.options.maxWorkers) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running++;
    const thread = this.takeIdle() ?? new ParseThread(this.options);
    try {
      return await thread.run(task, timeoutMs);
    } finally {
      this.running--;
      if (!thread.dead) this.keep(thread);
      this.waiting.shift()?.();
    }
  }

  private takeIdle(): ParseThread | undefined {
    const thread = this.idle.pop();
    if (thread) clearTimeout(thread.idleTimer);
    return thread;
  }

  private keep(thread: ParseThread): void {
    thread.idleTimer = setTimeout(() => {
      const index = this.idle.indexOf(thread);
      if (index >= 0) this.idle.splice(index, 1);
      void thread.terminate();
    }, this.options.idleMs);
    thread.idleTimer.unref();
    this.idle.push(thread);
  }

  /** Ends the idle threads (tests; a running task keeps its own). */
  async close(): Promise<void> {
    const threads = this.idle.splice(0);
    for (const thread of threads) clearTimeout(thread.idleTimer);
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}

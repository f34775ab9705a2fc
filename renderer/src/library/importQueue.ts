/**
 * Imports many files, at most `concurrency` at a time, with a cancel that stops the files not yet
 * started (the ones in flight finish: their bytes are already on their way). Progress is kept in
 * one mutable record and handed out through `onProgress`, which callers throttle: 1,000 files
 * must not mean 1,000 React renders.
 */
import { errorMessage } from '../shared/errors';

export type ImportOutcome = { status: 'imported'; id: string } | { status: 'duplicate'; id: string } | { status: 'refused'; reason: string };

export interface ImportProgress {
  total: number;
  /** Files finished, whatever the outcome. */
  done: number;
  imported: number;
  duplicates: number;
  refused: Array<{ name: string; reason: string }>;
  /** Ids of the new assets and of the ones that were already there, in the order they finished. */
  importedIds: string[];
  duplicateIds: string[];
  /** Names of the files the last duplicate came from (for "x.png was already in the library"). */
  duplicateNames: string[];
  cancelled: boolean;
  finished: boolean;
}

export interface ImportQueue {
  /** Resolves when every started file has finished (after a cancel too). */
  done: Promise<ImportProgress>;
  cancel(): void;
  progress(): ImportProgress;
}

export function emptyProgress(total = 0): ImportProgress {
  return { total, done: 0, imported: 0, duplicates: 0, refused: [], importedIds: [], duplicateIds: [], duplicateNames: [], cancelled: false, finished: false };
}

export function runImportQueue<F>(
  files: readonly F[],
  importOne: (file: F) => Promise<ImportOutcome>,
  options: { concurrency?: number; nameOf: (file: F) => string; onProgress?: (progress: ImportProgress) => void },
): ImportQueue {
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const progress = emptyProgress(files.length);
  let next = 0;
  let cancelled = false;

  const record = (file: F, outcome: ImportOutcome) => {
    progress.done++;
    if (outcome.status === 'imported') {
      progress.imported++;
      progress.importedIds.push(outcome.id);
    } else if (outcome.status === 'duplicate') {
      progress.duplicates++;
      progress.duplicateIds.push(outcome.id);
      progress.duplicateNames.push(options.nameOf(file));
    } else {
      progress.refused.push({ name: options.nameOf(file), reason: outcome.reason });
    }
    options.onProgress?.(progress);
  };

  const worker = async () => {
    while (!cancelled && next < files.length) {
      const file = files[next++];
      let outcome: ImportOutcome;
      try {
        outcome = await importOne(file);
      } catch (error) {
        // The backend's reason, in the UI's language (a refusal carries a message key).
        outcome = { status: 'refused', reason: errorMessage(error) };
      }
      record(file, outcome);
    }
  };

  const done = Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker)).then(() => {
    progress.finished = true;
    progress.cancelled = cancelled && progress.done < progress.total;
    options.onProgress?.(progress);
    return progress;
  });

  return {
    done,
    cancel() {
      cancelled = true;
    },
    progress: () => progress,
  };
}

/**
 * Calls `fn` at most once per `intervalMs`, always with the latest value, and once more after the
 * burst so the last value is never lost. `flush` delivers a pending value now.
 */
export function throttle<T>(
  fn: (value: T) => void,
  intervalMs: number,
  timers: { now: () => number; setTimeout: (cb: () => void, ms: number) => unknown; clearTimeout: (handle: unknown) => void } = {
    now: () => Date.now(),
    setTimeout: (cb, ms) => setTimeout(cb, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
): { call: (value: T) => void; flush: () => void; cancel: () => void } {
  let last = Number.NEGATIVE_INFINITY;
  let pending: { value: T } | null = null;
  let timer: unknown = null;

  const deliver = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = timers.now();
    fn(value);
  };

  return {
    call(value) {
      pending = { value };
      const wait = last + intervalMs - timers.now();
      if (wait <= 0) {
        if (timer !== null) timers.clearTimeout(timer);
        deliver();
      } else if (timer === null) {
        timer = timers.setTimeout(deliver, wait);
      }
    },
    flush() {
      if (timer !== null) timers.clearTimeout(timer);
      deliver();
    },
    cancel() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}

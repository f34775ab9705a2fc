/**
 * What every library command of the CLI shares (docs/architecture.md, "Transports"): a backend in
 * this process reached through the same dispatcher and handlers as the app (the in-process
 * bridge), the library's notices on stderr as the app shows them (recovered from a backup, kept
 * aside, read-only), job progress on stderr, and Ctrl+C as cancel.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { AfficheCallError, runJob, type AfficheBridge, type JobArgsOf, type JobOutcome, type JobProgress, type JobType } from '../../core/api';
import { formatMessage, msg, type Message } from '../../core/messages';
import { createBackend, defaultLibraryDir, type Backend } from '../services/backend';
import { UserError } from '../services/errors';
import { inProcessBridge } from '../services/inProcess';
import type { CliIO } from './main';
import { CliCancelled, EXIT_CANCELLED } from './cancelled';

export { CliCancelled, EXIT_CANCELLED } from './cancelled';

export interface Session {
  backend: Backend;
  bridge: AfficheBridge;
  dir: string;
}

export function text(message: Message): string {
  return formatMessage(message, 'en');
}

/**
 * Opens the library for one command. `readOnly`: no lock, nothing written (listing, exporting,
 * rendering while the app has the library open). `mustExist`: refuse a folder with no library.
 */
export async function withLibrary<T>(options: { library?: string; readOnly: boolean; mustExist?: boolean }, io: CliIO, run: (session: Session) => Promise<T>): Promise<T> {
  const dir = path.resolve(options.library ?? defaultLibraryDir());
  if (options.mustExist && !existsSync(path.join(dir, 'library.json'))) throw new UserError('not-found', msg('cli.noLibrary', { dir }));
  const backend = await createBackend({ libraryDir: dir, transport: 'inprocess', readOnly: options.readOnly });
  try {
    const bridge = inProcessBridge(backend);
    const info = await bridge.api['app.info']({});
    for (const notice of info.notices) io.err(`affiche: ${notice.level === 'info' ? 'note' : notice.level}: ${notice.message}`);
    const result = await run({ backend, bridge, dir });
    await backend.idle();
    return result;
  } finally {
    await backend.close();
  }
}

/** "[#########-----------]  45 %  Media 3 of 120: photo.jpg  ·  about 12 s left" */
export function progressBar(progress: JobProgress, width = 80): string {
  const percent = Math.floor(progress.fraction * 100);
  const bar = 20;
  const filled = Math.round(progress.fraction * bar);
  const eta = progress.etaMs !== undefined ? `  ·  about ${formatDuration(progress.etaMs)} left` : '';
  const stage = progress.stage ? `  ${text(progress.stage)}` : '';
  const line = `[${'#'.repeat(filled)}${'-'.repeat(bar - filled)}] ${String(percent).padStart(3)} %${stage}${eta}`;
  return line.length > width ? `${line.slice(0, width - 1)}…` : line;
}

function formatDuration(ms: number): string {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal, one line per stage otherwise (a log,
 * a pipe). Returns the listener and a function that clears the bar at the end.
 */
export function progressReporter(io: CliIO): { onProgress: (progress: JobProgress) => void; end: () => void } {
  const tty = io.errTerminal;
  let lastStage: string | undefined;
  let drawn = false;
  let lastDraw = 0;
  return {
    onProgress(progress) {
      if (tty) {
        const now = Date.now();
        if (now - lastDraw < 80 && progress.fraction < 1) return;
        lastDraw = now;
        tty.write(`\r\u001b[2K${progressBar(progress, tty.columns || 80)}`);
        drawn = true;
        return;
      }
      // A log or a pipe: one line per stage, "[ 25 %] Image 2 of 8: Soldes-story.png".
      const stage = progress.stage ? text(progress.stage) : undefined;
      if (stage && stage !== lastStage) io.err(`[${String(Math.floor(progress.fraction * 100)).padStart(3)} %] ${stage}`);
      lastStage = stage;
    },
    end() {
      if (tty && drawn) tty.write('\r\u001b[2K');
      drawn = false;
    },
  };
}

/** Ctrl+C while `run` works: the first press aborts the signal, a second one quits at once. */
export async function cancellable<T>(io: CliIO, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const onInterrupt = () => {
    if (controller.signal.aborted) process.exit(EXIT_CANCELLED);
    io.err('affiche: cancelling (press Ctrl+C again to quit at once)');
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  try {
    const result = await run(controller.signal);
    if (controller.signal.aborted) throw new CliCancelled();
    return result;
  } catch (error) {
    if (controller.signal.aborted || (error instanceof AfficheCallError && error.code === 'cancelled')) throw new CliCancelled();
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

/** Runs a job with a progress bar; Ctrl+C cancels it (nothing is left at its destination). */
export async function runCliJob<T extends JobType>(session: Session, io: CliIO, type: T, args: JobArgsOf<T>): Promise<JobOutcome<T>> {
  const reporter = progressReporter(io);
  try {
    return await cancellable(io, (signal) => runJob(session.bridge, type, args, { signal, onProgress: reporter.onProgress }));
  } finally {
    reporter.end();
  }
}

/**
 * The one way the backend runs ffmpeg and ffprobe (docs/architecture.md).
 *
 * - No shell: arguments are an array. Every `-i` must come after `-protocol_whitelist file,pipe`
 *   (./args.ts), or the run is refused before anything starts.
 * - A hard timeout (`timeoutMs`): the program is killed and the run rejects with FfmpegTimeout.
 * - Cancel through an AbortSignal. ffmpeg is asked to stop with `q` on its stdin, which makes it
 *   finish the file it is writing (an MP4 stays playable: a kill would leave no `moov` index) and
 *   exit 0; after `graceMs` it is killed. ffprobe, and ffmpeg run with `-nostdin`, are killed at
 *   once. A cancelled run always rejects with the signal's reason (an AbortError by default), even
 *   when ffmpeg exited 0 after `q`, so a cancel is never taken for a success nor for a failure.
 *   An abort before the start spawns nothing. The promise settles once the process is gone.
 * - Progress from `-progress pipe:1` (./progress.ts) against the known output duration: the
 *   fraction never goes down and reaches 1 exactly once, when the run has succeeded (EXP-04).
 * - Bounded memory: stdout (ffprobe's JSON, a PNG on `pipe:1`) is capped, stderr keeps its tail.
 * - Every run's command line, shell-quoted, goes to one logger, and every failure's message says
 *   it ("To reproduce: ...") so a user can paste it into a terminal.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { formatMessage, msg, type Message } from '../../../core/messages';
import { commandLine as quoteCommandLine, unguardedInput } from './args';
import { locateFfmpeg, locateFfprobe } from './locate';
import { nextFraction, ProgressReader, type ProgressBlock, type ProgressUpdate } from './progress';

export type FfmpegProgress = ProgressUpdate;
export type FfmpegTool = 'ffmpeg' | 'ffprobe';

export interface RunOptions {
  /** Kills the program and rejects with FfmpegTimeout after this many ms. */
  timeoutMs: number;
  /** Cancels the run (see above); the promise rejects with `signal.reason`. */
  signal?: AbortSignal;
  /** The output's duration, which progress is measured against. */
  durationMs?: number;
  /**
   * Called for each ffmpeg report (about every 0.5 s) and once with fraction 1 when the run
   * succeeds; not called after a cancel. Turns on `-progress pipe:1`, so stdout carries the
   * reports and the result's `stdout` is empty. Without `durationMs` the fraction stays 0 until 1.
   */
  onProgress?: (progress: FfmpegProgress) => void;
  /** How long ffmpeg gets to stop after `q` before it is killed. Default 3 s. */
  graceMs?: number;
  /** stdout beyond this kills the run (FfmpegFailure, reason `too-much-output`). Default 16 MB. */
  maxStdoutBytes?: number;
  /** How much of the end of stderr is kept for the result and errors. Default 8 KB. */
  stderrTailBytes?: number;
  /** The program to run. Default: ffmpeg as locate.ts finds it; ffprobe next to it or on PATH. */
  binary?: string;
}

export interface RunResult {
  exitCode: 0;
  stdout: Buffer;
  stderrTail: string;
  /** The command line as run, shell-quoted. */
  commandLine: string;
}

export type FailureReason =
  | { kind: 'not-found' }
  | { kind: 'not-started'; errno: string }
  | { kind: 'exit'; exitCode: number }
  | { kind: 'signal'; signal: NodeJS.Signals }
  | { kind: 'too-much-output'; limitBytes: number };

/** A run that did not succeed and was not cancelled. `message` ends with the command line. */
export abstract class FfmpegRunError extends Error {
  /** The same sentence as `message`, as a keyed Message for a user in either language. */
  readonly detail: Message;
  constructor(
    detail: Message,
    readonly program: string,
    readonly commandLine: string,
    readonly stderrTail: string,
  ) {
    super(formatMessage(detail, 'en'));
    this.detail = detail;
  }
}

/** The program could not run, exited non-zero, was killed by a signal, or wrote too much. */
export class FfmpegFailure extends FfmpegRunError {
  constructor(
    readonly reason: FailureReason,
    program: string,
    commandLine: string,
    stderrTail: string,
  ) {
    super(failureMessage(reason, program, commandLine, stderrTail), program, commandLine, stderrTail);
    this.name = 'FfmpegFailure';
  }

  get exitCode(): number | null {
    return this.reason.kind === 'exit' ? this.reason.exitCode : null;
  }

  get signal(): NodeJS.Signals | null {
    return this.reason.kind === 'signal' ? this.reason.signal : null;
  }
}

/** The run took longer than `timeoutMs` and was killed. */
export class FfmpegTimeout extends FfmpegRunError {
  constructor(
    readonly timeoutMs: number,
    program: string,
    commandLine: string,
    stderrTail: string,
  ) {
    super(msg('ffmpeg.timedOut', { program, seconds: timeoutMs / 1000, command: commandLine }), program, commandLine, stderrTail);
    this.name = 'FfmpegTimeout';
  }
}

/** The last lines of stderr, short enough for one message. */
export function stderrSummary(stderrTail: string, lines = 3): string {
  return stderrTail
    .split(/\r?\n|\r/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(-lines)
    .join(' | ')
    .slice(-500);
}

function failureMessage(reason: FailureReason, program: string, command: string, stderrTail: string): Message {
  const output = stderrSummary(stderrTail) || msg('ffmpeg.noOutput');
  switch (reason.kind) {
    case 'not-found':
      return msg('ffmpeg.notFound', { program, hint: msg('ffmpeg.installHint') });
    case 'not-started':
      return msg('ffmpeg.notStarted', { program, reason: reason.errno, command });
    case 'exit':
      return msg('ffmpeg.exited', { program, code: reason.exitCode, output, command });
    case 'signal':
      return msg('ffmpeg.killed', { program, signal: reason.signal, output, command });
    case 'too-much-output':
      return msg('ffmpeg.tooMuchOutput', { program, limit: reason.limitBytes, command });
  }
}

/** One line of the run log. `start` comes first, then exactly one of the others. */
export interface RunLogEntry {
  event: 'start' | 'ok' | 'failed' | 'timeout' | 'cancelled';
  commandLine: string;
  pid?: number;
  /** How the process ended (absent for `start`, and when it never started). */
  exitCode?: number | null;
  signal?: NodeJS.Signals | null;
  elapsedMs?: number;
}
export type RunLogger = (entry: RunLogEntry) => void;

/** By default the log goes to stderr, and only when AFFICHE_DEBUG is set. */
export const debugLogger: RunLogger = (entry) => {
  if (!process.env.AFFICHE_DEBUG) return;
  const end = entry.event === 'start' ? '' : ` (exit ${entry.exitCode ?? '-'}${entry.signal ? `, ${entry.signal}` : ''}, ${entry.elapsedMs ?? 0} ms)`;
  process.stderr.write(`[ffmpeg] ${entry.event}${end}: ${entry.commandLine}\n`);
};

let logger: RunLogger = debugLogger;

/** Replaces the run logger (null: back to the default); returns the one it replaced. */
export function setRunLogger(next: RunLogger | null): RunLogger {
  const previous = logger;
  logger = next ?? debugLogger;
  return previous;
}

function log(entry: RunLogEntry): void {
  try {
    logger(entry);
  } catch {
    // A broken logger must not break a run.
  }
}

/** Runs ffmpeg. Resolves on exit code 0; rejects with FfmpegRunError, or the abort reason. */
export function runFfmpeg(args: readonly string[], options: RunOptions): Promise<RunResult> {
  return run('ffmpeg', options.binary ?? locateFfmpeg().found?.path ?? null, args, options);
}

/** Runs ffprobe. Resolves on exit code 0; rejects with FfmpegRunError, or the abort reason. */
export function runFfprobe(args: readonly string[], options: RunOptions): Promise<RunResult> {
  return run('ffprobe', options.binary ?? locateFfprobe(locateFfmpeg().found?.path ?? null), args, options);
}

/** The reason an aborted signal carries, or an AbortError for a signal aborted without one. */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

const DEFAULTS = { graceMs: 3000, maxStdoutBytes: 16 * 1024 * 1024, stderrTailBytes: 8 * 1024 } as const;

/** Why the runner itself stopped the process, if it did. */
type Stop = { kind: 'cancel' } | { kind: 'timeout' } | { kind: 'too-much-output' } | { kind: 'callback'; error: unknown };

function run(tool: FfmpegTool, binary: string | null, givenArgs: readonly string[], options: RunOptions): Promise<RunResult> {
  const args = options.onProgress ? ['-progress', 'pipe:1', '-nostats', ...givenArgs] : [...givenArgs];
  const program = binary ?? tool;
  const line = quoteCommandLine(program, args);
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const unguarded = unguardedInput(args);
  if (unguarded !== null) {
    return Promise.reject(new Error(`Refusing to run ${tool}: the input ${unguarded} has no -protocol_whitelist file,pipe before it. Command: ${line}`));
  }
  if (binary === null) {
    log({ event: 'failed', commandLine: line });
    return Promise.reject(new FfmpegFailure({ kind: 'not-found' }, tool, line, ''));
  }

  const graceMs = options.graceMs ?? DEFAULTS.graceMs;
  const maxStdout = options.maxStdoutBytes ?? DEFAULTS.maxStdoutBytes;
  const tailBytes = options.stderrTailBytes ?? DEFAULTS.stderrTailBytes;
  // Only ffmpeg listens for `q`, and not when told -nostdin; stdin stays closed otherwise.
  const graceful = tool === 'ffmpeg' && !args.includes('-nostdin');

  return new Promise<RunResult>((resolve, reject) => {
    const started = Date.now();
    let child: ChildProcess;
    try {
      child = spawn(program, args, { stdio: [graceful ? 'pipe' : 'ignore', 'pipe', 'pipe'], windowsHide: true, shell: false });
    } catch (error) {
      const errno = (error as NodeJS.ErrnoException).code ?? String(error);
      log({ event: 'failed', commandLine: line, elapsedMs: 0 });
      reject(new FfmpegFailure({ kind: 'not-started', errno }, program, line, ''));
      return;
    }
    log({ event: 'start', commandLine: line, pid: child.pid });

    const stdout: Buffer[] = [];
    let stdoutBytes = 0;
    let stderrTail = '';
    let stop: Stop | null = null;
    let settled = false;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
    const progress = options.onProgress ? new ProgressReader() : null;
    let fraction = 0;
    let lastBlock: ProgressBlock | null = null;
    const timers: ReturnType<typeof setTimeout>[] = [];

    const report = (update: FfmpegProgress) => {
      try {
        options.onProgress?.(update);
      } catch (error) {
        halt({ kind: 'callback', error });
      }
    };
    const kill = () => {
      if (exit === null) child.kill('SIGKILL');
    };
    function halt(why: Stop) {
      if (stop || exit) return;
      stop = why;
      if (why.kind === 'cancel' && graceful && child.stdin?.writable) {
        child.stdin.end('q');
        timers.push(setTimeout(kill, graceMs));
      } else {
        kill();
      }
    }
    const onAbort = () => halt({ kind: 'cancel' });
    signal?.addEventListener('abort', onAbort, { once: true });
    timers.push(setTimeout(() => halt({ kind: 'timeout' }), options.timeoutMs));

    // ffmpeg may exit before reading `q`: the write then fails with EPIPE, which changes nothing.
    child.stdin?.on('error', () => {});
    child.stdout?.on('data', (chunk: Buffer) => {
      if (progress) {
        for (const block of progress.push(chunk.toString('utf8'))) {
          if (stop) return; // a cancelled run reports nothing more
          lastBlock = block;
          if (block.end) continue; // 1 is said when the exit code says the run succeeded
          fraction = nextFraction(fraction, block, options.durationMs);
          report({ ...withoutEnd(block), fraction });
        }
        return;
      }
      stdoutBytes += chunk.length;
      if (stdoutBytes > maxStdout) {
        halt({ kind: 'too-much-output' });
        return;
      }
      stdout.push(chunk);
    });
    // Decoded as a stream, so a character split between two chunks stays whole.
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-tailBytes);
    });

    const settle = (outcome: RunLogEntry['event'], done: () => void) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      log({ event: outcome, commandLine: line, pid: child.pid, exitCode: exit?.code ?? null, signal: exit?.signal ?? null, elapsedMs: Date.now() - started });
      done();
    };

    child.on('error', (error: NodeJS.ErrnoException) => {
      // Only a failure to start is final here; other errors (a kill that failed) end in 'close'.
      if (child.pid !== undefined) return;
      settle('failed', () => reject(new FfmpegFailure({ kind: 'not-started', errno: error.code ?? error.message }, program, line, stderrTail)));
    });
    child.on('exit', (code, exitSignal) => {
      exit = { code, signal: exitSignal };
      // A grandchild holding stdout or stderr open would delay 'close' for ever: stop waiting.
      timers.push(
        setTimeout(() => {
          child.stdout?.destroy();
          child.stderr?.destroy();
        }, 1000),
      );
    });
    child.on('close', (code, closeSignal) => {
      exit ??= { code, signal: closeSignal };
      const ended = exit;
      const why = stop as Stop | null;
      if (why?.kind === 'cancel') return settle('cancelled', () => reject(abortReason(signal!)));
      if (why?.kind === 'timeout') return settle('timeout', () => reject(new FfmpegTimeout(options.timeoutMs, program, line, stderrTail)));
      if (why?.kind === 'callback') return settle('failed', () => reject(why.error));
      if (why?.kind === 'too-much-output') {
        return settle('failed', () => reject(new FfmpegFailure({ kind: 'too-much-output', limitBytes: maxStdout }, program, line, stderrTail)));
      }
      if (ended.code === 0) {
        if (progress) {
          const final: ProgressBlock = { ...(lastBlock ?? {}), end: true };
          try {
            options.onProgress?.({ ...withoutEnd(final), fraction: nextFraction(fraction, final, options.durationMs, true) });
          } catch (error) {
            return settle('failed', () => reject(error));
          }
        }
        return settle('ok', () => resolve({ exitCode: 0, stdout: Buffer.concat(stdout), stderrTail, commandLine: line }));
      }
      const reason: FailureReason = ended.signal ? { kind: 'signal', signal: ended.signal } : { kind: 'exit', exitCode: ended.code ?? -1 };
      settle('failed', () => reject(new FfmpegFailure(reason, program, line, stderrTail)));
    });
  });
}

function withoutEnd(block: ProgressBlock): Omit<ProgressBlock, 'end'> {
  const { end: _end, ...rest } = block;
  return rest;
}

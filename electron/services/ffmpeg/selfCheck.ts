/**
 * The start-up check of ffmpeg (docs/architecture.md, Media and ffmpeg): run it once on a 1-frame lavfi source and say
 * clearly what is missing. Plain Node, no 'electron'. Both runs go through the runner (./run.ts).
 * The `problem` sentences stay English for now (shown as is in the app info).
 */
import { ffmpegArgsPrefix } from './args';
import {
  INSTALL_HINT,
  describeSkipped,
  describeSource,
  ffmpegCandidates,
  whyNotExecutable,
  type FfmpegSource,
  type LocateOptions,
  type SkippedCandidate,
} from './locate';
import { FfmpegFailure, FfmpegRunError, FfmpegTimeout, runFfmpeg, stderrSummary, type RunResult } from './run';

export { ffmpegArgsPrefix, ffmpegInputArgs, commandLine, shellQuote } from './args';
export { locateFfmpeg, locateFfprobe, findOnPath, ffmpegStaticPath, type FfmpegSource, type FfmpegLocation } from './locate';

/** Shape compatible with core/api's ffmpegStatusSchema (extra fields are stripped there). */
export interface FfmpegStatus {
  ok: boolean;
  source?: FfmpegSource;
  path?: string;
  /** "5.1.9-0+deb12u1", "6.1.1-static"... */
  version?: string;
  /** Set when !ok: what is wrong and how to fix it, in one paragraph a user can act on. */
  problem?: string;
  /** Candidates passed over before the one used (a misconfigured FFMPEG_PATH, say). */
  skipped?: SkippedCandidate[];
  /**
   * Set when ok but an ffmpeg the user chose (Settings, FFMPEG_PATH) was unusable and another one
   * took over: worth telling them, since their choice is being ignored.
   */
  warning?: string;
}

export interface SelfCheckOptions {
  source?: FfmpegSource;
  /** Per run; the check does two (`-version`, then the 1-frame encode). Default 15 s. */
  timeoutMs?: number;
}

/** The 1-frame test run: a 16x16 black frame from lavfi, encoded to nowhere. */
export const SELF_CHECK_ARGS: readonly string[] = [
  '-hide_banner',
  '-nostdin',
  ...ffmpegArgsPrefix(),
  '-f',
  'lavfi',
  '-i',
  'color=c=black:s=16x16:d=0.04',
  '-frames:v',
  '1',
  '-f',
  'null',
  '-',
];

type Attempt = { ok: true; result: RunResult } | { ok: false; error: FfmpegRunError };

/** One run through the runner, its failure kept as a value: the check explains it, never throws it. */
async function attempt(ffmpegPath: string, args: readonly string[], timeoutMs: number): Promise<Attempt> {
  try {
    return { ok: true, result: await runFfmpeg(args, { binary: ffmpegPath, timeoutMs, maxStdoutBytes: 64 * 1024 }) };
  } catch (error) {
    if (error instanceof FfmpegRunError) return { ok: false, error };
    throw error;
  }
}

/** "ffmpeg version 5.1.9-0+deb12u1 Copyright (c) ..." -> "5.1.9-0+deb12u1". */
export function parseFfmpegVersion(output: string): string | null {
  const match = /^\s*ffmpeg version (\S+)/m.exec(output);
  return match ? match[1] : null;
}

function whyNotStarted(file: string, errno: string): string {
  if (errno === 'ENOENT') return `${file} does not exist.`;
  if (errno === 'EACCES') return `${file} can't be run (permission denied): make it executable (chmod +x "${file}") or choose another ffmpeg.`;
  if (errno === 'ENOEXEC') return `${file} is not a program this computer can run (wrong platform or not an executable).`;
  return `${file} could not be started (${errno}).`;
}

function describeFailure(what: string, file: string, error: FfmpegRunError, timeoutMs: number): string {
  if (error instanceof FfmpegTimeout) {
    return `${file} did not finish ${what} within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`} and was stopped.`;
  }
  const reason = (error as FfmpegFailure).reason;
  const detail = stderrSummary(error.stderrTail) || 'no output';
  switch (reason.kind) {
    case 'not-found':
      return `${file} does not exist.`;
    case 'not-started':
      return whyNotStarted(file, reason.errno);
    case 'exit':
      return `${file} failed ${what}: it exited with code ${reason.exitCode} (${detail}).`;
    case 'signal':
      return `${file} failed ${what}: it was killed by ${reason.signal} (${detail}).`;
    case 'too-much-output':
      return `${file} failed ${what}: it wrote more than ${reason.limitBytes} bytes.`;
  }
}

const FIX = 'Point Settings or FFMPEG_PATH to a working ffmpeg, or install one on PATH.';

/** The check itself: the version, or why this file can't be used (without the "how to fix"). */
async function diagnose(ffmpegPath: string, source: FfmpegSource | undefined, timeoutMs: number): Promise<{ version?: string; reason?: string }> {
  const from = source ? ` (from ${describeSource(source)})` : '';
  const notRunnable = whyNotExecutable(ffmpegPath);
  if (notRunnable) return { reason: `ffmpeg${from} can't be used: ${notRunnable}.` };

  const versionRun = await attempt(ffmpegPath, ['-version'], timeoutMs);
  if (!versionRun.ok) return { reason: `ffmpeg${from}: ${describeFailure('to print its version', ffmpegPath, versionRun.error, timeoutMs)}` };
  const version = parseFfmpegVersion(versionRun.result.stdout.toString('utf8')) ?? parseFfmpegVersion(versionRun.result.stderrTail);
  if (!version) return { reason: `${ffmpegPath}${from} does not look like ffmpeg: "-version" printed no "ffmpeg version" line.` };

  const frameRun = await attempt(ffmpegPath, SELF_CHECK_ARGS, timeoutMs);
  if (!frameRun.ok) {
    return {
      version,
      reason:
        `ffmpeg ${version}${from}: ${describeFailure('to encode a 1-frame test video', ffmpegPath, frameRun.error, timeoutMs)} ` +
        `To reproduce: ${frameRun.error.commandLine}`,
    };
  }
  return { version };
}

/**
 * Runs `ffmpeg -version` (the version line) and the 1-frame lavfi encode. Never throws.
 * When it fails, `problem` says what failed and what to do about it.
 */
export async function selfCheck(ffmpegPath: string, options: SelfCheckOptions = {}): Promise<FfmpegStatus> {
  const { version, reason } = await diagnose(ffmpegPath, options.source, options.timeoutMs ?? 15_000);
  return {
    ok: reason === undefined,
    path: ffmpegPath,
    ...(options.source ? { source: options.source } : {}),
    ...(version ? { version } : {}),
    ...(reason !== undefined ? { problem: `${reason} ${FIX}` } : {}),
  };
}

/**
 * Locates ffmpeg in the documented order and self-checks candidates until one works. A candidate
 * that exists but fails its check is recorded in `skipped` (so a broken FFMPEG_PATH is reported
 * even when PATH's ffmpeg takes over). When none works, `problem` lists every place looked at.
 */
export async function checkFfmpeg(options: LocateOptions & { timeoutMs?: number } = {}): Promise<FfmpegStatus> {
  const skipped: SkippedCandidate[] = [];
  for (const entry of ffmpegCandidates(options)) {
    if ('reason' in entry) {
      skipped.push(entry);
      continue;
    }
    // No source in the reason: describeSkipped() prefixes each entry with where it came from.
    const { version, reason } = await diagnose(entry.path, undefined, options.timeoutMs ?? 15_000);
    if (reason === undefined) {
      const ignored = skipped.filter((s) => s.path && (s.source === 'setting' || s.source === 'FFMPEG_PATH'));
      const warning = ignored.length
        ? `Using ${describeSource(entry.source)} (${entry.path}) instead: ${describeSkipped(ignored)}.`
        : undefined;
      return { ok: true, source: entry.source, path: entry.path, version, skipped, ...(warning ? { warning } : {}) };
    }
    skipped.push({ source: entry.source, path: entry.path, reason });
  }
  return {
    ok: false,
    skipped,
    problem: `No working ffmpeg was found, so video export is unavailable. Looked at: ${describeSkipped(skipped)}. ${INSTALL_HINT}`,
  };
}

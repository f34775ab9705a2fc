/**
 * The start-up check of ffmpeg (DESIGN.md §3): run it once on a 1-frame lavfi source and say
 * clearly what is missing. Plain Node, no 'electron'.
 */
import { spawn } from 'node:child_process';
import { ffmpegArgsPrefix, commandLine } from './args';
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

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  spawnError?: NodeJS.ErrnoException;
}

const OUTPUT_CAP = 64 * 1024;

function run(file: string, args: readonly string[], timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let settled = false;
    const finish = (result: Omit<RunResult, 'stdout' | 'stderr' | 'timedOut'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...result, stdout, stderr, timedOut });
    };
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(file, [...args], { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, shell: false });
    } catch (error) {
      resolve({ code: null, signal: null, stdout, stderr, timedOut, spawnError: error as NodeJS.ErrnoException });
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (stdout.length < OUTPUT_CAP) stdout += chunk.toString('utf8');
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < OUTPUT_CAP) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => finish({ code: null, signal: null, spawnError: error as NodeJS.ErrnoException }));
    child.on('close', (code, signal) => finish({ code, signal }));
  });
}

/** "ffmpeg version 5.1.9-0+deb12u1 Copyright (c) ..." -> "5.1.9-0+deb12u1". */
export function parseFfmpegVersion(output: string): string | null {
  const match = /^\s*ffmpeg version (\S+)/m.exec(output);
  return match ? match[1] : null;
}

function lastLines(text: string, count = 3): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.slice(-count).join(' | ').slice(0, 500);
}

function describeFailure(what: string, file: string, result: RunResult, timeoutMs: number): string {
  if (result.spawnError) {
    const code = result.spawnError.code;
    if (code === 'ENOENT') return `${file} does not exist.`;
    if (code === 'EACCES') return `${file} can't be run (permission denied): make it executable (chmod +x "${file}") or choose another ffmpeg.`;
    if (code === 'ENOEXEC') return `${file} is not a program this computer can run (wrong platform or not an executable).`;
    return `${file} could not be started (${code ?? result.spawnError.message}).`;
  }
  if (result.timedOut) return `${file} did not finish ${what} within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`} and was stopped.`;
  const detail = lastLines(result.stderr) || lastLines(result.stdout) || 'no output';
  const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.code}`;
  return `${file} failed ${what}: it ${how} (${detail}).`;
}

const FIX = 'Point Settings or FFMPEG_PATH to a working ffmpeg, or install one on PATH.';

/** The check itself: the version, or why this file can't be used (without the "how to fix"). */
async function diagnose(ffmpegPath: string, source: FfmpegSource | undefined, timeoutMs: number): Promise<{ version?: string; reason?: string }> {
  const from = source ? ` (from ${describeSource(source)})` : '';
  const notRunnable = whyNotExecutable(ffmpegPath);
  if (notRunnable) return { reason: `ffmpeg${from} can't be used: ${notRunnable}.` };

  const versionRun = await run(ffmpegPath, ['-version'], timeoutMs);
  if (versionRun.spawnError || versionRun.timedOut || versionRun.code !== 0) {
    return { reason: `ffmpeg${from}: ${describeFailure('to print its version', ffmpegPath, versionRun, timeoutMs)}` };
  }
  const version = parseFfmpegVersion(versionRun.stdout) ?? parseFfmpegVersion(versionRun.stderr);
  if (!version) return { reason: `${ffmpegPath}${from} does not look like ffmpeg: "-version" printed no "ffmpeg version" line.` };

  const frameRun = await run(ffmpegPath, SELF_CHECK_ARGS, timeoutMs);
  if (frameRun.spawnError || frameRun.timedOut || frameRun.code !== 0) {
    return {
      version,
      reason:
        `ffmpeg ${version}${from}: ${describeFailure('to encode a 1-frame test video', ffmpegPath, frameRun, timeoutMs)} ` +
        `To reproduce: ${commandLine(ffmpegPath, SELF_CHECK_ARGS)}`,
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

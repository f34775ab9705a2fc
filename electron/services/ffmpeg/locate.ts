/**
 * Where ffmpeg is (docs/architecture.md, Media and ffmpeg), in a fixed, explained order:
 *   1. the user's setting, 2. FFMPEG_PATH, 3. ffmpeg-static's binary if the file exists,
 *   4. `ffmpeg` on PATH.
 * Plain Node, no 'electron'. Every candidate that was looked at and passed over is recorded with
 * the reason, so the status shown to the user can say what is missing and how to fix it.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { formatMessage, msg } from '../../../core/messages';

export type FfmpegSource = 'setting' | 'FFMPEG_PATH' | 'ffmpeg-static' | 'PATH';

export interface FfmpegCandidate {
  source: FfmpegSource;
  path: string;
}

export interface SkippedCandidate {
  source: FfmpegSource;
  path?: string;
  reason: string;
}

export interface FfmpegLocation {
  /** The first usable candidate, or null. */
  found: FfmpegCandidate | null;
  /** Candidates passed over, in order, each with why. */
  skipped: SkippedCandidate[];
}

export interface LocateOptions {
  /** The ffmpeg path from Affiche's settings, if the user set one. */
  userSetting?: string | null;
  env?: NodeJS.ProcessEnv;
  /** ffmpeg-static's path; by default read from the package (null when it has no binary for this platform). */
  staticPath?: string | null;
  platform?: NodeJS.Platform;
}

/** ffmpeg-static's path, or null when the package or its binary for this platform is missing. */
export function ffmpegStaticPath(): string | null {
  try {
    const required: unknown = createRequire(import.meta.url)('ffmpeg-static');
    const value = typeof required === 'string' ? required : (required as { default?: unknown } | null)?.default;
    return typeof value === 'string' && value ? unpackedAsarPath(value) : null;
  } catch {
    return null;
  }
}

/**
 * A binary can't be executed from inside app.asar: electron-builder unpacks it (asarUnpack) to
 * app.asar.unpacked, but the package still reports the path inside the archive.
 */
export function unpackedAsarPath(file: string): string {
  return file.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
}

/** Why `file` can't be run as ffmpeg, or null if it is an executable regular file. */
export function whyNotExecutable(file: string, platform: NodeJS.Platform = process.platform): string | null {
  let stat;
  try {
    stat = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `there is no file at ${file}`;
    if (code === 'EACCES') return `${file} can't be read (permission denied)`;
    return `${file} can't be read (${code ?? String(error)})`;
  }
  if (stat.isDirectory()) return `${file} is a folder, not the ffmpeg program`;
  if (!stat.isFile()) return `${file} is not a regular file`;
  if (platform !== 'win32') {
    try {
      accessSync(file, constants.X_OK);
    } catch {
      return `${file} is not executable (run: chmod +x "${file}")`;
    }
  }
  return null;
}

/** `name` on PATH, searched the way a shell would (PATHEXT on Windows), or null. */
export function findOnPath(name: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const pathValue = (platform === 'win32' ? (env.Path ?? env.PATH) : env.PATH) ?? '';
  const delimiter = platform === 'win32' ? ';' : ':';
  const extensions =
    platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean).map((e) => e.toLowerCase())] : [''];
  for (const dir of pathValue.split(delimiter)) {
    // An empty PATH entry means the current directory: not a place to pick a binary from.
    if (!dir || !path.isAbsolute(dir)) continue;
    for (const extension of extensions) {
      const candidate = path.join(dir, name + extension);
      if (whyNotExecutable(candidate, platform) === null) return candidate;
    }
  }
  return null;
}

/** Every candidate in resolution order, with the ones that can't even be tried already explained. */
export function ffmpegCandidates(options: LocateOptions = {}): Array<FfmpegCandidate | SkippedCandidate> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const out: Array<FfmpegCandidate | SkippedCandidate> = [];

  const setting = options.userSetting?.trim();
  out.push(setting ? { source: 'setting', path: setting } : { source: 'setting', reason: 'no ffmpeg path is set in Settings' });

  const fromEnv = env.FFMPEG_PATH?.trim();
  out.push(fromEnv ? { source: 'FFMPEG_PATH', path: fromEnv } : { source: 'FFMPEG_PATH', reason: 'FFMPEG_PATH is not set' });

  const staticPath = options.staticPath === undefined ? ffmpegStaticPath() : options.staticPath;
  out.push(
    staticPath
      ? { source: 'ffmpeg-static', path: staticPath }
      : { source: 'ffmpeg-static', reason: 'ffmpeg-static has no binary for this platform (or is not installed)' },
  );

  const onPath = findOnPath('ffmpeg', env, platform);
  out.push(onPath ? { source: 'PATH', path: onPath } : { source: 'PATH', reason: 'no executable named ffmpeg on PATH' });
  return out;
}

function isCandidate(value: FfmpegCandidate | SkippedCandidate): value is FfmpegCandidate {
  return !('reason' in value);
}

/** The first candidate that exists and is executable; the others are recorded in `skipped`. */
export function locateFfmpeg(options: LocateOptions = {}): FfmpegLocation {
  const platform = options.platform ?? process.platform;
  const skipped: SkippedCandidate[] = [];
  for (const entry of ffmpegCandidates(options)) {
    if (!isCandidate(entry)) {
      skipped.push(entry);
      continue;
    }
    const problem = whyNotExecutable(entry.path, platform);
    if (problem === null) return { found: { source: entry.source, path: path.resolve(entry.path) }, skipped };
    skipped.push({ source: entry.source, path: entry.path, reason: problem });
  }
  return { found: null, skipped };
}

const SOURCE_LABELS: Record<FfmpegSource, string> = {
  setting: 'the ffmpeg path in Settings',
  FFMPEG_PATH: 'the FFMPEG_PATH environment variable',
  'ffmpeg-static': 'the ffmpeg bundled with Affiche (ffmpeg-static)',
  PATH: 'ffmpeg on PATH',
};

export function describeSource(source: FfmpegSource): string {
  return SOURCE_LABELS[source];
}

/** One line per candidate passed over: "FFMPEG_PATH: there is no file at /x". */
export function describeSkipped(skipped: readonly SkippedCandidate[]): string {
  return skipped.map((s) => `${describeSource(s.source)}: ${s.reason}`).join('; ');
}

/** What to tell a user when no ffmpeg can be found at all (in English; the key is `ffmpeg.installHint`). */
export const INSTALL_HINT = formatMessage(msg('ffmpeg.installHint'), 'en');

/**
 * ffprobe next to the chosen ffmpeg (Debian and most builds ship both), else FFPROBE_PATH, else on
 * PATH. ffmpeg-static ships no ffprobe, so that case falls through to PATH.
 */
export function locateFfprobe(ffmpegPath: string | null, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const fromEnv = env.FFPROBE_PATH?.trim();
  if (fromEnv && whyNotExecutable(fromEnv, platform) === null) return path.resolve(fromEnv);
  if (ffmpegPath) {
    const sibling = path.join(path.dirname(ffmpegPath), platform === 'win32' ? 'ffprobe.exe' : 'ffprobe');
    if (whyNotExecutable(sibling, platform) === null) return sibling;
  }
  return findOnPath('ffprobe', env, platform);
}

/** ffmpeg is checked once per process (docs/architecture.md, Media and ffmpeg), lazily: the first caller pays the 1-frame run. */
import { checkFfmpeg, type FfmpegStatus } from './ffmpeg/selfCheck';

let pending: Promise<FfmpegStatus> | undefined;

export function ffmpegStatus(): Promise<{ ok: boolean; source?: string; version?: string; problem?: string }> {
  pending ??= checkFfmpeg().catch((error: unknown) => ({
    ok: false,
    problem: `ffmpeg could not be checked: ${error instanceof Error ? error.message : String(error)}`,
  }));
  return pending.then(({ ok, source, version, problem }) => ({ ok, source, version, problem }));
}

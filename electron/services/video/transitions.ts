/**
 * The scene transitions the installed ffmpeg has (docs/architecture.md, "Video"): its xfade
 * filter's list, read once per process from `ffmpeg -h filter=xfade` and ordered with the common
 * ones first (core/video/transitions.ts). No ffmpeg, or one without xfade: no transitions (cuts
 * only), and the next call asks again.
 */
import { orderTransitions, parseXfadeTransitions } from '../../../core/video/transitions';
import { runFfmpeg } from '../ffmpeg/run';

/** The installed ffmpeg's transitions, common ones first (what `video.transitions` answers). */
export async function readTransitions(binary?: string): Promise<string[]> {
  const { stdout } = await runFfmpeg(['-hide_banner', '-h', 'filter=xfade'], { timeoutMs: 15_000, ...(binary ? { binary } : {}) });
  return orderTransitions(parseXfadeTransitions(stdout.toString('utf8')));
}

let cached: Promise<string[]> | undefined;

/** readTransitions, cached for the process; a failure is not cached. */
export function installedTransitions(): Promise<string[]> {
  if (!cached) {
    const reading = readTransitions().then((names) => {
      if (names.length === 0) cached = undefined;
      return names;
    });
    cached = reading.catch(() => {
      cached = undefined;
      return [];
    });
  }
  return cached;
}

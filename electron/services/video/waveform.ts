/**
 * A sound's waveform for the timeline's music lane (docs/architecture.md, "Video"): ffmpeg decodes
 * it to low-rate mono float samples through the one runner, and each of `buckets` equal slices of
 * the sound keeps its loudest sample (0..1). Peaks of a library asset are kept in memory per asset
 * and bucket count: assets are content-addressed, so they never go stale.
 */
import { ffmpegInputArgs } from '../ffmpeg/args';
import { FfmpegFailure, FfmpegRunError, runFfmpeg } from '../ffmpeg/run';
import { UserError } from '../errors';
import { msg } from '../../../core/messages';

/** Samples per second decoded for peaks: plenty for a lane a few thousand pixels wide. */
export const WAVEFORM_RATE = 2000;
export const MAX_BUCKETS = 4000;
/** 4 bytes a sample: about 2 hours of sound. */
const MAX_BYTES = 64 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

export interface Waveform {
  /** The loudest sample of each slice, 0..1. */
  peaks: number[];
  /** How long the decoded sound lasts. */
  durationMs: number;
}

/** Peaks of raw mono float samples in `buckets` equal slices (a slice with no sample is 0). */
export function bucketPeaks(samples: Float32Array, buckets: number): number[] {
  const peaks = new Array<number>(buckets).fill(0);
  if (samples.length === 0) return peaks;
  for (let b = 0; b < buckets; b++) {
    const from = Math.floor((b * samples.length) / buckets);
    const to = Math.floor(((b + 1) * samples.length) / buckets);
    let peak = 0;
    for (let i = from; i < to; i++) {
      const v = Math.abs(samples[i]);
      if (v > peak) peak = v;
    }
    peaks[b] = Math.min(1, peak);
  }
  return peaks;
}

/** The waveform of the sound in `file` (its demuxer forced when given, as imports do). */
export async function waveformOf(file: string, buckets: number, options: { name: string; demuxer?: string; signal?: AbortSignal; binary?: string }): Promise<Waveform> {
  const input = ffmpegInputArgs(file, options.demuxer ? ['-f', options.demuxer] : []);
  let stdout: Buffer;
  try {
    ({ stdout } = await runFfmpeg(['-v', 'error', '-nostdin', ...input, '-vn', '-ac', '1', '-ar', String(WAVEFORM_RATE), '-f', 'f32le', '-c:a', 'pcm_f32le', 'pipe:1'], {
      timeoutMs: TIMEOUT_MS,
      maxStdoutBytes: MAX_BYTES,
      signal: options.signal,
      binary: options.binary,
    }));
  } catch (error) {
    if (error instanceof FfmpegFailure && error.reason.kind === 'not-found') throw new UserError('bad-file', msg('asset.noFfmpeg', { name: options.name }));
    if (error instanceof FfmpegRunError) throw new UserError('bad-file', msg('media.unreadable', { name: options.name }));
    throw error;
  }
  // Copy to an aligned buffer: a Buffer's bytes may start at any offset of its pool.
  const aligned = new Uint8Array(stdout.length - (stdout.length % 4));
  aligned.set(stdout.subarray(0, aligned.length));
  const samples = new Float32Array(aligned.buffer);
  return { peaks: bucketPeaks(samples, buckets), durationMs: Math.round((samples.length * 1000) / WAVEFORM_RATE) };
}

/** Waveforms already computed, per asset and bucket count (a small bound: a few sounds per session). */
export class WaveformCache {
  private readonly entries = new Map<string, Promise<Waveform>>();
  constructor(private readonly max = 32) {}

  get(key: string, compute: () => Promise<Waveform>): Promise<Waveform> {
    let hit = this.entries.get(key);
    if (hit) {
      // Most recently used last.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    hit = compute();
    this.entries.set(key, hit);
    // A failure is not kept: the next call tries again.
    hit.catch(() => this.entries.delete(key));
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return hit;
  }
}

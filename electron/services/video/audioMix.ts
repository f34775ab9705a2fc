/**
 * The sound half of a video export (docs/architecture.md, "Video"): the graph itself is built by
 * core/video/audio.ts; here is what needs ffmpeg. The soundtrack's and clips' lengths are read with
 * ffprobe, then the mix is measured in a first pass (ffmpeg with only the sound inputs and the
 * same graph, into ebur128: about 30 times cheaper than loudnorm's analysis, which works at
 * 192 kHz), and the graph handed back carries the gain that brings it to the design's loudness
 * target, with a true-peak limiter after it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { msg } from '../../../core/messages';
import type { Design, VideoElement } from '../../../core/schema/design';
import { audioGraph, loudnessGain, loudnessTarget, type AudioGraph, type ClipSource } from '../../../core/video/audio';
import type { VideoTimeline } from '../../../core/video/timeline';
import { UserError } from '../errors';
import { ffmpegInputArgs } from '../ffmpeg/args';
import { runFfmpeg } from '../ffmpeg/run';
import { probeVideoFile } from './probe';

export interface AudioInputs {
  /** The soundtrack file, already an ffmpeg input at this index (the video side adds `-i path` when design.audio is set). */
  music?: { index: number; path: string };
  /**
   * Each video element's file, already an input at this index. `path` is the same file again:
   * the loudness measure runs ffmpeg on the sound files alone.
   */
  clips: Array<{ index: number; path: string; element: VideoElement; sceneStartMs: number; window: { inMs: number; outMs: number }; hasAudio: boolean }>;
}

/** What the soundtrack needs from the library: its record and the path of its original. */
export interface SoundtrackAssets {
  get(id: string): { kind: string; fileName: string; name?: string } | undefined;
  path(id: string): string | null;
}

/**
 * The soundtrack's file, for the video side to add as an input: refused with a keyed message
 * when the sound is gone from the library, its original is missing, or it is not a sound.
 */
export function soundtrackPath(design: Pick<Design, 'audio'>, assets: SoundtrackAssets): string | null {
  const audio = design.audio;
  if (!audio) return null;
  const record = assets.get(audio.assetId);
  if (!record) throw new UserError('not-found', msg('soundtrack.missing'));
  const name = record.name ?? record.fileName;
  if (record.kind !== 'audio') throw new UserError('bad-file', msg('soundtrack.notSound', { name }));
  const file = assets.path(audio.assetId);
  if (!file) throw new UserError('not-found', msg('soundtrack.originalMissing', { name }));
  return file;
}

/** How long the soundtrack's sound lasts, read by ffprobe; refused when the file holds no sound. */
async function soundtrackMs(file: string, signal?: AbortSignal): Promise<number> {
  const info = await probeVideoFile(file, signal ? { signal } : {});
  const ms = info.audio ? (info.audio.durationMs ?? info.durationMs) : 0;
  if (!info.audio || !(ms > 0)) throw new UserError('bad-file', msg('soundtrack.noSoundStream'));
  return ms;
}

/**
 * How long a clip's sound lasts (its file's length when the stream does not say; undefined when
 * neither does), or null when the file holds no sound at all.
 */
async function clipAudioMs(file: string, signal?: AbortSignal): Promise<number | null | undefined> {
  const info = await probeVideoFile(file, signal ? { signal } : {});
  if (!info.audio) return null;
  return info.audio.durationMs ?? (info.durationMs > 0 ? info.durationMs : undefined);
}

/**
 * Reads the integrated loudness from ebur128's summary (the last one in the log). A silent mix
 * reads -70 LUFS (the absolute gate): nothing to bring up.
 */
export function readMeasuredLufs(stderr: string): number {
  const summary = stderr.slice(stderr.lastIndexOf('Summary:'));
  const match = /Integrated loudness:\s*I:\s*(-?\d+(?:\.\d+)?|-?inf|nan) LUFS/.exec(summary);
  if (!stderr.includes('Summary:') || !match) throw new Error(`no loudness measure in ffmpeg's output: ${stderr.slice(-300)}`);
  const value = Number(match[1]);
  return Number.isFinite(value) ? value : -Infinity;
}

/**
 * The first pass: the mix alone, measured. Its inputs are only the sound files, numbered from 0
 * in the order music, clips; the graph is the one the export will run, minus the gain.
 */
async function measureLufs(opts: {
  design: Design;
  timeline: VideoTimeline;
  music?: { path: string; durationMs: number };
  clips: ReadonlyArray<ClipSource & { path: string }>;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}): Promise<number> {
  const files: string[] = [];
  const music = opts.music ? { index: files.push(opts.music.path) - 1, durationMs: opts.music.durationMs } : undefined;
  const clips: ClipSource[] = opts.clips.map((clip) => ({ ...clip, index: clip.hasAudio ? files.push(clip.path) - 1 : -1 }));
  const graph = audioGraph({ design: opts.design, timeline: opts.timeline, ...(music ? { music } : {}), clips, loudness: null });
  if (!graph) return -Infinity;
  const filter = [...graph.filters, `[${graph.output}]ebur128=framelog=verbose[a_measured]`].join(';');
  // A long graph (many clips) goes through a file: a Windows command line stops at 32,767 characters.
  const script = filter.length > SCRIPT_FROM_CHARS ? await mkdtemp(path.join(os.tmpdir(), 'affiche-audio-')) : null;
  try {
    if (script) await writeFile(path.join(script, 'measure.filter'), filter, 'utf8');
    const graphArgs = script ? ['-filter_complex_script', path.join(script, 'measure.filter')] : ['-filter_complex', filter];
    const args = ['-hide_banner', '-nostats', ...files.flatMap((file) => ffmpegInputArgs(file)), ...graphArgs, '-map', '[a_measured]', '-f', 'null', '-'];
    const result = await runFfmpeg(args, {
      timeoutMs: Math.max(60_000, opts.timeline.durationMs * 4),
      durationMs: opts.timeline.durationMs,
      stderrTailBytes: 64 * 1024,
      ...(opts.signal ? { signal: opts.signal } : {}),
      ...(opts.onProgress ? { onProgress: (progress: { fraction: number }) => opts.onProgress?.(progress.fraction) } : {}),
    });
    return readMeasuredLufs(result.stderrTail);
  } finally {
    if (script) await rm(script, { recursive: true, force: true });
  }
}

/** Past this many characters the measuring graph is written to a script file. */
export const SCRIPT_FROM_CHARS = 4000;

/**
 * The sound of the video as filter chains on the video side's inputs, or null when nothing in it
 * makes a sound. Measures the mix first unless the design asks for it as it is
 * (`video.loudness: null`); cancellable through `signal`.
 */
export async function planAudio(opts: {
  design: Design;
  timeline: VideoTimeline;
  inputs: AudioInputs;
  signal?: AbortSignal;
  /** The measuring pass's progress (0..1), for a job that weighs its passes. */
  onProgress?: (fraction: number) => void;
}): Promise<AudioGraph | null> {
  const { design, timeline, inputs } = opts;
  const musicMs = design.audio && inputs.music ? await soundtrackMs(inputs.music.path, opts.signal) : undefined;
  const music = inputs.music && musicMs !== undefined ? { index: inputs.music.index, durationMs: musicMs } : undefined;
  // One ffprobe at a time, once per file: a reel may hold many clips, often of the same file.
  // A clip said to have sound whose file has none is left silent (its `[n:a]` would match no stream).
  const lengths = new Map<string, number | null | undefined>();
  const clips: Array<AudioInputs['clips'][number] & { audioMs?: number }> = [];
  for (const clip of inputs.clips) {
    if (clip.hasAudio && !lengths.has(clip.path)) lengths.set(clip.path, await clipAudioMs(clip.path, opts.signal));
    const audioMs = clip.hasAudio ? lengths.get(clip.path) : undefined;
    clips.push(audioMs === null ? { ...clip, hasAudio: false } : audioMs !== undefined ? { ...clip, audioMs } : clip);
  }
  const base = { design, timeline, ...(music ? { music } : {}), clips };
  const asItIs = audioGraph({ ...base, loudness: null });
  const target = loudnessTarget(design);
  if (!asItIs || !target) return asItIs;
  const measured = await measureLufs({ design, timeline, clips, ...(inputs.music && musicMs !== undefined ? { music: { path: inputs.music.path, durationMs: musicMs } } : {}), ...(opts.signal ? { signal: opts.signal } : {}), ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
  return audioGraph({ ...base, loudness: loudnessGain(measured, target) });
}

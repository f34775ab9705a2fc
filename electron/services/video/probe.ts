/**
 * What a video file holds, read by ffprobe (docs/architecture.md, "Video"): the container, the
 * first video stream (codec, profile, pixel format, size, frame rate, frame count), the first
 * audio stream, the duration, the size in bytes and whether the index comes before the data
 * (`+faststart`). The export checks its own output with it before the rename, preflight checks
 * a user's file against a format with it, and the tests read every produced file with it.
 */
import { open, stat } from 'node:fs/promises';
import { ffmpegInputArgs } from '../ffmpeg/args';
import { runFfprobe } from '../ffmpeg/run';
import { parseRate as rate, rotationOf } from '../library/mediaImport/probe';

export interface VideoStreamInfo {
  codec: string;
  /** As ffprobe names it: 'High', 'Main', 'Constrained Baseline'... */
  profile: string | null;
  pixFmt: string | null;
  width: number;
  height: number;
  /** Its display rotation (0, 90, 180, 270): ffmpeg turns the frames upright as it decodes them. */
  rotation: number;
  /** Average frames per second (null when ffprobe cannot tell). */
  fps: number | null;
  /** Constant frame rate: the average rate equals the container's base rate. */
  constantFps: boolean;
  /** Frames counted by the demuxer (nb_frames), when the container says. */
  frames: number | null;
  durationMs: number | null;
}

export interface AudioStreamInfo {
  codec: string;
  sampleRate: number | null;
  channels: number | null;
  durationMs: number | null;
}

export interface VideoFileInfo {
  /** ffprobe's format name ('mov,mp4,m4a,3gp,3g2,mj2', 'gif', 'webp_pipe'...). */
  container: string;
  durationMs: number;
  bytes: number;
  video: VideoStreamInfo | null;
  audio: AudioStreamInfo | null;
  /** MP4/MOV only: the `moov` index comes before `mdat` (playback starts before the download ends). */
  faststart: boolean | null;
}

interface FfprobeJson {
  format?: { format_name?: string; duration?: string };
  streams?: Array<{
    codec_type?: string;
    codec_name?: string;
    profile?: string;
    pix_fmt?: string;
    width?: number;
    height?: number;
    avg_frame_rate?: string;
    r_frame_rate?: string;
    nb_frames?: string;
    duration?: string;
    sample_rate?: string;
    channels?: number;
    disposition?: { attached_pic?: number };
    tags?: Record<string, string>;
    side_data_list?: { rotation?: number }[];
  }>;
}

const ms = (seconds: string | undefined): number | null => {
  const value = Number(seconds);
  return seconds !== undefined && Number.isFinite(value) && value >= 0 ? Math.round(value * 1000) : null;
};

/** Reads ffprobe's JSON (pure, for tests): the first real video stream (not cover art) and the first audio stream. */
export function readProbe(json: FfprobeJson, bytes: number, faststart: boolean | null): VideoFileInfo {
  const streams = json.streams ?? [];
  const v = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const a = streams.find((s) => s.codec_type === 'audio');
  const avg = rate(v?.avg_frame_rate);
  const base = rate(v?.r_frame_rate);
  return {
    container: json.format?.format_name ?? '',
    durationMs: ms(json.format?.duration) ?? ms(v?.duration) ?? 0,
    bytes,
    video: v
      ? {
          codec: v.codec_name ?? '',
          profile: v.profile ?? null,
          pixFmt: v.pix_fmt ?? null,
          width: v.width ?? 0,
          height: v.height ?? 0,
          rotation: rotationOf(v),
          fps: avg ?? base,
          constantFps: avg !== null && base !== null && Math.abs(avg - base) < 0.01,
          frames: v.nb_frames !== undefined && Number.isFinite(Number(v.nb_frames)) ? Number(v.nb_frames) : null,
          durationMs: ms(v.duration),
        }
      : null,
    audio: a ? { codec: a.codec_name ?? '', sampleRate: a.sample_rate ? Number(a.sample_rate) : null, channels: a.channels ?? null, durationMs: ms(a.duration) } : null,
    faststart,
  };
}

/** The size of the pictures ffmpeg decodes from this stream: a quarter turn swaps width and height. */
export function displayedSize(video: Pick<VideoStreamInfo, 'width' | 'height' | 'rotation'>): { width: number; height: number } {
  return video.rotation % 180 === 90 ? { width: video.height, height: video.width } : { width: video.width, height: video.height };
}

/**
 * Whether an MP4's `moov` box comes before its `mdat` box, read from the top-level box headers
 * (a few reads, whatever the file's size). null when the file is not an ISO media file.
 */
export async function moovBeforeMdat(file: string): Promise<boolean | null> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const header = Buffer.alloc(16);
    let offset = 0;
    for (let boxes = 0; offset + 8 <= size && boxes < 1000; boxes++) {
      await handle.read(header, 0, 16, offset);
      let length = header.readUInt32BE(0);
      const type = header.toString('latin1', 4, 8);
      if (!/^[a-z0-9 ]{4}$/i.test(type)) return null;
      if (type === 'moov') return true;
      if (type === 'mdat') return false;
      if (length === 1) length = Number(header.readBigUInt64BE(8));
      else if (length === 0) return null;
      if (length < 8) return null;
      offset += length;
    }
    return null;
  } finally {
    await handle.close();
  }
}

/** Probes a file we wrote or a user chose (ffprobe through the one runner, its input whitelisted). */
export async function probeVideoFile(file: string, options: { signal?: AbortSignal; binary?: string } = {}): Promise<VideoFileInfo> {
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...ffmpegInputArgs(file)];
  const { stdout } = await runFfprobe(args, { timeoutMs: 60_000, maxStdoutBytes: 4 * 1024 * 1024, ...(options.signal ? { signal: options.signal } : {}), ...(options.binary ? { binary: options.binary } : {}) });
  const json = JSON.parse(stdout.toString('utf8')) as FfprobeJson;
  const { size } = await stat(file);
  const iso = /mp4|mov/.test(json.format?.format_name ?? '');
  return readProbe(json, size, iso ? await moovBeforeMdat(file) : null);
}

/**
 * ffprobe of a video or sound, before any decode (EXP-06). The demuxer is forced from the sniffed
 * type (`-f mov`, `-f matroska`...): ffprobe never guesses from content or name, so a file cannot
 * pass itself off as a playlist or concat list that opens other files, and `-protocol_whitelist
 * file,pipe` keeps it off the network anyway (DESIGN.md §3).
 */
import { UserError } from '../../errors';
import { ffmpegInputArgs } from '../../ffmpeg/args';
import { INSTALL_HINT, locateFfmpeg, locateFfprobe } from '../../ffmpeg/locate';
import type { AudioMime, VideoMime } from '../sniff';
import { MEDIA_LIMITS } from './limits';
import { runTool, RunTimeout } from './run';

/** Demuxer per sniffed type. */
export const DEMUXER: Record<VideoMime | AudioMime, string> = {
  'video/mp4': 'mov',
  'video/quicktime': 'mov',
  'video/webm': 'matroska',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/mp4': 'mov',
  'audio/ogg': 'ogg',
};

export interface Tools {
  ffmpeg: string | null;
  ffprobe: string | null;
}

/** ffmpeg as the rest of the app finds it (locate.ts), ffprobe next to it or on PATH. */
export function locateTools(): Tools {
  const ffmpeg = locateFfmpeg().found?.path ?? null;
  return { ffmpeg, ffprobe: locateFfprobe(ffmpeg) };
}

export interface Probed {
  durationMs: number;
  /** Displayed size (a 90° rotation flag swaps width and height). Video only. */
  width?: number;
  height?: number;
  videoCodec?: string;
  audioCodec?: string;
  fps?: number;
}

interface FfprobeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  duration?: string;
  disposition?: { attached_pic?: number };
  tags?: Record<string, string>;
  side_data_list?: { rotation?: number }[];
}
interface FfprobeOutput {
  streams?: FfprobeStream[];
  format?: { duration?: string };
}

/** "30000/1001" -> 29.97; null for 0/0 or junk. */
export function parseRate(rate: string | undefined): number | null {
  if (!rate) return null;
  const [num, den] = rate.split('/').map(Number);
  const value = den === undefined ? num : num / den;
  return Number.isFinite(value) && value > 0 && value < 1000 ? Math.round(value * 1000) / 1000 : null;
}

function rotation(stream: FfprobeStream): number {
  const fromSide = stream.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation;
  const value = fromSide ?? Number(stream.tags?.rotate ?? 0);
  return Number.isFinite(value) ? ((Math.round(value) % 360) + 360) % 360 : 0;
}

/**
 * Read duration, streams and codecs. `file` is a temp copy of the bytes (the MP4 index may be at
 * the end: ffprobe needs to seek, so a pipe will not do).
 */
export async function probeMedia(file: string, name: string, kind: 'video' | 'audio', mime: VideoMime | AudioMime, tools: Tools): Promise<Probed> {
  if (!tools.ffprobe) {
    throw new UserError('bad-file', `"${name}" cannot be checked: importing video and sound needs ffprobe, which was not found. ${INSTALL_HINT}`);
  }
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...ffmpegInputArgs(file, ['-f', DEMUXER[mime]])];
  let result;
  try {
    result = await runTool(tools.ffprobe, args, { timeoutMs: MEDIA_LIMITS.probeTimeoutMs, maxStdout: 4 * 1024 * 1024 });
  } catch (error) {
    if (error instanceof RunTimeout) throw new UserError('bad-file', `"${name}" could not be read within ${MEDIA_LIMITS.probeTimeoutMs / 1000} s; it is probably damaged`);
    throw error;
  }
  const damaged = new UserError('bad-file', `"${name}" is truncated or damaged and cannot be read`);
  if (result.code !== 0) throw damaged;
  let parsed: FfprobeOutput;
  try {
    parsed = JSON.parse(result.stdout.toString('utf8')) as FfprobeOutput;
  } catch {
    throw damaged;
  }
  const streams = parsed.streams ?? [];
  // Cover art in an MP3 or M4A is a "video" stream of one picture: not a video.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (kind === 'video' && !video) {
    throw new UserError('bad-file', audio ? `"${name}" has no picture, only sound; import it as a sound (M4A, MP3...)` : `"${name}" has no video stream`);
  }
  if (kind === 'audio' && !audio) throw new UserError('bad-file', `"${name}" has no sound stream`);

  const seconds = Number(parsed.format?.duration ?? (kind === 'video' ? video?.duration : audio?.duration));
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UserError('bad-file', `"${name}" has no readable duration; it is probably truncated or damaged`);
  const durationMs = Math.round(seconds * 1000);
  const limits = MEDIA_LIMITS[kind];
  if (durationMs < limits.minDurationMs) throw new UserError('bad-file', `"${name}" is too short (${durationMs} ms)`);
  if (durationMs > limits.maxDurationMs) {
    throw new UserError('bad-file', `"${name}" lasts ${formatDuration(durationMs)}; the limit for ${kind === 'video' ? 'a video' : 'a sound'} is ${formatDuration(limits.maxDurationMs)}`);
  }

  const probed: Probed = { durationMs };
  if (audio?.codec_name) probed.audioCodec = audio.codec_name.slice(0, 40);
  if (video) {
    const { width, height } = video;
    if (!width || !height || width <= 0 || height <= 0) throw new UserError('bad-file', `"${name}" declares no picture size; it is probably damaged`);
    const maxSide = MEDIA_LIMITS.video.maxSide;
    if (width > maxSide || height > maxSide) throw new UserError('bad-file', `"${name}" declares ${width} x ${height} pixels; the limit is ${maxSide} px per side`);
    const quarter = rotation(video) % 180 === 90;
    probed.width = quarter ? height : width;
    probed.height = quarter ? width : height;
    if (video.codec_name) probed.videoCodec = video.codec_name.slice(0, 40);
    const fps = parseRate(video.avg_frame_rate) ?? parseRate(video.r_frame_rate);
    if (fps !== null) probed.fps = fps;
  }
  return probed;
}

export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? `${minutes} min ${String(seconds).padStart(2, '0')} s` : `${seconds} s`;
}


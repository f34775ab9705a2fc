/**
 * ffprobe of a video or sound, before any decode (EXP-06). The demuxer is forced from the sniffed
 * type (`-f mov`, `-f matroska`...): ffprobe never guesses from content or name, so a file cannot
 * pass itself off as a playlist or concat list that opens other files, and `-protocol_whitelist
 * file,pipe` keeps it off the network anyway (docs/architecture.md, Media and ffmpeg).
 */
import { msg, type Message } from '../../../../core/messages';
import { UserError } from '../../errors';
import { ffmpegInputArgs } from '../../ffmpeg/args';
import { locateFfmpeg, locateFfprobe } from '../../ffmpeg/locate';
import { FfmpegFailure, FfmpegTimeout, runFfprobe } from '../../ffmpeg/run';
import type { AudioMime, VideoMime } from '../sniff';
import { MEDIA_LIMITS } from './limits';

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

/** A video stream's display rotation in degrees (0, 90, 180, 270): its display matrix, else its old `rotate` tag. */
export function rotationOf(stream: Pick<FfprobeStream, 'side_data_list' | 'tags'>): number {
  const fromSide = stream.side_data_list?.find((d) => typeof d.rotation === 'number')?.rotation;
  const value = fromSide ?? Number(stream.tags?.rotate ?? 0);
  return Number.isFinite(value) ? ((Math.round(value) % 360) + 360) % 360 : 0;
}

/**
 * Read duration, streams and codecs. `file` is a temp copy of the bytes (the MP4 index may be at
 * the end: ffprobe needs to seek, so a pipe will not do).
 */
export async function probeMedia(file: string, name: string, kind: 'video' | 'audio', mime: VideoMime | AudioMime, tools: Tools): Promise<Probed> {
  if (!tools.ffprobe) throw new UserError('bad-file', msg('media.needsFfprobe', { name, hint: msg('ffmpeg.installHint') }));
  const args = ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', ...ffmpegInputArgs(file, ['-f', DEMUXER[mime]])];
  const damaged = new UserError('bad-file', msg('media.unreadable', { name }));
  let stdout: Buffer;
  try {
    ({ stdout } = await runFfprobe(args, { binary: tools.ffprobe, timeoutMs: MEDIA_LIMITS.probeTimeoutMs, maxStdoutBytes: 4 * 1024 * 1024 }));
  } catch (error) {
    if (error instanceof FfmpegTimeout) throw new UserError('bad-file', msg('media.probeTimeout', { name, seconds: MEDIA_LIMITS.probeTimeoutMs / 1000 }));
    // ffprobe ran and refused the file: an exit code, a crash, or pages of JSON for a hostile one.
    if (error instanceof FfmpegFailure && error.reason.kind !== 'not-found' && error.reason.kind !== 'not-started') throw damaged;
    throw error;
  }
  let parsed: FfprobeOutput;
  try {
    parsed = JSON.parse(stdout.toString('utf8')) as FfprobeOutput;
  } catch {
    throw damaged;
  }
  const streams = parsed.streams ?? [];
  // Cover art in an MP3 or M4A is a "video" stream of one picture: not a video.
  const video = streams.find((s) => s.codec_type === 'video' && !s.disposition?.attached_pic);
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (kind === 'video' && !video) throw new UserError('bad-file', msg(audio ? 'media.soundOnly' : 'media.noVideoStream', { name }));
  if (kind === 'audio' && !audio) throw new UserError('bad-file', msg('media.noSoundStream', { name }));

  const seconds = Number(parsed.format?.duration ?? (kind === 'video' ? video?.duration : audio?.duration));
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UserError('bad-file', msg('media.noDuration', { name }));
  const durationMs = Math.round(seconds * 1000);
  const limits = MEDIA_LIMITS[kind];
  if (durationMs < limits.minDurationMs) throw new UserError('bad-file', msg('media.tooShort', { name, ms: durationMs }));
  if (durationMs > limits.maxDurationMs) {
    const params = { name, duration: durationMessage(durationMs), limit: durationMessage(limits.maxDurationMs) };
    throw new UserError('bad-file', kind === 'video' ? msg('media.videoTooLong', params) : msg('media.soundTooLong', params));
  }

  const probed: Probed = { durationMs };
  if (audio?.codec_name) probed.audioCodec = audio.codec_name.slice(0, 40);
  if (video) {
    const { width, height } = video;
    if (!width || !height || width <= 0 || height <= 0) throw new UserError('bad-file', msg('media.noPictureSize', { name }));
    const maxSide = MEDIA_LIMITS.video.maxSide;
    if (width > maxSide || height > maxSide) throw new UserError('bad-file', msg('media.pictureTooLarge', { name, width, height, limit: maxSide }));
    const quarter = rotationOf(video) % 180 === 90;
    probed.width = quarter ? height : width;
    probed.height = quarter ? width : height;
    if (video.codec_name) probed.videoCodec = video.codec_name.slice(0, 40);
    const fps = parseRate(video.avg_frame_rate) ?? parseRate(video.r_frame_rate);
    if (fps !== null) probed.fps = fps;
  }
  return probed;
}

/** 65 000 ms -> "1 min 05 s"; 8 000 -> "8 s" (rounded to the second), in the reader's language. */
export function durationMessage(ms: number): Message {
  const total = Math.round(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes > 0 ? msg('media.minutesSeconds', { minutes, seconds: String(seconds).padStart(2, '0') }) : msg('media.seconds', { seconds });
}

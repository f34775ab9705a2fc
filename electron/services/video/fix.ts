/**
 * `fixVideo`: a video file re-encoded so it passes a video format's preflight (docs/architecture.md,
 * "Video"; core/preflight/video.ts):
 *
 * - H.264 High, yuv420p, constant frame rate, closed GOP of 2 s, `+faststart`; AAC 48 kHz stereo
 *   (or no audio when the source has none).
 * - Scaled to the format's size. A different ratio is never cropped (cropping is a design choice,
 *   as for images): the picture is scaled to fit inside and centred on black bars.
 * - The frame rate is the source's average, clamped into the format's range.
 * - Trimmed to the format's longest duration. A video under the minimum cannot be fixed.
 * - A byte cap: CRF 20 first; when the file is over, a bitrate computed from the duration with a
 *   10 % margin, checked, and once more 20 % lower; still over fails with a keyed message.
 *
 * Written under a temp name beside `out`, probed, checked, renamed (./files.ts); a cancel or a
 * failure leaves nothing. Progress is weighted over the passes and never goes down.
 */
import { ratioValue } from '../../../core/formats/catalog';
import { msg, type Message } from '../../../core/messages';
import { codecName, secondsBeside, videoPreflight, type VideoPreflightFormat, type VideoRuleResult } from '../../../core/preflight/video';
import { UserError } from '../errors';
import { ffmpegInputArgs } from '../ffmpeg/args';
import { runFfmpeg } from '../ffmpeg/run';
import { detectMediaType, writeThroughTemp } from './files';
import { probeVideoFile, type VideoFileInfo } from './probe';

export interface FixVideoOptions {
  input: string;
  format: VideoPreflightFormat;
  out: string;
  signal?: AbortSignal;
  /** 0..1, never decreasing; 1 once the file is in place. */
  onProgress?: (fraction: number) => void;
}

export interface FixVideoResult {
  /** What changed, as sentences for the user ("re-encoded HEVC to H.264", "trimmed 95 s to 90 s"). */
  changes: Message[];
  /** The written file, probed. */
  info: VideoFileInfo;
  /** The written file's preflight (every rule passes). */
  rules: VideoRuleResult[];
}

const AUDIO_KBPS = 128;
/** Lowest video bitrate tried for a byte cap: below it the picture is mush. */
const MIN_VIDEO_KBPS = 150;

/** The frame rate written: the source's average, rounded, clamped into the format's range (30 when unknown). */
export function targetFps(source: number | null, range: { min?: number; max?: number } | undefined): number {
  let fps = source === null ? 30 : Math.round(source);
  if (range?.max !== undefined) fps = Math.min(fps, Math.floor(range.max));
  if (range?.min !== undefined) fps = Math.max(fps, Math.ceil(range.min));
  return Math.max(1, fps);
}

/** The video bitrate (kbps) that makes `seconds` of video with audio fit `capBytes` with a margin. */
export function bitrateFor(capBytes: number, seconds: number, audioKbps: number, margin = 0.9): number {
  return Math.floor((capBytes * 8 * margin) / 1000 / Math.max(seconds, 0.1) - audioKbps);
}

function sizeMessage(width: number, height: number): Message {
  return msg('unit.size', { width, height });
}

export async function fixVideo(options: FixVideoOptions): Promise<FixVideoResult> {
  const { input, format, signal } = options;
  const source = await probeVideoFile(input, signal ? { signal } : {});
  const video = source.video;
  if (!video) throw new UserError('bad-file', msg('videoFile.cannot.noVideo'));
  const limits = format.limits;
  // Whole milliseconds, as preflight judges them (core/preflight/video).
  const durationMs = Math.round(source.durationMs);
  const seconds = durationMs / 1000;
  const minSeconds = limits.durationSeconds?.min;
  if (minSeconds !== undefined && seconds < minSeconds) throw new UserError('bad-file', msg('videoFile.cannot.tooShort', { seconds: secondsBeside(durationMs, minSeconds), min: minSeconds }));
  const maxSeconds = limits.durationSeconds?.max;
  const trimmed = maxSeconds !== undefined && seconds > maxSeconds;
  const outSeconds = trimmed ? maxSeconds : seconds;
  const fps = targetFps(video.fps, limits.fps);
  const { width, height } = format;
  const sameRatio = Math.abs(video.width / video.height / ratioValue(format.ratio) - 1) <= 0.01;

  const filters = [
    `scale=${width}:${height}:force_original_aspect_ratio=decrease:flags=lanczos`,
    `pad=${width}:${height}:(ow-iw)/2:(oh-ih)/2:color=black`,
    'setsar=1',
    `fps=${fps}`,
    'format=yuv420p',
  ].join(',');
  const gop = String(fps * 2);
  const audioArgs = source.audio ? ['-map', '0:a:0', '-c:a', 'aac', '-b:a', `${AUDIO_KBPS}k`, '-ar', '48000', '-ac', '2'] : ['-an'];
  const encode = (temp: string, rate: { crf: number } | { kbps: number }, progress: (f: number) => void) =>
    runFfmpeg(
      [
        '-hide_banner', '-v', 'error', '-y',
        ...ffmpegInputArgs(input),
        '-map', '0:v:0', ...audioArgs,
        '-vf', filters,
        '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'high', '-pix_fmt', 'yuv420p',
        ...('crf' in rate ? ['-crf', String(rate.crf)] : ['-b:v', `${rate.kbps}k`, '-maxrate', `${Math.round(rate.kbps * 1.2)}k`, '-bufsize', `${rate.kbps * 2}k`]),
        '-g', gop, '-keyint_min', gop, '-sc_threshold', '0', '-flags', '+cgop', '-fps_mode', 'cfr',
        ...(trimmed ? ['-t', String(outSeconds)] : []),
        '-map_metadata', '-1', '-movflags', '+faststart', '-f', 'mp4', temp,
      ],
      { timeoutMs: Math.max(600_000, outSeconds * 60_000), durationMs: outSeconds * 1000, ...(signal ? { signal } : {}), onProgress: (p) => progress(p.fraction) },
    );

  let reported = 0;
  const report = (fraction: number) => {
    if (fraction <= reported) return;
    reported = fraction;
    options.onProgress?.(fraction);
  };
  const cap = limits.maxBytes;
  // Weights of the passes: one pass takes it all; with a cap, the first half, then the retries.
  const spans: Array<[number, number]> = cap === undefined ? [[0, 0.99]] : [[0, 0.5], [0.5, 0.8], [0.8, 0.99]];
  const changes: Message[] = [];

  const result = await writeThroughTemp(options.out, async (temp) => {
    let info: VideoFileInfo | null = null;
    let kbps: number | null = null;
    for (let pass = 0; pass < spans.length; pass++) {
      const [from, to] = spans[pass];
      const rate = pass === 0 ? { crf: 20 } : { kbps: kbps! };
      await encode(temp, rate, (f) => report(from + (to - from) * f));
      info = await probeVideoFile(temp, signal ? { signal } : {});
      if (cap === undefined || info.bytes <= cap) break;
      const tried = pass === 0 ? null : kbps!;
      const next = tried === null ? bitrateFor(cap, outSeconds, source.audio ? AUDIO_KBPS : 0) : Math.floor(tried * 0.8);
      if (pass === spans.length - 1 || (tried !== null && next < MIN_VIDEO_KBPS)) {
        throw new UserError('bad-file', msg('videoFile.cannot.bytes', { kbps: tried ?? next, size: mbMessage(info.bytes), cap: mbMessage(cap) }));
      }
      kbps = Math.max(MIN_VIDEO_KBPS, next);
    }
    const written = info!;
    const rules = videoPreflight({ ...written, type: await detectMediaType(temp) }, format);
    if (kbps !== null) changes.push(msg('videoFile.change.bitrate', { kbps, cap: mbMessage(cap!), size: mbMessage(written.bytes) }));
    return { info: written, rules };
  });

  // What changed, in the order a user reads it: codec, picture, time, weight, audio, index.
  const list: Message[] = [];
  if (video.codec !== 'h264') list.push(msg('videoFile.change.codec', { from: codecName(video.codec) }));
  else if (video.profile !== 'High') list.push(msg('videoFile.change.profile', { from: video.profile ?? '?' }));
  if (video.pixFmt !== 'yuv420p') list.push(msg('videoFile.change.pixFmt', { from: video.pixFmt ?? '?' }));
  if (video.width !== width || video.height !== height) {
    list.push(msg(sameRatio ? 'videoFile.change.scaled' : 'videoFile.change.padded', { from: sizeMessage(video.width, video.height), to: sizeMessage(width, height) }));
  }
  if (!video.constantFps) list.push(msg('videoFile.change.cfr', { to: fps }));
  else if (video.fps !== null && Math.abs(video.fps - fps) > 0.01) list.push(msg('videoFile.change.fps', { from: Number(video.fps.toFixed(2)), to: fps }));
  if (trimmed) list.push(msg('videoFile.change.trimmed', { from: secondsBeside(durationMs, maxSeconds!), to: maxSeconds! }));
  list.push(...changes);
  if (source.audio && (source.audio.codec !== 'aac' || source.audio.sampleRate !== 48000)) {
    list.push(msg('videoFile.change.audio', { from: `${codecName(source.audio.codec)} ${source.audio.sampleRate ?? '?'} Hz` }));
  }
  if (source.faststart === false) list.push(msg('videoFile.change.faststart'));
  if (list.length === 0) list.push(msg('videoFile.change.reencoded'));
  report(1);
  return { changes: list, info: result.info, rules: result.rules };
}

export function mbMessage(bytes: number): Message {
  return msg('unit.megabytes', { value: Number((bytes / 1_000_000).toFixed(2)) });
}

/**
 * A video file as an animated GIF or an animated WebP under a size target (docs/architecture.md,
 * "Video"; the targets per network are core/formats/videoLimits.ts GIF_LIMITS).
 *
 * GIF: `fps, scale (lanczos), split, palettegen stats_mode=diff, paletteuse bayer 4 with
 * diff_mode=rectangle`, looping for ever. WebP: libwebp_anim, lossy, looping for ever.
 *
 * Over the target, one knob at a time is turned down, each step sized from how far over the last
 * attempt was: first the width (down to MIN_WIDTH), then the frame rate (down to MIN_FPS), then
 * the colours of a GIF's palette or a WebP's quality. When the floor of all three is still over,
 * it fails with a keyed message naming the smallest file reached and the target. Each attempt is
 * written to a temp name beside `out` and renamed only when it fits (./files.ts); progress is
 * weighted over the attempts (each one gets half of what is left) and never goes down.
 */
import { msg, type Message } from '../../../core/messages';
import { UserError } from '../errors';
import { ffmpegInputArgs } from '../ffmpeg/args';
import { runFfmpeg } from '../ffmpeg/run';
import { mbMessage } from './fix';
import { writeThroughTemp } from './files';
import { probeVideoFile } from './probe';
import { stat } from 'node:fs/promises';

export interface AnimatedOptions {
  /** A video file (an MP4 Affiche exported, or any file ffmpeg reads). */
  input: string;
  out: string;
  maxBytes?: number;
  maxWidth?: number;
  maxHeight?: number;
  maxFrames?: number;
  /** The starting frame rate (default 12). */
  fps?: number;
  /** The starting width (default 480, never more than the source's). */
  width?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export interface AnimatedResult {
  bytes: number;
  width: number;
  height: number;
  fps: number;
  /** The GIF palette's colours, or the WebP quality. */
  colors: number;
  quality: number;
  frames: number;
  /** How many encodes it took. */
  attempts: number;
}

export const MIN_WIDTH = 240;
export const MIN_FPS = 6;
const GIF_COLORS = [256, 128, 64, 32] as const;
const WEBP_QUALITY = [75, 55, 35, 20] as const;

type Kind = 'gif' | 'webp';

interface Settings {
  width: number;
  fps: number;
  /** Index into GIF_COLORS or WEBP_QUALITY. */
  level: number;
}

const even = (n: number) => Math.max(2, 2 * Math.floor(n / 2));

/** The next settings after an attempt `ratio` times over the target, or null at the floor. */
export function nextSettings(current: Settings, ratio: number): Settings | null {
  // Size goes roughly with the pixel count (width squared) and with the frame rate.
  if (current.width > MIN_WIDTH) {
    const factor = Math.min(0.9, Math.max(0.5, Math.sqrt(1 / ratio) * 0.95));
    return { ...current, width: Math.max(MIN_WIDTH, even(current.width * factor)) };
  }
  if (current.fps > MIN_FPS) {
    const factor = Math.min(0.85, Math.max(0.5, (1 / ratio) * 0.95));
    return { ...current, fps: Math.max(MIN_FPS, Math.floor(current.fps * factor)) };
  }
  if (current.level < GIF_COLORS.length - 1) return { ...current, level: current.level + 1 };
  return null;
}

function graph(kind: Kind, settings: Settings): string {
  const base = `fps=${settings.fps},scale=${settings.width}:-2:flags=lanczos`;
  if (kind === 'webp') return base;
  const colors = GIF_COLORS[settings.level];
  return `${base},split[a][b];[a]palettegen=stats_mode=diff:max_colors=${colors}[p];[b][p]paletteuse=dither=bayer:bayer_scale=4:diff_mode=rectangle`;
}

async function encodeAnimated(kind: Kind, options: AnimatedOptions): Promise<AnimatedResult> {
  const { signal } = options;
  const source = await probeVideoFile(options.input, signal ? { signal } : {});
  if (!source.video) throw new UserError('bad-file', msg('videoFile.cannot.noVideo'));
  const seconds = Math.max(source.durationMs / 1000, 0.04);
  const { width: srcW, height: srcH } = source.video;
  let width = Math.min(options.width ?? 480, srcW, options.maxWidth ?? Infinity);
  if (options.maxHeight !== undefined) width = Math.min(width, (options.maxHeight * srcW) / srcH);
  let fps = options.fps ?? 12;
  if (options.maxFrames !== undefined) fps = Math.min(fps, Math.floor(options.maxFrames / seconds));
  let settings: Settings = { width: even(width), fps: Math.max(1, fps), level: 0 };
  const frameCap = options.maxFrames !== undefined ? ['-frames:v', String(options.maxFrames)] : [];

  let reported = 0;
  const report = (fraction: number) => {
    if (fraction <= reported) return;
    reported = fraction;
    options.onProgress?.(fraction);
  };

  return writeThroughTemp(options.out, async (temp) => {
    for (let attempt = 0; ; attempt++) {
      const from = 1 - 0.5 ** attempt;
      const to = 1 - 0.5 ** (attempt + 1);
      const codec =
        kind === 'gif'
          ? ['-loop', '0', '-f', 'gif']
          : ['-c:v', 'libwebp_anim', '-lossless', '0', '-q:v', String(WEBP_QUALITY[settings.level]), '-compression_level', '4', '-loop', '0', '-f', 'webp'];
      await runFfmpeg(['-hide_banner', '-v', 'error', '-y', ...ffmpegInputArgs(options.input), '-an', '-filter_complex', graph(kind, settings), ...frameCap, ...codec, temp], {
        timeoutMs: Math.max(600_000, seconds * 60_000),
        durationMs: seconds * 1000,
        ...(signal ? { signal } : {}),
        onProgress: (p) => report(Math.min(0.99, from + (to - from) * p.fraction)),
      });
      const { size } = await stat(temp);
      // As `scale=W:-2` sizes it: the scaled height rounded to the nearest even number.
      const height = Math.max(2, 2 * Math.round((settings.width * srcH) / (srcW * 2)));
      const fits = options.maxBytes === undefined || size <= options.maxBytes;
      if (fits) {
        report(1);
        return {
          bytes: size,
          width: settings.width,
          height,
          fps: settings.fps,
          colors: kind === 'gif' ? GIF_COLORS[settings.level] : 0,
          quality: kind === 'webp' ? WEBP_QUALITY[settings.level] : 0,
          frames: Math.min(Math.ceil(seconds * settings.fps), options.maxFrames ?? Infinity),
          attempts: attempt + 1,
        };
      }
      const next = nextSettings(settings, size / options.maxBytes!);
      if (!next) throw new UserError('bad-file', tooBig(kind, size, settings, options.maxBytes!));
      settings = next;
    }
  });
}

function tooBig(kind: Kind, bytes: number, settings: Settings, target: number): Message {
  const common = { size: mbMessage(bytes), width: settings.width, fps: settings.fps, target: mbMessage(target) };
  return kind === 'gif'
    ? msg('videoFile.gif.tooBig', { ...common, colors: GIF_COLORS[settings.level] })
    : msg('videoFile.webp.tooBig', { ...common, quality: WEBP_QUALITY[settings.level] });
}

export function encodeGif(options: AnimatedOptions): Promise<AnimatedResult> {
  return encodeAnimated('gif', options);
}

export function encodeWebp(options: AnimatedOptions): Promise<AnimatedResult> {
  return encodeAnimated('webp', options);
}

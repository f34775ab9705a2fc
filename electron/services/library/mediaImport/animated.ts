/**
 * An animated GIF or animated WebP imported as a video (docs/architecture.md, "Video"): ffmpeg 5.1
 * cannot decode animated WebP, and a clip plays, trims and exports like any other video, so the
 * animation is converted once, at import, to an MP4 (H.264 High, yuv420p, constant frame rate,
 * `+faststart`) which becomes the asset's blob; the asset keeps the original's name. A still GIF
 * or WebP stays an image.
 *
 * One decoder for both: sharp reads every frame (`animated: true`, disposal applied) and each
 * frame's delay. Transparent pixels are flattened on white (a video has no transparency). The
 * frames go to ffmpeg as raw RGB through a temp file: at 1000 / delay fps when every frame has the
 * same delay (a 100 ms GIF is a 10 fps clip), else at 30 fps with each frame repeated for its delay
 * (cumulative rounding: the clip lasts the animation's length to the frame). A delay of 10 ms or
 * less is read as 100 ms, as browsers do. An odd side gets one column or row of white to be even.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { ffmpegInputArgs } from '../../ffmpeg/args';
import { runFfmpeg } from '../../ffmpeg/run';
import { MEDIA_LIMITS } from './limits';

/** Frames x pixels decoded at most (3 bytes each in memory); a larger animation imports as a still image. */
export const MAX_ANIMATION_PIXELS = MEDIA_LIMITS.image.maxPixels;
const FALLBACK_FPS = 30;

export interface AnimationTiming {
  fps: number;
  /** How many times each frame is written. */
  repeats: number[];
}

/** The constant frame rate and per-frame repeats that play `delaysMs` (pure, for tests). */
export function animationTiming(delaysMs: readonly number[]): AnimationTiming {
  const delays = delaysMs.map((d) => (d > 10 ? d : 100));
  const first = delays[0];
  const fps = 1000 / first;
  if (delays.every((d) => d === first) && Number.isInteger(fps * 1000) && fps >= 1 && fps <= 60) return { fps, repeats: delays.map(() => 1) };
  const repeats: number[] = [];
  let elapsed = 0;
  let written = 0;
  for (const delay of delays) {
    elapsed += delay;
    const until = Math.max(written + 1, Math.round((elapsed * FALLBACK_FPS) / 1000));
    repeats.push(until - written);
    written = until;
  }
  return { fps: FALLBACK_FPS, repeats };
}

/**
 * The MP4 bytes of an animated GIF or WebP, or null for a still one, one too large to convert,
 * or when ffmpeg is missing (it then imports as an image, as before).
 */
export async function animatedToMp4(bytes: Uint8Array, ffmpeg: string | null): Promise<Uint8Array | null> {
  if (!ffmpeg) return null;
  const meta = await sharp(bytes, { animated: true }).metadata();
  const pages = meta.pages ?? 1;
  if (pages < 2 || !meta.width || !meta.height) return null;
  const width = meta.width;
  const height = meta.pageHeight ?? Math.round(meta.height / pages);
  if (pages * width * height > MAX_ANIMATION_PIXELS) return null;
  const timing = animationTiming(Array.from({ length: pages }, (_, i) => meta.delay?.[i] ?? 100));
  const raw = await sharp(bytes, { animated: true, limitInputPixels: MAX_ANIMATION_PIXELS }).flatten({ background: '#ffffff' }).raw().toBuffer();
  const frameBytes = width * height * 3;
  if (raw.length !== frameBytes * pages) return null;

  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'affiche-animation-'));
  try {
    const rawFile = path.join(dir, 'frames.rgb');
    const handle = await fs.open(rawFile, 'w');
    try {
      for (let i = 0; i < pages; i++) {
        const frame = raw.subarray(i * frameBytes, (i + 1) * frameBytes);
        for (let r = 0; r < timing.repeats[i]; r++) await handle.write(frame);
      }
    } finally {
      await handle.close();
    }
    const out = path.join(dir, 'clip.mp4');
    const frames = timing.repeats.reduce((a, b) => a + b, 0);
    await runFfmpeg(
      [
        '-hide_banner', '-v', 'error', '-nostdin', '-y',
        ...ffmpegInputArgs(rawFile, ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${width}x${height}`, '-framerate', String(timing.fps)]),
        '-vf', 'pad=ceil(iw/2)*2:ceil(ih/2)*2:0:0:white,format=yuv420p',
        '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '18', '-profile:v', 'high', '-pix_fmt', 'yuv420p',
        '-frames:v', String(frames), '-map_metadata', '-1', '-movflags', '+faststart', '-f', 'mp4', out,
      ],
      { timeoutMs: MEDIA_LIMITS.decodeTimeoutSeconds * 4 * 1000, binary: ffmpeg },
    );
    return new Uint8Array(await fs.readFile(out));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

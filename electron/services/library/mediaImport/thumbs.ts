/**
 * Thumbnails for media sharp cannot open: a video's poster frame and a sound's waveform (ffmpeg),
 * a font's specimen (node-canvas). All end as WebP at most MEDIA_LIMITS.thumbnailSide a side, like
 * image thumbnails, so the UI shows every kind the same way.
 */
import { createCanvas, registerFont } from 'canvas';
import sharp from 'sharp';
import { ffmpegInputArgs } from '../../ffmpeg/args';
import { runFfmpeg } from '../../ffmpeg/run';
import { MEDIA_LIMITS, THUMBNAIL_WEBP } from './limits';

const SIDE = MEDIA_LIMITS.thumbnailSide;

export function toWebp(png: Uint8Array): Promise<Buffer> {
  return sharp(png, { failOn: 'truncated', limitInputPixels: 4096 * 4096 })
    .resize({ width: SIDE, height: SIDE, fit: 'inside', withoutEnlargement: true })
    .webp(THUMBNAIL_WEBP)
    .timeout({ seconds: MEDIA_LIMITS.decodeTimeoutSeconds })
    .toBuffer();
}

/**
 * One PNG on stdout. A failure rejects with the runner's error (exit code, stderr tail, command
 * line); the import turns any of them into its "cannot be decoded" refusal.
 */
async function ffmpegPng(ffmpeg: string, args: string[]): Promise<Buffer> {
  const result = await runFfmpeg(['-v', 'error', '-nostdin', ...args, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', 'pipe:1'], {
    binary: ffmpeg,
    timeoutMs: MEDIA_LIMITS.thumbnailTimeoutMs,
  });
  if (result.stdout.length === 0) throw new Error(`ffmpeg made no picture (${result.stderrTail.trim().slice(-300) || 'no output'}). To reproduce: ${result.commandLine}`);
  return result.stdout;
}

/**
 * Poster frame at 10 % of the duration, at most 1 s in (the first frames of social videos are often
 * black fades; later than 1 s is rarely more telling and costs a longer seek). ffmpeg applies the
 * rotation flag itself, so the poster is upright.
 */
export async function videoPoster(ffmpeg: string, file: string, demuxer: string, durationMs: number): Promise<Buffer> {
  const at = Math.min(1, (durationMs / 1000) * 0.1).toFixed(3);
  // Never enlarge a small video: min() keeps its own size when it already fits.
  const scale = `scale='min(${SIDE},iw)':'min(${SIDE},ih)':force_original_aspect_ratio=decrease`;
  return toWebp(await ffmpegPng(ffmpeg, ['-ss', at, ...ffmpegInputArgs(file, ['-f', demuxer]), '-an', '-vf', scale]));
}

/** The whole sound drawn as one waveform, 512 x 128. */
export async function audioWaveform(ffmpeg: string, file: string, demuxer: string): Promise<Buffer> {
  return toWebp(
    await ffmpegPng(ffmpeg, [...ffmpegInputArgs(file, ['-f', demuxer]), '-filter_complex', `aformat=channel_layouts=mono,showwavespic=s=${SIDE}x128:colors=0x3b5bdb`]),
  );
}

const SPECIMEN = 'Aa Bb 123 — Affiche';
let registered = 0;

function drawSpecimen(family: string): { png: Buffer; raw: Buffer } {
  const canvas = createCanvas(SIDE, 256);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, SIDE, 256);
  ctx.fillStyle = '#111111';
  ctx.font = `52px "${family}"`;
  ctx.textBaseline = 'middle';
  const width = ctx.measureText(SPECIMEN).width;
  // Shrink wide faces to fit; never grow.
  if (width > SIDE - 32) ctx.font = `${Math.floor((52 * (SIDE - 32)) / width)}px "${family}"`;
  ctx.fillText(SPECIMEN, 16, 128);
  return { png: canvas.toBuffer('image/png'), raw: canvas.toBuffer('raw') };
}

/** A plain tile that says the font could not be shown, drawn with the default face. */
function fallbackTile(label: string): Buffer {
  const canvas = createCanvas(SIDE, 256);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#f1f3f5';
  ctx.fillRect(0, 0, SIDE, 256);
  ctx.fillStyle = '#495057';
  ctx.font = '28px sans-serif';
  ctx.textBaseline = 'middle';
  ctx.fillText('Aa', 16, 96);
  ctx.font = '20px sans-serif';
  ctx.fillText(`${label.slice(0, 40)} (no preview)`, 16, 170);
  return canvas.toBuffer('image/png');
}

/**
 * Specimen drawn in the font itself. registerFont gives no error for a file Pango cannot use (it
 * silently falls back), so the result is compared with a render under a family that surely does
 * not exist: identical pixels mean the font was not used, and the fallback tile is shown instead.
 * Each registration gets a fresh family name so an earlier import never stands in for this one.
 */
export async function fontSpecimen(fontFile: string, label: string): Promise<{ thumbnail: Buffer; rendered: boolean }> {
  const family = `affiche-import-${process.pid}-${++registered}`;
  try {
    registerFont(fontFile, { family });
    const drawn = drawSpecimen(family);
    const missing = drawSpecimen(`${family}-missing`);
    if (!drawn.raw.equals(missing.raw)) return { thumbnail: await toWebp(drawn.png), rendered: true };
  } catch {
    // fall through to the tile
  }
  return { thumbnail: await toWebp(fallbackTile(label)), rendered: false };
}

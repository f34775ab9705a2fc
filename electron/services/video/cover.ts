/**
 * The cover picture written beside an exported MP4 (issue 13, "Cover"; docs/architecture.md,
 * "Video"): the frame at the design's cover time, decoded from the MP4 itself (so it is exactly
 * what plays, at the video's size), as `<name>-cover.jpg`, and its centre 3:4 crop for Instagram's
 * profile grid as `<name>-cover-3x4.jpg` (core/video/cover.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { gridCrop } from '../../../core/video/cover';
import { ffmpegInputArgs } from '../ffmpeg/args';
import { runFfmpeg } from '../ffmpeg/run';

/** JPEG quality of the cover pictures (a network re-encodes them; this keeps text crisp). */
const COVER_QUALITY = 92;

export interface CoverPictures {
  frame: { width: number; height: number; bytes: Buffer };
  grid: { width: number; height: number; bytes: Buffer };
}

/**
 * Frame `index` of `video` (frames at index / fps) as the cover JPEG and its 3:4 crop. The seek
 * lands half a frame before the frame, so the first frame decoded at or after it is that frame.
 */
export async function coverPictures(options: { video: string; index: number; fps: number; workDir: string; signal?: AbortSignal }): Promise<CoverPictures> {
  const png = path.join(options.workDir, 'cover-frame.png');
  const seek = Math.max(0, (options.index - 0.5) / options.fps);
  await runFfmpeg(['-hide_banner', '-v', 'error', '-y', ...ffmpegInputArgs(options.video, ['-ss', seek.toFixed(6)]), '-an', '-frames:v', '1', '-f', 'image2', '-c:v', 'png', png], {
    timeoutMs: 120_000,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const decoded = await readFile(png);
  const { width, height } = await sharp(decoded).metadata();
  if (!width || !height) throw new Error('the cover frame could not be read');
  const crop = gridCrop(width, height);
  const [frame, grid] = await Promise.all([
    sharp(decoded).jpeg({ quality: COVER_QUALITY, chromaSubsampling: '4:4:4' }).toBuffer(),
    sharp(decoded).extract(crop).jpeg({ quality: COVER_QUALITY, chromaSubsampling: '4:4:4' }).toBuffer(),
  ]);
  return { frame: { width, height, bytes: frame }, grid: { width: crop.width, height: crop.height, bytes: grid } };
}

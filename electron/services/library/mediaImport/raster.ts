/**
 * An image's thumbnail and dominant colours from one decode (docs/architecture.md, Budgets: 1,000 photos with
 * thumbnails >= 50 files/s).
 *
 * The picture is decoded once, already shrunk: with a resize in the pipeline libvips asks the
 * JPEG and WebP decoders for a 1/2, 1/4 or 1/8 scale (shrink-on-load), so a 12 MP photo is never
 * held at full size. The small raw result feeds both the WebP encoder and the colour count
 * (colors.ts averages it down to 64 px in JS, with no third pipeline), instead of a second decode
 * of the original or of the WebP just written.
 */
import sharp from 'sharp';
import { dominantColorsOfPixels } from './colors';
import { MEDIA_LIMITS, THUMBNAIL_WEBP } from './limits';

export interface RasterPreview {
  thumbnail: Buffer;
  colors: string[];
}

/** `image`: sharp on the original, with the caller's decode limits (failOn, limitInputPixels). */
export async function rasterPreview(image: sharp.Sharp, side: number = MEDIA_LIMITS.thumbnailSide): Promise<RasterPreview> {
  const { data, info } = await image
    .rotate() // EXIF orientation: the thumbnail is upright
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
    // Always 8-bit sRGB (3 channels, 4 with alpha): grey, CMYK and 16-bit inputs included.
    .toColourspace('srgb')
    .timeout({ seconds: MEDIA_LIMITS.decodeTimeoutSeconds })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  // The colours while libvips encodes the WebP on its thread (they are ~1 ms of JS); each import
  // holds one thread of the pool (mediaImport/index.ts bounds how many run), leaving the others to
  // the file writes.
  const encoding = sharp(data, { raw }).webp(THUMBNAIL_WEBP).toBuffer();
  const colors = dominantColorsOfPixels(data, raw);
  return { thumbnail: await encoding, colors };
}

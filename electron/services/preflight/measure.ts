/**
 * The facts preflight needs, measured from a file's bytes: type from the magic bytes (the name is
 * the user's guess, EXP-06), size from the header, as displayed (EXIF orientation applied).
 * Header only, no decode: the same guards as import, so a 200-byte "50000 x 50000" PNG is refused
 * by its declared size before anything allocates 10 GB.
 */
import sharp from 'sharp';
import type { FileFacts } from '../../../core/preflight';
import { UserError } from '../errors';
import { IMPORT_LIMITS } from '../library/imageImport';
import { sniff, type ImageMime } from '../library/sniff';

export interface MeasuredImage extends FileFacts {
  type: ImageMime;
  hasAlpha: boolean;
  /** Frames: more than 1 for an animated GIF or WebP. */
  pages: number;
  /** EXIF orientation (1 = as stored). */
  orientation: number;
}

export async function measureImage(bytes: Uint8Array, name = 'the file'): Promise<MeasuredImage> {
  if (bytes.byteLength === 0) throw new UserError('bad-file', `${name} is empty`);
  const kind = sniff(bytes);
  if (kind.kind !== 'image') {
    const why = kind.looksLike ? `it looks like ${kind.looksLike}` : 'its format is not recognised';
    throw new UserError('bad-file', `${name} is not an image Affiche can check (${why})`);
  }
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new UserError('bad-file', `${name} is truncated or damaged and cannot be read`);
  }
  const { width, height } = meta;
  if (!width || !height) throw new UserError('bad-file', `${name} is truncated or damaged and cannot be read`);
  if (width > IMPORT_LIMITS.maxSide || height > IMPORT_LIMITS.maxSide || width * height > IMPORT_LIMITS.maxPixels) {
    throw new UserError('bad-file', `${name} declares ${width} x ${height} pixels, more than Affiche decodes (${IMPORT_LIMITS.maxSide} px per side, ${IMPORT_LIMITS.maxPixels / 1e6} megapixels)`);
  }
  const orientation = meta.orientation ?? 1;
  // Orientations 5-8 turn the picture a quarter: what the user sees has width and height swapped.
  const swapped = orientation >= 5;
  return {
    type: kind.mime,
    bytes: bytes.byteLength,
    width: meta.autoOrient?.width ?? (swapped ? height : width),
    height: meta.autoOrient?.height ?? (swapped ? width : height),
    hasAlpha: Boolean(meta.hasAlpha),
    pages: meta.pages ?? 1,
    orientation,
  };
}

/**
 * The facts preflight needs, measured from a file's bytes: type from the magic bytes (the name is
 * the user's guess, EXP-06), size from the header, as displayed (EXIF orientation applied).
 * Header only, no decode: the same guards as import, so a 200-byte "50000 x 50000" PNG is refused
 * by its declared size before anything allocates 10 GB.
 */
import sharp from 'sharp';
import type { FileFacts } from '../../../core/preflight';
import { msg, type MessageParam } from '../../../core/messages';
import { UserError } from '../errors';
import { IMPORT_LIMITS, notRecognised } from '../library/imageImport';
import { sniff, type ImageMime } from '../library/sniff';

export interface MeasuredImage extends FileFacts {
  type: ImageMime;
  hasAlpha: boolean;
  /** Frames: more than 1 for an animated GIF or WebP. */
  pages: number;
  /** EXIF orientation (1 = as stored). */
  orientation: number;
}

/** `name` names the file in refusals: its file name, or a message (the file, the exported file). */
export async function measureImage(bytes: Uint8Array, name: MessageParam = msg('preflight.subject.file')): Promise<MeasuredImage> {
  if (bytes.byteLength === 0) throw new UserError('bad-file', msg('preflight.empty', { name }));
  const kind = sniff(bytes);
  if (kind.kind !== 'image') throw new UserError('bad-file', msg('preflight.notImage', { name, why: notRecognised(kind.looksLike) }));
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new UserError('bad-file', msg('preflight.unreadable', { name }));
  }
  const { width, height } = meta;
  if (!width || !height) throw new UserError('bad-file', msg('preflight.unreadable', { name }));
  if (width > IMPORT_LIMITS.maxSide || height > IMPORT_LIMITS.maxSide || width * height > IMPORT_LIMITS.maxPixels) {
    throw new UserError('bad-file', msg('preflight.tooBig', { name, width, height, maxSide: IMPORT_LIMITS.maxSide, megapixels: IMPORT_LIMITS.maxPixels / 1e6 }));
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

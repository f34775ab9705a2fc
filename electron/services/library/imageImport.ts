/**
 * Checking and thumbnailing an image before it joins the library (EXP-06: hostile media gets a
 * specific message, never a crash or a hang).
 *
 * Order matters: magic bytes first (sharp only ever sees the formats we take), then the header's
 * declared size read without decoding (a 50000 x 50000 PNG is 200 bytes on disk and 10 GB in
 * memory), then one full decode that also makes the thumbnail and fails on truncated data.
 */
import sharp from 'sharp';
import { msg, type Message } from '../../../core/messages';
import { UserError } from '../errors';
import { rasterPreview } from './mediaImport/raster';
import { sniff, type ImageMime, type LooksLike, type SvgMime } from './sniff';

export const IMPORT_LIMITS = {
  maxBytes: 100 * 1024 * 1024,
  maxSide: 16_384,
  maxPixels: 100_000_000,
  thumbnailSide: 512,
  decodeTimeoutSeconds: 30,
} as const;

export interface PreparedImage {
  mime: ImageMime | SvgMime;
  /** Size as displayed, after EXIF orientation. */
  width: number;
  height: number;
  thumbnail: Buffer;
  /** A few dominant colours, "#rrggbb" (mediaImport/colors.ts). */
  colors: string[];
}

/**
 * The name the user imported the file as, for display and messages only: last path segment,
 * no control characters, at most 255 characters.
 */
export function displayName(fileName: string): string {
  const last = fileName.split(/[\\/]/).pop() ?? '';
  // Control characters (newlines, bells, escapes) would break the one-line messages we show.
  const clean = last.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return clean || 'untitled';
}

/** Why a file is not of a kind Affiche takes: what it looks like, or that it is not recognised. */
export function notRecognised(looksLike: LooksLike | null): Message {
  return looksLike ? msg('asset.why.looksLike', { what: msg(`asset.looksLike.${looksLike}`) }) : msg('asset.why.unknown');
}

/** Megabytes in refusals: the limits are whole binary megabytes. */
export function wholeMegabytes(bytes: number): number {
  return Math.round(bytes / 1024 / 1024);
}

function damaged(name: string): UserError {
  return new UserError('bad-file', msg('asset.undecodable', { name }));
}

/** Resize to fit `side`, apply EXIF orientation, encode WebP. */
function thumbnailPipeline(image: sharp.Sharp, side: number): sharp.Sharp {
  return image
    .rotate()
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 82 })
    .timeout({ seconds: IMPORT_LIMITS.decodeTimeoutSeconds });
}

/** `svg`: the bytes are an SVG already sanitised by mediaImport/svg.ts (sniff would not pass it here). */
export async function prepareImage(fileName: string, bytes: Uint8Array, options: { svg?: boolean } = {}): Promise<PreparedImage> {
  const name = displayName(fileName);
  if (bytes.byteLength === 0) throw new UserError('bad-file', msg('asset.empty', { name }));
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) {
    throw new UserError('bad-file', msg('asset.tooLarge', { name, megabytes: wholeMegabytes(IMPORT_LIMITS.maxBytes), kind: msg('asset.kind.image') }));
  }
  const kind = sniff(bytes);
  let mime: ImageMime | SvgMime;
  if (options.svg && kind.kind === 'svg') mime = kind.mime;
  else if (kind.kind === 'image') mime = kind.mime;
  else {
    throw new UserError('bad-file', msg('asset.notReadableImage', { name, why: notRecognised(kind.looksLike) }));
  }

  // Header only: no pixel limit here, or sharp would refuse with its own vague message before we
  // could name the declared size.
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw damaged(name);
  }
  const { width, height } = meta;
  if (!width || !height) throw damaged(name);
  if (width > IMPORT_LIMITS.maxSide || height > IMPORT_LIMITS.maxSide) {
    throw new UserError('bad-file', msg('asset.declaresSide', { name, width, height, max: IMPORT_LIMITS.maxSide }));
  }
  if (width * height > IMPORT_LIMITS.maxPixels) {
    const megapixels = Math.round((width * height) / 1e6);
    throw new UserError('bad-file', msg('asset.declaresPixels', { name, width, height, megapixels, max: IMPORT_LIMITS.maxPixels / 1e6 }));
  }

  let thumbnail: Buffer;
  let colors: string[];
  try {
    // 'truncated' rather than sharp's default 'warning': real photos often carry harmless
    // warnings (extra bytes after the JPEG end marker) and must still import.
    // One decode, shrunk on load, gives the thumbnail and the colours (mediaImport/raster.ts).
    ({ thumbnail, colors } = await rasterPreview(sharp(bytes, { failOn: 'truncated', limitInputPixels: IMPORT_LIMITS.maxPixels }), IMPORT_LIMITS.thumbnailSide));
  } catch {
    throw damaged(name);
  }
  // Orientations 5-8 turn the picture a quarter: what the user sees has width and height swapped.
  const swapped = (meta.orientation ?? 1) >= 5;
  return {
    mime,
    colors,
    width: meta.autoOrient?.width ?? (swapped ? height : width),
    height: meta.autoOrient?.height ?? (swapped ? width : height),
    thumbnail,
  };
}

/** Thumbnail of a rendered design page (PNG from our renderer; still checked, it crossed a process). */
export async function designThumbnail(png: Uint8Array): Promise<Buffer> {
  const kind = sniff(png);
  if (kind.kind !== 'image') throw new UserError('bad-file', msg('design.previewNotImage'));
  try {
    const image = sharp(png, { failOn: 'truncated', limitInputPixels: IMPORT_LIMITS.maxPixels });
    return await thumbnailPipeline(image, IMPORT_LIMITS.thumbnailSide).toBuffer();
  } catch {
    throw new UserError('bad-file', msg('design.previewDamaged'));
  }
}

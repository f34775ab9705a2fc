/**
 * Auto-fix: makes an encoded image meet a format's network limits where that can be done without
 * the user's judgement, and says what it changed or why it could not.
 *
 * Fixed: a type the network refuses (PNG for TikTok photo posts -> JPEG), a picture larger than the
 * format's size at the same ratio or above the network's pixel bound (downscaled), a file over the
 * byte cap (quality search, and PNG -> JPEG when PNG alone cannot fit).
 * Not fixed, with a reason: a different ratio (cropping is a design decision), a picture below the
 * minimum size (upscaling blurs), an animation (re-encoding would keep one frame), a cap that even
 * quality 1 at the smallest allowed size cannot meet.
 *
 * Never downscales below the format's own size to save bytes: that would trade a refusal for a
 * picture that fails the size rule; the reason says so and the user decides.
 */
import type { AnyFormat } from '../../../core/formats/userFormats';
import sharp from 'sharp';
import { ratioLabel, ratioValue } from '../../../core/formats';
import { acceptsType, byteCap, formatBytes, passes, preflight, RATIO_TOLERANCE, type RuleResult } from '../../../core/preflight';
import { UserError } from '../errors';
import { IMPORT_LIMITS } from '../library/imageImport';
import type { ImageMime } from '../library/sniff';
import { estimateJpegQuality } from './jpegQuality';
import { measureImage, type MeasuredImage } from './measure';
import { bandSample, searchQuality } from './qualitySearch';

export interface FixChange {
  id: 'type' | 'resize' | 'quality' | 'flatten' | 'orientation';
  message: string;
}

export interface AutoFixResult {
  /** The fixed file, or the input unchanged when nothing needed fixing or nothing could be fixed. */
  bytes: Buffer;
  type: ImageMime;
  width: number;
  height: number;
  changes: FixChange[];
  /** Why a network limit is still not met; empty when `ok`. */
  problems: string[];
  /** Preflight of `bytes`. */
  rules: RuleResult[];
  /** Every network rule passes (the preset size and ratio may still differ: see `rules`). */
  ok: boolean;
}

/** Encoder quality when there is no source quality to keep: the app's own export default. */
export const DEFAULT_QUALITY = 92;

const TYPE_NAMES: Record<ImageMime, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'image/avif': 'AVIF',
};

const LOSSY: readonly ImageMime[] = ['image/jpeg', 'image/webp'];

/** The types Affiche writes, most widely taken first: a refused type is replaced by the first accepted one. */
const WRITABLE: readonly ImageMime[] = ['image/jpeg', 'image/webp', 'image/png'];

interface Raw {
  data: Buffer;
  info: sharp.OutputInfo;
}

/**
 * Encodes raw pixels. JPEG uses libjpeg-turbo, not mozjpeg: mozjpeg's trellis quantisation is
 * 5 to 15 times slower on a 2000x2000 photo, and the search encodes several times.
 */
function encodeRaw(raw: Raw, type: ImageMime, quality: number, height = raw.info.height, data = raw.data): Promise<Buffer> {
  const image = sharp(data, { raw: { width: raw.info.width, height, channels: raw.info.channels } });
  if (type === 'image/jpeg') return image.jpeg({ quality, mozjpeg: false }).toBuffer();
  if (type === 'image/webp') return image.webp({ quality }).toBuffer();
  return image.png({ compressionLevel: 9 }).toBuffer();
}

async function decode(input: Uint8Array, name: string, width: number, height: number, resize: boolean, flatten: boolean): Promise<Raw> {
  let image = sharp(input, { failOn: 'truncated', limitInputPixels: IMPORT_LIMITS.maxPixels }).rotate();
  if (resize) image = image.resize(width, height, { fit: 'fill' });
  if (flatten) image = image.flatten({ background: '#ffffff' });
  try {
    const { data, info } = await image.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    return { data, info };
  } catch {
    // The header read fine (measureImage) but the pixels do not: a cut-off download, a damaged disk.
    throw new UserError('bad-file', `${name} is truncated or damaged and cannot be decoded`);
  }
}

/** Sampling pays off only on large pictures; small ones are quick to encode whole. */
function sampler(raw: Raw, type: ImageMime): ((quality: number) => Promise<number>) | undefined {
  const { width, height, channels } = raw.info;
  if (width * height < 1_000_000 || height < 256) return undefined;
  // About 1/16 of the rows (at least 8 bands): its curve of size against quality has the picture's
  // shape, and each full encode recalibrates the scale.
  const every = Math.max(2, Math.min(16, Math.floor(height / 16 / 8)));
  const sample = bandSample(raw.data, width, height, channels, every);
  const scale = height / sample.height;
  return async (quality) => (await encodeRaw(raw, type, quality, sample.height, sample.data)).length * scale;
}

interface Plan {
  type: ImageMime;
  width: number;
  height: number;
  changes: FixChange[];
  problems: string[];
}

function describeSize(w: number, h: number): string {
  return `${w}x${h}`;
}

/** Type and pixel size to aim for, and what cannot be fixed at all. */
function plan(measured: MeasuredImage, format: AnyFormat): Plan {
  const { limits } = format;
  const changes: FixChange[] = [];
  const problems: string[] = [];

  let type = measured.type;
  if (!acceptsType(format, type)) {
    const replacement = WRITABLE.find((candidate) => acceptsType(format, candidate));
    if (replacement) {
      changes.push({ id: 'type', message: `${TYPE_NAMES[type]} -> ${TYPE_NAMES[replacement]}: ${format.id} takes ${limits.types!.join(', ')}` });
      type = replacement;
    } else {
      problems.push(`${format.id} takes ${limits.types!.join(', ')}, and Affiche cannot convert an image to that`);
    }
  }

  let { width, height } = measured;
  const ratio = width / height;
  const sameRatio = Math.abs(ratio / ratioValue(format.ratio) - 1) <= RATIO_TOLERANCE;
  let why = '';
  if (sameRatio && width > format.width) {
    width = format.width;
    height = format.height;
    why = 'the format’s size';
  }
  const maxW = limits.width?.max ?? Infinity;
  const maxH = limits.height?.max ?? Infinity;
  const scale = Math.min(1, maxW / width, maxH / height);
  if (scale < 1) {
    width = Math.max(1, Math.min(maxW, Math.round(width * scale)));
    height = Math.max(1, Math.min(maxH, Math.round(height * scale)));
    why = [limits.width?.max && `${limits.width.max} px wide`, limits.height?.max && `${limits.height.max} px high`].filter(Boolean).join(', ');
    why = `at most ${why}`;
  }
  if (width !== measured.width || height !== measured.height) {
    changes.push({ id: 'resize', message: `downscaled ${describeSize(measured.width, measured.height)} -> ${describeSize(width, height)} (${why})` });
  }

  const minW = limits.width?.min ?? 0;
  const minH = limits.height?.min ?? 0;
  if (width < minW || height < minH) {
    problems.push(
      `${describeSize(width, height)} is under the minimum (${minW ? `${minW} px wide` : ''}${minW && minH ? ', ' : ''}${minH ? `${minH} px high` : ''}); ` +
        'Affiche does not upscale (it blurs): export the design at the format’s size',
    );
  }
  if (limits.aspect) {
    const { min, max } = limits.aspect;
    if ((min !== undefined && ratio < min - 0.005) || (max !== undefined && ratio > max + 0.005)) {
      problems.push(`ratio ${ratioLabel(measured.width, measured.height)} is outside what ${format.id} accepts; cropping is a design choice: change the design’s format`);
    }
  }
  return { type, width, height, changes, problems };
}

async function result(bytes: Buffer, format: AnyFormat, changes: FixChange[], problems: string[]): Promise<AutoFixResult> {
  const measured = await measureImage(bytes);
  const rules = preflight(measured, format);
  const networkOk = passes(rules.filter((rule) => rule.scope === 'network'));
  return { bytes, type: measured.type, width: measured.width, height: measured.height, changes, problems, rules, ok: networkOk && problems.length === 0 };
}

export async function autoFix(input: Uint8Array, format: AnyFormat, name = 'the file'): Promise<AutoFixResult> {
  if (format.kind !== 'image') throw new UserError('invalid-args', `${format.id} is a ${format.kind} format; preflight and auto-fix handle images for now`);
  const measured = await measureImage(input, name);
  const original = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const target = plan(measured, format);
  if (target.problems.length > 0) return result(original, format, [], target.problems);

  const changes = [...target.changes];
  let type = target.type;
  let cap = byteCap(format, type);
  const resize = target.width !== measured.width || target.height !== measured.height;
  const overCap = cap !== undefined && input.byteLength > cap;
  if (type === measured.type && !resize && !overCap) return result(original, format, [], []);
  if (measured.pages > 1) {
    return result(original, format, [], ['an animated image cannot be converted, resized or shrunk without losing its animation; export it as a video']);
  }
  if (!WRITABLE.includes(type)) {
    // A GIF or AVIF the network takes, but that needs re-encoding: Affiche writes JPEG, WebP and PNG.
    const replacement = WRITABLE.find((candidate) => acceptsType(format, candidate));
    if (!replacement) return result(original, format, [], [`${format.id} takes ${format.limits.types!.join(', ')}, and Affiche writes none of them`]);
    changes.push({ id: 'type', message: `${TYPE_NAMES[type]} -> ${TYPE_NAMES[replacement]}: Affiche re-encodes to JPEG, WebP or PNG` });
    type = replacement;
    cap = byteCap(format, type);
  }

  if (measured.orientation > 1) changes.push({ id: 'orientation', message: 'EXIF orientation applied to the pixels' });
  const flattenIfNeeded = async (): Promise<Raw> => {
    const flatten = type === 'image/jpeg' && measured.hasAlpha;
    if (flatten) {
      const { isOpaque } = await sharp(input).stats();
      if (!isOpaque) changes.push({ id: 'flatten', message: 'transparent areas became white (JPEG has no transparency)' });
    }
    return decode(input, name, target.width, target.height, resize, flatten);
  };
  let raw = await flattenIfNeeded();

  if (!LOSSY.includes(type)) {
    // Lossless first: a PNG saved with light compression often fits once recompressed.
    const lossless = await encodeRaw(raw, type, 100);
    if (cap === undefined || lossless.length <= cap) {
      if (overCap) changes.push({ id: 'quality', message: `${TYPE_NAMES[type]} recompressed losslessly to fit ${formatBytes(cap!)} (was ${formatBytes(input.byteLength)})` });
      return result(lossless, format, changes, []);
    }
    if (!acceptsType(format, 'image/jpeg')) {
      return result(original, format, [], [`as ${TYPE_NAMES[type]} it is ${formatBytes(lossless.length)}, over the ${formatBytes(cap)} cap, and ${format.id} takes no JPEG`]);
    }
    changes.push({ id: 'type', message: `${TYPE_NAMES[type]} -> JPEG: as ${TYPE_NAMES[type]} it was ${formatBytes(lossless.length)}, over the ${formatBytes(cap)} cap` });
    type = 'image/jpeg';
    cap = byteCap(format, type);
    raw = await flattenIfNeeded();
  }

  // Never above the quality the file already has: that adds bytes, not detail.
  const source = type === measured.type && type === 'image/jpeg' ? estimateJpegQuality(input) : null;
  const maxQuality = Math.min(DEFAULT_QUALITY, source?.quality ?? DEFAULT_QUALITY);
  const encode = (quality: number) => encodeRaw(raw, type, quality);
  if (cap === undefined) {
    const bytes = await encode(maxQuality);
    changes.push({ id: 'quality', message: `encoded as ${TYPE_NAMES[type]} quality ${maxQuality}` });
    return result(bytes, format, changes, []);
  }

  const found = await searchQuality({ cap, maxQuality, encode, estimate: sampler(raw, type) });
  const size = describeSize(raw.info.width, raw.info.height);
  if (!found.fits) {
    return result(original, format, [], [
      `even ${TYPE_NAMES[type]} quality 1 at ${size} is ${formatBytes(found.smallest)}, over the ${formatBytes(cap)} cap; ` +
        'simplify the picture (less fine detail or noise)',
    ]);
  }
  // After a type change the type line already gave the size to compare with.
  const sameType = type === measured.type;
  const was = overCap && sameType ? ` (was ${formatBytes(input.byteLength)})` : '';
  let message: string;
  if (found.quality === maxQuality) {
    message = `encoded as ${TYPE_NAMES[type]} quality ${found.quality}, ${formatBytes(found.bytes.length)} (cap ${formatBytes(cap)})`;
  } else if (sameType && !source) {
    // A WebP keeps no readable quality setting: say where it landed, not a made-up start.
    message = `re-encoded as ${TYPE_NAMES[type]} quality ${found.quality} to fit ${formatBytes(cap)}${was}`;
  } else {
    const from = source ? `${source.exact ? '' : '~'}${source.quality}` : String(maxQuality);
    message = `${TYPE_NAMES[type]} quality ${from} -> ${found.quality} to fit ${formatBytes(cap)}${was}`;
  }
  changes.push({ id: 'quality', message });
  return result(found.bytes, format, changes, []);
}

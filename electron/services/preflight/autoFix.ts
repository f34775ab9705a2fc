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
import { acceptsType, byteCap, passes, preflight, RATIO_TOLERANCE, type RuleResult } from '../../../core/preflight';
import { formatMessage, msg, type Message, type MessageParam, type MessageParams } from '../../../core/messages';
import { UserError } from '../errors';
import { IMPORT_LIMITS } from '../library/imageImport';
import type { ImageMime } from '../library/sniff';
import { estimateJpegQuality } from './jpegQuality';
import { measureImage, type MeasuredImage } from './measure';
import { bandSample, searchQuality } from './qualitySearch';

/**
 * A sentence auto-fix reports: `key` and `params` are its message (core/messages), which a client
 * renders in its language; `message` is the English text (the CLI prints it).
 */
export interface FixNote {
  key: string;
  params?: MessageParams;
  message: string;
}

export interface FixChange extends FixNote {
  id: 'type' | 'resize' | 'quality' | 'flatten' | 'orientation';
}

function note(message: Message): FixNote {
  return { key: message.key, ...(message.params ? { params: message.params } : {}), message: formatMessage(message, 'en') };
}

function change(id: FixChange['id'], message: Message): FixChange {
  return { id, ...note(message) };
}

/** A byte count with its unit ("1,000,000 bytes", "1 000 000 octets"). */
function bytes(count: number): Message {
  return msg('unit.bytes', { value: count });
}

/** A pixel size ("2000x1500"); the digits as text, as the CLI always wrote them. */
function describeSize(w: number, h: number): Message {
  return msg('unit.size', { width: String(w), height: String(h) });
}

export interface AutoFixResult {
  /** The fixed file, or the input unchanged when nothing needed fixing or nothing could be fixed. */
  bytes: Buffer;
  type: ImageMime;
  width: number;
  height: number;
  changes: FixChange[];
  /** Why a network limit is still not met, in English; empty when `ok`. */
  problems: string[];
  /** The same as messages (key, params and English text), for the UI. */
  problemNotes: FixNote[];
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

async function decode(input: Uint8Array, name: MessageParam, width: number, height: number, resize: boolean, flatten: boolean): Promise<Raw> {
  let image = sharp(input, { failOn: 'truncated', limitInputPixels: IMPORT_LIMITS.maxPixels }).rotate();
  if (resize) image = image.resize(width, height, { fit: 'fill' });
  if (flatten) image = image.flatten({ background: '#ffffff' });
  try {
    const { data, info } = await image.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    return { data, info };
  } catch {
    // The header read fine (measureImage) but the pixels do not: a cut-off download, a damaged disk.
    throw new UserError('bad-file', msg('preflight.undecodable', { name }));
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
  problems: Message[];
}

/** Type and pixel size to aim for, and what cannot be fixed at all. */
function plan(measured: MeasuredImage, format: AnyFormat): Plan {
  const { limits } = format;
  const changes: FixChange[] = [];
  const problems: Message[] = [];
  const types = limits.types?.join(', ') ?? '';

  let type = measured.type;
  if (!acceptsType(format, type)) {
    const replacement = WRITABLE.find((candidate) => acceptsType(format, candidate));
    if (replacement) {
      changes.push(change('type', msg('preflight.change.type', { from: TYPE_NAMES[type], to: TYPE_NAMES[replacement], format: format.id, types })));
      type = replacement;
    } else {
      problems.push(msg('preflight.problem.typeRefused', { format: format.id, types }));
    }
  }

  let { width, height } = measured;
  const ratio = width / height;
  const sameRatio = Math.abs(ratio / ratioValue(format.ratio) - 1) <= RATIO_TOLERANCE;
  let why: Message | undefined;
  if (sameRatio && width > format.width) {
    width = format.width;
    height = format.height;
    why = msg('preflight.why.formatSize');
  }
  const maxW = limits.width?.max ?? Infinity;
  const maxH = limits.height?.max ?? Infinity;
  const scale = Math.min(1, maxW / width, maxH / height);
  if (scale < 1) {
    width = Math.max(1, Math.min(maxW, Math.round(width * scale)));
    height = Math.max(1, Math.min(maxH, Math.round(height * scale)));
    const [maxWidth, maxHeight] = [limits.width?.max, limits.height?.max];
    why =
      maxWidth && maxHeight
        ? msg('preflight.why.maxBoth', { width: maxWidth, height: maxHeight })
        : maxWidth
          ? msg('preflight.why.maxWidth', { width: maxWidth })
          : msg('preflight.why.maxHeight', { height: maxHeight! });
  }
  if (width !== measured.width || height !== measured.height) {
    changes.push(change('resize', msg('preflight.change.resize', { from: describeSize(measured.width, measured.height), to: describeSize(width, height), why: why! })));
  }

  const minW = limits.width?.min ?? 0;
  const minH = limits.height?.min ?? 0;
  if (width < minW || height < minH) {
    const minimum = minW && minH ? msg('preflight.min.both', { width: minW, height: minH }) : minW ? msg('preflight.min.width', { width: minW }) : msg('preflight.min.height', { height: minH });
    problems.push(msg('preflight.problem.tooSmall', { size: describeSize(width, height), minimum }));
  }
  if (limits.aspect) {
    const { min, max } = limits.aspect;
    if ((min !== undefined && ratio < min - 0.005) || (max !== undefined && ratio > max + 0.005)) {
      problems.push(msg('preflight.problem.ratio', { ratio: ratioLabel(measured.width, measured.height), format: format.id }));
    }
  }
  return { type, width, height, changes, problems };
}

async function result(bytes: Buffer, format: AnyFormat, changes: FixChange[], problems: Message[]): Promise<AutoFixResult> {
  const measured = await measureImage(bytes);
  const rules = preflight(measured, format);
  const networkOk = passes(rules.filter((rule) => rule.scope === 'network'));
  const problemNotes = problems.map(note);
  return {
    bytes,
    type: measured.type,
    width: measured.width,
    height: measured.height,
    changes,
    problems: problemNotes.map((problem) => problem.message),
    problemNotes,
    rules,
    ok: networkOk && problems.length === 0,
  };
}

/** `name` names the file in refusals: its file name, or a message (the file, the exported file). */
export async function autoFix(input: Uint8Array, format: AnyFormat, name: MessageParam = msg('preflight.subject.file')): Promise<AutoFixResult> {
  if (format.kind !== 'image') {
    throw new UserError('invalid-args', msg('preflight.notImageFormat', { format: format.id, kind: msg(format.kind === 'video' ? 'preflight.kind.video' : 'preflight.kind.document') }));
  }
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
    return result(original, format, [], [msg('preflight.problem.animated')]);
  }
  if (!WRITABLE.includes(type)) {
    // A GIF or AVIF the network takes, but that needs re-encoding: Affiche writes JPEG, WebP and PNG.
    const replacement = WRITABLE.find((candidate) => acceptsType(format, candidate));
    if (!replacement) return result(original, format, [], [msg('preflight.problem.noWritableType', { format: format.id, types: format.limits.types!.join(', ') })]);
    changes.push(change('type', msg('preflight.change.rewrite', { from: TYPE_NAMES[type], to: TYPE_NAMES[replacement] })));
    type = replacement;
    cap = byteCap(format, type);
  }

  if (measured.orientation > 1) changes.push(change('orientation', msg('preflight.change.orientation')));
  const flattenIfNeeded = async (): Promise<Raw> => {
    const flatten = type === 'image/jpeg' && measured.hasAlpha;
    if (flatten) {
      const { isOpaque } = await sharp(input).stats();
      if (!isOpaque) changes.push(change('flatten', msg('preflight.change.flatten')));
    }
    return decode(input, name, target.width, target.height, resize, flatten);
  };
  let raw = await flattenIfNeeded();

  if (!LOSSY.includes(type)) {
    // Lossless first: a PNG saved with light compression often fits once recompressed.
    const lossless = await encodeRaw(raw, type, 100);
    if (cap === undefined || lossless.length <= cap) {
      if (overCap) changes.push(change('quality', msg('preflight.change.lossless', { type: TYPE_NAMES[type], cap: bytes(cap!), was: bytes(input.byteLength) })));
      return result(lossless, format, changes, []);
    }
    if (!acceptsType(format, 'image/jpeg')) {
      return result(original, format, [], [msg('preflight.problem.noJpeg', { type: TYPE_NAMES[type], size: bytes(lossless.length), cap: bytes(cap), format: format.id })]);
    }
    changes.push(change('type', msg('preflight.change.toJpeg', { type: TYPE_NAMES[type], size: bytes(lossless.length), cap: bytes(cap) })));
    type = 'image/jpeg';
    cap = byteCap(format, type);
    raw = await flattenIfNeeded();
  }

  // Never above the quality the file already has: that adds bytes, not detail.
  const source = type === measured.type && type === 'image/jpeg' ? estimateJpegQuality(input) : null;
  const maxQuality = Math.min(DEFAULT_QUALITY, source?.quality ?? DEFAULT_QUALITY);
  const encode = (quality: number) => encodeRaw(raw, type, quality);
  if (cap === undefined) {
    const encoded = await encode(maxQuality);
    changes.push(change('quality', msg('preflight.change.encoded', { type: TYPE_NAMES[type], quality: maxQuality })));
    return result(encoded, format, changes, []);
  }

  const found = await searchQuality({ cap, maxQuality, encode, estimate: sampler(raw, type) });
  const size = describeSize(raw.info.width, raw.info.height);
  if (!found.fits) {
    return result(original, format, [], [msg('preflight.problem.cannotFit', { type: TYPE_NAMES[type], size, smallest: bytes(found.smallest), cap: bytes(cap) })]);
  }
  // After a type change the type line already gave the size to compare with.
  const sameType = type === measured.type;
  const was = overCap && sameType ? bytes(input.byteLength) : undefined;
  const fit = { type: TYPE_NAMES[type], cap: bytes(cap) };
  let message: Message;
  if (found.quality === maxQuality) {
    message = msg('preflight.change.encodedFits', { ...fit, quality: found.quality, size: bytes(found.bytes.length) });
  } else if (sameType && !source) {
    // A WebP keeps no readable quality setting: say where it landed, not a made-up start.
    message = was ? msg('preflight.change.reencodedWas', { ...fit, quality: found.quality, was }) : msg('preflight.change.reencoded', { ...fit, quality: found.quality });
  } else {
    const from = source ? `${source.exact ? '' : '~'}${source.quality}` : String(maxQuality);
    message = was ? msg('preflight.change.qualityWas', { ...fit, from, to: found.quality, was }) : msg('preflight.change.quality', { ...fit, from, to: found.quality });
  }
  changes.push(change('quality', message));
  return result(found.bytes, format, changes, []);
}

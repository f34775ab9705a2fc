/**
 * What a file really is, from its first bytes (EXP-06). The extension is the user's guess and a
 * hostile file's disguise: only the magic bytes decide which decoder (sharp, ffprobe, our font
 * parser) ever sees the data. No imports on purpose.
 */

/** Raster images, decoded by sharp. SVG is its own kind: it is sanitised before anything reads it. */
export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | 'image/avif';
export type SvgMime = 'image/svg+xml';
export type VideoMime = 'video/mp4' | 'video/quicktime' | 'video/webm';
export type AudioMime = 'audio/mpeg' | 'audio/wav' | 'audio/mp4' | 'audio/ogg';
export type FontMime = 'font/ttf' | 'font/otf' | 'font/woff2';
export type MediaMime = ImageMime | SvgMime | VideoMime | AudioMime | FontMime;

/**
 * What a file looks like, for refusals ("it looks like a PDF document"): an id, named in each
 * language by the message `asset.looksLike.<id>` (core/messages/areas/asset.ts). The ids of kinds
 * Affiche does not take carry the advice too (convert it to MP4 first).
 */
export type LooksLike =
  | 'empty' | 'mp4' | 'mov' | 'webm' | 'mp3' | 'wav' | 'm4a' | 'ogg' | 'ttf' | 'otf' | 'woff2' | 'svg'
  | 'avi' | 'heic' | 'pdf' | 'zip' | 'mkv' | 'flac' | 'tiff' | 'bmp' | 'woff' | 'ttc' | 'html' | 'text';

/**
 * `looksLike` is null when unrecognised. Every kind but raster images carries it, so callers that
 * take only raster images (preflight) can name what they got instead.
 */
export type Sniffed =
  | { kind: 'image'; mime: ImageMime }
  | { kind: 'svg'; mime: SvgMime; looksLike: LooksLike }
  | { kind: 'video'; mime: VideoMime; looksLike: LooksLike }
  | { kind: 'audio'; mime: AudioMime; looksLike: LooksLike }
  | { kind: 'font'; mime: FontMime; looksLike: LooksLike }
  /** Not a file we take. */
  | { kind: 'other'; looksLike: LooksLike | null };

const LOOKS_LIKE: Record<VideoMime | AudioMime | FontMime | SvgMime, LooksLike> = {
  'video/mp4': 'mp4',
  'video/quicktime': 'mov',
  'video/webm': 'webm',
  'audio/mpeg': 'mp3',
  'audio/wav': 'wav',
  'audio/mp4': 'm4a',
  'audio/ogg': 'ogg',
  'font/ttf': 'ttf',
  'font/otf': 'otf',
  'font/woff2': 'woff2',
  'image/svg+xml': 'svg',
};
const media = <K extends 'svg' | 'video' | 'audio' | 'font', M extends keyof typeof LOOKS_LIKE>(kind: K, mime: M) =>
  ({ kind, mime, looksLike: LOOKS_LIKE[mime] }) as const;

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let out = '';
  for (let i = start; i < Math.min(bytes.length, start + length); i++) out += String.fromCharCode(bytes[i]);
  return out;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

/** ISO base media (MP4, MOV, HEIC, AVIF): brands from the `ftyp` box. */
function isoBrands(bytes: Uint8Array): string[] | null {
  if (ascii(bytes, 4, 4) !== 'ftyp') return null;
  const size = ((bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3]) >>> 0;
  const end = Math.min(bytes.length, size >= 16 ? size : 32, 256);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, 4));
  return brands;
}

function isControl(b: number): boolean {
  return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f;
}

/** Valid UTF-8 with no control characters other than tab, newlines and form feed. */
function isUtf8Text(sample: Uint8Array): boolean {
  let i = 0;
  while (i < sample.length) {
    const b = sample[i];
    if (b < 0x80) {
      if (isControl(b)) return false;
      i++;
      continue;
    }
    const extra = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      // A multi-byte character cut by the sample's end is still text.
      if (i + k >= sample.length) return sample.length === 4096;
      if ((sample[i + k] & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/**
 * Text in a legacy 8-bit encoding (Windows-1252 and Latin-1 files are still common in France):
 * no control characters, and accented bytes a minority.
 */
function isLegacyText(sample: Uint8Array): boolean {
  let high = 0;
  for (const b of sample) {
    if (isControl(b)) return false;
    if (b >= 0x80) high++;
  }
  return high / sample.length < 0.3;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  return isUtf8Text(sample) || isLegacyText(sample);
}

/**
 * MPEG audio frame header, layer III (MP3 without an ID3 tag): 11 sync bits, a version other than
 * "reserved" and layer bits 01. ADTS AAC shares the sync word but has layer 00, so it is not taken.
 */
function isMp3Frame(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0xff || (bytes[1] & 0xe0) !== 0xe0) return false;
  const version = (bytes[1] >> 3) & 3;
  const layer = (bytes[1] >> 1) & 3;
  const bitrate = bytes[2] >> 4;
  const rate = (bytes[2] >> 2) & 3;
  return version !== 1 && layer === 1 && bitrate !== 0 && bitrate !== 15 && rate !== 3;
}

/** The EBML DocType ('webm', 'matroska') from the first bytes of a Matroska-family file. */
function ebmlDocType(bytes: Uint8Array): string | null {
  const head = ascii(bytes, 0, 64);
  if (head.includes('webm')) return 'webm';
  if (head.includes('matroska')) return 'matroska';
  return null;
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'other', looksLike: 'empty' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mime: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', mime: 'image/jpeg' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { kind: 'image', mime: 'image/gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { kind: 'image', mime: 'image/webp' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return media('audio', 'audio/wav');
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'AVI ') return { kind: 'other', looksLike: 'avi' };

  const brands = isoBrands(bytes);
  if (brands) {
    const major = brands[0];
    // An AVIF still declares `avif` (or `avis` for sequences) as its major or a compatible brand.
    if (major === 'avif' || major === 'avis' || (major === 'mif1' && brands.includes('avif'))) {
      return { kind: 'image', mime: 'image/avif' };
    }
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(major)) {
      return { kind: 'other', looksLike: 'heic' };
    }
    if (major === 'qt  ') return media('video', 'video/quicktime');
    if (major.startsWith('M4A') || major === 'M4B ') return media('audio', 'audio/mp4');
    // Every other brand (isom, mp41, mp42, avc1, iso2..6, dash, 3gp...) is read by the same MP4
    // demuxer; ffprobe then says whether there is really a picture in it.
    return media('video', 'video/mp4');
  }
  // Old QuickTime files start straight with an atom.
  if (['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'].includes(ascii(bytes, 4, 4))) return media('video', 'video/quicktime');

  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'other', looksLike: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { kind: 'other', looksLike: 'zip' };
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) {
    // WebM is the Matroska subset browsers and social networks take; a full MKV may hold codecs
    // (subtitles, chapters, exotic audio) we would then have to refuse one by one.
    if (ebmlDocType(bytes) === 'webm') return media('video', 'video/webm');
    return { kind: 'other', looksLike: 'mkv' };
  }
  if (ascii(bytes, 0, 3) === 'ID3' || isMp3Frame(bytes)) return media('audio', 'audio/mpeg');
  if (ascii(bytes, 0, 4) === 'OggS') return media('audio', 'audio/ogg');
  if (ascii(bytes, 0, 4) === 'fLaC') return { kind: 'other', looksLike: 'flac' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'other', looksLike: 'tiff' };
  }
  if (ascii(bytes, 0, 2) === 'BM') return { kind: 'other', looksLike: 'bmp' };
  // A font's first table record follows a 12-byte header: require it, so four lucky bytes are not a font.
  if (bytes.length >= 12) {
    if (startsWith(bytes, [0x00, 0x01, 0x00, 0x00]) || ascii(bytes, 0, 4) === 'true') return media('font', 'font/ttf');
    if (ascii(bytes, 0, 4) === 'OTTO') return media('font', 'font/otf');
    if (ascii(bytes, 0, 4) === 'wOF2') return media('font', 'font/woff2');
  }
  if (ascii(bytes, 0, 4) === 'wOFF') return { kind: 'other', looksLike: 'woff' };
  if (ascii(bytes, 0, 4) === 'ttcf') return { kind: 'other', looksLike: 'ttc' };
  if (looksLikeText(bytes)) {
    const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\ufeff/, '').trimStart().toLowerCase();
    // An SVG may open with an XML declaration, comments or a DOCTYPE (refused later, with a
    // reason) before <svg: look a little further than the first tag.
    if (head.startsWith('<svg') || ((head.startsWith('<?xml') || head.startsWith('<!--') || head.startsWith('<!doctype svg')) && head.includes('<svg'))) {
      return media('svg', 'image/svg+xml');
    }
    if (head.startsWith('<!doctype html') || head.startsWith('<html')) return { kind: 'other', looksLike: 'html' };
    return { kind: 'other', looksLike: 'text' };
  }
  return { kind: 'other', looksLike: null };
}

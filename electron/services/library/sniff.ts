/**
 * What a file really is, from its first bytes (EXP-06). The extension is the user's guess and a
 * hostile file's disguise: only the magic bytes decide whether sharp ever sees the data, which
 * also keeps SVG (scripts, external references) away from the decoder. No imports on purpose.
 */

export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp' | 'image/gif' | 'image/avif';

export type Sniffed =
  | { kind: 'image'; mime: ImageMime }
  /** Not an image we take; `looksLike` completes "it looks like ...", null when unrecognised. */
  | { kind: 'other'; looksLike: string | null };

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

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: 'other', looksLike: 'an empty file' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { kind: 'image', mime: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', mime: 'image/jpeg' };
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return { kind: 'image', mime: 'image/gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { kind: 'image', mime: 'image/webp' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WAVE') return { kind: 'other', looksLike: 'a WAV sound' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'AVI ') return { kind: 'other', looksLike: 'an AVI video' };

  const brands = isoBrands(bytes);
  if (brands) {
    const major = brands[0];
    // An AVIF still declares `avif` (or `avis` for sequences) as its major or a compatible brand.
    if (major === 'avif' || major === 'avis' || (major === 'mif1' && brands.includes('avif'))) {
      return { kind: 'image', mime: 'image/avif' };
    }
    if (['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'].includes(major)) {
      return { kind: 'other', looksLike: 'a HEIC photo; convert it to JPEG first' };
    }
    if (major === 'qt  ') return { kind: 'other', looksLike: 'a MOV video' };
    if (major.startsWith('M4A') || major === 'M4B ') return { kind: 'other', looksLike: 'an M4A sound' };
    return { kind: 'other', looksLike: 'an MP4 video' };
  }
  // Old QuickTime files start straight with an atom.
  if (['moov', 'mdat', 'wide', 'free', 'skip', 'pnot'].includes(ascii(bytes, 4, 4))) return { kind: 'other', looksLike: 'a MOV video' };

  if (ascii(bytes, 0, 5) === '%PDF-') return { kind: 'other', looksLike: 'a PDF document' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return { kind: 'other', looksLike: 'a ZIP archive' };
  }
  if (startsWith(bytes, [0x1a, 0x45, 0xdf, 0xa3])) return { kind: 'other', looksLike: 'a WebM or MKV video' };
  if (ascii(bytes, 0, 3) === 'ID3' || startsWith(bytes, [0xff, 0xfb])) return { kind: 'other', looksLike: 'an MP3 sound' };
  if (ascii(bytes, 0, 4) === 'OggS') return { kind: 'other', looksLike: 'an Ogg sound' };
  if (ascii(bytes, 0, 4) === 'fLaC') return { kind: 'other', looksLike: 'a FLAC sound' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'other', looksLike: 'a TIFF image, which is not supported yet; convert it to PNG or JPEG' };
  }
  if (ascii(bytes, 0, 2) === 'BM') return { kind: 'other', looksLike: 'a BMP image, which is not supported yet; convert it to PNG' };
  if (['wOFF', 'wOF2', 'OTTO'].includes(ascii(bytes, 0, 4)) || startsWith(bytes, [0x00, 0x01, 0x00, 0x00])) {
    return { kind: 'other', looksLike: 'a font' };
  }
  if (looksLikeText(bytes)) {
    const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\ufeff/, '').trimStart().toLowerCase();
    if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) {
      return { kind: 'other', looksLike: 'an SVG drawing, which is not supported yet' };
    }
    if (head.startsWith('<!doctype html') || head.startsWith('<html')) return { kind: 'other', looksLike: 'a web page' };
    return { kind: 'other', looksLike: 'plain text' };
  }
  return { kind: 'other', looksLike: null };
}

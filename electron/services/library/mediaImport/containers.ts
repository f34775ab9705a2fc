/**
 * Is the whole file there? A video's header can be intact while its data is cut short: an MP4
 * written with its index first ("fast start", what phones and editors upload) and cut in transit
 * still probes fine and its first second still decodes, so ffprobe and the poster frame both
 * accept it. The container's own sizes say how long the file must be: top-level ISO BMFF boxes
 * (MP4, MOV, M4A), the Matroska/WebM segment, the RIFF chunk of a WAV. Reading them costs
 * nothing and needs no decoder. Imports nothing.
 */

export interface Truncation {
  /** Bytes the container declares. */
  declared: number;
  /** Bytes there are. */
  actual: number;
}

const isBoxType = (bytes: Uint8Array, at: number) => {
  for (let i = at; i < at + 4; i++) if (bytes[i] < 0x20 || bytes[i] > 0x7e) return false;
  return true;
};

/** ISO BMFF: walk the top-level boxes; one that ends past the end of the file means it was cut. */
function isoBmff(bytes: Uint8Array): Truncation | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at + 8 <= bytes.length) {
    if (!isBoxType(bytes, at + 4)) return null; // not a box header: leave it to ffprobe
    let size = view.getUint32(at);
    if (size === 0) return null; // "up to the end of the file"
    if (size === 1) {
      if (at + 16 > bytes.length) return { declared: at + 16, actual: bytes.length };
      size = Number(view.getBigUint64(at + 8));
    }
    if (size < 8) return null;
    if (at + size > bytes.length) return { declared: at + size, actual: bytes.length };
    at += size;
  }
  return null;
}

/** EBML variable-length integer at `at`: its length and value (null: "unknown", all ones). */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { length: number; value: number | null } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (at + length > bytes.length) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i];
    if (bytes[at + i] !== 0xff) allOnes = false;
  }
  return { length, value: !keepMarker && allOnes ? null : value };
}

/** Matroska/WebM: the EBML header, then the Segment, whose size (unless "unknown") covers the rest. */
function matroska(bytes: Uint8Array, total = bytes.length): Truncation | null {
  let at = 0;
  for (let element = 0; element < 2; element++) {
    const id = vint(bytes, at, true);
    if (!id) return null;
    const size = vint(bytes, at + id.length, false);
    if (!size) return null;
    const start = at + id.length + size.length;
    if (size.value === null) return null; // live-style "unknown size"
    const end = start + size.value;
    if (element === 1) return id.value === 0x18538067 && end > total ? { declared: end, actual: total } : null;
    if (id.value !== 0x1a45dfa3) return null;
    at = end;
  }
  return null;
}

/** WAV: the RIFF chunk declares the file's length (0xffffffff or 0: written by a stream, unknown). */
function riff(bytes: Uint8Array, total = bytes.length): Truncation | null {
  if (bytes.length < 12) return null;
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true);
  if (size === 0 || size === 0xffffffff) return null;
  return 8 + size > total ? { declared: 8 + size, actual: total } : null;
}

/**
 * The same as findTruncation for a file read in pieces (a staged upload of any size): `read(at, n)`
 * returns up to n bytes at offset `at`; `total` is the file's size. Matroska and RIFF declare their
 * sizes at the start; ISO BMFF boxes are walked header by header.
 */
export async function findTruncationIn(read: (at: number, length: number) => Promise<Uint8Array>, total: number, demuxer: string): Promise<Truncation | null> {
  if (demuxer === 'matroska') return matroska(await read(0, 64 * 1024), total);
  if (demuxer === 'wav') return riff(await read(0, 12), total);
  if (demuxer !== 'mov') return null;
  let at = 0;
  for (let boxes = 0; at + 8 <= total; boxes++) {
    // A hostile file with millions of tiny boxes: stop walking and let ffprobe judge.
    if (boxes > 100_000) return null;
    const header = await read(at, 16);
    if (header.length < 8 || !isBoxType(header, 4)) return null;
    const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
    let size = view.getUint32(0);
    if (size === 0) return null;
    if (size === 1) {
      if (header.length < 16) return { declared: at + 16, actual: total };
      size = Number(view.getBigUint64(8));
    }
    if (size < 8) return null;
    if (at + size > total) return { declared: at + size, actual: total };
    at += size;
  }
  return null;
}

/** How much of the file is missing, by its container's own sizes; null when nothing says so. */
export function findTruncation(bytes: Uint8Array, demuxer: string): Truncation | null {
  switch (demuxer) {
    case 'mov':
      return isoBmff(bytes);
    case 'matroska':
      return matroska(bytes);
    case 'wav':
      return riff(bytes);
    default:
      return null;
  }
}

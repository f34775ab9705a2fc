/**
 * Test helper (Node render tests and the browser-mode specs): a bundled TTF whose family is
 * renamed in its 'name' table, so it imports into the library as a font no renderer knows by
 * itself. The new name has the old name's length (the table keeps its layout); the table's
 * checksum is recomputed so strict font loaders (browsers sanitise fonts) accept it.
 */
function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] << 8) | bytes[at + 1];
}
function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]) >>> 0;
}

function tableChecksum(bytes: Uint8Array, offset: number, length: number): number {
  let sum = 0;
  for (let i = 0; i < length; i += 4) {
    let word = 0;
    for (let j = 0; j < 4; j++) word = (word << 8) | (i + j < length ? bytes[offset + i + j] : 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

function replaceAll(bytes: Uint8Array, start: number, end: number, from: Uint8Array, to: Uint8Array): number {
  let count = 0;
  for (let i = start; i + from.length <= end; i++) {
    let match = true;
    for (let j = 0; j < from.length && match; j++) match = bytes[i + j] === from[j];
    if (match) {
      bytes.set(to, i);
      count++;
      i += from.length - 1;
    }
  }
  return count;
}

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf16be = (text: string) => Uint8Array.from([...text].flatMap((c) => [0, c.charCodeAt(0)]));

/** A copy of `font` (TTF/OTF) with every `from` in its 'name' table replaced by `to` (same length, ASCII). */
export function renameFontFamily(font: Uint8Array, from: string, to: string): Uint8Array {
  if (from.length !== to.length) throw new Error('the new family name must have the same length as the old one');
  const bytes = new Uint8Array(font);
  const tables = u16(bytes, 4);
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(record, record + 4)) !== 'name') continue;
    const offset = u32(bytes, record + 8);
    const length = u32(bytes, record + 12);
    const replaced = replaceAll(bytes, offset, offset + length, latin1(from), latin1(to)) + replaceAll(bytes, offset, offset + length, utf16be(from), utf16be(to));
    if (replaced === 0) throw new Error(`"${from}" is not in the font's name table`);
    const checksum = tableChecksum(bytes, offset, length);
    bytes.set([checksum >>> 24, (checksum >>> 16) & 255, (checksum >>> 8) & 255, checksum & 255], record + 4);
    return bytes;
  }
  throw new Error('the font has no name table');
}

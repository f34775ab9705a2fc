/**
 * Font files read by hand: the sfnt table directory (TTF/OTF) is checked against the file's
 * bounds before anything else uses it, and family/style come from the 'name' table. WOFF2 needs no
 * decoder package: its table data is one Brotli stream, which Node's zlib inflates (bounded), and
 * the 'name' table is never transformed in WOFF2, so it is read as is.
 */
import zlib from 'node:zlib';
import { MessageError, msg } from '../../../../core/messages';
import type { FontMime } from '../sniff';
import { MEDIA_LIMITS } from './limits';

/** Why a font file cannot be used (`detail`: one of the `asset.font.*` messages). */
export class FontRefused extends MessageError {}

export interface FontInfo {
  family: string;
  style: string;
}

type Tables = Map<string, Uint8Array>;

function tag(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
}

/** TTF/OTF: numTables, then 16-byte records (tag, checksum, offset, length), all inside the file. */
function sfntTables(bytes: Uint8Array): Tables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) throw new FontRefused(msg('asset.font.headerCut'));
  const count = view.getUint16(4);
  if (count === 0 || count > MEDIA_LIMITS.font.maxTables) throw new FontRefused(msg('asset.font.tableCount', { tables: count }));
  if (12 + count * 16 > bytes.length) throw new FontRefused(msg('asset.font.directoryPastEnd'));
  const tables: Tables = new Map();
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const name = tag(bytes, at);
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (!/^[\x20-\x7e]{4}$/.test(name)) throw new FontRefused(msg('asset.font.tableNoName'));
    if (offset + length > bytes.length) throw new FontRefused(msg('asset.font.tablePastEnd', { table: name.trim() }));
    tables.set(name, bytes.subarray(offset, offset + length));
  }
  return tables;
}

/** WOFF2's variable-length integer (at most 5 bytes, no leading zeros). */
function base128(bytes: Uint8Array, pos: { at: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    if (pos.at >= bytes.length) throw new FontRefused(msg('asset.font.directoryCut'));
    const b = bytes[pos.at++];
    if (i === 0 && b === 0x80) throw new FontRefused(msg('asset.font.badNumber'));
    if (value & 0xfe000000) throw new FontRefused(msg('asset.font.numberTooLarge'));
    value = (value << 7) | (b & 0x7f);
    if ((b & 0x80) === 0) return value >>> 0;
  }
  throw new FontRefused(msg('asset.font.numberTooLong'));
}

const KNOWN_TAGS = ('cmap head hhea hmtx maxp name OS/2 post cvt  fpgm glyf loca prep CFF  VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG  sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill').match(/.{4}\s?/g)!.map((t) => t.slice(0, 4));

/** WOFF2 (W3C WOFF2 §5): header, table directory, then one Brotli stream of all tables in order. */
function woff2Tables(bytes: Uint8Array): Tables {
  if (bytes.length < 48) throw new FontRefused(msg('asset.font.woff2HeaderCut'));
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(12);
  const totalSfntSize = view.getUint32(16);
  const compressedSize = view.getUint32(20);
  if (count === 0 || count > MEDIA_LIMITS.font.maxTables) throw new FontRefused(msg('asset.font.tableCount', { tables: count }));
  const pos = { at: 48 };
  const entries: { tag: string; length: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (pos.at >= bytes.length) throw new FontRefused(msg('asset.font.directoryCut'));
    const flags = bytes[pos.at++];
    let name: string;
    if ((flags & 0x3f) === 63) {
      if (pos.at + 4 > bytes.length) throw new FontRefused(msg('asset.font.directoryCut'));
      name = tag(bytes, pos.at);
      pos.at += 4;
    } else {
      name = KNOWN_TAGS[flags & 0x3f];
    }
    const origLength = base128(bytes, pos);
    const version = flags >> 6;
    // glyf/loca are transformed unless version 3; hmtx only with version 1; others never.
    const transformed = name === 'glyf' || name === 'loca' ? version !== 3 : version !== 0;
    const length = transformed ? base128(bytes, pos) : origLength;
    entries.push({ tag: name, length });
  }
  // Collections (flavor 'ttcf') add a header we do not read: sniff already refuses TTC.
  if (pos.at + compressedSize > bytes.length) throw new FontRefused(msg('asset.font.dataPastEnd'));
  const declared = entries.reduce((sum, e) => sum + e.length, 0);
  const cap = Math.min(MEDIA_LIMITS.font.maxBytes * 4, Math.max(declared, totalSfntSize) + 1024);
  let data: Buffer;
  try {
    data = zlib.brotliDecompressSync(bytes.subarray(pos.at, pos.at + compressedSize), { maxOutputLength: cap });
  } catch {
    throw new FontRefused(msg('asset.font.dataDamaged'));
  }
  if (data.length < declared) throw new FontRefused(msg('asset.font.dataShort'));
  const tables: Tables = new Map();
  let offset = 0;
  for (const entry of entries) {
    tables.set(entry.tag, data.subarray(offset, offset + entry.length));
    offset += entry.length;
  }
  return tables;
}

function decodeName(bytes: Uint8Array, platform: number): string {
  if (platform === 0 || platform === 3) {
    let out = '';
    for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return out;
  }
  return Buffer.from(bytes).toString('latin1');
}

/** 'name' table: prefer typographic names (16/17), then legacy (1/2); Windows English first. */
function readNames(name: Uint8Array): FontInfo {
  if (name.length < 6) throw new FontRefused(msg('asset.font.nameCut'));
  const view = new DataView(name.buffer, name.byteOffset, name.byteLength);
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  if (6 + count * 12 > name.length) throw new FontRefused(msg('asset.font.nameDamaged'));
  const found = new Map<number, { score: number; text: string }>();
  for (let i = 0; i < count; i++) {
    const at = 6 + i * 12;
    const platform = view.getUint16(at);
    const language = view.getUint16(at + 4);
    const id = view.getUint16(at + 6);
    const length = view.getUint16(at + 8);
    const offset = view.getUint16(at + 10);
    if (![1, 2, 16, 17].includes(id) || storage + offset + length > name.length) continue;
    const score = platform === 3 && language === 0x409 ? 3 : platform === 3 || platform === 0 ? 2 : platform === 1 && language === 0 ? 1 : 0;
    const text = decodeName(name.subarray(storage + offset, storage + offset + length), platform)
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .trim()
      .slice(0, 100);
    if (text && (found.get(id)?.score ?? -1) < score) found.set(id, { score, text });
  }
  const family = found.get(16)?.text ?? found.get(1)?.text;
  const style = found.get(17)?.text ?? found.get(2)?.text ?? 'Regular';
  if (!family) throw new FontRefused(msg('asset.font.noFamily'));
  return { family, style };
}

export function readFont(bytes: Uint8Array, mime: FontMime): FontInfo {
  const tables = mime === 'font/woff2' ? woff2Tables(bytes) : sfntTables(bytes);
  // A usable font has at least these; a file without them is damaged or not meant for text.
  for (const required of ['cmap', 'head', 'name']) {
    if (!tables.has(required)) throw new FontRefused(msg('asset.font.missingTable', { table: required }));
  }
  return readNames(tables.get('name')!);
}

/**
 * Reads a zip from its central directory, never from a stream of local headers: every name, size
 * and offset is known and checked before a single entry is unpacked (fflate's streaming Unzip
 * finds the end of a stored entry by scanning for a signature, which a media file can contain).
 *
 * Sizes are what the archive declares; unpacking never produces more than the declared size
 * (more is refused as damage or a zip bomb) and every entry's CRC-32 is checked.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { createInflateRaw, crc32 } from 'node:zlib';
import { MessageError, msg, type Message } from '../../../../core/messages';

/** A zip Affiche will not read, and why (`detail`: one of the `archive.zip.*` messages). */
export class ZipRefused extends MessageError {
  constructor(detail: Message) {
    super(detail);
    this.name = 'ZipRefused';
  }
}

export interface ZipEntry {
  name: string;
  method: 0 | 8;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) throw new ZipRefused(msg('archive.zip.truncated'));
    done += bytesRead;
  }
  return buffer;
}

/**
 * The central directory. Refuses (ZipRefused) a file that is not a zip, is truncated, spans
 * disks, uses ZIP64, encryption or a compression other than stored/deflate, has more than
 * `maxEntries` entries, or entries whose data lies outside the file.
 */
export interface ZipDirectory {
  entries: ZipEntry[];
  /** Where the central directory starts: no entry's data may reach past it. */
  dataEnd: number;
}

export async function readCentralDirectory(handle: FileHandle, fileSize: number, maxEntries: number): Promise<ZipDirectory> {
  if (fileSize < 22) throw new ZipRefused(msg('archive.zip.tooSmall'));
  const tailLength = Math.min(fileSize, 22 + 0xffff);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    const head = await readAt(handle, 0, 4);
    throw new ZipRefused(head.readUInt32LE(0) === LOCAL ? msg('archive.zip.noDirectory') : msg('archive.zip.notZip'));
  }
  const disk = tail.readUInt16LE(eocd + 4);
  const cdDisk = tail.readUInt16LE(eocd + 6);
  const onDisk = tail.readUInt16LE(eocd + 8);
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (disk !== 0 || cdDisk !== 0 || onDisk !== count) throw new ZipRefused(msg('archive.zip.multiDisk'));
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipRefused(msg('archive.zip.zip64'));
  if (count > maxEntries) throw new ZipRefused(msg('archive.zip.tooManyEntries', { max: maxEntries }));
  const eocdPosition = fileSize - tailLength + eocd;
  if (cdOffset + cdSize > eocdPosition) throw new ZipRefused(msg('archive.zip.directoryOutside'));
  const cd = await readAt(handle, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL) throw new ZipRefused(msg('archive.zip.directoryCut'));
    const flags = cd.readUInt16LE(at + 8);
    const method = cd.readUInt16LE(at + 10);
    const crc = cd.readUInt32LE(at + 16);
    const compressedSize = cd.readUInt32LE(at + 20);
    const size = cd.readUInt32LE(at + 24);
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    const localOffset = cd.readUInt32LE(at + 42);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > cd.length) throw new ZipRefused(msg('archive.zip.directoryCut'));
    let name: string;
    try {
      name = utf8.decode(cd.subarray(at + 46, at + 46 + nameLength));
    } catch {
      throw new ZipRefused(msg('archive.zip.nameNotUtf8'));
    }
    if (flags & 1) throw new ZipRefused(msg('archive.zip.encrypted', { name }));
    if (method !== 0 && method !== 8) throw new ZipRefused(msg('archive.zip.method', { name, method: String(method) }));
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipRefused(msg('archive.zip.zip64'));
    if (method === 0 && compressedSize !== size) throw new ZipRefused(msg('archive.zip.twoSizes', { name }));
    if (localOffset + 30 + compressedSize > cdOffset) throw new ZipRefused(msg('archive.zip.outside', { name }));
    entries.push({ name, method: method as 0 | 8, crc, compressedSize, size, localOffset });
    at = end;
  }
  return { entries, dataEnd: cdOffset };
}

/** Where an entry's data starts, after checking its local header agrees with the directory. */
async function dataStart(handle: FileHandle, entry: ZipEntry, limit: number): Promise<number> {
  const header = await readAt(handle, entry.localOffset, 30);
  if (header.readUInt32LE(0) !== LOCAL) throw new ZipRefused(msg('archive.zip.noLocalHeader', { name: entry.name }));
  const nameLength = header.readUInt16LE(26);
  const extraLength = header.readUInt16LE(28);
  const name = await readAt(handle, entry.localOffset + 30, nameLength);
  if (name.toString('utf8') !== entry.name) throw new ZipRefused(msg('archive.zip.namesDiffer', { name: entry.name }));
  const start = entry.localOffset + 30 + nameLength + extraLength;
  if (start + entry.compressedSize > limit) throw new ZipRefused(msg('archive.zip.outside', { name: entry.name }));
  return start;
}

/**
 * The entry's unpacked bytes, chunk by chunk (at most `chunkSize` read at once). Ends with a
 * ZipRefused when the data unpacks to more or less than declared, or its CRC-32 is wrong.
 */
export async function* entryChunks(file: string, handle: FileHandle, entry: ZipEntry, limit: number, chunkSize = 1024 * 1024): AsyncGenerator<Buffer> {
  const start = await dataStart(handle, entry, limit);
  let crc = 0;
  let produced = 0;
  if (entry.compressedSize > 0) {
    const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: chunkSize });
    const source = entry.method === 8 ? raw.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : raw;
    raw.on('error', (error) => source.destroy(error));
    try {
      for await (const chunk of source as AsyncIterable<Buffer>) {
        produced += chunk.length;
        if (produced > entry.size) throw new ZipRefused(msg('archive.zip.unpacksMore', { name: entry.name }));
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      if (error instanceof ZipRefused) throw error;
      throw new ZipRefused(msg('archive.zip.damaged', { name: entry.name, detail: (error as Error).message }));
    } finally {
      raw.destroy();
      source.destroy();
    }
  }
  if (produced !== entry.size) throw new ZipRefused(msg('archive.zip.entryTruncated', { name: entry.name, produced, size: entry.size }));
  if (crc >>> 0 !== entry.crc >>> 0) throw new ZipRefused(msg('archive.zip.crc', { name: entry.name }));
}

/**
 * Unpacks an entry to a new file `to`, streaming, and says whether its bytes hash to `sha256`
 * (media are named by their hash). Nothing is left at `to` when it fails or does not match.
 */
export async function extractEntryChecked(file: string, handle: FileHandle, entry: ZipEntry, limit: number, to: string, sha256: string): Promise<boolean> {
  const hash = createHash('sha256');
  const out = createWriteStream(to, { flags: 'wx' });
  const closed = new Promise<void>((resolve, reject) => {
    out.once('close', resolve);
    out.once('error', reject);
  });
  try {
    for await (const chunk of entryChunks(file, handle, entry, limit)) {
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    out.end();
    await closed;
  } catch (error) {
    out.destroy();
    await closed.catch(() => undefined);
    await rm(to, { force: true });
    throw error;
  }
  if (hash.digest('hex') === sha256) return true;
  await rm(to, { force: true });
  return false;
}

/** The whole entry in memory (JSON, one medium at a time). */
export async function readEntry(file: string, handle: FileHandle, entry: ZipEntry, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of entryChunks(file, handle, entry, limit)) chunks.push(chunk);
  return Buffer.concat(chunks, entry.size);
}

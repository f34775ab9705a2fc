/**
 * Opening a library archive: everything is checked before the library sees a byte.
 *
 * Refused as a whole (ArchiveRefused, library untouched): not a zip, truncated, more entries or
 * bytes than the limits (format.ts), an entry unpacking to more than it declares (zip bomb), a bad
 * CRC, an unsafe or unknown entry name, a missing / foreign / newer / invalid manifest, a manifest
 * that does not list exactly the entries present, a library.json or a design failing its schema
 * (after migrations, so older archives open), media without a record or the reverse.
 * Refused one by one later (the rest imports): a medium whose bytes do not hash to its name here,
 * and anything the normal media import refuses (../mediaImport).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { LibraryFile } from '../../../../core/schema/library';
import { SchemaError } from '../../../../core/schema/migrate';
import { MessageError, msg, type Message } from '../../../../core/messages';
import type { Design } from '../../../../core/schema/design';
import { offLoop } from '../../parse';
import { ARCHIVE_LIMITS, parseEntryName, type ArchiveManifest } from './format';
import type { ArchiveProgress } from './progress';
import { entryChunks, readCentralDirectory, readEntry, ZipRefused, type ZipEntry } from './zipReader';

/**
 * A whole archive refused, and why: `detail` is a reason that reads after "cannot be imported:"
 * (msg('archive.refusedWhole', { file, reason: error.detail }) says it whole).
 */
export class ArchiveRefused extends MessageError {
  constructor(detail: Message) {
    super(detail);
    this.name = 'ArchiveRefused';
  }
}

export interface CheckedArchive {
  manifest: ArchiveManifest;
  /** The archive's library.json, validated and migrated to this version's schema. */
  index: LibraryFile;
  designIds: string[];
  /** Media whose bytes do not hash to their name: refused one by one, with this reason. */
  badBlobs: Map<string, Message>;
  readDesign(id: string): Promise<Design>;
  readBlob(id: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

export async function openArchive(file: string, onProgress: (progress: ArchiveProgress) => void = () => undefined): Promise<CheckedArchive> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw new ArchiveRefused(msg('archive.unreadable', { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  }
  try {
    return await check(file, handle, onProgress);
  } catch (error) {
    await handle.close().catch(() => undefined);
    if (error instanceof ZipRefused || error instanceof SchemaError) throw new ArchiveRefused(error.detail);
    throw error;
  }
}

async function check(file: string, handle: FileHandle, onProgress: (progress: ArchiveProgress) => void): Promise<CheckedArchive> {
  const { size: fileSize } = await handle.stat();
  if (fileSize > ARCHIVE_LIMITS.maxArchiveBytes) throw new ArchiveRefused(msg('archive.tooLarge', { gigabytes: Math.round(ARCHIVE_LIMITS.maxArchiveBytes / 1024 ** 3) }));
  const { entries, dataEnd } = await readCentralDirectory(handle, fileSize, ARCHIVE_LIMITS.maxEntries);

  // Names and sizes, from the table of contents alone.
  const byName = new Map<string, ZipEntry>();
  const designs = new Map<string, ZipEntry>();
  const blobs = new Map<string, ZipEntry>();
  let manifestEntry: ZipEntry | undefined;
  let indexEntry: ZipEntry | undefined;
  let total = 0;
  for (const entry of entries) {
    const parsed = parseEntryName(entry.name);
    if (parsed.kind === 'refused') throw new ArchiveRefused(parsed.reason);
    if (byName.has(entry.name)) throw new ArchiveRefused(msg('archive.entryTwice', { name: entry.name }));
    byName.set(entry.name, entry);
    const json = parsed.kind !== 'blob';
    const cap = json ? ARCHIVE_LIMITS.maxJsonBytes : ARCHIVE_LIMITS.maxBlobBytes;
    if (entry.size > cap) throw new ArchiveRefused(msg('archive.entryTooLarge', { name: entry.name, megabytes: Math.round(cap / 1024 ** 2) }));
    if (entry.method === 8 && entry.size > entry.compressedSize * ARCHIVE_LIMITS.maxDeflateRatio + 1024) {
      throw new ArchiveRefused(msg('archive.entryBomb', { name: entry.name, size: entry.size, compressed: entry.compressedSize }));
    }
    total += entry.size;
    if (total > ARCHIVE_LIMITS.maxTotalBytes) throw new ArchiveRefused(msg('archive.unpacksTooMuch', { gigabytes: ARCHIVE_LIMITS.maxTotalBytes / 1024 ** 3 }));
    if (parsed.kind === 'manifest') manifestEntry = entry;
    else if (parsed.kind === 'index') indexEntry = entry;
    else if (parsed.kind === 'design') designs.set(parsed.id, entry);
    else blobs.set(parsed.id, entry);
  }
  if (!manifestEntry) throw new ArchiveRefused(msg('archive.noManifest'));

  // Every JSON entry is read on the parse worker (../../parse): depth, time and memory limits,
  // and a huge or hostile one never stalls the calls answered meanwhile.
  const checkedManifest = await offLoop.manifest(await readEntry(file, handle, manifestEntry, dataEnd), 'manifest.json');
  if (!checkedManifest.ok) throw new ArchiveRefused(checkedManifest.reason);
  const manifest = checkedManifest.manifest;
  const listed = new Map(manifest.entries.map((entry) => [entry.name, entry.bytes]));
  for (const entry of entries) {
    if (entry === manifestEntry) continue;
    if (!listed.has(entry.name)) throw new ArchiveRefused(msg('archive.notInManifest', { name: entry.name }));
    if (listed.get(entry.name) !== entry.size) throw new ArchiveRefused(msg('archive.sizeMismatch', { name: entry.name }));
  }
  for (const name of listed.keys()) if (!byName.has(name)) throw new ArchiveRefused(msg('archive.missingEntry', { name }));

  if (!indexEntry) throw new ArchiveRefused(msg('archive.noIndex'));
  const index = (await offLoop.library(await readEntry(file, handle, indexEntry, dataEnd), msg('schema.subject.inArchive', { file: 'library.json' }))).library;
  if (manifest.scope === 'brandKit' && designs.size > 0) throw new ArchiveRefused(msg('archive.brandKitWithDesigns'));
  for (const id of Object.keys(index.assets)) if (!blobs.has(id)) throw new ArchiveRefused(msg('archive.blobMissing', { id: id.slice(0, 12) }));
  for (const id of blobs.keys()) if (!(id in index.assets)) throw new ArchiveRefused(msg('archive.blobUnlisted', { id: id.slice(0, 12) }));

  const readDesign = async (id: string): Promise<Design> => {
    const entry = designs.get(id);
    if (!entry) throw new ArchiveRefused(msg('archive.designMissing', { id }));
    const name = `designs/${id}.json`;
    const design = (await offLoop.design(await readEntry(file, handle, entry, dataEnd), msg('schema.subject.inArchive', { file: name }))).design;
    if (design.id !== id) throw new ArchiveRefused(msg('archive.designIdMismatch', { id, other: design.id }));
    return design;
  };
  const designIds = [...designs.keys()];
  for (const [i, id] of designIds.entries()) {
    onProgress({ phase: 'checking', done: i, total: designIds.length + blobs.size, name: `designs/${id}.json` });
    await readDesign(id);
  }

  const badBlobs = new Map<string, Message>();
  let n = designIds.length;
  for (const [id, entry] of blobs) {
    const record = index.assets[id];
    onProgress({ phase: 'checking', done: n++, total: designIds.length + blobs.size, name: record.name ?? record.fileName });
    const hash = createHash('sha256');
    for await (const chunk of entryChunks(file, handle, entry, dataEnd)) hash.update(chunk);
    if (hash.digest('hex') !== id) badBlobs.set(id, msg('archive.item.checksum'));
  }

  return {
    manifest,
    index,
    designIds,
    badBlobs,
    readDesign,
    readBlob: async (id) => {
      const entry = blobs.get(id);
      if (!entry) throw new ArchiveRefused(msg('archive.blobNotInArchive', { id }));
      return new Uint8Array(await readEntry(file, handle, entry, dataEnd));
    },
    close: () => handle.close(),
  };
}

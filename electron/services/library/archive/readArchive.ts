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
import { parseLibrary, type LibraryFile } from '../../../../core/schema/library';
import { parseDesign } from '../../../../core/schema/parseDesign';
import { SchemaError, parseJsonText } from '../../../../core/schema/migrate';
import type { Design } from '../../../../core/schema/design';
import { ARCHIVE_LIMITS, checkManifest, parseEntryName, type ArchiveManifest } from './format';
import type { ArchiveProgress } from './progress';
import { entryChunks, readCentralDirectory, readEntry, ZipRefused, type ZipEntry } from './zipReader';

export class ArchiveRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ArchiveRefused';
  }
}

export interface CheckedArchive {
  manifest: ArchiveManifest;
  /** The archive's library.json, validated and migrated to this version's schema. */
  index: LibraryFile;
  designIds: string[];
  /** Media whose bytes do not hash to their name: refused one by one, with this reason. */
  badBlobs: Map<string, string>;
  readDesign(id: string): Promise<Design>;
  readBlob(id: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeJson(bytes: Uint8Array, what: string): unknown {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ArchiveRefused(`${what} is not UTF-8 text`);
  }
  try {
    return parseJsonText(text, what);
  } catch (error) {
    throw new ArchiveRefused((error as Error).message);
  }
}

export async function openArchive(file: string, onProgress: (progress: ArchiveProgress) => void = () => undefined): Promise<CheckedArchive> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw new ArchiveRefused(`the archive cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return await check(file, handle, onProgress);
  } catch (error) {
    await handle.close().catch(() => undefined);
    if (error instanceof ZipRefused) throw new ArchiveRefused(error.message);
    if (error instanceof SchemaError) throw new ArchiveRefused(error.message);
    throw error;
  }
}

async function check(file: string, handle: FileHandle, onProgress: (progress: ArchiveProgress) => void): Promise<CheckedArchive> {
  const { size: fileSize } = await handle.stat();
  if (fileSize > ARCHIVE_LIMITS.maxArchiveBytes) throw new ArchiveRefused('the archive is larger than 4 GB');
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
    if (byName.has(entry.name)) throw new ArchiveRefused(`"${entry.name}" is in the archive twice`);
    byName.set(entry.name, entry);
    const json = parsed.kind !== 'blob';
    const cap = json ? ARCHIVE_LIMITS.maxJsonBytes : ARCHIVE_LIMITS.maxBlobBytes;
    if (entry.size > cap) throw new ArchiveRefused(`"${entry.name}" is larger than ${Math.round(cap / 1024 ** 2)} MB`);
    if (entry.method === 8 && entry.size > entry.compressedSize * ARCHIVE_LIMITS.maxDeflateRatio + 1024) {
      throw new ArchiveRefused(`"${entry.name}" claims to unpack to ${entry.size} bytes from ${entry.compressedSize} (zip bomb)`);
    }
    total += entry.size;
    if (total > ARCHIVE_LIMITS.maxTotalBytes) throw new ArchiveRefused(`the archive unpacks to more than ${ARCHIVE_LIMITS.maxTotalBytes / 1024 ** 3} GB`);
    if (parsed.kind === 'manifest') manifestEntry = entry;
    else if (parsed.kind === 'index') indexEntry = entry;
    else if (parsed.kind === 'design') designs.set(parsed.id, entry);
    else blobs.set(parsed.id, entry);
  }
  if (!manifestEntry) throw new ArchiveRefused('this zip is not an Affiche archive (it has no manifest.json)');

  const checkedManifest = checkManifest(decodeJson(await readEntry(file, handle, manifestEntry, dataEnd), 'manifest.json'));
  if (!checkedManifest.ok) throw new ArchiveRefused(checkedManifest.reason);
  const manifest = checkedManifest.manifest;
  const listed = new Map(manifest.entries.map((entry) => [entry.name, entry.bytes]));
  for (const entry of entries) {
    if (entry === manifestEntry) continue;
    if (!listed.has(entry.name)) throw new ArchiveRefused(`"${entry.name}" is in the archive but not in its manifest`);
    if (listed.get(entry.name) !== entry.size) throw new ArchiveRefused(`"${entry.name}" does not have the size its manifest gives`);
  }
  for (const name of listed.keys()) if (!byName.has(name)) throw new ArchiveRefused(`"${name}" is listed in the manifest but missing from the archive`);

  if (!indexEntry) throw new ArchiveRefused('the archive has no library.json');
  const index = parseLibrary(decodeJson(await readEntry(file, handle, indexEntry, dataEnd), 'library.json'), 'library.json in the archive').library;
  if (manifest.scope === 'brandKit' && designs.size > 0) throw new ArchiveRefused('a brand kit archive holds no designs');
  for (const id of Object.keys(index.assets)) if (!blobs.has(id)) throw new ArchiveRefused(`library.json lists a medium that is not in the archive (${id.slice(0, 12)}…)`);
  for (const id of blobs.keys()) if (!(id in index.assets)) throw new ArchiveRefused(`blobs/${id.slice(0, 12)}… has no record in library.json`);

  const readDesign = async (id: string): Promise<Design> => {
    const entry = designs.get(id);
    if (!entry) throw new ArchiveRefused(`designs/${id}.json is not in the archive`);
    const design = parseDesign(decodeJson(await readEntry(file, handle, entry, dataEnd), `designs/${id}.json`), `designs/${id}.json in the archive`).design;
    if (design.id !== id) throw new ArchiveRefused(`designs/${id}.json holds the design "${design.id}"`);
    return design;
  };
  const designIds = [...designs.keys()];
  for (const [i, id] of designIds.entries()) {
    onProgress({ phase: 'checking', done: i, total: designIds.length + blobs.size, name: `designs/${id}.json` });
    await readDesign(id);
  }

  const badBlobs = new Map<string, string>();
  let n = designIds.length;
  for (const [id, entry] of blobs) {
    const record = index.assets[id];
    onProgress({ phase: 'checking', done: n++, total: designIds.length + blobs.size, name: record.name ?? record.fileName });
    const hash = createHash('sha256');
    for await (const chunk of entryChunks(file, handle, entry, dataEnd)) hash.update(chunk);
    if (hash.digest('hex') !== id) badBlobs.set(id, 'its content does not match its checksum (damaged or altered)');
  }

  return {
    manifest,
    index,
    designIds,
    badBlobs,
    readDesign,
    readBlob: async (id) => {
      const entry = blobs.get(id);
      if (!entry) throw new ArchiveRefused(`blobs/${id} is not in the archive`);
      return new Uint8Array(await readEntry(file, handle, entry, dataEnd));
    },
    close: () => handle.close(),
  };
}

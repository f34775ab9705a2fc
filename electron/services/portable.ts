/**
 * Portable design files (docs/architecture.md, "Data"): `.affiche` = a zip of `design.json`
 * (compact JSON, deflated) and `blobs/<sha256>` for every medium the design uses and every library
 * font its texts name (stored: media are compressed already).
 *
 * One rule on both sides: what Affiche writes, Affiche reads again. The export checks the limits
 * the import applies before writing anything (entries, design size, the 4 GB a zip without ZIP64
 * can hold) and refuses clearly rather than write a file the import would refuse.
 *
 * Reading trusts nothing and works from the file, never from a copy in memory: the zip's table of
 * contents is checked first (names, each once; sizes; offsets; deflate ratios), design.json is
 * parsed on a worker thread with depth, time and memory limits (./parse), and each medium is
 * hash-checked as it is unpacked to a temp file. Importing is all-or-nothing: a refusal at any
 * point takes back the media this import added, and names the file and the entry at fault.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { DesignSummary } from '../../core/api';
import { assetIdsOfDesign, replaceAssetIds } from '../../core/elements';
import { msg, type Message } from '../../core/messages';
import { newId, SchemaError, type Design } from '../../core/schema';
import { UserError, isUserError } from './errors';
import { uniqueDesignName } from './designNames';
import { offLoop } from './parse';
import { MEDIA_LIMITS } from './library/mediaImport/limits';
import { extractEntryChecked, readCentralDirectory, readEntry, ZipRefused, type ZipEntry } from './library/archive/zipReader';
import { ZipFileWriter, type ArchiveIo } from './library/archive/zipWriter';
import type { LibraryStore } from './library/types';

/** What a .affiche file may hold: the import's limits, which the export checks before writing. */
export const PORTABLE_LIMITS = {
  /** fflate writes no ZIP64: a 16-bit entry count (kept under it, like library archives). */
  maxEntries: 65_000,
  /** 32-bit sizes and offsets: the whole file. */
  maxFileBytes: 0xffff_ffff,
  /** design.json, compact. A 20-page design with hundreds of elements is a few MB. */
  maxDesignBytes: 64 * 1024 ** 2,
  /** One medium: the largest the library imports (a 2 GB video). */
  maxMediaBytes: Math.max(...Object.values(MEDIA_LIMITS).flatMap((limit) => (typeof limit === 'object' && 'maxBytes' in limit ? [limit.maxBytes] : []))),
  /** A deflated entry shrinks at most this much; more is a zip bomb. */
  maxDeflateRatio: 200,
  /** Everything unpacked together: media are stored, so about the file's size. */
  maxUnpackedBytes: 8 * 1024 ** 3,
} as const;

const DESIGN_ENTRY = 'design.json';
const BLOB_ENTRY = /^blobs\/([0-9a-f]{64})$/;
/** Bytes a zip adds around each entry, with room to spare: local header, data descriptor, directory record. */
const ENTRY_OVERHEAD = 30 + 16 + 46 + 64;

/** An entry as a person reads it: `blobs/3f2a9c01b7e4…`. */
function entryLabel(name: string): string {
  const blob = BLOB_ENTRY.exec(name);
  return blob ? `blobs/${blob[1].slice(0, 12)}…` : name;
}

function refused(message: Message): UserError {
  return new UserError('bad-file', message);
}

// Writing ---------------------------------------------------------------------------------------

/** A medium to put in the file: its id (sha256) and where the library keeps it. */
export interface PortableMedium {
  id: string;
  /** Its name in the library, for messages. */
  name: string;
  file: string;
}

export interface WritePortableOptions {
  mtime?: Date;
  /** Before each medium (progress). */
  onMedium?: (index: number, total: number, medium: PortableMedium) => void;
  /** Throws when the job is cancelled. */
  throwIfCancelled?: () => void;
  /** Test seam: the file writes (full disk). */
  io?: ArchiveIo;
}

/** The largest the zip can be for these sizes: what is checked against the 4 GB a zip can hold. */
export function portableSizeBound(designBytes: number, mediaBytes: readonly number[]): number {
  // Deflate never grows data by more than 5 bytes per 16 KB block.
  const design = designBytes + 5 * Math.ceil(designBytes / 16_384) + 64 + ENTRY_OVERHEAD + 2 * DESIGN_ENTRY.length;
  const media = mediaBytes.reduce((sum, bytes) => sum + bytes + ENTRY_OVERHEAD + 2 * 'blobs/'.length + 128, 0);
  return design + media + 22;
}

/**
 * Refuses (UserError) a design the import would refuse once written: too many media, design data
 * larger than the import reads, or more than a zip without ZIP64 can hold.
 */
export function checkPortableFits(fileName: string, designBytes: number, mediaBytes: readonly number[]): void {
  if (mediaBytes.length + 1 > PORTABLE_LIMITS.maxEntries) {
    throw new UserError('invalid-args', msg('designFile.tooManyToWrite', { file: fileName, count: mediaBytes.length + 1, max: PORTABLE_LIMITS.maxEntries }));
  }
  if (designBytes > PORTABLE_LIMITS.maxDesignBytes) {
    throw new UserError('invalid-args', msg('designFile.designTooLargeToWrite', { file: fileName, megabytes: Math.ceil(designBytes / 1024 ** 2), max: PORTABLE_LIMITS.maxDesignBytes / 1024 ** 2 }));
  }
  const total = portableSizeBound(designBytes, mediaBytes);
  if (total > PORTABLE_LIMITS.maxFileBytes) {
    throw new UserError('invalid-args', msg('designFile.tooLargeToWrite', { file: fileName, gigabytes: Math.round((total / 1024 ** 3) * 10) / 10, max: 4 }));
  }
}

/**
 * Writes `design` and its media as a .affiche file at `target` (a fresh temp name the caller
 * renames; nothing is left there on failure). Each medium is read from the library as a regular
 * file, never through a link, and must still hash to its id. Returns the file's size.
 */
export async function writePortable(target: string, fileName: string, design: Design, media: readonly PortableMedium[], options: WritePortableOptions = {}): Promise<number> {
  const json = new TextEncoder().encode(JSON.stringify(design));
  const sizes: number[] = [];
  for (const medium of media) {
    const stat = await fs.lstat(medium.file).catch(() => null);
    if (!stat?.isFile()) throw refused(msg('library.originalNotRegular', { name: medium.name }));
    sizes.push(stat.size);
  }
  checkPortableFits(fileName, json.byteLength, sizes);
  const zip = await ZipFileWriter.create(target, { maxBytes: PORTABLE_LIMITS.maxFileBytes, mtime: options.mtime ?? new Date(), inPlace: true, io: options.io });
  try {
    await zip.addDeflated(DESIGN_ENTRY, json);
    for (const [index, medium] of media.entries()) {
      options.throwIfCancelled?.();
      options.onMedium?.(index, media.length, medium);
      await zip.addStoredFile(`blobs/${medium.id}`, medium.file, { sha256: medium.id, name: medium.name });
    }
    return await zip.finish(target);
  } catch (error) {
    return zip.abort(error, fileName);
  }
}

/**
 * A .affiche file in memory, for scripts and tests (the app writes with writePortable). Same
 * layout: compact design.json, media stored.
 */
export async function packDesign(design: Design, readAsset: (id: string) => Promise<Uint8Array | null>, assetIds: Iterable<string> = []): Promise<Uint8Array> {
  const files: Record<string, [Uint8Array, { level: 0 | 6 }]> = { [DESIGN_ENTRY]: [new TextEncoder().encode(JSON.stringify(design)), { level: 6 }] };
  for (const id of new Set([...assetIdsOfDesign(design), ...assetIds])) {
    const bytes = await readAsset(id);
    if (bytes) files[`blobs/${id}`] = [bytes, { level: 0 }];
  }
  return zipSync(files);
}

// Reading ---------------------------------------------------------------------------------------

/** A checked .affiche file, open: its design, and its media read on demand. */
export interface PortableFile {
  readonly design: Design;
  /** Ids of the media in the file, in file order. */
  readonly mediaIds: readonly string[];
  /** A medium's bytes, hash-checked. */
  readBlob(id: string): Promise<Uint8Array>;
  /** Unpacks a medium to `to`, hash-checked (removed again when it does not match). */
  extractBlob(id: string, to: string): Promise<void>;
  close(): Promise<void>;
}

/** The zip reader's reasons, as this file's: "x.affiche" cannot be opened: the zip is truncated. */
function zipRefusal(fileName: string, error: ZipRefused): UserError {
  if (error.detail.key === 'archive.zip.notZip' || error.detail.key === 'archive.zip.tooSmall') return refused(msg('designFile.notZip', { file: fileName }));
  return refused(msg('designFile.refused', { file: fileName, reason: error.detail }));
}

/** The table of contents, checked: returns design.json's entry and the media's. */
function checkEntries(fileName: string, entries: readonly ZipEntry[]): { design: ZipEntry; media: Map<string, ZipEntry> } {
  const names = new Set<string>();
  const media = new Map<string, ZipEntry>();
  let design: ZipEntry | undefined;
  let unpacked = 0;
  for (const entry of entries) {
    if (names.has(entry.name)) throw refused(msg('designFile.entryTwice', { file: fileName, entry: entryLabel(entry.name) }));
    names.add(entry.name);
    const blob = BLOB_ENTRY.exec(entry.name);
    const isDesign = entry.name === DESIGN_ENTRY;
    // A folder entry some zip tools add is harmless; anything else is not ours.
    if (!isDesign && !blob && !(entry.name === 'blobs/' && entry.size === 0)) {
      throw refused(msg('designFile.unknownEntry', { file: fileName, entry: entry.name.length > 80 ? `${entry.name.slice(0, 77)}…` : entry.name }));
    }
    const cap = isDesign ? PORTABLE_LIMITS.maxDesignBytes : PORTABLE_LIMITS.maxMediaBytes;
    if (entry.size > cap) {
      if (isDesign) throw refused(msg('designFile.jsonTooLarge', { file: fileName, megabytes: cap / 1024 ** 2 }));
      throw refused(msg('designFile.entryTooLarge', { file: fileName, entry: entryLabel(entry.name), megabytes: Math.round(cap / 1024 ** 2) }));
    }
    if (entry.method === 8 && entry.size > entry.compressedSize * PORTABLE_LIMITS.maxDeflateRatio + 1024) {
      throw refused(msg('designFile.bomb', { file: fileName, megabytes: Math.round(entry.size / 1024 ** 2) }));
    }
    unpacked += entry.size;
    if (unpacked > PORTABLE_LIMITS.maxUnpackedBytes) throw refused(msg('designFile.bomb', { file: fileName, megabytes: Math.round(unpacked / 1024 ** 2) }));
    if (isDesign) design = entry;
    else if (blob) media.set(blob[1], entry);
  }
  if (!design) throw refused(msg('designFile.noDesign', { file: fileName }));
  return { design, media };
}

/**
 * Opens and checks a .affiche file: its table of contents, then its design (on a worker thread).
 * Refusals are UserError('bad-file') naming the file and, where one is at fault, the entry.
 */
export async function openPortable(file: string, fileName: string): Promise<PortableFile> {
  let handle: FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    throw refused(msg('designFile.unreadable', { file: fileName, detail: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }
  try {
    const { size } = await handle.stat();
    if (size > PORTABLE_LIMITS.maxFileBytes) throw refused(msg('designFile.tooLarge', { file: fileName, max: 4 }));
    const { entries, dataEnd } = await readCentralDirectory(handle, size, PORTABLE_LIMITS.maxEntries);
    const { design: designEntry, media } = checkEntries(fileName, entries);
    let design: Design;
    try {
      design = (await offLoop.design(await readEntry(file, handle, designEntry, dataEnd), msg('schema.subject.file', { file: fileName }))).design;
    } catch (error) {
      if (error instanceof SchemaError) throw refused(error.detail);
      throw error;
    }
    const entryOf = (id: string): ZipEntry => {
      const entry = media.get(id);
      if (!entry) throw new Error(`no medium ${id} in ${fileName}`);
      return entry;
    };
    const mismatch = (id: string) => refused(msg('designFile.checksum', { file: fileName, entry: entryLabel(`blobs/${id}`) }));
    return {
      design,
      mediaIds: [...media.keys()],
      async readBlob(id) {
        const bytes = await readEntry(file, handle, entryOf(id), dataEnd).catch((error: unknown) => {
          throw error instanceof ZipRefused ? zipRefusal(fileName, error) : error;
        });
        if (createHash('sha256').update(bytes).digest('hex') !== id) throw mismatch(id);
        return new Uint8Array(bytes);
      },
      async extractBlob(id, to) {
        let whole: boolean;
        try {
          whole = await extractEntryChecked(file, handle, entryOf(id), dataEnd, to, id);
        } catch (error) {
          throw error instanceof ZipRefused ? zipRefusal(fileName, error) : error;
        }
        if (!whole) throw mismatch(id);
      },
      close: () => handle.close(),
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    if (error instanceof ZipRefused) throw zipRefusal(fileName, error);
    throw error;
  }
}

/** A whole .affiche file: its design and every medium in memory (rendering from the command line, tests). */
export async function readPortable(file: string, fileName: string): Promise<{ design: Design; blobs: Map<string, Uint8Array> }> {
  const portable = await openPortable(file, fileName);
  try {
    const blobs = new Map<string, Uint8Array>();
    for (const id of portable.mediaIds) blobs.set(id, await portable.readBlob(id));
    return { design: portable.design, blobs };
  } finally {
    await portable.close();
  }
}

// Importing -------------------------------------------------------------------------------------

export interface ImportPortableOptions {
  now?: () => Date;
}

/**
 * Imports a .affiche file into the library, all or nothing: every medium through the library's
 * normal import (type from the content, limits, SVG sanitised, same bytes = same asset), then the
 * design under a new id and a name of its own ("Soldes (2)"). If anything is refused, the media
 * this import added are taken out again and the refusal names the file and the entry at fault.
 */
export async function importPortable(library: LibraryStore, file: string, fileName: string, options: ImportPortableOptions = {}): Promise<DesignSummary> {
  const portable = await openPortable(file, fileName);
  const added: string[] = [];
  const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'affiche-portable-'));
  try {
    const ids = new Map<string, string>();
    for (const id of portable.mediaIds) {
      const unpacked = path.join(temp, id);
      await portable.extractBlob(id, unpacked);
      let result;
      try {
        // Unpacked to a file of its own, which the library takes as it is: a video is never read
        // into memory (docs/architecture.md, "Staging").
        result = await library.importAssetFile(`asset-${id.slice(0, 8)}`, unpacked, { owned: true });
      } catch (error) {
        if (isUserError(error) && error.code === 'bad-file') {
          throw refused(msg('designFile.mediumRefused', { file: fileName, entry: entryLabel(`blobs/${id}`), reason: error.detail }));
        }
        throw error;
      } finally {
        await fs.rm(unpacked, { force: true });
      }
      if (!result.duplicate) added.push(result.asset.id);
      if (result.asset.id !== id) ids.set(id, result.asset.id);
    }
    const now = (options.now ?? (() => new Date()))().toISOString();
    const design = replaceAssetIds(portable.design, ids);
    // A new id, so opening the same file twice gives two designs instead of overwriting one, and a
    // name of its own ("Soldes (2)") so the two can be told apart.
    const name = uniqueDesignName(design.name, library.listDesigns({}).map((d) => d.name));
    return await library.createDesign({ ...design, id: newId('d'), name, createdAt: now, updatedAt: now });
  } catch (error) {
    // All or nothing: what this import added goes again (what was already in the library stays).
    await library.discardImportedAssets(added).catch(() => undefined);
    throw error;
  } finally {
    await portable.close().catch(() => undefined);
    await fs.rm(temp, { recursive: true, force: true });
  }
}

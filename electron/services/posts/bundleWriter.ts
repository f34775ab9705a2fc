/**
 * Writes a bundle's files, all or nothing (EXP-08), byte for byte the same for the same posts:
 * - a zip: entries sorted by path, one fixed modification time, texts deflated and media stored,
 *   written to the job's temp output and renamed into place when the job succeeds;
 * - a folder: filled under a temp name beside it (`OutputSet.createFolder`), each file flushed,
 *   then renamed into place in one step, so the destination is absent or complete.
 */
import { copyFile, mkdir, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ZipFileWriter } from '../library/archive/zipWriter';
import { syncDirectory } from '../library/durableFile';

export interface BundleEntry {
  /** Path inside the bundle, `/` separators. */
  path: string;
  data: Uint8Array | { file: string; bytes: number };
}

/** Paths the bundle itself builds; anything else is a bug, never written. */
const SAFE_PATH = /^(?:[\p{L}\p{N}][\p{L}\p{N}._ ()-]{0,119}\/){0,2}[\p{L}\p{N}][\p{L}\p{N}._-]{0,119}$/u;

export function sortedEntries(entries: readonly BundleEntry[]): BundleEntry[] {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!SAFE_PATH.test(entry.path) || entry.path.split('/').some((part) => part === '.' || part === '..')) throw new Error(`unsafe bundle path ${JSON.stringify(entry.path)}`);
    const key = entry.path.toLowerCase();
    if (seen.has(key)) throw new Error(`bundle path ${entry.path} twice`);
    seen.add(key);
  }
  return [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const DEFLATED = /\.(txt|json|csv)$/i;

/**
 * The zip's one modification time: `at`'s UTC clock read as local time, because a zip stores a
 * local date without a zone (fflate reads the Date's local fields): the same bytes in any zone.
 */
export function zipTime(at: Date): Date {
  return new Date(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate(), at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds());
}

export async function writeZip(file: string, entries: readonly BundleEntry[], mtime: Date, onEntry: (index: number) => void, throwIfCancelled: () => void): Promise<number> {
  const zip = await ZipFileWriter.create(file, { maxBytes: 0xffff_ffff, mtime: zipTime(mtime), inPlace: true });
  try {
    for (const [index, entry] of sortedEntries(entries).entries()) {
      throwIfCancelled();
      onEntry(index);
      if (entry.data instanceof Uint8Array) {
        if (DEFLATED.test(entry.path)) await zip.addDeflated(entry.path, entry.data);
        else await zip.addStored(entry.path, entry.data);
      } else {
        await zip.addStoredFile(entry.path, entry.data.file);
      }
    }
    return await zip.finish(zip.temp);
  } catch (error) {
    return await zip.abort(error, path.basename(file));
  }
}

async function flushed(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Fills `dir` (the temp folder of a folder bundle), every file and folder flushed; returns the bytes written. */
export async function writeFolder(dir: string, entries: readonly BundleEntry[], onEntry: (index: number) => void, throwIfCancelled: () => void): Promise<number> {
  let bytes = 0;
  const folders = new Set<string>([dir]);
  for (const [index, entry] of sortedEntries(entries).entries()) {
    throwIfCancelled();
    onEntry(index);
    const file = path.join(dir, ...entry.path.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    for (let folder = path.dirname(file); folder.startsWith(dir); folder = path.dirname(folder)) folders.add(folder);
    if (entry.data instanceof Uint8Array) {
      await writeFile(file, entry.data, { flag: 'wx' });
      bytes += entry.data.byteLength;
    } else {
      await copyFile(entry.data.file, file);
      bytes += entry.data.bytes;
    }
    await flushed(file);
  }
  // Deepest first: a folder's entry in its parent is flushed after its own entries.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) await syncDirectory(folder);
  return bytes;
}

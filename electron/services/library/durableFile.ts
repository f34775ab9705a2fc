/**
 * Crash-safe file writes (docs/reliability.md REL-01, REL-02, REL-04).
 *
 * lowdb's own writer (steno) renames a temp file but never fsyncs, so a power cut can leave a
 * zero-length library.json. Here every write is: unique temp in the same directory -> write ->
 * fsync -> close -> (rotate backups) -> rename over the target -> fsync the directory. A reader
 * therefore sees either the old file or the new one, never a mix, and once the promise resolves
 * the new content survives a crash.
 */
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import fs from 'node:fs/promises';
import path from 'node:path';
import { msg, type MessageParam } from '../../../core/messages';
import { UserError } from '../errors';

/**
 * The one step tests replace to simulate a full disk (a tmpfs needs root; this seam always runs).
 * Everything else goes to the real file system.
 */
export interface DurableIo {
  writeAll(handle: FileHandle, data: Uint8Array): Promise<void>;
}

export const defaultIo: DurableIo = {
  async writeAll(handle, data) {
    let offset = 0;
    while (offset < data.byteLength) {
      const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset, offset);
      offset += bytesWritten;
    }
  },
};

export interface WriteOptions {
  /**
   * Backup paths, newest first (e.g. backups/library.json.1..3). The current file becomes the
   * first one just before it is replaced; the oldest falls off.
   */
  backups?: readonly string[];
  /** What the disk-full message names (msg('library.label.*')); defaults to the file's base name. */
  label?: MessageParam;
  io?: DurableIo;
}

/** Our temp files: `.<base>.<pid>.<hex>.tmp`. Anything else in the folder is left alone. */
const TEMP_PATTERN = /^\..+\.\d+\.[0-9a-f]{12}\.tmp$/;

export function tempPathFor(target: string): string {
  const dir = path.dirname(target);
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempFileName(name: string): boolean {
  return TEMP_PATTERN.test(name);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? (error as NodeJS.ErrnoException).code : undefined;
}

export function isDiskFull(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'ENOSPC' || code === 'EDQUOT';
}

export function isNotFound(error: unknown): boolean {
  return errorCode(error) === 'ENOENT';
}

export function diskFullError(label: MessageParam): UserError {
  return new UserError('disk-full', msg('library.diskFull', { what: label }));
}

/** fsync a directory so a rename in it is durable. Some platforms (Windows) cannot open one: skip. */
export async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP'].includes(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

async function unlinkQuietly(file: string): Promise<void> {
  await fs.unlink(file).catch((error: unknown) => {
    if (!isNotFound(error)) throw error;
  });
}

/**
 * Shift backups one place (.2 -> .3, .1 -> .2) and make `.1` the file about to be replaced.
 * A hard link costs no space and no copy; since files are only ever replaced by rename, the link
 * keeps the old content. File systems without links (FAT, some network shares) get a copy.
 * Best effort: a failed backup must never stop the save itself.
 */
async function rotateBackups(target: string, backups: readonly string[]): Promise<void> {
  if (backups.length === 0) return;
  try {
    await fs.stat(target);
  } catch {
    return; // nothing to keep yet
  }
  try {
    await fs.mkdir(path.dirname(backups[0]), { recursive: true });
    await unlinkQuietly(backups[backups.length - 1]);
    for (let i = backups.length - 2; i >= 0; i--) {
      await fs.rename(backups[i], backups[i + 1]).catch((error: unknown) => {
        if (!isNotFound(error)) throw error;
      });
    }
    try {
      await fs.link(target, backups[0]);
    } catch {
      try {
        await fs.copyFile(target, backups[0]);
      } catch {
        await unlinkQuietly(backups[0]); // a half copy would only be a corrupt backup
      }
    }
  } catch {
    /* the save matters more than its history */
  }
}

/**
 * Replace `target` with `data` atomically and durably. On a full disk the temp file is removed,
 * the target is untouched, and a UserError('disk-full') says so.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const io = options.io ?? defaultIo;
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathFor(target);
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await io.writeAll(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rotateBackups(target, options.backups ?? []);
    await fs.rename(temp, target);
  } catch (error) {
    await unlinkQuietly(temp).catch(() => undefined);
    if (isDiskFull(error)) throw diskFullError(options.label ?? path.basename(target));
    throw error;
  }
  await syncDirectory(path.dirname(target));
}

/**
 * Remove temp files a crash left behind. Only call while holding the library lock: then no other
 * process can be in the middle of writing one.
 */
export async function cleanStaleTemps(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    if (isNotFound(error)) return 0;
    throw error;
  }
  let removed = 0;
  for (const name of names) {
    if (!isTempFileName(name)) continue;
    await unlinkQuietly(path.join(dir, name));
    removed++;
  }
  return removed;
}

/** File-name-safe ISO time: 2025-01-31T12-00-00-000Z. */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Move a damaged file out of the way as `<name>.corrupt-<timestamp>` (never overwriting an earlier
 * one) so the user or support can still look at it. Returns the new base name.
 */
export async function moveAside(file: string, now: Date): Promise<string> {
  const base = `${path.basename(file)}.corrupt-${fileStamp(now)}`;
  for (let n = 0; ; n++) {
    const name = n === 0 ? base : `${base}-${n}`;
    const destination = path.join(path.dirname(file), name);
    try {
      // link + unlink instead of rename: link refuses to overwrite, rename would not.
      await fs.link(file, destination);
      await fs.unlink(file);
      return name;
    } catch (error) {
      if (errorCode(error) === 'EEXIST') continue;
      if (isNotFound(error)) throw error;
      // No hard links on this file system: rename is fine once we know the name is free.
      if (await fs.stat(destination).then(() => true, () => false)) continue;
      await fs.rename(file, destination);
      return name;
    }
  }
}

/** The file's bytes, or null when it does not exist. */
export async function readFileIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fs.readFile(file);
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

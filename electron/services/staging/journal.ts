/**
 * The journal of files being written beside their destination (EXP-01, EXP-08): before a job
 * creates `.<name>.<random>.partial` next to where the user wants the file, it records that temp
 * path here (one small file per entry, flushed to disk). A finished or cancelled job removes the
 * entry with its temp file; after a kill, the next start of any Affiche process removes every temp
 * file whose writer is gone (`sweep`). The journal lives outside the library, so a command that
 * opens a library read-only (`affiche library export` while the app runs) can use it too.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { syncDirectory } from '../library/durableFile';

/** `.<name>.<8 hex>.partial`: what a temp file beside a destination is called (hidden on macOS and Linux). */
export const PARTIAL_FILE = /^\.(.+)\.[0-9a-f]{8}\.partial$/;

export function partialPathFor(finalPath: string): string {
  return path.join(path.dirname(finalPath), `.${path.basename(finalPath)}.${randomBytes(4).toString('hex')}.partial`);
}

interface Entry {
  pid: number;
  temp: string;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else; only ESRCH means gone.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The per-user journal folder: `AFFICHE_JOURNAL` (tests), else in the OS temp folder. */
export function defaultJournalDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.AFFICHE_JOURNAL) return path.resolve(env.AFFICHE_JOURNAL);
  const user = typeof process.getuid === 'function' ? String(process.getuid()) : (os.userInfo().username || 'user').replace(/[^\w-]/g, '_');
  return path.join(os.tmpdir(), `affiche-journal-${user}`);
}

export class Journal {
  constructor(readonly dir: string) {}

  /** Records that `temp` is about to be written; returns the entry's id. */
  async record(temp: string): Promise<string> {
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    const id = randomBytes(8).toString('hex');
    const entry: Entry = { pid: process.pid, temp };
    const file = path.join(this.dir, `${id}.json`);
    const handle = await fs.open(file, 'wx', 0o600);
    try {
      await handle.writeFile(JSON.stringify(entry));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await syncDirectory(this.dir);
    return id;
  }

  async forget(id: string): Promise<void> {
    await fs.rm(path.join(this.dir, `${id}.json`), { force: true });
  }

  /**
   * Removes the temp files of writers that are gone, and their entries. Only files named like our
   * temp files are removed, whatever an entry says: a damaged journal can't delete a user's file.
   * Returns the temp files removed.
   */
  async sweep(): Promise<string[]> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return [];
    }
    const removed: string[] = [];
    for (const name of names) {
      if (!/^[0-9a-f]{16}\.json$/.test(name)) continue;
      const file = path.join(this.dir, name);
      let entry: Partial<Entry> | null = null;
      try {
        entry = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<Entry>;
      } catch {
        entry = null;
      }
      if (entry && typeof entry.pid === 'number' && processAlive(entry.pid)) continue;
      const temp = entry && typeof entry.temp === 'string' ? entry.temp : null;
      if (temp && path.isAbsolute(temp) && PARTIAL_FILE.test(path.basename(temp))) {
        try {
          const stat = await fs.lstat(temp);
          // A folder is a bundle's (OutputSet.createFolder), named like our temp files.
          if (stat.isFile() || stat.isDirectory()) {
            await fs.rm(temp, { force: true, recursive: stat.isDirectory() });
            removed.push(temp);
          }
        } catch {
          // already gone
        }
      }
      await fs.rm(file, { force: true });
    }
    return removed;
  }
}

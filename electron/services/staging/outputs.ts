/**
 * Files a job writes where the user wants them (EXP-01, EXP-08): each goes to a temp name beside
 * its destination (recorded in the journal first), and only when the whole job has succeeded are
 * they flushed and renamed into place, together. A cancelled, failed or killed job leaves nothing at
 * any final path: the runner aborts the set (temps removed), and after a kill the next start sweeps
 * the journal.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { syncDirectory } from '../library/durableFile';
import { partialPathFor, type Journal } from './journal';

interface Pending {
  finalPath: string;
  temp: string;
  entry: string;
  /** A whole folder written under a temp name and renamed into place at once (a bundle). */
  folder?: boolean;
}

export class OutputSet {
  private pending: Pending[] = [];
  private done = false;

  constructor(private readonly journal: Journal) {}

  /** A temp path to write `finalPath`'s content to; it lands at `finalPath` on commit. */
  async create(finalPath: string): Promise<string> {
    if (this.done) throw new Error('this job has finished writing');
    const target = path.resolve(finalPath);
    const temp = partialPathFor(target);
    const entry = await this.journal.record(temp);
    this.pending.push({ finalPath: target, temp, entry });
    return temp;
  }

  /**
   * A temp folder to fill with `finalPath`'s content; the folder lands at `finalPath` in one rename
   * on commit (EXP-08: a folder bundle is absent or complete). `finalPath` must not exist, or be an
   * empty folder (replaced).
   */
  async createFolder(finalPath: string): Promise<string> {
    if (this.done) throw new Error('this job has finished writing');
    const target = path.resolve(finalPath);
    const temp = partialPathFor(target);
    const entry = await this.journal.record(temp);
    this.pending.push({ finalPath: target, temp, entry, folder: true });
    await fs.mkdir(temp);
    return temp;
  }

  /** The final paths, in the order they were created. */
  get finalPaths(): string[] {
    return this.pending.map((p) => p.finalPath);
  }

  get size(): number {
    return this.pending.length;
  }

  /** Flushes every temp file, renames each into place, flushes the folders, forgets the entries. */
  async commit(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const { temp, folder } of this.pending) {
      // A folder's files were flushed as they were written (the bundle's writer does it).
      if (folder) continue;
      const handle = await fs.open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (const { temp, finalPath, folder } of this.pending) {
      // An empty folder chosen as the destination is replaced (rename refuses it on Windows).
      if (folder) await fs.rmdir(finalPath).catch(() => undefined);
      await fs.rename(temp, finalPath);
    }
    for (const dir of new Set(this.pending.map((p) => path.dirname(p.finalPath)))) await syncDirectory(dir);
    for (const { entry } of this.pending) await this.journal.forget(entry);
  }

  /** Removes every temp file and its journal entry; nothing reaches a final path. */
  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const { temp, entry, folder } of this.pending) {
      await fs.rm(temp, { force: true, recursive: Boolean(folder) });
      await this.journal.forget(entry);
    }
  }
}

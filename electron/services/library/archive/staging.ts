/**
 * Staged archive files: a whole library is too big for a call's JSON, so it travels as a file.
 * An export is written here and downloaded by id (browser mode: GET /api/archive/<id>); an upload
 * (POST /api/archive/upload) or a file picked in Electron's dialog is registered here and imported
 * by id. Ids are random; a path is only ever looked up from one, never built from a request.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface StagedFile {
  path: string;
  fileName: string;
  /** False for a file of the user's (picked in a dialog): it is never deleted. */
  owned: boolean;
}

const ID = /^[0-9a-f]{32}$/;
/** A staged file nobody fetched is removed after this long. */
const MAX_AGE_MS = 60 * 60 * 1000;

export class ArchiveStaging {
  private dir: string | null = null;
  private readonly files = new Map<string, StagedFile & { at: number }>();

  private async folder(): Promise<string> {
    this.dir ??= await fs.mkdtemp(path.join(os.tmpdir(), 'affiche-archives-'));
    return this.dir;
  }

  /** A fresh path to write a staged file to; it is known by `id` once `commit` is called. */
  async reserve(fileName: string): Promise<{ id: string; path: string; commit: () => void; discard: () => Promise<void> }> {
    await this.sweep();
    const id = randomBytes(16).toString('hex');
    const file = path.join(await this.folder(), `${id}.zip`);
    return {
      id,
      path: file,
      commit: () => void this.files.set(id, { path: file, fileName, owned: true, at: Date.now() }),
      discard: () => fs.rm(file, { force: true }),
    };
  }

  /** A file of the user's, imported in place. */
  adopt(file: string, fileName: string): string {
    const id = randomBytes(16).toString('hex');
    this.files.set(id, { path: file, fileName, owned: false, at: Date.now() });
    return id;
  }

  get(id: string): StagedFile | undefined {
    return typeof id === 'string' && ID.test(id) ? this.files.get(id) : undefined;
  }

  /**
   * For a download: the staged export, forgotten at once so a second request (even one arriving
   * while the first is still being served) finds nothing; `remove` deletes the file afterwards.
   * Files of the user's are never handed out.
   */
  takeExport(id: string): { path: string; fileName: string; remove: () => Promise<void> } | undefined {
    const staged = this.get(id);
    if (!staged?.owned) return undefined;
    this.files.delete(id);
    return { path: staged.path, fileName: staged.fileName, remove: () => fs.rm(staged.path, { force: true }) };
  }

  /** Forgets the id and deletes the file when it is ours. */
  async release(id: string): Promise<void> {
    const staged = this.get(id);
    if (!staged) return;
    this.files.delete(id);
    if (staged.owned) await fs.rm(staged.path, { force: true });
  }

  private async sweep(): Promise<void> {
    const now = Date.now();
    for (const [id, staged] of this.files) if (now - staged.at > MAX_AGE_MS) await this.release(id);
  }

  async dispose(): Promise<void> {
    for (const id of [...this.files.keys()]) await this.release(id);
    if (this.dir) await fs.rm(this.dir, { recursive: true, force: true });
    this.dir = null;
  }
}

const byLibrary = new Map<string, ArchiveStaging>();

/** One staging area per library folder, shared by the handlers and the transport that serves it. */
export function stagingFor(libraryDir: string): ArchiveStaging {
  const key = path.resolve(libraryDir);
  let staging = byLibrary.get(key);
  if (!staging) {
    staging = new ArchiveStaging();
    byLibrary.set(key, staging);
  }
  return staging;
}

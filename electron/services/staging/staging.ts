/**
 * The staging area (docs/architecture.md, "Staging"): the one place big files enter and leave the
 * backend by id. Calls name files only by these random ids; a path is looked up from an id, never
 * built from a request.
 *
 * - Uploads (browser mode's POST /api/staging, Electron's chunked upload) are streamed to a file
 *   here, so memory stays bounded whatever the size; an upload that stops halfway leaves nothing.
 * - A user's own file (a path on the command line, a file picked in Electron's dialog) is adopted:
 *   registered by id and read in place, never moved or deleted.
 * - A target is where the user wants a job's output (`--out`, a save dialog's choice); the job
 *   writes beside it and renames at the end (./outputs.ts).
 * - A download is a job's output staged here for browser mode (GET /api/staging/<id>), served once.
 *
 * The folder is `<library>/staging` and is emptied at every start (only one Affiche holds a library),
 * or, for a library opened read-only, a private temp folder removed at close. Files nobody used are
 * removed after an hour.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { msg } from '../../../core/messages';
import { UserError } from '../errors';

/** Largest upload: the largest archive or medium Affiche takes (the zip format's 4 GB). */
export const MAX_UPLOAD_BYTES = 0xffff_ffff - 64 * 1024 ** 2;
const MAX_AGE_MS = 60 * 60 * 1000;
const ID = /^[0-9a-f]{32}$/;

export interface StagedInput {
  id: string;
  /** Where to read it. */
  path: string;
  /** The name the user knows it by (for messages and the asset's name). */
  fileName: string;
  /** False for the user's own file: read in place, never deleted. */
  owned: boolean;
}

export interface StagedTarget {
  id: string;
  path: string;
  kind: 'file' | 'folder';
}

type Entry =
  | ({ role: 'input'; at: number } & StagedInput)
  | ({ role: 'target'; at: number } & StagedTarget)
  | { role: 'download'; id: string; path: string; fileName: string; at: number; ready: boolean };

/** Receives an upload chunk by chunk (Electron's IPC); `finish` registers it, `abort` removes it. */
export interface Upload {
  id: string;
  append(chunk: Uint8Array): Promise<void>;
  finish(): Promise<StagedInput>;
  abort(): Promise<void>;
}

function newId(): string {
  return randomBytes(16).toString('hex');
}

export class StagingArea {
  private readonly entries = new Map<string, Entry>();

  private constructor(
    readonly dir: string,
    private readonly ownsDir: boolean,
    private readonly now: () => number,
  ) {}

  /**
   * `<library>/staging`, emptied first (what an earlier run left: the caller holds the library's
   * lock), or a private temp folder when the library is read-only (nothing is written in it).
   */
  static async open(options: { libraryDir: string; readOnly: boolean; now?: () => number }): Promise<StagingArea> {
    const now = options.now ?? Date.now;
    if (options.readOnly) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'affiche-staging-'));
      return new StagingArea(dir, true, now);
    }
    const dir = path.join(options.libraryDir, 'staging');
    await fs.rm(dir, { recursive: true, force: true });
    await fs.mkdir(dir, { recursive: true });
    return new StagingArea(dir, false, now);
  }

  private async sweepOld(): Promise<void> {
    const limit = this.now() - MAX_AGE_MS;
    for (const [id, entry] of this.entries) if (entry.at < limit) await this.release(id);
  }

  private fileFor(id: string, role: string): string {
    return path.join(this.dir, `${id}.${role}`);
  }

  /** Streams `source` to a staged file; refused (and removed) past `maxBytes` or when `signal` aborts. */
  async receive(fileName: string, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: { maxBytes?: number; signal?: AbortSignal } = {}): Promise<StagedInput> {
    const upload = await this.beginUpload(fileName, options.maxBytes);
    try {
      for await (const chunk of source) {
        if (options.signal?.aborted) throw options.signal.reason ?? new Error('aborted');
        await upload.append(chunk);
      }
      return await upload.finish();
    } catch (error) {
      await upload.abort();
      throw error;
    }
  }

  async beginUpload(fileName: string, maxBytes = MAX_UPLOAD_BYTES): Promise<Upload> {
    await this.sweepOld();
    const id = newId();
    const file = this.fileFor(id, 'upload');
    const stream: WriteStream = createWriteStream(file, { flags: 'wx', mode: 0o600 });
    let size = 0;
    let closed = false;
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    failed.catch(() => undefined);
    // The file is opened asynchronously: removed before its open completes, it would come back.
    const streamClosed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
    const close = async () => {
      if (closed) return;
      closed = true;
      stream.end();
      await Promise.race([finished(stream), failed]);
    };
    const abort = async () => {
      closed = true;
      stream.destroy();
      await streamClosed;
      await fs.rm(file, { force: true });
    };
    return {
      id,
      append: async (chunk) => {
        if (closed) throw new Error('this upload is finished');
        size += chunk.byteLength;
        if (size > maxBytes) {
          await abort();
          throw new UserError('invalid-args', msg('staging.tooLarge', { name: fileName, limit: maxBytes }));
        }
        // Backpressure: wait for the disk when the stream's buffer is full (bounded memory).
        if (!stream.write(chunk)) await Promise.race([new Promise<void>((resolve) => stream.once('drain', () => resolve())), failed]);
      },
      finish: async () => {
        await close();
        const input: StagedInput = { id, path: file, fileName: cleanName(fileName), owned: true };
        this.entries.set(id, { role: 'input', at: this.now(), ...input });
        return input;
      },
      abort,
    };
  }

  /** The user's own file, read where it is (never moved or deleted). */
  adopt(file: string, fileName = path.basename(file)): StagedInput {
    const input: StagedInput = { id: newId(), path: path.resolve(file), fileName: cleanName(fileName), owned: false };
    this.entries.set(input.id, { role: 'input', at: this.now(), ...input });
    return input;
  }

  /** A place the user chose for a job's output: a file, or a folder for several files. */
  target(file: string, kind: 'file' | 'folder' = 'file'): StagedTarget {
    const target: StagedTarget = { id: newId(), path: path.resolve(file), kind };
    this.entries.set(target.id, { role: 'target', at: this.now(), ...target });
    return target;
  }

  /** A staged input by id; refused with a clear message when it is unknown or gone. */
  input(id: string): StagedInput {
    const entry = ID.test(id) ? this.entries.get(id) : undefined;
    if (entry?.role !== 'input') throw new UserError('not-found', msg('staging.notFound'));
    return { id: entry.id, path: entry.path, fileName: entry.fileName, owned: entry.owned };
  }

  targetOf(id: string): StagedTarget {
    const entry = ID.test(id) ? this.entries.get(id) : undefined;
    if (entry?.role !== 'target') throw new UserError('not-found', msg('staging.notFound'));
    return { id: entry.id, path: entry.path, kind: entry.kind };
  }

  /** A file to write a job's output to, for a browser download; `ready` once the job has succeeded. */
  async reserveDownload(fileName: string): Promise<{ id: string; path: string; ready: () => void }> {
    await this.sweepOld();
    const id = newId();
    const file = this.fileFor(id, 'download');
    const entry: Entry = { role: 'download', id, path: file, fileName: cleanName(fileName), at: this.now(), ready: false };
    this.entries.set(id, entry);
    return {
      id,
      path: file,
      ready: () => {
        entry.ready = true;
        entry.at = this.now();
      },
    };
  }

  /** A staged download's name, once the job knows it (a fix turned the PNG it planned into a JPEG). */
  renameDownload(id: string, fileName: string): void {
    const entry = this.entries.get(id);
    if (entry?.role === 'download') entry.fileName = cleanName(fileName);
  }

  /**
   * For a download: the staged file, forgotten at once so a second request finds nothing (even
   * one arriving while the first is served); `remove` deletes it once sent.
   */
  takeDownload(id: string): { path: string; fileName: string; remove: () => Promise<void> } | undefined {
    const entry = ID.test(id) ? this.entries.get(id) : undefined;
    if (entry?.role !== 'download' || !entry.ready) return undefined;
    this.entries.delete(id);
    return { path: entry.path, fileName: entry.fileName, remove: () => fs.rm(entry.path, { force: true }) };
  }

  /** Forgets an id; a file of ours (an upload, a download) is deleted. The user's files never are. */
  async release(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    if (entry.role === 'download' || (entry.role === 'input' && entry.owned)) await fs.rm(entry.path, { force: true });
  }

  /** How many ids are registered (tests). */
  get count(): number {
    return this.entries.size;
  }

  async close(): Promise<void> {
    for (const id of [...this.entries.keys()]) await this.release(id);
    if (this.ownsDir) await fs.rm(this.dir, { recursive: true, force: true });
  }
}

/** A name for messages and assets: no folders, no control characters, at most 255 characters. */
function cleanName(fileName: string): string {
  // eslint-disable-next-line no-control-regex
  const base = fileName.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '_').trim();
  return (base || 'file').slice(0, 255);
}

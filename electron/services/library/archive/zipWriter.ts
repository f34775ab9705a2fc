/**
 * A zip written as it is produced (fflate's streaming Zip): each chunk goes to the file before the
 * next is made, so memory holds one read buffer, never the library. Media are stored
 * (ZipPassThrough: they are already compressed); JSON is deflated.
 *
 * The file is a temp file next to the target, flushed and renamed over it at the end, so the
 * target is either the whole archive or untouched (a full disk leaves no partial file).
 */
import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { msg, type MessageParam } from '../../../../core/messages';
import { UserError } from '../../errors';
import { diskFullError, isDiskFull, syncDirectory, tempPathFor } from '../durableFile';

/** The one step tests replace to simulate a full disk (like durableFile's DurableIo). */
export interface ArchiveIo {
  writeAt(handle: FileHandle, data: Uint8Array, position: number): Promise<void>;
}

export const defaultArchiveIo: ArchiveIo = {
  async writeAt(handle, data, position) {
    let offset = 0;
    while (offset < data.byteLength) {
      const { bytesWritten } = await handle.write(data, offset, data.byteLength - offset, position + offset);
      offset += bytesWritten;
    }
  },
};

const READ_CHUNK = 1024 * 1024;

export class ZipFileWriter {
  private pending: Uint8Array[] = [];
  private failure: Error | null = null;
  private position = 0;
  private readonly zip: Zip;
  /** Every entry written, in order, with its uncompressed size (the manifest lists them). */
  readonly entries: { name: string; bytes: number }[] = [];

  private constructor(
    private readonly handle: FileHandle,
    readonly temp: string,
    private readonly io: ArchiveIo,
    private readonly maxBytes: number,
    private readonly mtime: Date,
  ) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failure = error;
      else this.pending.push(chunk);
    });
  }

  /**
   * `inPlace`: `target` is already a fresh temp name of the caller's (a job's output, renamed into
   * place by the job when it succeeds), so the zip is written there directly.
   */
  static async create(target: string, options: { io?: ArchiveIo; maxBytes: number; mtime: Date; inPlace?: boolean }): Promise<ZipFileWriter> {
    const temp = options.inPlace ? target : tempPathFor(target);
    const handle = await fs.open(temp, 'wx', 0o644);
    return new ZipFileWriter(handle, temp, options.io ?? defaultArchiveIo, options.maxBytes, options.mtime);
  }

  get bytesWritten(): number {
    return this.position;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const chunk = this.pending.shift()!;
      if (this.position + chunk.byteLength > this.maxBytes) {
        throw new UserError('invalid-args', msg('archive.tooLargeToWrite', { gigabytes: Math.floor(this.maxBytes / 1024 ** 3) }));
      }
      await this.io.writeAt(this.handle, chunk, this.position);
      this.position += chunk.byteLength;
    }
    if (this.failure) throw this.failure;
  }

  async addDeflated(name: string, bytes: Uint8Array): Promise<void> {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = this.mtime;
    this.zip.add(file);
    file.push(bytes, true);
    this.entries.push({ name, bytes: bytes.byteLength });
    await this.drain();
  }

  /** An entry stored as is (pictures are compressed already). */
  async addStored(name: string, bytes: Uint8Array): Promise<void> {
    const file = new ZipPassThrough(name);
    file.mtime = this.mtime;
    this.zip.add(file);
    file.push(bytes, true);
    this.entries.push({ name, bytes: bytes.byteLength });
    await this.drain();
  }

  /**
   * Streams a file from disk into a stored entry; returns its size. `check` (a library original):
   * the file must be a regular file reached without following a link, and its content must still
   * hash to its id (an altered original is refused, never archived under a name that lies).
   */
  async addStoredFile(name: string, source: string, check?: { sha256: string; name: string }): Promise<number> {
    let input: FileHandle;
    try {
      input = await fs.open(source, fsConstants.O_RDONLY | (check ? (fsConstants.O_NOFOLLOW ?? 0) : 0));
    } catch (error) {
      if (check && (error as NodeJS.ErrnoException).code === 'ELOOP') throw new UserError('bad-file', msg('library.originalNotRegular', { name: check.name }));
      throw error;
    }
    const hash = check ? createHash('sha256') : null;
    try {
      if (check && !(await input.stat()).isFile()) throw new UserError('bad-file', msg('library.originalNotRegular', { name: check.name }));
      const file = new ZipPassThrough(name);
      file.mtime = this.mtime;
      this.zip.add(file);
      const buffer = Buffer.alloc(READ_CHUNK);
      let total = 0;
      for (;;) {
        const { bytesRead } = await input.read(buffer, 0, READ_CHUNK, total);
        if (bytesRead === 0) break;
        total += bytesRead;
        hash?.update(buffer.subarray(0, bytesRead));
        // fflate keeps no reference once push returns (the chunk is written out by drain first).
        file.push(new Uint8Array(buffer.subarray(0, bytesRead)), false);
        await this.drain();
      }
      if (check && hash!.digest('hex') !== check.sha256) throw new UserError('bad-file', msg('library.originalAltered', { name: check.name }));
      file.push(new Uint8Array(0), true);
      await this.drain();
      this.entries.push({ name, bytes: total });
      return total;
    } finally {
      await input.close();
    }
  }

  /** Writes the central directory, flushes, and renames the temp file over `target`. */
  async finish(target: string): Promise<number> {
    this.zip.end();
    await this.drain();
    await this.handle.sync();
    await this.handle.close();
    if (this.temp !== target) {
      await fs.rename(this.temp, target);
      await syncDirectory(path.dirname(target));
    }
    return this.position;
  }

  /** After a failure: no temp file left behind; a full disk becomes a clear 'disk-full' error. */
  async abort(error: unknown, label: MessageParam): Promise<never> {
    this.zip.terminate();
    await this.handle.close().catch(() => undefined);
    await fs.unlink(this.temp).catch(() => undefined);
    if (isDiskFull(error)) throw diskFullError(label);
    throw error;
  }
}

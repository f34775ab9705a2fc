/**
 * Media: originals in blobs/<sha256>, thumbnails in thumbs/<sha256>.webp, records in library.json.
 *
 * Content addressing makes import idempotent (same bytes -> same id -> `duplicate: true`) and
 * means an id is all the renderer ever holds: paths are built here from ids found in the index,
 * never from anything a caller sends (SEC-07).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { AssetSummary } from '../../../core/api';
import type { AssetRecord } from '../../../core/schema/library';
import { UserError } from '../errors';
import { msg } from '../../../core/messages';
import { assertWritable, data, type LibraryContext } from './context';
import { diskFullError, isDiskFull, isNotFound, readFileIfExists, syncDirectory, tempPathFor, writeFileAtomic } from './durableFile';
import { displayName } from './imageImport';
import { checkImportable, HEAD_BYTES, importsFromFile, prepareMedia, prepareMediaFile } from './mediaImport';
import { isAssetId } from './paths';

export interface ImportResult {
  asset: AssetSummary;
  duplicate: boolean;
}

/** Optional fields only when known: library.json stays small and v2-shaped for what does not apply. */
function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** What an import stores: bytes in memory, or a file on disk (a video or a sound, any size). */
type Source = { bytes: Uint8Array } | { file: string; size: number; head: Uint8Array; owned: boolean };

async function sha256OfFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

async function readHead(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export class AssetStore {
  /** Imports running now, by id: the same bytes dropped twice at once import once. */
  private readonly running = new Map<string, Promise<ImportResult>>();

  constructor(private readonly ctx: LibraryContext) {}

  private record(id: string): AssetRecord | undefined {
    return isAssetId(id) ? data(this.ctx).assets[id] : undefined;
  }

  async import(fileName: string, bytes: Uint8Array): Promise<ImportResult> {
    assertWritable(this.ctx);
    if (!(bytes instanceof Uint8Array)) throw new UserError('invalid-args', msg('asset.needsBytes'));
    const id = createHash('sha256').update(bytes).digest('hex');
    const running = this.running.get(id);
    if (running) return { asset: (await running).asset, duplicate: true };
    const existing = this.record(id);
    if (existing && (await this.hasBlob(id))) return { asset: structuredClone(existing), duplicate: true };

    return this.once(id, () => this.store(id, fileName, { bytes }));
  }

  /**
   * Imports a file where it lies (docs/architecture.md, "Staging"). A video or a sound is never
   * read into memory: it is hashed as a stream, checked and probed in place, and becomes the blob
   * by a rename (`owned`: a staged upload, ours to move) or a copy (the user's own file). Other
   * kinds are small (their limits are checked before reading) and go through `import`.
   */
  async importFile(fileName: string, file: string, options: { owned: boolean }): Promise<ImportResult> {
    assertWritable(this.ctx);
    const stat = await fs.stat(file).catch(() => null);
    if (!stat) throw new UserError('not-found', msg('staging.notFound'));
    if (!stat.isFile()) throw new UserError('bad-file', msg('staging.notAFile', { name: displayName(fileName) }));
    const head = await readHead(file);
    // Refused by its kind or its size before anything reads it whole.
    checkImportable(fileName, head, stat.size);
    if (!importsFromFile(head)) return this.import(fileName, new Uint8Array(await fs.readFile(file)));
    const id = await sha256OfFile(file);
    const running = this.running.get(id);
    if (running) return { asset: (await running).asset, duplicate: true };
    const existing = this.record(id);
    if (existing && (await this.hasBlob(id))) return { asset: structuredClone(existing), duplicate: true };
    return this.once(id, () => this.store(id, fileName, { file, size: stat.size, head, owned: options.owned }));
  }

  private async once(id: string, run: () => Promise<ImportResult>): Promise<ImportResult> {
    const task = run();
    this.running.set(id, task);
    try {
      return await task;
    } finally {
      this.running.delete(id);
    }
  }

  /** A file becomes blob `target`: moved when it is ours, copied otherwise; flushed, then renamed into place. */
  private async placeFile(source: Extract<Source, { file: string }>, target: string, label: Parameters<typeof diskFullError>[0]): Promise<void> {
    const temp = tempPathFor(target);
    try {
      let moved = false;
      if (source.owned) {
        moved = await fs.rename(source.file, temp).then(
          () => true,
          () => false, // another file system: copy instead
        );
      }
      if (!moved) await fs.copyFile(source.file, temp);
      const handle = await fs.open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.rename(temp, target);
      await syncDirectory(path.dirname(target));
    } catch (error) {
      await fs.rm(temp, { force: true });
      if (isDiskFull(error)) throw diskFullError(label);
      throw error;
    }
  }

  private async hasBlob(id: string): Promise<boolean> {
    return fs.access(this.ctx.paths.blob(id)).then(
      () => true,
      () => false,
    );
  }

  /**
   * Check, write blob + thumbnail, then the record: a crash before the record is durable leaves
   * at most an unused blob (complete, since it is renamed into place), which the next import of
   * the same bytes reuses. Imports running at once share library.json writes (DurableJsonFile
   * coalesces them); each resolves only once a write holding its record is on disk.
   */
  private async store(inputId: string, fileName: string, source: Source): Promise<ImportResult> {
    const name = displayName(fileName);
    const media = 'bytes' in source ? await prepareMedia(name, source.bytes) : await prepareMediaFile(name, source.file, source.size, source.head);
    // Usually the input itself; a sanitised SVG is stored (and named) by its own hash; a file is stored as it is.
    const bytes = media.bytes;
    const id = !bytes || ('bytes' in source && bytes === source.bytes) ? inputId : createHash('sha256').update(bytes).digest('hex');
    const existing = this.record(id);
    if (existing && id !== inputId && (await this.hasBlob(id))) return { asset: structuredClone(existing), duplicate: true };
    const files = [this.ctx.paths.blob(id), this.ctx.paths.assetThumb(id)];
    await fs.mkdir(this.ctx.paths.blobs, { recursive: true });
    await fs.mkdir(this.ctx.paths.thumbs, { recursive: true });
    // Both at once; both settled before anything is cleaned, so no write lands after the cleanup.
    const written = await Promise.allSettled([
      bytes || 'bytes' in source
        ? writeFileAtomic(files[0], bytes ?? (source as { bytes: Uint8Array }).bytes, { label: msg('library.label.file', { name }), io: this.ctx.io })
        : this.placeFile(source, files[0], msg('library.label.file', { name })),
      writeFileAtomic(files[1], media.thumbnail, { label: msg('library.label.preview', { name }), io: this.ctx.io }),
    ]);
    const failed = written.find((result) => result.status === 'rejected');
    if (failed) {
      if (!existing) await this.removeUnreferenced(id, files);
      throw failed.reason;
    }
    const record: AssetRecord = existing ?? {
      id,
      kind: media.kind,
      mime: media.mime,
      fileName: name,
      ...definedOnly({
        width: media.width,
        height: media.height,
        durationMs: media.durationMs,
        videoCodec: media.videoCodec,
        audioCodec: media.audioCodec,
        fps: media.fps,
        colors: media.colors,
        fontFamily: media.fontFamily,
        fontStyle: media.fontStyle,
      }),
      bytes: bytes ? bytes.byteLength : 'bytes' in source ? source.bytes.byteLength : source.size,
      createdAt: this.ctx.now().toISOString(),
    };
    data(this.ctx).assets[id] = record;
    try {
      await this.ctx.index.save();
    } catch (error) {
      // Unacknowledged: forget it in memory too, so a retry imports it again cleanly, and remove
      // its files unless some write still put the record on disk.
      if (!existing) {
        if (data(this.ctx).assets[id] === record) delete data(this.ctx).assets[id];
        await this.removeUnreferenced(id, files);
      }
      throw error;
    }
    return { asset: structuredClone(record), duplicate: existing !== undefined };
  }

  /**
   * After a failed import (a full disk, REL-04): remove its blob and thumbnail, so a refused
   * import leaves nothing behind. Kept when library.json on disk names the id after all (another
   * import's coalesced write may have carried the record before it was forgotten): the record is
   * then put back, since a record without its blob would be worse than an unused blob.
   */
  private async removeUnreferenced(id: string, files: readonly string[]): Promise<void> {
    try {
      // Writes already queued may still serialise the record they saw: let them land first.
      await this.ctx.index.adapter.idle();
      if (this.record(id)) return;
      const onDisk = await readFileIfExists(this.ctx.paths.libraryJson);
      if (onDisk?.includes(id)) {
        const stored = (JSON.parse(onDisk.toString('utf8')) as { assets?: Record<string, AssetRecord> }).assets?.[id];
        if (stored) data(this.ctx).assets[id] = stored;
        return;
      }
      await Promise.all(files.map((file) => fs.unlink(file).catch(() => undefined)));
    } catch {
      /* best effort: an unused blob is harmless, the import's own error is what the user needs */
    }
  }

  /**
   * At open: drop records in the trash whose original is gone. Emptying the trash now removes
   * records before files (assetOrganise.ts), but it used to be the other way round, and a kill in
   * between left such records; restoring one would bring back an asset that cannot be shown or
   * exported. They are dropped here with their thumbnail, as the emptying would have done. Records
   * outside the trash are never touched: a missing original there is reported when it is read.
   * Costs one listing of blobs/, and only when the trash is not empty. Returns whether
   * library.json must be written.
   */
  async finishInterruptedEmpty(): Promise<boolean> {
    if (this.ctx.readOnly) return false;
    const assets = data(this.ctx).assets;
    const trashed = Object.values(assets).filter((record) => record.deletedAt !== undefined);
    if (trashed.length === 0) return false;
    const blobs = new Set(await fs.readdir(this.ctx.paths.blobs).catch(() => [] as string[]));
    let dropped = false;
    for (const record of trashed) {
      if (blobs.has(record.id)) continue;
      await fs.unlink(this.ctx.paths.assetThumb(record.id)).catch(() => undefined);
      delete assets[record.id];
      dropped = true;
    }
    return dropped;
  }

  /** Resolves when running imports have finished (close). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running.values()]);
  }

  list(options: { kind?: AssetSummary['kind'] } = {}): AssetSummary[] {
    return Object.values(data(this.ctx).assets)
      .filter((record) => options.kind === undefined || record.kind === options.kind)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id))
      .map((record) => structuredClone(record));
  }

  get(id: string): AssetSummary | undefined {
    const record = this.record(id);
    return record ? structuredClone(record) : undefined;
  }

  /** The original's path: only for a known id whose blob is a regular file, not a link (SEC-07). */
  path(id: string): string | null {
    if (!this.record(id)) return null;
    const file = this.ctx.paths.blob(id);
    return this.ctx.paths.isRegularFile(file) ? file : null;
  }

  thumbnailPath(id: string): string | null {
    if (!this.record(id)) return null;
    const file = this.ctx.paths.assetThumb(id);
    return this.ctx.paths.isRegularFile(file) ? file : null;
  }

  async read(id: string): Promise<Uint8Array> {
    const record = this.record(id);
    if (!record) throw new UserError('not-found', msg('asset.notInLibrary', { count: 1 }));
    const file = this.ctx.paths.blob(id);
    try {
      // A link in its place is not followed (SEC-07).
      if (!this.ctx.paths.isRegularFile(file) && (await fs.lstat(file))) throw new UserError('bad-file', msg('library.originalNotRegular', { name: record.name ?? record.fileName }));
      return new Uint8Array(await fs.readFile(file));
    } catch (error) {
      if (isNotFound(error)) throw new UserError('not-found', msg('asset.originalMissing', { name: record.fileName }));
      throw error;
    }
  }
}

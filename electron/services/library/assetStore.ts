/**
 * Media: originals in blobs/<sha256>, thumbnails in thumbs/<sha256>.webp, records in library.json.
 *
 * Content addressing makes import idempotent (same bytes -> same id -> `duplicate: true`) and
 * means an id is all the renderer ever holds: paths are built here from ids found in the index,
 * never from anything a caller sends (SEC-07).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import type { AssetSummary } from '../../../core/api';
import type { AssetRecord } from '../../../core/schema/library';
import { UserError } from '../errors';
import { assertWritable, data, type LibraryContext } from './context';
import { isNotFound, writeFileAtomic } from './durableFile';
import { displayName } from './imageImport';
import { prepareMedia } from './mediaImport';
import { isAssetId } from './paths';

export interface ImportResult {
  asset: AssetSummary;
  duplicate: boolean;
}

/** Optional fields only when known: library.json stays small and v2-shaped for what does not apply. */
function definedOnly<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as Partial<T>;
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
    if (!(bytes instanceof Uint8Array)) throw new UserError('invalid-args', 'An import needs the file bytes.');
    const id = createHash('sha256').update(bytes).digest('hex');
    const running = this.running.get(id);
    if (running) return { asset: (await running).asset, duplicate: true };
    const existing = this.record(id);
    if (existing && (await this.hasBlob(id))) return { asset: structuredClone(existing), duplicate: true };

    const task = this.store(id, fileName, bytes);
    this.running.set(id, task);
    try {
      return await task;
    } finally {
      this.running.delete(id);
    }
  }

  private async hasBlob(id: string): Promise<boolean> {
    return fs.access(this.ctx.paths.blob(id)).then(
      () => true,
      () => false,
    );
  }

  /** Check, write blob + thumbnail, then the record (a crash before the record only leaves an unused blob). */
  private async store(inputId: string, fileName: string, input: Uint8Array): Promise<ImportResult> {
    const name = displayName(fileName);
    const media = await prepareMedia(name, input);
    // Usually the input itself; a sanitised SVG is stored (and named) by its own hash.
    const bytes = media.bytes;
    const id = bytes === input ? inputId : createHash('sha256').update(bytes).digest('hex');
    const existing = this.record(id);
    if (existing && id !== inputId && (await this.hasBlob(id))) return { asset: structuredClone(existing), duplicate: true };
    await fs.mkdir(this.ctx.paths.blobs, { recursive: true });
    await fs.mkdir(this.ctx.paths.thumbs, { recursive: true });
    await writeFileAtomic(this.ctx.paths.blob(id), bytes, { label: `"${name}"`, io: this.ctx.io });
    await writeFileAtomic(this.ctx.paths.assetThumb(id), media.thumbnail, { label: `the preview of "${name}"`, io: this.ctx.io });
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
      bytes: bytes.byteLength,
      createdAt: this.ctx.now().toISOString(),
    };
    data(this.ctx).assets[id] = record;
    try {
      await this.ctx.index.save();
    } catch (error) {
      // Unacknowledged: forget it in memory too, so a retry imports it again cleanly.
      if (!existing) delete data(this.ctx).assets[id];
      throw error;
    }
    return { asset: structuredClone(record), duplicate: existing !== undefined };
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

  path(id: string): string | null {
    return this.record(id) ? this.ctx.paths.blob(id) : null;
  }

  thumbnailPath(id: string): string | null {
    return this.record(id) ? this.ctx.paths.assetThumb(id) : null;
  }

  async read(id: string): Promise<Uint8Array> {
    const record = this.record(id);
    if (!record) throw new UserError('not-found', 'This media is not in the library.');
    try {
      return new Uint8Array(await fs.readFile(this.ctx.paths.blob(id)));
    } catch (error) {
      if (isNotFound(error)) throw new UserError('not-found', `The original of "${record.fileName}" is missing from the library folder.`);
      throw error;
    }
  }
}

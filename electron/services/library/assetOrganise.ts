/**
 * Organising imported media: rename, notes, credit, licence, favourite, tags, collections, trash.
 *
 * Every change replaces record objects (never mutates them), which keeps the search cache of
 * ./assetSearch.ts exact, and is all-or-nothing: the new records go in, library.json is written,
 * and if the write fails the old records are put back, so what the user sees matches the disk.
 * Bulk calls check every id and argument before changing anything.
 */
import fs from 'node:fs/promises';
import type { AssetSummary } from '../../../core/api';
import type { AssetFacets, AssetListArgs, AssetUpdateArgs, AssetUsage } from '../../../core/api/assetArgs';
import { newId } from '../../../core/schema/factory';
import { ASSET_ORGANISATION_LIMITS as L, normaliseTags, type Collection } from '../../../core/schema/assetOrganisation';
import type { AssetRecord } from '../../../core/schema/library';
import { UserError } from '../errors';
import { msg } from '../../../core/messages';
import { assetFacets, fold, searchAssets } from './assetSearch';
import { assertWritable, data, type LibraryContext } from './context';
import { isNotFound } from './durableFile';
import { isAssetId } from './paths';
import type { UsageIndex } from './usageIndex';

/** Optional fields left empty are removed, so an untouched asset stays as small as before. */
function compact(record: AssetRecord): AssetRecord {
  const out = { ...record } as Record<string, unknown>;
  for (const key of ['name', 'notes', 'credit', 'licence'] as const) if (out[key] === '') delete out[key];
  for (const key of ['tags', 'collections'] as const) if (Array.isArray(out[key]) && (out[key] as unknown[]).length === 0) delete out[key];
  if (out.favourite === false) delete out.favourite;
  return out as AssetRecord;
}

/** A copy the caller may change without touching the index (see search). */
function copyRecord(record: AssetRecord): AssetRecord {
  const out: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(out)) {
    if (Array.isArray(value)) out[key] = value.map((item: unknown) => (item !== null && typeof item === 'object' ? { ...item } : item));
    else if (value !== null && typeof value === 'object') out[key] = { ...value };
  }
  return out as AssetRecord;
}

function cleanText(value: string): string {
  // Control characters (but not line breaks in notes) come from pastes, never from intent.
  return value.normalize('NFC').replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '').trim();
}

export class AssetOrganiser {
  constructor(
    private readonly ctx: LibraryContext,
    private readonly usageIndex: UsageIndex,
  ) {}

  private get assets(): Record<string, AssetRecord> {
    return data(this.ctx).assets;
  }

  private records(ids: readonly string[]): AssetRecord[] {
    const unique = [...new Set(ids)];
    const missing = unique.filter((id) => !isAssetId(id) || !this.assets[id]);
    if (missing.length > 0) {
      throw new UserError('not-found', msg('asset.notInLibrary', { count: missing.length }));
    }
    return unique.map((id) => this.assets[id]);
  }

  /** Puts the new records in, writes library.json, and puts the old ones back if that fails. */
  private async commit(next: readonly AssetRecord[], removed: readonly string[] = []): Promise<AssetSummary[]> {
    const assets = this.assets;
    const before = new Map<string, AssetRecord | undefined>();
    for (const record of next) before.set(record.id, assets[record.id]);
    for (const id of removed) before.set(id, assets[id]);
    for (const record of next) assets[record.id] = record;
    for (const id of removed) delete assets[id];
    try {
      await this.ctx.index.save();
    } catch (error) {
      for (const [id, record] of before) {
        if (record) assets[id] = record;
        else delete assets[id];
      }
      throw error;
    }
    return next.map((record) => structuredClone(record));
  }

  search(args: AssetListArgs): { assets: AssetSummary[]; total: number } {
    const { records, total } = searchAssets(Object.values(this.assets), args);
    // structuredClone of 10k records alone costs ~50 ms: a copy two levels deep is enough, as
    // records hold only scalars, arrays of scalars and small flat objects.
    return { assets: records.map(copyRecord), total };
  }

  facets(): AssetFacets {
    return assetFacets(Object.values(this.assets));
  }

  async update(args: AssetUpdateArgs): Promise<AssetSummary> {
    assertWritable(this.ctx);
    const [record] = this.records([args.id]);
    const next: AssetRecord = { ...record };
    // undefined: unchanged; null or blank: cleared (the name goes back to the file name).
    for (const key of ['name', 'notes', 'credit', 'licence'] as const) {
      const value = args[key];
      if (value === undefined) continue;
      const clean = value === null ? '' : cleanText(value);
      if (clean === '') delete next[key];
      else next[key] = clean;
    }
    if (args.favourite !== undefined) next.favourite = args.favourite;
    const [saved] = await this.commit([compact(next)]);
    return saved;
  }

  async tag(ids: readonly string[], add: readonly string[] = [], remove: readonly string[] = []): Promise<AssetSummary[]> {
    assertWritable(this.ctx);
    const records = this.records(ids);
    const adding = normaliseTags(add);
    const removing = new Set(normaliseTags(remove));
    const next = records.map((record) => {
      const tags = normaliseTags([...(record.tags ?? []), ...adding]).filter((tag) => !removing.has(tag));
      if (tags.length > L.maxTags) {
        throw new UserError('invalid-args', msg('asset.tooManyTags', { name: record.name ?? record.fileName, tags: tags.length, max: L.maxTags }));
      }
      return compact({ ...record, tags });
    });
    return this.commit(next);
  }

  /**
   * Favourite (or not) many assets: one write of library.json for all of them, none when every
   * one is already as asked. Returns each asset as it now is, in the order given.
   */
  async setFavourite(ids: readonly string[], favourite: boolean): Promise<AssetSummary[]> {
    assertWritable(this.ctx);
    const records = this.records(ids);
    const next = records.filter((record) => (record.favourite === true) !== favourite).map((record) => compact({ ...record, favourite }));
    if (next.length > 0) await this.commit(next);
    return this.records(ids).map(copyRecord);
  }

  async setCollections(ids: readonly string[], add: readonly string[] = [], remove: readonly string[] = []): Promise<AssetSummary[]> {
    assertWritable(this.ctx);
    const records = this.records(ids);
    const known = new Set(data(this.ctx).collections.map((c) => c.id));
    const unknown = add.find((id) => !known.has(id));
    if (unknown) throw new UserError('not-found', msg('asset.noSuchCollection', { id: unknown }));
    const removing = new Set(remove);
    const next = records.map((record) => {
      const collections = [...new Set([...(record.collections ?? []), ...add])].filter((id) => !removing.has(id));
      if (collections.length > L.maxCollectionsPerAsset) {
        throw new UserError('invalid-args', msg('asset.tooManyCollections', { max: L.maxCollectionsPerAsset }));
      }
      return compact({ ...record, collections });
    });
    return this.commit(next);
  }

  async usage(id: string): Promise<AssetUsage> {
    this.records([id]);
    return this.usageIndex.usage(id);
  }

  /**
   * To the trash. Used by a design outside the trash, or a brand kit logo: nothing moves unless
   * `force`, and `inUse` lists where, so the UI can ask first. Designs in the trash do not block
   * (the asset stays on disk for them: see emptyTrash).
   */
  async trash(ids: readonly string[], force = false): Promise<{ trashed: string[]; inUse: ({ id: string } & AssetUsage)[] }> {
    assertWritable(this.ctx);
    const records = this.records(ids);
    const inUse: ({ id: string } & AssetUsage)[] = [];
    for (const record of records) {
      const usage = await this.usageIndex.usage(record.id);
      if (usage.brandKit || usage.designs.some((design) => !design.trashed)) inUse.push({ id: record.id, ...usage });
    }
    if (inUse.length > 0 && !force) return { trashed: [], inUse };
    const now = this.ctx.now().toISOString();
    // Re-read: the usage checks awaited, and a concurrent call may have replaced records.
    const next = this.records(ids)
      .filter((record) => record.deletedAt === undefined)
      .map((record) => ({ ...record, deletedAt: now }));
    await this.commit(next);
    return { trashed: records.map((record) => record.id), inUse };
  }

  async restore(ids: readonly string[]): Promise<AssetSummary[]> {
    assertWritable(this.ctx);
    const next = this.records(ids).map((record) => {
      const { deletedAt: _deletedAt, ...rest } = record;
      return rest;
    });
    return this.commit(next);
  }

  /**
   * Removes trashed assets for good: the records first, in one write, then original and
   * thumbnail. A crash or a full disk in between leaves at worst unused files (harmless: a later
   * import of the same bytes reuses them), never a record whose original is gone, which a restore
   * would bring back broken (REL-01, REL-04). An asset
   * still used by any design, in the trash or not, or by the brand kit, stays in the trash: a
   * design restored later must come back whole. If some design could not be read, nothing is
   * removed, since what it uses is unknown.
   */
  async emptyTrash(): Promise<{ removed: number; kept: string[] }> {
    assertWritable(this.ctx);
    const trashed = Object.values(this.assets).filter((record) => record.deletedAt !== undefined);
    if (trashed.length === 0) return { removed: 0, kept: [] };
    if (await this.usageIndex.incomplete()) return { removed: 0, kept: trashed.map((record) => record.id) };
    const kept: string[] = [];
    const removed: string[] = [];
    for (const record of trashed) {
      const usage = await this.usageIndex.usage(record.id);
      if (usage.brandKit || usage.designs.length > 0) {
        kept.push(record.id);
        continue;
      }
      // Restored or re-imported meanwhile?
      if (this.assets[record.id]?.deletedAt === undefined) continue;
      removed.push(record.id);
    }
    if (removed.length > 0) await this.commit([], removed);
    for (const id of removed) {
      // Imported again since the write: the files are its files now.
      if (this.assets[id]) continue;
      for (const file of [this.ctx.paths.blob(id), this.ctx.paths.assetThumb(id)]) {
        await fs.unlink(file).catch((error: unknown) => {
          if (!isNotFound(error)) throw error;
        });
      }
    }
    return { removed: removed.length, kept };
  }

  /**
   * Takes back assets an operation added and could not finish with (a .affiche import refused
   * midway): the records first, in one write, then original and thumbnail, in the order emptying
   * the trash uses and for the same reason. An asset some design or the brand kit has come to use
   * meanwhile is kept (so is every asset when some design could not be read).
   */
  async discardImported(ids: readonly string[]): Promise<void> {
    assertWritable(this.ctx);
    const candidates = [...new Set(ids)].filter((id) => isAssetId(id) && this.assets[id]);
    if (candidates.length === 0 || (await this.usageIndex.incomplete())) return;
    const removed: string[] = [];
    for (const id of candidates) {
      const usage = await this.usageIndex.usage(id);
      if (!usage.brandKit && usage.designs.length === 0) removed.push(id);
    }
    if (removed.length === 0) return;
    await this.commit([], removed);
    for (const id of removed) {
      if (this.assets[id]) continue; // imported again since the write: the files are its files now
      for (const file of [this.ctx.paths.blob(id), this.ctx.paths.assetThumb(id)]) {
        await fs.unlink(file).catch((error: unknown) => {
          if (!isNotFound(error)) throw error;
        });
      }
    }
  }

  // Collections -------------------------------------------------------------------------------

  private collectionName(name: string, exceptId?: string): string {
    const clean = typeof name === 'string' ? cleanText(name).replace(/\s+/g, ' ') : '';
    if (clean.length === 0 || clean.length > L.maxCollectionNameLength) {
      throw new UserError('invalid-args', msg('asset.collection.nameLength', { max: L.maxCollectionNameLength }));
    }
    const folded = fold(clean);
    if (data(this.ctx).collections.some((c) => c.id !== exceptId && fold(c.name) === folded)) {
      throw new UserError('invalid-args', msg('asset.collection.nameTaken', { name: clean }));
    }
    return clean;
  }

  listCollections(): (Collection & { count: number })[] {
    const counts = new Map<string, number>();
    for (const record of Object.values(this.assets)) {
      if (record.deletedAt) continue;
      for (const id of record.collections ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return data(this.ctx)
      .collections.map((c) => ({ ...c, count: counts.get(c.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  private async saveCollections(next: Collection[], assets: AssetRecord[] = []): Promise<void> {
    const library = data(this.ctx);
    const before = library.collections;
    library.collections = next;
    try {
      await this.commit(assets);
    } catch (error) {
      library.collections = before;
      throw error;
    }
  }

  async createCollection(name: string): Promise<Collection> {
    assertWritable(this.ctx);
    const clean = this.collectionName(name);
    const list = data(this.ctx).collections;
    if (list.length >= L.maxCollections) throw new UserError('invalid-args', msg('asset.collection.tooMany', { max: L.maxCollections }));
    const collection: Collection = { id: newId('c'), name: clean, createdAt: this.ctx.now().toISOString() };
    await this.saveCollections([...list, collection]);
    return { ...collection };
  }

  async renameCollection(id: string, name: string): Promise<Collection> {
    assertWritable(this.ctx);
    const list = data(this.ctx).collections;
    const index = list.findIndex((c) => c.id === id);
    if (index < 0) throw new UserError('not-found', msg('asset.collection.notFound'));
    const renamed = { ...list[index], name: this.collectionName(name, id) };
    await this.saveCollections(list.map((c, i) => (i === index ? renamed : c)));
    return { ...renamed };
  }

  /** The assets stay in the library; they leave the collection in the same write. */
  async deleteCollection(id: string): Promise<void> {
    assertWritable(this.ctx);
    const list = data(this.ctx).collections;
    if (!list.some((c) => c.id === id)) throw new UserError('not-found', msg('asset.collection.notFound'));
    const members = Object.values(this.assets)
      .filter((record) => record.collections?.includes(id))
      .map((record) => compact({ ...record, collections: record.collections!.filter((c) => c !== id) }));
    await this.saveCollections(
      list.filter((c) => c.id !== id),
      members,
    );
  }
}

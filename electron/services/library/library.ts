/**
 * openLibrary: the on-disk library behind LibraryStore (./types.ts, docs/architecture.md, Data).
 *
 * Opening, in this order and for these reasons:
 * 1. take the single-writer lock (REL-07) — before anything is cleaned or written;
 * 2. remove temp files a crash left (safe only while holding the lock);
 * 3. read library.json with validation, migration and recovery from backups (REL-06, REL-09);
 *    a file from a newer Affiche makes the whole library read-only and releases the lock;
 * 4. when library.json and every backup were lost, rebuild the media records from blobs/;
 * 5. reconcile the design index with designs/ (a crash between a design write and its index
 *    write must not hide the design; a design damaged beyond its backups stays listed, damaged).
 * A read-only open takes no lock and changes nothing on disk.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AssetSummary, DesignSummary, Notice, Settings } from '../../../core/api';
import type { Design } from '../../../core/schema/design';
import {
  emptyLibrary,
  LIBRARY_SCHEMA_VERSION,
  librarySchema,
  librarySettingsSchema,
  parseLibraryText,
  type LibraryFile,
  type TemplateMark,
} from '../../../core/schema/library';
import { parseJsonText } from '../../../core/schema/migrate';
import { formatMessage, msg } from '../../../core/messages';
import { UserError } from '../errors';
import { AssetStore } from './assetStore';
import { AssetOrganiser } from './assetOrganise';
import { UsageIndex } from './usageIndex';
import type { AssetListArgs, AssetUpdateArgs } from '../../../core/api/assetArgs';
import { addNotice, assertWritable, data, type LibraryContext } from './context';
import { DesignStore } from './designStore';
import { FormatStore, type UserFormatInput } from './formatStore';
import { BrandKitStore } from './brandKitStore';
import { PostStore } from './postStore';
import type { BrandKitPatch } from '../../../core/schema/brandKit';
import { cleanStaleTemps, type DurableIo } from './durableFile';
import { openJsonStore } from './jsonStore';
import { acquireLock, type LibraryLock } from './lock';
import { LibraryPaths } from './paths';
import { recordsFromBlobs } from './rebuild';
import type { LibraryStore, OpenLibraryOptions } from './types';
import { TemplateStore } from './templateStore';
import { BANK } from '../../../core/templates/bank';
import type { TemplateListArgs } from '../../../core/api/templateArgs';
import type { FormatRef } from '../../../core/schema/design';

/** Test seams, deliberately not part of OpenLibraryOptions. */
export interface OpenLibraryInternals {
  /** Replaces the file-writing step (full-disk simulation, REL-04). */
  io?: DurableIo;
}

// The stored settings and the API's Settings must stay the same shape.
const settingsShapeCheck: Settings = {} as LibraryFile['settings'];
void settingsShapeCheck;

/**
 * The index's maps are keyed by ids and names from a file: a design may be called "constructor"
 * or "__proto__". As null-prototype objects, a lookup finds only what the file holds and a write
 * of any key is an entry like the others (SEC-09).
 */
function withPlainMaps(library: LibraryFile): LibraryFile {
  const plain = <T>(map: Record<string, T>): Record<string, T> => Object.assign(Object.create(null) as Record<string, T>, map);
  return { ...library, assets: plain(library.assets), designs: plain(library.designs), formats: plain(library.formats) };
}

/** A newer library.json, seen through this version's schema when it still fits (read-only). */
function parseFutureLibrary(text: string): LibraryFile | null {
  try {
    const raw = parseJsonText(text, 'library.json') as Record<string, unknown>;
    const result = librarySchema.safeParse({ ...raw, schemaVersion: LIBRARY_SCHEMA_VERSION });
    return result.success ? withPlainMaps(result.data) : null;
  } catch {
    return null;
  }
}

class Library implements LibraryStore {
  readonly posts: PostStore;

  constructor(
    private readonly ctx: LibraryContext,
    private readonly designs: DesignStore,
    private readonly assets: AssetStore,
    private readonly formats: FormatStore,
    private lock: LibraryLock | null,
    private readonly organiser: AssetOrganiser,
    private readonly templates: TemplateStore,
  ) {
    this.posts = new PostStore(ctx);
  }

  get dir(): string {
    return this.ctx.paths.dir;
  }

  get readOnly(): boolean {
    return this.ctx.readOnly;
  }

  notices(): Notice[] {
    return this.ctx.notices.map((notice) => ({ ...notice }));
  }

  listDesigns(options: { trash?: boolean } = {}): DesignSummary[] {
    return this.designs.list(options);
  }
  async getDesign(id: string) {
    // The contract's designs.get carries the notice as English text for now (docs/architecture.md,
    // "Errors and messages"): the store keeps it as a Message.
    const { notice, ...loaded } = await this.designs.get(id);
    return notice ? { ...loaded, notice: formatMessage(notice, 'en') } : loaded;
  }
  createDesign(design: Design, options?: { template?: Omit<TemplateMark, 'slots'> }) {
    return this.designs.create(design, options);
  }
  saveDesign(design: Design) {
    return this.designs.save(design);
  }
  renameDesign(id: string, name: string) {
    return this.designs.rename(id, name);
  }
  duplicateDesign(id: string) {
    return this.designs.duplicate(id);
  }
  trashDesign(id: string) {
    return this.designs.trash(id);
  }
  restoreDesign(id: string) {
    return this.designs.restore(id);
  }
  emptyTrash() {
    return this.designs.emptyTrash();
  }
  setDesignThumbnail(id: string, png: Uint8Array) {
    return this.designs.setThumbnail(id, png);
  }
  designThumbnailPath(id: string) {
    return this.designs.thumbnailPath(id);
  }

  async importAsset(fileName: string, bytes: Uint8Array) {
    return this.restoredIfTrashed(await this.assets.import(fileName, bytes));
  }

  async importAssetFile(fileName: string, file: string, options: { owned: boolean }) {
    return this.restoredIfTrashed(await this.assets.importFile(fileName, file, options));
  }

  private async restoredIfTrashed(result: Awaited<ReturnType<AssetStore['import']>>) {
    // Importing a file that is in the trash brings it back: the user wants it in the library.
    if (result.asset.deletedAt !== undefined) {
      const [asset] = await this.organiser.restore([result.asset.id]);
      return { ...result, asset };
    }
    return result;
  }
  discardImportedAssets(ids: string[]) {
    return this.organiser.discardImported(ids);
  }
  listAssets(options: { kind?: AssetSummary['kind'] } = {}) {
    return this.organiser.search({ kind: options.kind }).assets;
  }
  searchAssets(args: AssetListArgs) {
    return this.organiser.search(args);
  }
  updateAsset(args: AssetUpdateArgs) {
    return this.organiser.update(args);
  }
  assetFacets() {
    return this.organiser.facets();
  }
  setAssetFavourite(ids: string[], favourite: boolean) {
    return this.organiser.setFavourite(ids, favourite);
  }
  tagAssets(ids: string[], add?: string[], remove?: string[]) {
    return this.organiser.tag(ids, add, remove);
  }
  setAssetCollections(ids: string[], add?: string[], remove?: string[]) {
    return this.organiser.setCollections(ids, add, remove);
  }
  trashAssets(ids: string[], force?: boolean) {
    return this.organiser.trash(ids, force);
  }
  restoreAssets(ids: string[]) {
    return this.organiser.restore(ids);
  }
  emptyAssetTrash() {
    return this.organiser.emptyTrash();
  }
  assetUsage(id: string) {
    return this.organiser.usage(id);
  }
  listCollections() {
    return this.organiser.listCollections();
  }
  createCollection(name: string) {
    return this.organiser.createCollection(name);
  }
  renameCollection(id: string, name: string) {
    return this.organiser.renameCollection(id, name);
  }
  deleteCollection(id: string) {
    return this.organiser.deleteCollection(id);
  }
  getAsset(id: string) {
    return this.assets.get(id);
  }
  assetPath(id: string) {
    return this.assets.path(id);
  }
  assetThumbnailPath(id: string) {
    return this.assets.thumbnailPath(id);
  }
  readAsset(id: string) {
    return this.assets.read(id);
  }

  listFormats() {
    return this.formats.list();
  }
  saveFormat(input: UserFormatInput) {
    return this.formats.save(input);
  }
  deleteFormat(id: string) {
    return this.formats.delete(id);
  }

  // The brand kit store keeps no state of its own (all of it is in library.json), so one is made
  // per call instead of widening the constructor.
  getBrandKit() {
    return new BrandKitStore(this.ctx).get();
  }
  updateBrandKit(patch: BrandKitPatch) {
    return new BrandKitStore(this.ctx).update(patch);
  }

  listTemplates(args: TemplateListArgs) {
    return this.templates.list(args);
  }
  templateSummary(id: string, language: 'en' | 'fr') {
    return this.templates.summary(id, language);
  }
  templateDesign(id: string, language: 'en' | 'fr', format?: FormatRef) {
    return this.templates.design(id, language, format);
  }
  saveTemplateFrom(designId: string, options: { name?: string; tags?: string[] }) {
    return this.templates.saveFrom(designId, options);
  }
  addTemplate(design: Design, options: { name: string; tags: string[] }) {
    return this.templates.addUserTemplate(design, options);
  }
  updateTemplate(id: string, patch: { name?: string; tags?: string[]; favourite?: boolean }, language: 'en' | 'fr') {
    return this.templates.update(id, patch, language);
  }
  duplicateTemplate(id: string, language: 'en' | 'fr') {
    return this.templates.duplicate(id, language);
  }
  trashTemplate(id: string) {
    return this.templates.trash(id);
  }
  restoreTemplate(id: string) {
    return this.templates.restore(id);
  }
  emptyTemplateTrash() {
    return this.templates.emptyTrash();
  }

  getSettings(): Settings {
    return { ...data(this.ctx).settings };
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    assertWritable(this.ctx);
    const result = librarySettingsSchema.partial().strict().safeParse(patch ?? {});
    if (!result.success) throw new UserError('invalid-args', msg('library.settingsInvalid', { detail: result.error.issues[0]?.message ?? 'invalid' }));
    const settings = data(this.ctx).settings;
    const before = { ...settings };
    // `{ language: undefined }` means "no change", not "erase".
    for (const [key, value] of Object.entries(result.data)) {
      if (value !== undefined) Object.assign(settings, { [key]: value });
    }
    try {
      await this.ctx.index.save();
    } catch (error) {
      data(this.ctx).settings = before;
      throw error;
    }
    return { ...settings };
  }

  async close(): Promise<void> {
    if (this.ctx.closed) return;
    this.ctx.closed = true;
    try {
      await this.designs.idle();
      await this.assets.idle();
      await this.posts.idle();
      await this.ctx.index.adapter.idle();
    } finally {
      await this.lock?.release();
      this.lock = null;
    }
  }
}

/**
 * library.json and every backup lost, yet media in blobs/: their records come back from the files
 * (./rebuild.ts), and the user is told what could not. Returns whether any did.
 */
async function rebuildAssetRecords(ctx: LibraryContext): Promise<boolean> {
  const records = await recordsFromBlobs(ctx.paths);
  if (records.length === 0) return false;
  const assets = data(ctx).assets;
  for (const record of records) assets[record.id] = record;
  addNotice(ctx, 'warning', msg('library.notice.rebuiltFromBlobs', { file: 'library.json', count: records.length }));
  return true;
}

export async function openLibrary(options: OpenLibraryOptions & OpenLibraryInternals): Promise<LibraryStore> {
  const paths = new LibraryPaths(path.resolve(options.dir));
  const now = options.now ?? (() => new Date());
  const requestedReadOnly = options.readOnly === true;
  let lock: LibraryLock | null = null;
  if (!requestedReadOnly) {
    await fs.mkdir(paths.dir, { recursive: true });
    lock = await acquireLock(paths.dir, now);
  }
  try {
    if (!requestedReadOnly) {
      for (const dir of [paths.designs, paths.blobs, paths.thumbs, paths.designBackups]) await fs.mkdir(dir, { recursive: true });
      for (const dir of [paths.dir, paths.designs, paths.blobs, paths.thumbs, paths.backups, paths.designBackups]) {
        await cleanStaleTemps(dir);
      }
    }
    const index = await openJsonStore<LibraryFile>({
      file: paths.libraryJson,
      backups: paths.libraryBackups(),
      parse: (text) => {
        const parsed = parseLibraryText(text);
        return { data: withPlainMaps(parsed.library), migratedFrom: parsed.migratedFrom };
      },
      parseFuture: parseFutureLibrary,
      defaults: () => withPlainMaps(emptyLibrary()),
      migrationBackup: (from) => paths.libraryMigrationBackup(from),
      readOnly: requestedReadOnly,
      now,
      io: options.io,
    });
    if (index.readOnly && lock) {
      // Newer library: we will never write it, so do not keep a newer Affiche out.
      await lock.release();
      lock = null;
    }
    const ctx: LibraryContext = {
      paths,
      index,
      readOnly: index.readOnly,
      readOnlyReason: index.readOnlyReason,
      now,
      io: options.io,
      notices: index.notices,
      closed: false,
    };
    const designs = new DesignStore(ctx);
    const assets = new AssetStore(ctx);
    const rebuilt = index.source === 'defaults' && !ctx.readOnly && (await rebuildAssetRecords(ctx));
    const reconciled = await designs.reconcile();
    if ((await assets.finishInterruptedEmpty()) || rebuilt || (reconciled && !ctx.readOnly)) await index.save();
    const usage = new UsageIndex(ctx, async (id) => (await designs.get(id)).design);
    designs.listener = usage;
    // The search index (assetSearch.ts) is filled by the first search, not here: preparing 10k
    // records takes ~100 ms, which would double the cold-open budget for libraries never searched.
    const templates = new TemplateStore(ctx, designs, options.bank ?? BANK);
    return new Library(ctx, designs, assets, new FormatStore(ctx), lock, new AssetOrganiser(ctx, usage), templates);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

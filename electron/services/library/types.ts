/**
 * What the rest of the backend needs from the library on disk (docs/architecture.md, Data).
 * Implemented by ./library.ts; the dispatcher's handlers (../handlers.ts) call only this.
 */
import type { Design } from '../../../core/schema';
import type { AssetSummary, DesignSummary, Notice, Settings, UserFormatSummary } from '../../../core/api';
import type { UserFormatInput } from './formatStore';
import type { AssetFacets, AssetListArgs, AssetUpdateArgs, AssetUsage } from '../../../core/api/assetArgs';
import type { Collection } from '../../../core/schema/assetOrganisation';
import type { BrandKit, BrandKitPatch } from '../../../core/schema/brandKit';
import type { TemplateListArgs, TemplateSummary } from '../../../core/api/templateArgs';
import type { FormatRef } from '../../../core/schema/design';
import type { TemplateMark } from '../../../core/schema/library';
import type { BankTemplate } from '../../../core/templates/bank';
import type { PostStore } from './postStore';

export interface OpenLibraryOptions {
  /** Library folder; created if missing. */
  dir: string;
  /** Open without taking the single-writer lock: every write throws a 'read-only' error. */
  readOnly?: boolean;
  /** Clock for tests. */
  now?: () => Date;
  /** The template bank shown beside the user's templates (default: core/templates/bank `BANK`). */
  bank?: readonly BankTemplate[];
}

export interface LibraryStore {
  readonly dir: string;
  /** True when opened read-only, or when library.json came from a newer Affiche. */
  readonly readOnly: boolean;
  /** Things the user must be told (recovered from backup, file kept aside, read-only mode...). */
  notices(): Notice[];
  /** The calendar's posts and the editorial line (posts.json, ./postStore.ts). */
  readonly posts: PostStore;

  listDesigns(options: { trash?: boolean }): DesignSummary[];
  getDesign(id: string): Promise<{ design: Design; readOnly: boolean; notice?: string }>;
  /**
   * Adds a new design (fresh id already set by the caller); with `template` (tags, favourite), as
   * one of the user's templates (a library archive brings them back as they were).
   */
  createDesign(design: Design, options?: { template?: Omit<TemplateMark, 'slots'> }): Promise<DesignSummary>;
  saveDesign(design: Design): Promise<{ updatedAt: string }>;
  renameDesign(id: string, name: string): Promise<DesignSummary>;
  duplicateDesign(id: string): Promise<DesignSummary>;
  trashDesign(id: string): Promise<void>;
  restoreDesign(id: string): Promise<DesignSummary>;
  /** Deletes for good the designs in the trash (the templates' trash is emptyTemplateTrash). */
  emptyTrash(): Promise<number>;
  /** Stores a rendered PNG of the design's first page as thumbs/design-<id>.webp. */
  setDesignThumbnail(id: string, png: Uint8Array): Promise<void>;
  designThumbnailPath(id: string): string | null;

  /** Importing bytes already in the trash restores that asset. */
  importAsset(fileName: string, bytes: Uint8Array): Promise<{ asset: AssetSummary; duplicate: boolean }>;
  /**
   * Imports a file where it lies; a video or a sound is never read into memory (a staged upload,
   * `owned`, is moved into the library; the user's own file is copied).
   */
  importAssetFile(fileName: string, file: string, options: { owned: boolean }): Promise<{ asset: AssetSummary; duplicate: boolean }>;
  /**
   * Takes back assets an unfinished operation just imported (a refused .affiche import): record,
   * original and thumbnail. One a design or the brand kit uses is kept.
   */
  discardImportedAssets(ids: string[]): Promise<void>;
  /** Assets outside the trash, newest first. */
  listAssets(options: { kind?: AssetSummary['kind'] }): AssetSummary[];

  // Organisation (./assetOrganise.ts): all-or-nothing, validated, unknown ids refused.
  searchAssets(args: AssetListArgs): { assets: AssetSummary[]; total: number };
  updateAsset(args: AssetUpdateArgs): Promise<AssetSummary>;
  /** Tag counts (most used first), counts per kind, favourites, trash, total; one pass, no copies. */
  assetFacets(): AssetFacets;
  /** One write for all of them; assets already as asked are left alone. */
  setAssetFavourite(ids: string[], favourite: boolean): Promise<AssetSummary[]>;
  tagAssets(ids: string[], add?: string[], remove?: string[]): Promise<AssetSummary[]>;
  setAssetCollections(ids: string[], add?: string[], remove?: string[]): Promise<AssetSummary[]>;
  /** Nothing moves when one is in use and `force` is not set: `inUse` says where. */
  trashAssets(ids: string[], force?: boolean): Promise<{ trashed: string[]; inUse: ({ id: string } & AssetUsage)[] }>;
  restoreAssets(ids: string[]): Promise<AssetSummary[]>;
  emptyAssetTrash(): Promise<{ removed: number; kept: string[] }>;
  assetUsage(id: string): Promise<AssetUsage>;
  listCollections(): (Collection & { count: number })[];
  createCollection(name: string): Promise<Collection>;
  renameCollection(id: string, name: string): Promise<Collection>;
  deleteCollection(id: string): Promise<void>;
  getAsset(id: string): AssetSummary | undefined;
  /** Absolute path of the original bytes, or null when the id is unknown. Never built from user input. */
  assetPath(id: string): string | null;
  assetThumbnailPath(id: string): string | null;
  readAsset(id: string): Promise<Uint8Array>;

  /** The user's own formats (library.json `formats`), by name. */
  listFormats(): UserFormatSummary[];
  /** Creates (no id) or replaces a user format; validated, name trimmed and unique. */
  saveFormat(input: UserFormatInput): Promise<UserFormatSummary>;
  deleteFormat(id: string): Promise<void>;

  /** The brand kit (library.json `brandKit`): palettes, the four text presets, logos that are still images. */
  getBrandKit(): BrandKit;
  /** Replaces the parts given; validated (logos must be library images), durable, rolled back on failure. */
  updateBrandKit(patch: BrandKitPatch): Promise<BrandKit>;

  // Templates (./templateStore.ts): the bank's (`bank:<slug>`, read-only) and the user's own (design
  // files marked as templates in the index, never listed with the designs).
  listTemplates(args: TemplateListArgs): TemplateSummary[];
  templateSummary(id: string, language: 'en' | 'fr'): TemplateSummary;
  /** The template's design: a bank one built at `format` in `language`, a user one as saved. */
  templateDesign(id: string, language: 'en' | 'fr', format?: FormatRef): Promise<Design>;
  /** A copy of a design that has slots, as a new user template (its kind kept). */
  saveTemplateFrom(designId: string, options: { name?: string; tags?: string[] }): Promise<TemplateSummary>;
  /** A design (with slots) added as a user template under a fresh id (template files). */
  addTemplate(design: Design, options: { name: string; tags: string[] }): Promise<TemplateSummary>;
  updateTemplate(id: string, patch: { name?: string; tags?: string[]; favourite?: boolean }, language: 'en' | 'fr'): Promise<TemplateSummary>;
  duplicateTemplate(id: string, language: 'en' | 'fr'): Promise<TemplateSummary>;
  trashTemplate(id: string): Promise<void>;
  restoreTemplate(id: string): Promise<TemplateSummary>;
  emptyTemplateTrash(): Promise<number>;

  getSettings(): Settings;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;

  /** Flushes pending writes and releases the lock. */
  close(): Promise<void>;
}

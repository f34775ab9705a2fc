/**
 * Writing a library archive (format.ts) from the library's public interface (../types.ts).
 *
 * What goes in (README "Library archives"):
 * - scope 'library': every design and every one of your templates outside the trash (a template's
 *   design file, and its index entry with its mark, tags and favourite, in library.json), every
 *   medium outside the trash plus any trashed one an exported design or a logo still uses (it
 *   arrives outside the trash), with its organisation (tags, collections, name, notes, credit,
 *   licence, favourite); the collections; the brand kit; your formats; the bank templates marked
 *   favourite. The trash itself and the settings are not exported.
 * - scope 'brandKit': palettes, text styles, the logos' images, and the library fonts whose family
 *   a text style uses. Media keep their tags and notes, not their collections.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AssetSummary } from '../../../../core/api';
import type { ArchiveCounts, ArchiveScope } from '../../../../core/api/archiveArgs';
import { assetIdsOfDesign } from '../../../../core/elements';
import type { Design } from '../../../../core/schema/design';
import { emptyLibrary, LIBRARY_SCHEMA_VERSION, type AssetRecord, type DesignIndexEntry, type LibraryFile, type TemplateMark } from '../../../../core/schema/library';
import { errorReason, msg, type Message } from '../../../../core/messages';
import { UserError } from '../../errors';
import { appVersion } from '../../version';
import type { LibraryStore } from '../types';
import { ARCHIVE_FORMAT, ARCHIVE_LIMITS, ARCHIVE_VERSION, entryNameOf, type ArchiveManifest } from './format';
import type { ArchiveProgress } from './progress';
import { ZipFileWriter, type ArchiveIo } from './zipWriter';

export interface ExportArchiveOptions {
  scope: ArchiveScope;
  onProgress?: (progress: ArchiveProgress) => void;
  now?: () => Date;
  /** Test seam: replaces the file writes (full disk). */
  io?: ArchiveIo;
  /** `target` is a fresh temp name the caller renames itself (a job's output): written directly. */
  inPlace?: boolean;
}

export interface ExportedArchive {
  file: string;
  bytes: number;
  counts: ArchiveCounts;
  /** What could not be exported and why (a design file damaged beyond its backups, a missing original). */
  skipped: Message[];
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

/** An asset record as the archive keeps it: not in the trash, only collections that travel with it. */
function archiveRecord(asset: AssetSummary, collections: ReadonlySet<string>): AssetRecord {
  const record = { ...asset } as AssetRecord;
  delete record.deletedAt;
  const kept = (record.collections ?? []).filter((id) => collections.has(id));
  if (kept.length > 0) record.collections = kept;
  else delete record.collections;
  return record;
}

/** A template's index entry as the archive's library.json keeps it: what makes it a template on import. */
function templateEntry(design: Design, name: string, template: TemplateMark): DesignIndexEntry {
  return { id: design.id, name, kind: design.kind, format: design.format, pageCount: design.pages.length, createdAt: design.createdAt, updatedAt: design.updatedAt, template };
}

export function brandKitFontIds(library: LibraryStore): string[] {
  const families = new Set(Object.values(library.getBrandKit().presets).map((preset) => preset.fontFamily.toLocaleLowerCase('und')));
  return library
    .listAssets({ kind: 'font' })
    .filter((asset) => asset.fontFamily !== undefined && families.has(asset.fontFamily.toLocaleLowerCase('und')))
    .map((asset) => asset.id);
}

export async function exportArchive(library: LibraryStore, target: string, options: ExportArchiveOptions): Promise<ExportedArchive> {
  const now = (options.now ?? (() => new Date()))();
  const progress = options.onProgress ?? (() => undefined);
  const skipped: Message[] = [];
  const kit = library.getBrandKit();
  const index: LibraryFile = { ...emptyLibrary(), brandKit: kit };
  const full = options.scope === 'library';
  if (full) {
    for (const format of library.listFormats()) index.formats[format.id] = format;
    index.collections = library.listCollections().map(({ id, name, createdAt }) => ({ id, name, createdAt }));
    index.bankFavourites = library.listTemplates({ language: 'en', source: 'bank', favourite: true }).map((template) => template.id);
  }
  const collectionIds = new Set(index.collections.map((collection) => collection.id));
  // Your templates are design files too, marked in the index (library schema v5).
  const designs: { id: string; name: string; template?: TemplateMark }[] = full
    ? [
        ...library.listDesigns({ trash: false }),
        ...library.listTemplates({ language: 'en', source: 'user' }).map(({ id, name, tags, favourite, slots }) => ({ id, name, template: { tags, ...(favourite ? { favourite } : {}), slots } })),
      ]
    : [];
  const entryCount = () => designs.length + Object.keys(index.assets).length + 2;

  const writer = await ZipFileWriter.create(target, { io: options.io, maxBytes: ARCHIVE_LIMITS.maxArchiveBytes, mtime: now, inPlace: options.inPlace });
  try {
    // Designs first: the media list is complete once every design has said what it uses.
    const wanted = new Set<string>(full ? library.listAssets({}).map((asset) => asset.id) : brandKitFontIds(library));
    for (const id of kit.logos) wanted.add(id);
    let exportedDesigns = 0;
    let exportedTemplates = 0;
    for (const [i, summary] of designs.entries()) {
      progress({ phase: 'designs', done: i, total: designs.length, name: summary.name });
      let design;
      try {
        design = (await library.getDesign(summary.id)).design;
      } catch (error) {
        skipped.push(msg('archive.skipped.design', { name: summary.name, reason: errorReason(error) }));
        continue;
      }
      for (const id of assetIdsOfDesign(design)) wanted.add(id);
      await writer.addDeflated(entryNameOf({ kind: 'design', id: design.id }), encode(design));
      if (summary.template) {
        index.designs[design.id] = templateEntry(design, summary.name, summary.template);
        exportedTemplates++;
      } else exportedDesigns++;
    }

    const assets: { record: AssetRecord; file: string }[] = [];
    for (const id of wanted) {
      const asset = library.getAsset(id);
      if (!asset) continue; // a design pointing at media the library no longer has
      // Only a regular file inside the library, never through a link (SEC-07): assetPath says
      // null for anything else.
      const file = library.assetPath(id);
      const present = file !== null && (await fs.lstat(file).then((stat) => stat.isFile(), () => false));
      if (!present) {
        skipped.push(msg('archive.skipped.original', { name: asset.name ?? asset.fileName }));
        continue;
      }
      assets.push({ record: archiveRecord(asset, collectionIds), file });
    }
    for (const { record } of assets) index.assets[record.id] = record;
    if (entryCount() > ARCHIVE_LIMITS.maxEntries) {
      throw new UserError('invalid-args', msg('archive.tooManyToWrite', { max: ARCHIVE_LIMITS.maxEntries }));
    }
    index.brandKit = { ...kit, logos: kit.logos.filter((id) => id in index.assets) };
    await writer.addDeflated(entryNameOf({ kind: 'index' }), encode(index));

    for (const [i, { record, file }] of assets.entries()) {
      progress({ phase: 'media', done: i, total: assets.length, name: record.name ?? record.fileName });
      // Read without following a link, and refused if it no longer hashes to its name.
      await writer.addStoredFile(entryNameOf({ kind: 'blob', id: record.id }), file, { sha256: record.id, name: record.name ?? record.fileName });
    }

    const counts: ArchiveCounts = {
      designs: exportedDesigns,
      assets: assets.length,
      collections: index.collections.length,
      formats: Object.keys(index.formats).length,
      palettes: index.brandKit.palettes.length,
      logos: index.brandKit.logos.length,
      fonts: assets.filter(({ record }) => record.kind === 'font').length,
      ...(full ? { templates: exportedTemplates } : {}),
    };
    const manifest: ArchiveManifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      scope: options.scope,
      createdAt: now.toISOString(),
      app: appVersion(),
      librarySchemaVersion: LIBRARY_SCHEMA_VERSION,
      counts,
      entries: [...writer.entries],
    };
    await writer.addDeflated(entryNameOf({ kind: 'manifest' }), encode(manifest));
    const bytes = await writer.finish(target);
    progress({ phase: 'done', done: 1, total: 1 });
    return { file: target, bytes, counts, skipped };
  } catch (error) {
    return writer.abort(error, msg('library.label.archive', { name: path.basename(target) }));
  }
}

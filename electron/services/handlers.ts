/** The backend's answer to every contract method; validation happened in the dispatcher. */
import { createDesign, newId } from '../../core/schema';
import { safeFileStem } from '../../core/files/names';
import type { Handlers } from './dispatcher';
import type { LibraryStore } from './library/types';
import { packDesign, unpackDesign } from './portable';
import { designFontFamilies, libraryFacesFor, libraryFontFaces } from '../../core/render/libraryFonts';
import type { ThumbnailQueue } from './thumbnails';
import { UserError } from './errors';
import { resolveFormat } from '../../core/formats/userFormats';
import { autoFix } from './preflight/autoFix';
import { exportToBytes, exportToStaging, importFromBytes, importStaged } from './library/archive';
import type { z } from 'zod';
import type { ffmpegStatusSchema, LibraryScope } from '../../core/api';

export interface HandlerDeps {
  library: LibraryStore;
  thumbnails: ThumbnailQueue;
  version: string;
  ffmpegStatus: () => Promise<z.infer<typeof ffmpegStatusSchema>>;
  emit: (scope: LibraryScope, id?: string) => void;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const { library, thumbnails, emit } = deps;
  return {
    'app.info': async () => ({
      version: deps.version,
      readOnly: library.readOnly,
      notices: library.notices(),
      ffmpeg: await deps.ffmpegStatus(),
    }),
    'settings.get': async () => library.getSettings(),
    'settings.update': async (patch) => {
      const settings = await library.updateSettings(patch);
      emit('settings');
      return settings;
    },
    'designs.list': async ({ trash }) => ({ designs: library.listDesigns({ trash }) }),
    'designs.get': async ({ id }) => library.getDesign(id),
    'designs.create': async ({ name, format, kind }) => {
      const design = createDesign({ name, format, kind });
      await library.createDesign(design);
      thumbnails.schedule(design.id, 0);
      emit('designs', design.id);
      return { design };
    },
    'designs.save': async ({ design }) => {
      const saved = await library.saveDesign(design);
      thumbnails.schedule(design.id);
      emit('designs', design.id);
      return saved;
    },
    'designs.rename': async ({ id, name }) => {
      const summary = await library.renameDesign(id, name);
      emit('designs', id);
      return summary;
    },
    'designs.duplicate': async ({ id }) => {
      const summary = await library.duplicateDesign(id);
      thumbnails.schedule(summary.id, 0);
      emit('designs', summary.id);
      return summary;
    },
    'designs.delete': async ({ id }) => {
      await library.trashDesign(id);
      emit('designs', id);
      return {};
    },
    'designs.restore': async ({ id }) => {
      const summary = await library.restoreDesign(id);
      emit('designs', id);
      return summary;
    },
    'designs.emptyTrash': async () => {
      const removed = await library.emptyTrash();
      emit('designs');
      return { removed };
    },
    'designs.importFile': async ({ fileName, data }) => {
      const { design, blobs } = unpackDesign(data, fileName);
      // Each blob goes through the normal import (type from content, limits, sanitising).
      for (const [id, bytes] of blobs) await library.importAsset(`asset-${id.slice(0, 8)}`, bytes);
      const now = new Date().toISOString();
      // A new id, so opening the same file twice gives two designs instead of overwriting one.
      const imported = { ...design, id: newId('d'), createdAt: now, updatedAt: now };
      const summary = await library.createDesign(imported);
      thumbnails.schedule(imported.id, 0);
      emit('assets');
      emit('designs', imported.id);
      return summary;
    },
    'designs.exportFile': async ({ id }) => {
      const { design } = await library.getDesign(id);
      const fonts = libraryFacesFor(libraryFontFaces(library.listAssets({ kind: 'font' })), designFontFamilies(design)).map((face) => face.assetId);
      const data = await packDesign(design, async (assetId) => (library.getAsset(assetId) ? library.readAsset(assetId) : null), fonts);
      return { fileName: `${safeFileStem(design.name)}.affiche`, data };
    },
    'assets.list': async (args) => library.searchAssets(args),
    'assets.facets': async () => library.assetFacets(),
    'assets.import': async ({ fileName, data }) => {
      if (data.length === 0) throw new UserError('bad-file', `"${fileName}" is empty`);
      const result = await library.importAsset(fileName, data);
      if (!result.duplicate) emit('assets', result.asset.id);
      return result;
    },
    // Organisation: every change is one write of library.json, then one 'assets' event.
    'assets.update': async (args) => {
      const asset = await library.updateAsset(args);
      emit('assets', asset.id);
      return { asset };
    },
    'assets.tag': async ({ ids, add, remove }) => {
      const assets = await library.tagAssets(ids, add, remove);
      emit('assets');
      return { assets };
    },
    'assets.setFavourite': async ({ ids, favourite }) => {
      const assets = await library.setAssetFavourite(ids, favourite);
      emit('assets');
      return { assets };
    },
    'assets.setCollections': async ({ ids, add, remove }) => {
      const assets = await library.setAssetCollections(ids, add, remove);
      emit('assets');
      return { assets };
    },
    'assets.delete': async ({ ids, force }) => {
      const result = await library.trashAssets(ids, force);
      if (result.trashed.length > 0) emit('assets');
      return result;
    },
    'assets.restore': async ({ ids }) => {
      const assets = await library.restoreAssets(ids);
      emit('assets');
      return { assets };
    },
    'assets.emptyTrash': async () => {
      const result = await library.emptyAssetTrash();
      if (result.removed > 0) emit('assets');
      return result;
    },
    'assets.usage': async ({ id }) => library.assetUsage(id),
    'collections.list': async () => ({ collections: library.listCollections() }),
    'collections.create': async ({ name }) => {
      const collection = await library.createCollection(name);
      emit('assets');
      return { collection };
    },
    'collections.rename': async ({ id, name }) => {
      const collection = await library.renameCollection(id, name);
      emit('assets');
      return { collection };
    },
    'collections.delete': async ({ id }) => {
      await library.deleteCollection(id);
      emit('assets');
      return {};
    },
    'formats.list': async () => ({ formats: library.listFormats() }),
    'formats.save': async (input) => {
      const format = await library.saveFormat(input);
      emit('formats', format.id);
      return { format };
    },
    'formats.delete': async ({ id }) => {
      await library.deleteFormat(id);
      emit('formats', id);
      return {};
    },
    'brandKit.get': async () => ({ brandKit: library.getBrandKit() }),
    'brandKit.update': async (patch) => {
      const brandKit = await library.updateBrandKit(patch);
      emit('brandKit');
      return { brandKit };
    },
    // Library archives (./library/archive): a brand kit travels as bytes; a library is staged as a
    // file and streamed by the transport (browser mode: GET /api/archive/<downloadId>).
    'library.exportArchive': async ({ scope }) => (scope === 'brandKit' ? exportToBytes(library, scope) : exportToStaging(library, scope)),
    'library.importArchive': async ({ fileName, data, uploadId, mode }) => {
      if (!data && !uploadId) throw new UserError('invalid-args', 'An archive import needs the file (its bytes or an upload id).');
      const report = data ? await importFromBytes(library, fileName, data, mode) : await importStaged(library, uploadId!, mode);
      for (const item of report.items) if (item.kind === 'design' && item.status === 'imported' && item.id) thumbnails.schedule(item.id, 0);
      for (const scope of ['assets', 'designs', 'formats', 'brandKit'] as const) emit(scope);
      return report;
    },
    'export.fix': async ({ formatId, data }) => {
      // A catalog id, or `user:<id>` for one of the user's own formats (its byte cap and types).
      const format = resolveFormat(formatId, library.listFormats());
      if (!format) throw new UserError('invalid-args', `unknown format "${formatId}"`);
      if (data.length === 0) throw new UserError('bad-file', 'the exported file is empty');
      const fixed = await autoFix(data, format, 'the exported file');
      return { data: new Uint8Array(fixed.bytes), type: fixed.type, changes: fixed.changes, problems: fixed.problems, ok: fixed.ok };
    },
  };
}

/** The backend's answer to every contract method; validation happened in the dispatcher. */
import { readFile } from 'node:fs/promises';
import { createDesign, type Design, type FormatRef } from '../../core/schema';
import { panoramaLayout } from '../../core/carousel/panorama';
import { LIMITS, PANORAMA_LIMITS } from '../../core/schema/constants';
import { msg } from '../../core/messages';
import type { Handlers } from './dispatcher';
import { importPortable } from './portable';
import { UserError } from './errors';
import { resolveFormat } from '../../core/formats/userFormats';
import type { z } from 'zod';
import type { ffmpegStatusSchema } from '../../core/api';
import type { JobDeps } from './jobs/deps';
import { startJob } from './jobs/definitions';
import type { JobRunner } from './jobs/runner';
import { checkImageFile, fixImageFile } from './preflight/files';
import { checkVideoFile } from './video/check';
import { newId } from '../../core/schema/factory';
import { readyLibraryTemplate } from './templates/filled';
import { carouselFromLibraryText, planCarouselText } from './carousels/fromText';
import { importTemplateFile } from './templates/files';
import { addMemegenTemplate } from './templates/memegenImport';
import { isTextFile, isZipFile, readMemegenConfig } from './templates/memegenConfig';
import { installedTransitions } from './video/transitions';
import { WaveformCache, waveformOf } from './video/waveform';
import { DEMUXER } from './library/mediaImport/probe';
import { checkPost, notReadyMessage } from '../../core/posts/checks';
import { checkContextFor } from './posts/checkContext';

export interface HandlerDeps extends JobDeps {
  jobs: JobRunner;
  version: string;
  ffmpegStatus: () => Promise<z.infer<typeof ffmpegStatusSchema>>;
}

export function createHandlers(deps: HandlerDeps): Handlers {
  /** A catalog id, or `user:<id>` for one of the user's own formats. */
  const formatOf = (formatId: string) => {
    const format = resolveFormat(formatId, deps.library.listFormats());
    if (!format) throw new UserError('invalid-args', msg('preflight.unknownFormat', { id: formatId }));
    return format;
  };
  const { library, thumbnails, emit, staging, jobs } = deps;
  const waveforms = new WaveformCache();
  /** A staged input's bytes, the staged file released once read (the user's own file is never deleted). */
  const readStaged = async (id: string) => {
    const input = staging.input(id);
    try {
      return { input, bytes: new Uint8Array(await readFile(input.path)) };
    } finally {
      await staging.release(id);
    }
  };
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
    'designs.create': async ({ name, format, kind, panorama }) => {
      const design = panorama ? newPanorama(name, format, panorama) : createDesign({ name, format, kind });
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
    'designs.importPortable': async ({ fileName, source }) => {
      // Read from the staged file where it lies, checked whole first, all or nothing (./portable.ts).
      const input = staging.input(source);
      let summary;
      try {
        summary = await importPortable(library, input.path, fileName);
      } finally {
        await staging.release(source);
      }
      thumbnails.schedule(summary.id, 0);
      emit('assets');
      emit('designs', summary.id);
      return summary;
    },
    'assets.list': async (args) => library.searchAssets(args),
    'assets.facets': async () => library.assetFacets(),
    'assets.import': async ({ fileName, source }) => {
      const input = staging.input(source);
      let result;
      try {
        result = await library.importAssetFile(fileName, input.path, { owned: input.owned });
      } finally {
        await staging.release(source);
      }
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
    'assets.waveform': async ({ assetId, buckets }) => {
      const asset = library.getAsset(assetId);
      const file = library.assetPath(assetId);
      if (!asset || !file) throw new UserError('not-found', msg('asset.notInLibrary', { count: 1 }));
      const name = asset.name ?? asset.fileName;
      if (asset.kind !== 'audio' && asset.kind !== 'video') throw new UserError('invalid-args', msg('asset.noSoundStream', { name }));
      const demuxer = (DEMUXER as Record<string, string | undefined>)[asset.mime];
      return waveforms.get(`${assetId}:${buckets}`, () => waveformOf(file, buckets, { name, demuxer }));
    },
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
    'posts.list': async (args) => ({ posts: await library.posts.list(args) }),
    'posts.get': async ({ id }) => ({ post: await library.posts.get(id) }),
    'posts.save': async (input) => {
      // The ready gate: a post is not ready while a network would refuse it (core/posts/checks.ts).
      if (input.status === 'ready') {
        const refusal = notReadyMessage(checkPost(input, await checkContextFor(library, input)));
        if (refusal) throw new UserError('invalid-args', refusal);
      }
      const post = await library.posts.save(input);
      emit('posts', post.id);
      return { post };
    },
    'posts.delete': async ({ id }) => {
      const post = await library.posts.delete(id);
      emit('posts', id);
      return { post };
    },
    'editorial.get': async () => ({ editorial: await library.posts.editorial() }),
    'editorial.save': async (input) => {
      const editorial = await library.posts.saveEditorial(input);
      emit('editorial');
      return { editorial };
    },
    'preflight.check': async ({ source, formatId }) => {
      const format = formatOf(formatId);
      if (format.kind === 'video') {
        const input = staging.input(source);
        try {
          const { info: _info, ...checked } = await checkVideoFile(input.path, input.fileName, format);
          return checked;
        } finally {
          await staging.release(source);
        }
      }
      const { input, bytes } = await readStaged(source);
      return checkImageFile(bytes, input.fileName, formatOf(formatId));
    },
    'preflight.fix': async ({ source, formatId, target, crop }) => {
      const { input, bytes } = await readStaged(source);
      return fixImageFile(bytes, input.fileName, formatOf(formatId), staging.targetOf(target).path, crop);
    },
    'templates.list': async (args) => ({ templates: library.listTemplates(args) }),
    'templates.get': async ({ id, language, formatId }) => {
      const template = library.templateSummary(id, language);
      const format = formatId ? formatOf(formatId) : undefined;
      const design = await library.templateDesign(id, language, format ? { preset: format.id, width: format.width, height: format.height } : undefined);
      return { template, design };
    },
    'templates.saveFrom': async ({ designId, name, tags }) => {
      const template = await library.saveTemplateFrom(designId, { name, tags });
      thumbnails.schedule(template.id, 0);
      emit('templates', template.id);
      return { template };
    },
    'templates.update': async ({ id, language, ...patch }) => {
      const template = await library.updateTemplate(id, patch, language);
      emit('templates', id);
      return { template };
    },
    'templates.duplicate': async ({ id, language }) => {
      const template = await library.duplicateTemplate(id, language);
      thumbnails.schedule(template.id, 0);
      emit('templates', template.id);
      return { template };
    },
    'templates.trash': async ({ id }) => {
      await library.trashTemplate(id);
      emit('templates', id);
      return {};
    },
    'templates.restore': async ({ id }) => {
      const template = await library.restoreTemplate(id);
      emit('templates', id);
      return { template };
    },
    'templates.emptyTrash': async () => {
      const removed = await library.emptyTemplateTrash();
      emit('templates');
      return { removed };
    },
    'templates.use': async ({ id, formatId, language, name, values }) => {
      const ready = await readyLibraryTemplate(library, { id, formatId, language, values });
      const now = new Date().toISOString();
      const design = { ...ready.design, id: newId('d'), name: name ?? ready.name, createdAt: now, updatedAt: now };
      await library.createDesign(design);
      thumbnails.schedule(design.id, 0);
      emit('designs', design.id);
      return { design, notes: ready.notes };
    },
    'carousels.planText': async (args) => planCarouselText(library, args),
    'video.transitions': async () => ({ transitions: await installedTransitions() }),
    'carousels.fromText': async (args) => {
      const made = await carouselFromLibraryText(library, args);
      await library.createDesign(made.design);
      thumbnails.schedule(made.design.id, 0);
      emit('designs', made.design.id);
      return { design: made.design, title: made.title, items: made.items, slides: made.design.pages.length };
    },
    'templates.import': async ({ fileName, source, picture }) => {
      // Read from the staged file where it lies, checked whole first, all or nothing (./templates/files.ts);
      // a file that is not a zip is read as a memegen config.yml, made a template on `picture`.
      const input = staging.input(source);
      let templates;
      try {
        // A zip, or anything that is not text, is judged as a template file (which names what is wrong).
        if ((await isZipFile(input.path)) || !(await isTextFile(input.path))) templates = await importTemplateFile(library, input.path, fileName);
        else {
          const config = await readMemegenConfig(input.path, fileName);
          // Text that is not a YAML mapping is no config: the file is simply not a template file.
          if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new UserError('bad-file', msg('template.file.notZip', { file: fileName }));
          if (!picture) throw new UserError('invalid-args', msg('template.memegenNeedsPicture'));
          templates = [await addMemegenTemplate(library, config, fileName, picture)];
        }
      } finally {
        await staging.release(source);
      }
      for (const template of templates) thumbnails.schedule(template.id, 0);
      emit('assets');
      emit('templates');
      return { templates };
    },
    'jobs.start': async (start) => ({ job: startJob(jobs, deps, start) }),
    'jobs.get': async ({ id }) => ({ job: jobs.get(id) }),
    'jobs.list': async () => ({ jobs: jobs.list() }),
    'jobs.cancel': async ({ id }) => ({ job: jobs.cancel(id) }),
    'jobs.dismiss': async ({ id }) => {
      jobs.dismiss(id);
      return {};
    },
    'jobs.reveal': async ({ id }) => {
      const [file] = jobs.writtenPaths(id);
      if (!file || !deps.host.revealPath) return { revealed: false };
      deps.host.revealPath(file);
      return { revealed: true };
    },
    'staging.release': async ({ id }) => {
      await staging.release(id);
      return {};
    },
  };
}

/** A new seamless panorama: `slides` slides of `slide`'s format side by side on one wide page. */
function newPanorama(name: string, slide: FormatRef, { slides, seamMargin }: { slides: number; seamMargin: number }): Design {
  const total = slide.width * slides;
  if (slide.width > LIMITS.maxPageSide || total > PANORAMA_LIMITS.maxWidth) {
    throw new UserError('invalid-args', msg('panorama.refuseTooWide', { count: slides, width: slide.width, total, max: PANORAMA_LIMITS.maxWidth }));
  }
  const { format, panorama } = panoramaLayout(slide, slides, seamMargin);
  return { ...createDesign({ name, format, kind: 'carousel' }), panorama };
}

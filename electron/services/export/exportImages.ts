/**
 * The `designs.exportImages` job (docs/architecture.md, "Export"): pages of a design as images at
 * exact pixel size, for the format shown, several formats or every saved format, each checked and
 * fixed for its format, written as one image, one zip, or separate files in a folder (the command
 * line's `render --out DIR`). The app's export dialog and `affiche render` both run it, with the
 * same Node renderer as thumbnails (core/render on node-canvas): what you see is what exports.
 */
import { writeFile } from 'node:fs/promises';
import type { JobParsedArgsOf, JobResultOf } from '../../../core/api';
import { altTextFileName, formatFileName, formatFileTag, pageFileName, postFileName, safeFileStem, uniqueFileName } from '../../../core/files/names';
import { altTextCsv } from '../../../core/files/altTextCsv';
import { slideCap, splitIntoPosts } from '../../../core/carousel/limits';
import { msg, type Message } from '../../../core/messages';
import type { Design } from '../../../core/schema';
import { UserError } from '../errors';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written, type Destination } from '../jobs/destination';
import type { JobContext, JobDefinition } from '../jobs/runner';
import { ZipFileWriter } from '../library/archive/zipWriter';
import { openPortable, type PortableFile } from '../portable';
import { libraryFontFiles } from '../render/libraryFonts';
import type { NodeRenderOptions } from '../render/nodeRenderer';
import { IMAGE_EXTENSIONS, IMAGE_TYPE_NAMES } from '../../../core/files/imageTypes';
import { needsVideoExport } from '../../../core/elements';
import { withWatermark } from '../../../core/render/watermark';
import { checkImage, renderChecked } from './checkedImage';
import { seamProblems } from '../../../core/carousel/panorama';
import { renderSlideImages, slideCount } from '../render/slides';
import { exportTargets, panoramaTarget, shownFormat, UnknownFormat, type ExportTarget } from './plan';

type Args = JobParsedArgsOf<'designs.exportImages'>;
type Result = JobResultOf<'designs.exportImages'>;


/** The design to export and how the renderer reads its media. */
export interface ExportSource {
  design: Design;
  render: NodeRenderOptions;
}
type Source = ExportSource;

export async function loadSource(deps: JobDeps, args: Pick<Args, 'design'>, ctx: JobContext): Promise<Source> {
  const libraryFonts = libraryFontFiles(deps.library);
  if ('id' in args.design) {
    const { design } = await deps.library.getDesign(args.design.id);
    // A video's still is read from its file in the library, never loaded whole into memory.
    return { design, render: { readAsset: async (id) => (deps.library.getAsset(id) ? deps.library.readAsset(id) : null), assetFile: (id) => (deps.library.getAsset(id) ? deps.library.assetPath(id) : null), libraryFonts } };
  }
  const input = deps.staging.input(args.design.portable);
  let opened: PortableFile | undefined;
  ctx.onFinish(async () => {
    await opened?.close();
    await deps.staging.release(input.id);
  });
  // Checked and read from the file; media are read when the renderer asks for them.
  const portable = (opened = await openPortable(input.path, input.fileName));
  const inFile = new Set(portable.mediaIds);
  return { design: portable.design, render: { readAsset: async (id) => (inFile.has(id) ? portable.readBlob(id) : null), libraryFonts } };
}

/** One image to write: which format, which page, under which name (and in which post, when split). */
interface Planned {
  target: ExportTarget;
  page: number;
  name: string;
  post?: number;
}

/**
 * The slide cap of each format against the number of pages (core/carousel/limits.ts): over it,
 * either the set is split into posts (`split`) named "<name>-post1-01.png"..., or a note asks
 * whether to (the export dialog offers the split before it starts). The API cap (Instagram: 10)
 * is only a hint: the network's app takes more, and the user knows how they publish.
 */
function postsOf(design: Design, target: ExportTarget, pages: number[], split: boolean, notes: Message[]): number[][] | null {
  const cap = slideCap(target.catalog);
  if (!cap || cap.unit !== 'slides' || pages.length < 2) return null;
  // A catalog format names its network; a user format (network 'custom') goes by its own name.
  const named = target.catalog?.name;
  const network = cap.network ?? (typeof named === 'string' ? named : formatFileTag(target.format));
  // Several formats of one network say it once.
  const note = (message: Message, first = false) => {
    if (notes.some((known) => JSON.stringify(known) === JSON.stringify(message))) return;
    if (first) notes.unshift(message);
    else notes.push(message);
  };
  if (cap.apiMax !== undefined && pages.length > cap.apiMax) note(msg('carouselExport.apiHint', { network, apiMax: cap.apiMax }));
  if (pages.length <= cap.max) return null;
  const posts = splitIntoPosts(pages.length, cap.max);
  if (!split) {
    note(msg('carouselExport.overCap', { slides: pages.length, network, max: cap.max, posts: posts.length }), true);
    return null;
  }
  note(msg('carouselExport.split', { posts: posts.length, network, sizes: posts.map((post) => post.length).join(' + ') }), true);
  return posts.map((post) => post.map((i) => pages[i]));
}

function plan(design: Design, args: Omit<Args, 'design'>, targets: ExportTarget[], pages: number[], notes: Message[]): Planned[] {
  // Asking for formats (or for one variant of several) names each file after its format, so the
  // files of one design in several formats can be told apart: "Soldes-instagram-story.png".
  const severalFormats = targets.length > 1 || Boolean(args.formats) || args.variant !== undefined;
  const taken = new Set<string>();
  const extension = IMAGE_EXTENSIONS[args.type];
  return targets.flatMap((target) => {
    const posts = postsOf(design, target, pages, Boolean(args.split), notes);
    if (posts) {
      const stem = severalFormats ? `${safeFileStem(design.name).slice(0, 120 - 61).trim()}-${formatFileTag(target.format)}` : design.name;
      return posts.flatMap((post, p) =>
        post.map((page, i) => ({ target, page, post: p, name: uniqueFileName(postFileName(stem, extension, p, posts.length, i, post.length), taken) })),
      );
    }
    return pages.map((page) => ({
      target,
      page,
      // Once a design has several formats, each file says which one it is (as the CLI always did).
      name: uniqueFileName(
        severalFormats ? formatFileName(design.name, target.format, extension, page, slideCount(design)) : pageFileName(design.name, extension, page, slideCount(design)),
        taken,
      ),
    }));
  });
}

export function exportImagesJob(deps: JobDeps, args: Args): JobDefinition<Result> {
  const title = msg('export.title', { name: 'id' in args.design ? (deps.library.listDesigns({}).find((d) => d.id === (args.design as { id: string }).id)?.name ?? '') : '' });
  return { type: 'designs.exportImages', ...exportImagesOf(deps, args, title, (ctx) => loadSource(deps, args, ctx)) };
}

/**
 * The export itself, from a design `load` gives (a library design, a `.affiche` file, a filled
 * template: ../templates/fillJob.ts): the same plan, checks, fixes and all-or-nothing writing.
 */
export function exportImagesOf(
  deps: JobDeps,
  args: Omit<Args, 'design'>,
  title: Message,
  load: (ctx: JobContext) => Promise<ExportSource>,
): Omit<JobDefinition<Result>, 'type'> {
  return {
    title,
    async run(ctx) {
      const source = await load(ctx);
      const { design } = source;
      const userFormats = deps.library.listFormats();
      // A panorama's pages are its slides, cut from its one wide page (../render/slides.ts).
      const pageCount = slideCount(design);
      for (const page of args.pages ?? []) {
        if (page >= pageCount) throw new UserError('invalid-args', msg('export.noSuchPage', { name: design.name, page: page + 1, count: pageCount }));
      }
      const pages = args.pages ? [...new Set(args.pages)].sort((a, b) => a - b) : Array.from({ length: pageCount }, (_, i) => i);
      let targets: ExportTarget[];
      try {
        if (design.panorama && (args.formats || args.variant)) throw new UserError('invalid-args', msg('panorama.noOtherFormats'));
        targets = design.panorama ? [panoramaTarget(design, userFormats)] : args.formats ? exportTargets(design, args.formats, userFormats) : [shownFormat(design, args.variant ?? null, userFormats)];
      } catch (error) {
        if (error instanceof UnknownFormat) throw new UserError('invalid-args', msg('preflight.unknownFormat', { id: error.id }));
        throw error;
      }
      if (args.watermark) {
        // The user's logo on every image; from the library, also for a design read from a file.
        const logo = deps.library.getAsset(args.watermark.assetId);
        if (!logo || logo.kind !== 'image' || !logo.width || !logo.height) throw new UserError('invalid-args', msg('export.watermarkNotLogo'));
        const mark = args.watermark;
        targets = targets.map((target) => ({ ...target, design: withWatermark(target.design, mark, { width: logo.width!, height: logo.height! }) }));
        const readAsset = source.render.readAsset;
        source.render = { ...source.render, readAsset: async (id) => (id === mark.assetId ? deps.library.readAsset(id) : readAsset(id)) };
      }
      const notes: Message[] = [];
      const planned = plan(design, args, targets, pages, notes);
      const videoPages = design.panorama ? [] : pages.filter((page) => needsVideoExport(design.pages[page])).map((page) => page + 1);
      // A text a seam cuts, or crowds within the seam margin, is said on export (core/carousel/panorama.ts).
      notes.push(...seamProblems(design).map((problem) => problem.message));
      if (videoPages.length > 0) notes.push(msg('export.videoAsStill', { pages: videoPages.join(', '), count: videoPages.length }));

      const packaging = args.packaging ?? (planned.length > 1 ? 'zip' : 'single');
      if (packaging === 'files' && !args.target) throw new UserError('invalid-args', msg('export.filesNeedFolder'));
      const single = packaging !== 'files' && planned.length === 1;
      const suggestedName = single ? planned[0].name : `${safeFileStem(design.name)}.zip`;
      const filters = single
        ? [{ name: msg('export.imageFileType', { type: IMAGE_TYPE_NAMES[args.type] }), extensions: [IMAGE_EXTENSIONS[args.type]] }]
        : [{ name: msg('export.zipFileType'), extensions: ['zip'] }];
      const destination: Destination = await chooseDestination(deps, ctx, { target: args.target, suggestedName, filters, folder: packaging === 'files' });

      // A panorama is rendered once, wide, and cut into its slides before any is checked (and
      // before the zip is opened, so a failed render leaves no file open).
      ctx.throwIfCancelled();
      const cut = design.panorama ? await renderSlideImages(targets[0].design, args.type, source.render, pages) : null;
      const zip = single || packaging === 'files' ? null : await ZipFileWriter.create(await outputPath(ctx, destination), { maxBytes: 0xffff_ffff, mtime: new Date(), inPlace: true });
      const images: Result['images'] = [];
      const names = new Set<string>();
      const altTexts: string[] = [];
      let bytes = 0;
      let altTextFile: string | undefined;
      try {
        for (const [index, item] of planned.entries()) {
          ctx.throwIfCancelled();
          ctx.progress({ fraction: index / planned.length, stage: msg('export.stage', { done: index + 1, total: planned.length, name: item.name }) });
          const named = msg('file.named', { name: item.name });
          const image = cut ? await checkImage(cut[pages.indexOf(item.page)], item.target, args.type, named) : await renderChecked(item.target, item.page, args.type, source.render, named);
          // A fix may change the type (PNG -> JPEG): the name follows the content.
          const name = image.extension === IMAGE_EXTENSIONS[args.type] ? item.name : uniqueFileName(item.name.replace(/\.[a-z0-9]+$/i, `.${image.extension}`), names);
          names.add(name.toLowerCase());
          if (zip) await zip.addStored(name, image.bytes);
          else await writeFile(await outputPath(ctx, destination, name), image.bytes);
          bytes += image.bytes.byteLength;
          altTexts.push(item.target.design.pages[item.page]?.altText?.trim() ?? '');
          images.push({
            name,
            type: image.type,
            bytes: image.bytes.byteLength,
            width: image.width,
            height: image.height,
            page: item.page,
            ...(item.post !== undefined ? { post: item.post } : {}),
            format: item.target.format.preset,
            changes: image.changes,
            problems: image.problems,
            ...(image.unchecked ? { unchecked: image.unchecked } : {}),
          });
        }
        // A set whose slides have alt text carries it beside the files, one line per file.
        if (!single && altTexts.some((text) => text !== '')) {
          altTextFile = uniqueFileName(altTextFileName(design.name), names);
          const csv = Buffer.from(altTextCsv(images.map((image, i) => ({ file: image.name, altText: altTexts[i] }))), 'utf8');
          if (zip) await zip.addStored(altTextFile, csv);
          else await writeFile(await outputPath(ctx, destination, altTextFile), csv);
          bytes += csv.byteLength;
        }
        if (zip) bytes = await zip.finish(zip.temp);
      } catch (error) {
        if (zip) await zip.abort(error, suggestedName).catch(() => undefined);
        throw error;
      }
      const fileName = single ? images[0].name : packaging === 'files' ? '' : suggestedName;
      // The browser saves a download under the name the server gives: the image's final name.
      if (destination.kind === 'download') deps.staging.renameDownload(destination.id, fileName);
      return {
        ...written(destination, fileName, bytes),
        ...(packaging === 'files' ? { fileName: destination.kind === 'download' ? '' : destination.path } : {}),
        images,
        ...(altTextFile ? { altTextFile } : {}),
        ok: images.every((image) => image.problems.length === 0),
        notes,
      };
    },
  };
}

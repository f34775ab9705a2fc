/**
 * The media of one post on one network (docs/architecture.md, Posts): the design in the target's
 * format (its own, its variant there, or resized as "Resize to..." would), made by the export's
 * own pieces and numbered `01.jpg`, `02.jpg`...:
 * - pictures: each page rendered and checked, fixed where a rule fails (../export/checkedImage.ts),
 *   a panorama cut from its one wide page (../render/slides.ts);
 * - a document format (LinkedIn): the design as one PDF (../export/exportPdf.ts) `01.pdf`;
 * - a video design: its MP4 `01.mp4`, from the library's render cache when the export already made
 *   it (../video/renderCache.ts), else rendered into that cache.
 * The same design in the same format is made once per bundle (`MediaMemo`).
 */
import path from 'node:path';
import { mkdtemp, stat } from 'node:fs/promises';
import { pageNumberTag } from '../../../core/files/names';
import { resolveFormat, type AnyFormat, type UserFormatInput } from '../../../core/formats/userFormats';
import { msg, type Message } from '../../../core/messages';
import { PDF_DEFAULT_MAX_BYTES } from '../../../core/api';
import type { Design } from '../../../core/schema';
import { UserError } from '../errors';
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { checkImage } from '../export/checkedImage';
import { renderPdfDocument } from '../export/exportPdf';
import { designForFormat, panoramaTarget, type ExportTarget } from '../export/plan';
import { renderPagePixels, type NodeRenderOptions } from '../render/nodeRenderer';
import { renderSlideImages, slideCount } from '../render/slides';
import { exportedDesign, prepareVideo, renderVideoFile } from '../video/exportVideo';
import { renderCacheKey, sortedJson, type RenderCache } from '../video/renderCache';
import type { JobDeps } from '../jobs/deps';

export type MediaKind = 'image' | 'video' | 'document';

export interface MediaFile {
  /** `01.jpg`, `02.jpg`..., `01.mp4`, `01.pdf`. */
  name: string;
  kind: MediaKind;
  /** The bytes, or the file holding them (a cached MP4, streamed into the bundle). */
  data: Uint8Array | { file: string; bytes: number };
  width: number;
  height: number;
  /** The page's own alt text in that format (the target's alt texts come first). */
  altText: string;
  /** Rules of its format it still fails after the fixes. */
  problems: Message[];
}

export interface TargetMedia {
  formatId: string;
  files: MediaFile[];
}

/** How a bundle makes media: the library, the renderer's media access, cancel and a step report. */
export interface MediaContext {
  deps: Pick<JobDeps, 'library'>;
  render: NodeRenderOptions;
  userFormats: readonly UserFormatInput[];
  cache: RenderCache;
  /** Pages already drawn in this bundle, by layout and page (`drawnPage`). */
  drawn: Map<string, Promise<Buffer>>;
  /** The bundle's work folder (removed when the job ends): a read-only library's renders stay there. */
  workDir: string;
  /** The date a PDF carries (fixed per bundle: the same posts give the same bytes). */
  date: Date;
  signal: AbortSignal;
  throwIfCancelled(): void;
  /** One file about to be made. */
  step(name: string): void;
  /** How far the file being made is (0..1): a video's encode takes a while. */
  partial(fraction: number): void;
}

/** How many files a design gives in a format, for the progress bar (before anything is drawn). */
export function mediaCount(design: Design, format: AnyFormat | undefined): number {
  if (design.kind === 'video' || format?.kind === 'document') return 1;
  return slideCount(design);
}

export function formatOf(formatId: string, userFormats: readonly UserFormatInput[]): AnyFormat {
  const format = resolveFormat(formatId, userFormats);
  if (!format) throw new UserError('invalid-args', msg('preflight.unknownFormat', { id: formatId }));
  return format;
}

/**
 * A page drawn and encoded as JPEG, shared by the formats that lay the design out the same way at
 * the same size (Instagram's and Facebook's 4:5 are one drawing). libjpeg-turbo rather than the
 * single export's mozjpeg: a bundle encodes dozens of photos, and mozjpeg takes 10-30 times longer
 * on one (../export/exportPdf.ts measured 2 s against 70 ms) for a file about 10 % smaller; the
 * format's check then fixes what goes over a byte cap.
 */
export const BUNDLE_JPEG_QUALITY = 92;

async function drawnPage(design: Design, page: number, ctx: MediaContext): Promise<Buffer> {
  const { id, name, variants, ...drawn } = design;
  void id;
  void name;
  void variants;
  const key = `${createHash('sha256').update(sortedJson({ ...drawn, format: { width: design.format.width, height: design.format.height } })).digest('hex')}:${page}`;
  let encoded = ctx.drawn.get(key);
  if (!encoded) {
    encoded = renderPagePixels(design, page, ctx.render).then((pixels) => {
      const raw = sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } });
      return (pixels.opaque ? raw.removeAlpha() : raw).flatten({ background: '#ffffff' }).jpeg({ quality: BUNDLE_JPEG_QUALITY, mozjpeg: false }).toBuffer();
    });
    ctx.drawn.set(key, encoded);
  }
  return encoded;
}

async function pictures(design: Design, format: AnyFormat, ctx: MediaContext): Promise<MediaFile[]> {
  const target: ExportTarget = design.panorama ? panoramaTarget(design, ctx.userFormats) : designForFormat(design, format);
  const count = slideCount(design);
  // A panorama's wide page is drawn once and cut at its seams.
  const cut = design.panorama ? await renderSlideImages(design, 'jpeg', ctx.render) : null;
  const files: MediaFile[] = [];
  for (let page = 0; page < count; page++) {
    ctx.throwIfCancelled();
    const stem = pageNumberTag(page, count);
    ctx.step(`${stem}.jpg`);
    const named = msg('file.named', { name: `${stem}.jpg` });
    const image = await checkImage(cut ? cut[page] : await drawnPage(target.design, page, ctx), target, 'jpeg', named);
    files.push({
      name: `${stem}.${image.extension}`,
      kind: 'image',
      data: new Uint8Array(image.bytes),
      width: image.width,
      height: image.height,
      altText: (design.panorama ? design.pages[0] : target.design.pages[page])?.altText?.trim() ?? '',
      problems: image.problems,
    });
  }
  return files;
}

async function documentPdf(design: Design, format: AnyFormat, ctx: MediaContext): Promise<MediaFile[]> {
  ctx.step('01.pdf');
  const shown = design.panorama ? design : designForFormat(design, format).design;
  const pdf = await renderPdfDocument(shown, ctx.render, {
    maxBytes: Math.min(format.limits?.maxBytes ?? PDF_DEFAULT_MAX_BYTES, PDF_DEFAULT_MAX_BYTES),
    date: ctx.date,
    throwIfCancelled: ctx.throwIfCancelled,
    progress: (fraction) => ctx.partial(fraction),
  });
  return [{ name: '01.pdf', kind: 'document', data: pdf.bytes, width: pdf.width, height: pdf.height, altText: shown.pages[0]?.altText?.trim() ?? '', problems: [] }];
}

async function videoMp4(design: Design, formatId: string, ctx: MediaContext): Promise<MediaFile[]> {
  ctx.step('01.mp4');
  const { design: shown, format } = exportedDesign(design, formatId, ctx.userFormats);
  const key = renderCacheKey(shown, format?.id ?? null, 'final');
  const cached = await ctx.cache.find(key);
  const size = { width: shown.format.width, height: shown.format.height };
  const altText = shown.pages[0]?.altText?.trim() ?? '';
  if (cached) {
    return [{ name: '01.mp4', kind: 'video', data: { file: cached, bytes: (await stat(cached)).size }, ...size, altText, problems: [] }];
  }
  const video = await prepareVideo(shown, format);
  const workDir = await mkdtemp(path.join(ctx.workDir, 'video-'));
  const place = await ctx.cache.reserve(key, workDir);
  try {
    const { info } = await renderVideoFile(ctx.deps, ctx.render, video, {
      quality: 'final',
      withSound: true,
      out: place.path,
      workDir,
      signal: ctx.signal,
      throwIfCancelled: ctx.throwIfCancelled,
      progress: (fraction) => ctx.partial(fraction),
    });
    const file = await place.commit();
    return [{ name: '01.mp4', kind: 'video', data: { file, bytes: info.bytes }, ...size, altText, problems: [] }];
  } catch (error) {
    await place.discard().catch(() => undefined);
    throw error;
  }
}

/** The media of `design` in `formatId`. */
export async function targetMedia(design: Design, formatId: string, ctx: MediaContext): Promise<TargetMedia> {
  const format = formatOf(formatId, ctx.userFormats);
  let files: MediaFile[];
  if (design.kind === 'video') files = await videoMp4(design, formatId, ctx);
  else if (format.kind === 'document') files = await documentPdf(design, format, ctx);
  else files = await pictures(design, format, ctx);
  return { formatId, files };
}

/** One making per design and format within a bundle: a second network asking for it gets the same files. */
export class MediaMemo {
  private readonly made = new Map<string, Promise<TargetMedia>>();

  get(design: Design, formatId: string, make: () => Promise<TargetMedia>): Promise<TargetMedia> {
    const key = `${design.id}\u0000${formatId}`;
    let media = this.made.get(key);
    if (!media) this.made.set(key, (media = make()));
    return media;
  }
}

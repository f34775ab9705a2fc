/**
 * The `designs.exportPdf` job (docs/architecture.md, "Carousels"): a carousel as one PDF document
 * (a LinkedIn document), written all or nothing through the job's outputs.
 *
 * Each slide is drawn once by the Node renderer (the same pixels as the PNG export) and kept
 * unencoded; identical slides (same pixels, by hash) share one picture. The JPEG quality is then
 * searched across all pages together: the highest quality, from 90 down, at which the whole PDF
 * fits `maxBytes`; below the lowest quality worth reading the job fails and says how small the
 * file got. The texts' lines are written invisibly over each picture (./pdf/textLines.ts), so the
 * document's words can be selected and searched.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDF_DEFAULT_MAX_BYTES, type JobParsedArgsOf, type JobResultOf } from '../../../core/api';
import { needsVideoExport } from '../../../core/elements';
import { safeFileStem } from '../../../core/files/names';
import type { Design } from '../../../core/schema';
import { msg, type Message } from '../../../core/messages';
import { UserError } from '../errors';
import type { JobDeps } from '../jobs/deps';
import { chooseDestination, outputPath, written } from '../jobs/destination';
import type { JobContext, JobDefinition } from '../jobs/runner';
import sharp from 'sharp';
import { findAssetsDir, renderPagePixels, type NodeRenderOptions, type PagePixels } from '../render/nodeRenderer';
import { cutSlide, slideCount } from '../render/slides';
import { loadSource } from './exportImages';
import { shownFormat } from './plan';
// pdf-lib and fontkit load when a PDF is written, not with every job (the affiche command's start-up).
import type { PdfPageSpec } from './pdf/document';
import { drawnTextLines } from './pdf/textLines';
import { PixelStore, type StoredPage } from './pdf/pixelStore';

type Args = JobParsedArgsOf<'designs.exportPdf'>;
type Result = JobResultOf<'designs.exportPdf'>;

/** Qualities tried: from the best worth sending down to the lowest still worth reading. */
export const PDF_MAX_QUALITY = 90;
export const PDF_MIN_QUALITY = 20;

/** The face of the invisible text layer: Latin with accents and French punctuation (OFL). */
const TEXT_LAYER_FONT = path.join('fonts', 'Inter', 'Inter_400Regular.ttf');

/** A size in MB (1,000,000 bytes, as LinkedIn states its limit), for messages. */
function megabytes(bytes: number): Message {
  return msg('unit.megabytes', { value: Math.round(bytes / 100_000) / 10 });
}

/**
 * A page as JPEG (already flattened on white by the store). libjpeg-turbo
 * rather than the PNG export's mozjpeg: the search encodes every page several times, and mozjpeg
 * takes 10-30 times longer on photographs (2 s against 70 ms for a 1080x1350 photo) for files
 * about 10 % smaller, which the search turns into a slightly higher quality at most.
 */
async function jpegOf(page: StoredPage, quality: number): Promise<Buffer> {
  return sharp(await page.read(), { raw: { width: page.width, height: page.height, channels: 3 } })
    .jpeg({ quality, mozjpeg: false })
    .toBuffer();
}

export function exportPdfJob(deps: JobDeps, args: Args): JobDefinition<Result> {
  const name = 'id' in args.design ? (deps.library.listDesigns({}).find((d) => d.id === (args.design as { id: string }).id)?.name ?? '') : '';
  return {
    type: 'designs.exportPdf',
    title: msg('carouselExport.pdfTitle', { name }),
    run: (ctx) => runExportPdf(deps, args, ctx),
  };
}

async function runExportPdf(deps: JobDeps, args: Args, ctx: JobContext): Promise<Result> {
  const maxBytes = args.maxBytes ?? PDF_DEFAULT_MAX_BYTES;
  const source = await loadSource(deps, args, ctx);
  const design = shownFormat(source.design, args.variant ?? null, deps.library.listFormats()).design;
  const fileName = `${safeFileStem(design.name)}.pdf`;
  const destination = await chooseDestination(deps, ctx, { target: args.target, suggestedName: fileName, filters: [{ name: msg('carouselExport.pdfFileType'), extensions: ['pdf'] }] });
  const { bytes, quality, pages, pictures, width, height, selectableText, notes } = await renderPdfDocument(design, source.render, {
    maxBytes,
    date: new Date(),
    throwIfCancelled: () => ctx.throwIfCancelled(),
    progress: (fraction, stage) => ctx.progress({ fraction, stage }),
  });

  // 3. Written beside its destination and renamed when the job succeeds (all or nothing).
  ctx.throwIfCancelled();
  ctx.progress({ fraction: 0.97, stage: msg('carouselExport.pdfWrite') });
  await writeFile(await outputPath(ctx, destination), bytes);
  if (destination.kind === 'download') deps.staging.renameDownload(destination.id, fileName);
  return { ...written(destination, fileName, bytes.byteLength), pages, pictures, width, height, quality, selectableText, notes };
}

/** What drives a PDF's making: its size target, the date it carries, and the caller's cancel and progress (0..0.97). */
export interface PdfSteps {
  maxBytes: number;
  /** The document's creation date (a bundle passes a fixed one: the same posts give the same bytes). */
  date: Date;
  throwIfCancelled(): void;
  progress(fraction: number, stage: Message): void;
}

export interface PdfDocument {
  bytes: Uint8Array;
  quality: number;
  pages: number;
  pictures: number;
  width: number;
  height: number;
  selectableText: boolean;
  notes: Message[];
}

/**
 * A design (already in the format shown) as one PDF document under `maxBytes`: the export job's
 * pages, pictures and quality search, without its destination (the bundle of a post writes it
 * into its own folder or zip).
 */
export async function renderPdfDocument(design: Design, render: NodeRenderOptions, steps: PdfSteps): Promise<PdfDocument> {
  const { maxBytes } = steps;
  const notes: Message[] = [];
  if (design.pages.some((page) => needsVideoExport(page))) notes.push(msg('carouselExport.pdfVideoAsStill'));

  // 1. Draw every slide once; identical pixels are one picture.
  const store = new PixelStore();
  try {
    const byHash = new Map<string, number>();
    const pages: PdfPageSpec[] = [];
    const slide = design.panorama?.slide ?? design.format;
    const total = slideCount(design);
    // A panorama's wide page is drawn once and cut at its seams (../render/slides.ts); each slide
    // keeps the text lines that start on it, moved to its own coordinates.
    let wide: { pixels: PagePixels; lines: PdfPageSpec['lines'] } | undefined;
    for (let i = 0; i < total; i++) {
      steps.throwIfCancelled();
      steps.progress((0.6 * i) / total, msg('carouselExport.pdfRender', { done: i + 1, total }));
      let lines: PdfPageSpec['lines'] = [];
      let pixels: PagePixels;
      if (design.panorama) {
        if (!wide) {
          let wideLines: PdfPageSpec['lines'] = [];
          const widePixels = await renderPagePixels(design, 0, { ...render, inspect: (canvas) => (wideLines = drawnTextLines(canvas)) });
          wide = { pixels: widePixels, lines: wideLines };
        }
        const left = i * slide.width;
        pixels = cutSlide(wide.pixels, i, slide.width);
        lines = wide.lines.filter((line) => line.x >= left && line.x < left + slide.width).map((line) => ({ ...line, x: line.x - left }));
      } else {
        pixels = await renderPagePixels(design, i, { ...render, inspect: (canvas) => (lines = drawnTextLines(canvas)) });
      }
      const hash = createHash('sha256').update(pixels.data).digest('hex');
      let picture = byHash.get(hash);
      if (picture === undefined) {
        picture = await store.add(pixels);
        byHash.set(hash, picture);
      }
      pages.push({ picture, width: slide.width, height: slide.height, lines });
    }

    // 2. The best quality at which the whole document fits: 90 when it does, else a bisection.
    const textFont = await readFile(path.join(render.assetsDir ?? findAssetsDir(), TEXT_LAYER_FONT));
    let best: { quality: number; bytes: Uint8Array } | undefined;
    let tries = 0;
    const sizeAt = async (quality: number): Promise<number> => {
      steps.throwIfCancelled();
      // At most 8 tries (90, 20, then a bisection); the bar moves on with each.
      steps.progress(0.6 + 0.35 * (1 - 1 / (2 + tries++)), msg('carouselExport.pdfFit', { max: megabytes(maxBytes), quality }));
      const jpegs: Uint8Array[] = [];
      for (const page of store.pages) {
        steps.throwIfCancelled();
        jpegs.push(await jpegOf(page, quality));
      }
      const { buildPdf } = await import('./pdf/document');
      const bytes = await buildPdf({ title: design.name, pictures: jpegs, pages, textFont, date: steps.date });
      // Only the best candidate is kept: a try over the target is measured, then dropped.
      if (bytes.byteLength <= maxBytes && (!best || quality > best.quality)) best = { quality, bytes };
      return bytes.byteLength;
    };
    if ((await sizeAt(PDF_MAX_QUALITY)) > maxBytes) {
      const smallest = await sizeAt(PDF_MIN_QUALITY);
      if (smallest > maxBytes) {
        throw new UserError('invalid-args', msg('carouselExport.pdfTooBig', { max: megabytes(maxBytes), quality: PDF_MIN_QUALITY, size: megabytes(smallest) }));
      }
      // `low` fits, `high` does not.
      let low = PDF_MIN_QUALITY;
      let high = PDF_MAX_QUALITY;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if ((await sizeAt(middle)) <= maxBytes) low = middle;
        else high = middle;
      }
    }
    if (!best) throw new Error('the quality search ended without a PDF that fits');
    const { quality, bytes } = best as { quality: number; bytes: Uint8Array };
    if (quality < PDF_MAX_QUALITY) notes.push(msg('carouselExport.pdfQuality', { quality, max: megabytes(maxBytes), size: megabytes(bytes.byteLength) }));
    return {
      bytes,
      quality,
      pages: pages.length,
      pictures: store.pages.length,
      width: slide.width,
      height: slide.height,
      selectableText: pages.some((page) => page.lines.length > 0),
      notes,
    };
  } finally {
    await store.dispose();
  }
}

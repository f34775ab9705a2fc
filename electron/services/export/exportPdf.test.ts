/**
 * The document PDF (designs.exportPdf), read back as a user's tools read it: pdf-lib and poppler's
 * pdfinfo (pages, sizes, title), pdftoppm (each page's pixels against the PNG export of its
 * slide), pdftotext (the words selectable), the size target met or refused with a clear message,
 * identical slides embedded once, and a cancelled export leaving nothing behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import pixelmatch from 'pixelmatch';
import { unzipSync } from 'fflate';
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { createPage, createShapeElement, createTextElement, createImageElement } from '../../../core/schema/factory';
import type { Design } from '../../../core/schema';
import { createBackend, type Backend } from '../backend';
import { noisyImage } from '../preflight/testImages';
import { callOn, runJobOn, staged, stageTarget } from '../testing/backendTesting';

let dir: string;
let backend: Backend;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-pdf-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

function run(command: string, args: string[]): string {
  const out = spawnSync(command, args, { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${out.stderr}`);
  return out.stdout;
}

const WORDS = ['Première diapositive : l’été', 'Même page, deux fois', 'Même page, deux fois', 'Dernière : « à bientôt »'];

/** Four LinkedIn document slides: 2 and 3 identical, 4 with a photo. */
async function documentCarousel(photo?: string, pageNumber = false): Promise<Design> {
  const { design } = await callOn(backend, 'designs.create', { name: 'Guide d’été', kind: 'carousel', format: { preset: 'linkedin-document', width: 1080, height: 1350 } });
  const colors = ['#f4e1c1', '#1d3557', '#1d3557', '#ffffff'];
  design.pages = WORDS.map((words, i) => ({
    ...createPage(),
    background: { fill: colors[i] },
    elements: [
      createShapeElement({ shape: 'ellipse', x: 100, y: 900, width: 300, height: 300, fill: '#e63946' } as Parameters<typeof createShapeElement>[0]),
      createTextElement({ x: 90, y: 200, width: 900, text: words, fontSize: 72, fill: i === 1 || i === 2 ? '#ffffff' : '#111111' }),
      ...(i === 3 && photo ? [createImageElement({ assetId: photo, x: 500, y: 700, width: 500, height: 500 })] : []),
    ],
  }));
  // A page number on every slide, edited once on the first (core/carousel/repeat.ts).
  if (pageNumber) design.pages[0].elements.push({ ...createTextElement({ x: 880, y: 1250, width: 160, text: '{page}/{pages}', fontSize: 40, fill: '#e63946' }), repeat: 'all' });
  await callOn(backend, 'designs.save', { design });
  return design;
}

async function importPhoto(seed = 1, size = 800, noise = 80): Promise<string> {
  const bytes = await noisyImage(size, size, { seed, noise }).jpeg({ quality: 95 }).toBuffer();
  return (await callOn(backend, 'assets.import', await staged(backend, `photo${seed}.jpg`, new Uint8Array(bytes)))).asset.id;
}

/** Image XObjects in the file, by walking every object pdf-lib parsed. */
function imageCount(pdf: PDFDocument): number {
  return pdf.context.enumerateIndirectObjects().filter(([, object]) => {
    const dict = object instanceof PDFRawStream ? object.dict : object instanceof PDFDict ? object : null;
    return dict?.get(PDFName.of('Subtype')) === PDFName.of('Image');
  }).length;
}

describe('document PDF', () => {
  it('one page per slide, every page the slide size, title and producer, identical slides embedded once', async () => {
    const design = await documentCarousel(await importPhoto());
    const target = stageTarget(backend, 'guide.pdf');
    const { result } = await runJobOn(backend, 'designs.exportPdf', { design: { id: design.id }, target: target.id });
    expect(result).toMatchObject({ fileName: 'guide.pdf', pages: 4, pictures: 3, width: 1080, height: 1350, quality: 90, selectableText: true });
    const bytes = readFileSync(target.path);
    expect(result.bytes).toBe(bytes.byteLength);
    expect(bytes.byteLength).toBeLessThanOrEqual(10_000_000);

    const info = run('pdfinfo', ['-f', '1', '-l', '4', target.path]);
    expect(info).toMatch(/^Pages:\s+4$/m);
    expect(info).toMatch(/^Title:\s+Guide d’été$/m);
    expect(info).toMatch(/^Producer:\s+Affiche$/m);
    expect(info).toMatch(/^Creator:\s+Affiche$/m);
    const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+) pts/gm)].map((m) => m[1]);
    expect(sizes).toEqual(Array(4).fill('810 x 1012.5'));

    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(4);
    expect(pdf.getTitle()).toBe('Guide d’été');
    for (const page of pdf.getPages()) expect(page.getSize()).toEqual({ width: 810, height: 1012.5 });
    expect(imageCount(pdf)).toBe(3);
  });

  it('each page rasterised at 96 dpi matches the PNG export of its slide', async () => {
    const design = await documentCarousel(await importPhoto());
    const pdfTarget = stageTarget(backend, 'guide.pdf');
    await runJobOn(backend, 'designs.exportPdf', { design: { id: design.id }, target: pdfTarget.id });
    const zipTarget = stageTarget(backend, 'guide.zip');
    await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', target: zipTarget.id });
    const pngs = unzipSync(new Uint8Array(readFileSync(zipTarget.path)));
    const rasters = mkdtempSync(path.join(os.tmpdir(), 'affiche-pdf-ppm-'));
    try {
      run('pdftoppm', ['-r', '96', '-png', pdfTarget.path, path.join(rasters, 'page')]);
      const files = readdirSync(rasters).sort();
      expect(files).toHaveLength(4);
      for (const [i, file] of files.entries()) {
        const page = await sharp(path.join(rasters, file)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
        expect([page.info.width, page.info.height]).toEqual([1080, 1350]);
        const slide = await sharp(Buffer.from(pngs[`Guide d’été-0${i + 1}.png`])).ensureAlpha().raw().toBuffer();
        // JPEG at quality 90: colours within a few levels, edges of letters and the photo's noise a little off.
        const differing = pixelmatch(page.data, slide, undefined, 1080, 1350, { threshold: 0.1 });
        expect(differing / (1080 * 1350), `page ${i + 1}`).toBeLessThan(0.02);
        let sum = 0;
        for (let p = 0; p < slide.length; p += 4) sum += Math.abs(page.data[p] - slide[p]) + Math.abs(page.data[p + 1] - slide[p + 1]) + Math.abs(page.data[p + 2] - slide[p + 2]);
        expect(sum / (1080 * 1350 * 3), `page ${i + 1}`).toBeLessThan(2);
      }
    } finally {
      rmSync(rasters, { recursive: true, force: true });
    }
  });

  it('the slides’ words are selectable text, accents and French punctuation intact, in page order, page numbers filled in', async () => {
    const design = await documentCarousel(undefined, true);
    const target = stageTarget(backend, 'guide.pdf');
    const { result } = await runJobOn(backend, 'designs.exportPdf', { design: { id: design.id }, target: target.id });
    // Slides 2 and 3 differ by their page number now: four pictures.
    expect(result.pictures).toBe(4);
    const pages = run('pdftotext', ['-layout', target.path, '-']).split('\f');
    WORDS.forEach((words, i) => expect(pages[i].replace(/\s+/g, ' ').trim()).toBe(`${words} ${i + 1}/4`));
    // Where the words were drawn: the text's box (x 90..990, y 200..~290 px) in points.
    const box = run('pdftotext', ['-bbox', '-f', '1', '-l', '1', target.path, '-']);
    const first = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">Première<\/word>/.exec(box);
    expect(first).not.toBeNull();
    const [xMin, yMin] = [Number(first![1]), Number(first![2])];
    expect(Math.abs(xMin - 90 * 0.75)).toBeLessThan(6);
    expect(yMin).toBeGreaterThan(190 * 0.75);
    expect(yMin).toBeLessThan(260 * 0.75);
  });

  it('a panorama: one page per slide at the slide size, cut from the wide page, words on the slide they start on', async () => {
    const slide = { preset: 'linkedin-document', width: 1080, height: 1350 };
    const { design } = await callOn(backend, 'designs.create', { name: 'Vue large', format: slide, panorama: { slides: 3, seamMargin: 40 } });
    design.pages[0].background = { fill: '#1d3557' };
    design.pages[0].elements = [
      // A band across both seams: its red must run on to every slide, nothing lost at a cut.
      createShapeElement({ shape: 'rect', x: 500, y: 600, width: 2240, height: 150, fill: '#e63946' } as Parameters<typeof createShapeElement>[0]),
      createTextElement({ x: 1180, y: 200, width: 800, text: 'Deuxième volet', fontSize: 72, fill: '#ffffff' }),
    ];
    await callOn(backend, 'designs.save', { design });
    const target = stageTarget(backend, 'vue.pdf');
    const { result } = await runJobOn(backend, 'designs.exportPdf', { design: { id: design.id }, target: target.id });
    expect(result).toMatchObject({ pages: 3, width: 1080, height: 1350 });
    const info = run('pdfinfo', ['-f', '1', '-l', '3', target.path]);
    expect([...info.matchAll(/^Page\s+\d+ size:\s+(.+) pts/gm)].map((m) => m[1])).toEqual(Array(3).fill('810 x 1012.5'));
    const pages = run('pdftotext', ['-layout', target.path, '-']).split('\f');
    expect(pages[0].trim()).toBe('');
    expect(pages[1].replace(/\s+/g, ' ').trim()).toBe('Deuxième volet');
    const rasters = mkdtempSync(path.join(os.tmpdir(), 'affiche-pdf-pano-'));
    try {
      run('pdftoppm', ['-r', '96', '-png', target.path, path.join(rasters, 'page')]);
      const files = readdirSync(rasters).sort();
      expect(files).toHaveLength(3);
      // Either side of each seam: the band's red on slide i's last column and slide i+1's first.
      const red = async (file: string, x: number) => {
        const { data } = await sharp(path.join(rasters, file)).extract({ left: x, top: 675, width: 1, height: 1 }).raw().toBuffer({ resolveWithObject: true });
        return data[0] > 200 && data[1] < 110 && data[2] < 110;
      };
      expect(await red(files[0], 1079)).toBe(true);
      expect(await red(files[1], 0)).toBe(true);
      expect(await red(files[1], 1079)).toBe(true);
      expect(await red(files[2], 0)).toBe(true);
      expect(await red(files[2], 1079)).toBe(false);
    } finally {
      rmSync(rasters, { recursive: true, force: true });
    }
  });

  it('lowers the JPEG quality across the pages to fit the size target, and says so', async () => {
    const photos = [await importPhoto(1), await importPhoto(2)];
    const { design } = await callOn(backend, 'designs.create', { name: 'Photos', kind: 'carousel', format: { preset: 'linkedin-document', width: 1080, height: 1350 } });
    design.pages = photos.map((assetId) => ({ ...createPage(), elements: [createImageElement({ assetId, x: 0, y: 0, width: 1080, height: 1350 })] }));
    await callOn(backend, 'designs.save', { design });
    const free = stageTarget(backend, 'free.pdf');
    const { result: full } = await runJobOn(backend, 'designs.exportPdf', { design: { id: design.id }, target: free.id });
    const maxBytes = Math.round(full.bytes * 0.5);
    const target = stageTarget(backend, 'small.pdf');
    const { result } = await runJobOn(backend, 'designs.exportPdf', { design: { id: design.id }, maxBytes, target: target.id });
    expect(result.quality).toBeLessThan(90);
    expect(readFileSync(target.path).byteLength).toBeLessThanOrEqual(maxBytes);
    expect(formatMessage(result.notes[0], 'en')).toMatch(new RegExp(`^JPEG quality ${result.quality} to fit \\d+(\\.\\d)? MB \\(`));
    expect(run('pdfinfo', [target.path])).toMatch(/^Pages:\s+2$/m);
  });

  it('a target it cannot meet fails in English and French saying how small it got, and writes nothing', async () => {
    // Pure noise at full size: even at quality 20 each page takes hundreds of KB.
    const photos = [await importPhoto(1, 1350, 128), await importPhoto(2, 1350, 128)];
    const { design } = await callOn(backend, 'designs.create', { name: 'Photos', kind: 'carousel', format: { preset: 'linkedin-document', width: 1080, height: 1350 } });
    design.pages = photos.map((assetId) => ({ ...createPage(), elements: [createImageElement({ assetId, x: 0, y: 0, width: 1080, height: 1350 })] }));
    await callOn(backend, 'designs.save', { design });
    const target = stageTarget(backend, 'tiny.pdf');
    const error = await runJobOn(backend, 'designs.exportPdf', { design: { id: design.id }, maxBytes: 100_000, target: target.id }).then(
      () => null,
      (e: { code?: string; detail?: Parameters<typeof formatMessage>[0] }) => e,
    );
    expect(error?.code).toBe('invalid-args');
    expect(formatMessage(error!.detail!, 'en')).toMatch(/^The PDF cannot fit in 0\.1 MB: even at the lowest JPEG quality \(20\) it takes \d+(\.\d)? MB\. Allow a larger size, or remove pages or pictures\.$/);
    expect(formatMessage(error!.detail!, 'fr')).toMatch(/^Le PDF ne tient pas dans 0,1\u00a0Mo\u00a0: même à la qualité JPEG la plus basse \(20\), il pèse \d+(,\d)?\u00a0Mo\./);
    expect(readdirSync(path.dirname(target.path))).toEqual([]);
  });

  it('cancelled, it leaves nothing at the destination', async () => {
    const design = await documentCarousel();
    const target = stageTarget(backend, 'guide.pdf');
    const controller = new AbortController();
    const outcome = await runJobOn(backend, 'designs.exportPdf', { design: { id: design.id }, target: target.id }, {
      signal: controller.signal,
      onProgress: (progress) => {
        if (progress.fraction > 0) controller.abort();
      },
    }).then(
      () => 'done',
      (e: { code?: string }) => e.code,
    );
    expect(outcome).toBe('cancelled');
    expect(existsSync(target.path)).toBe(false);
    expect(readdirSync(path.dirname(target.path))).toEqual([]);
  });
});

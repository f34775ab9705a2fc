/**
 * `npm run bench`: the budgets of docs/architecture.md, Budgets that this build can measure. Prints how busy the
 * machine was (load averages, two yardsticks timed in the same run: bench/machine.ts) and a table,
 * and writes bench-results.json ([{ id, value, unit, budget, ratio, perYardstick, note, machine }]).
 * Medians (or p95 where the budget says so) over repeated runs in one process; the machine is
 * noisy, so compare values in yardsticks, not absolutes.
 * The editor budgets (drag fps, opening a 20-page design) run in Chromium: see editorFps.ts and
 * README.md.
 *
 * `npm run bench -- library-import editor` runs only the benchmarks whose id contains one of the
 * words given (their rows in bench-results.json are replaced, the others kept); no word runs them all.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDesign, type Design } from '../core/schema';
import { emptyLibrary } from '../core/schema/library';
import { buildPageObjects } from '../core/render';
import { readPortable } from '../electron/services/portable';
import { openLibrary } from '../electron/services/library/library';
import { nodeRenderEnv, registerBundledFonts, renderDesignPage } from '../electron/services/render/nodeRenderer';
import { editorBenchmarks, twentyPages, type BenchResult } from './editorFps';
import { libraryImport1000 } from './libraryImport';
import { CALENDAR_IDS, calendarBenchmarks } from './calendarMonth';
import { carouselSetAndPdf } from './carouselExport';
import { postBundle } from './postBundle';
import { describeMachine, loadAverages, machineContext, perYardstick, sampleYardstick } from './machine';
import { budgetRatio, median, percentile } from './stats';
import { VIDEO_REEL_IDS, videoReelBenchmarks } from './videoReel';
import { FORMATS, findFormat } from '../core/formats';
import { createImageElement, createShapeElement, createTextElement } from '../core/schema/factory';
import type { Element } from '../core/schema/design';
import { addVariants, resolveDesign } from '../core/variants/variants';
import { autoFix } from '../electron/services/preflight/autoFix';
import { noisyImage } from '../electron/services/preflight/testImages';

type Result = BenchResult;

/** Units a yardstick scales (a duration, or a rate); ratios and CPU seconds per video second get none. */
const YARDSTICK_UNITS = new Set(['ms', 'fps', 'files/s']);

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');


async function time<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function stillExport(): Promise<Result> {
  const file = path.join(repo, 'assets/examples/soldes-ete-instagram.affiche');
  const { design, blobs } = await readPortable(file, 'soldes-ete-instagram.affiche');
  const readAsset = async (id: string) => blobs.get(id) ?? null;
  registerBundledFonts();
  for (let i = 0; i < 3; i++) await renderDesignPage(design, 0, 'png', { readAsset });
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) runs.push(await time(() => renderDesignPage(design, 0, 'png', { readAsset })));
  return { id: 'still-export-1080x1350', value: median(runs), unit: 'ms', budget: 150, kind: 'max', note: 'PNG, example with photo, text and shapes (Node renderer)' };
}

/**
 * `meme-fill-export-1080x1080`: the bank's classic layout filled (core/templates: a photo and two
 * lines) and exported as PNG, each run from the template. The note gives it as a ratio to the
 * still export of the same page in the same run (the filled design drawn again, no fill): what
 * filling and outlined capitals add.
 */
async function memeFillExport(): Promise<Result> {
  const sharp = (await import('sharp')).default;
  const { fillTemplate } = await import('../core/templates');
  const { bankTemplate } = await import('../core/templates/bank');
  const template = bankTemplate('bank:classic');
  if (!template) throw new Error('the bank has no bank:classic');
  // The photo of the still-export example: a picture that compresses like a photo, not noise.
  const example = await readPortable(path.join(repo, 'assets/examples/soldes-ete-instagram.affiche'), 'soldes-ete-instagram.affiche');
  const photo = [...example.blobs.values()].sort((a, b) => b.byteLength - a.byteLength)[0];
  const assetId = createHash('sha256').update(photo).digest('hex');
  const readAsset = async (id: string) => (id === assetId ? photo : null);
  const format = { preset: 'instagram-square', width: 1080, height: 1080 };
  const meta = await sharp(photo).metadata();
  const fillAndExport = () =>
    renderDesignPage(
      fillTemplate(template.build(format, 'fr'), {
        picture: { kind: 'image', assetId, width: meta.width!, height: meta.height! },
        top: { kind: 'text', text: 'Quand le code marche du premier coup' },
        bottom: { kind: 'text', text: 'Et personne ne sait pourquoi' },
      }),
      0,
      'png',
      { readAsset },
    );
  const filled = fillTemplate(template.build(format, 'fr'), { picture: { kind: 'image', assetId, width: meta.width!, height: meta.height! } });
  registerBundledFonts();
  for (let i = 0; i < 3; i++) await fillAndExport();
  const memeRuns: number[] = [];
  const stillRuns: number[] = [];
  for (let i = 0; i < 15; i++) {
    memeRuns.push(await time(fillAndExport));
    stillRuns.push(await time(() => renderDesignPage(filled, 0, 'png', { readAsset })));
  }
  const value = median(memeRuns);
  const still = median(stillRuns);
  return {
    id: 'meme-fill-export-1080x1080',
    value,
    unit: 'ms',
    budget: 200,
    kind: 'max',
    note: `bank:classic filled with the still example's photo (${meta.width}x${meta.height}) and two French lines, PNG (Node renderer); ${(value / still).toFixed(2)}x the still export of the same page (${still.toFixed(1)} ms) in this run`,
  };
}

function twentyPageDesign(photoId: string): Design {
  const design = createDesign({ name: 'Bench 20 pages', format: { preset: 'instagram-portrait', width: 1080, height: 1350 }, kind: 'carousel' });
  design.pages = twentyPages(photoId);
  return design;
}

async function openTwentyPages(tmp: string): Promise<Result> {
  const library = await openLibrary({ dir: path.join(tmp, 'open20') });
  try {
    const sharp = (await import('sharp')).default;
    const photo = new Uint8Array(await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#7c5cff' } }).jpeg().toBuffer());
    const { asset } = await library.importAsset('photo.jpg', photo);
    const design = twentyPageDesign(asset.id);
    await library.createDesign(design);
    registerBundledFonts();
    const open = async () => {
      const { design: loaded } = await library.getDesign(design.id);
      const env = nodeRenderEnv((id) => library.readAsset(id));
      for (const page of loaded.pages) await buildPageObjects(env, page);
    };
    await open();
    const runs: number[] = [];
    for (let i = 0; i < 10; i++) runs.push(await time(open));
    return { id: 'open-20-page-design', value: median(runs), unit: 'ms', budget: 500, kind: 'max', note: 'Node: read + validate + build Fabric objects of all 20 pages (15 elements each)' };
  } finally {
    await library.close();
  }
}

async function libraryAt10k(tmp: string): Promise<Result[]> {
  const dir = path.join(tmp, 'lib10k');
  await mkdir(dir, { recursive: true });
  const file = emptyLibrary();
  const now = new Date().toISOString();
  for (let i = 0; i < 10_000; i++) {
    const id = createHash('sha256').update(`asset-${i}`).digest('hex');
    file.assets[id] = { id, kind: 'image', mime: 'image/jpeg', fileName: `photo-${i}.jpg`, width: 2000, height: 1500, bytes: 850_000 + i, createdAt: now };
  }
  await writeFile(path.join(dir, 'library.json'), JSON.stringify(file));

  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const library = await openLibrary({ dir });
    loads.push(performance.now() - start);
    await library.close();
  }

  const library = await openLibrary({ dir });
  const design = createDesign({ name: 'Bench', format: { preset: null, width: 1080, height: 1080 } });
  await library.createDesign(design);
  const writes: number[] = [];
  for (let i = 0; i < 200; i++) writes.push(await time(() => library.renameDesign(design.id, `Bench ${i}`)));
  await library.close();
  return [
    { id: 'library-write-p95-10k-assets', value: percentile(writes, 95), unit: 'ms', budget: 50, kind: 'max', note: 'awaited durable write (fsync + rename) of library.json with 10k assets' },
    { id: 'library-cold-load-10k-assets', value: median(loads), unit: 'ms', budget: 300, kind: 'max', note: 'open: lock, validate library.json with 10k assets, reconcile' },
  ];
}

/**
 * Asset search over 10k assets (electron/services/library/assetSearch.ts): median of 200 queries
 * of varied kinds (words, accents, tags, type, favourites, collection, colour, date range, sorts,
 * pages) through LibraryStore.searchAssets on a library opened from disk.
 */
async function librarySearch10k(tmp: string): Promise<Result> {
  const dir = path.join(tmp, 'search10k');
  await mkdir(dir, { recursive: true });
  const file = emptyLibrary();
  file.collections = [{ id: 'cbench', name: 'Bench', createdAt: '2025-01-01T00:00:00.000Z' }];
  const words = ['plage', 'été', 'soldes', 'logo', 'portrait', 'Noël', 'produit', 'équipe'];
  const kinds = ['image', 'image', 'image', 'video', 'audio', 'font'] as const;
  for (let i = 0; i < 10_000; i++) {
    const id = createHash('sha256').update(`asset-${i}`).digest('hex');
    const hex = (n: number) => (n % 256).toString(16).padStart(2, '0');
    file.assets[id] = {
      id,
      kind: kinds[i % kinds.length],
      mime: 'image/jpeg',
      fileName: `IMG_${i}.jpg`,
      bytes: 850_000 + i,
      createdAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      ...(i % 3 === 0 ? { name: `${words[i % 8]} ${words[(i >> 3) % 8]} ${i}` } : {}),
      tags: [words[i % 8].toLowerCase(), `client-${i % 40}`],
      ...(i % 10 === 0 ? { favourite: true, notes: 'Photo retouchée pour la campagne', credit: 'Photo: Jane Doe / Unsplash' } : {}),
      ...(i % 5 === 0 ? { collections: ['cbench'] } : {}),
      // Dominant colours, as media metadata gives them (core/schema/assetMedia.ts).
      colors: [`#${hex(i * 7)}${hex(i * 13)}${hex(i * 29)}`],
    };
  }
  await writeFile(path.join(dir, 'library.json'), JSON.stringify(file));
  const library = await openLibrary({ dir, readOnly: true });
  try {
    const queries = [
      { query: 'ete' },
      { query: 'plage 12' },
      { query: 'jane unsplash', sort: 'name' as const },
      { tags: ['produit'] },
      { tags: ['client-7', 'logo'], limit: 50 },
      { kind: 'video' as const, sort: 'size' as const },
      { favourite: true, offset: 100, limit: 100 },
      { collection: 'cbench', sort: 'oldest' as const },
      { colour: '#ff3366' },
      { from: '2024-03-01T00:00:00Z', to: '2024-06-01T00:00:00Z', query: 'img' },
      {},
      { sort: 'name' as const, limit: 60 },
    ];
    // The first search after an open prepares every record (~100 ms for 10k, once); not measured here.
    library.searchAssets({});
    const runs: number[] = [];
    for (let i = 0; i < 200; i++) {
      const args = queries[i % queries.length];
      const start = performance.now();
      library.searchAssets(args);
      runs.push(performance.now() - start);
    }
    return { id: 'library-search-10k-assets', value: median(runs), unit: 'ms', budget: 50, kind: 'max', note: 'assets.list search: 12 kinds of query (words, accents, tags, colour, dates, sorts, pages)' };
  } finally {
    await library.close();
  }
}

/** The auto-fix on a camera-like JPEG (quality 95, grain on gradients) that is 2-3x Bluesky's cap. */
async function qualitySearchToCap(): Promise<Result> {
  const photo = await noisyImage(2000, 2000, { seed: 11, noise: 90 }).jpeg({ quality: 95 }).toBuffer();
  const bluesky = findFormat('bluesky-square')!;
  const first = await autoFix(photo, bluesky);
  if (!first.ok || first.bytes.length > 1_000_000) throw new Error(`quality search missed the cap: ${first.problems.join('; ')}`);
  const runs: number[] = [];
  for (let i = 0; i < 9; i++) runs.push(await time(() => autoFix(photo, bluesky)));
  return {
    id: 'quality-search-1000000-bytes-2000x2000',
    value: median(runs),
    unit: 'ms',
    budget: 500,
    kind: 'max',
    note: `auto-fix (decode, quality search, encode) of a 2000x2000 JPEG: ${photo.length} -> ${first.bytes.length} bytes`,
  };
}

/**
 * Smart resize: a 40-element page (text, shapes, photos, a group, rotations) laid out for 10
 * catalog formats at once (addVariants + resolveDesign of each): the work "Resize to..." does
 * before anything is drawn.
 */
function resizeToTenFormats(): Result {
  const design = createDesign({ name: 'Bench resize', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } });
  const elements: Element[] = [];
  for (let i = 0; i < 40; i++) {
    const x = (i % 5) * 200 + 20;
    const y = Math.floor(i / 5) * 160 + 20;
    if (i % 4 === 0) elements.push(createTextElement({ x, y, width: 180, text: `Titre ${i}`, fontSize: 32 }));
    else if (i % 4 === 1) elements.push(createImageElement({ assetId: 'b'.repeat(64), x, y, width: 180, height: 140 }));
    else elements.push({ ...createShapeElement({ shape: i % 4 === 2 ? 'rect' : 'star', x, y, width: 150, height: 120 }), rotation: (i * 17) % 90 });
  }
  design.pages[0].elements = elements;
  const ids = ['instagram-story', 'instagram-square', 'facebook-link', 'linkedin-landscape', 'x-landscape', 'tiktok-video', 'youtube-thumbnail', 'pinterest-pin', 'threads-portrait', 'bluesky-landscape'];
  const formats = ids.map((id) => findFormat(id) ?? FORMATS[0]).map((f) => ({ preset: f.id, width: f.width, height: f.height }));
  const run = () => {
    const { design: withVariants } = addVariants(design, formats);
    for (const variant of withVariants.variants ?? []) resolveDesign(withVariants, variant.id);
  };
  for (let i = 0; i < 5; i++) run();
  const runs: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    run();
    runs.push(performance.now() - start);
  }
  return { id: 'resize-40-elements-to-10-formats', value: median(runs), unit: 'ms', budget: 200, kind: 'max', note: 'layout only (core/variants), no drawing' };
}

/** Each benchmark with the ids it reports, so a filter can pick it without running it. */
const BENCHMARKS: { ids: string[]; run: (tmp: string) => Promise<Result | Result[]> | Result }[] = [
  { ids: ['still-export-1080x1350'], run: () => stillExport() },
  { ids: ['meme-fill-export-1080x1080'], run: () => memeFillExport() },
  { ids: ['carousel-10-slides-png-set-and-pdf'], run: (tmp) => carouselSetAndPdf(tmp) },
  { ids: ['open-20-page-design'], run: (tmp) => openTwentyPages(tmp) },
  { ids: ['library-write-p95-10k-assets', 'library-cold-load-10k-assets'], run: (tmp) => libraryAt10k(tmp) },
  { ids: ['library-search-10k-assets'], run: (tmp) => librarySearch10k(tmp) },
  { ids: ['library-import-1000-jpegs'], run: (tmp) => libraryImport1000(tmp) },
  { ids: ['quality-search-1000000-bytes-2000x2000'], run: () => qualitySearchToCap() },
  { ids: ['resize-40-elements-to-10-formats'], run: () => resizeToTenFormats() },
  { ids: ['editor-drag-fps-300-objects', 'editor-open-20-page-design'], run: () => editorBenchmarks() },
  { ids: [...VIDEO_REEL_IDS], run: (tmp) => videoReelBenchmarks(tmp) },
  { ids: ['post-bundle-5-networks'], run: (tmp) => postBundle(tmp) },
  { ids: [...CALENDAR_IDS], run: () => calendarBenchmarks() },
];

async function main(filters: string[]): Promise<void> {
  const chosen = BENCHMARKS.filter((b) => filters.length === 0 || b.ids.some((id) => filters.some((word) => id.includes(word))));
  if (chosen.length === 0) {
    console.error(`No benchmark id contains ${filters.join(' or ')}. Ids: ${BENCHMARKS.flatMap((b) => b.ids).join(', ')}`);
    process.exitCode = 1;
    return;
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'affiche-bench-'));
  try {
    // How busy the machine is, before and after: the yardsticks and load averages (bench/machine.ts).
    const startedAt = new Date();
    const loadStart = loadAverages();
    const yardstickStart = await sampleYardstick();
    const results: Result[] = [];
    for (const benchmark of chosen) results.push(...[await benchmark.run(tmp)].flat());
    const yardstickEnd = await sampleYardstick();
    const machine = machineContext(startedAt, loadStart, yardstickStart, yardstickEnd, loadAverages());

    const ratioOf = (r: Result) => (r.value === null ? null : budgetRatio(r.value, r.budget, r.kind));
    // Yardsticks scale durations and rates; a ratio between two runs of the same machine needs none.
    const scaled = (r: Result, yardstickMs: number) => (r.value === null || !YARDSTICK_UNITS.has(r.unit) ? null : perYardstick(r.value, r.unit, yardstickMs));
    const fixed = (v: number | null, digits: number) => (v === null ? '-' : v.toFixed(digits));
    const rows = results.map((r) => {
      const ratio = ratioOf(r);
      return [
        r.id,
        r.value === null ? 'n/a' : `${r.value.toFixed(r.unit === 'x' ? 2 : 1)} ${r.unit}`,
        `${r.kind === 'max' ? '<=' : '>='} ${r.budget} ${r.unit}`,
        fixed(ratio, 2),
        ratio === null ? 'n/a' : ratio <= 1 ? 'ok' : 'OVER',
        fixed(scaled(r, machine.yardstick.sharpMs), 2),
        fixed(scaled(r, machine.yardstick.jsMs), 2),
        r.note,
      ];
    });
    const header = ['benchmark', 'value', 'budget', 'ratio', '', 'sharp-ys', 'js-ys', 'what'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
    console.log(describeMachine(machine));
    console.log('sharp-ys / js-ys: the value in yardsticks (a duration divided by the yardstick, a rate multiplied by it)\n');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    rows.forEach((row) => console.log(line(row)));
    const round = (v: number | null, digits: number) => (v === null ? null : Math.round(v * 10 ** digits) / 10 ** digits);
    const rounded = results.map((r) => ({
      id: r.id,
      value: round(r.value, r.unit === 'x' ? 3 : 1),
      unit: r.unit,
      budget: r.budget,
      ratio: round(ratioOf(r), 3),
      perYardstick: { sharp: round(scaled(r, machine.yardstick.sharpMs), 3), js: round(scaled(r, machine.yardstick.jsMs), 3) },
      note: r.note,
      machine,
    }));
    const file = path.join(repo, 'bench-results.json');
    // A filtered run updates its own rows and keeps the others from the last run (each row carries its run's machine).
    let kept: { id: string }[] = [];
    if (filters.length > 0) {
      const previous: unknown = await readFile(file, 'utf8').then(JSON.parse, () => []);
      if (Array.isArray(previous)) kept = previous.filter((row: { id?: unknown }) => typeof row?.id === 'string' && !rounded.some((r) => r.id === row.id));
    }
    await writeFile(file, JSON.stringify([...kept, ...rounded], null, 2) + '\n');
    console.log('\nwrote bench-results.json');
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

await main(process.argv.slice(2).filter((arg) => !arg.startsWith('-')));

/**
 * `library-import-1000-jpegs` (docs/architecture.md, Budgets: import 1,000 photos with thumbnails >= 50 files/s).
 *
 * 1,000 distinct 2000x1500 JPEGs that compress like photos (gradients + grain, ~1 MB each) are
 * made once with sharp in a temp folder (not timed), then imported into a fresh library the way
 * `affiche library import` and the app do it: read the file, `LibraryStore.importAsset(name,
 * bytes)` (assetStore.ts + mediaImport/: sniff, header checks, decode, WebP thumbnail, dominant
 * colours, durable blob + thumbnail + library.json writes). A file counts once its import
 * resolved, i.e. once its record is on disk.
 *
 * Callers may have several imports running at once (a folder dropped on the app); AssetStore
 * bounds the work itself, so the bench keeps a few files in flight, like such a caller would.
 */
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { openLibrary } from '../electron/services/library/library';
import { noisyPixels } from '../electron/services/preflight/testImages';
import type { BenchResult } from './editorFps';

const WIDTH = 2000;
const HEIGHT = 1500;

/**
 * Detail at every scale, as in a photo: blotches (coarse noise blown up 16x) for the thumbnail,
 * grain (fine noise on a gradient) for the JPEG's size.
 */
async function photoLike(seed: number): Promise<{ data: Buffer; channels: 3 | 4 }> {
  const fine = noisyPixels(WIDTH, HEIGHT, { seed, noise: 40 });
  const small = noisyPixels(WIDTH / 16, HEIGHT / 20, { seed: seed + 100, noise: 255 });
  const coarse = await sharp(small.data, { raw: { width: WIDTH / 16, height: HEIGHT / 20, channels: small.channels } })
    .resize(WIDTH, HEIGHT, { fit: 'fill', kernel: 'cubic' })
    .raw()
    .toBuffer();
  for (let i = 0; i < fine.data.length; i++) fine.data[i] = (fine.data[i] + coarse[i]) >> 1;
  return fine;
}

/** Photo-like files: a few grainy gradients, each turned, tinted and captioned differently. */
async function makePhotos(dir: string, count: number): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const bases = await Promise.all(Array.from({ length: 6 }, (_, seed) => photoLike(seed + 1)));
  const files: string[] = [];
  const make = async (i: number) => {
    const base = bases[i % bases.length];
    let image = sharp(base.data, { raw: { width: WIDTH, height: HEIGHT, channels: base.channels } });
    if (i & 1) image = image.flop();
    if (i & 2) image = image.flip();
    const file = path.join(dir, `IMG_${String(i).padStart(4, '0')}.jpg`);
    await image
      // A tint per file (a hue turn would cost a colour-space round trip: 2x slower to make).
      .linear([0.8 + (i % 5) * 0.08, 0.8 + (i % 7) * 0.05, 0.8 + (i % 11) * 0.03], [(i % 13) * 3, 0, (i % 3) * 8])
      .jpeg({ quality: 85 })
      // A caption per file: no two files are byte-identical, so none imports as a duplicate.
      .withExif({ IFD0: { ImageDescription: `Bench photo ${i}` } })
      .toFile(file);
    files.push(file);
  };
  let next = 0;
  const worker = async () => {
    while (next < count) await make(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, os.availableParallelism()) }, worker));
  return files.sort();
}

export async function libraryImport1000(tmp: string, options: { count?: number; inFlight?: number } = {}): Promise<BenchResult> {
  const count = options.count ?? 1000;
  const inFlight = options.inFlight ?? 4;
  const photos = path.join(tmp, 'photos');
  const makeStart = performance.now();
  const files = await makePhotos(photos, count);
  const made = performance.now() - makeStart;
  let totalBytes = 0;
  for (const file of files) totalBytes += (await stat(file)).size;

  const dir = path.join(tmp, 'import1000');
  const library = await openLibrary({ dir });
  let imported = 0;
  let elapsed: number;
  let cpuSeconds: number;
  try {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    let next = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++];
        const bytes = new Uint8Array(await readFile(file));
        const { duplicate } = await library.importAsset(path.basename(file), bytes);
        if (!duplicate) imported++;
      }
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    elapsed = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    cpuSeconds = (cpu.user + cpu.system) / 1e6;
  } finally {
    await library.close();
  }

  // The figure only counts if the work was really done: every record, blob, thumbnail and colour.
  const reopened = await openLibrary({ dir, readOnly: true });
  try {
    const assets = reopened.listAssets({});
    if (imported !== count || assets.length !== count) throw new Error(`imported ${imported}, listed ${assets.length}, expected ${count}`);
    const thumbs = new Set(await readdir(path.join(dir, 'thumbs')));
    const blobs = new Set(await readdir(path.join(dir, 'blobs')));
    for (const asset of assets) {
      if (asset.width !== WIDTH || asset.height !== HEIGHT) throw new Error(`${asset.fileName}: ${asset.width}x${asset.height}`);
      if (!asset.colors?.length) throw new Error(`${asset.fileName}: no colours`);
      if (!blobs.has(asset.id) || !thumbs.has(`${asset.id}.webp`)) throw new Error(`${asset.fileName}: blob or thumbnail missing`);
    }
  } finally {
    await reopened.close();
  }

  const perSecond = count / (elapsed / 1000);
  const meanMb = totalBytes / count / 1e6;
  return {
    id: 'library-import-1000-jpegs',
    value: perSecond,
    unit: 'files/s',
    budget: 50,
    kind: 'min',
    note: `${count} JPEGs ${WIDTH}x${HEIGHT} (~${meanMb.toFixed(1)} MB) read + imported (thumbnail, colours, durable records), ${inFlight} in flight; ${(elapsed / 1000).toFixed(1)} s, CPU ${cpuSeconds.toFixed(1)} s on ${os.availableParallelism()} cores (making them: ${(made / 1000).toFixed(0)} s, not counted)`,
  };
}

// Run alone: npx tsx bench/libraryImport.ts [count] [inFlight]
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'affiche-bench-import-'));
  try {
    const result = await libraryImport1000(tmp, { count: Number(process.argv[2] ?? 1000), inFlight: Number(process.argv[3] ?? 4) });
    console.log(`${result.id}: ${result.value?.toFixed(1) ?? 'n/a'} ${result.unit} (budget >= ${result.budget}) — ${result.note}`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

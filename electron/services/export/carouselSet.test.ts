/**
 * A carousel exported as a numbered set (docs/architecture.md, "Carousels"): files that sort in
 * slide order, over the network's slide cap either a note asking to split or the set split into
 * even posts, and the slides' alt text in a CSV beside the files. Real renders, real zips.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { createPage } from '../../../core/schema/factory';
import type { Design } from '../../../core/schema';
import { createBackend, type Backend } from '../backend';
import { callOn, runJobOn, stageTarget } from '../testing/backendTesting';

let dir: string;
let backend: Backend;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-set-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Slide i is filled with grey level 10 * i, so each file tells which slide it is. */
const greyOf = (i: number) => 10 * i;

async function carousel(slides: number, altText?: (i: number) => string | undefined): Promise<Design> {
  const { design } = await callOn(backend, 'designs.create', { name: 'Soldes d’été', kind: 'carousel', format: { preset: 'instagram-square', width: 1080, height: 1080 } });
  design.pages = Array.from({ length: slides }, (_, i) => {
    const hex = greyOf(i).toString(16).padStart(2, '0');
    const text = altText?.(i);
    return { ...createPage(), background: { fill: `#${hex}${hex}${hex}` }, ...(text !== undefined ? { altText: text } : {}) };
  });
  await callOn(backend, 'designs.save', { design });
  return design;
}

async function slideOf(png: Uint8Array): Promise<number> {
  const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return Math.round(data[0] / 10);
}

describe('numbered set over the slide cap', () => {
  it('21 Instagram slides: the set is whole, and its notes ask to split in English and French, with the API cap as a hint', async () => {
    const design = await carousel(21);
    const target = stageTarget(backend, 'set.zip');
    const { result } = await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', target: target.id });
    const files = Object.keys(unzipSync(new Uint8Array(readFileSync(target.path))));
    expect(files).toEqual(Array.from({ length: 21 }, (_, i) => `Soldes d’été-${String(i + 1).padStart(2, '0')}.png`));
    expect([...files].sort()).toEqual(files);
    expect(result.notes.map((note) => formatMessage(note, 'en'))).toEqual([
      '21 slides: Instagram takes 20; export as 2 posts?',
      'Scheduling tools that publish through Instagram’s API take at most 10 per post.',
    ]);
    expect(formatMessage(result.notes[0], 'fr')).toBe('21\u00a0diapositives\u00a0: Instagram en accepte 20\u202f; exporter en 2\u00a0publications\u202f?');
  });

  it('split: two posts of 11 and 10 slides, named by post then slide, each file the right slide', async () => {
    const design = await carousel(21);
    const target = stageTarget(backend, 'set.zip');
    const { result } = await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', split: true, target: target.id });
    const zip = unzipSync(new Uint8Array(readFileSync(target.path)));
    const names = Object.keys(zip);
    const expected = [
      ...Array.from({ length: 11 }, (_, i) => `Soldes d’été-post1-${String(i + 1).padStart(2, '0')}.png`),
      ...Array.from({ length: 10 }, (_, i) => `Soldes d’été-post2-${String(i + 1).padStart(2, '0')}.png`),
    ];
    expect(names).toEqual(expected);
    expect([...names].sort()).toEqual(names);
    expect(result.images.map((image) => image.post)).toEqual([...Array(11).fill(0), ...Array(10).fill(1)]);
    for (const [i, name] of names.entries()) {
      const meta = await sharp(zip[name]).metadata();
      expect([meta.width, meta.height]).toEqual([1080, 1080]);
      expect(await slideOf(zip[name])).toBe(i);
    }
    expect(formatMessage(result.notes[0], 'en')).toBe('Split into 2 posts for Instagram (11 + 10 slides).');
    expect(result.notes.map((note) => note.key)).not.toContain('carouselExport.overCap');
  });

  it('split for several formats: each by its own network’s cap, files named by format then post', async () => {
    const design = await carousel(9);
    const target = stageTarget(backend, 'set.zip');
    const { result } = await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', split: true, formats: { ids: ['instagram-square', 'x-portrait'], allVariants: false }, target: target.id });
    const names = result.images.map((image) => image.name);
    // Instagram takes 9 in one post (named by format, as any export in several formats); X takes 4: 3 + 3 + 3.
    expect(names.slice(0, 9)).toEqual(Array.from({ length: 9 }, (_, i) => `Soldes d’été-instagram-square-0${i + 1}.png`));
    expect(names.slice(9)).toEqual([1, 2, 3].flatMap((post) => [1, 2, 3].map((n) => `Soldes d’été-x-portrait-post${post}-0${n}.png`)));
    expect(result.notes.map((note) => formatMessage(note, 'en'))).toEqual(['Split into 3 posts for X (3 + 3 + 3 slides).']);
  });

  it('at the cap or under it, no note and no split', async () => {
    const design = await carousel(4);
    const target = stageTarget(backend, 'set.zip');
    const { result } = await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', split: true, target: target.id });
    expect(result.notes).toEqual([]);
    expect(result.images.map((image) => image.name)).toEqual(['01', '02', '03', '04'].map((n) => `Soldes d’été-${n}.png`));
  });
});

describe('alt text beside the set', () => {
  const texts = ['Une affiche « Soldes d’été » : -50 %', undefined, 'Texte, avec "guillemets"\net un retour à la ligne 😀'];

  function parsedByPython(bytes: Uint8Array): string[][] {
    const script = 'import csv,io,json,sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode("utf-8-sig"), newline="")))))';
    const run = spawnSync('python3', ['-c', script], { input: Buffer.from(bytes), encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout) as string[][];
  }

  it('in the zip: <name>-alt-text.csv, one line per file, read back by an independent CSV parser', async () => {
    const design = await carousel(3, (i) => texts[i]);
    const target = stageTarget(backend, 'set.zip');
    const { result } = await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'jpeg', target: target.id });
    expect(result.altTextFile).toBe('Soldes d’été-alt-text.csv');
    const zip = unzipSync(new Uint8Array(readFileSync(target.path)));
    const csv = zip['Soldes d’été-alt-text.csv'];
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parsedByPython(csv)).toEqual([
      ['file', 'alt_text'],
      ['Soldes d’été-01.jpg', texts[0]],
      ['Soldes d’été-02.jpg', ''],
      ['Soldes d’été-03.jpg', texts[2]],
    ]);
  });

  it('in a folder (the command line), and none when no slide has alt text', async () => {
    const withText = await carousel(2, (i) => (i === 1 ? 'Deuxième diapositive' : undefined));
    const folder = mkdtempSync(path.join(os.tmpdir(), 'affiche-set-out-'));
    try {
      await runJobOn(backend, 'designs.exportImages', { design: { id: withText.id }, type: 'png', packaging: 'files', target: backend.staging.target(folder, 'folder').id });
      expect(readdirSync(folder).sort()).toEqual(['Soldes d’été-01.png', 'Soldes d’été-02.png', 'Soldes d’été-alt-text.csv']);
      expect(parsedByPython(readFileSync(path.join(folder, 'Soldes d’été-alt-text.csv')))[2]).toEqual(['Soldes d’été-02.png', 'Deuxième diapositive']);
      const plain = await carousel(2);
      const other = mkdtempSync(path.join(os.tmpdir(), 'affiche-set-out-'));
      const { result } = await runJobOn(backend, 'designs.exportImages', { design: { id: plain.id }, type: 'png', packaging: 'files', target: backend.staging.target(other, 'folder').id });
      expect(result.altTextFile).toBeUndefined();
      expect(readdirSync(other).sort()).toEqual(['Soldes d’été-01.png', 'Soldes d’été-02.png']);
      rmSync(other, { recursive: true, force: true });
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

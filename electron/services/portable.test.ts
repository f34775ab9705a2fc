/**
 * .affiche files: what Affiche exports, Affiche imports again (a property over generated designs,
 * through the real export job and the real import call); the export refuses, before writing, what
 * the import would refuse; an import is all or nothing and names the file and the entry at fault.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../core/api';
import { formatMessage } from '../../core/messages';
import {
  createDesign,
  createImageElement,
  createShapeElement,
  createTextElement,
  createVideoElement,
  DESIGN_KINDS,
  SHAPE_KINDS,
  type Design,
  type Element,
} from '../../core/schema';
import { emptyLibrary } from '../../core/schema/library';
import { createBackend, type Backend } from './backend';
import { checkPortableFits, PORTABLE_LIMITS, packDesign, readPortable } from './portable';
import { readCentralDirectory } from './library/archive/zipReader';
import { callOn, runJobOn, staged, stageTarget } from './testing/backendTesting';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'affiche-portable-test-'));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function failure(backend: Backend, method: 'designs.importPortable', args: { fileName: string; source: string }): Promise<ApiError> {
  const outcome = await backend.dispatch(method, args);
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.error;
}

/** A zip with exactly these entries, in this order, stored (duplicates and odd names allowed). */
function rawZip(entries: Array<[string, Uint8Array]>): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, data] of entries) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(data, true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** What an import leaves: the asset records and the files of blobs/ and thumbs/. */
async function libraryState(backend: Backend) {
  const dir = backend.library.dir;
  return {
    assets: (await callOn(backend, 'assets.list', {})).assets.map((a) => a.id).sort(),
    blobs: readdirSync(path.join(dir, 'blobs')).sort(),
    thumbs: readdirSync(path.join(dir, 'thumbs')).filter((f) => !f.startsWith('design-')).sort(),
    designs: (await callOn(backend, 'designs.list', {})).designs.length,
  };
}

describe('.affiche round trip (property): every design Affiche exports, Affiche imports again', () => {
  let source: Backend;
  let target: Backend;
  let media: string[];

  beforeAll(async () => {
    source = await createBackend({ libraryDir: tmp(), transport: 'inprocess', validateResults: true });
    target = await createBackend({ libraryDir: tmp(), transport: 'inprocess', validateResults: true });
    media = [];
    for (const [name, color] of [['red.png', '#ff0000'], ['blue.jpg', '#0000ff'], ['green.webp', '#00aa00']] as const) {
      const image = sharp({ create: { width: 40, height: 30, channels: 3, background: color } });
      const bytes = await (name.endsWith('.png') ? image.png() : name.endsWith('.jpg') ? image.jpeg() : image.webp()).toBuffer();
      media.push((await callOn(source, 'assets.import', await staged(source, name, bytes))).asset.id);
    }
    // An SVG is stored sanitised, under the hash of what is stored.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><style>rect{fill:u\\72l(http://evil/x)}</style><rect width="20" height="20" fill="#123456"/></svg>';
    media.push((await callOn(source, 'assets.import', await staged(source, 'logo.svg', strToU8(svg)))).asset.id);
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  const coordinate = fc.integer({ min: -2000, max: 4000 });
  const side = fc.integer({ min: 1, max: 3000 });
  const color = fc.constantFrom('#ff0000', '#00ff0080', '#123456', 'transparent');
  const base = fc.record({ x: coordinate, y: coordinate, width: side, height: side, rotation: fc.integer({ min: -360, max: 360 }), opacity: fc.double({ min: 0, max: 1, noNaN: true }) });
  const leaf = (assets: string[]): fc.Arbitrary<Element> =>
    fc.oneof(
      fc.tuple(base, fc.string({ maxLength: 40 }), fc.constantFrom('Inter', 'Pacifico', 'Anton'), fc.integer({ min: 8, max: 300 }), color).map(([b, text, fontFamily, fontSize, fill]) =>
        createTextElement({ ...b, text, fontFamily, fontSize, fill, styles: text.length > 1 ? [{ start: 0, end: 1, fontWeight: 700 }] : undefined }),
      ),
      fc.tuple(base, fc.constantFrom(...SHAPE_KINDS), color).map(([b, shape, fill]) => createShapeElement({ ...b, shape, fill, stroke: { color: '#000000', width: 2 } })),
      fc.tuple(base, fc.constantFrom(...assets), fc.boolean()).map(([b, assetId, flipX]) => createImageElement({ ...b, assetId, flipX, crop: { x: 0.1, y: 0, width: 0.5, height: 1 } })),
    );
  const element = (assets: string[]): fc.Arbitrary<Element> =>
    fc.oneof(
      { weight: 4, arbitrary: leaf(assets) },
      {
        weight: 1,
        arbitrary: fc.tuple(base, fc.array(leaf(assets), { minLength: 1, maxLength: 3 })).map(
          ([b, children]) => ({ ...b, id: `g${sha256(strToU8(JSON.stringify(children))).slice(0, 10)}`, type: 'group', name: 'Group', locked: false, hidden: false, children }) as Element,
        ),
      },
    );
  const design = (assets: string[]): fc.Arbitrary<Design> =>
    fc
      .record({
        name: fc.string({ minLength: 1, maxLength: 60 }).filter((n) => n.trim().length > 0),
        kind: fc.constantFrom(...DESIGN_KINDS),
        width: fc.integer({ min: 1, max: 8000 }),
        height: fc.integer({ min: 1, max: 8000 }),
        pages: fc.array(fc.tuple(fc.array(element(assets), { maxLength: 6 }), color, fc.option(fc.constantFrom(...assets), { nil: undefined })), { minLength: 1, maxLength: 3 }),
        variants: fc.integer({ min: 0, max: 2 }),
      })
      .map(({ name, kind, width, height, pages, variants }) => {
        const d = createDesign({ name, kind, format: { preset: null, width, height } });
        d.pages = pages.map(([elements, fill, image], i) => ({
          id: `p${i}`,
          background: { fill, ...(image ? { image: { assetId: image, fit: 'cover' as const, focalX: 0.5, focalY: 0.3 } } : {}) },
          elements,
        }));
        if (variants > 0) {
          const first = d.pages[0].elements[0];
          d.variants = Array.from({ length: variants }, (_, i) => ({
            id: `v${i}`,
            format: { preset: null, width: 1080, height: 1920 - i },
            overrides: first ? { [first.id]: { x: 1, y: 2, width: 3, height: 4, rotation: 0 } } : {},
          }));
        }
        return d;
      });

  it('generated designs: the design comes back equal (new id and name aside) with the same media, byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(design(media), async (generated) => {
        await source.library.createDesign(generated);
        const file = stageTarget(source, 'x.affiche');
        await runJobOn(source, 'designs.exportPortable', { id: generated.id, target: file.id });
        const bytes = new Uint8Array(readFileSync(file.path));
        // Compact JSON, media stored as they are.
        const entries = (await readCentralDirectory(await fs.open(file.path), bytes.length, 100)).entries;
        expect(entries.find((e) => e.name === 'design.json')!.method).toBe(8);
        expect(entries.filter((e) => e.name.startsWith('blobs/')).every((e) => e.method === 0)).toBe(true);
        const { design: written } = await readPortable(file.path, 'x.affiche');
        expect(written).toEqual(generated);

        const summary = await callOn(target, 'designs.importPortable', await staged(target, 'x.affiche', bytes));
        const { design: imported } = await callOn(target, 'designs.get', { id: summary.id });
        const { id: _a, name: _b, createdAt: _c, updatedAt: _d, ...rest } = imported;
        const { id: _e, name: _f, createdAt: _g, updatedAt: _h, ...expected } = generated;
        expect(rest).toEqual(expected);
        expect(imported.name.startsWith(generated.name.replace(/ \(\d+\)$/, ''))).toBe(true);
        for (const id of new Set(written.pages.flatMap((p) => [...(p.background.image ? [p.background.image.assetId] : []), ...JSON.stringify(p.elements).matchAll(/"assetId":"([0-9a-f]{64})"/g)].map((m) => (typeof m === 'string' ? m : m[1]))))) {
          expect(Buffer.from(await target.library.readAsset(id)).equals(Buffer.from(await source.library.readAsset(id)))).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('.affiche with video, sound, a library font and variants', () => {
  it('round-trips them, and a design referring to media it does not carry still opens', async () => {
    const dir = tmp();
    const videoFile = path.join(dir, 'clip.mp4');
    const audioFile = path.join(dir, 'a.m4a');
    const { execFileSync } = await import('node:child_process');
    execFileSync('/usr/bin/ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=64x48:rate=10', '-t', '1', '-pix_fmt', 'yuv420p', '-y', videoFile]);
    execFileSync('/usr/bin/ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '1', '-y', audioFile]);
    const a = await createBackend({ libraryDir: path.join(dir, 'a'), transport: 'inprocess', validateResults: true });
    const b = await createBackend({ libraryDir: path.join(dir, 'b'), transport: 'inprocess', validateResults: true });
    try {
      const video = (await callOn(a, 'assets.import', await staged(a, 'clip.mp4', readFileSync(videoFile)))).asset;
      const sound = (await callOn(a, 'assets.import', await staged(a, 'a.m4a', readFileSync(audioFile)))).asset;
      const d = createDesign({ name: 'Reel', kind: 'video', format: { preset: null, width: 1080, height: 1920 } });
      d.pages[0].elements.push(createVideoElement({ assetId: video.id, x: 0, y: 0, width: 1080, height: 810, trimInMs: 100 }));
      d.pages[0].elements.push(createImageElement({ assetId: 'f'.repeat(64), x: 0, y: 0, width: 10, height: 10 }));
      d.audio = { assetId: sound.id, volume: 0.8, startMs: 0, fadeInMs: 100, fadeOutMs: 200 };
      await a.library.createDesign(d);
      const file = stageTarget(a, 'Reel.affiche');
      await runJobOn(a, 'designs.exportPortable', { id: d.id, target: file.id });
      const summary = await callOn(b, 'designs.importPortable', await staged(b, 'Reel.affiche', readFileSync(file.path)));
      const { design } = await callOn(b, 'designs.get', { id: summary.id });
      expect(design.pages).toEqual(d.pages);
      expect(design.audio).toEqual(d.audio);
      expect((await callOn(b, 'assets.list', {})).assets.map((x) => [x.kind, x.id]).sort()).toEqual([
        ['audio', sound.id],
        ['video', video.id],
      ].sort());
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('the export refuses what the import would refuse', () => {
  it('more than a zip without ZIP64 holds: refused before writing, in both languages, nothing left', async () => {
    // A library whose records point at three 1.5 GB videos (sparse files: no disk used). The
    // export refuses from their sizes, before reading a byte of them.
    const dir = tmp();
    const index = emptyLibrary();
    const ids = ['a', 'b', 'c'].map((c) => c.repeat(64));
    mkdirSync(path.join(dir, 'blobs'), { recursive: true });
    for (const id of ids) {
      writeFileSync(path.join(dir, 'blobs', id), '');
      truncateSync(path.join(dir, 'blobs', id), 1.5 * 1024 ** 3);
      index.assets[id] = { id, kind: 'video', mime: 'video/mp4', fileName: `${id[0]}.mp4`, bytes: 1.5 * 1024 ** 3, createdAt: new Date().toISOString() };
    }
    writeFileSync(path.join(dir, 'library.json'), JSON.stringify(index));
    const backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
    try {
      const d = createDesign({ name: 'Trois vidéos', kind: 'video', format: { preset: null, width: 1080, height: 1920 } });
      d.pages[0].elements = ids.map((assetId) => createVideoElement({ assetId, x: 0, y: 0, width: 100, height: 100 }));
      await backend.library.createDesign(d);
      const file = stageTarget(backend, 'Trois vidéos.affiche');
      const outcome = await runJobOn(backend, 'designs.exportPortable', { id: d.id, target: file.id }).then(
        () => null,
        (error: unknown) => error as { detail?: { key: string }; message: string },
      );
      const job = (await callOn(backend, 'jobs.list', {})).jobs.find((j) => j.type === 'designs.exportPortable')!;
      expect(job.status).toBe('failed');
      expect(job.error).toMatchObject({ key: 'designFile.tooLargeToWrite', params: { gigabytes: 4.5, max: 4 } });
      expect(job.error!.message).toBe('"Trois vidéos.affiche" would be 4.5 GB with its media, and a .affiche file holds at most 4 GB (a zip without ZIP64). Nothing was written.');
      expect(formatMessage(job.error as never, 'fr')).toBe(
        '«\u00a0Trois vidéos.affiche\u00a0» pèserait 4,5\u00a0Go avec ses médias, et un fichier .affiche contient au plus 4\u00a0Go (un zip sans ZIP64). Rien n’a été écrit.',
      );
      expect(outcome).not.toBeNull();
      expect(existsSync(file.path)).toBe(false);
      expect(readdirSync(path.dirname(file.path))).toEqual([]);
    } finally {
      await backend.close();
    }
  });

  it('an original altered in the library folder is refused by its hash, and nothing is written', async () => {
    const backend = await createBackend({ libraryDir: tmp(), transport: 'inprocess', validateResults: true });
    try {
      const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#ff00ff' } }).png().toBuffer();
      const asset = (await callOn(backend, 'assets.import', await staged(backend, 'rose.png', png))).asset;
      const d = createDesign({ name: 'Rose', format: { preset: null, width: 100, height: 100 } });
      d.pages[0].elements.push(createImageElement({ assetId: asset.id, x: 0, y: 0, width: 8, height: 8 }));
      await backend.library.createDesign(d);
      const blob = path.join(backend.library.dir, 'blobs', asset.id);
      writeFileSync(blob, Buffer.concat([png, Buffer.from('tampered')]));
      const file = stageTarget(backend, 'Rose.affiche');
      const error = await runJobOn(backend, 'designs.exportPortable', { id: d.id, target: file.id }).then(
        () => null,
        (e: unknown) => e as { detail: { key: string }; message: string },
      );
      expect(error?.message).toBe('The original of "rose.png" in the library folder was altered or damaged: its content no longer matches its checksum. Nothing was written.');
      expect(readdirSync(path.dirname(file.path))).toEqual([]);
    } finally {
      await backend.close();
    }
  });

  it('up to the format’s limits it writes; past them it refuses (entries, design data, total size)', () => {
    const GB = 1024 ** 3;
    // Two videos at the media limit do not fit in 4 GB; one with another nearly as large does.
    expect(() => checkPortableFits('x.affiche', 100_000, [PORTABLE_LIMITS.maxMediaBytes, PORTABLE_LIMITS.maxMediaBytes])).toThrow('a .affiche file holds at most 4 GB');
    expect(() => checkPortableFits('x.affiche', 100_000, [PORTABLE_LIMITS.maxMediaBytes, 1.99 * GB])).not.toThrow();
    expect(() => checkPortableFits('x.affiche', PORTABLE_LIMITS.maxDesignBytes + 1, [])).toThrow('the design alone is 65 MB');
    expect(() => checkPortableFits('x.affiche', 1000, Array.from({ length: PORTABLE_LIMITS.maxEntries }, () => 10))).toThrow('holds at most 65,000');
    expect(() => checkPortableFits('x.affiche', 1000, Array.from({ length: PORTABLE_LIMITS.maxEntries - 1 }, () => 10))).not.toThrow();
    // What it lets through, the import's own limits take: every entry within its cap, the file within 4 GB.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: PORTABLE_LIMITS.maxDesignBytes }), fc.array(fc.integer({ min: 1, max: PORTABLE_LIMITS.maxMediaBytes }), { maxLength: 5 }), (design, sizes) => {
        let fits = true;
        try {
          checkPortableFits('x.affiche', design, sizes);
        } catch {
          fits = false;
        }
        const total = design + sizes.reduce((a, b) => a + b, 0);
        if (fits) expect(total).toBeLessThan(PORTABLE_LIMITS.maxFileBytes);
        if (total + 10_000 < PORTABLE_LIMITS.maxFileBytes - 1024 ** 2) expect(fits).toBe(true);
      }),
    );
  });
});

describe('.affiche import: checked whole, all or nothing, the fault named', () => {
  let backend: Backend;
  let png: Uint8Array;
  const design = createDesign({ name: 'Soldes', format: { preset: null, width: 100, height: 100 } });

  beforeAll(async () => {
    backend = await createBackend({ libraryDir: tmp(), transport: 'inprocess', validateResults: true });
    png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#abcdef' } }).png().toBuffer();
  });
  afterAll(async () => {
    await backend.close();
  });

  it('a medium the library refuses: nothing is left, not even the media imported before it; the message names the file and the entry', async () => {
    const pdf = strToU8('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
    const withMedia = { ...design, pages: [{ ...design.pages[0], elements: [createImageElement({ assetId: sha256(png), x: 0, y: 0, width: 8, height: 8 })] }] };
    const zip = rawZip([
      ['design.json', strToU8(JSON.stringify(withMedia))],
      [`blobs/${sha256(png)}`, png],
      [`blobs/${sha256(pdf)}`, pdf],
    ]);
    const before = await libraryState(backend);
    const error = await failure(backend, 'designs.importPortable', await staged(backend, 'soldes.affiche', zip));
    expect(error).toMatchObject({ code: 'bad-file', key: 'designFile.mediumRefused', params: { file: 'soldes.affiche', entry: `blobs/${sha256(pdf).slice(0, 12)}…` } });
    expect(error.message).toMatch(/^"soldes\.affiche" cannot be imported \(blobs\/[0-9a-f]{12}…: "asset-[0-9a-f]{8}" is not a file Affiche can import \(.*PDF.*\)\)\. Nothing was imported\.$/);
    expect(formatMessage(error as never, 'fr')).toMatch(/^Impossible d’importer «\u00a0soldes\.affiche\u00a0» \(blobs\/[0-9a-f]{12}…\u00a0: .*\)\. Rien n’a été importé\.$/);
    expect(await libraryState(backend)).toEqual(before);
    // What was in the library before stays, even when the failing import used it too.
    await callOn(backend, 'assets.import', await staged(backend, 'kept.png', png));
    const withKept = await libraryState(backend);
    await failure(backend, 'designs.importPortable', await staged(backend, 'soldes.affiche', zip));
    expect(await libraryState(backend)).toEqual(withKept);
  });

  it('a medium that does not hash to its name: refused, nothing imported', async () => {
    const other = await sharp({ create: { width: 9, height: 9, channels: 3, background: '#123123' } }).png().toBuffer();
    const zip = rawZip([
      ['design.json', strToU8(JSON.stringify(design))],
      [`blobs/${sha256(other)}`, other],
      [`blobs/${'0'.repeat(64)}`, png],
    ]);
    const before = await libraryState(backend);
    const error = await failure(backend, 'designs.importPortable', await staged(backend, 'x.affiche', zip));
    expect(error).toMatchObject({ key: 'designFile.checksum', message: '"x.affiche": blobs/000000000000… does not match its checksum (damaged file)' });
    expect(await libraryState(backend)).toEqual(before);
  });

  it.each([
    ['two design.json', () => rawZip([['design.json', strToU8(JSON.stringify(design))], ['design.json', strToU8('{}')]]), 'designFile.entryTwice', '"x.affiche": design.json is in the file twice'],
    ['the same medium twice', () => rawZip([['design.json', strToU8(JSON.stringify(design))], [`blobs/${sha256(png)}`, png], [`blobs/${sha256(png)}`, png]]), 'designFile.entryTwice', /blobs\/[0-9a-f]{12}… is in the file twice/],
    ['a path out of the file', () => rawZip([['design.json', strToU8(JSON.stringify(design))], ['../../evil.sh', strToU8('rm -rf ~')]]), 'designFile.unknownEntry', '"x.affiche": ../../evil.sh is not part of an Affiche design file'],
    ['not a zip', () => strToU8('hello world, not a zip at all'), 'designFile.notZip', '"x.affiche" is not an Affiche design file (.affiche is a zip archive)'],
    ['a truncated zip', () => rawZip([['design.json', strToU8(JSON.stringify(design))]]).subarray(0, 60), 'designFile.refused', /^"x\.affiche" cannot be opened: the zip is truncated/],
    ['no design.json', () => rawZip([['readme.txt', strToU8('hi')]]), 'designFile.unknownEntry', '"x.affiche": readme.txt is not part of an Affiche design file'],
    ['an empty zip', () => zipSync({}), 'designFile.noDesign', '"x.affiche" has no design.json inside'],
    ['a bad design', () => rawZip([['design.json', strToU8('{"schemaVersion":1,"id":"x"}')]]), 'schema.invalidDesign', /^"x\.affiche" is not a valid design/],
    ['a future design', () => rawZip([['design.json', strToU8('{"schemaVersion":40}')]]), 'schema.futureVersion', /^"x\.affiche" was made by a newer Affiche/],
    ['a design nested a million deep', () => zipSync({ 'design.json': [strToU8('['.repeat(1e6) + ']'.repeat(1e6)), { level: 0 }] }), 'schema.tooDeeplyNested', '"x.affiche" is too deeply nested (more than 100 levels)'],
  ])('%s: refused with its reason, nothing imported', async (_what, make, key, message) => {
    const before = await libraryState(backend);
    const error = await failure(backend, 'designs.importPortable', await staged(backend, 'x.affiche', make()));
    expect(error.code).toBe('bad-file');
    expect(error.key).toBe(key);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    expect(await libraryState(backend)).toEqual(before);
  });

  it('a size claimed far beyond what the file holds is refused from the table of contents', async () => {
    // A deflated entry may declare another size than it takes: 3 GB from a few hundred bytes.
    const zip = zipSync({ 'design.json': strToU8(JSON.stringify(design)), [`blobs/${sha256(png)}`]: [png, { level: 6 }] });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // The central directory's uncompressed size of the second entry: 3 GB.
    let central = -1;
    for (let i = zip.length - 22; i >= 0 && central < 0; i--) if (view.getUint32(i, true) === 0x06054b50) central = view.getUint32(i + 16, true);
    const second = central + 46 + view.getUint16(central + 28, true) + view.getUint16(central + 30, true) + view.getUint16(central + 32, true);
    view.setUint32(second + 24, 3 * 1024 ** 3, true);
    const error = await failure(backend, 'designs.importPortable', await staged(backend, 'bomb.affiche', zip));
    expect(error.key).toBe('designFile.entryTooLarge');
    expect(error.message).toMatch(/^"bomb\.affiche": blobs\/[0-9a-f]{12}… is larger than 2048 MB, more than Affiche imports$/);
  });

  it('an SVG carried unsanitised comes in sanitised, and the design points at what was stored', async () => {
    const svg = strToU8('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4" onload="alert(1)"><rect width="4" height="4"/></svg>');
    const withSvg = { ...design, pages: [{ ...design.pages[0], elements: [createImageElement({ assetId: sha256(svg), x: 0, y: 0, width: 4, height: 4 })] }] };
    const summary = await callOn(backend, 'designs.importPortable', await staged(backend, 'svg.affiche', rawZip([['design.json', strToU8(JSON.stringify(withSvg))], [`blobs/${sha256(svg)}`, svg]])));
    const { design: imported } = await callOn(backend, 'designs.get', { id: summary.id });
    const assetId = (imported.pages[0].elements[0] as { assetId: string }).assetId;
    expect(assetId).not.toBe(sha256(svg));
    const stored = await backend.library.readAsset(assetId);
    expect(sha256(stored)).toBe(assetId);
    expect(Buffer.from(stored).toString()).not.toContain('onload');
  });
});

describe('files made by packDesign and the bundled examples', () => {
  it('open, with their media', async () => {
    const dir = path.resolve(__dirname, '../../assets/examples');
    const files = readdirSync(dir).filter((f) => f.endsWith('.affiche'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    const types = new Set<string>();
    for (const file of files) {
      const { design, blobs } = await readPortable(path.join(dir, file), file);
      expect(statSync(path.join(dir, file)).size).toBeGreaterThan(0);
      for (const [id, bytes] of blobs) expect(sha256(bytes)).toBe(id);
      JSON.stringify(design.pages, (key, value: unknown) => {
        if (key === 'type' && typeof value === 'string') types.add(value);
        return value;
      });
    }
    expect([...types].filter((t) => ['group', 'image', 'shape', 'text'].includes(t)).sort()).toEqual(['group', 'image', 'shape', 'text']);
    const made = path.join(tmp(), 'made.affiche');
    const d = createDesign({ name: 'Ça marche', format: { preset: null, width: 100, height: 100 } });
    d.pages[0].elements.push(createImageElement({ assetId: sha256(strToU8('png?')), x: 0, y: 0, width: 10, height: 10 }));
    writeFileSync(made, await packDesign(d, async () => strToU8('png?')));
    const back = await readPortable(made, 'made.affiche');
    expect(back.design).toEqual(d);
    expect([...back.blobs.keys()]).toEqual([sha256(strToU8('png?'))]);
  });
});

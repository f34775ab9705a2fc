/**
 * Library archives (issue 5): round trip, merge, brand kit only, the zip matches its manifest,
 * a corpus of bad archives (each refused with its reason, the library unchanged), a full disk
 * during export.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { createImageElement } from '../../../../core/schema/factory';
import { formatMessage, type Message } from '../../../../core/messages';
import { DESIGN_SCHEMA_VERSION } from '../../../../core/schema/constants';
import { UserError } from '../../errors';
import { openLibrary } from '../library';
import { findTemps, makeTempDir, pngBytes, removeDir, sampleDesign, steppingClock } from '../testing/helpers';
import type { LibraryStore } from '../types';
import { exportArchive, importArchive } from '.';
import { ArchiveRefused } from './readArchive';
import { importArchiveFile } from './service';
import { assetRecord, buildArchive, fillLibrary, sha256, snapshot, type FilledLibrary } from './testing';
import { defaultArchiveIo, type ArchiveIo } from './zipWriter';
import designV1 from '../../../../core/schema/fixtures/design.v1.json';

/** A report item's reason as the CLI prints it. */
const english = (reason: Message | undefined) => (reason ? formatMessage(reason, 'en') : '');

let dirs: string[] = [];
const open: LibraryStore[] = [];
async function newLibrary(): Promise<LibraryStore> {
  const dir = await makeTempDir('affiche-archive-');
  dirs.push(dir);
  const library = await openLibrary({ dir, now: steppingClock() });
  open.push(library);
  return library;
}
async function tempFile(name: string): Promise<string> {
  const dir = await makeTempDir('affiche-archive-out-');
  dirs.push(dir);
  return path.join(dir, name);
}

/** An archive's bytes imported as a file (what the import job does with an upload). */
async function importFromBytes(library: LibraryStore, fileName: string, bytes: Uint8Array) {
  const file = await tempFile(fileName);
  await fs.writeFile(file, bytes);
  return importArchiveFile(library, file, fileName, undefined);
}

beforeEach(() => {
  dirs = [];
});
afterEach(async () => {
  for (const library of open.splice(0)) await library.close();
  for (const dir of dirs) await removeDir(dir);
});

/** Everything a user would compare between two libraries, ids and organisation included. */
async function contents(library: LibraryStore) {
  const collections = new Map(library.listCollections().map((c) => [c.id, c.name]));
  const assets = await Promise.all(
    library
      .listAssets({})
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(async (a) => ({
        id: a.id,
        hash: sha256(await library.readAsset(a.id)),
        kind: a.kind,
        fileName: a.fileName,
        name: a.name,
        tags: a.tags ?? [],
        notes: a.notes,
        credit: a.credit,
        favourite: a.favourite ?? false,
        collections: (a.collections ?? []).map((id) => collections.get(id)).sort(),
      })),
  );
  const designs = await Promise.all(library.listDesigns({}).map(async (d) => (await library.getDesign(d.id)).design));
  const formatNames = new Map(library.listFormats().map((f) => [f.id, f.name]));
  return {
    assets,
    // Format presets compared by the format's name: ids are the library's own.
    designs: designs
      .map((d) => ({ ...d, format: { ...d.format, preset: d.format.preset?.startsWith('user:') ? `user:${formatNames.get(d.format.preset.slice(5))}` : d.format.preset } }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    collections: [...collections.values()].sort(),
    formats: library.listFormats().map(({ name, width, height }) => ({ name, width, height })),
    brandKit: kitWithoutIds(library),
  };
}

/** Palette ids are each library's own. */
function kitWithoutIds(library: LibraryStore) {
  const kit = library.getBrandKit();
  return { ...kit, palettes: kit.palettes.map(({ name, colors }) => ({ name, colors })) };
}

async function exportTo(library: LibraryStore, scope: 'library' | 'brandKit' = 'library') {
  const file = await tempFile(`${scope}.zip`);
  const result = await exportArchive(library, file, { scope, now: () => new Date('2025-06-01T12:00:00.000Z') });
  return { file, result };
}

describe('library archive: round trip', () => {
  let a: LibraryStore;
  let filled: FilledLibrary;
  beforeEach(async () => {
    a = await newLibrary();
    filled = await fillLibrary(a);
  });

  it('library A -> zip -> empty library B: same designs, media (bytes), tags, collections, brand kit, formats', async () => {
    const { file, result } = await exportTo(a);
    expect(result.counts).toEqual({ designs: 1, assets: 4, collections: 1, formats: 1, palettes: 1, logos: 1, fonts: 1, templates: 0 });
    const b = await newLibrary();
    const progress: string[] = [];
    const report = await importArchive(b, file, { onProgress: (p) => progress.push(p.phase) });
    expect(report.totals.refused).toBe(0);
    expect(await contents(b)).toEqual(await contents(a));
    // The design kept its id, and points at B's copy of the user format.
    const design = (await b.getDesign(filled.designId)).design;
    expect(design.format.preset).toBe(`user:${b.listFormats()[0].id}`);
    // The trash stays behind.
    expect(b.listDesigns({ trash: true })).toEqual([]);
    expect(progress).toContain('checking');
    expect(progress).toContain('importing');
    expect(progress.at(-1)).toBe('done');
  });

  it('the zip listing matches the manifest; media are stored, JSON deflated', async () => {
    const { file, result } = await exportTo(a);
    const bytes = new Uint8Array(await fs.readFile(file));
    expect(result.bytes).toBe(bytes.byteLength);
    const listing = unzipSync(bytes);
    const manifest = JSON.parse(new TextDecoder().decode(listing['manifest.json'])) as { format: string; version: number; scope: string; entries: { name: string; bytes: number }[] };
    expect(manifest).toMatchObject({ format: 'affiche-archive', version: 1, scope: 'library' });
    const listed = Object.keys(listing).filter((name) => name !== 'manifest.json').sort();
    expect(manifest.entries.map((e) => e.name).sort()).toEqual(listed);
    for (const entry of manifest.entries) expect(listing[entry.name].byteLength).toBe(entry.bytes);
    expect(listed).toEqual(
      ['library.json', `designs/${filled.designId}.json`, ...[filled.red, filled.blue, filled.photo, filled.font].map((id) => `blobs/${id}`)].sort(),
    );
    for (const id of [filled.red, filled.blue, filled.photo, filled.font]) expect(sha256(listing[`blobs/${id}`])).toBe(id);
    // A stored PNG's bytes appear as they are in the zip (not recompressed).
    const red = await a.readAsset(filled.red);
    expect(Buffer.from(bytes).indexOf(Buffer.from(red))).toBeGreaterThan(0);
  });

  it('importing into a non-empty library merges without duplicates, twice changes nothing more', async () => {
    const { file } = await exportTo(a);
    const b = await newLibrary();
    // B already has the red image (other tags, a same-named collection), its own design with the
    // archive design's id, and a format of the same name at another size.
    const red = await b.importAsset('mon-rouge.png', await a.readAsset(filled.red));
    await b.tagAssets([red.asset.id], ['maison']);
    const mine = await b.createCollection('campagne été');
    await b.createDesign(sampleDesign({ id: filled.designId, name: 'Autre design' }));
    await b.saveFormat({ name: 'Affiche A3', width: 800, height: 1200 });

    const first = await importArchive(b, file);
    expect(b.listAssets({})).toHaveLength(4);
    const merged = b.getAsset(filled.red)!;
    expect(merged.fileName).toBe('mon-rouge.png');
    expect(merged.tags).toEqual(expect.arrayContaining(['maison', 'soldes', 'été']));
    expect(merged.collections).toEqual([mine.id]);
    expect(b.listCollections().map((c) => c.name)).toEqual(['campagne été']);
    expect(first.items.find((i) => i.kind === 'asset' && i.id === filled.red)?.status).toBe('merged');
    // The id clash: B's design stays, the archive's comes in as a copy.
    expect((await b.getDesign(filled.designId)).design.name).toBe('Autre design');
    const copy = first.items.find((i) => i.kind === 'design')!;
    expect(copy).toMatchObject({ status: 'imported', reason: { key: 'archive.item.asCopy' } });
    expect(english(copy.reason)).toContain('copy');
    expect(copy.id).not.toBe(filled.designId);
    expect(b.listFormats().map((f) => f.name).sort()).toEqual(['Affiche A3', 'Affiche A3 (imported)']);
    const copied = (await b.getDesign(copy.id!)).design;
    expect(b.listFormats().find((f) => `user:${f.id}` === copied.format.preset)?.name).toBe('Affiche A3 (imported)');

    const before = await contents(b);
    const second = await importArchive(b, file);
    expect(await contents(b)).toEqual(before);
    expect(second.totals.imported).toBe(0);
    expect(second.items.filter((i) => i.kind === 'design').map((i) => i.status)).toEqual(['skipped']);
    // Re-importing into A itself: every design identical, every medium already there.
    const self = await importArchive(a, file);
    expect(self.totals.imported).toBe(0);
  });

  it('a brand-kit-only archive carries palettes, styles, the logos and the fonts the styles use', async () => {
    const { file, result } = await exportTo(a, 'brandKit');
    expect(result.counts).toMatchObject({ designs: 0, assets: 2, palettes: 1, logos: 1, fonts: 1 });
    const names = Object.keys(unzipSync(new Uint8Array(await fs.readFile(file)))).sort();
    expect(names).toEqual(['blobs/' + filled.blue, 'blobs/' + filled.font, 'library.json', 'manifest.json'].sort());

    const c = await newLibrary();
    await importArchive(c, file);
    expect(kitWithoutIds(c)).toEqual(kitWithoutIds(a));
    expect(c.listAssets({ kind: 'font' }).map((f) => f.fontFamily)).toEqual(['Lora']);
    expect(c.listDesigns({})).toEqual([]);

    // Merge keeps the user's own style and palettes; replace takes the archive's.
    const d = await newLibrary();
    const dKit = d.getBrandKit();
    await d.updateBrandKit({ palettes: [{ name: 'Maison', colors: [{ hex: '#00ff00' }] }], presets: { heading: { ...dKit.presets.heading, fontSize: 99 } } });
    const merged = await importArchive(d, file, { mode: 'merge' });
    expect(d.getBrandKit().palettes.map((p) => p.name)).toEqual(['Maison', 'Marque']);
    expect(d.getBrandKit().presets.heading.fontSize).toBe(99);
    expect(merged.items.find((i) => i.kind === 'preset' && i.name === 'heading')).toMatchObject({ status: 'skipped' });
    expect(d.getBrandKit().logos).toEqual([filled.blue]);
    await importArchive(d, file, { mode: 'replace' });
    expect(kitWithoutIds(d)).toEqual(kitWithoutIds(a));
  });
});

describe('library archive: your templates and the bank’s favourites', () => {
  /** A's templates as the template screen lists them, and each one's design. */
  async function templatesOf(library: LibraryStore) {
    const listed = library.listTemplates({ language: 'en', source: 'user' });
    return Promise.all(
      listed.map(async ({ id, name, tags, favourite, slots, kind }) => ({ id, name, tags, favourite, slots, kind, design: (await library.getDesign(id)).design })),
    );
  }

  it('travel as templates (design file, tags, favourite; not as plain designs); the trash stays behind; twice adds nothing', async () => {
    const a = await newLibrary();
    const filled = await fillLibrary(a);
    // A template using one of A's pictures, tagged and favourite; another left plain; one in the trash.
    const design = sampleDesign({ id: 'dmeme', name: 'Mème maison' });
    design.pages[0].elements.push(
      createImageElement({ id: 'pic', assetId: filled.photo, x: 0, y: 400, width: 1080, height: 950, slot: { kind: 'image', name: 'picture', fit: 'cover', focalX: 0.5, focalY: 0.5, required: true } }),
    );
    design.pages[0].elements[1] = { ...design.pages[0].elements[1], slot: { kind: 'text', name: 'caption', example: { en: 'Hello', fr: 'Bonjour' } } } as (typeof design.pages)[0]['elements'][number];
    await a.createDesign(design);
    const favourite = await a.saveTemplateFrom('dmeme', { name: 'Mème maison', tags: ['maison', 'été'] });
    await a.updateTemplate(favourite.id, { favourite: true }, 'en');
    const plain = await a.saveTemplateFrom('dmeme', { name: 'Sans étiquette' });
    const trashed = await a.saveTemplateFrom('dmeme', { name: 'Jeté' });
    await a.trashTemplate(trashed.id);
    await a.updateTemplate('bank:classic', { favourite: true }, 'en');
    await a.updateTemplate('bank:grid-2x2', { favourite: true }, 'en');
    // The design they were saved from goes to the trash: the templates are copies, and travel.
    await a.trashDesign('dmeme');

    const { file, result } = await exportTo(a);
    expect(result.counts).toMatchObject({ designs: 1, templates: 2 });
    const listing = unzipSync(new Uint8Array(await fs.readFile(file)));
    expect(Object.keys(listing)).toEqual(expect.arrayContaining([`designs/${favourite.id}.json`, `designs/${plain.id}.json`, `blobs/${filled.photo}`]));
    expect(Object.keys(listing)).not.toContain(`designs/${trashed.id}.json`);

    const b = await newLibrary();
    const report = await importArchive(b, file);
    expect(report.totals.refused).toBe(0);
    expect(await templatesOf(b)).toEqual(await templatesOf(a));
    expect((await templatesOf(b)).map((t) => [t.name, t.tags, t.favourite])).toEqual([
      ['Mème maison', ['maison', 'été'], true],
      ['Sans étiquette', [], false],
    ]);
    // Templates, not designs: the design list holds only A's one design.
    expect(b.listDesigns({}).map((d) => d.id)).toEqual([filled.designId]);
    expect(b.listTemplates({ language: 'en', source: 'user', trash: true })).toEqual([]);
    // The template's picture came along, and the bank's favourites are B's too.
    expect(b.getAsset(filled.photo)?.kind).toBe('image');
    expect(b.listTemplates({ language: 'en', source: 'bank', favourite: true }).map((t) => t.id).sort()).toEqual(['bank:classic', 'bank:grid-2x2']);
    expect(report.items.filter((i) => i.kind === 'template').map((i) => [i.name, i.status])).toEqual([
      ['Mème maison', 'imported'],
      ['Sans étiquette', 'imported'],
      [b.templateSummary('bank:classic', 'en').name, 'imported'],
      [b.templateSummary('bank:grid-2x2', 'en').name, 'imported'],
    ]);

    const before = await templatesOf(b);
    const again = await importArchive(b, file);
    expect(again.totals.imported).toBe(0);
    expect(again.items.filter((i) => i.kind === 'template').map((i) => english(i.reason))).toEqual([
      'already in the library, identical',
      'already in the library, identical',
      'already a favourite here',
      'already a favourite here',
    ]);
    expect(await templatesOf(b)).toEqual(before);
  });

  it('a template whose id is taken here comes in as a copy, still a template; a favourite this bank lacks is skipped, said in both languages', async () => {
    const a = await newLibrary();
    const design = sampleDesign({ id: 'dmeme' });
    design.pages[0].elements[1] = { ...design.pages[0].elements[1], slot: { kind: 'text', name: 'caption' } } as (typeof design.pages)[0]['elements'][number];
    await a.createDesign(design);
    const template = await a.saveTemplateFrom('dmeme', { name: 'Légende', tags: ['x'] });
    const { file } = await exportTo(a);
    // The same archive, from an Affiche whose bank has a template this one lacks.
    const zip = unzipSync(new Uint8Array(await fs.readFile(file)));
    const index = { ...JSON.parse(new TextDecoder().decode(zip['library.json'])), bankFavourites: ['bank:from-the-future'] };
    const entries = Object.fromEntries(Object.entries(zip).filter(([name]) => name !== 'manifest.json' && name !== 'library.json'));
    const future = buildArchive(entries, { index, manifest: { librarySchemaVersion: index.schemaVersion } });

    const b = await newLibrary();
    await b.createDesign({ ...sampleDesign({ name: 'Autre' }), id: template.id });
    const report = await importFromBytes(b, 'future.zip', future);
    const item = report.items.find((i) => i.kind === 'template' && i.status === 'imported')!;
    expect(item.id).not.toBe(template.id);
    expect(b.templateSummary(item.id!, 'en')).toMatchObject({ source: 'user', name: 'Légende', tags: ['x'] });
    const skipped = report.items.find((i) => i.name === 'bank:from-the-future')!;
    expect(skipped).toMatchObject({ kind: 'template', status: 'skipped' });
    expect(formatMessage(skipped.reason!, 'en')).toBe('this Affiche’s template bank has no such template');
    expect(formatMessage(skipped.reason!, 'fr')).toBe('la banque de modèles de cette version d’Affiche n’a pas ce modèle');
    expect(b.listTemplates({ language: 'en', source: 'bank', favourite: true })).toEqual([]);
  });
});

describe('library archive: bad archives change nothing', () => {
  let target: LibraryStore;
  let before: string;
  beforeEach(async () => {
    target = await newLibrary();
    await target.importAsset('deja.png', await pngBytes(8, 8, '#123456'));
    before = await snapshot(target.dir);
  });

  async function refusal(bytes: Uint8Array): Promise<string> {
    const error = await importFromBytes(target, 'bad.zip', bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('bad-file');
    expect(await snapshot(target.dir)).toBe(before);
    return (error as UserError).message;
  }

  const png = () => pngBytes(10, 10, '#abcdef');

  it.each([
    ['random bytes', () => new Uint8Array(1000).fill(7), 'not a zip'],
    ['an empty file', () => new Uint8Array(0), 'too small to be a zip'],
  ])('%s', async (_what, make, reason) => {
    expect(await refusal(make())).toContain(reason);
  });

  it('a truncated zip', async () => {
    const bytes = new Uint8Array(await png());
    const zip = buildArchive({ [`blobs/${sha256(bytes)}`]: bytes }, { index: { assets: { [sha256(bytes)]: assetRecord(sha256(bytes), bytes) } } });
    expect(await refusal(zip.subarray(0, zip.length - 40))).toMatch(/truncated|not a zip/);
    expect(await refusal(zip.subarray(0, Math.floor(zip.length / 2)))).toMatch(/truncated/);
  });

  it('no manifest, a foreign manifest, a newer version, an invalid one', async () => {
    expect(await refusal(buildArchive({}, { manifest: null }))).toContain('no manifest.json');
    expect(await refusal(buildArchive({}, { manifest: { format: 'other-app' } }))).toContain('not an Affiche archive');
    expect(await refusal(buildArchive({}, { manifest: { version: 2 } }))).toContain('made by a newer Affiche (archive version 2');
    expect(await refusal(buildArchive({}, { manifest: { scope: 'everything' } }))).toContain('manifest.json is not valid (scope');
  });

  it('a manifest that does not match the entries', async () => {
    expect(await refusal(buildArchive({}, { manifest: { entries: [] } }))).toContain('"library.json" is in the archive but not in its manifest');
    expect(await refusal(buildArchive({}, { manifest: { entries: [{ name: 'library.json', bytes: 1 }] } }))).toContain('does not have the size');
    const ghost = { name: `designs/ghost.json`, bytes: 10 };
    const zip = buildArchive({}, { manifest: { entries: [{ name: 'library.json', bytes: JSON.stringify({ ...(await import('../../../../core/schema/library')).emptyLibrary() }).length }, ghost] } });
    expect(await refusal(zip)).toContain('missing from the archive');
  });

  it('JSON failing the schema: library.json, a design', async () => {
    expect(await refusal(buildArchive({}, { index: { settings: { language: 'klingon' } } }))).toContain('library.json in the archive is not a valid library index (settings.language');
    const design = sampleDesign({ id: 'dbad' }) as unknown as Record<string, unknown>;
    const broken = { ...design, pages: 'none' };
    expect(await refusal(buildArchive({ 'designs/dbad.json': new TextEncoder().encode(JSON.stringify(broken)) }))).toContain('designs/dbad.json in the archive is not a valid design (pages');
    expect(await refusal(buildArchive({ 'designs/dbad.json': new TextEncoder().encode('{"schemaVersion": 1,') }))).toContain('designs/dbad.json');
    const future = { ...design, schemaVersion: 99 };
    expect(await refusal(buildArchive({ 'designs/dbad.json': new TextEncoder().encode(JSON.stringify(future)) }))).toContain('newer Affiche');
  });

  it.each([
    ['../evil.txt', 'leaves the archive'],
    ['designs/../../evil.json', 'leaves the archive'],
    ['/etc/passwd', 'absolute path'],
    ['C:/Windows/evil.dll', 'absolute path'],
    ['blobs\\..\\evil', 'backslashes'],
    ['notes.txt', 'not part of an Affiche archive'],
  ])('an entry named %j', async (name, reason) => {
    expect(await refusal(buildArchive({ [name]: new Uint8Array([1, 2, 3]) }))).toContain(reason);
  });

  it('a zip bomb: a small entry inflating far beyond its size, or declaring a huge size', async () => {
    const zeros = new Uint8Array(60 * 1024 * 1024);
    expect(await refusal(buildArchive({ 'designs/dbomb.json': zeros }))).toContain('zip bomb');
    // A stored entry whose table of contents claims 3 GB.
    const bytes = new Uint8Array(await png());
    const zip = Buffer.from(buildArchive({ [`blobs/${sha256(bytes)}`]: bytes }, { index: { assets: { [sha256(bytes)]: assetRecord(sha256(bytes), bytes) } } }));
    const cd = zip.lastIndexOf(Buffer.from(`blobs/${sha256(bytes)}`)) - 46;
    expect(zip.readUInt32LE(cd)).toBe(0x02014b50);
    zip.writeUInt32LE(3 * 1024 ** 3, cd + 20);
    zip.writeUInt32LE(3 * 1024 ** 3, cd + 24);
    expect(await refusal(new Uint8Array(zip))).toMatch(/larger than|outside the zip/);
  });

  it('media that are not what they claim, or whose bytes do not match their name, are refused one by one', async () => {
    const good = new Uint8Array(await png());
    const fake = new TextEncoder().encode('MZ this is a program, not a picture');
    const relabelled = new Uint8Array(await pngBytes(12, 12, '#00ff00'));
    const wrongName = 'a'.repeat(64);
    const zip = buildArchive(
      { [`blobs/${sha256(good)}`]: good, [`blobs/${sha256(fake)}`]: fake, [`blobs/${wrongName}`]: relabelled },
      {
        index: {
          assets: {
            [sha256(good)]: assetRecord(sha256(good), good, { fileName: 'good.png' }),
            [sha256(fake)]: assetRecord(sha256(fake), fake, { fileName: 'photo.png' }),
            [wrongName]: assetRecord(wrongName, relabelled, { fileName: 'relabelled.png' }),
          },
        },
      },
    );
    const report = await importFromBytes(target, 'mixed.zip', zip);
    const byName = Object.fromEntries(report.items.map((i) => [i.name, i]));
    expect(byName['good.png'].status).toBe('imported');
    expect(byName['photo.png']).toMatchObject({ status: 'refused', reason: { key: 'asset.notImportable' } });
    expect(english(byName['photo.png'].reason)).toContain('is not a file Affiche can import');
    expect(formatMessage(byName['photo.png'].reason!, 'fr')).toMatch(/^«\u00a0photo\.png\u00a0» n’est pas un fichier qu’Affiche sait importer \(/);
    expect(byName['relabelled.png']).toMatchObject({ status: 'refused', reason: { key: 'archive.item.checksum' } });
    expect(english(byName['relabelled.png'].reason)).toContain('does not match its checksum');
    expect(formatMessage(byName['relabelled.png'].reason!, 'fr')).toBe('son contenu ne correspond pas à sa somme de contrôle (fichier endommagé ou modifié)');
    expect(target.getAsset(sha256(fake))).toBeUndefined();
    expect(target.listAssets({})).toHaveLength(2);
  });

  it('an SVG with a script is imported sanitised', async () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" onload="alert(1)"><script>alert(2)</script><rect width="20" height="10" fill="#f00"/></svg>');
    const id = sha256(svg);
    const report = await importFromBytes(target, 'svg.zip', buildArchive({ [`blobs/${id}`]: svg }, { index: { assets: { [id]: assetRecord(id, svg, { mime: 'image/svg+xml', fileName: 'logo.svg' }) } } }));
    const item = report.items.find((i) => i.name === 'logo.svg')!;
    expect(item).toMatchObject({ status: 'imported', reason: { key: 'archive.item.sanitised' } });
    expect(english(item.reason)).toContain('sanitised');
    const stored = new TextDecoder().decode(await target.readAsset(item.id!));
    expect(stored).not.toMatch(/script|onload/i);
  });

  it('an archive from an older schema (library v1, design v1) imports through the migrations', async () => {
    const bytes = new Uint8Array(await png());
    const id = sha256(bytes);
    const design = { ...designV1, id: 'dold1' } as Record<string, unknown>;
    const v1Index = { schemaVersion: 1, assets: { [id]: assetRecord(id, bytes, { fileName: 'ancien.png' }) }, designs: {}, settings: { language: 'fr' }, tags: [], collections: [], brandKit: {}, templates: [] };
    const zip = buildArchive({ 'designs/dold1.json': new TextEncoder().encode(JSON.stringify(design)), [`blobs/${id}`]: bytes }, { index: v1Index, manifest: { librarySchemaVersion: 1 } });
    const report = await importFromBytes(target, 'old.zip', zip);
    expect(report.totals.refused).toBe(0);
    const imported = (await target.getDesign('dold1')).design;
    expect(imported.schemaVersion).toBe(DESIGN_SCHEMA_VERSION);
    expect(target.getAsset(id)?.fileName).toBe('ancien.png');
  });

  it('the ArchiveRefused reason is kept when importing from a file path, with its key for the French UI', async () => {
    const file = await tempFile('bad.zip');
    await fs.writeFile(file, buildArchive({}, { manifest: { version: 7 } }));
    const error = await importArchive(target, file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArchiveRefused);
    expect((error as ArchiveRefused).detail).toEqual({ key: 'archive.manifest.newer', params: { found: 7, current: 1 } });
    expect((error as ArchiveRefused).message).toBe('this archive was made by a newer Affiche (archive version 7; this version reads up to 1)');
    expect(formatMessage((error as ArchiveRefused).detail, 'fr')).toBe('cette archive vient d’une version plus récente d’Affiche (version d’archive 7\u202f; celle-ci lit jusqu’à la version 1)');
    expect(await snapshot(target.dir)).toBe(before);
  });
});

describe('library archive: export on a full disk (REL-04)', () => {
  it('leaves no partial file and no temp file; the next export works', async () => {
    const library = await newLibrary();
    await fillLibrary(library);
    const target = await tempFile('full.zip');
    let written = 0;
    const filling: ArchiveIo = {
      async writeAt(handle, data, position) {
        if (written + data.byteLength > 2000) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        written += data.byteLength;
        return defaultArchiveIo.writeAt(handle, data, position);
      },
    };
    const error = await exportArchive(library, target, { scope: 'library', io: filling }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('disk-full');
    expect((error as UserError).message).toContain('the archive "full.zip" was not saved');
    expect(await fs.readdir(path.dirname(target))).toEqual([]);
    expect(await findTemps(path.dirname(target))).toEqual([]);
    const ok = await exportArchive(library, target, { scope: 'library' });
    expect(ok.counts.assets).toBe(4);
  });

  it('an existing archive at the target stays byte-identical when the export fails', async () => {
    const library = await newLibrary();
    await library.createDesign({ ...sampleDesign({ id: 'dx' }) });
    const design = (await library.getDesign('dx')).design;
    design.pages[0].elements.push(createImageElement({ id: 'i', assetId: (await library.importAsset('p.png', await pngBytes(9, 9))).asset.id, x: 0, y: 0, width: 9, height: 9 }));
    await library.saveDesign(design);
    const target = await tempFile('keep.zip');
    await fs.writeFile(target, 'previous backup');
    const full: ArchiveIo = {
      async writeAt() {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      },
    };
    await expect(exportArchive(library, target, { scope: 'library', io: full })).rejects.toMatchObject({ code: 'disk-full' });
    expect(await fs.readFile(target, 'utf8')).toBe('previous backup');
    expect(await fs.readdir(path.dirname(target))).toEqual(['keep.zip']);
  });
});

describe('library archive: only regular files of the library, only originals that still hash to their name (SEC-07)', () => {
  it('a blob replaced by a link is not followed: the medium is left out and said so', async () => {
    const library = await newLibrary();
    const filled = await fillLibrary(library);
    const outside = await tempFile('secret.png');
    await fs.writeFile(outside, await pngBytes(5, 5, '#00ff00'));
    const blob = path.join(library.dir, 'blobs', filled.photo);
    await fs.rm(blob);
    await fs.symlink(outside, blob);
    const target = await tempFile('links.zip');
    const exported = await exportArchive(library, target, { scope: 'library' });
    expect(exported.counts.assets).toBe(3);
    expect(exported.skipped.map(english)).toEqual(['media "plage.jpg": its original is missing from the library folder, or is a link Affiche does not follow']);
    const names = Object.keys(unzipSync(new Uint8Array(await fs.readFile(target))));
    expect(names).not.toContain(`blobs/${filled.photo}`);
    expect(names).toContain(`blobs/${filled.red}`);
  });

  it('a blobs folder that is a link is not followed either', async () => {
    const library = await newLibrary();
    await fillLibrary(library);
    const elsewhere = await makeTempDir('affiche-archive-blobs-');
    dirs.push(elsewhere);
    const blobs = path.join(library.dir, 'blobs');
    await fs.cp(blobs, elsewhere, { recursive: true });
    await fs.rm(blobs, { recursive: true });
    await fs.symlink(elsewhere, blobs);
    const exported = await exportArchive(library, await tempFile('dirlink.zip'), { scope: 'library' });
    expect(exported.counts.assets).toBe(0);
    expect(exported.skipped).toHaveLength(4);
  });

  it('an original altered in the library folder is refused by its hash: nothing is written', async () => {
    const library = await newLibrary();
    const filled = await fillLibrary(library);
    const blob = path.join(library.dir, 'blobs', filled.red);
    const bytes = await fs.readFile(blob);
    bytes[bytes.length - 1] ^= 0xff;
    await fs.writeFile(blob, bytes);
    const target = await tempFile('tampered.zip');
    const error = await exportArchive(library, target, { scope: 'library' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).detail).toEqual({ key: 'library.originalAltered', params: { name: 'rouge.png' } });
    expect((error as UserError).message).toBe('The original of "rouge.png" in the library folder was altered or damaged: its content no longer matches its checksum. Nothing was written.');
    expect(formatMessage((error as UserError).detail, 'fr')).toContain('a été modifié ou endommagé');
    expect(await fs.readdir(path.dirname(target))).toEqual([]);
    expect(await findTemps(path.dirname(target))).toEqual([]);
  });
});

/**
 * Template files: exported from one library and imported into another, a template comes back
 * whole (its design JSON, its media) and fills to the same PNG bytes; a hostile file (zip slip
 * names, huge declared sizes, an unknown version, duplicate entries...) is refused with its
 * reason in English and French and leaves the library exactly as it was.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { strToU8, Zip, ZipPassThrough, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArgsOf, MethodName, ResultOf } from '../../../core/api';
import { formatMessage } from '../../../core/messages';
import { createImageElement, parseDesign, type Design } from '../../../core/schema';
import { createBackend, type Backend } from '../backend';
import { runJobOn, stageTarget, staged } from '../testing/backendTesting';
import { TEST_BANK, twoBoxMeme } from '../testing/templates';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'affiche-template-files-'));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function call<M extends MethodName>(backend: Backend, method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const outcome = await backend.dispatch(method, args);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result as ResultOf<M>;
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
  return Buffer.concat(chunks);
}

/** The same zip claiming `size` unpacked bytes for the entry named `name` (local and central headers). */
function declaringSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = Buffer.from(zip);
  for (let at = 0; at < bytes.length - 46; at++) {
    const signature = bytes.readUInt32LE(at);
    if (signature === 0x04034b50 && bytes.toString('latin1', at + 30, at + 30 + bytes.readUInt16LE(at + 26)) === name) bytes.writeUInt32LE(size, at + 22);
    if (signature === 0x02014b50 && bytes.toString('latin1', at + 46, at + 46 + bytes.readUInt16LE(at + 28)) === name) bytes.writeUInt32LE(size, at + 24);
  }
  return bytes;
}

async function libraryState(backend: Backend) {
  const dir = backend.library.dir;
  return {
    templates: (await call(backend, 'templates.list', { language: 'en', source: 'user' })).templates.map((t) => t.id),
    trash: (await call(backend, 'templates.list', { language: 'en', trash: true })).templates.length,
    assets: (await call(backend, 'assets.list', {})).assets.map((a) => a.id).sort(),
    blobs: readdirSync(path.join(dir, 'blobs')).sort(),
    designs: readdirSync(path.join(dir, 'designs')).sort(),
  };
}

let source: Backend;
let target: Backend;
let png: Uint8Array;
let templateId: string;
let templateDesign: Design;

beforeAll(async () => {
  source = await createBackend({ libraryDir: tmp(), transport: 'inprocess', validateResults: true, bank: TEST_BANK });
  target = await createBackend({ libraryDir: tmp(), transport: 'inprocess', validateResults: true, bank: TEST_BANK });
  png = new Uint8Array(await sharp({ create: { width: 64, height: 48, channels: 3, background: '#cc3333' } }).png().toBuffer());
  const logo = (await call(source, 'assets.import', await staged(source, 'logo.png', png))).asset.id;
  // A 2-box template with a picture of its own (a logo) besides the picture slot.
  const meme = twoBoxMeme();
  meme.pages[0].elements.push(createImageElement({ id: 'logo', assetId: logo, x: 960, y: 960, width: 100, height: 75 }));
  await source.library.createDesign(parseDesign(meme).design);
  templateId = (await call(source, 'templates.saveFrom', { designId: meme.id, name: 'Deux cases', tags: ['été'] })).template.id;
  templateDesign = (await call(source, 'designs.get', { id: templateId })).design;
});
afterAll(async () => {
  await source.close();
  await target.close();
});

async function exportTemplates(ids: string[]): Promise<Uint8Array> {
  const out = stageTarget(source, 'shared.zip');
  const { result } = await runJobOn(source, 'templates.export', { ids, target: out.id });
  expect(result.count).toBe(new Set(ids).size);
  return readFileSync(out.path);
}

async function fillPng(backend: Backend, id: string, picture: string): Promise<Buffer> {
  const out = stageTarget(backend, 'filled.png');
  await runJobOn(backend, 'templates.fill', { template: { id }, values: { picture: { kind: 'image', assetId: picture }, top: { kind: 'text', text: 'HAUT' }, bottom: { kind: 'text', text: 'BAS' } }, type: 'png', target: out.id });
  return readFileSync(out.path);
}

describe('template files', () => {
  it('round trip: the template and its media come back whole, and fill to the same PNG bytes', async () => {
    const file = await exportTemplates([templateId, 'bank:test-classic']);
    const { templates } = await call(target, 'templates.import', await staged(target, 'shared.zip', file));
    expect(templates.map((t) => [t.name, t.tags, t.slots.map((s) => s.name)])).toEqual([
      ['Deux cases', ['été'], ['picture', 'top', 'bottom']],
      ['Test classic', ['top', 'bottom', 'classic'], ['picture', 'top', 'bottom']],
    ]);
    const imported = (await call(target, 'designs.get', { id: templates[0].id })).design;
    const same = (design: Design) => ({ ...design, id: 'x', name: 'x', createdAt: 'x', updatedAt: 'x' });
    expect(same(imported)).toEqual(same(templateDesign));
    expect((await call(target, 'assets.list', {})).assets.map((a) => a.id)).toEqual([sha256(png)]);

    const picture = new Uint8Array(await sharp({ create: { width: 300, height: 200, channels: 3, background: '#3355aa' } }).jpeg().toBuffer());
    const inSource = (await call(source, 'assets.import', await staged(source, 'p.jpg', picture))).asset.id;
    const inTarget = (await call(target, 'assets.import', await staged(target, 'p.jpg', picture))).asset.id;
    const a = await fillPng(source, templateId, inSource);
    const b = await fillPng(target, templates[0].id, inTarget);
    expect(b.equals(a)).toBe(true);
    expect((await sharp(a).metadata()).width).toBe(1080);
  });

  const manifest = (over: Record<string, unknown> = {}) => strToU8(JSON.stringify({ format: 'affiche-templates', version: 1, templates: [{ entry: 'templates/1.json', name: 'T', tags: [] }], ...over }));
  const design = () => strToU8(JSON.stringify(twoBoxMeme()));
  const plain = () => {
    const d = twoBoxMeme();
    d.pages[0].elements = d.pages[0].elements.map(({ slot: _slot, ...el }) => el as typeof el);
    return strToU8(JSON.stringify(d));
  };

  it.each([
    ['a zip slip name', () => rawZip([['manifest.json', manifest()], ['templates/1.json', design()], ['../../evil.sh', strToU8('rm -rf ~')]]), 'template.file.unknownEntry', '"x.zip": ../../evil.sh is not part of an Affiche template file'],
    ['an absolute name', () => rawZip([['manifest.json', manifest()], ['templates/1.json', design()], ['/etc/passwd', strToU8('x')]]), 'template.file.unknownEntry', '"x.zip": /etc/passwd is not part of an Affiche template file'],
    ['a name climbing out of templates/', () => rawZip([['manifest.json', manifest()], ['templates/../../1.json', design()]]), 'template.file.unknownEntry', '"x.zip": templates/../../1.json is not part of an Affiche template file'],
    ['the manifest twice', () => rawZip([['manifest.json', manifest()], ['manifest.json', manifest()], ['templates/1.json', design()]]), 'template.file.entryTwice', '"x.zip": manifest.json is in the file twice'],
    ['a template twice', () => rawZip([['manifest.json', manifest()], ['templates/1.json', design()], ['templates/1.json', design()]]), 'template.file.entryTwice', '"x.zip": templates/1.json is in the file twice'],
    ['a template listed twice', () => rawZip([['manifest.json', manifest({ templates: [{ entry: 'templates/1.json', name: 'a', tags: [] }, { entry: 'templates/1.json', name: 'b', tags: [] }] })], ['templates/1.json', design()]]), 'template.file.entryTwice', '"x.zip": templates/1.json is in the file twice'],
    ['an unknown version', () => rawZip([['manifest.json', manifest({ version: 2 })], ['templates/1.json', design()]]), 'template.file.version', '"x.zip" is a template file of version 2, which this Affiche cannot read: update Affiche'],
    ['a huge declared size', () => declaringSize(zipSync({ 'manifest.json': manifest(), 'templates/1.json': [design(), { level: 6 }] }), 'templates/1.json', 0xfff0_0000), 'template.file.entryTooLarge', '"x.zip": templates/1.json is larger than 64 MB, more than Affiche imports'],
    ['a stored medium claiming another size', () => declaringSize(rawZip([['manifest.json', manifest()], ['templates/1.json', design()], [`blobs/${sha256(png)}`, png]]), `blobs/${sha256(png)}`, 0xfff0_0000), 'template.file.refused', /^"x\.zip" cannot be opened: /],
    ['a deflate bomb', () => zipSync({ 'manifest.json': manifest(), 'templates/1.json': [new Uint8Array(60 * 1024 ** 2).fill(32), { level: 9 }] }), 'template.file.bomb', /^"x\.zip" claims to unpack to 60 MB/],
    ['no manifest', () => rawZip([['templates/1.json', design()]]), 'template.file.noManifest', '"x.zip" has no manifest.json inside: it is not an Affiche template file'],
    ['a listed template missing', () => rawZip([['manifest.json', manifest()]]), 'template.file.missingEntry', '"x.zip": templates/1.json is listed in manifest.json but is not in the file'],
    ['a design without slots', () => rawZip([['manifest.json', manifest()], ['templates/1.json', plain()]]), 'template.file.notATemplate', '"x.zip": templates/1.json has no slots, so it is not a template'],
    ['not a zip', () => strToU8('hello, not a zip at all, really not'), 'template.file.notZip', '"x.zip" is not an Affiche template file (a template file is a zip archive)'],
  ])('%s: refused with its reason, nothing written', async (_what, make, key, message) => {
    const before = await libraryState(target);
    const outcome = await target.dispatch('templates.import', await staged(target, 'x.zip', make()));
    expect(outcome.ok).toBe(false);
    const error = (outcome as { ok: false; error: { code: string; key: string; params?: Record<string, unknown>; message: string } }).error;
    expect(error.code).toBe('bad-file');
    expect(error.key).toBe(key);
    if (typeof message === 'string') expect(error.message).toBe(message);
    else expect(error.message).toMatch(message);
    expect(formatMessage({ key: error.key, params: error.params } as Parameters<typeof formatMessage>[0], 'fr')).toContain('«\u00a0x.zip\u00a0»');
    expect(await libraryState(target)).toEqual(before);
  });

  it('a medium that does not hash to its name: refused, nothing imported', async () => {
    const other = new Uint8Array(await sharp({ create: { width: 9, height: 9, channels: 3, background: '#123123' } }).png().toBuffer());
    const withLogo = twoBoxMeme();
    withLogo.pages[0].elements.push(createImageElement({ id: 'logo', assetId: '0'.repeat(64), x: 0, y: 0, width: 10, height: 10 }));
    const zip = rawZip([['manifest.json', manifest()], ['templates/1.json', strToU8(JSON.stringify(withLogo))], [`blobs/${sha256(other)}`, other], [`blobs/${'0'.repeat(64)}`, png]]);
    const before = await libraryState(target);
    const outcome = await target.dispatch('templates.import', await staged(target, 'x.zip', zip));
    expect(outcome).toMatchObject({ ok: false, error: { code: 'bad-file', key: 'template.file.checksum' } });
    expect(await libraryState(target)).toEqual(before);
  });
});

describe('memegen config.yml import into the library', () => {
  it('a real-shaped config on the user’s picture becomes a user template; a wrong shape is refused naming the file', async () => {
    const { addMemegenTemplate } = await import('./memegenImport');
    const photo = new Uint8Array(await sharp({ create: { width: 600, height: 450, channels: 3, background: '#445566' } }).jpeg().toBuffer());
    const asset = (await call(target, 'assets.import', await staged(target, 'photo.jpg', photo))).asset.id;
    const config = {
      name: 'Buttons',
      keywords: ['choice', 'sweat'],
      text: [
        { style: 'upper', color: 'white', font: 'thick', anchor_x: 0.1, anchor_y: 0.08, angle: 12, scale_x: 0.3, scale_y: 0.1 },
        { style: 'none', color: 'black', font: 'thin', anchor_x: 0.5, anchor_y: 0.12, angle: 5, scale_x: 0.3, scale_y: 0.1 },
        { style: 'upper', color: 'white', anchor_x: 0.0, anchor_y: 0.8, scale_x: 1.0, scale_y: 0.2 },
      ],
      example: ['red button', 'blue button', 'me'],
    };
    const template = await addMemegenTemplate(target.library, config, 'config.yml', asset);
    expect(template).toMatchObject({ source: 'user', name: 'Buttons', kind: 'meme', tags: ['choice', 'sweat'], format: { width: 600, height: 450 } });
    expect(template.slots.map((s) => s.name)).toEqual(['picture', 'text1', 'text2', 'text3']);
    const refused = await addMemegenTemplate(target.library, { text: 'nope' }, 'config.yml', asset).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'bad-file' });
    expect((refused as Error).message).toMatch(/^"config\.yml" is not a memegen template configuration \(text: /);
  });
});

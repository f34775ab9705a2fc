import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { DesignSummary, MethodName, ResultOf, ArgsOf } from '../../core/api';
import { createTextElement } from '../../core/schema';
import { unzipSync } from 'fflate';
import { createBackend, defaultLibraryDir, type Backend } from './backend';
import { renameFontFamily } from './render/renamedFont';
import { runJobOn, stageBytes, stageTarget } from './testing/backendTesting';

let backend: Backend;
let dir: string;

async function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const outcome = await backend.dispatch(method, args);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result as ResultOf<M>;
}

const format = { preset: 'instagram-portrait', width: 1080, height: 1350 };

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-backend-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
});
afterEach(async () => {
  await backend.close();
});

describe('backend through the in-process transport', () => {
  it('creates, edits, lists by last edit, and reopens designs', async () => {
    const a = (await call('designs.create', { name: 'A', format })).design;
    const b = (await call('designs.create', { name: 'B', format })).design;
    a.pages[0].elements.push(createTextElement({ x: 10, y: 10, width: 500, text: 'Bonjour' }));
    await new Promise((r) => setTimeout(r, 5));
    await call('designs.save', { design: a });
    const list = (await call('designs.list', {})).designs;
    expect(list.map((d: DesignSummary) => d.name)).toEqual(['A', 'B']);
    expect(b.id).not.toBe(a.id);

    await backend.close();
    backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
    const reopened = (await call('designs.get', { id: a.id })).design;
    expect(reopened.pages[0].elements).toEqual(a.pages[0].elements);
  });

  it('renames, duplicates, trashes, restores and empties the trash', async () => {
    const { design } = await call('designs.create', { name: 'Affiche', format });
    expect((await call('designs.rename', { id: design.id, name: 'Affiche v2' })).name).toBe('Affiche v2');
    const copy = await call('designs.duplicate', { id: design.id });
    expect(copy.id).not.toBe(design.id);
    await call('designs.delete', { id: design.id });
    expect((await call('designs.list', {})).designs.map((d) => d.id)).toEqual([copy.id]);
    expect((await call('designs.list', { trash: true })).designs.map((d) => d.id)).toEqual([design.id]);
    await call('designs.restore', { id: design.id });
    expect((await call('designs.list', {})).designs).toHaveLength(2);
    await call('designs.delete', { id: copy.id });
    expect((await call('designs.emptyTrash', {})).removed).toBe(1);
    const gone = await backend.dispatch('designs.get', { id: copy.id });
    expect(gone).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('renders a thumbnail of each design after saving (WebP, Node renderer)', async () => {
    const { design } = await call('designs.create', { name: 'Thumb', format });
    await backend.idle();
    const file = backend.mediaPath('design-thumb', design.id);
    expect(file && existsSync(file)).toBe(true);
    const meta = await sharp(readFileSync(file!)).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.width! / meta.height!).toBeCloseTo(1080 / 1350, 1);
    expect((await call('designs.list', {})).designs[0].thumbnailVersion).toBeTruthy();
  });

  it('opens an example .affiche with its media, and exports it back', async () => {
    const file = path.resolve(__dirname, '../../assets/examples/soldes-ete-instagram.affiche');
    const summary = await call('designs.importPortable', { fileName: 'soldes.affiche', source: await stageBytes(backend, 'soldes.affiche', new Uint8Array(readFileSync(file))) });
    expect(summary.name).toBe('Soldes d’été');
    const assets = (await call('assets.list', {})).assets;
    expect(assets).toHaveLength(1);
    expect(backend.mediaPath('asset', assets[0].id)).toBeTruthy();
    const target = stageTarget(backend, 'Soldes d’été.affiche');
    const { result: exported } = await runJobOn(backend, 'designs.exportPortable', { id: summary.id, target: target.id });
    expect(exported.fileName).toBe('Soldes d’été.affiche');
    expect(exported.bytes).toBe(readFileSync(target.path).length);
    // Every design Affiche exports, Affiche imports again; the same name twice gets " (2)".
    const again = await call('designs.importPortable', { fileName: exported.fileName, source: await stageBytes(backend, exported.fileName, readFileSync(target.path)) });
    expect(again.id).not.toBe(summary.id);
    expect(again.name).toBe('Soldes d’été (2)');
    expect((await call('assets.list', {})).assets).toHaveLength(1);
  });

  it('an .affiche carries the library fonts its texts use, and brings them into another library', async () => {
    const pacifico = new Uint8Array(readFileSync(path.resolve(__dirname, '../../assets/fonts/Pacifico/Pacifico_400Regular.ttf')));
    const font = (await call('assets.import', { fileName: 'marquise.ttf', source: await stageBytes(backend, 'marquise.ttf', renameFontFamily(pacifico, 'Pacifico', 'Marquise')) })).asset;
    const unused = (await call('assets.import', { fileName: 'other.ttf', source: await stageBytes(backend, 'other.ttf', renameFontFamily(pacifico, 'Pacifico', 'Coquette')) })).asset;
    expect(font.fontFamily).toBe('Marquise');
    const { design } = await call('designs.create', { name: 'Brand', format });
    design.pages[0].elements.push(createTextElement({ x: 10, y: 10, width: 500, text: 'Soldes', fontFamily: 'Marquise' }));
    await call('designs.save', { design });
    const target = stageTarget(backend, 'Brand.affiche');
    await runJobOn(backend, 'designs.exportPortable', { id: design.id, target: target.id });
    const data = new Uint8Array(readFileSync(target.path));
    const names = Object.keys(unzipSync(data));
    expect(names).toContain(`blobs/${font.id}`);
    expect(names).not.toContain(`blobs/${unused.id}`);

    await backend.close();
    backend = await createBackend({ libraryDir: mkdtempSync(path.join(os.tmpdir(), 'affiche-backend-')), transport: 'inprocess', validateResults: true });
    await call('designs.importPortable', { fileName: 'Brand.affiche', source: await stageBytes(backend, 'Brand.affiche', data) });
    const fonts = (await call('assets.list', { kind: 'font' })).assets;
    expect(fonts.map((asset) => [asset.id, asset.fontFamily])).toEqual([[font.id, 'Marquise']]);
  });

  it('rejects a bad .affiche and a non-image import with specific messages', async () => {
    const bad = await backend.dispatch('designs.importPortable', { fileName: 'x.affiche', source: await stageBytes(backend, 'x.affiche', new TextEncoder().encode('nope')) });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('"x.affiche" is not an Affiche design file') } });
    const text = await backend.dispatch('assets.import', { fileName: 'notes.txt', source: await stageBytes(backend, 'notes.txt', new TextEncoder().encode('hello, this is text')) });
    expect(text).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('notes.txt') } });
  });

  it('reports the app version, notices and ffmpeg', async () => {
    const info = await call('app.info', {});
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.readOnly).toBe(false);
    expect(info.ffmpeg.ok).toBe(true);
    expect(info.ffmpeg.version).toBeTruthy();
  });

  it('exports a PNG for a JPEG-only format as a JPEG, saying so; preflight.fix meets a user format’s byte cap; bad input gets a reason', async () => {
    const { design } = await call('designs.create', { name: 'Promo', format: { preset: 'tiktok-photo', width: 1080, height: 1920 } });
    const target = stageTarget(backend, 'promo.png');
    const { result } = await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', target: target.id });
    expect(result.images).toHaveLength(1);
    expect(result.images[0]).toMatchObject({ type: 'image/jpeg', width: 1080, height: 1920, page: 0, format: 'tiktok-photo', problems: [] });
    expect(result.ok).toBe(true);
    expect(result.images[0].changes.length).toBeGreaterThan(0);
    const written = readFileSync(target.path);
    expect([written[0], written[1]]).toEqual([0xff, 0xd8]);

    // One of the user's own formats: its byte cap is met by a quality search.
    const noisy = new Uint8Array(
      await sharp(Buffer.from(Array.from({ length: 600 * 600 * 3 }, (_, i) => (i * 7919) % 251)), { raw: { width: 600, height: 600, channels: 3 } })
        .jpeg({ quality: 95 })
        .toBuffer(),
    );
    const { format } = await call('formats.save', { name: 'Small cap', width: 600, height: 600, limits: { maxBytes: 60_000 } });
    const out = stageTarget(backend, 'capped.jpg');
    const capped = await call('preflight.fix', { source: await stageBytes(backend, 'noisy.jpg', noisy), formatId: `user:${format.id}`, target: out.id });
    expect(noisy.length).toBeGreaterThan(60_000);
    expect(capped.written).toBe(true);
    expect(readFileSync(out.path).length).toBeLessThanOrEqual(60_000);
    expect(capped.changes.length).toBeGreaterThan(0);

    const unknown = await backend.dispatch('preflight.check', { formatId: 'nope', source: await stageBytes(backend, 'a.jpg', noisy) });
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'invalid-args', key: 'export.unknownFormat' });
    const garbage = await backend.dispatch('preflight.check', { formatId: 'tiktok-photo', source: await stageBytes(backend, 'g.jpg', new Uint8Array([1, 2, 3, 4])) });
    expect(garbage.ok || garbage.error.code).toBe('bad-file');
  });

  it('keeps settings', async () => {
    expect(await call('settings.update', { language: 'fr' })).toEqual({ language: 'fr' });
    expect(await call('settings.get', {})).toEqual({ language: 'fr' });
  });

  it('emits library.changed events', async () => {
    const seen: unknown[] = [];
    backend.onEvent((name, payload) => seen.push([name, payload]));
    const { design } = await call('designs.create', { name: 'E', format });
    expect(seen).toContainEqual(['library.changed', { scope: 'designs', id: design.id }]);
  });

  it('user formats: save, list, rename, delete through the contract, kept across a reopen, with events', async () => {
    const seen: unknown[] = [];
    backend.onEvent((name, payload) => seen.push([name, payload]));
    const { format: poster } = await call('formats.save', { name: 'Affiche A3', width: 1000, height: 1500, limits: { maxBytes: 2_000_000 } });
    expect(seen).toContainEqual(['library.changed', { scope: 'formats', id: poster.id }]);
    await call('formats.save', { name: 'Bannière', width: 1200, height: 400 });
    // A design made from it stores the user:<id> preset and its own size.
    const { design } = await call('designs.create', { name: 'Concert', format: { preset: `user:${poster.id}`, width: 1000, height: 1500 } });
    expect(design.format).toEqual({ preset: `user:${poster.id}`, width: 1000, height: 1500 });

    await backend.close();
    backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
    const listed = (await call('formats.list', {})).formats;
    expect(listed.map((f) => f.name)).toEqual(['Affiche A3', 'Bannière']);
    expect(listed[0]).toEqual(poster);
    // Only the user's own: the catalog is not repeated.
    expect(listed.some((f) => f.id.includes('instagram'))).toBe(false);

    const after: unknown[] = [];
    backend.onEvent((name, payload) => after.push([name, payload]));
    await call('formats.save', { id: poster.id, name: 'Poster A3', width: 1000, height: 1500 });
    await call('formats.delete', { id: listed[1].id });
    expect(after).toEqual([
      ['library.changed', { scope: 'formats', id: poster.id }],
      ['library.changed', { scope: 'formats', id: listed[1].id }],
    ]);
    await backend.close();
    backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
    expect((await call('formats.list', {})).formats.map((f) => f.name)).toEqual(['Poster A3']);
    expect((await call('designs.get', { id: design.id })).design.format.preset).toBe(`user:${poster.id}`);
  });

  it('user formats: invalid input is refused with the reason', async () => {
    const refused = async (args: unknown) => {
      const outcome = await backend.dispatch('formats.save', args);
      expect(outcome.ok).toBe(false);
      return outcome.ok ? null : outcome.error;
    };
    expect(await refused({ name: '  ', width: 100, height: 100 })).toMatchObject({ code: 'invalid-args', key: 'call.invalidArgs', message: 'formats.save: name: a format needs a name' });
    expect(await refused({ width: 100, height: 100 })).toMatchObject({ code: 'invalid-args', message: 'formats.save: name: a format needs a name' });
    expect((await refused({ name: 'A', width: 0, height: 100 }))?.message).toBe('formats.save: width: the width must be at least 1 px');
    expect((await refused({ name: 'A', width: 100, height: 8001 }))?.message).toBe('formats.save: height: the height must be at most 8000 px');
    expect((await refused({ name: 'A', width: 100, height: 100, limits: { types: ['image/bmp'] } }))?.code).toBe('invalid-args');
    expect((await refused({ name: 'x'.repeat(81), width: 100, height: 100 }))?.message).toContain('at most 80 characters');
    await call('formats.save', { name: 'A', width: 100, height: 100 });
    expect((await refused({ name: 'a', width: 100, height: 100 }))?.message).toBe('There is already a format named "A": choose another name.');
    expect(await backend.dispatch('formats.delete', { id: 'fmissing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await call('formats.list', {})).formats).toHaveLength(1);
  });

  it('media paths accept only valid ids', () => {
    for (const [kind, id] of [['asset', '../x'], ['thumb', 'a'.repeat(63)], ['design-thumb', '../../etc'], ['other', 'x']]) {
      expect(backend.mediaPath(kind, id)).toBeNull();
    }
  });
});

describe('defaultLibraryDir', () => {
  it('honours AFFICHE_LIBRARY, else the OS app-data folder', () => {
    expect(defaultLibraryDir({ AFFICHE_LIBRARY: '/tmp/lib' }, 'linux', '/home/u')).toBe('/tmp/lib');
    expect(defaultLibraryDir({}, 'linux', '/home/u')).toBe('/home/u/.config/Affiche/library');
    expect(defaultLibraryDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/Affiche/library');
    expect(defaultLibraryDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support/Affiche/library');
    expect(defaultLibraryDir({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32', 'C:\\Users\\u')).toContain('Affiche');
  });
});

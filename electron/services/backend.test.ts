import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { DesignSummary, MethodName, ResultOf, ArgsOf } from '../../core/api';
import { createTextElement } from '../../core/schema';
import { createBackend, defaultLibraryDir, type Backend } from './backend';

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
    const summary = await call('designs.importFile', { fileName: 'soldes.affiche', data: new Uint8Array(readFileSync(file)) });
    expect(summary.name).toBe('Soldes d’été');
    const assets = (await call('assets.list', {})).assets;
    expect(assets).toHaveLength(1);
    expect(backend.mediaPath('asset', assets[0].id)).toBeTruthy();
    const exported = await call('designs.exportFile', { id: summary.id });
    expect(exported.fileName).toBe('Soldes d’été.affiche');
    const again = await call('designs.importFile', { fileName: exported.fileName, data: exported.data });
    expect(again.id).not.toBe(summary.id);
    expect((await call('assets.list', {})).assets).toHaveLength(1);
  });

  it('rejects a bad .affiche and a non-image import with specific messages', async () => {
    const bad = await backend.dispatch('designs.importFile', { fileName: 'x.affiche', data: new TextEncoder().encode('nope') });
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('"x.affiche" is not an Affiche design file') } });
    const text = await backend.dispatch('assets.import', { fileName: 'notes.txt', data: new TextEncoder().encode('hello, this is text') });
    expect(text).toMatchObject({ ok: false, error: { code: 'bad-file', message: expect.stringContaining('notes.txt') } });
  });

  it('reports the app version, notices and ffmpeg', async () => {
    const info = await call('app.info', {});
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(info.readOnly).toBe(false);
    expect(info.ffmpeg.ok).toBe(true);
    expect(info.ffmpeg.version).toBeTruthy();
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

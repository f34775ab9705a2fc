/**
 * The brand kit in the library and through the dispatcher: saved palettes, presets and logos survive
 * a reopen; bad input is refused with the reason (logos must be library images); `library.changed`
 * says 'brandKit'; a full disk leaves both the file and the kit as they were.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArgsOf, MethodName, ResultOf } from '../../../core/api';
import { DEFAULT_TEXT_PRESETS } from '../../../core/schema/brandKit';
import { LIBRARY_SCHEMA_VERSION } from '../../../core/schema/library';
import { createBackend, type Backend } from '../backend';
import { staged } from '../testing/backendTesting';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { makeTempDir, pngBytes, removeDir, steppingClock, switchableFullDisk } from './testing/helpers';

describe('brand kit through the dispatcher', () => {
  let dir: string;
  let backend: Backend;
  const call = async <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> => {
    const outcome = await backend.dispatch(method, args);
    if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
    return outcome.result as ResultOf<M>;
  };
  const refusal = async (method: MethodName, args: unknown) => {
    const outcome = await backend.dispatch(method, args);
    if (outcome.ok) throw new Error(`expected ${method} to be refused`);
    return outcome.error;
  };
  const open = async () => {
    backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
  };

  beforeEach(async () => {
    dir = await makeTempDir();
    await open();
  });
  afterEach(async () => {
    await backend.close();
    await removeDir(dir);
  });

  it('a new library has an empty kit with the four default text styles', async () => {
    const { brandKit } = await call('brandKit.get', {});
    expect(brandKit).toEqual({ palettes: [], presets: DEFAULT_TEXT_PRESETS, logos: [] });
  });

  it('saves palettes, presets and logos; they survive a reopen, and each change is announced', async () => {
    const seen: unknown[] = [];
    backend.onEvent((name, payload) => seen.push([name, payload]));
    const { asset } = await call('assets.import', await staged(backend, 'logo.png', new Uint8Array(await pngBytes(40, 20, '#6d4aff'))));

    const heading = { ...DEFAULT_TEXT_PRESETS.heading, fontFamily: 'Lora', fontSize: 120, fill: '#ff5a5f' };
    const { brandKit } = await call('brandKit.update', {
      palettes: [{ name: '  Summer   sale ', colors: [{ hex: '#FF5A5F', name: ' Coral ' }, { hex: '#ffb547', name: '  ' }] }],
      presets: { heading },
      logos: [asset.id],
    });
    expect(brandKit.palettes).toEqual([{ id: expect.stringMatching(/^pal[a-z0-9]{9}$/), name: 'Summer sale', colors: [{ hex: '#ff5a5f', name: 'Coral' }, { hex: '#ffb547' }] }]);
    expect(brandKit.presets.heading).toEqual(heading);
    expect(brandKit.presets.body).toEqual(DEFAULT_TEXT_PRESETS.body);
    expect(brandKit.logos).toEqual([asset.id]);
    expect(seen).toContainEqual(['library.changed', { scope: 'brandKit' }]);

    // Parts left out stay as they were; a palette keeps its id when renamed.
    const id = brandKit.palettes[0].id;
    await call('brandKit.update', { palettes: [{ id, name: 'Été', colors: brandKit.palettes[0].colors }, { name: 'Night', colors: [{ hex: '#111111' }] }] });

    await backend.close();
    await open();
    const reopened = (await call('brandKit.get', {})).brandKit;
    expect(reopened.palettes.map((p) => [p.id === id, p.name])).toEqual([
      [true, 'Été'],
      [false, 'Night'],
    ]);
    expect(reopened.presets.heading).toEqual(heading);
    expect(reopened.logos).toEqual([asset.id]);
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'library.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(onDisk.brandKit.palettes[0].name).toBe('Été');

    // null puts a preset back to its default.
    expect((await call('brandKit.update', { presets: { heading: null } })).brandKit.presets.heading).toEqual(DEFAULT_TEXT_PRESETS.heading);
  });

  it('refuses bad input with the reason, and changes nothing', async () => {
    const { brandKit } = await call('brandKit.update', { palettes: [{ name: 'Brand', colors: [{ hex: '#111111' }] }] });
    const before = JSON.stringify(brandKit);
    const cases: Array<[unknown, string, RegExp]> = [
      [{ palettes: [{ name: 'X', colors: [{ hex: 'red' }] }] }, 'invalid-args', /hex code like #ff5a5f/],
      [{ palettes: [{ name: '   ', colors: [] }] }, 'invalid-args', /needs a name/],
      [{ palettes: [{ name: 'A', colors: [] }, { name: 'a', colors: [] }] }, 'invalid-args', /already a palette named "A"/],
      [{ palettes: [{ name: 'A', colors: [{ hex: '#111111' }, { hex: '#111111' }] }] }, 'invalid-args', /#111111 is twice/],
      [{ palettes: [{ id: 'palnothere', name: 'Gone', colors: [] }] }, 'not-found', /no longer exists/],
      [{ logos: ['0'.repeat(64)] }, 'invalid-args', /must be an image of the library/],
      [{ logos: ['../../etc/passwd'] }, 'invalid-args', /logos/],
      [{ presets: { heading: { ...DEFAULT_TEXT_PRESETS.heading, fontSize: 0 } } }, 'invalid-args', /font size is at least 1 px/],
      [{ presets: { title: DEFAULT_TEXT_PRESETS.heading } }, 'invalid-args', /title/],
    ];
    for (const [args, code, message] of cases) {
      const error = await refusal('brandKit.update', args);
      expect(error.code, JSON.stringify(args)).toBe(code);
      expect(error.message, JSON.stringify(args)).toMatch(message);
    }
    expect(JSON.stringify((await call('brandKit.get', {})).brandKit)).toBe(before);
  });
});

describe('brand kit on a full disk (REL-04)', () => {
  let dir: string;
  let library: LibraryStore;
  const disk = switchableFullDisk();
  beforeEach(async () => {
    dir = await makeTempDir();
    disk.full = false;
    library = await openLibrary({ dir, now: steppingClock(), io: disk });
  });
  afterEach(async () => {
    await library.close();
    await removeDir(dir);
  });

  it('a failed write puts the kit back as it was, in memory and on disk', async () => {
    await library.updateBrandKit({ palettes: [{ name: 'Brand', colors: [{ hex: '#111111' }] }] });
    const file = await fs.readFile(path.join(dir, 'library.json'), 'utf8');
    const kit = library.getBrandKit();
    disk.full = true;
    await expect(library.updateBrandKit({ palettes: [], presets: { body: { ...DEFAULT_TEXT_PRESETS.body, fontSize: 99 } } })).rejects.toThrow(/disk is full/);
    expect(library.getBrandKit()).toEqual(kit);
    expect(await fs.readFile(path.join(dir, 'library.json'), 'utf8')).toBe(file);
    disk.full = false;
    await library.close();
    library = await openLibrary({ dir, now: steppingClock() });
    expect(library.getBrandKit()).toEqual(kit);
  });

  it('a v2 library (brandKit: {}) opens with the defaults and saves a kit at the current version', async () => {
    await library.close();
    const v2 = { schemaVersion: 2, assets: {}, designs: {}, settings: { language: 'fr' }, formats: {}, tags: [], collections: [], brandKit: {}, templates: [] };
    await fs.writeFile(path.join(dir, 'library.json'), JSON.stringify(v2));
    library = await openLibrary({ dir, now: steppingClock() });
    expect(library.getBrandKit().presets.caption).toEqual(DEFAULT_TEXT_PRESETS.caption);
    await library.updateBrandKit({ palettes: [{ name: 'Brand', colors: [] }] });
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'library.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(onDisk.brandKit.palettes[0].name).toBe('Brand');
    expect(onDisk.settings.language).toBe('fr');
  });
});

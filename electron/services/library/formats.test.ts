/**
 * The user's own formats in library.json: saved, listed, renamed and deleted across reopen; a v1
 * library on disk gets them by migration (with the v1 copy kept); bad input is refused with the
 * reason; a full disk leaves both the file and the list as they were.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_SCHEMA_VERSION, USER_FORMAT_LIMITS } from '../../../core/schema/library';
import { UserError } from '../errors';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { makeTempDir, removeDir, steppingClock, switchableFullDisk } from './testing/helpers';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../core/schema/fixtures');

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('user formats in the library', () => {
  let dir: string;
  let library: LibraryStore;
  beforeEach(async () => {
    dir = await makeTempDir();
    library = await openLibrary({ dir, now: steppingClock() });
  });
  afterEach(async () => {
    await library.close();
    await removeDir(dir);
  });

  const reopen = async () => {
    await library.close();
    library = await openLibrary({ dir, now: steppingClock(Date.parse('2025-04-01T00:00:00.000Z')) });
  };

  it('saves, lists by name, updates and deletes; every change survives a reopen', async () => {
    const poster = await library.saveFormat({ name: '  Affiche   A3 ', width: 1000, height: 1500, limits: { maxBytes: 5_000_000, note: ' Imprimeur ' } });
    expect(poster).toMatchObject({ name: 'Affiche A3', width: 1000, height: 1500, limits: { maxBytes: 5_000_000, note: 'Imprimeur' } });
    expect(poster.id).toMatch(/^f[a-z0-9]{9}$/);
    const banner = await library.saveFormat({ name: 'bannière', width: 1200, height: 400, limits: { note: '  ' } });
    expect(banner.limits).toBeUndefined(); // an empty note is no limit at all

    await reopen();
    expect(library.listFormats().map((f) => f.name)).toEqual(['Affiche A3', 'bannière']);
    expect(library.listFormats()[0]).toEqual(poster);
    const onDisk = JSON.parse(await fs.readFile(path.join(dir, 'library.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(onDisk.formats[poster.id]).toEqual(poster);

    const renamed = await library.saveFormat({ id: poster.id, name: 'Poster', width: 1000, height: 1400 });
    expect(renamed).toMatchObject({ id: poster.id, name: 'Poster', height: 1400, createdAt: poster.createdAt });
    expect(renamed.limits).toBeUndefined(); // a save replaces the whole format
    expect(renamed.updatedAt > poster.updatedAt).toBe(true);
    await library.deleteFormat(banner.id);

    await reopen();
    expect(library.listFormats()).toEqual([renamed]);
    // A design never depends on its format's record: it stores its own size.
    expect(library.listDesigns({})).toEqual([]);
  });

  it('refuses bad input with the reason, and changes nothing', async () => {
    await library.saveFormat({ name: 'Affiche A3', width: 1000, height: 1500 });
    const before = await fs.readFile(path.join(dir, 'library.json'));
    expect((await userError(library.saveFormat({ name: '   ', width: 10, height: 10 }))).message).toContain('a format needs a name');
    expect((await userError(library.saveFormat({ name: 'affiche a3', width: 10, height: 10 }))).message).toBe(
      'There is already a format named "Affiche A3": choose another name.',
    );
    expect((await userError(library.saveFormat({ name: 'Big', width: 9000, height: 10 }))).message).toContain('the width must be at most 8000 px');
    expect((await userError(library.saveFormat({ name: 'Big', width: 10, height: 10, limits: { maxBytes: 0 } }))).message).toContain('size cap');
    expect((await userError(library.saveFormat({ id: 'fnothere', name: 'Lost', width: 10, height: 10 }))).code).toBe('not-found');
    expect((await userError(library.saveFormat({ id: '__proto__', name: 'Proto', width: 10, height: 10 }))).code).toBe('not-found');
    expect((await userError(library.deleteFormat('__proto__'))).code).toBe('not-found');
    expect((await userError(library.deleteFormat('fnothere'))).code).toBe('not-found');
    expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(before);
    expect(library.listFormats()).toHaveLength(1);
  });

  it(`keeps at most ${USER_FORMAT_LIMITS.maxFormats} formats`, async () => {
    for (let i = 0; i < USER_FORMAT_LIMITS.maxFormats; i++) await library.saveFormat({ name: `Format ${i}`, width: 100 + i, height: 100 });
    const error = await userError(library.saveFormat({ name: 'One more', width: 10, height: 10 }));
    expect(error.message).toContain(`already have ${USER_FORMAT_LIMITS.maxFormats} formats`);
    // Updating one of them is still fine.
    const first = library.listFormats()[0];
    await library.saveFormat({ ...first, name: 'Renamed' });
    await reopen();
    expect(library.listFormats()).toHaveLength(USER_FORMAT_LIMITS.maxFormats);
  });

  it('a v1 library on disk opens with no formats, keeps its v1 copy, and takes new formats', async () => {
    await library.close();
    await removeDir(dir);
    dir = await makeTempDir();
    const v1 = await fs.readFile(path.join(fixtures, 'library.v1.json'));
    await fs.writeFile(path.join(dir, 'library.json'), v1);
    library = await openLibrary({ dir, now: steppingClock() });
    expect(library.notices()).toEqual([]);
    expect(library.listFormats()).toEqual([]);
    expect(await fs.readFile(path.join(dir, 'backups', 'library.v1.json'))).toEqual(v1);
    await library.saveFormat({ name: 'Affiche A3', width: 1000, height: 1500 });
    await reopen();
    expect(library.listFormats().map((f) => f.name)).toEqual(['Affiche A3']);
    expect(library.getSettings().language).toBe('fr'); // the rest of the v1 index is kept
  });

  it('a library from a newer Affiche lists its formats but changes none', async () => {
    await library.saveFormat({ name: 'Affiche A3', width: 1000, height: 1500 });
    await library.close();
    const file = path.join(dir, 'library.json');
    const future = JSON.parse(await fs.readFile(file, 'utf8'));
    future.schemaVersion = LIBRARY_SCHEMA_VERSION + 1;
    await fs.writeFile(file, JSON.stringify(future));
    library = await openLibrary({ dir });
    expect(library.readOnly).toBe(true);
    expect(library.listFormats().map((f) => f.name)).toEqual(['Affiche A3']);
    const [format] = library.listFormats();
    expect((await userError(library.saveFormat({ name: 'New', width: 10, height: 10 }))).code).toBe('read-only');
    expect((await userError(library.deleteFormat(format.id))).code).toBe('read-only');
  });
});

describe('user formats on a full disk (REL-04)', () => {
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

  it('a failed save or delete leaves the file and the list as they were; the next one works', async () => {
    const kept = await library.saveFormat({ name: 'Kept', width: 10, height: 10 });
    const before = await fs.readFile(path.join(dir, 'library.json'));
    disk.full = true;
    expect((await userError(library.saveFormat({ name: 'Lost', width: 10, height: 10 }))).code).toBe('disk-full');
    expect((await userError(library.saveFormat({ id: kept.id, name: 'Renamed', width: 10, height: 10 }))).code).toBe('disk-full');
    expect((await userError(library.deleteFormat(kept.id))).code).toBe('disk-full');
    expect(library.listFormats()).toEqual([kept]);
    expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(before);
    disk.full = false;
    await library.saveFormat({ name: 'Lost', width: 10, height: 10 });
    expect(library.listFormats().map((f) => f.name)).toEqual(['Kept', 'Lost']);
  });
});

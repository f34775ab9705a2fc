/**
 * REL-04: a full disk during a save gives a clear "disk full" error, leaves the original
 * byte-identical and no temp file, and the next save works. The seam tests always run; the tmpfs
 * test needs root (mount) and is skipped elsewhere.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTextElement } from '../../../core/schema/factory';
import type { Design } from '../../../core/schema/design';
import { formatMessage } from '../../../core/messages';
import { UserError } from '../errors';
import { defaultIo, type DurableIo } from './durableFile';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { findTemps, makeTempDir, pngBytes, removeDir, sampleDesign, steppingClock } from './testing/helpers';

/** A disk that fills up on demand: writes half, then ENOSPC. */
function switchableDisk(): DurableIo & { full: boolean } {
  return {
    full: false,
    async writeAll(handle, data) {
      if (!this.full) return defaultIo.writeAll(handle, data);
      await defaultIo.writeAll(handle, data.subarray(0, data.byteLength >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    },
  };
}

async function diskFullError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).code).toBe('disk-full');
  return error as UserError;
}

describe('REL-04 full disk (seam)', () => {
  let dir: string;
  let library: LibraryStore;
  let disk: ReturnType<typeof switchableDisk>;
  beforeEach(async () => {
    dir = await makeTempDir();
    disk = switchableDisk();
    library = await openLibrary({ dir, now: steppingClock(), io: disk });
  });
  afterEach(async () => {
    await library.close();
    await removeDir(dir);
  });

  it('saveDesign: clear error, design file and index untouched, next save works', async () => {
    const design = sampleDesign({ id: 'd1' });
    await library.createDesign(design);
    const file = path.join(dir, 'designs', 'd1.json');
    const before = await fs.readFile(file);
    const indexBefore = await fs.readFile(path.join(dir, 'library.json'));
    disk.full = true;
    const error = await diskFullError(library.saveDesign({ ...design, name: 'Bigger' }));
    expect(error.message).toBe('The disk is full: design "Bigger" was not saved; the previous version is intact.');
    expect(error.detail).toEqual({ key: 'library.diskFull', params: { what: { key: 'library.label.design', params: { name: 'Bigger' } } } });
    expect(await fs.readFile(file)).toEqual(before);
    expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(indexBefore);
    expect(library.listDesigns({})[0].name).toBe('Summer sale');
    expect(await findTemps(dir)).toEqual([]);
    disk.full = false;
    await library.saveDesign({ ...design, name: 'Bigger' });
    expect((await library.getDesign('d1')).design.name).toBe('Bigger');
  });

  it('library.json: settings stay as they were on disk and in memory', async () => {
    const before = await fs.readFile(path.join(dir, 'library.json'));
    disk.full = true;
    const error = await diskFullError(library.updateSettings({ language: 'fr' }));
    expect(error.message).toBe('The disk is full: library.json was not saved; the previous version is intact.');
    expect(library.getSettings()).toEqual({ language: 'system' });
    expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(before);
    disk.full = false;
    expect(await library.updateSettings({ language: 'fr' })).toEqual({ language: 'fr' });
  });

  it('importAsset: not listed, no temp left, and the same file imports fine afterwards', async () => {
    const png = await pngBytes(20, 20);
    disk.full = true;
    const error = await diskFullError(library.importAsset('photo.png', png));
    expect(error.message).toBe('The disk is full: "photo.png" was not saved; the previous version is intact.');
    expect(formatMessage(error.detail, 'fr')).toBe('Le disque est plein\u00a0: impossible d’enregistrer «\u00a0photo.png\u00a0»\u202f; la version précédente est intacte.');
    expect(library.listAssets({})).toEqual([]);
    expect(await findTemps(dir)).toEqual([]);
    disk.full = false;
    expect((await library.importAsset('photo.png', png)).duplicate).toBe(false);
  });
});

/** Mount a small tmpfs (root only). False when that is not possible here. */
function mountTmpfs(dir: string, size: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('REL-04 full disk (real tmpfs, root only)', async () => {
  const mountPoint = await makeTempDir('affiche-tmpfs-');
  const mounted = mountTmpfs(mountPoint, '256k');
  afterAll(async () => {
    if (mounted) execFileSync('umount', [mountPoint]);
    await removeDir(mountPoint);
  });

  it.skipIf(!mounted)('a save that does not fit: disk-full, original byte-identical, next save works', async () => {
    const dir = path.join(mountPoint, 'library');
    const library = await openLibrary({ dir, now: steppingClock() });
    try {
      const design = sampleDesign({ id: 'd1' });
      await library.createDesign(design);
      const file = path.join(dir, 'designs', 'd1.json');
      const before = await fs.readFile(file);

      // Fill the disk.
      const filler = await fs.open(path.join(mountPoint, 'filler'), 'w');
      try {
        const chunk = Buffer.alloc(4096, 1);
        for (;;) await filler.write(chunk);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        await filler.close();
      }

      const big: Design = {
        ...design,
        pages: [{ ...design.pages[0], elements: Array.from({ length: 40 }, (_, i) => createTextElement({ id: `t${i}`, x: 0, y: i * 10, width: 500, text: 'x'.repeat(500) })) }],
      };
      const error = await diskFullError(library.saveDesign(big));
      expect(error.message).toBe('The disk is full: design "Summer sale" was not saved; the previous version is intact.');
      expect(await fs.readFile(file)).toEqual(before);
      expect(await findTemps(dir)).toEqual([]);

      await fs.unlink(path.join(mountPoint, 'filler'));
      await library.saveDesign(big);
      expect((await library.getDesign('d1')).design.pages[0].elements).toHaveLength(40);
    } finally {
      await library.close();
    }
  });
  it.skipIf(!mounted)('an import that does not fit: disk-full, no record, no blob or thumbnail left, then it imports', async () => {
    const dir = path.join(mountPoint, 'import');
    const library = await openLibrary({ dir, now: steppingClock() });
    try {
      // ~50 KB that does not compress: more than what is left once the disk is filled.
      const photo = await sharp(Buffer.from(Array.from({ length: 128 * 128 * 3 }, (_, i) => (i * 2654435761) >>> 24)), { raw: { width: 128, height: 128, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer();
      const index = await fs.readFile(path.join(dir, 'library.json'));
      const filler = await fs.open(path.join(mountPoint, 'filler-import'), 'w');
      try {
        const chunk = Buffer.alloc(4096, 1);
        for (;;) await filler.write(chunk);
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      } finally {
        await filler.close();
      }
      const error = await diskFullError(library.importAsset('photo.png', photo));
      expect(error.message).toMatch(/^The disk is full: /);
      expect(library.listAssets({})).toEqual([]);
      expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(index);
      expect(await fs.readdir(path.join(dir, 'blobs'))).toEqual([]);
      expect(await fs.readdir(path.join(dir, 'thumbs'))).toEqual([]);
      expect(await findTemps(dir)).toEqual([]);
      await fs.unlink(path.join(mountPoint, 'filler-import'));
      expect((await library.importAsset('photo.png', photo)).duplicate).toBe(false);
    } finally {
      await library.close();
    }
  });
});

/**
 * A disk that fills up at one kind of write only: the original (`blob`), the thumbnail (a WebP:
 * "RIFF"), or library.json (text starting with "{"), so each step of an import can be hit alone.
 */
function diskFullFor(kind: 'blob' | 'thumbnail' | 'library.json'): DurableIo & { full: boolean } {
  const is = (data: Uint8Array) => {
    const head = Buffer.from(data.subarray(0, 4)).toString('latin1');
    if (head === 'RIFF') return 'thumbnail';
    if (head.startsWith('{')) return 'library.json';
    return 'blob';
  };
  return {
    full: false,
    async writeAll(handle, data) {
      if (!this.full || is(data) !== kind) return defaultIo.writeAll(handle, data);
      await defaultIo.writeAll(handle, data.subarray(0, data.byteLength >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    },
  };
}

describe('REL-04 full disk during asset imports and organisation (seam)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await makeTempDir();
  });
  afterEach(async () => {
    await removeDir(dir);
  });

  const filesIn = async (sub: string) => (await fs.readdir(path.join(dir, sub))).sort();

  for (const [kind, message] of [
    ['blob', 'The disk is full: "photo.png" was not saved; the previous version is intact.'],
    ['thumbnail', 'The disk is full: the preview of "photo.png" was not saved; the previous version is intact.'],
    ['library.json', 'The disk is full: library.json was not saved; the previous version is intact.'],
  ] as const) {
    it(`import, disk full at the ${kind}: disk-full error, no record, no blob or thumbnail left, retry works`, async () => {
      const disk = diskFullFor(kind);
      const library = await openLibrary({ dir, now: steppingClock(), io: disk });
      try {
        const kept = await library.importAsset('kept.png', await pngBytes(8, 8, '#00ff00'));
        const indexBefore = await fs.readFile(path.join(dir, 'library.json'));
        const png = await pngBytes(20, 20);
        disk.full = true;
        const error = await diskFullError(library.importAsset('photo.png', png));
        expect(error.message).toBe(message);
        expect(library.listAssets({}).map((a) => a.id)).toEqual([kept.asset.id]);
        expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(indexBefore);
        expect(await filesIn('blobs')).toEqual([kept.asset.id]);
        expect(await filesIn('thumbs')).toEqual([`${kept.asset.id}.webp`]);
        expect(await findTemps(dir)).toEqual([]);
        disk.full = false;
        const again = await library.importAsset('photo.png', png);
        expect(again.duplicate).toBe(false);
        expect(await library.readAsset(again.asset.id)).toEqual(new Uint8Array(png));
      } finally {
        await library.close();
      }
      // And after a reopen, only what was acknowledged.
      const reopened = await openLibrary({ dir, readOnly: true });
      expect(reopened.listAssets({})).toHaveLength(2);
      await reopened.close();
    });
  }

  it('several imports at once, disk full at library.json: none is listed, none leaves a file', async () => {
    const disk = diskFullFor('library.json');
    const library = await openLibrary({ dir, now: steppingClock(), io: disk });
    try {
      disk.full = true;
      const pngs = await Promise.all(['#110000', '#220000', '#330000', '#440000'].map((c) => pngBytes(10, 10, c)));
      const results = await Promise.allSettled(pngs.map((png, i) => library.importAsset(`p${i}.png`, png)));
      for (const result of results) {
        expect(result.status).toBe('rejected');
        expect(((result as PromiseRejectedResult).reason as UserError).code).toBe('disk-full');
      }
      expect(library.listAssets({})).toEqual([]);
      expect(await filesIn('blobs')).toEqual([]);
      expect(await filesIn('thumbs')).toEqual([]);
      expect(await findTemps(dir)).toEqual([]);
    } finally {
      await library.close();
    }
  });

  it('tag, rename, trash, restore, empty the trash: disk-full error, library.json and the list unchanged, next call works', async () => {
    const disk = diskFullFor('library.json');
    const library = await openLibrary({ dir, now: steppingClock(), io: disk });
    try {
      const a = (await library.importAsset('a.png', await pngBytes(8, 8, '#ff0000'))).asset.id;
      const b = (await library.importAsset('b.png', await pngBytes(8, 8, '#0000ff'))).asset.id;
      await library.trashAssets([b]);
      const index = path.join(dir, 'library.json');
      const before = await fs.readFile(index);
      const listed = () => ({ library: library.searchAssets({}), trash: library.searchAssets({ trash: true }) });
      const shown = listed();
      disk.full = true;
      const calls: [string, () => Promise<unknown>][] = [
        ['tag', () => library.tagAssets([a], ['soldes'])],
        ['rename', () => library.updateAsset({ id: a, name: 'Affiche' })],
        ['trash', () => library.trashAssets([a])],
        ['restore', () => library.restoreAssets([b])],
        ['empty the trash', () => library.emptyAssetTrash()],
      ];
      for (const [what, call] of calls) {
        const error = await diskFullError(call());
        expect(error.message, what).toBe('The disk is full: library.json was not saved; the previous version is intact.');
        expect(await fs.readFile(index), what).toEqual(before);
        expect(listed(), what).toEqual(shown);
        expect(await findTemps(dir), what).toEqual([]);
      }
      // The trashed asset still has its original: restoring it gives a whole asset.
      expect(await filesIn('blobs')).toEqual([a, b].sort());
      disk.full = false;
      expect((await library.tagAssets([a], ['soldes']))[0].tags).toEqual(['soldes']);
      expect((await library.updateAsset({ id: a, name: 'Affiche' })).name).toBe('Affiche');
      expect(await library.emptyAssetTrash()).toEqual({ removed: 1, kept: [] });
      expect(await filesIn('blobs')).toEqual([a]);
      expect(await filesIn('thumbs')).toEqual([`${a}.webp`]);
    } finally {
      await library.close();
    }
  });
});

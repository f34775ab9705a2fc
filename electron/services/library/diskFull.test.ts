/**
 * REL-04: a full disk during a save gives a clear "disk full" error, leaves the original
 * byte-identical and no temp file, and the next save works. The seam tests always run; the tmpfs
 * test needs root (mount) and is skipped elsewhere.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTextElement } from '../../../core/schema/factory';
import type { Design } from '../../../core/schema/design';
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
});

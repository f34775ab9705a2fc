import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../errors';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { findTemps, makeTempDir, pngBytes, removeDir, sampleDesign, steppingClock } from './testing/helpers';

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

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).code;
}

describe('designs', () => {
  it('creates the on-disk layout and one file per design', async () => {
    const design = sampleDesign({ id: 'd1' });
    const summary = await library.createDesign(design);
    expect(summary).toEqual({
      id: 'd1',
      name: 'Summer sale',
      kind: 'still',
      format: design.format,
      pageCount: 1,
      createdAt: design.createdAt,
      updatedAt: design.updatedAt,
    });
    for (const sub of ['designs', 'blobs', 'thumbs', 'backups', 'library.json', 'designs/d1.json']) {
      await expect(fs.access(path.join(dir, sub))).resolves.toBeUndefined();
    }
    expect((await library.getDesign('d1')).design).toEqual(design);
    expect(await codeOf(library.createDesign(design))).toBe('invalid-args');
  });

  it('saves: stamps updatedAt, keeps the last 3 versions, lists newest first', async () => {
    await library.createDesign(sampleDesign({ id: 'a', name: 'A' }));
    await library.createDesign(sampleDesign({ id: 'b', name: 'B' }));
    const design = (await library.getDesign('a')).design;
    for (let i = 1; i <= 5; i++) {
      const { updatedAt } = await library.saveDesign({ ...design, name: `A v${i}` });
      expect(updatedAt > design.updatedAt).toBe(true);
    }
    expect(library.listDesigns({}).map((d) => d.name)).toEqual(['A v5', 'B']);
    const backups = await Promise.all(
      [1, 2, 3].map(async (n) => JSON.parse(await fs.readFile(path.join(dir, 'backups/designs', `a.${n}.json`), 'utf8')).name),
    );
    expect(backups).toEqual(['A v4', 'A v3', 'A v2']);
    expect(await findTemps(dir)).toEqual([]);
  });

  it('refuses invalid designs and unknown ids with clear codes', async () => {
    await library.createDesign(sampleDesign({ id: 'a' }));
    const bad = { ...sampleDesign({ id: 'a' }), pages: [] };
    expect(await codeOf(library.saveDesign(bad))).toBe('invalid-args');
    expect(await codeOf(library.saveDesign(sampleDesign({ id: 'nope' })))).toBe('not-found');
    for (const call of [
      library.getDesign('nope'),
      library.renameDesign('nope', 'x'),
      library.duplicateDesign('nope'),
      library.trashDesign('nope'),
      library.restoreDesign('nope'),
      library.getDesign('../library'),
    ]) {
      expect(await codeOf(call)).toBe('not-found');
    }
    expect(await codeOf(library.renameDesign('a', '   '))).toBe('invalid-args');
  });

  it('renames (file and index), duplicates with a new id, trashes, restores and empties the trash', async () => {
    await library.createDesign(sampleDesign({ id: 'a', name: 'Poster' }));
    const renamed = await library.renameDesign('a', '  Launch poster ');
    expect(renamed.name).toBe('Launch poster');
    expect((await library.getDesign('a')).design.name).toBe('Launch poster');

    const copy = await library.duplicateDesign('a');
    expect(copy.id).not.toBe('a');
    expect(copy.name).toBe('Launch poster (copy)');
    expect((await library.getDesign(copy.id)).design.pages).toEqual((await library.getDesign('a')).design.pages);

    await library.trashDesign('a');
    expect(library.listDesigns({}).map((d) => d.id)).toEqual([copy.id]);
    expect(library.listDesigns({ trash: true }).map((d) => d.id)).toEqual(['a']);
    expect(library.listDesigns({ trash: true })[0].deletedAt).toBeDefined();
    const restored = await library.restoreDesign('a');
    expect(restored.deletedAt).toBeUndefined();

    await library.setDesignThumbnail(copy.id, await pngBytes(1080, 1350));
    await library.trashDesign(copy.id);
    await library.trashDesign('a');
    expect(await library.emptyTrash()).toBe(2);
    expect(library.listDesigns({})).toEqual([]);
    expect(library.listDesigns({ trash: true })).toEqual([]);
    expect(await fs.readdir(path.join(dir, 'designs'))).toEqual([]);
    expect(await fs.readdir(path.join(dir, 'thumbs'))).toEqual([]);
    expect(await fs.readdir(path.join(dir, 'backups/designs'))).toEqual([]);
    expect(await library.emptyTrash()).toBe(0);
  });

  it('stores design thumbnails as WebP and versions them by content', async () => {
    await library.createDesign(sampleDesign({ id: 'a' }));
    expect(library.designThumbnailPath('a')).toBeNull();
    await library.setDesignThumbnail('a', await pngBytes(1080, 1350, '#ff0000'));
    const first = library.listDesigns({})[0].thumbnailVersion;
    const file = library.designThumbnailPath('a')!;
    expect(file).toBe(path.join(dir, 'thumbs', 'design-a.webp'));
    const meta = await sharp(file).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['webp', 410, 512]);
    await library.setDesignThumbnail('a', await pngBytes(1080, 1350, '#00ff00'));
    expect(library.listDesigns({})[0].thumbnailVersion).not.toBe(first);
    expect(await codeOf(library.setDesignThumbnail('a', Buffer.from('not a png')))).toBe('bad-file');
    expect(library.designThumbnailPath('../../etc')).toBeNull();
  });

  it('reconciles at open: an unindexed design file is added, an entry without a file dropped', async () => {
    await library.createDesign(sampleDesign({ id: 'kept' }));
    await library.createDesign(sampleDesign({ id: 'gone' }));
    await library.close();
    await fs.unlink(path.join(dir, 'designs/gone.json'));
    // A design written just before a crash, before its index entry.
    await fs.writeFile(path.join(dir, 'designs/orphan.json'), JSON.stringify(sampleDesign({ id: 'orphan', name: 'Orphan' })));
    await fs.writeFile(path.join(dir, 'designs/notes.txt'), 'not ours');
    library = await openLibrary({ dir });
    expect(library.listDesigns({}).map((d) => d.id).sort()).toEqual(['kept', 'orphan']);
    expect(library.notices()).toEqual([]);
  });

  it('a name containing U+FFFD is not mistaken for a damaged file', async () => {
    await library.createDesign(sampleDesign({ id: 'a', name: 'Caf\ufffd menu' }));
    await library.updateSettings({ language: 'en' });
    await library.close();
    library = await openLibrary({ dir });
    expect(library.notices()).toEqual([]);
    expect((await library.getDesign('a')).design.name).toBe('Caf\ufffd menu');
    expect(await fs.readFile(path.join(dir, 'designs/a.json'), 'utf8')).toContain('Caf\ufffd menu');
  });

  it('settings default to system language and persist', async () => {
    expect(library.getSettings()).toEqual({ language: 'system' });
    expect(await library.updateSettings({ language: undefined })).toEqual({ language: 'system' });
    expect(await library.updateSettings({ language: 'fr' })).toEqual({ language: 'fr' });
    expect(await codeOf(library.updateSettings({ language: 'de' } as never))).toBe('invalid-args');
    await library.close();
    library = await openLibrary({ dir });
    expect(library.getSettings()).toEqual({ language: 'fr' });
  });

  it('a read-only library changes nothing and refuses every write', async () => {
    await library.createDesign(sampleDesign({ id: 'a' }));
    await library.close();
    const before = await fs.readFile(path.join(dir, 'library.json'));
    library = await openLibrary({ dir, readOnly: true });
    expect(library.readOnly).toBe(true);
    expect(await library.getDesign('a')).toMatchObject({ design: { id: 'a' }, readOnly: true });
    const png = await pngBytes(8, 8);
    for (const call of [
      library.createDesign(sampleDesign({ id: 'b' })),
      library.saveDesign(sampleDesign({ id: 'a' })),
      library.renameDesign('a', 'x'),
      library.duplicateDesign('a'),
      library.trashDesign('a'),
      library.restoreDesign('a'),
      library.emptyTrash(),
      library.setDesignThumbnail('a', png),
      library.importAsset('x.png', png),
      library.updateSettings({ language: 'en' }),
    ]) {
      expect(await codeOf(call)).toBe('read-only');
    }
    expect(await fs.readFile(path.join(dir, 'library.json'))).toEqual(before);
  });

  it('a read-only open of a folder that does not exist creates nothing', async () => {
    const missing = path.join(dir, 'nowhere');
    const viewer = await openLibrary({ dir: missing, readOnly: true });
    expect(viewer.listDesigns({})).toEqual([]);
    await viewer.close();
    await expect(fs.access(missing)).rejects.toThrow();
  });

  it('close flushes, releases the lock and refuses later writes', async () => {
    await library.createDesign(sampleDesign({ id: 'a' }));
    const pending = library.renameDesign('a', 'Renamed');
    await library.close();
    await pending;
    expect(await codeOf(library.saveDesign(sampleDesign({ id: 'a' })))).toBe('read-only');
    library = await openLibrary({ dir });
    expect(library.listDesigns({})[0].name).toBe('Renamed');
  });

  it('concurrent rename and save of one design: both land, in order', async () => {
    const design = sampleDesign({ id: 'a' });
    await library.createDesign(design);
    const edited = { ...design, pages: [{ ...design.pages[0], background: { fill: '#000000' } }] };
    await Promise.all([library.saveDesign(edited), library.renameDesign('a', 'Night')]);
    const { design: stored } = await library.getDesign('a');
    expect(stored.name).toBe('Night');
    expect(stored.pages[0].background.fill).toBe('#000000');
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createImageElement } from '../../../core/schema/factory';
import { parseLibraryText } from '../../../core/schema/library';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { defaultIo, type DurableIo } from './durableFile';
import { makeTempDir, pngBytes, removeDir, sampleDesign, steppingClock } from './testing/helpers';

let dir: string;
let library: LibraryStore;
const clock = steppingClock();

async function reopen(): Promise<void> {
  await library.close();
  library = await openLibrary({ dir, now: clock });
}

async function importPng(name: string, colour: string) {
  return (await library.importAsset(name, await pngBytes(8, 8, colour))).asset;
}

function designUsing(id: string, assetId: string, name = 'Poster') {
  const design = sampleDesign({ id, name });
  design.pages[0].elements.push(createImageElement({ assetId, x: 0, y: 0, width: 100, height: 100 }));
  return design;
}

beforeEach(async () => {
  dir = await makeTempDir();
  library = await openLibrary({ dir, now: clock });
});
afterEach(async () => {
  await library.close();
  await removeDir(dir);
});

describe('asset organisation', () => {
  it('renames (file name kept), notes, credit, licence, favourite: stored and kept across reopen', async () => {
    const a = await importPng('IMG_0042.png', '#ff0000');
    const updated = await library.updateAsset({ id: a.id, name: '  Plage  d’été ', notes: 'Biarritz\nJuin', credit: 'Photo: Jane Doe / Unsplash', licence: 'Unsplash', favourite: true });
    expect(updated).toMatchObject({ name: 'Plage  d’été', fileName: 'IMG_0042.png', notes: 'Biarritz\nJuin', credit: 'Photo: Jane Doe / Unsplash', favourite: true });
    await reopen();
    expect(library.getAsset(a.id)).toMatchObject({ name: 'Plage  d’été', fileName: 'IMG_0042.png', licence: 'Unsplash', favourite: true });
    // null and blank clear; the name goes back to the file name; false favourite is not stored.
    const cleared = await library.updateAsset({ id: a.id, name: null, notes: '   ', favourite: false });
    expect(cleared.name).toBeUndefined();
    expect(cleared.notes).toBeUndefined();
    expect('favourite' in cleared).toBe(false);
    expect(cleared.credit).toBe('Photo: Jane Doe / Unsplash');
    // library.json itself is valid against the v3 schema.
    expect(() => parseLibraryText(readFileSync(path.join(dir, 'library.json'), 'utf8'))).not.toThrow();
  });

  it('tags many assets at once: normalised, deduplicated, bounded; an unknown id changes nothing', async () => {
    const a = await importPng('a.png', '#ff0000');
    const b = await importPng('b.png', '#00ff00');
    await library.tagAssets([a.id, b.id, a.id], ['#Été', 'été', ' Mer '], []);
    expect(library.getAsset(a.id)?.tags).toEqual(['été', 'mer']);
    await library.tagAssets([a.id], ['plage'], ['MER']);
    expect(library.getAsset(a.id)?.tags).toEqual(['été', 'plage']);
    expect(library.getAsset(b.id)?.tags).toEqual(['été', 'mer']);
    await expect(library.tagAssets([a.id, 'f'.repeat(64)], ['x'])).rejects.toMatchObject({ code: 'not-found' });
    expect(library.getAsset(a.id)?.tags).toEqual(['été', 'plage']);
    const many = Array.from({ length: 49 }, (_, i) => `t${i}`);
    await expect(library.tagAssets([a.id], many)).rejects.toMatchObject({ code: 'invalid-args', message: expect.stringMatching(/at most 50/) });
    await library.tagAssets([a.id, b.id], [], ['été', 'plage', 'mer']);
    expect('tags' in library.getAsset(a.id)!).toBe(false);
    await reopen();
    expect(library.getAsset(b.id)?.tags).toBeUndefined();
  });

  it('collections: create, rename, add/remove assets, count, delete (assets stay)', async () => {
    const a = await importPng('a.png', '#ff0000');
    const b = await importPng('b.png', '#00ff00');
    const summer = await library.createCollection('  Été 2025 ');
    expect(summer.name).toBe('Été 2025');
    await expect(library.createCollection('ete 2025')).rejects.toMatchObject({ code: 'invalid-args', message: expect.stringMatching(/already/) });
    await expect(library.createCollection('   ')).rejects.toMatchObject({ code: 'invalid-args' });
    const logos = await library.createCollection('Logos');
    await library.setAssetCollections([a.id, b.id], [summer.id]);
    await library.setAssetCollections([b.id], [logos.id], [summer.id]);
    await expect(library.setAssetCollections([a.id], ['nope'])).rejects.toMatchObject({ code: 'not-found' });
    expect(library.listCollections().map((c) => [c.name, c.count])).toEqual([
      ['Été 2025', 1],
      ['Logos', 1],
    ]);
    expect(library.searchAssets({ collection: summer.id }).assets.map((x) => x.id)).toEqual([a.id]);
    await library.renameCollection(summer.id, 'Summer');
    await reopen();
    expect(library.listCollections().map((c) => c.name)).toEqual(['Logos', 'Summer']);
    await library.deleteCollection(summer.id);
    expect(library.getAsset(a.id)?.collections).toBeUndefined();
    expect(library.getAsset(a.id)).toBeDefined();
    await expect(library.renameCollection(summer.id, 'x')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('trash: refused while a design uses it unless forced; restore; re-import restores too', async () => {
    const a = await importPng('a.png', '#ff0000');
    const b = await importPng('b.png', '#0000ff');
    await library.createDesign(designUsing('dposter', a.id, 'Poster'));
    const refused = await library.trashAssets([a.id, b.id]);
    expect(refused.trashed).toEqual([]);
    expect(refused.inUse).toEqual([{ id: a.id, designs: [{ id: 'dposter', name: 'Poster', trashed: false }], brandKit: false }]);
    expect(library.listAssets({})).toHaveLength(2);
    expect((await library.trashAssets([b.id])).trashed).toEqual([b.id]);
    expect((await library.trashAssets([a.id], true)).trashed).toEqual([a.id]);
    expect(library.listAssets({})).toEqual([]);
    expect(library.searchAssets({ trash: true }).total).toBe(2);
    await reopen();
    expect(library.searchAssets({ trash: true }).total).toBe(2);
    await library.restoreAssets([b.id]);
    expect(library.listAssets({}).map((x) => x.id)).toEqual([b.id]);
    const again = await library.importAsset('a-again.png', await pngBytes(8, 8, '#ff0000'));
    expect(again).toMatchObject({ duplicate: true, asset: { id: a.id } });
    expect(again.asset.deletedAt).toBeUndefined();
    expect(library.listAssets({})).toHaveLength(2);
  });

  it('empty trash removes unused originals and thumbnails; keeps what any design (even trashed) uses', async () => {
    const used = await importPng('used.png', '#ff0000');
    const unused = await importPng('unused.png', '#00ff00');
    await library.createDesign(designUsing('dtrashed', used.id));
    await library.trashDesign('dtrashed');
    expect(await library.assetUsage(used.id)).toEqual({ designs: [{ id: 'dtrashed', name: 'Poster', trashed: true }], brandKit: false });
    // A design in the trash does not block trashing the asset...
    expect((await library.trashAssets([used.id, unused.id])).trashed).toHaveLength(2);
    // ...but keeps its original on disk.
    expect(await library.emptyAssetTrash()).toEqual({ removed: 1, kept: [used.id] });
    expect(existsSync(path.join(dir, 'blobs', unused.id))).toBe(false);
    expect(existsSync(path.join(dir, 'thumbs', `${unused.id}.webp`))).toBe(false);
    expect(library.getAsset(unused.id)).toBeUndefined();
    expect(existsSync(path.join(dir, 'blobs', used.id))).toBe(true);
    // Once the design is gone for good, the asset can go too (after a reopen: usage is rebuilt).
    await library.emptyTrash();
    await reopen();
    expect(await library.emptyAssetTrash()).toEqual({ removed: 1, kept: [] });
    expect(existsSync(path.join(dir, 'blobs', used.id))).toBe(false);
    expect(library.searchAssets({ trash: true }).total).toBe(0);
  });

  it('usage follows saves, duplicates and deletions without reopening', async () => {
    const a = await importPng('a.png', '#ff0000');
    const b = await importPng('b.png', '#00ff00');
    await library.createDesign(designUsing('d1', a.id, 'One'));
    expect((await library.assetUsage(a.id)).designs.map((d) => d.id)).toEqual(['d1']);
    await library.saveDesign(designUsing('d1', b.id, 'One'));
    expect((await library.assetUsage(a.id)).designs).toEqual([]);
    const copy = await library.duplicateDesign('d1');
    expect((await library.assetUsage(b.id)).designs.map((d) => d.id).sort()).toEqual(['d1', copy.id].sort());
    await library.trashDesign(copy.id);
    await library.emptyTrash();
    expect((await library.assetUsage(b.id)).designs.map((d) => d.id)).toEqual(['d1']);
    await expect(library.assetUsage('f'.repeat(64))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('a read-only library refuses every change', async () => {
    const a = await importPng('a.png', '#ff0000');
    await library.close();
    library = await openLibrary({ dir, readOnly: true });
    expect(library.searchAssets({ query: 'a.png' }).total).toBe(1);
    await expect(library.updateAsset({ id: a.id, name: 'x' })).rejects.toMatchObject({ code: 'read-only' });
    await expect(library.tagAssets([a.id], ['x'])).rejects.toMatchObject({ code: 'read-only' });
    await expect(library.createCollection('x')).rejects.toMatchObject({ code: 'read-only' });
    await expect(library.trashAssets([a.id])).rejects.toMatchObject({ code: 'read-only' });
    await expect(library.setAssetFavourite([a.id], true)).rejects.toMatchObject({ code: 'read-only' });
    expect(library.assetFacets().total).toBe(1);
  });

  it('favourites many assets in one write of library.json, kept across reopen; an unknown id changes nothing', async () => {
    // Count the durable writes: a bulk favourite must cost what one single update costs.
    let writes = 0;
    const counting: DurableIo = {
      writeAll: (handle, data) => {
        writes++;
        return defaultIo.writeAll(handle, data);
      },
    };
    await library.close();
    library = await openLibrary({ dir, now: clock, io: counting });
    const assets = [];
    for (const colour of ['#ff0000', '#00ff00', '#0000ff', '#ffff00']) assets.push(await importPng(`${colour}.png`, colour));
    const [a, b, c, d] = assets;
    writes = 0;
    await library.updateAsset({ id: d.id, notes: 'one write' });
    const oneUpdate = writes;
    expect(oneUpdate).toBeGreaterThan(0);

    writes = 0;
    const result = await library.setAssetFavourite([a.id, b.id, c.id, a.id], true);
    expect(writes).toBe(oneUpdate);
    expect(result.map((asset) => [asset.id, asset.favourite])).toEqual([a.id, b.id, c.id].map((id) => [id, true]));
    expect(library.assetFacets().favourites).toBe(3);

    // Already as asked: nothing to write.
    writes = 0;
    await library.setAssetFavourite([a.id, b.id], true);
    expect(writes).toBe(0);

    await expect(library.setAssetFavourite([d.id, 'f'.repeat(64)], true)).rejects.toMatchObject({ code: 'not-found' });
    expect(library.getAsset(d.id)?.favourite).toBeUndefined();

    await reopen();
    expect(library.searchAssets({ favourite: true }).assets.map((asset) => asset.id).sort()).toEqual([a.id, b.id, c.id].sort());
    // Back off: the key goes away rather than staying as false.
    await library.setAssetFavourite([b.id, c.id, d.id], false);
    await reopen();
    expect(library.searchAssets({ favourite: true }).assets.map((asset) => asset.id)).toEqual([a.id]);
    expect('favourite' in library.getAsset(b.id)!).toBe(false);
    expect(library.getAsset(d.id)?.notes).toBe('one write');
    expect(() => parseLibraryText(readFileSync(path.join(dir, 'library.json'), 'utf8'))).not.toThrow();
  });

  it('facets follow tags, favourites and the trash, and survive a reopen', async () => {
    const a = await importPng('a.png', '#ff0000');
    const b = await importPng('b.png', '#00ff00');
    await library.tagAssets([a.id, b.id], ['Été', 'mer']);
    await library.tagAssets([b.id], ['plage']);
    await library.setAssetFavourite([a.id], true);
    expect(library.assetFacets()).toEqual({
      // Ties by folded name: "été" reads as "ete", before "mer".
      tags: [
        { tag: 'été', count: 2 },
        { tag: 'mer', count: 2 },
        { tag: 'plage', count: 1 },
      ],
      kinds: { image: 2, video: 0, audio: 0, font: 0 },
      favourites: 1,
      trash: 0,
      total: 2,
    });
    await library.trashAssets([a.id]);
    await reopen();
    expect(library.assetFacets()).toEqual({
      tags: [
        { tag: 'été', count: 1 },
        { tag: 'mer', count: 1 },
        { tag: 'plage', count: 1 },
      ],
      kinds: { image: 1, video: 0, audio: 0, font: 0 },
      favourites: 0,
      trash: 1,
      total: 1,
    });
  });
});

/**
 * REL-10 at 10,000 assets: correctness, not speed (the bench measures the budgets). The records
 * are written straight into library.json, each with a small original whose sha256 is its id, as
 * 10,000 imports would have left them; then everything goes through the LibraryStore: open, list,
 * search, every page, a tag edit of 1,000 assets, trash, restore, empty the trash, reopen.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyLibrary, type AssetRecord } from '../../../core/schema/library';
import { openLibrary } from './library';
import { findTemps, makeTempDir, removeDir } from './testing/helpers';
import type { LibraryStore } from './types';

const COUNT = 10_000;
const WORDS = ['plage', 'été', 'soldes', 'logo', 'portrait', 'Noël', 'produit', 'équipe'];
const KINDS = ['image', 'image', 'image', 'video', 'audio', 'font'] as const;

function makeRecords(): { records: AssetRecord[]; blobs: Map<string, Buffer> } {
  const records: AssetRecord[] = [];
  const blobs = new Map<string, Buffer>();
  for (let i = 0; i < COUNT; i++) {
    const bytes = Buffer.from(`asset ${i}`);
    const id = createHash('sha256').update(bytes).digest('hex');
    blobs.set(id, bytes);
    records.push({
      id,
      kind: KINDS[i % KINDS.length],
      mime: 'image/jpeg',
      fileName: `IMG_${String(i).padStart(5, '0')}.jpg`,
      bytes: bytes.length,
      // Distinct times: the default order (newest first) is then a total order.
      createdAt: new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString(),
      ...(i % 3 === 0 ? { name: `${WORDS[i % 8]} ${i}` } : {}),
      tags: [WORDS[i % 8].toLowerCase(), `client-${i % 40}`],
    });
  }
  return { records, blobs };
}

describe('REL-10 a library of 10,000 assets', () => {
  let dir: string;
  let library: LibraryStore;
  const { records, blobs } = makeRecords();
  const byId = new Map(records.map((r) => [r.id, r]));
  const newestFirst = [...records].reverse().map((r) => r.id);

  beforeAll(async () => {
    dir = await makeTempDir('affiche-rel10-');
    const file = emptyLibrary();
    for (const record of records) file.assets[record.id] = record;
    await fs.mkdir(path.join(dir, 'blobs'), { recursive: true });
    await fs.writeFile(path.join(dir, 'library.json'), JSON.stringify(file));
    const entries = [...blobs];
    for (let i = 0; i < entries.length; i += 200) {
      await Promise.all(entries.slice(i, i + 200).map(([id, bytes]) => fs.writeFile(path.join(dir, 'blobs', id), bytes)));
    }
    library = await openLibrary({ dir });
  }, 120_000);
  afterAll(async () => {
    await library?.close();
    if (dir) await removeDir(dir);
  });

  it('opens with every record, no notice, and lists them all newest first', () => {
    expect(library.notices()).toEqual([]);
    const all = library.listAssets({});
    expect(all).toHaveLength(COUNT);
    expect(all.map((a) => a.id)).toEqual(newestFirst);
    expect(all[0]).toEqual(byId.get(all[0].id));
  });

  it('search: words (accents folded), tags, kind and their totals match a plain count', () => {
    const count = (keep: (r: AssetRecord, i: number) => boolean) => records.filter(keep).length;
    // "ete" finds the names "été …" (every 3rd record whose word is été) and the tag "été".
    const ete = library.searchAssets({ query: 'ete', limit: 5000 });
    expect(ete.total).toBe(count((_, i) => i % 8 === 1));
    expect(ete.assets.every((a) => a.tags?.includes('été'))).toBe(true);
    expect(library.searchAssets({ tags: ['client-7', 'logo'] }).total).toBe(count((_, i) => i % 40 === 7 && i % 8 === 3));
    expect(library.searchAssets({ kind: 'video' }).total).toBe(count((r) => r.kind === 'video'));
    expect(library.searchAssets({ query: 'IMG_01234' }).assets.map((a) => a.fileName)).toEqual(['IMG_01234.jpg']);
    expect(library.searchAssets({ query: 'nothing-like-this' })).toEqual({ assets: [], total: 0 });
  });

  it('pages: every asset exactly once, in order, for two sorts', () => {
    for (const sort of ['newest', 'name'] as const) {
      const seen: string[] = [];
      for (let offset = 0; ; offset += 750) {
        const page = library.searchAssets({ sort, offset, limit: 750 });
        expect(page.total).toBe(COUNT);
        if (page.assets.length === 0) break;
        seen.push(...page.assets.map((a) => a.id));
      }
      expect(seen).toHaveLength(COUNT);
      expect(new Set(seen).size).toBe(COUNT);
      expect(seen).toEqual(library.searchAssets({ sort, limit: 5000 }).assets.map((a) => a.id).concat(library.searchAssets({ sort, offset: 5000, limit: 5000 }).assets.map((a) => a.id)));
      if (sort === 'newest') expect(seen).toEqual(newestFirst);
    }
  });

  it('tags 1,000 assets in one call, all-or-nothing, kept across a reopen; removes them again', async () => {
    const chosen = newestFirst.filter((_, i) => i % 10 === 3); // 1,000 ids spread over the library
    expect(chosen).toHaveLength(1000);
    const tagged = await library.tagAssets(chosen, ['Lot 2025', 'soldes'], ['client-3']);
    expect(tagged).toHaveLength(1000);
    for (const asset of tagged) {
      expect(asset.tags).toContain('lot 2025');
      expect(asset.tags).not.toContain('client-3');
    }
    expect(library.searchAssets({ tags: ['lot 2025'] }).total).toBe(1000);
    // A bad id among 1,000 changes nothing.
    const error = await library.tagAssets([...chosen.slice(1), 'f'.repeat(64)], ['autre']).catch((e: unknown) => e);
    expect((error as Error).message).toBe('This media is not in the library.');
    expect(library.searchAssets({ tags: ['autre'] }).total).toBe(0);

    await library.close();
    library = await openLibrary({ dir });
    expect(library.searchAssets({ tags: ['lot 2025'], limit: 5000 }).assets.map((a) => a.id).sort()).toEqual([...chosen].sort());
    // Untouched assets kept their tags.
    const other = library.getAsset(newestFirst[0])!;
    expect(other.tags).toEqual(byId.get(other.id)!.tags);

    await library.tagAssets(chosen, [], ['lot 2025']);
    expect(library.searchAssets({ tags: ['lot 2025'] }).total).toBe(0);
  });

  it('trash 1,000, restore 100, empty the trash: lists, files and a reopen agree', async () => {
    const trashed = newestFirst.filter((_, i) => i % 10 === 7);
    expect((await library.trashAssets(trashed)).trashed).toHaveLength(1000);
    expect(library.searchAssets({}).total).toBe(COUNT - 1000);
    expect(library.searchAssets({ trash: true }).total).toBe(1000);
    const restored = trashed.slice(0, 100);
    await library.restoreAssets(restored);
    expect(library.searchAssets({ trash: true }).total).toBe(900);

    expect(await library.emptyAssetTrash()).toEqual({ removed: 900, kept: [] });
    expect(library.searchAssets({ trash: true }).total).toBe(0);
    const gone = new Set(trashed.slice(100));
    for (const id of gone) expect(library.getAsset(id)).toBeUndefined();

    await library.close();
    library = await openLibrary({ dir });
    expect(library.notices()).toEqual([]);
    const left = library.listAssets({}).map((a) => a.id);
    expect(left).toEqual(newestFirst.filter((id) => !gone.has(id)));
    // Every record has its original; the emptied ones left no file behind.
    const onDisk = new Set(await fs.readdir(path.join(dir, 'blobs')));
    expect(onDisk.size).toBe(COUNT - 900);
    for (const id of left) expect(onDisk.has(id)).toBe(true);
    for (const id of restored) expect(await library.readAsset(id)).toEqual(new Uint8Array(blobs.get(id)!));
    expect(await findTemps(dir)).toEqual([]);
  });
});

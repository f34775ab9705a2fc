/** Asset organisation through the dispatcher: validation, results against the contract, events, reopen. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { ArgsOf, MethodName, ResultOf } from '../../core/api';
import { createImageElement } from '../../core/schema';
import { createBackend, type Backend } from './backend';
import { staged } from './testing/backendTesting';

let backend: Backend;
let dir: string;
let events: unknown[];

async function open(): Promise<void> {
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
  events = [];
  backend.onEvent((name, payload) => events.push({ name, payload }));
}

async function call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const outcome = await backend.dispatch(method, args);
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message}`);
  return outcome.result as ResultOf<M>;
}

async function png(colour: string): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width: 8, height: 8, channels: 3, background: colour } }).png().toBuffer());
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-assets-api-'));
  await open();
});
afterEach(async () => {
  await backend.close();
});

describe('asset organisation API', () => {
  it('update, tag, search, collections, trash, usage, empty trash; each change emits library.changed assets; survives reopen', async () => {
    const a = (await call('assets.import', await staged(backend, 'été-plage.png', await png('#ff0000')))).asset;
    const b = (await call('assets.import', await staged(backend, 'logo.png', await png('#0000ff')))).asset;
    events = [];
    await call('assets.update', { id: a.id, name: 'Plage', credit: 'Photo: Jane Doe / Unsplash', favourite: true });
    await call('assets.tag', { ids: [a.id, b.id], add: ['Marque'] });
    const { collection } = await call('collections.create', { name: 'Été' });
    await call('assets.setCollections', { ids: [b.id], add: [collection.id] });
    expect(events).toHaveLength(4);
    expect(events.every((e) => (e as { payload: { scope: string } }).payload.scope === 'assets')).toBe(true);

    // The old call shape still works.
    expect((await call('assets.list', {})).assets).toHaveLength(2);
    expect((await call('assets.list', { kind: 'image' })).total).toBe(2);
    expect((await call('assets.list', { query: 'ete' })).assets.map((x) => x.id)).toEqual([a.id]);
    expect((await call('assets.list', { query: 'jane' })).assets.map((x) => x.id)).toEqual([a.id]);
    expect((await call('assets.list', { tags: ['marque'], collection: collection.id })).assets.map((x) => x.id)).toEqual([b.id]);
    expect((await call('assets.list', { favourite: true, sort: 'name', limit: 1 })).assets.map((x) => x.id)).toEqual([a.id]);

    const design = (await call('designs.create', { name: 'Affiche', format: { preset: null, width: 500, height: 500 } })).design;
    design.pages[0].elements.push(createImageElement({ assetId: a.id, x: 0, y: 0, width: 10, height: 10 }));
    await call('designs.save', { design });
    expect(await call('assets.usage', { id: a.id })).toEqual({ designs: [{ id: design.id, name: 'Affiche', trashed: false }], brandKit: false });

    const refused = await call('assets.delete', { ids: [a.id] });
    expect(refused).toEqual({ trashed: [], inUse: [{ id: a.id, designs: [{ id: design.id, name: 'Affiche', trashed: false }], brandKit: false }] });
    expect((await call('assets.delete', { ids: [b.id] })).trashed).toEqual([b.id]);
    expect((await call('assets.list', { trash: true })).assets.map((x) => x.id)).toEqual([b.id]);

    await backend.close();
    await open();
    expect((await call('assets.list', { trash: true })).total).toBe(1);
    expect((await call('collections.list', {})).collections).toEqual([{ ...collection, count: 0 }]);
    expect((await call('assets.usage', { id: a.id })).designs).toHaveLength(1);
    await call('assets.restore', { ids: [b.id] });
    await call('assets.delete', { ids: [b.id] });
    expect(await call('assets.emptyTrash', {})).toEqual({ removed: 1, kept: [] });
    expect((await call('assets.list', {})).assets.map((x) => x.id)).toEqual([a.id]);
    await call('collections.rename', { id: collection.id, name: 'Summer' });
    await call('collections.delete', { id: collection.id });
    expect((await call('collections.list', {})).collections).toEqual([]);
  });

  it('refuses invalid input with a reason, changing nothing', async () => {
    const a = (await call('assets.import', await staged(backend, 'a.png', await png('#ff0000')))).asset;
    const bad: [string, unknown, RegExp][] = [
      ['assets.update', { id: 'not-an-id', name: 'x' }, /sha256/],
      ['assets.update', { id: a.id, name: 'x'.repeat(201) }, /at most 200/],
      ['assets.update', { id: a.id, favourite: 'yes' }, /favourite/],
      ['assets.tag', { ids: [], add: ['x'] }, /at least one asset/],
      ['assets.tag', { ids: [a.id], add: ['   '] }, /blank/],
      ['assets.tag', { ids: [a.id], add: ['x'.repeat(101)] }, /100 characters/],
      ['assets.list', { sort: 'random' }, /sort/],
      ['assets.list', { from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' }, /ends before it starts/],
      ['assets.list', { colour: 'red' }, /#rrggbb/],
      ['assets.list', { limit: 0 }, /limit/],
      ['assets.delete', { ids: ['f'.repeat(64)] }, /not in the library/],
      ['assets.setCollections', { ids: [a.id], add: ['missing'] }, /no collection/],
      ['collections.create', { name: '' }, /1 to 80/],
      ['collections.rename', { id: 'missing', name: 'x' }, /does not exist/],
      ['assets.usage', { id: 'f'.repeat(64) }, /not in the library/],
      ['assets.setFavourite', { ids: [a.id] }, /favourite/],
      ['assets.setFavourite', { ids: [a.id], favourite: 'yes' }, /favourite/],
      ['assets.setFavourite', { ids: [], favourite: true }, /at least one asset/],
      ['assets.setFavourite', { ids: ['not-an-id'], favourite: true }, /sha256/],
      ['assets.setFavourite', { ids: Array.from({ length: 10_001 }, () => a.id), favourite: true }, /10000|10,000/],
      ['assets.setFavourite', { ids: [a.id, 'f'.repeat(64)], favourite: true }, /not in the library/],
      ['assets.facets', 'all', /expected object|object/i],
    ];
    for (const [method, args, reason] of bad) {
      const outcome = await backend.dispatch(method, args);
      expect(outcome.ok, `${method} ${JSON.stringify(args)}`).toBe(false);
      if (!outcome.ok) expect(outcome.error.message, method).toMatch(reason);
    }
    expect((await call('assets.list', {})).assets).toEqual([a]);
  });

  it('facets and bulk favourite: checked against the contract, one event per write, kept after reopen', async () => {
    const a = (await call('assets.import', await staged(backend, 'a.png', await png('#ff0000')))).asset;
    const b = (await call('assets.import', await staged(backend, 'b.png', await png('#00ff00')))).asset;
    const c = (await call('assets.import', await staged(backend, 'c.png', await png('#0000ff')))).asset;
    await call('assets.tag', { ids: [a.id, b.id], add: ['Marque'] });
    await call('assets.delete', { ids: [c.id] });
    events = [];
    const { assets } = await call('assets.setFavourite', { ids: [a.id, b.id], favourite: true });
    expect(assets.map((x) => [x.id, x.favourite])).toEqual([
      [a.id, true],
      [b.id, true],
    ]);
    expect(events).toEqual([{ name: 'library.changed', payload: { scope: 'assets' } }]);
    expect(await call('assets.facets', {})).toEqual({
      tags: [{ tag: 'marque', count: 2 }],
      kinds: { image: 2, video: 0, audio: 0, font: 0 },
      favourites: 2,
      trash: 1,
      total: 2,
    });
    await backend.close();
    await open();
    expect((await call('assets.list', { favourite: true })).total).toBe(2);
    await call('assets.setFavourite', { ids: [b.id], favourite: false });
    expect((await call('assets.facets', {})).favourites).toBe(1);
  });
});

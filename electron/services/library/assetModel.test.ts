/**
 * REL-08 style model-based test for asset organisation: random sequences of import / tag / untag /
 * rename / trash (forced or not) / restore / empty trash / collections / design saves and
 * deletions / reopen, against a plain in-memory model. After every step the library and the
 * model must agree, including `assets.usage` (the usage index kept up to date by design writes,
 * and rebuilt from the files after a reopen). AFFICHE_MODEL_RUNS raises the runs (default 100).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createImageElement } from '../../../core/schema/factory';
import { normaliseTags } from '../../../core/schema/assetOrganisation';
import { fold } from './assetSearch';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { makeTempDir, pngBytes, removeDir, sampleDesign, steppingClock } from './testing/helpers';

const RUNS = Number(process.env.AFFICHE_MODEL_RUNS ?? 100);

interface ModelAsset {
  name?: string;
  tags: string[];
  collections: Set<string>;
  trashed: boolean;
}
interface Model {
  assets: Map<string, ModelAsset>;
  /** Design id -> assets it uses, and whether it is in the trash. */
  designs: Map<string, { uses: Set<string>; trashed: boolean }>;
  collections: Map<string, string>;
}
interface Real {
  dir: string;
  library: LibraryStore;
  clock: () => Date;
}
type Command = fc.AsyncCommand<Model, Real>;

/** Four images; asset ids are their sha256, learned once. */
let pool: { bytes: Buffer; id: string }[] = [];
beforeAll(async () => {
  const colours = ['#ff0000', '#00ff00', '#0000ff', '#ffff00'];
  const dir = await makeTempDir();
  const library = await openLibrary({ dir });
  for (const colour of colours) {
    const bytes = await pngBytes(4, 4, colour);
    pool.push({ bytes, id: (await library.importAsset('x.png', bytes)).asset.id });
  }
  await library.close();
  await removeDir(dir);
});

const sortedIds = (model: Model, filter: (a: ModelAsset) => boolean) =>
  [...model.assets]
    .filter(([, a]) => filter(a))
    .map(([id]) => id)
    .sort();
const pickAsset = (model: Model, n: number, filter: (a: ModelAsset) => boolean = () => true) => {
  const ids = sortedIds(model, filter);
  return ids.length ? ids[n % ids.length] : undefined;
};
const pickDesign = (model: Model, n: number, trashed?: boolean) => {
  const ids = [...model.designs.keys()].filter((id) => trashed === undefined || model.designs.get(id)!.trashed === trashed).sort();
  return ids.length ? ids[n % ids.length] : undefined;
};

function usersOf(model: Model, assetId: string) {
  return [...model.designs].filter(([, d]) => d.uses.has(assetId));
}

async function agree(model: Model, real: Real): Promise<void> {
  const lib = real.library;
  expect(lib.listAssets({}).map((a) => a.id).sort()).toEqual(sortedIds(model, (a) => !a.trashed));
  expect(lib.searchAssets({ trash: true }).assets.map((a) => a.id).sort()).toEqual(sortedIds(model, (a) => a.trashed));
  for (const [id, expected] of model.assets) {
    const asset = lib.getAsset(id)!;
    expect(asset.name).toBe(expected.name);
    expect(asset.tags ?? []).toEqual(expected.tags);
    expect([...(asset.collections ?? [])].sort()).toEqual([...expected.collections].sort());
    // Searching by the first tag finds the asset (outside the trash).
    if (expected.tags[0] && !expected.trashed) expect(lib.searchAssets({ tags: [expected.tags[0]] }).assets.map((a) => a.id)).toContain(id);
    const usage = await lib.assetUsage(id);
    const users = usersOf(model, id);
    expect(usage.designs.map((d) => [d.id, d.trashed]).sort()).toEqual(users.map(([designId, d]) => [designId, d.trashed]).sort());
  }
  expect(lib.listCollections().map((c) => [c.id, c.name, c.count]).sort()).toEqual(
    [...model.collections]
      .map(([id, name]) => [id, name, [...model.assets.values()].filter((a) => !a.trashed && a.collections.has(id)).length])
      .sort(),
  );
}

const tagsArb = fc.array(fc.constantFrom('Été', 'ete', '#plage', 'Mer', 'mer', ' logo ', 'Noël'), { maxLength: 3 });
const nameArb = fc.option(fc.constantFrom('Plage', 'Été 2025', 'x'.repeat(200)), { nil: null });
const subset = fc.array(fc.nat(3), { minLength: 1, maxLength: 4 });

const commands = [
  fc.nat(3).map((i): Command => ({
    check: () => true,
    async run(model, real) {
      const { id } = pool[i];
      const result = await real.library.importAsset(`img-${i}.png`, pool[i].bytes);
      expect(result.asset.id).toBe(id);
      expect(result.duplicate).toBe(model.assets.has(id));
      const known = model.assets.get(id);
      if (known) known.trashed = false;
      else model.assets.set(id, { tags: [], collections: new Set(), trashed: false });
      await agree(model, real);
    },
    toString: () => `import(${i})`,
  })),
  fc.tuple(subset, tagsArb, tagsArb).map(([ns, add, remove]): Command => ({
    check: (model) => model.assets.size > 0,
    async run(model, real) {
      const ids = ns.map((n) => pickAsset(model, n)!);
      await real.library.tagAssets(ids, add, remove);
      const removing = new Set(normaliseTags(remove));
      for (const id of new Set(ids)) {
        const a = model.assets.get(id)!;
        a.tags = normaliseTags([...a.tags, ...add]).filter((t) => !removing.has(t));
      }
      await agree(model, real);
    },
    toString: () => `tag(${ns}, +${JSON.stringify(add)}, -${JSON.stringify(remove)})`,
  })),
  fc.tuple(fc.nat(), nameArb).map(([n, name]): Command => ({
    check: (model) => model.assets.size > 0,
    async run(model, real) {
      const id = pickAsset(model, n)!;
      await real.library.updateAsset({ id, name });
      model.assets.get(id)!.name = name ?? undefined;
      await agree(model, real);
    },
    toString: () => `rename(#${n}, ${name})`,
  })),
  fc.tuple(fc.nat(), fc.boolean()).map(([n, force]): Command => ({
    check: (model) => pickAsset(model, n, (a) => !a.trashed) !== undefined,
    async run(model, real) {
      const id = pickAsset(model, n, (a) => !a.trashed)!;
      const blocked = usersOf(model, id).some(([, d]) => !d.trashed);
      const result = await real.library.trashAssets([id], force);
      expect(result.inUse.map((u) => u.id)).toEqual(blocked ? [id] : []);
      if (!blocked || force) model.assets.get(id)!.trashed = true;
      await agree(model, real);
    },
    toString: () => `trash(#${n}, force=${force})`,
  })),
  fc.nat().map((n): Command => ({
    check: (model) => pickAsset(model, n, (a) => a.trashed) !== undefined,
    async run(model, real) {
      const id = pickAsset(model, n, (a) => a.trashed)!;
      await real.library.restoreAssets([id]);
      model.assets.get(id)!.trashed = false;
      await agree(model, real);
    },
    toString: () => `restore(#${n})`,
  })),
  fc.constant<Command>({
    check: () => true,
    async run(model, real) {
      const removable = sortedIds(model, (a) => a.trashed).filter((id) => usersOf(model, id).length === 0);
      const result = await real.library.emptyAssetTrash();
      expect(result.removed).toBe(removable.length);
      for (const id of removable) model.assets.delete(id);
      await agree(model, real);
    },
    toString: () => 'emptyAssetTrash()',
  }),
  fc.constantFrom('Été', 'ete', 'Logos', 'Clients').map((name): Command => ({
    check: () => true,
    async run(model, real) {
      const clash = [...model.collections.values()].some((existing) => fold(existing) === fold(name));
      if (clash) {
        await expect(real.library.createCollection(name)).rejects.toMatchObject({ code: 'invalid-args' });
      } else {
        const collection = await real.library.createCollection(name);
        model.collections.set(collection.id, name);
      }
      await agree(model, real);
    },
    toString: () => `createCollection(${name})`,
  })),
  fc.tuple(subset, fc.nat(), fc.boolean()).map(([ns, c, add]): Command => ({
    check: (model) => model.assets.size > 0 && model.collections.size > 0,
    async run(model, real) {
      const ids = ns.map((n) => pickAsset(model, n)!);
      const collection = [...model.collections.keys()].sort()[c % model.collections.size];
      await real.library.setAssetCollections(ids, add ? [collection] : [], add ? [] : [collection]);
      for (const id of ids) model.assets.get(id)!.collections[add ? 'add' : 'delete'](collection);
      await agree(model, real);
    },
    toString: () => `setCollections(${ns}, #${c}, ${add ? 'add' : 'remove'})`,
  })),
  fc.nat().map((c): Command => ({
    check: (model) => model.collections.size > 0,
    async run(model, real) {
      const collection = [...model.collections.keys()].sort()[c % model.collections.size];
      await real.library.deleteCollection(collection);
      model.collections.delete(collection);
      for (const a of model.assets.values()) a.collections.delete(collection);
      await agree(model, real);
    },
    toString: () => `deleteCollection(#${c})`,
  })),
  fc.tuple(fc.nat(2), fc.array(fc.nat(3), { maxLength: 3 })).map(([d, uses]): Command => ({
    check: () => true,
    async run(model, real) {
      const id = `d${d}`;
      const design = sampleDesign({ id, name: `Design ${d}` });
      for (const i of uses) design.pages[0].elements.push(createImageElement({ assetId: pool[i].id, x: 0, y: 0, width: 10, height: 10 }));
      const existing = model.designs.get(id);
      if (existing) await real.library.saveDesign(design);
      else await real.library.createDesign(design);
      model.designs.set(id, { uses: new Set(uses.map((i) => pool[i].id)), trashed: existing?.trashed ?? false });
      await agree(model, real);
    },
    toString: () => `saveDesign(d${d}, uses ${uses})`,
  })),
  fc.nat().map((n): Command => ({
    check: (model) => pickDesign(model, n, false) !== undefined,
    async run(model, real) {
      const id = pickDesign(model, n, false)!;
      await real.library.trashDesign(id);
      model.designs.get(id)!.trashed = true;
      await agree(model, real);
    },
    toString: () => `trashDesign(#${n})`,
  })),
  fc.constant<Command>({
    check: () => true,
    async run(model, real) {
      await real.library.emptyTrash();
      for (const [id, d] of model.designs) if (d.trashed) model.designs.delete(id);
      await agree(model, real);
    },
    toString: () => 'emptyDesignTrash()',
  }),
  fc.constant<Command>({
    check: () => true,
    async run(model, real) {
      await real.library.close();
      real.library = await openLibrary({ dir: real.dir, now: real.clock });
      expect(real.library.notices()).toEqual([]);
      await agree(model, real);
    },
    toString: () => 'reopen()',
  }),
];

describe('REL-08 model-based: asset organisation and usage', () => {
  it(`library and model agree after every step (${RUNS} runs)`, { timeout: 60_000 + RUNS * 3_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30, size: 'max' }), async (cmds) => {
        const dir = await makeTempDir('affiche-asset-model-');
        const clock = steppingClock();
        const real: Real = { dir, clock, library: await openLibrary({ dir, now: clock }) };
        try {
          await fc.asyncModelRun(() => ({ model: { assets: new Map(), designs: new Map(), collections: new Map() }, real }), cmds);
        } finally {
          await real.library.close();
          await removeDir(dir);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

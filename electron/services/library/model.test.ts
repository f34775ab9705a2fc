/**
 * REL-08 style model-based test: random sequences of create / save / rename / duplicate / trash /
 * restore / empty trash / reopen against a plain in-memory model. After every step the library
 * and the model must agree. 500 runs by default, the count REL-08 asks for (about 35 s on a busy
 * 2-core machine); AFFICHE_MODEL_RUNS changes it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openLibrary } from './library';
import type { LibraryStore } from './types';
import { makeTempDir, removeDir, sampleDesign, steppingClock } from './testing/helpers';

const RUNS = Number(process.env.AFFICHE_MODEL_RUNS ?? 500);

interface ModelDesign {
  name: string;
  fill: string;
  trashed: boolean;
}
type Model = { designs: Map<string, ModelDesign>; created: number };
interface Real {
  dir: string;
  library: LibraryStore;
  clock: () => Date;
}
type Command = fc.AsyncCommand<Model, Real>;

/** Pick the n-th design (in id order) that matches `filter`, or undefined. */
function pick(model: Model, n: number, filter: (d: ModelDesign) => boolean): string | undefined {
  const ids = [...model.designs.keys()].filter((id) => filter(model.designs.get(id)!)).sort();
  return ids.length ? ids[n % ids.length] : undefined;
}

async function agree(model: Model, real: Real): Promise<void> {
  for (const trash of [false, true]) {
    const listed = real.library.listDesigns({ trash });
    const expected = [...model.designs].filter(([, d]) => d.trashed === trash).map(([id, d]) => ({ id, name: d.name }));
    expect(listed.map((d) => ({ id: d.id, name: d.name })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      expected.sort((a, b) => a.id.localeCompare(b.id)),
    );
    // Newest first.
    for (let i = 1; i < listed.length; i++) expect(listed[i - 1].updatedAt >= listed[i].updatedAt).toBe(true);
  }
}

const fillArb = fc.constantFrom('#ffffff', '#000000', '#ff0066', '#00aa88', '#123456');
const nameArb = fc.constantFrom('Poster', 'Story', 'Été 2025', 'Promo "flash"', 'x'.repeat(200));

const commands = [
  fc.tuple(nameArb, fillArb).map(([name, fill]): Command => ({
    check: () => true,
    async run(model, real) {
      const id = `m${model.created++}`;
      const design = sampleDesign({ id, name });
      design.pages[0].background.fill = fill;
      await real.library.createDesign(design);
      model.designs.set(id, { name, fill, trashed: false });
      await agree(model, real);
    },
    toString: () => `create(${name}, ${fill})`,
  })),
  fc.tuple(fc.nat(), fillArb).map(([n, fill]): Command => ({
    check: (model) => pick(model, n, () => true) !== undefined,
    async run(model, real) {
      const id = pick(model, n, () => true)!;
      const { design } = await real.library.getDesign(id);
      await real.library.saveDesign({ ...design, pages: [{ ...design.pages[0], background: { fill } }] });
      model.designs.get(id)!.fill = fill;
      await agree(model, real);
    },
    toString: () => `save(#${n}, ${fill})`,
  })),
  fc.tuple(fc.nat(), nameArb).map(([n, name]): Command => ({
    check: (model) => pick(model, n, () => true) !== undefined,
    async run(model, real) {
      const id = pick(model, n, () => true)!;
      await real.library.renameDesign(id, name);
      model.designs.get(id)!.name = name;
      await agree(model, real);
    },
    toString: () => `rename(#${n}, ${name})`,
  })),
  fc.nat().map((n): Command => ({
    check: (model) => pick(model, n, () => true) !== undefined,
    async run(model, real) {
      const id = pick(model, n, () => true)!;
      const copy = await real.library.duplicateDesign(id);
      const source = model.designs.get(id)!;
      model.designs.set(copy.id, { name: `${source.name} (copy)`.slice(0, 200), fill: source.fill, trashed: false });
      await agree(model, real);
    },
    toString: () => `duplicate(#${n})`,
  })),
  fc.nat().map((n): Command => ({
    check: (model) => pick(model, n, (d) => !d.trashed) !== undefined,
    async run(model, real) {
      const id = pick(model, n, (d) => !d.trashed)!;
      await real.library.trashDesign(id);
      model.designs.get(id)!.trashed = true;
      await agree(model, real);
    },
    toString: () => `trash(#${n})`,
  })),
  fc.nat().map((n): Command => ({
    check: (model) => pick(model, n, (d) => d.trashed) !== undefined,
    async run(model, real) {
      const id = pick(model, n, (d) => d.trashed)!;
      await real.library.restoreDesign(id);
      model.designs.get(id)!.trashed = false;
      await agree(model, real);
    },
    toString: () => `restore(#${n})`,
  })),
  fc.constant<Command>({
    check: () => true,
    async run(model, real) {
      const expected = [...model.designs.values()].filter((d) => d.trashed).length;
      expect(await real.library.emptyTrash()).toBe(expected);
      for (const [id, d] of model.designs) if (d.trashed) model.designs.delete(id);
      await agree(model, real);
    },
    toString: () => 'emptyTrash()',
  }),
  fc.constant<Command>({
    check: () => true,
    async run(model, real) {
      await real.library.close();
      real.library = await openLibrary({ dir: real.dir, now: real.clock });
      expect(real.library.notices()).toEqual([]);
      await agree(model, real);
      // Content, not just the index, survives the reopen.
      for (const [id, d] of model.designs) {
        const { design } = await real.library.getDesign(id);
        expect([design.name, design.pages[0].background.fill]).toEqual([d.name, d.fill]);
      }
    },
    toString: () => 'reopen()',
  }),
];

describe('REL-08 model-based: designs', () => {
  it(`library and model agree after every step (${RUNS} runs)`, { timeout: 60_000 + RUNS * 2_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30, size: 'max' }), async (cmds) => {
        const dir = await makeTempDir('affiche-model-');
        const clock = steppingClock();
        const real: Real = { dir, clock, library: await openLibrary({ dir, now: clock }) };
        try {
          await fc.asyncModelRun(() => ({ model: { designs: new Map(), created: 0 }, real }), cmds);
        } finally {
          await real.library.close();
          await removeDir(dir);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

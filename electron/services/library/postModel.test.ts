/**
 * REL-08 style model-based test for the calendar's posts (posts.json): random sequences of create /
 * edit / move / delete / undo (the deleted post saved back, as the calendar's undo does) / reload /
 * crash against a plain in-memory model. After every step the store and the model agree: the same
 * posts with the same content and sequence, listed in time order, a day's list read in each
 * post's own zone. 500 runs by default, the count REL-08 asks for (about 100 s on a busy 2-core
 * machine); AFFICHE_MODEL_RUNS changes it.
 *
 * "crash" takes the library folder as it is on disk while the library is still open (every write
 * acknowledged so far, nothing closed or flushed afterwards) and opens that copy: what a kill right
 * then would leave. The second test does it for real: kill -9 of a child process writing posts
 * (testing/postCrashWriter.ts) leaves posts.json valid with every acknowledged save and delete:
 * 20 kills by default (about 60 s), AFFICHE_REL01_ITERATIONS for more.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dayOf, moveToDay, plannedInstant } from '../../../core/posts/time';
import { parsePostsText, postInputSchema, type PlannedTime, type Post, type PostInput } from '../../../core/schema/posts';
import type { Network } from '../../../core/formats/constants';
import { UserError } from '../errors';
import { openLibrary } from './library';
import { LOCK_FILE } from './lock';
import { seededRandom } from './testing/corrupt';
import { findTemps, makeTempDir, removeDir, steppingClock } from './testing/helpers';
import type { LibraryStore } from './types';

const RUNS = Number(process.env.AFFICHE_MODEL_RUNS ?? 500);

interface ModelPost {
  input: PostInput;
  sequence: number;
}
interface Model {
  posts: Map<string, ModelPost>;
  created: number;
  /** What the last delete answered, for undo (null once undone or when nothing was deleted). */
  deleted: Post | null;
  /** The last sequence of each deleted post: saved back, it starts above it. */
  deletedSequences: Map<string, number>;
}
interface Real {
  dir: string;
  library: LibraryStore;
  clock: () => Date;
  copies: number;
}
type Command = fc.AsyncCommand<Model, Real>;

/** Only what the user typed: the store adds sequence and the two timestamps. */
function inputOf(post: Post): PostInput {
  const { sequence: _s, createdAt: _c, updatedAt: _u, ...input } = post;
  return postInputSchema.parse(input);
}

function pick(model: Model, n: number): string | undefined {
  const ids = [...model.posts.keys()].sort();
  return ids.length ? ids[n % ids.length] : undefined;
}

/**
 * The store's rule: a save that changes nothing keeps the sequence, any change raises it, and a
 * deleted post saved back starts above its last sequence (the .ics SEQUENCE never goes back).
 */
function saved(model: Model, input: PostInput): number {
  const before = model.posts.get(input.id);
  const last = model.deletedSequences.get(input.id);
  const sequence = !before ? (last === undefined ? 0 : last + 1) : JSON.stringify(before.input) === JSON.stringify(input) ? before.sequence : before.sequence + 1;
  model.posts.set(input.id, { input, sequence });
  model.deletedSequences.delete(input.id);
  return sequence;
}

async function agree(model: Model, real: Real): Promise<void> {
  const listed = await real.library.posts.list();
  expect(listed.map((post) => post.id).sort()).toEqual([...model.posts.keys()].sort());
  for (const post of listed) {
    const expected = model.posts.get(post.id)!;
    expect(inputOf(post), post.id).toEqual(expected.input);
    expect(post.sequence, post.id).toBe(expected.sequence);
    expect(await real.library.posts.get(post.id)).toEqual(post);
  }
  // Planned ones first by instant, then the unplanned ones.
  const planned = listed.filter((post) => post.at !== null);
  expect(listed.slice(0, planned.length)).toEqual(planned);
  for (let i = 1; i < planned.length; i++) expect(plannedInstant(planned[i - 1].at!)).toBeLessThanOrEqual(plannedInstant(planned[i].at!));
  // A day's list: each post read in its own zone.
  const days = [...new Set([...model.posts.values()].flatMap(({ input }) => (input.at ? [dayOf(input.at)] : [])))].sort();
  if (days.length > 0) {
    const day = days[Math.floor(days.length / 2)];
    const expected = [...model.posts.values()].filter(({ input }) => input.at && dayOf(input.at) === day).map(({ input }) => input.id);
    expect((await real.library.posts.list({ from: day, to: day })).map((post) => post.id).sort()).toEqual(expected.sort());
  }
}

const DAYS = ['2026-10-24', '2026-10-25', '2026-12-10', '2027-03-27', '2027-03-28', '2027-03-29'];
const dayArb = fc.constantFrom(...DAYS);
const atArb: fc.Arbitrary<PlannedTime | null> = fc.option(
  fc.record({
    local: fc.tuple(dayArb, fc.constantFrom('00:15', '02:30', '09:00', '23:30')).map(([day, clock]) => `${day}T${clock}`),
    zone: fc.constantFrom('Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'UTC'),
  }),
  { freq: 4 },
);
const captionArb = fc.constantFrom('', 'Bonjour', 'Soldes d’été, -20 % 🎉', 'Line one\nLine two; "quoted"', '#tag inside');
const networksArb = fc.subarray<Network>(['instagram', 'linkedin', 'x', 'pinterest']);
const titleArb = fc.constantFrom('Launch', 'Été', 'x'.repeat(200), '');

const commands = [
  fc.tuple(titleArb, atArb, networksArb, captionArb, fc.constantFrom('idea', 'draft', 'ready') as fc.Arbitrary<PostInput['status']>).map(
    ([title, at, networks, caption, status]): Command => ({
      check: () => true,
      async run(model, real) {
        const input = postInputSchema.parse({
          id: `p${model.created++}`,
          title,
          status,
          notes: '',
          at,
          designIds: [],
          master: { caption, hashtags: ['#affiche'], firstComment: '', link: '' },
          targets: networks.map((network) => ({ network })),
        });
        const post = await real.library.posts.save(input);
        expect(post.sequence).toBe(saved(model, input));
        await agree(model, real);
      },
      toString: () => `create(${JSON.stringify(title.slice(0, 10))}, ${at ? `${at.local} ${at.zone}` : 'unplanned'}, [${networks}], ${JSON.stringify(caption)}, ${status})`,
    }),
  ),
  fc.tuple(fc.nat(), captionArb, fc.boolean()).map(([n, caption, onTarget]): Command => ({
    check: (model) => pick(model, n) !== undefined,
    async run(model, real) {
      const before = model.posts.get(pick(model, n)!)!.input;
      const input: PostInput = structuredClone(before);
      // The caption of the first network when asked (a target's own caption), else the master's.
      if (onTarget && input.targets.length > 0) input.targets[0] = { ...input.targets[0], caption };
      else input.master = { ...input.master, caption };
      const parsed = postInputSchema.parse(input);
      const post = await real.library.posts.save(parsed);
      expect(post.sequence).toBe(saved(model, parsed));
      await agree(model, real);
    },
    toString: () => `edit(#${n}, ${JSON.stringify(caption)}${onTarget ? ', on its first network' : ''})`,
  })),
  fc.tuple(fc.nat(), dayArb).map(([n, day]): Command => ({
    check: (model) => pick(model, n) !== undefined,
    async run(model, real) {
      const before = model.posts.get(pick(model, n)!)!.input;
      // Dragged to a day: the same clock time and zone there; an unplanned post lands at 9:00 in Paris.
      const at = before.at ? moveToDay(before.at, day) : { local: `${day}T09:00`, zone: 'Europe/Paris' };
      const input = postInputSchema.parse({ ...before, at });
      const post = await real.library.posts.save(input);
      expect(post.sequence).toBe(saved(model, input));
      await agree(model, real);
    },
    toString: () => `move(#${n}, ${day})`,
  })),
  fc.nat().map((n): Command => ({
    check: (model) => pick(model, n) !== undefined,
    async run(model, real) {
      const id = pick(model, n)!;
      const removed = await real.library.posts.delete(id);
      const expected = model.posts.get(id)!;
      expect(inputOf(removed)).toEqual(expected.input);
      expect(removed.sequence).toBe(expected.sequence);
      model.posts.delete(id);
      model.deletedSequences.set(id, removed.sequence);
      model.deleted = removed;
      const refusal = await real.library.posts.get(id).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refusal).toBeInstanceOf(UserError);
      expect((refusal as UserError).code).toBe('not-found');
      await agree(model, real);
    },
    toString: () => `delete(#${n})`,
  })),
  fc.constant<Command>({
    check: (model) => model.deleted !== null && !model.posts.has(model.deleted.id),
    async run(model, real) {
      const input = inputOf(model.deleted!);
      model.deleted = null;
      const post = await real.library.posts.save(input);
      // Saved back: the sequence goes on from the one it had when deleted.
      expect(post.sequence).toBe(saved(model, input));
      await agree(model, real);
    },
    toString: () => 'undoDelete()',
  }),
  fc.constant<Command>({
    check: () => true,
    async run(model, real) {
      await real.library.close();
      real.library = await openLibrary({ dir: real.dir, now: real.clock });
      expect(real.library.notices()).toEqual([]);
      await agree(model, real);
    },
    toString: () => 'reload()',
  }),
  fc.constant<Command>({
    check: () => true,
    async run(model, real) {
      // The folder as a kill now would leave it: copied while the library is open, its lock
      // dropped (a dead process's lock is taken over), then opened; the old one is let go.
      const copy = `${real.dir}-crash${real.copies++}`;
      await fs.cp(real.dir, copy, { recursive: true });
      await fs.rm(path.join(copy, LOCK_FILE), { force: true });
      await real.library.close();
      await removeDir(real.dir);
      real.dir = copy;
      real.library = await openLibrary({ dir: real.dir, now: real.clock });
      expect(real.library.notices()).toEqual([]);
      await agree(model, real);
    },
    toString: () => 'crash()',
  }),
];

describe('REL-08 model-based: posts', () => {
  it(`the store and the model agree after every step (${RUNS} runs)`, { timeout: 60_000 + RUNS * 2_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 30, size: 'max' }), async (cmds) => {
        const dir = await makeTempDir('affiche-post-model-');
        const clock = steppingClock();
        const real: Real = { dir, clock, library: await openLibrary({ dir, now: clock }), copies: 0 };
        try {
          await fc.asyncModelRun(() => ({ model: { posts: new Map(), created: 0, deleted: null, deletedSequences: new Map() }, real }), cmds);
        } finally {
          await real.library.close();
          await removeDir(real.dir);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// kill -9 of a process writing posts ------------------------------------------------------------

const ITERATIONS = Number(process.env.AFFICHE_REL01_ITERATIONS ?? 20);
const SEED = Number(process.env.AFFICHE_REL01_SEED ?? 4242);
const writer = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testing', 'postCrashWriter.ts');

/** Run the writer and SIGKILL it `delayMs` after it is ready (or after spawn when `early`). */
function runAndKill(dir: string, seed: number, delayMs: number, early: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => (timer = setTimeout(() => child.kill('SIGKILL'), delayMs));
    if (early) kill();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!early && timer === undefined && out.includes('ready\n')) kill();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`post writer exited by itself (code ${code}): ${err}`));
      // Only complete lines count: a half-printed ack is treated as not acknowledged.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

describe('kill -9 while posts are written', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it(`posts.json stays valid with every acknowledged save and delete over ${ITERATIONS} kills`, { timeout: 120_000 + ITERATIONS * 3_000 }, async () => {
    dir = await makeTempDir('affiche-post-crash-');
    const random = seededRandom(SEED);
    /** Highest acknowledged save per post, and the posts whose delete was acknowledged. */
    const saves = new Map<string, number>();
    const deletes = new Set<string>();
    /** Posts whose delete had started: it may have reached the disk before the kill, unacknowledged. */
    const deleting = new Set<string>();
    for (let i = 0; i < ITERATIONS; i++) {
      const early = random() < 0.1;
      const lines = await runAndKill(dir, i, early ? Math.floor(random() * 600) : Math.floor(random() * 250), early);
      for (const line of lines) {
        const [word, what, id, seq] = line.split(' ');
        if (word === 'deleting') deleting.add(what);
        if (word !== 'ack') continue;
        if (what === 'save') saves.set(id, Math.max(saves.get(id) ?? 0, Number(seq)));
        if (what === 'delete') deletes.add(id);
      }
      const context = `after kill ${i + 1}`;
      // The file itself parses whole, whatever moment the kill came at (when it was written at all).
      const text = await fs.readFile(path.join(dir, 'posts.json'), 'utf8').catch(() => null);
      if (saves.size > 0) expect(text, context).not.toBeNull();
      if (text !== null) expect(() => parsePostsText(text), context).not.toThrow();

      const library = await openLibrary({ dir });
      try {
        expect(await findTemps(dir), context).toEqual([]);
        expect(library.notices(), context).toEqual([]);
        const posts = new Map((await library.posts.list()).map((post) => [post.id, post]));
        for (const id of deletes) expect(posts.has(id), `${context}: ${id} was deleted`).toBe(false);
        for (const [id, seq] of saves) {
          if (deletes.has(id)) continue;
          const post = posts.get(id);
          if (!post && deleting.has(id)) continue;
          expect(post, `${context}: ${id}`).toBeDefined();
          // The last acknowledged save or a later one that was in flight; never an older one.
          expect(Number(post!.master.caption.split(' ')[1]), `${context}: ${id}`).toBeGreaterThanOrEqual(seq);
        }
      } finally {
        await library.close();
      }
    }
    const everything = await fs.readdir(dir, { recursive: true });
    expect(everything.filter((name) => String(name).includes('.corrupt-'))).toEqual([]);
    expect(saves.size).toBeGreaterThan(ITERATIONS / 2);
    expect(deletes.size).toBeGreaterThan(0);
  });
});

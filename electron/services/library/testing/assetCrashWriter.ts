/**
 * Child process for the asset half of REL-01 (crash.test.ts): imports and organises media as fast
 * as it can and says what it does, until the parent SIGKILLs it.
 *
 * Two lanes run at once, as in the app: up to three imports in flight (their library.json writes
 * coalesce), and one organisation call at a time (tag, rename, trash, restore, empty the trash) on
 * media whose import was acknowledged. Every call prints a `start` line before it begins and an
 * `ack` line once its promise resolved, both one JSON object per line:
 *   {"t":"start"|"ack","n":<call number>,"op":"import","id":<sha256>}
 *   {"t":...,"n":...,"op":"tag","ids":[...],"add":[...],"remove":[...]}
 *   {"t":...,"n":...,"op":"rename","id":...,"name":...}
 *   {"t":...,"n":...,"op":"trash"|"restore","ids":[...]}
 *   {"t":...,"n":...,"op":"empty"}
 * The parent knows from these which calls were acknowledged and which one may have half run.
 *
 * Run: node --import tsx assetCrashWriter.ts <libraryDir> <seed>
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { openLibrary } from '../library';
import { seededRandom } from './corrupt';

const [dir, seedText] = process.argv.slice(2);
if (!dir) throw new Error('usage: assetCrashWriter.ts <libraryDir> <seed>');
const seed = Number(seedText ?? 0);
const random = seededRandom(seed * 7919 + 1);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** A small pool, so tags are added and removed again and no asset reaches the 50-tag limit. */
export const CRASH_TAGS = ['plage', 'soldes', 'logo', 'été', 'client-a', 'client-b', 'portrait', 'noël'];

const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const library = await openLibrary({ dir });
process.stdout.write('ready\n');

// What this writer may organise: media on disk when it started, then its own acknowledged imports.
const live = new Set(library.searchAssets({ limit: 5000 }).assets.map((a) => a.id));
const trashed = new Set(library.searchAssets({ trash: true, limit: 5000 }).assets.map((a) => a.id));
let calls = 0;

/** Kept small, so 1,000 kills check a library of tens of assets, not of tens of thousands. */
const MAX_ASSETS = 60;
const pause = () => new Promise((resolve) => setTimeout(resolve, 2));

async function importLane(lane: number): Promise<never> {
  for (let i = 0; ; i++) {
    while (live.size + trashed.size >= MAX_ASSETS) await pause();
    // Unique pixels per writer, lane and step: every import is a new asset.
    const png = await sharp({
      create: { width: 3, height: 2, channels: 3, background: { r: seed % 256, g: (seed >> 8) % 256, b: (i * 3 + lane) % 256 } },
    })
      .composite([{ input: { create: { width: 1, height: 1, channels: 3, background: { r: i % 256, g: (i >> 8) % 256, b: lane * 60 } } }, left: 1, top: 1 }])
      .png()
      .toBuffer();
    const id = createHash('sha256').update(png).digest('hex');
    const n = ++calls;
    say({ t: 'start', n, op: 'import', id });
    const { asset } = await library.importAsset(`crash-${seed}-${lane}-${i}.png`, png);
    if (asset.id !== id) throw new Error(`imported as ${asset.id}, expected ${id}`);
    live.add(id);
    trashed.delete(id);
    say({ t: 'ack', n, op: 'import', id });
  }
}

async function organiseLane(): Promise<never> {
  for (let i = 0; ; i++) {
    const ids = [...live];
    const roll = random();
    const n = ++calls;
    if (ids.length === 0) {
      await pause();
      continue;
    }
    // A full library mostly trashes and empties.
    const full = live.size + trashed.size >= MAX_ASSETS - 5;
    if (full && roll < 0.5) {
      const chosen = [...new Set(Array.from({ length: 5 + Math.floor(random() * 10) }, () => pick(ids)))];
      const op = { n, op: 'trash', ids: chosen };
      say({ t: 'start', ...op });
      await library.trashAssets(chosen, true);
      for (const id of chosen) {
        live.delete(id);
        trashed.add(id);
      }
      say({ t: 'ack', ...op });
    } else if (full) {
      say({ t: 'start', n, op: 'empty' });
      await library.emptyAssetTrash();
      trashed.clear();
      say({ t: 'ack', n, op: 'empty' });
    } else if (roll < 0.35) {
      const chosen = [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(ids)))];
      const add = [pick(CRASH_TAGS)];
      const remove = [pick(CRASH_TAGS)].filter((tag) => tag !== add[0]);
      const op = { n, op: 'tag', ids: chosen, add, remove };
      say({ t: 'start', ...op });
      await library.tagAssets(chosen, add, remove);
      say({ t: 'ack', ...op });
    } else if (roll < 0.6) {
      const op = { n, op: 'rename', id: pick(ids), name: `nom ${seed}-${i}` };
      say({ t: 'start', ...op });
      await library.updateAsset({ id: op.id, name: op.name });
      say({ t: 'ack', ...op });
    } else if (roll < 0.78) {
      const chosen = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(ids)))];
      const op = { n, op: 'trash', ids: chosen };
      say({ t: 'start', ...op });
      await library.trashAssets(chosen, true);
      for (const id of chosen) {
        live.delete(id);
        trashed.add(id);
      }
      say({ t: 'ack', ...op });
    } else if (roll < 0.88 && trashed.size > 0) {
      const op = { n, op: 'restore', ids: [pick([...trashed])] };
      say({ t: 'start', ...op });
      await library.restoreAssets(op.ids);
      for (const id of op.ids) {
        trashed.delete(id);
        live.add(id);
      }
      say({ t: 'ack', ...op });
    } else {
      say({ t: 'start', n, op: 'empty' });
      await library.emptyAssetTrash();
      trashed.clear();
      say({ t: 'ack', n, op: 'empty' });
    }
  }
}

await Promise.all([importLane(0), importLane(1), importLane(2), organiseLane()]);

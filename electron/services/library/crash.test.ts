/**
 * REL-01 (and the autosave half of REL-02): kill -9 a writer at random moments during awaited
 * library writes, then reopen. Pass: every acknowledged record is there, every file parses (no
 * damaged file was ever set aside), no temp file is left after the next start.
 *
 * Default 50 kills; AFFICHE_REL01_ITERATIONS=1000 for the full run.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openLibrary } from './library';
import { seededRandom } from './testing/corrupt';
import { findTemps, makeTempDir, removeDir } from './testing/helpers';

const ITERATIONS = Number(process.env.AFFICHE_REL01_ITERATIONS ?? 50);
const SEED = Number(process.env.AFFICHE_REL01_SEED ?? 4242);
const here = path.dirname(fileURLToPath(import.meta.url));
const writer = path.join(here, 'testing', 'crashWriter.ts');

interface Acks {
  created: Set<string>;
  /** Highest acknowledged save sequence per design. */
  saved: Map<string, number>;
  imported: Set<string>;
}

/** Run the writer and SIGKILL it `delayMs` after it is ready (or after spawn when `early`). */
function runAndKill(dir: string, seed: number, delayMs: number, early: boolean): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => {
      timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    if (early) kill();
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (!early && timer === undefined && out.includes('ready\n')) kill();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (code ${code}): ${err}`));
      // Only complete lines count: a half-printed ack is treated as not acknowledged.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

function record(acks: Acks, lines: string[]): void {
  for (const line of lines) {
    const [word, what, id, seq] = line.split(' ');
    if (word !== 'ack') continue;
    if (what === 'create') acks.created.add(id);
    if (what === 'save') acks.saved.set(id, Math.max(acks.saved.get(id) ?? 0, Number(seq)));
    if (what === 'import') acks.imported.add(id);
  }
}

describe('REL-01 kill -9 during awaited writes', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await removeDir(dir);
  });

  it(`loses no acknowledged write over ${ITERATIONS} kills`, { timeout: 120_000 + ITERATIONS * 3_000 }, async () => {
    dir = await makeTempDir('affiche-rel01-');
    const random = seededRandom(SEED);
    const acks: Acks = { created: new Set(), saved: new Map(), imported: new Set() };
    for (let i = 0; i < ITERATIONS; i++) {
      // One in ten dies while opening (lock, temp cleanup, reconcile); the rest mid-writes.
      const early = random() < 0.1;
      const lines = await runAndKill(dir, i, early ? Math.floor(random() * 600) : Math.floor(random() * 250), early);
      record(acks, lines);

      const library = await openLibrary({ dir });
      try {
        const context = `after kill ${i + 1}`;
        expect(await findTemps(dir), context).toEqual([]);
        expect(library.notices(), context).toEqual([]);
        const listed = new Set(library.listDesigns({}).map((d) => d.id));
        for (const id of acks.created) expect(listed.has(id), `${context}: design ${id}`).toBe(true);
        for (const [id, seq] of acks.saved) {
          const { design } = await library.getDesign(id);
          // The last acknowledged save or a later one that was in flight; never an older one.
          expect(Number(design.name.split(' ')[1]), `${context}: design ${id}`).toBeGreaterThanOrEqual(seq);
        }
        for (const id of acks.imported) {
          expect(library.getAsset(id), `${context}: asset ${id}`).toBeDefined();
          const bytes = await library.readAsset(id);
          expect(createHash('sha256').update(bytes).digest('hex')).toBe(id);
        }
      } finally {
        await library.close();
      }
    }
    // Nothing was ever damaged, so nothing was ever set aside.
    const everything = await fs.readdir(dir, { recursive: true });
    expect(everything.filter((name) => String(name).includes('.corrupt-'))).toEqual([]);
    expect(acks.created.size).toBeGreaterThan(ITERATIONS / 2);
  });
});

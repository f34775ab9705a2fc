/**
 * EXP-08 for bundles: a process killed (SIGKILL) at random moments while it writes a bundle leaves
 * its destination absent or complete, byte for byte the bundle an uninterrupted run makes (zip or
 * folder), and the temp files it left are removed by the next start. Half the kills land at a
 * random moment of the drawing, half at a random moment of the writing (timed from the child's own
 * "writing" line, so a loaded machine still kills some while files are written). 10 runs by default;
 * AFFICHE_EXP08_BUNDLE_RUNS=100 runs the hundred.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPage, createTextElement } from '../../../core/schema/factory';
import { createBackend, type Backend } from '../backend';
import { PARTIAL_FILE } from '../staging/journal';
import { callOn, runJobOn } from '../testing/backendTesting';

const here = path.dirname(fileURLToPath(import.meta.url));
const RUNS = Math.max(1, Number(process.env.AFFICHE_EXP08_BUNDLE_RUNS) || 10);
let tmp: string;
let libraryDir: string;
let journalDir: string;
let backend: Backend;
let reference: { zip: Buffer; files: Map<string, Buffer> };
let drawingMs: number;
let writingMs: number;

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0xffffffff;
  };
}

function filesUnder(dir: string, prefix = ''): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) for (const [inner, bytes] of filesUnder(path.join(dir, entry.name), name)) files.set(inner, bytes);
    else files.set(name, readFileSync(path.join(dir, entry.name)));
  }
  return files;
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-bundle-kill-'));
  libraryDir = path.join(tmp, 'library');
  journalDir = path.join(tmp, 'journal');
  backend = await createBackend({ libraryDir, journalDir, transport: 'inprocess' });
  const { design } = await callOn(backend, 'designs.create', { name: 'Idées', kind: 'carousel', format: { preset: 'instagram-carousel', width: 1080, height: 1350 } });
  design.pages = [0, 1, 2, 3].map((i) => ({ ...createPage(), background: { fill: ['#f4a261', '#2a9d8f', '#264653', '#e76f51'][i] }, elements: [createTextElement({ x: 100, y: 500, width: 880, text: `Idée ${i + 1}`, fontSize: 120 })] }));
  await callOn(backend, 'designs.save', { design });
  await callOn(backend, 'posts.save', {
    id: 'kill',
    title: 'Idées',
    status: 'draft',
    notes: '',
    at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' },
    designIds: [design.id],
    master: { caption: 'Quatre idées', hashtags: ['#idees'], firstComment: '', link: '' },
    targets: [{ network: 'instagram' }, { network: 'facebook' }, { network: 'x' }],
  });
  const outDir = mkdtempSync(path.join(tmp, 'reference-'));
  await runJobOn(backend, 'posts.bundle', { postIds: ['kill'], zip: true, csv: ['affiche'], target: backend.staging.target(path.join(outDir, 'bundle.zip')).id });
  await runJobOn(backend, 'posts.bundle', { postIds: ['kill'], zip: false, csv: ['affiche'], target: backend.staging.target(path.join(outDir, 'bundle'), 'folder').id });
  reference = { zip: readFileSync(path.join(outDir, 'bundle.zip')), files: filesUnder(path.join(outDir, 'bundle')) };
  await backend.close();
  // The kill windows are what a whole bundle takes in a child of its own, cold start included: the
  // parent's warm run above is several times faster and would put every kill before the writing.
  const whole = startChild(path.join(outDir, 'timed.zip'), false);
  await whole.reached('started');
  const started = Date.now();
  await whole.reached('writing');
  drawingMs = Date.now() - started;
  await whole.reached('done');
  writingMs = Date.now() - started - drawingMs;
  await whole.exited;
  expect(whole.output() + whole.errors()).toContain('done');
  expect(Buffer.compare(readFileSync(path.join(outDir, 'timed.zip')), reference.zip), 'a child writes the same zip').toBe(0);
}, 120_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Child {
  proc: ReturnType<typeof spawn>;
  exited: Promise<unknown>;
  /** Resolves when the child has printed `line` ("started", "writing", "done"). */
  reached: (line: string) => Promise<void>;
  output: () => string;
  errors: () => string;
}

function startChild(target: string, folder: boolean): Child {
  const child = path.join(here, 'testing', 'bundleChild.ts');
  const proc = spawn(process.execPath, ['--import', 'tsx', child, libraryDir, journalDir, target, folder ? 'folder' : 'zip', 'kill'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise((resolve) => proc.once('exit', resolve));
  let output = '';
  let errors = '';
  proc.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  proc.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const reached = (line: string) =>
    new Promise<void>((resolve, reject) => {
      const check = setInterval(() => {
        if (output.includes(line)) {
          clearInterval(check);
          resolve();
        }
      }, 2);
      proc.once('exit', (code) => {
        clearInterval(check);
        if (!output.includes(line)) reject(new Error(`the child exited (${code}) before "${line}": ${errors}`));
      });
    });
  return { proc, exited, reached, output: () => output, errors: () => errors };
}

describe('EXP-08: kill -9 during a bundle export', () => {
  it(`${RUNS} kills at random moments leave the destination absent or complete; the next start sweeps the temps`, async () => {
    const next = random(14);
    let killedMidway = 0;
    let leftTemps = 0;
    let complete = 0;
    for (let run = 0; run < RUNS; run++) {
      const folder = run % 2 === 1;
      const outDir = path.join(tmp, `killed-${run}`);
      const child = startChild(path.join(outDir, folder ? 'bundle' : 'bundle.zip'), folder);
      // In each four runs (zip, folder, zip, folder): two kills anywhere in the drawing, two anywhere
      // in the writing or a little past it.
      const writing = run % 4 >= 2;
      await child.reached(writing ? 'writing' : 'started').catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * (writing ? writingMs * 1.5 : drawingMs))));
      child.proc.kill('SIGKILL');
      await child.exited;
      if (!child.output().includes('done')) killedMidway++;
      const names = existsSync(outDir) ? readdirSync(outDir) : [];
      if (names.some((name) => PARTIAL_FILE.test(name))) leftTemps++;
      for (const name of names.filter((n) => !PARTIAL_FILE.test(n))) {
        complete++;
        if (folder) {
          expect(name, `run ${run}`).toBe('bundle');
          const files = filesUnder(path.join(outDir, name));
          expect([...files.keys()].sort(), `run ${run}: whole`).toEqual([...reference.files.keys()].sort());
          for (const [file, bytes] of files) expect(Buffer.compare(bytes, reference.files.get(file)!), `run ${run}: ${file}`).toBe(0);
        } else {
          expect(name, `run ${run}`).toBe('bundle.zip');
          expect(Buffer.compare(readFileSync(path.join(outDir, name)), reference.zip), `run ${run}: whole`).toBe(0);
        }
      }
      const again = await createBackend({ libraryDir, journalDir, transport: 'inprocess', readOnly: true });
      await again.close();
      expect(existsSync(outDir) ? readdirSync(outDir).filter((name) => PARTIAL_FILE.test(name)) : [], `run ${run}: swept at start`).toEqual([]);
      expect(existsSync(journalDir) ? readdirSync(journalDir) : [], `run ${run}: journal empty`).toEqual([]);
    }
    // Kills landed while the bundle was being made, and some while its files were being written.
    const counts = `${killedMidway} killed midway, ${leftTemps} with temps left, ${complete} complete`;
    expect(killedMidway, counts).toBeGreaterThan(RUNS / 4);
    expect(leftTemps + complete, counts).toBeGreaterThan(0);
  }, 120_000 + RUNS * 30_000);
});

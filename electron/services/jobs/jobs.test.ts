/**
 * Jobs against a real library (EXP-01, EXP-08): cancelled at random points, or their process
 * killed at random moments, exports leave nothing at their destination but temp files that the
 * next start removes; the ones that finish are whole.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTextElement } from '../../../core/schema';
import { createBackend, type Backend } from '../backend';
import { fillLibrary } from '../library/archive/testing';
import { callOn, runJobOn } from '../testing/backendTesting';
import { PARTIAL_FILE } from '../staging/journal';

const here = path.dirname(fileURLToPath(import.meta.url));
let tmp: string;
let libraryDir: string;
let journalDir: string;
let backend: Backend;
let designId: string;

/** A seeded random for repeatable "random" moments. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0xffffffff;
  };
}

const partials = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((name) => PARTIAL_FILE.test(name)) : []);

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-jobs-'));
  libraryDir = path.join(tmp, 'library');
  journalDir = path.join(tmp, 'journal');
  backend = await createBackend({ libraryDir, journalDir, transport: 'inprocess', validateResults: true });
  await fillLibrary(backend.library);
  const { design } = await callOn(backend, 'designs.create', { name: 'Rentrée', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } });
  design.pages[0].elements.push(createTextElement({ x: 100, y: 500, width: 880, text: 'Rentrée des classes', fontSize: 96 }));
  design.pages.push({ ...design.pages[0], id: 'p2' });
  await callOn(backend, 'designs.save', { design });
  designId = design.id;
  await backend.close();
  backend = await createBackend({ libraryDir, journalDir, transport: 'inprocess', validateResults: true });
});

afterAll(async () => {
  await backend.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('jobs on a real library', () => {
  it('EXP-01: cancelled at 50 random points, an export leaves no file at its destination, and a finished one is whole', async () => {
    const next = random(2026);
    const outDir = path.join(tmp, 'cancel');
    const runImages = (target: string, signal?: AbortSignal) =>
      runJobOn(backend, 'designs.exportImages', { design: { id: designId }, type: 'png', formats: { ids: ['instagram-story', 'x-landscape'], allVariants: true }, target: backend.staging.target(target).id }, { signal });
    const runArchive = (target: string, signal?: AbortSignal) => runJobOn(backend, 'library.exportArchive', { scope: 'library', target: backend.staging.target(target).id }, { signal });
    // The moments are spread over how long each export takes on this machine now (timed once,
    // uncancelled), so that both outcomes happen however fast or busy the machine is.
    const timed = async (run: (target: string) => Promise<unknown>, name: string) => {
      const started = performance.now();
      await run(path.join(tmp, 'timing', name));
      return performance.now() - started;
    };
    const duration = { images: await timed(runImages, 'set.zip'), archive: await timed(runArchive, 'library.zip') };
    let cancelled = 0;
    for (let run = 0; run < 50; run++) {
      const images = run % 2 === 0;
      const target = path.join(outDir, images ? `set-${run}.zip` : `library-${run}.zip`);
      const delay = Math.floor(next() * 1.3 * (images ? duration.images : duration.archive));
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), delay);
      const outcome = await (images ? runImages(target, controller.signal) : runArchive(target, controller.signal)).then(
        () => 'done' as const,
        (error: { code?: string }) => error.code,
      );
      clearTimeout(timer);
      expect(['done', 'cancelled'], `run ${run}`).toContain(outcome);
      if (outcome === 'cancelled') {
        cancelled++;
        expect(existsSync(target), `run ${run}: nothing at the destination`).toBe(false);
      } else {
        // Whole: a zip that reads back with every entry.
        const entries = Object.keys(unzipSync(new Uint8Array(readFileSync(target))));
        expect(entries.length, `run ${run}`).toBeGreaterThan(images ? 5 : 3);
      }
      expect(partials(outDir), `run ${run}: no temp file left`).toEqual([]);
    }
    // The moments were spread so that both outcomes happen.
    expect(cancelled).toBeGreaterThan(10);
    expect(cancelled).toBeLessThan(50);
    expect(backend.jobs.runningCount).toBe(0);
  });

  it('EXP-08: killed at random moments, an export leaves only temp files, which the next start removes', async () => {
    await backend.close();
    const next = random(8);
    const child = path.join(here, 'testing', 'exportChild.ts');
    let killedMidway = 0;
    let leftTemps = 0;
    for (let run = 0; run < 12; run++) {
      const images = run % 3 === 2;
      const outDir = path.join(tmp, `killed-${run}`);
      const target = images ? outDir : path.join(outDir, 'backup.zip');
      const process = spawn(globalThis.process.execPath, ['--import', 'tsx', child, libraryDir, journalDir, target, images ? 'images' : 'archive'], { stdio: ['ignore', 'pipe', 'pipe'] });
      const exited = new Promise((resolve) => process.once('exit', resolve));
      let output = '';
      let errors = '';
      process.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      process.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      await new Promise<void>((resolve, reject) => {
        const check = setInterval(() => {
          if (output.includes('started')) {
            clearInterval(check);
            resolve();
          }
        }, 5);
        process.once('exit', (code) => {
          clearInterval(check);
          if (!output.includes('started')) reject(new Error(`the child exited (${code}) before starting: ${errors}`));
        });
      });
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 500)));
      process.kill('SIGKILL');
      await exited;
      const finished = output.includes('done');
      if (!finished) {
        killedMidway++;
        // At the destination, temp files, if anything, or the finished file: killed between the
        // final rename and its report, the export is whole (a zip that reads back).
        const names = existsSync(outDir) ? readdirSync(outDir) : [];
        for (const name of names.filter((n) => !PARTIAL_FILE.test(n))) {
          expect(images ? [] : ['backup.zip'], `run ${run}`).toContain(name);
          expect(Object.keys(unzipSync(new Uint8Array(readFileSync(path.join(outDir, name))))).length, `run ${run}: whole`).toBeGreaterThan(3);
        }
        if (names.some((name) => PARTIAL_FILE.test(name))) leftTemps++;
      }
      // The next start of any Affiche process sweeps them.
      const again = await createBackend({ libraryDir, journalDir, transport: 'inprocess', readOnly: true });
      await again.close();
      expect(partials(outDir), `run ${run}: swept at start`).toEqual([]);
      expect(existsSync(journalDir) ? readdirSync(journalDir) : [], `run ${run}: journal empty`).toEqual([]);
    }
    expect(killedMidway).toBeGreaterThan(3);
    // Some kills happened while files were being written: the sweep had something to remove.
    expect(leftTemps).toBeGreaterThan(0);
    backend = await createBackend({ libraryDir, journalDir, transport: 'inprocess', validateResults: true });
  }, 240_000); // twelve Node processes started and killed: minutes on a loaded machine
});

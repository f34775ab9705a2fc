/**
 * Ctrl+C in a terminal (issue 10): the real `affiche` process, interrupted with SIGINT while a long
 * export runs, cancels the job, exits 130 and leaves nothing at the final path (no image, no temp
 * file), then the same command runs to the end.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTextElement } from '../../core/schema';
import { createBackend } from '../services/backend';
import { callOn } from '../services/testing/backendTesting';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'affiche.mjs');
let tmp: string;
let library: string;
let designId: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `interruptWhen` sends SIGINT the first time stderr matches it. */
function affiche(args: string[], interruptWhen?: RegExp): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AFFICHE_JOURNAL: path.join(tmp, 'journal') } });
    let stdout = '';
    let stderr = '';
    let sent = false;
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (interruptWhen && !sent && interruptWhen.test(stderr)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-cancel-'));
  library = path.join(tmp, 'library');
  const backend = await createBackend({ libraryDir: library, transport: 'inprocess', journalDir: path.join(tmp, 'journal') });
  const { design } = await callOn(backend, 'designs.create', { name: 'Long export', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } });
  design.pages[0].elements.push(createTextElement({ x: 80, y: 400, width: 900, text: 'Soldes', fontSize: 160 }));
  design.pages.push({ ...design.pages[0], id: 'p2' }, { ...design.pages[0], id: 'p3' });
  await callOn(backend, 'designs.save', { design });
  designId = design.id;
  await backend.close();
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const FORMATS = 'instagram-story,instagram-square,x-landscape,tiktok-photo,facebook-story,linkedin-landscape,pinterest-pin,youtube-thumbnail';

describe('Ctrl+C', () => {
  it('during a long render: exit 130, nothing at the destination, and the next run completes', async () => {
    const out = path.join(tmp, 'out');
    // Interrupted on its third image, well before the 24th.
    const run = await affiche(['render', designId, '--library', library, '--format', FORMATS, '--out', out], /\[\s*\d+ %\] Image 3 of 24/);
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toMatch(/cancelled; nothing was written/);
    expect(run.stdout).toBe('');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

    const complete = await affiche(['render', designId, '--library', library, '--format', FORMATS, '--out', out]);
    expect(complete.code, complete.stderr).toBe(0);
    expect(readdirSync(out)).toHaveLength(24);
  });

  it('during a library export: exit 130 and no zip, not even half of one', async () => {
    const zip = path.join(tmp, 'backup', 'library.zip');
    const run = await affiche(['library', 'export', zip, '--library', library], /\[\s*\d+ %\]/);
    // A very fast export may finish before the signal lands: then it is whole.
    if (run.code === 0) expect(existsSync(zip)).toBe(true);
    else {
      expect(run.code, run.stderr).toBe(130);
      expect(existsSync(path.dirname(zip)) ? readdirSync(path.dirname(zip)) : []).toEqual([]);
    }
  });
});

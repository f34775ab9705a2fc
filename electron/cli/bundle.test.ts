/**
 * `affiche bundle` (issue 14): posts named or a range of days, to a zip or a folder, with the
 * schedulers' CSVs; usage errors say what to type; the real process interrupted with Ctrl+C exits
 * 130 and leaves nothing at --out.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPage, createTextElement } from '../../core/schema/factory';
import { createBackend } from '../services/backend';
import { callOn } from '../services/testing/backendTesting';
import { runCli } from './testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'affiche.mjs');
let tmp: string;
let library: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-bundle-'));
  library = path.join(tmp, 'library');
  const backend = await createBackend({ libraryDir: library, transport: 'inprocess', journalDir: path.join(tmp, 'journal') });
  const { design } = await callOn(backend, 'designs.create', { name: 'Idées', kind: 'carousel', format: { preset: 'instagram-carousel', width: 1080, height: 1350 } });
  design.pages = [0, 1, 2, 3, 4, 5].map((i) => ({ ...createPage(), background: { fill: '#2a9d8f' }, elements: [createTextElement({ x: 100, y: 500, width: 880, text: `Idée ${i + 1}`, fontSize: 120 })] }));
  await callOn(backend, 'designs.save', { design });
  for (const [id, day] of [['monday', '2026-12-07'], ['tuesday', '2026-12-08']]) {
    await callOn(backend, 'posts.save', {
      id,
      title: `Idées ${id}`,
      status: 'draft',
      notes: '',
      at: { local: `${day}T09:00`, zone: 'Europe/Paris' },
      designIds: [design.id],
      master: { caption: 'Six idées', hashtags: ['#idees'], firstComment: '', link: '' },
      targets: [{ network: 'instagram' }, { network: 'x' }],
    });
  }
  // A ready post the next week (Instagram takes the six slides).
  await callOn(backend, 'posts.save', {
    id: 'ready',
    title: 'Idées prêtes',
    status: 'ready',
    notes: '',
    at: { local: '2026-12-14T09:00', zone: 'Europe/Paris' },
    designIds: [design.id],
    master: { caption: 'Six idées', hashtags: ['#idees'], firstComment: '', link: '' },
    targets: [{ network: 'instagram' }],
  });
  await backend.close();
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('affiche bundle', () => {
  it('one post to a zip with Buffer’s CSVs; the path on stdout, the over-cap note on stderr', async () => {
    const out = path.join(tmp, 'monday.zip');
    const run = await runCli(['bundle', 'monday', '--out', out, '--csv', 'buffer', '--media-base-url', 'https://cdn.example.com/semaine', '--library', library]);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out).toEqual([out]);
    expect(run.err).toContain('affiche: note: X takes 4 pictures in a post; the bundle’s x/ holds 6.');
    // A draft goes in as any post does, said before the bundle runs.
    expect(run.err[0]).toBe('affiche: warning: 1 selected post\u00a0· 1\u00a0is not ready (1 draft)');
    const zip = unzipSync(new Uint8Array(readFileSync(out)));
    expect(Object.keys(zip).filter((name) => !name.includes('/'))).toEqual(['README.txt', 'buffer-instagram.csv', 'buffer-x.csv', 'post.json']);
    const csv = new TextDecoder().decode(zip['buffer-instagram.csv']);
    expect(csv).toContain('https://cdn.example.com/semaine/instagram/01.jpg');
    expect(run.progress.length).toBeGreaterThan(0);
  }, 120_000);

  it('a range of days to a folder: one folder per post, named by day and title', async () => {
    const out = path.join(tmp, 'week');
    const run = await runCli(['bundle', '--from', '2026-12-07', '--to', '2026-12-13', '--out', out, '--library', library]);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.err).toContain('affiche: warning: 2 posts planned from 2026-12-07 to 2026-12-13\u00a0· 2\u00a0are not ready (2 drafts)');
    expect(readdirSync(out).sort()).toEqual(['2026-12-07-idees-monday', '2026-12-08-idees-tuesday', 'README.txt', 'post.json']);
    expect(readdirSync(path.join(out, '2026-12-08-idees-tuesday', 'instagram'))).toContain('06.jpg');
    // A folder that is not empty is refused (exit 1, one line).
    const again = await runCli(['bundle', '--from', '2026-12-07', '--to', '2026-12-13', '--out', out, '--library', library]);
    expect(again.code).toBe(1);
    expect(again.err).toEqual([
      'affiche: warning: 2 posts planned from 2026-12-07 to 2026-12-13\u00a0· 2\u00a0are not ready (2 drafts)',
      `affiche: The folder ${out} is not empty: choose a new or an empty folder for the bundle.`,
    ]);
  }, 120_000);

  it('a range of ready posts runs with no warning', async () => {
    const out = path.join(tmp, 'ready.zip');
    const run = await runCli(['bundle', '--from', '2026-12-14', '--to', '2026-12-20', '--out', out, '--library', library]);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.err.filter((line) => line.startsWith('affiche: warning:'))).toEqual([]);
    expect(existsSync(out)).toBe(true);
  }, 120_000);

  it('usage errors say what to type', async () => {
    expect((await runCli(['bundle', 'monday', '--from', '2026-12-07', '--to', '2026-12-08', '--out', 'x.zip'])).err).toEqual(['affiche: bundle takes post ids or --from/--to, not both (see "affiche help bundle")']);
    expect((await runCli(['bundle', 'monday'])).err).toEqual(['affiche: bundle needs --out FILE.zip or --out DIR (a new or empty folder)']);
    expect((await runCli(['bundle', 'monday', '--out', 'x.zip', '--csv', 'later'])).err).toEqual(['affiche: --csv takes buffer, publer, metricool, hootsuite, sprout, socialbee, affiche (got "later")']);
    expect((await runCli(['bundle', '--from', '7/12/2026', '--to', '2026-12-08', '--out', 'x.zip'])).err).toEqual(['affiche: bundle needs --from YYYY-MM-DD (got "7/12/2026")']);
    expect((await runCli(['bundle', '--from', '2026-12-07', '--to', '2026-02-30', '--out', 'x.zip'])).err).toEqual(['affiche: bundle needs --to YYYY-MM-DD (got "2026-02-30")']);
    const missing = await runCli(['bundle', 'nobody', '--out', path.join(tmp, 'nobody.zip'), '--library', library]);
    expect([missing.code, missing.err]).toEqual([1, ['affiche: This post does not exist (it may have been deleted).']]);
    expect(existsSync(path.join(tmp, 'nobody.zip'))).toBe(false);
    expect((await runCli(['help', 'bundle'])).out[0]).toContain('--media-base-url URL');
  }, 60_000);

  it('Ctrl+C while it renders: exit 130, nothing at --out', async () => {
    const out = path.join(tmp, 'cancelled', 'bundle.zip');
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, 'bundle', 'monday', 'tuesday', '--out', out, '--library', library], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AFFICHE_JOURNAL: path.join(tmp, 'journal') } });
      let stderr = '';
      let sent = false;
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (!sent && /File 2 of/.test(stderr)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.once('close', (code) => resolve({ code, stderr }));
    });
    expect(run.code, run.stderr).toBe(130);
    expect(existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : []).toEqual([]);
  }, 120_000);
});

/**
 * A reel in a bundle: the MP4 the export made is reused from the library's render cache
 * (electron/services/video/renderCache.ts), never encoded again; one not made yet is rendered once
 * into the cache, checked by ffprobe at its format's size, and the next bundle reuses it.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPage, createTextElement } from '../../../core/schema/factory';
import type { Design } from '../../../core/schema';
import { createBackend, type Backend } from '../backend';
import { callOn, runJobOn, stageTarget } from '../testing/backendTesting';

let dir: string;
let backend: Backend;
let reel: Design;
const renders = () => readdirSync(path.join(dir, 'renders')).filter((name) => name.endsWith('.mp4'));

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-bundle-video-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
  ({ design: reel } = await callOn(backend, 'designs.create', { name: 'Reel', kind: 'video', format: { preset: 'tiktok-video', width: 1080, height: 1920 } }));
  reel.pages = [{ ...createPage(), background: { fill: '#1b3a5c' }, durationMs: 1000, elements: [createTextElement({ x: 100, y: 800, width: 880, text: 'Bonjour', fontSize: 120, fill: '#ffffff' })] }];
  await callOn(backend, 'designs.save', { design: reel });
  await callOn(backend, 'posts.save', {
    id: 'reel',
    title: 'Reel',
    status: 'draft',
    notes: '',
    at: { local: '2026-12-11T18:00', zone: 'Europe/Paris' },
    designIds: [reel.id],
    master: { caption: 'Bonjour', hashtags: [], firstComment: '', link: '' },
    targets: [{ network: 'tiktok' }],
  });
}, 60_000);

afterAll(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

function probe(bytes: Uint8Array): { codec: string; width: number; height: number } {
  const file = path.join(dir, 'probe.mp4');
  writeFileSync(file, bytes);
  const json = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=codec_name,width,height', '-of', 'json', file]).toString());
  const s = json.streams[0];
  return { codec: s.codec_name, width: s.width, height: s.height };
}

describe('a reel in a bundle', () => {
  it('reuses the MP4 the export left in the render cache', async () => {
    const out = stageTarget(backend, 'reel.mp4');
    await runJobOn(backend, 'designs.exportVideo', { design: { id: reel.id }, cover: false, target: out.id });
    expect(renders()).toHaveLength(1);
    const cached = path.join(dir, 'renders', renders()[0]);
    expect(Buffer.compare(readFileSync(cached), readFileSync(out.path))).toBe(0);
    // Marked: a bundle that holds these exact bytes read the cache rather than encoding again.
    appendFileSync(cached, Buffer.from('cached'));
    const target = stageTarget(backend, 'bundle.zip');
    await runJobOn(backend, 'posts.bundle', { postIds: ['reel'], zip: true, csv: [], target: target.id });
    const zip = unzipSync(new Uint8Array(readFileSync(target.path)));
    expect(Object.keys(zip)).toEqual(['README.txt', 'post.json', 'tiktok/01.mp4', 'tiktok/caption.txt']);
    expect(Buffer.compare(Buffer.from(zip['tiktok/01.mp4']), readFileSync(cached))).toBe(0);
    expect(renders()).toHaveLength(1);
  }, 180_000);

  it('renders a reel not made yet once, into the cache, at its format’s size; the next bundle reuses it', async () => {
    // Instagram takes the reel at its own reel format: another key, rendered by the bundle.
    await callOn(backend, 'posts.save', { ...(await callOn(backend, 'posts.get', { id: 'reel' })).post, targets: [{ network: 'instagram' }] });
    const first = stageTarget(backend, 'first.zip');
    await runJobOn(backend, 'posts.bundle', { postIds: ['reel'], zip: true, csv: [], target: first.id });
    expect(renders()).toHaveLength(2);
    const zip = unzipSync(new Uint8Array(readFileSync(first.path)));
    expect(probe(zip['instagram/01.mp4'])).toEqual({ codec: 'h264', width: 1080, height: 1920 });
    const again = stageTarget(backend, 'again.zip');
    await runJobOn(backend, 'posts.bundle', { postIds: ['reel'], zip: true, csv: [], target: again.id });
    expect(Buffer.compare(readFileSync(again.path), readFileSync(first.path))).toBe(0);
    expect(renders()).toHaveLength(2);
    expect(readdirSync(path.join(dir, 'renders')).filter((name) => !name.endsWith('.mp4'))).toEqual([]);
  }, 180_000);
});

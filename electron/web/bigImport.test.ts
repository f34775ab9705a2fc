/**
 * A 2 GB video imported in browser mode keeps the server's memory bounded (issue 10, "Big files
 * never ride inside a call"): the real server process receives it as a streamed upload, the
 * import hashes, checks and probes it in place and moves it into the library; its peak resident
 * memory (VmHWM, Linux) grows by a small fraction of the file's size.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIZE = 2_000_000_000;
let tmp: string;
let server: ChildProcess;
let origin: string;
let token: string;

function peakRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status);
  if (!kb) throw new Error('no VmHWM in /proc/<pid>/status');
  return Number(kb[1]) * 1024;
}

/** A valid MP4 (one second, index first) followed by a `free` box that brings it to `size` bytes. */
function bigVideo(file: string, size: number): void {
  const small = path.join(tmp, 'small.mp4');
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25:duration=1', '-pix_fmt', 'yuv420p', '-movflags', '+faststart', '-y', small]);
  const bytes = readFileSync(small);
  const header = Buffer.alloc(8);
  header.writeUInt32BE(size - bytes.length, 0);
  header.write('free', 4, 'ascii');
  writeFileSync(file, Buffer.concat([bytes, header]));
  truncateSync(file, size); // the rest of the free box: zeros (sparse on disk, 2 GB to read and send)
}

function post(pathName: string, headers: Record<string, string | number>, body: NodeJS.ReadableStream | string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${origin}${pathName}`, { method: 'POST', headers: { 'X-Affiche-Token': token, ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    if (typeof body === 'string') req.end(body);
    else body.pipe(req);
  });
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-big-import-'));
  const renderer = path.join(tmp, 'renderer');
  mkdirSync(renderer);
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Affiche</title>');
  server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron/web/main.ts'), '--renderer', renderer, '--library', path.join(tmp, 'library'), '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, AFFICHE_JOURNAL: path.join(tmp, 'journal') },
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(output);
      if (match) resolve(`${match[1]} ${match[2]}`);
    });
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.once('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
  });
  [origin, token] = url.split(' ');
}, 120_000);

afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(tmp, { recursive: true, force: true });
});

describe('a 2 GB video in browser mode', () => {
  it('is uploaded and imported with the server’s peak memory growing by far less than the file', async () => {
    const file = path.join(tmp, 'long-take.mp4');
    bigVideo(file, SIZE);
    // Warm up the paths an import uses (sharp, ffprobe), so the baseline includes them.
    const warm = await post('/api/staging?name=warm.mp4', { 'Content-Type': 'application/octet-stream' }, createReadStream(path.join(tmp, 'small.mp4')));
    const warmId = (JSON.parse(warm.body) as { result: { id: string } }).result.id;
    await post('/api/call/assets.import', { 'Content-Type': 'application/json' }, JSON.stringify({ fileName: 'warm.mp4', source: warmId }));
    const before = peakRssBytes(server.pid!);

    const upload = await post('/api/staging?name=long-take.mp4', { 'Content-Type': 'application/octet-stream', 'Content-Length': SIZE }, createReadStream(file));
    expect(upload.status, upload.body).toBe(200);
    const staged = JSON.parse(upload.body) as { ok: boolean; result: { id: string; bytes: number } };
    expect(staged.result.bytes).toBe(SIZE);
    const imported = await post('/api/call/assets.import', { 'Content-Type': 'application/json' }, JSON.stringify({ fileName: 'long-take.mp4', source: staged.result.id }));
    const reply = JSON.parse(imported.body) as { ok: boolean; result: { asset: { id: string; kind: string; bytes: number; durationMs: number; width: number } }; error?: { message: string } };
    expect(reply.ok, reply.error?.message).toBe(true);
    expect(reply.result.asset).toMatchObject({ kind: 'video', bytes: SIZE, width: 320 });
    expect(reply.result.asset.durationMs).toBeGreaterThan(900);

    const after = peakRssBytes(server.pid!);
    const growth = after - before;
    if (process.env.AFFICHE_REPORT) console.log(`peak RSS ${Math.round(before / 1e6)} MB -> ${Math.round(after / 1e6)} MB`);
    // The file is 2,000 MB; the server may use a few buffers of it at a time, never the file.
    expect(growth, `peak RSS ${Math.round(before / 1e6)} MB -> ${Math.round(after / 1e6)} MB`).toBeLessThan(200_000_000);
    // Moved into the library whole; nothing left in the staging area.
    expect(statSync(path.join(tmp, 'library', 'blobs', reply.result.asset.id)).size).toBe(SIZE);
    expect(readdirSync(path.join(tmp, 'library', 'staging'))).toEqual([]);
  }, 300_000);
});

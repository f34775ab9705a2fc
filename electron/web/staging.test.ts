/**
 * Browser mode's staging routes: uploads streamed to the staging area (POST /api/staging), a job's
 * output served once (GET /api/staging/<id>), both behind the session like every route, and call
 * bodies capped before they are read with a budget across concurrent calls.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWire, encodeWire, type JobSummary } from '../../core/api';
import { createBackend, type Backend } from '../services/backend';
import { fillLibrary } from '../services/library/archive/testing';
import { runJobOn } from '../services/testing/backendTesting';
import { startWebServer, type WebServer } from './server';
import { request } from './testRequest';

let tmp: string;
let source: Backend;
let target: Backend;
let a: WebServer;
let b: WebServer;
const sessions = new Map<WebServer, string>();

async function login(server: WebServer): Promise<string> {
  const reply = await request(server, `/?token=${server.token}`);
  return String(reply.headers['set-cookie']?.[0] ?? '').split(';')[0];
}
const cookieOf = (server: WebServer) => ({ Cookie: sessions.get(server)! });
const call = async (server: WebServer, method: string, args: unknown) =>
  decodeWire((await request(server, `/api/call/${method}`, { method: 'POST', headers: { ...cookieOf(server), 'Content-Type': 'application/json' }, body: encodeWire(args) })).body.toString()) as {
    ok: boolean;
    result: Record<string, unknown>;
    error?: { message: string; key: string };
  };

/** Starts a job through the HTTP route and waits for it through the backend. */
async function jobOver(server: WebServer, backend: Backend, type: string, args: unknown): Promise<JobSummary> {
  const started = await call(server, 'jobs.start', { type, args });
  expect(started.ok, started.error?.message).toBe(true);
  return backend.jobs.settled((started.result.job as JobSummary).id);
}

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-web-staging-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Affiche</title>');
  source = await createBackend({ libraryDir: path.join(tmp, 'a'), transport: 'web', validateResults: true, journalDir: path.join(tmp, 'journal') });
  await fillLibrary(source.library);
  target = await createBackend({ libraryDir: path.join(tmp, 'b'), transport: 'web', validateResults: true, journalDir: path.join(tmp, 'journal') });
  a = await startWebServer({ backend: source, rendererDir, token: 'token-a' });
  b = await startWebServer({ backend: target, rendererDir, token: 'token-b', maxBodyBytes: 64 * 1024, bodyBudgetBytes: 96 * 1024 });
  sessions.set(a, await login(a));
  sessions.set(b, await login(b));
});

afterAll(async () => {
  await a.close();
  await b.close();
  await source.close();
  await target.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('browser mode: files by staging id', () => {
  it('a library export job stages its zip; GET /api/staging/<id> serves it once, only with the session', async () => {
    const job = await jobOver(a, source, 'library.exportArchive', { scope: 'library' });
    expect(job.status).toBe('done');
    const result = job.result as { downloadId: string; fileName: string; bytes: number };
    expect(result.downloadId).toMatch(/^[0-9a-f]{32}$/);
    expect((await request(a, `/api/staging/${result.downloadId}`)).status).toBe(401);
    expect((await request(a, `/api/staging/${result.downloadId}`, { headers: { Cookie: `affiche_session_${a.port}=token-a` } })).status).toBe(401);
    const download = await request(a, `/api/staging/${result.downloadId}`, { headers: cookieOf(a) });
    expect(download.status).toBe(200);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="affiche-library-\d{4}-\d\d-\d\d\.zip"; filename\*=UTF-8''affiche-library-/);
    expect(download.body.length).toBe(result.bytes);
    expect(Object.keys(unzipSync(new Uint8Array(download.body)))).toContain('manifest.json');
    // Served once, then gone (and off the disk); ids that are not staged (or not ids) are 404.
    expect((await request(a, `/api/staging/${result.downloadId}`, { headers: cookieOf(a) })).status).toBe(404);
    expect((await request(a, '/api/staging/..%2F..%2Fetc%2Fpasswd', { headers: cookieOf(a) })).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(source.staging.dir)).toEqual([]);

    // Upload to the other server as a raw body, then import by id.
    expect((await request(b, '/api/staging?name=x.zip', { method: 'POST', body: download.body })).status).toBe(401);
    expect((await request(b, '/api/staging?name=x.zip', { method: 'POST', headers: { ...cookieOf(b), Origin: 'http://evil.example' }, body: download.body })).status).toBe(403);
    const upload = await request(b, '/api/staging?name=backup.zip', { method: 'POST', headers: { ...cookieOf(b), 'Content-Type': 'application/zip' }, body: download.body });
    expect(upload.status).toBe(200);
    const { result: staged } = decodeWire(upload.body.toString()) as { result: { id: string; bytes: number } };
    expect(staged.bytes).toBe(download.body.length);
    const imported = await jobOver(b, target, 'library.importArchive', { source: staged.id });
    expect(imported.status, JSON.stringify(imported.error)).toBe('done');
    expect(imported.result).toMatchObject({ totals: { refused: 0 } });
    expect(target.library.listAssets({})).toHaveLength(4);
    expect(target.library.listDesigns({})).toHaveLength(1);
    // The upload is used once, and removed.
    const again = await jobOver(b, target, 'library.importArchive', { source: staged.id });
    expect(again).toMatchObject({ status: 'failed', error: { key: 'staging.notFound' } });
    expect(readdirSync(target.staging.dir)).toEqual([]);
  });

  it('a brand kit goes the same way, and replaces the other kit', async () => {
    const { result } = await runJobOn(source, 'library.exportArchive', { scope: 'brandKit' });
    const zip = await request(a, `/api/staging/${result.downloadId}`, { headers: cookieOf(a) });
    const upload = decodeWire((await request(b, '/api/staging?name=kit.zip', { method: 'POST', headers: cookieOf(b), body: zip.body })).body.toString()) as { result: { id: string } };
    const job = await jobOver(b, target, 'library.importArchive', { source: upload.result.id, mode: 'replace' });
    expect(job.status).toBe('done');
    expect(target.library.getBrandKit().palettes.map((p) => p.name)).toEqual(['Marque']);
  });

  it('refuses an upload that says it is too large before reading it, and one that stops halfway leaves nothing', async () => {
    const tooLarge = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: b.port, path: '/api/staging?name=huge.mp4', method: 'POST', headers: { Host: `127.0.0.1:${b.port}`, ...cookieOf(b), 'Content-Length': String(8 * 1024 ** 3) } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write(Buffer.alloc(1024));
    });
    expect(tooLarge.status).toBe(413);
    expect(decodeWire(tooLarge.body)).toMatchObject({ ok: false, error: { key: 'staging.tooLarge' } });

    // The client goes away after 3 MB of a 10 MB upload.
    const before = target.staging.count;
    await new Promise<void>((resolve) => {
      const req = http.request({ host: '127.0.0.1', port: b.port, path: '/api/staging?name=cut.mp4', method: 'POST', headers: { Host: `127.0.0.1:${b.port}`, ...cookieOf(b), 'Content-Length': String(10 * 1024 ** 2) } });
      req.on('error', () => resolve());
      req.write(Buffer.alloc(3 * 1024 ** 2), () => setTimeout(() => req.destroy(), 50));
      req.on('close', () => resolve());
    });
    for (let i = 0; i < 50 && readdirSync(target.staging.dir).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(target.staging.dir)).toEqual([]);
    expect(target.staging.count).toBe(before);
  });

  it('caps call bodies before reading them, and bounds what concurrent calls hold in memory', async () => {
    const big = encodeWire({ name: 'x'.repeat(80 * 1024) });
    const declared = await request(b, '/api/call/settings.get', { method: 'POST', headers: { ...cookieOf(b), 'Content-Type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);
    expect(decodeWire(declared.body.toString())).toMatchObject({ ok: false, error: { code: 'invalid-args', key: 'call.tooLarge' } });
    // Two slow bodies of 60 KB each, under the per-call cap, over the 96 KB budget together.
    const slow = () =>
      new Promise<number>((resolve, reject) => {
        const body = Buffer.from(encodeWire({ language: 'fr', pad: 'y'.repeat(60 * 1024) }));
        const req = http.request({ host: '127.0.0.1', port: b.port, path: '/api/call/settings.get', method: 'POST', headers: { Host: `127.0.0.1:${b.port}`, ...cookieOf(b), 'Transfer-Encoding': 'chunked' } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.write(body.subarray(0, 50 * 1024));
        setTimeout(() => req.end(body.subarray(50 * 1024)), 150);
      });
    const statuses = await Promise.all([slow(), slow()]);
    expect(statuses.sort()).toEqual([200, 503]);
    // Once they are answered, the budget is whole again.
    expect(await slow()).toBe(200);
  });
});

/** Browser mode's archive routes: streamed download of a staged export, raw-body upload, same auth as media. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from '../../core/api';
import { createBackend, type Backend } from '../services/backend';
import { fillLibrary } from '../services/library/archive/testing';
import { startWebServer, type WebServer } from './server';
import { request } from './testRequest';

let tmp: string;
let source: Backend;
let target: Backend;
let a: WebServer;
let b: WebServer;
const cookieOf = (server: WebServer) => ({ Cookie: `affiche_session_${server.port}=${server.token}` });
const call = async (server: WebServer, method: string, args: unknown) =>
  decodeWire((await request(server, `/api/call/${method}`, { method: 'POST', headers: { ...cookieOf(server), 'Content-Type': 'application/json' }, body: encodeWire(args) })).body.toString()) as {
    ok: boolean;
    result: Record<string, unknown>;
    error?: { message: string };
  };

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-web-archive-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Affiche</title>');
  source = await createBackend({ libraryDir: path.join(tmp, 'a'), transport: 'web', validateResults: true });
  await fillLibrary(source.library);
  target = await createBackend({ libraryDir: path.join(tmp, 'b'), transport: 'web', validateResults: true });
  a = await startWebServer({ backend: source, rendererDir, token: 'token-a' });
  b = await startWebServer({ backend: target, rendererDir, token: 'token-b' });
});

afterAll(async () => {
  await a.close();
  await b.close();
  await source.close();
  await target.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('browser mode: library archives', () => {
  it('a library export is streamed from GET /api/archive/<id>, once, only with the session', async () => {
    const exported = await call(a, 'library.exportArchive', { scope: 'library' });
    expect(exported.ok).toBe(true);
    expect(exported.result.data).toBeUndefined();
    const id = exported.result.downloadId as string;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect((await request(a, `/api/archive/${id}`)).status).toBe(401);
    expect((await request(a, `/api/archive/${id}`, { headers: { Cookie: 'affiche_session_1=token-a' } })).status).toBe(401);
    const download = await request(a, `/api/archive/${id}`, { headers: cookieOf(a) });
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/zip');
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="affiche-library-\d{4}-\d\d-\d\d\.zip"$/);
    expect(download.body.length).toBe(exported.result.bytes);
    expect(Object.keys(unzipSync(new Uint8Array(download.body)))).toContain('manifest.json');
    // Served once, then gone; ids that are not staged (or not ids) are 404.
    expect((await request(a, `/api/archive/${id}`, { headers: cookieOf(a) })).status).toBe(404);
    expect((await request(a, '/api/archive/..%2F..%2Fetc%2Fpasswd', { headers: cookieOf(a) })).status).toBe(404);

    // Upload to the other server as a raw body, then import by id.
    expect((await request(b, '/api/archive/upload?name=x.zip', { method: 'POST', body: download.body })).status).toBe(401);
    expect((await request(b, '/api/archive/upload?name=x.zip', { method: 'POST', headers: { ...cookieOf(b), Origin: 'http://evil.example' }, body: download.body })).status).toBe(403);
    const upload = await request(b, '/api/archive/upload?name=backup.zip', { method: 'POST', headers: { ...cookieOf(b), 'Content-Type': 'application/zip' }, body: download.body });
    expect(upload.status).toBe(200);
    const { result } = decodeWire(upload.body.toString()) as { result: { uploadId: string } };
    const report = await call(b, 'library.importArchive', { fileName: 'backup.zip', uploadId: result.uploadId });
    expect(report.ok, report.error?.message).toBe(true);
    expect(report.result.totals).toMatchObject({ refused: 0 });
    expect(target.library.listAssets({})).toHaveLength(4);
    expect(target.library.listDesigns({})).toHaveLength(1);
    // The upload is used once.
    expect((await call(b, 'library.importArchive', { fileName: 'backup.zip', uploadId: result.uploadId })).error?.message).toContain('no longer available');
  });

  it('a brand kit travels as bytes through the calls', async () => {
    const exported = await call(a, 'library.exportArchive', { scope: 'brandKit' });
    expect(exported.result.data).toBeInstanceOf(Uint8Array);
    const report = await call(b, 'library.importArchive', { fileName: 'kit.zip', data: exported.result.data, mode: 'replace' });
    expect(report.ok, report.error?.message).toBe(true);
    expect(target.library.getBrandKit().palettes.map((p) => p.name)).toEqual(['Marque']);
  });
});

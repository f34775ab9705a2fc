import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { decodeWire, encodeWire } from '../../core/api';
import { createBackend, type Backend } from '../services/backend';
import { startWebServer, type WebServer } from './server';
import { request } from './testRequest';

let backend: Backend;
let server: WebServer;
let cookie: string;
const call = (method: string, args: unknown, headers: Record<string, string> = {}) =>
  request(server, `/api/call/${method}`, { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body: encodeWire(args) });

beforeAll(async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-web-'));
  const rendererDir = path.join(tmp, 'renderer');
  mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Affiche</title>');
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(rendererDir, 'assets', 'index-Cz_13n-3.js'), 'console.log(2)');
  mkdirSync(path.join(rendererDir, 'fonts', 'Inter'), { recursive: true });
  writeFileSync(path.join(rendererDir, 'fonts', 'Inter', 'Inter_400Regular.ttf'), 'not really a font');
  writeFileSync(path.join(tmp, 'secret.txt'), 'secret');
  symlinkSync(path.join(tmp, 'secret.txt'), path.join(rendererDir, 'leak.txt'));
  backend = await createBackend({ libraryDir: path.join(tmp, 'library'), transport: 'web', validateResults: true });
  server = await startWebServer({ backend, rendererDir, token: 'test-token-123' });
  const login = await request(server, '/?token=test-token-123');
  cookie = String(login.headers['set-cookie']?.[0] ?? '').split(';')[0];
});

afterAll(async () => {
  await server.close();
  await backend.close();
});

describe('browser-mode server', () => {
  it('prints a loopback URL with the token', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=test-token-123$/);
  });

  it('trades the token once for an HttpOnly SameSite=Strict session cookie of another value and a clean URL', async () => {
    // beforeAll traded the printed token: it is spent.
    expect(cookie).toMatch(new RegExp(`^affiche_session_${server.port}=[\\w-]{20,}$`));
    expect(cookie).not.toContain('test-token-123');
    const second = await request(server, '/?token=test-token-123');
    expect(second.status).toBe(401);
    expect(second.body.toString()).toContain('used already');
    // The browser that traded it may open the link again (a reload): it keeps its session.
    const reload = await request(server, '/?token=test-token-123', { headers: { Cookie: cookie } });
    expect(reload.status).toBe(303);
    expect(reload.headers['set-cookie']).toBeUndefined();
    // A script with the token mints a fresh one-time link (the test suite opens one per browser).
    const link = JSON.parse((await request(server, '/api/links', { method: 'POST', headers: { 'X-Affiche-Token': 'test-token-123' } })).body.toString()) as { url: string };
    const code = new URL(link.url).searchParams.get('token')!;
    expect(code).not.toBe('test-token-123');
    const login = await request(server, `/?token=${code}`);
    expect(login.status).toBe(303);
    expect(login.headers.location).toBe('/');
    expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await request(server, `/?token=${code}`)).status).toBe(401);
    // A session cookie is no key to minting links.
    expect((await request(server, '/api/links', { method: 'POST', headers: { Cookie: cookie } })).status).toBe(403);
  });

  it('refuses everything without the token, or with a wrong one', async () => {
    expect((await request(server, '/')).status).toBe(401);
    expect((await request(server, '/?token=nope')).status).toBe(401);
    expect((await request(server, '/api/call/settings.get', { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await call('settings.get', {}, { Cookie: `affiche_session_${server.port}=wrong` })).status).toBe(401);
  });

  it('serves the app with a strict CSP and no remote sources', async () => {
    const page = await request(server, '/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect((await request(server, '/assets/app.js', { headers: { Cookie: cookie } })).status).toBe(200);
  });

  it('answers calls through the dispatcher', async () => {
    const reply = await call('settings.get', {});
    expect(decodeWire(reply.body.toString())).toEqual({ ok: true, result: { language: 'system' } });
    const bad = decodeWire((await call('designs.get', { id: '../../x' })).body.toString());
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-args' } });
  });

  it('refuses a foreign Origin and a foreign Host (DNS rebinding)', async () => {
    expect((await call('settings.get', {}, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('settings.get', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await call('settings.get', {}, { Host: 'evil.example' })).status).toBe(403);
  });

  it('SEC-07: media and static paths never leave their folders', async () => {
    const attempts = [
      '/media/asset/..%2F..%2Fetc%2Fpasswd',
      '/media/asset/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/media/asset/' + 'f'.repeat(64),
      '/media/thumb/..',
      '/media/design-thumb/..%2Flibrary.json',
      '/media/other/abc',
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fsecret.txt',
      '/leak.txt',
      '//etc/passwd',
      '/C:/Windows/win.ini',
      '/media/asset/%E0%A4%A',
      '/%E0%A4%A',
    ];
    for (const attempt of attempts) {
      const reply = await request(server, attempt, { headers: { Cookie: cookie } });
      expect([400, 403, 404], attempt).toContain(reply.status);
      expect(reply.body.toString()).not.toContain('secret');
    }
  });

  it('imports an image and serves it and its thumbnail', async () => {
    const png = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#ff0000' } }).png().toBuffer();
    const uploaded = await request(server, '/api/staging?name=red.png', { method: 'POST', headers: { Cookie: cookie }, body: png });
    const staged = decodeWire(uploaded.body.toString()) as { ok: boolean; result: { id: string; bytes: number } };
    expect(staged).toMatchObject({ ok: true, result: { bytes: png.length } });
    const reply = decodeWire((await call('assets.import', { fileName: 'red.png', source: staged.result.id })).body.toString()) as {
      ok: boolean;
      result: { asset: { id: string; width: number } };
    };
    expect(reply.ok).toBe(true);
    expect(reply.result.asset.width).toBe(64);
    const original = await request(server, `/media/asset/${reply.result.asset.id}`, { headers: { Cookie: cookie } });
    expect(original.status).toBe(200);
    expect(original.headers['content-type']).toBe('image/png');
    expect(original.body.equals(png)).toBe(true);
    const thumb = await request(server, `/media/thumb/${reply.result.asset.id}`, { headers: { Cookie: cookie } });
    expect(thumb.status).toBe(200);
    expect((await sharp(thumb.body).metadata()).format).toBe('webp');
    // A media element seeks by byte ranges (the editor's player sets a clip's currentTime).
    const part = await request(server, `/media/asset/${reply.result.asset.id}`, { headers: { Cookie: cookie, Range: 'bytes=8-11' } });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 8-11/${png.length}`);
    expect(part.headers['accept-ranges']).toBe('bytes');
    expect(part.body.equals(png.subarray(8, 12))).toBe(true);
    const tail = await request(server, `/media/asset/${reply.result.asset.id}`, { headers: { Cookie: cookie, Range: 'bytes=-4' } });
    expect(tail.body.equals(png.subarray(png.length - 4))).toBe(true);
    const past = await request(server, `/media/asset/${reply.result.asset.id}`, { headers: { Cookie: cookie, Range: `bytes=${png.length}-` } });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe(`bytes */${png.length}`);
  });

  it('SEC-07: serves only regular files of the library: a blob, a thumbnail or the blobs folder replaced by a link is not followed', async () => {
    const png = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#00ff00' } }).png().toBuffer();
    const uploaded = decodeWire((await request(server, '/api/staging?name=green.png', { method: 'POST', headers: { Cookie: cookie }, body: png })).body.toString()) as { result: { id: string } };
    const { result } = decodeWire((await call('assets.import', { fileName: 'green.png', source: uploaded.result.id })).body.toString()) as { result: { asset: { id: string } } };
    const id = result.asset.id;
    const library = backend.library.dir;
    const secret = path.join(path.dirname(library), 'secret.txt');
    const get = async (url: string) => request(server, url, { headers: { Cookie: cookie } });
    expect((await get(`/media/asset/${id}`)).status).toBe(200);
    // Electron's asset:// asks the same question (electron/main resolves what mediaPath says).
    expect(backend.mediaPath('asset', id)).toBe(path.join(library, 'blobs', id));

    const blob = path.join(library, 'blobs', id);
    renameSync(blob, `${blob}.real`);
    symlinkSync(secret, blob);
    expect((await get(`/media/asset/${id}`)).status).toBe(404);
    expect(backend.mediaPath('asset', id)).toBeNull();
    // Even a link to the library's own file is a link.
    unlinkSync(blob);
    symlinkSync(`${blob}.real`, blob);
    expect((await get(`/media/asset/${id}`)).status).toBe(404);
    unlinkSync(blob);
    renameSync(`${blob}.real`, blob);
    expect((await get(`/media/asset/${id}`)).status).toBe(200);

    const thumb = path.join(library, 'thumbs', `${id}.webp`);
    renameSync(thumb, `${thumb}.real`);
    symlinkSync(secret, thumb);
    expect((await get(`/media/thumb/${id}`)).status).toBe(404);
    expect(backend.mediaPath('thumb', id)).toBeNull();
    unlinkSync(thumb);
    renameSync(`${thumb}.real`, thumb);

    const blobs = path.join(library, 'blobs');
    const moved = path.join(path.dirname(library), 'blobs-elsewhere');
    renameSync(blobs, moved);
    symlinkSync(moved, blobs);
    const reply = await get(`/media/asset/${id}`);
    expect(reply.status).toBe(404);
    expect(backend.mediaPath('asset', id)).toBeNull();
    unlinkSync(blobs);
    renameSync(moved, blobs);
    expect((await get(`/media/asset/${id}`)).status).toBe(200);
  });

  it('names its cookie after its port, so two servers on one machine do not clash', async () => {
    expect(cookie.startsWith(`affiche_session_${server.port}=`)).toBe(true);
  });

  it('answers a malformed escape in a call name as an unknown call, not a crash', async () => {
    const reply = await request(server, '/api/call/%E0%A4%A', { method: 'POST', headers: { Cookie: cookie }, body: '{}' });
    expect(decodeWire(reply.body.toString())).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('refuses a call body nested a million deep before parsing it, with the one "too deeply nested" reason', async () => {
    for (const body of ['{"design":' + '['.repeat(1e6) + ']'.repeat(1e6) + '}', '{"x":{"$bytes":"AA=="},"design":' + '{"a":'.repeat(1e6) + '1' + '}'.repeat(1e6) + '}']) {
      const reply = await request(server, '/api/call/designs.save', { method: 'POST', headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body });
      expect(reply.status).toBe(400);
      expect(decodeWire(reply.body.toString())).toMatchObject({
        ok: false,
        error: { code: 'invalid-args', key: 'schema.tooDeeplyNested', message: 'The call designs.save is too deeply nested (more than 100 levels)' },
      });
    }
    // The server still answers.
    expect((await call('settings.get', {})).status).toBe(200);
  });

  it('rejects a body that is not JSON', async () => {
    const reply = await request(server, '/api/call/settings.get', { method: 'POST', headers: { Cookie: cookie }, body: '{nope' });
    expect(reply.status).toBe(400);
  });

  it('caches content-hashed bundles for good, revalidates other files by ETag and never caches the page', async () => {
    const headers = { Cookie: cookie };
    const page = await request(server, '/', { headers });
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers.etag).toBeUndefined();

    const bundle = await request(server, '/assets/index-Cz_13n-3.js', { headers });
    expect(bundle.status).toBe(200);
    expect(bundle.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    // A file without a content hash in its name may change under it: revalidated.
    expect((await request(server, '/assets/app.js', { headers })).headers['cache-control']).toBe('no-cache');

    const font = await request(server, '/fonts/Inter/Inter_400Regular.ttf', { headers });
    expect(font.status).toBe(200);
    expect(font.headers['cache-control']).toBe('no-cache');
    const etag = String(font.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request(server, '/fonts/Inter/Inter_400Regular.ttf', { headers: { ...headers, 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['content-security-policy']).toContain("default-src 'self'");
    const weak = await request(server, '/fonts/Inter/Inter_400Regular.ttf', { headers: { ...headers, 'If-None-Match': `"other", W/${etag}` } });
    expect(weak.status).toBe(304);
    const stale = await request(server, '/fonts/Inter/Inter_400Regular.ttf', { headers: { ...headers, 'If-None-Match': '"stale"' } });
    expect(stale.status).toBe(200);
    expect(stale.body.toString()).toBe('not really a font');
    // Revalidation is no way around the session.
    expect((await request(server, '/fonts/Inter/Inter_400Regular.ttf', { headers: { 'If-None-Match': etag } })).status).toBe(401);
    expect((await request(server, '/assets/index-Cz_13n-3.js')).status).toBe(401);
  });

  it('answers HEAD with the headers of a GET and no body', async () => {
    const head = await request(server, '/assets/index-Cz_13n-3.js', { method: 'HEAD', headers: { Cookie: cookie } });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('console.log(2)'.length));
    expect(head.body.length).toBe(0);
  });
});

/**
 * Browser mode (DESIGN.md §1): the built renderer and the real backend on 127.0.0.1.
 *
 * Who may talk to it: only a page opened with the random token printed at start. That URL sets an
 * HttpOnly SameSite=Strict cookie and redirects to a clean URL; every other request needs the
 * cookie (or the X-Affiche-Token header for scripts), a Host of this loopback address (no DNS
 * rebinding) and, for calls, an Origin of this server when the client sends one.
 */
import { promises as fs } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { decodeWire, encodeWire } from '../../core/api';
import type { Backend } from '../services/backend';
import { contentTypeForFile, decodeSafe, resolveAppFile } from '../services/safePath';
import { buildContentSecurityPolicy } from '../services/csp';
import { ARCHIVE_LIMITS, stagingFor } from '../services/library/archive';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { createWriteStream } from 'node:fs';

export interface WebServerOptions {
  backend: Backend;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest call body accepted (imports carry files as base64). */
  maxBodyBytes?: number;
}

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Browsers share cookies across ports: one name per server, so two servers never clash. */
const cookieName = (port: number) => `affiche_session_${port}`;
/** Media is same-origin here (/media/...), so no extra sources. */
const CSP = buildContentSecurityPolicy();
const HOST = '127.0.0.1';

/** Vite's build output: `assets/<name>-<8-character content hash>.<ext>` (vite.renderer.config.ts). */
const HASHED_BUILD_FILE = /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css)$/;

function ifNoneMatch(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  return header !== undefined && header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage, port: number): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookieName(port)) return rest.join('=');
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { backend, rendererDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 400 * 1024 * 1024;
  let port = 0;
  const sseClients = new Set<ServerResponse>();

  const allowedHosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);
  const authorised = (req: IncomingMessage) => {
    const presented = (req.headers['x-affiche-token'] as string | undefined) ?? cookieToken(req, port);
    return presented !== undefined && sameSecret(presented, token);
  };

  const unsubscribe = backend.onEvent((name, payload) => {
    const line = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const client of sseClients) client.write(line);
  });

  /**
   * Streams from one open handle, so a file replaced or removed meanwhile can't break the reply.
   * With `validate`, the reply carries an ETag (size + mtime of that handle) and a matching
   * If-None-Match is answered 304 without a body: a reload re-checks fonts instead of re-reading them.
   */
  const serveFile = async (req: IncomingMessage, res: ServerResponse, file: string, type: string, cache: string, validate = false) => {
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(file, 'r');
    } catch {
      return send(res, 404, 'Not found');
    }
    try {
      const { size, mtimeMs } = await handle.stat();
      const etag = validate ? `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"` : undefined;
      if (etag !== undefined && ifNoneMatch(req, etag)) {
        res.writeHead(304, { ETag: etag, 'Cache-Control': cache });
        return res.end();
      }
      res.writeHead(200, { 'Content-Type': type, 'Content-Length': size, 'Cache-Control': cache, ...(etag ? { ETag: etag } : {}) });
      if (req.method === 'HEAD') return res.end();
      const stream = handle.createReadStream();
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      await new Promise<void>((resolve) => stream.on('close', () => resolve()));
    } finally {
      await handle.close().catch(() => undefined);
    }
  };

  /**
   * GET /api/archive/<downloadId>: streams an archive `library.exportArchive` staged, once (the
   * file is removed after). POST /api/archive/upload?name=<file name>: the raw zip as the body,
   * streamed to a staged file (at most 4 GB); answers `{ ok, result: { uploadId } }` for
   * `library.importArchive`. Same checks as every route (token, Host); POST also checks Origin.
   */
  const handleArchive = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const staging = stagingFor(backend.library.dir);
    const download = /^\/api\/archive\/([0-9a-f]{32})$/.exec(url.pathname);
    if (download && req.method === 'GET') {
      const staged = staging.takeExport(download[1]);
      if (!staged) return send(res, 404, 'Not found');
      // Served once: the file goes when this response ends, sent in full or not.
      res.once('close', () => void staged.remove());
      const name = staged.fileName.replace(/[^\w.-]/g, '_');
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      await serveFile(req, res, staged.path, 'application/zip', 'no-store');
      return;
    }
    if (url.pathname !== '/api/archive/upload') return send(res, 404, 'Not found');
    if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, 'Forbidden origin');
    const fileName = (url.searchParams.get('name') ?? '').replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 255) || 'archive.zip';
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = () => send(res, 413, encodeWire({ ok: false, error: { code: 'invalid-args', message: 'The archive is larger than 4 GB' } }), 'application/json');
    if (declared > ARCHIVE_LIMITS.maxArchiveBytes) return tooLarge();
    const staged = await staging.reserve(fileName);
    let size = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        done(size > ARCHIVE_LIMITS.maxArchiveBytes ? new Error('too large') : null, chunk);
      },
    });
    try {
      await pipeline(req, counter, createWriteStream(staged.path, { flags: 'wx' }));
    } catch {
      await staged.discard();
      return size > ARCHIVE_LIMITS.maxArchiveBytes ? tooLarge() : send(res, 400, 'The upload did not complete');
    }
    staged.commit();
    return send(res, 200, encodeWire({ ok: true, result: { uploadId: staged.id } }), 'application/json; charset=utf-8');
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader('Content-Security-Policy', CSP);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');

    if (!allowedHosts().has(req.headers.host ?? '')) return send(res, 403, 'Forbidden host');
    const url = new URL(req.url ?? '/', `http://${HOST}:${port}`);

    // The printed URL: trade the token for a session cookie, then drop it from the address bar.
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && offered !== null) {
      if (!sameSecret(offered, token)) return send(res, 401, 'This link is not valid any more: open the URL printed by "npm run web".');
      res.writeHead(303, { Location: '/', 'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`, 'Cache-Control': 'no-store' });
      return res.end();
    }
    if (!authorised(req)) {
      return send(res, 401, 'Affiche: open the URL printed in the terminal by "npm run web" (it carries the access token).');
    }

    if (url.pathname.startsWith('/api/call/')) {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
      const origin = req.headers.origin;
      if (origin !== undefined && !allowedOrigins().has(origin)) return send(res, 403, 'Forbidden origin');
      const body = await readBody(req, maxBody);
      if (body === null) return send(res, 413, encodeWire({ ok: false, error: { code: 'invalid-args', message: 'The request is too large' } }), 'application/json');
      let args: unknown;
      try {
        args = body.trim() === '' ? {} : decodeWire(body);
      } catch {
        return send(res, 400, encodeWire({ ok: false, error: { code: 'invalid-args', message: 'The request body is not valid JSON' } }), 'application/json');
      }
      const outcome = await backend.dispatch(decodeSafe(url.pathname.slice('/api/call/'.length)) ?? '', args);
      return send(res, 200, encodeWire(outcome), 'application/json; charset=utf-8');
    }

    if (url.pathname === '/api/events' && req.method === 'GET') {
      res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      sseClients.add(res);
      req.on('close', () => sseClients.delete(res));
      return;
    }

    const media = /^\/media\/(asset|thumb|design-thumb)\/([^/]+)$/.exec(url.pathname);
    if (media && req.method === 'GET') {
      const [, kind, rawId] = media;
      const id = decodeSafe(rawId) ?? '';
      const file = backend.mediaPath(kind, id);
      if (!file) return send(res, 404, 'Not found');
      const type = kind === 'asset' ? (backend.library.getAsset(id)?.mime ?? 'application/octet-stream') : 'image/webp';
      return serveFile(req, res, file, type, kind === 'design-thumb' ? 'no-cache' : 'private, max-age=31536000, immutable');
    }

    // Library archives (README "Browser mode"): a whole library never goes through a JSON call.
    if (url.pathname.startsWith('/api/archive/')) return handleArchive(req, res, url);

    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const file = await resolveAppFile(rendererDir, url.pathname);
    if (!file) return send(res, 404, 'Not found');
    // index.html is never cached (it names the current build's files); Vite's content-hashed
    // bundles never change under their name, so a reload takes them (and V8's compiled code for
    // them) from the browser cache; everything else (fonts, examples) is revalidated by ETag.
    if (file.endsWith('.html')) return serveFile(req, res, file, contentTypeForFile(file), 'no-store');
    if (HASHED_BUILD_FILE.test(url.pathname)) return serveFile(req, res, file, contentTypeForFile(file), 'private, max-age=31536000, immutable');
    return serveFile(req, res, file, contentTypeForFile(file), 'no-cache', true);
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('[affiche] web request failed:', error);
      if (!res.headersSent) send(res, 500, 'Internal error');
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${HOST}:${port}/?token=${token}`,
    port,
    token,
    async close() {
      unsubscribe();
      await stagingFor(backend.library.dir).dispose();
      for (const client of sseClients) client.end();
      sseClients.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

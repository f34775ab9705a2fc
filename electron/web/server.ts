/**
 * Browser mode (docs/architecture.md, "Transports"): the built renderer and the real backend on
 * 127.0.0.1.
 *
 * Who may talk to it: only the browser that opened the printed URL. Its token is single-use: the
 * first visit trades it for a session cookie with a different, random value (HttpOnly,
 * SameSite=Strict) and a clean URL, so a second browser opening the same URL is refused. Scripts may
 * send the token in an X-Affiche-Token header instead (and mint a fresh one-time link with
 * POST /api/links). Every request also needs a Host of this loopback address (no DNS rebinding)
 * and, for calls and uploads, an Origin of this server when the client sends one.
 *
 * Big files never ride inside a call: uploads stream to the staging area (POST /api/staging) and
 * a job's output streams back once (GET /api/staging/<id>). Call bodies are small (a design at
 * most) and capped before they are read, and their total in memory is bounded.
 */
import { promises as fs } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { decodeWire, encodeWire } from '../../core/api';
import { jsonTextTooDeep, MAX_JSON_DEPTH } from '../../core/schema/migrate';
import type { Backend } from '../services/backend';
import { contentTypeForFile, decodeSafe, resolveAppFile } from '../services/safePath';
import { buildContentSecurityPolicy } from '../services/csp';
import { parseRange } from '../services/httpRange';
import { constants as fsConstants } from 'node:fs';
import { msg, type Message } from '../../core/messages';
import { apiError } from '../services/dispatcher';
import { MAX_UPLOAD_BYTES } from '../services/staging/staging';

export interface WebServerOptions {
  backend: Backend;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest call body accepted (a design; files travel by staging, never in a call). */
  maxBodyBytes?: number;
  /** The most call-body bytes held in memory at once, across concurrent calls. */
  bodyBudgetBytes?: number;
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

function sendError(res: ServerResponse, status: number, code: Parameters<typeof apiError>[0], message: Message): void {
  send(res, status, encodeWire({ ok: false, error: apiError(code, message) }), 'application/json; charset=utf-8');
}

/**
 * Call bodies held in memory, all calls together. A body is refused before it is read when it says
 * it is too large, and while it is read when it turns out to be; one that does not fit in what is
 * left of the budget waits for nobody: it is refused as busy.
 */
class BodyBudget {
  private used = 0;
  constructor(
    private readonly perCall: number,
    private readonly total: number,
  ) {}

  /** The body as text, or why not: 'too-large' (over the per-call cap) or 'busy' (over the shared budget). */
  async read(req: IncomingMessage): Promise<string | 'too-large' | 'busy'> {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > this.perCall) return 'too-large';
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req) {
        const buffer = chunk as Buffer;
        if (size + buffer.length > this.perCall) return 'too-large';
        if (this.used + buffer.length > this.total) return 'busy';
        size += buffer.length;
        this.used += buffer.length;
        chunks.push(buffer);
      }
      return Buffer.concat(chunks).toString('utf8');
    } finally {
      this.used -= size;
      // A refused body is not read further: the connection is closed after the answer.
      if (size > 0 && req.readableEnded === false) req.resume();
    }
  }
}

/** `attachment; filename="..."` with the UTF-8 name for browsers that read RFC 6266's filename*. */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { backend, rendererDir } = options;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const bodies = new BodyBudget(options.maxBodyBytes ?? 64 * 1024 * 1024, options.bodyBudgetBytes ?? 256 * 1024 * 1024);
  let port = 0;
  const sseClients = new Set<ServerResponse>();
  /** Codes a browser may trade once for a session: the printed token, and links minted by scripts. */
  const oneTimeCodes = new Set<string>([token]);
  /** Session cookie values handed out (random, never the token). */
  const sessions = new Set<string>();

  const allowedHosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://${HOST}:${port}`, `http://localhost:${port}`]);
  const byHeader = (req: IncomingMessage) => {
    const presented = req.headers['x-affiche-token'];
    return typeof presented === 'string' && sameSecret(presented, token);
  };
  const authorised = (req: IncomingMessage) => {
    if (byHeader(req)) return true;
    const session = cookieToken(req, port);
    return session !== undefined && [...sessions].some((known) => sameSecret(session, known));
  };
  const takeCode = (offered: string) => {
    for (const code of oneTimeCodes) {
      if (sameSecret(offered, code)) {
        oneTimeCodes.delete(code);
        return true;
      }
    }
    return false;
  };
  const foreignOrigin = (req: IncomingMessage) => req.headers.origin !== undefined && !allowedOrigins().has(req.headers.origin);

  const unsubscribe = backend.onEvent((name, payload) => {
    const line = `data: ${JSON.stringify({ name, payload })}\n\n`;
    for (const client of sseClients) client.write(line);
  });

  /**
   * Streams from one open handle, so a file replaced or removed meanwhile can't break the reply.
   * With `validate`, the reply carries an ETag (size + mtime of that handle) and a matching
   * If-None-Match is answered 304 without a body: a reload re-checks fonts instead of re-reading them.
   * With `ranges` (library media), one `Range: bytes=` is answered 206 with that part, as asset:// does.
   */
  const serveFile = async (req: IncomingMessage, res: ServerResponse, file: string, type: string, cache: string, validate = false, ranges = false) => {
    let handle: fs.FileHandle;
    try {
      // Never through a symbolic link (a library or staged file replaced by one is refused).
      handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0));
    } catch {
      return send(res, 404, 'Not found');
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return send(res, 404, 'Not found');
      const { size, mtimeMs } = stat;
      const etag = validate ? `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"` : undefined;
      if (etag !== undefined && ifNoneMatch(req, etag)) {
        res.writeHead(304, { ETag: etag, 'Cache-Control': cache });
        return res.end();
      }
      // A media element seeks by byte ranges: without them Chromium cannot set a video's currentTime.
      const range = ranges ? parseRange(req.headers.range, size) : null;
      if (range === 'unsatisfiable') {
        res.writeHead(416, { 'Content-Range': `bytes */${size}`, 'Accept-Ranges': 'bytes' });
        return res.end();
      }
      const start = range ? range.start : 0;
      const end = range ? range.end : size - 1;
      const length = size === 0 ? 0 : end - start + 1;
      res.writeHead(range ? 206 : 200, {
        'Content-Type': type,
        'Content-Length': length,
        'Cache-Control': cache,
        ...(etag ? { ETag: etag } : {}),
        ...(ranges ? { 'Accept-Ranges': 'bytes' } : {}),
        ...(range ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
      });
      if (req.method === 'HEAD' || length === 0) return res.end();
      const stream = handle.createReadStream({ start, end });
      stream.on('error', () => res.destroy());
      stream.pipe(res);
      await new Promise<void>((resolve) => stream.on('close', () => resolve()));
    } finally {
      await handle.close().catch(() => undefined);
    }
  };

  /**
   * POST /api/staging?name=<file name>: the raw file as the body, streamed to the staging area
   * (memory bounded whatever the size); answers `{ ok, result: { id, bytes } }`. A client that stops
   * sending leaves nothing behind. GET /api/staging/<id>: a job's staged output, served once.
   */
  const handleStaging = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const download = /^\/api\/staging\/([0-9a-f]{32})$/.exec(url.pathname);
    if (download && (req.method === 'GET' || req.method === 'HEAD')) {
      const staged = backend.staging.takeDownload(download[1]);
      if (!staged) return send(res, 404, 'Not found');
      // Served once: the file goes when this response ends, sent in full or not.
      res.once('close', () => void staged.remove());
      res.setHeader('Content-Disposition', contentDisposition(staged.fileName));
      await serveFile(req, res, staged.path, 'application/octet-stream', 'no-store');
      return;
    }
    if (url.pathname !== '/api/staging') return send(res, 404, 'Not found');
    if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
    if (foreignOrigin(req)) return send(res, 403, 'Forbidden origin');
    const fileName = url.searchParams.get('name') || 'file';
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (Number.isFinite(declared) && declared > MAX_UPLOAD_BYTES) {
      return sendError(res, 413, 'invalid-args', msg('staging.tooLarge', { name: fileName.slice(0, 200), limit: MAX_UPLOAD_BYTES }));
    }
    const aborted = new AbortController();
    req.once('aborted', () => aborted.abort());
    res.once('close', () => {
      if (!res.writableFinished) aborted.abort();
    });
    try {
      const staged = await backend.staging.receive(fileName, req, { maxBytes: MAX_UPLOAD_BYTES, signal: aborted.signal });
      const { size } = await fs.stat(staged.path);
      return send(res, 200, encodeWire({ ok: true, result: { id: staged.id, bytes: size } }), 'application/json; charset=utf-8');
    } catch (error) {
      if (aborted.signal.aborted || res.destroyed) return res.destroy();
      const code = (error as { code?: string }).code;
      if (code === 'invalid-args') return sendError(res, 413, 'invalid-args', msg('staging.tooLarge', { name: fileName.slice(0, 200), limit: MAX_UPLOAD_BYTES }));
      if (code === 'ENOSPC') return sendError(res, 507, 'disk-full', msg('disk.full'));
      return sendError(res, 400, 'invalid-args', msg('staging.uploadIncomplete', { name: fileName.slice(0, 200) }));
    }
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

    // The printed URL: trade its one-time token for a session cookie, then drop it from the address bar.
    const offered = url.searchParams.get('token');
    if (req.method === 'GET' && url.pathname === '/' && offered !== null) {
      if (!takeCode(offered)) {
        if (authorised(req)) {
          // This browser already has its session (a reload of the printed URL).
          res.writeHead(303, { Location: '/', 'Cache-Control': 'no-store' });
          return res.end();
        }
        return send(res, 401, 'This link has been used already: it opens Affiche in one browser only. Stop "npm run web" and start it again for a new link.');
      }
      const session = randomBytes(24).toString('base64url');
      sessions.add(session);
      res.writeHead(303, { Location: '/', 'Set-Cookie': `${cookieName(port)}=${session}; HttpOnly; SameSite=Strict; Path=/`, 'Cache-Control': 'no-store' });
      return res.end();
    }
    if (!authorised(req)) {
      return send(res, 401, 'Affiche: open the URL printed in the terminal by "npm run web" (it carries the access token).');
    }

    // A fresh one-time link, for scripts holding the token (the test suite opens one per browser).
    if (url.pathname === '/api/links' && req.method === 'POST') {
      if (!byHeader(req)) return send(res, 403, 'Forbidden');
      const code = randomBytes(24).toString('base64url');
      oneTimeCodes.add(code);
      return send(res, 200, JSON.stringify({ url: `http://${HOST}:${port}/?token=${code}` }), 'application/json; charset=utf-8');
    }

    if (url.pathname.startsWith('/api/call/')) {
      if (req.method !== 'POST') return send(res, 405, 'Method not allowed');
      if (foreignOrigin(req)) return send(res, 403, 'Forbidden origin');
      const body = await bodies.read(req);
      if (body === 'too-large') {
        res.setHeader('Connection', 'close');
        return sendError(res, 413, 'invalid-args', msg('call.tooLarge', { limit: options.maxBodyBytes ?? 64 * 1024 * 1024 }));
      }
      if (body === 'busy') {
        res.setHeader('Connection', 'close');
        return sendError(res, 503, 'invalid-args', msg('call.busy'));
      }
      const method = decodeSafe(url.pathname.slice('/api/call/'.length)) ?? '';
      // JSON.parse's reviver and everything after it recurse: refuse deep nesting on the text first.
      if (jsonTextTooDeep(body)) {
        return sendError(res, 400, 'invalid-args', msg('schema.tooDeeplyNested', { what: msg('schema.subject.callArgs', { method: method.slice(0, 80) }), max: MAX_JSON_DEPTH }));
      }
      let args: unknown;
      try {
        args = body.trim() === '' ? {} : decodeWire(body);
      } catch {
        return sendError(res, 400, 'invalid-args', msg('call.badBody'));
      }
      const outcome = await backend.dispatch(method, args);
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
      return serveFile(req, res, file, type, kind === 'design-thumb' ? 'no-cache' : 'private, max-age=31536000, immutable', false, kind === 'asset');
    }

    // Files in and out by staging id (README "Browser mode"): never inside a call.
    if (url.pathname === '/api/staging' || url.pathname.startsWith('/api/staging/')) return handleStaging(req, res, url);

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
      for (const client of sseClients) client.end();
      sseClients.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

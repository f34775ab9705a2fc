/**
 * The security policy of the Electron shell, as plain functions (no 'electron' import) so the
 * tests run in plain Node (docs/architecture.md, Media and ffmpeg). electron/main/index.ts only wires these into Electron.
 *
 * Spec: docs/reliability.md SEC-02..SEC-07; checklist:
 * https://www.electronjs.org/docs/latest/tutorial/security
 */
import { buildContentSecurityPolicy } from '../services/csp';
import { decodeSafe } from '../services/safePath';
import path from 'node:path';

export { mediaUrlFor, parseMediaUrl, MEDIA_SCHEME, MEDIA_KINDS, isMediaKind, isValidMediaId } from './media';

export const APP_SCHEME = 'app';
export const APP_HOST = 'affiche';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** What the window loads first. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for protocol.registerSchemesAsPrivileged (before `ready`). `standard` gives both
 * schemes real origins (so CSP 'self' and CORS work), `secure` makes them a secure context,
 * `stream` lets <video> play from asset:// with range requests. Neither bypasses CSP.
 */
export const PRIVILEGED_SCHEMES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
  { scheme: 'asset', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
] as const;

// ---------------------------------------------------------------------------------------------
// SEC-02: window options

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  webviewTag: false;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  /** The spellchecker downloads Hunspell dictionaries from a Google CDN: the app never goes online. */
  spellcheck: false;
  /** Dropping a file on the window must not navigate to file:// (the renderer handles drops). */
  navigateOnDragDrop: false;
  safeDialogs: true;
}

export interface SecureWindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  show: boolean;
  backgroundColor: string;
  webPreferences: SecureWebPreferences;
}

/** Options for every BrowserWindow Affiche opens (SEC-02). */
export function secureWindowOptions(preloadPath: string): SecureWindowOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 1000,
    minHeight: 680,
    title: 'Affiche',
    // Shown on 'ready-to-show', so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// URL helpers

// C0 controls, space, DEL and C1 controls: the WHATWG parser strips or ignores some of them
// (leading/trailing C0, tabs and newlines anywhere), which is how `java\tscript:` tricks work;
// bidi controls and invisible spaces make a URL read differently from what it is.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/;

function parseUrl(url: unknown, maxLength = 4096): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > maxLength) return null;
  if (CONTROL_OR_SPACE.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server origin from ELECTRON_RENDERER_URL (electron-vite dev), only when it is a loopback
 * http(s) URL; null otherwise (and always null in a packaged app, where index.ts never asks).
 */
export function devServerOrigin(value: unknown): string | null {
  const parsed = parseUrl(value);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  if (parsed.username || parsed.password) return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null;
  return parsed.origin;
}

function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string' || !url.startsWith(`${APP_ORIGIN}/`)) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    !parsed.username &&
    !parsed.password &&
    !parsed.port
  );
}

function isDevUrl(url: unknown, devOrigin: string | null | undefined): boolean {
  if (!devOrigin) return false;
  const parsed = parseUrl(url);
  return parsed !== null && parsed.origin === devOrigin;
}

// ---------------------------------------------------------------------------------------------
// SEC-03: navigation, new windows, permissions

/** The window may only ever show Affiche's own pages (app://affiche/...; the dev server in dev). */
export function isAllowedNavigation(url: unknown, devOrigin?: string | null): boolean {
  return isAppUrl(url) || isDevUrl(url, devOrigin);
}

/**
 * Every permission request and check is refused: Affiche needs no camera, microphone,
 * geolocation, notifications, MIDI, HID, serial, clipboard-read... Note it also refuses
 * `clipboard-sanitized-write`, so the renderer copies through the Edit menu roles / execCommand,
 * and 'fullscreen' for elements (the window's own full screen is a menu role and unaffected).
 */
export function permissionDecision(_permission: string): false {
  return false;
}

// ---------------------------------------------------------------------------------------------
// SEC-04: openExternal

/**
 * The normalised URL to hand to shell.openExternal, or null. Only https: (with a host and no
 * credentials) and mailto: are allowed; anything with control characters or whitespace, or that
 * doesn't parse, is refused rather than cleaned up.
 */
export function normalizeExternalUrl(url: unknown): string | null {
  // The WHATWG parser is lenient with special schemes (`https:///x` -> https://x/, `\` -> `/`,
  // `https:host`): require the plain spelling, so what is checked is what the user clicked.
  if (typeof url !== 'string' || !/^(?:https:\/\/[^/\\]|mailto:)/i.test(url) || url.includes('\\')) return null;
  const parsed = parseUrl(url, 8192);
  if (!parsed) return null;
  if (parsed.protocol === 'https:') {
    if (!parsed.hostname || parsed.username || parsed.password) return null;
    return parsed.href;
  }
  if (parsed.protocol === 'mailto:') {
    // mailto:someone@example.com[?subject=...]: an address is required, no slashes (mailto://x is odd).
    if (!/^[^/?#]+@[^/?#]+/.test(decodeSafe(parsed.pathname) ?? '')) return null;
    return parsed.href;
  }
  return null;
}

export function isAllowedExternalUrl(url: unknown): boolean {
  return normalizeExternalUrl(url) !== null;
}


// ---------------------------------------------------------------------------------------------
// SEC-05: IPC sender

/** Only Affiche's own top page may call the backend (app://affiche/; the dev server in dev). */
export function isTrustedSender(frameUrl: unknown, devOrigin?: string | null): boolean {
  return isAppUrl(frameUrl) || isDevUrl(frameUrl, devOrigin);
}

// ---------------------------------------------------------------------------------------------
// SEC-08: content security policy, and no network

export { buildContentSecurityPolicy };

/** The CSP sent with every app:// response. */
export const CONTENT_SECURITY_POLICY = buildContentSecurityPolicy({ mediaSources: ['asset:'] });

/**
 * Defence in depth behind the CSP: the session cancels every request leaving the machine.
 * True for http(s)/ws(s)/ftp/file URLs, except the loopback dev server in `electron-vite dev`.
 */
export function shouldBlockRequest(url: unknown, devOrigin?: string | null): boolean {
  if (typeof url !== 'string') return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  const network = ['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:'];
  if (!network.includes(parsed.protocol)) return false;
  if (devOrigin) {
    const dev = new URL(devOrigin);
    // Vite's HMR socket shares the dev server's host and port.
    if (parsed.host === dev.host && (parsed.origin === dev.origin || parsed.protocol === 'ws:' || parsed.protocol === 'wss:')) {
      return false;
    }
  }
  return true;
}

export { resolveInside, isPathInside, resolveAppFile, contentTypeForFile } from '../services/safePath';

export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
}

// ---------------------------------------------------------------------------------------------
// asset:// media serving

/**
 * Headers of an asset:// response. `Access-Control-Allow-Origin` lets the page load media with
 * crossOrigin='anonymous' so the Fabric canvas stays untainted and can still be exported; the
 * sandbox CSP keeps an SVG opened on its own from running anything.
 */
export function mediaResponseHeaders(contentType: string, options: { immutable: boolean }): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Access-Control-Allow-Origin': APP_ORIGIN,
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    // Originals are content-addressed (the id is their sha256); thumbnails change in place.
    'Cache-Control': options.immutable ? 'private, max-age=31536000, immutable' : 'no-cache',
  };
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  let out = '';
  for (let i = start; i < start + length && i < bytes.length; i++) out += String.fromCharCode(bytes[i]);
  return out;
}

/**
 * Content type of a library file from its first bytes. Originals are stored under their sha256
 * with no extension, so the extension can't be trusted (or even exist). Unknown -> octet-stream.
 */
export function sniffMediaType(bytes: Uint8Array): string {
  const b = bytes;
  const head4 = ascii(b, 0, 4);
  if (b.length >= 8 && b[0] === 0x89 && head4 === '\x89PNG') return 'image/png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return 'image/gif';
  if (head4 === 'RIFF') {
    const form = ascii(b, 8, 4);
    if (form === 'WEBP') return 'image/webp';
    if (form === 'WAVE') return 'audio/wav';
  }
  if (ascii(b, 4, 4) === 'ftyp') {
    const brand = ascii(b, 8, 4);
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (['heic', 'heix', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
    if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
    if (brand === 'qt  ') return 'video/quicktime';
    return 'video/mp4';
  }
  if (b.length >= 4 && b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3) {
    return ascii(b, 0, 64).includes('webm') ? 'video/webm' : 'video/x-matroska';
  }
  if (head4 === 'OggS') return 'audio/ogg';
  if (head4 === 'fLaC') return 'audio/flac';
  if (ascii(b, 0, 3) === 'ID3') return 'audio/mpeg';
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xf6) === 0xf0) return 'audio/aac';
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0) return 'audio/mpeg';
  if (head4 === 'wOF2') return 'font/woff2';
  if (head4 === 'wOFF') return 'font/woff';
  if (head4 === 'OTTO') return 'font/otf';
  if ((b.length >= 4 && b[0] === 0 && b[1] === 1 && b[2] === 0 && b[3] === 0) || head4 === 'true') return 'font/ttf';
  if (ascii(b, 0, 2) === 'BM') return 'image/bmp';
  const text = ascii(b, 0, 1024).replace(/^\ufeff|^\xef\xbb\xbf/, '').trimStart();
  if ((text.startsWith('<svg') || text.startsWith('<?xml')) && text.includes('<svg')) return 'image/svg+xml';
  return 'application/octet-stream';
}

/** Range requests (video seeking): one parser for asset:// and browser mode's /media. */
export { parseRange } from '../services/httpRange';

// ---------------------------------------------------------------------------------------------
// command line, downloads

/**
 * `--library DIR` or `--library=DIR` from the command line, resolved against `cwd`; null when
 * absent. (AFFICHE_LIBRARY and the default folder are the backend's defaultLibraryDir.)
 */
export function parseLibraryArg(argv: readonly string[], cwd: string): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--library' && typeof argv[i + 1] === 'string' && argv[i + 1] !== '' && !argv[i + 1].startsWith('--')) {
      return path.resolve(cwd, argv[i + 1]);
    }
    if (arg.startsWith('--library=') && arg.length > '--library='.length) {
      return path.resolve(cwd, arg.slice('--library='.length));
    }
  }
  return null;
}

/**
 * Save-dialog options for a download started by the renderer (exports use `<a download>`).
 * Only the base name of the suggested file is kept.
 */
export function downloadDialogOptions(suggestedName: string, downloadsDir: string): { title: string; defaultPath: string } {
  const base = path.basename(String(suggestedName).replace(/[\\/]/g, '_')).replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  const name = base && base !== '.' && base !== '..' ? base : 'affiche-export';
  return { title: 'Save the export', defaultPath: path.join(downloadsDir, name) };
}

/**
 * A job's save dialog (host capability, docs/architecture.md): in the Documents folder, under the
 * suggested base name, with the job's file filters named in the UI's language.
 */
export function jobSaveDialogOptions(suggestedName: string, documentsDir: string, filters: Array<{ name: string; extensions: string[] }>): { defaultPath: string; filters: Array<{ name: string; extensions: string[] }> } {
  const { defaultPath } = downloadDialogOptions(suggestedName, documentsDir);
  return { defaultPath, filters: filters.map((filter) => ({ name: filter.name, extensions: filter.extensions.filter((e) => /^[a-z0-9]{1,10}$/i.test(e)) })) };
}

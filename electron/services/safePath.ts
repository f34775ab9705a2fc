/**
 * Static files of the built renderer, for every server of them (app:// in Electron, browser mode):
 * a URL path maps to a file inside the root, or to nothing. Tested with hostile paths in
 * electron/main/policy.test.ts (SEC-07).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

const CONTROL_OR_SPACE_EXCEPT_SPACE = /[\u0000-\u001f\u007f-\u009f]/;

export function decodeSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}


/**
 * The real path of `candidate` if it exists, is a regular file and, once every symlink is
 * resolved, still lies inside `rootDir` (itself resolved); otherwise null.
 */
export async function resolveInside(rootDir: string, candidate: string): Promise<string | null> {
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(rootDir), fs.realpath(candidate)]);
    if (!isPathInside(realRoot, realFile)) return null;
    const stat = await fs.stat(realFile);
    return stat.isFile() ? realFile : null;
  } catch {
    return null;
  }
}

export function isPathInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

/**
 * Maps the pathname of an app://affiche/... request to a file of the built renderer, or null.
 * Refuses dot segments (plain or %-encoded), encoded slashes and backslashes, NUL, drive letters
 * and stream names (`:`), empty segments, and symlinks leading out of the root. '/' is index.html.
 */
export async function resolveAppFile(rootDir: string, urlPathname: unknown): Promise<string | null> {
  if (typeof urlPathname !== 'string' || !urlPathname.startsWith('/') || urlPathname.length > 1024) return null;
  if (/[\\\0]/.test(urlPathname) || /%(?:2e|2f|5c|00)/i.test(urlPathname)) return null;
  const decoded = decodeSafe(urlPathname);
  if (decoded === null || CONTROL_OR_SPACE_EXCEPT_SPACE.test(decoded) || /[\\:]/.test(decoded)) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.slice(1);
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  const candidate = path.join(rootDir, ...segments);
  if (!isPathInside(path.resolve(rootDir), path.resolve(candidate))) return null;
  return resolveInside(rootDir, candidate);
}

const APP_CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
};

/** Content-Type for a file of the renderer build, by extension (module scripts need the right one). */
export function contentTypeForFile(filePath: string): string {
  return APP_CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers of every app:// response. */

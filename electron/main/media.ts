/**
 * asset:// URLs: built by the preload (`window.affiche.mediaUrl`), parsed by the main process's
 * protocol handler. No runtime imports (the sandboxed preload bundles this file).
 *
 * Shape: `asset://<kind>/<id>[?v=<version>]`. The id sits in the path, not the host, because
 * Chromium lowercases the host of a standard scheme and design ids are case-sensitive.
 * The URL only names a record; the file path always comes from the library (never from the URL).
 */
import type { MediaKind } from '../../core/api/contract';

export const MEDIA_SCHEME = 'asset';
export const MEDIA_KINDS: readonly MediaKind[] = ['asset', 'thumb', 'design-thumb'];

/** Asset ids are sha256 hex digests (core/schema assetIdSchema). */
const ASSET_ID = /^[0-9a-f]{64}$/;
/** Design ids (core/schema idSchema). */
const DESIGN_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** Cache-busting versions: short, URL-safe. */
const VERSION = /^[A-Za-z0-9._:-]{1,64}$/;

export function isMediaKind(value: unknown): value is MediaKind {
  return typeof value === 'string' && (MEDIA_KINDS as readonly string[]).includes(value);
}

export function isValidMediaId(kind: MediaKind, id: string): boolean {
  return kind === 'design-thumb' ? DESIGN_ID.test(id) : ASSET_ID.test(id);
}

/** The URL the renderer puts in `<img src>` / `<video src>` / Fabric image loads. */
export function mediaUrlFor(kind: MediaKind, id: string, version?: string): string {
  // Encoded, so a hostile id can't add path segments or a query; the handler then rejects it.
  const base = `${MEDIA_SCHEME}://${encodeURIComponent(String(kind))}/${encodeURIComponent(String(id))}`;
  if (version === undefined || version === null || version === '') return base;
  const v = String(version);
  // Versions from the backend (timestamps, hashes) match VERSION and go in as they are; anything
  // else is encoded, which the handler then rejects rather than guessing.
  return `${base}?v=${VERSION.test(v) ? v : encodeURIComponent(v)}`;
}

/**
 * Strict parse of an asset:// request URL. Anything unexpected (encoded characters, dot
 * segments, credentials, ports, extra path segments, unknown kinds, ids that don't match the
 * schema, a fragment, query keys other than `v`) gives null (SEC-07).
 */
export function parseMediaUrl(url: unknown): { kind: MediaKind; id: string } | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 512) return null;
  // Raw checks first: the URL parser would normalise some of these away before we could see them.
  if (/[\u0000-\u0020\u007f-\u009f\\%]/.test(url) || url.includes('..')) return null;
  if (!url.toLowerCase().startsWith(`${MEDIA_SCHEME}://`)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${MEDIA_SCHEME}:`) return null;
  if (parsed.username || parsed.password || parsed.port || parsed.hash) return null;
  const kind = parsed.hostname;
  if (!isMediaKind(kind)) return null;
  const match = /^\/([^/]+)$/.exec(parsed.pathname);
  if (!match) return null;
  const id = match[1];
  if (!isValidMediaId(kind, id)) return null;
  for (const [key, value] of parsed.searchParams) {
    if (key !== 'v' || !VERSION.test(value)) return null;
  }
  return { kind, id };
}

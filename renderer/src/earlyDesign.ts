/**
 * Browser mode, opening straight on a design (#/design/<id>: a reload, a bookmarked tab): asks the
 * server for it while the app bundle is still being parsed, instead of once it has run.
 *
 * Its own tiny entry, with no imports (vite.renderer.config.ts puts it first in index.html, async):
 * it runs as soon as it has loaded. The app takes the pending answer (editor/useLoadedDesign.ts)
 * and decodes it like any call; nothing else reads it. Electron (window.affiche) does nothing
 * here: its calls do not queue behind a bundle download.
 */

export interface EarlyDesign {
  designId: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __afficheEarlyDesign?: EarlyDesign;
  }
}

/** The design a hash opens, as useHashRoute's parseRoute reads it (kept equal by earlyDesign.test.ts). */
export function earlyDesignId(hash: string): string | null {
  return /^#?\/design\/([A-Za-z0-9_-]{1,64})$/.exec(hash)?.[1] ?? null;
}

const designId = earlyDesignId(window.location.hash);
if (designId !== null && !window.affiche) {
  window.__afficheEarlyDesign = {
    designId,
    // The same request as the HTTP bridge's `designs.get` (same-origin: the session cookie goes along).
    response: fetch('/api/call/designs.get', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ id: designId }),
    }),
  };
}

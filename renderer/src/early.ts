/**
 * Browser mode: what the app will ask first, asked while the app bundle is still downloading and
 * compiling, instead of once it has run. Its own tiny entry with no imports
 * (vite.renderer.config.ts puts it first in index.html, async): it runs as soon as it has loaded.
 *
 * - Calls: `settings.get` (the language, awaited before first paint), `formats.list` (labels of
 *   designs made from the user's formats) and, on #/design/<id> (a reload, a bookmarked tab),
 *   that design's `designs.get`; on #/calendar, `posts.list` and `editorial.get`. The HTTP bridge takes each pending answer once, for the same
 *   method and body (bridge/httpBridge.ts); nothing else reads them.
 * - Warm-ups: the main thread idles while the bundle streams in, so it pays now two one-off costs
 *   that sit on the editor's first frame otherwise: the first Intl number formatter of the page
 *   (~15-30 ms of locale data; the zoom and opacity labels use one) and the first 2D canvas.
 *
 * Electron (window.affiche) sends nothing: its calls do not queue behind a bundle download.
 */

/** Method name -> the exact body sent and the pending response. */
export type EarlyCalls = Record<string, { body: string; response: Promise<Response> }>;

declare global {
  interface Window {
    __afficheEarlyCalls?: EarlyCalls;
  }
}

/** The design a hash opens, as useHashRoute's parseRoute reads it (kept equal by early.test.ts). */
export function earlyDesignId(hash: string): string | null {
  return /^#?\/design\/([A-Za-z0-9_-]{1,64})$/.exec(hash)?.[1] ?? null;
}

/** Whether a hash opens the calendar, as useHashRoute's parseRoute reads it (kept equal by early.test.ts). */
export function earlyCalendar(hash: string): boolean {
  return hash.replace(/^#/, '') === '/calendar';
}

function sendEarlyCalls(): void {
  const calls: EarlyCalls = {};
  const send = (method: string, args: object) => {
    const body = JSON.stringify(args);
    // The same request as the HTTP bridge's (same origin: the session cookie goes along).
    const response = fetch(`/api/call/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body,
    });
    calls[method] = { body, response };
  };
  const designId = earlyDesignId(window.location.hash);
  if (designId !== null) send('designs.get', { id: designId });
  if (earlyCalendar(window.location.hash)) {
    send('posts.list', {});
    send('editorial.get', {});
  }
  send('settings.get', {});
  send('formats.list', {});
  window.__afficheEarlyCalls = calls;
}

function warmUp(): void {
  try {
    new Intl.NumberFormat(navigator.language, { style: 'percent', maximumFractionDigits: 0 }).format(0.5);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 16;
    canvas.getContext('2d')?.fillRect(0, 0, 1, 1);
  } catch {
    // Only ever a head start: the app does the same work itself when it needs it.
  }
}

if (typeof window !== 'undefined' && !window.affiche) {
  sendEarlyCalls();
  warmUp();
}

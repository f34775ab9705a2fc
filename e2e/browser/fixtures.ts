/**
 * Browser-mode fixtures: one web server (fresh temp library) per test file, the page opened with
 * its token URL, and SEC-08 enforced on every test: any request to a host other than loopback is
 * aborted, recorded, and fails the test. Uncaught page errors fail the test too.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startAppServer, type AppServer } from './server';

let current: { file: string; server: AppServer } | null = null;

async function serverFor(file: string): Promise<AppServer> {
  if (current?.file === file) return current.server;
  if (current) await current.server.stop();
  current = { file, server: await startAppServer() };
  return current.server;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

function isLoopback(url: string): boolean {
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export interface App {
  server: AppServer;
  /** Requests that tried to leave the machine (must stay empty). */
  blockedRequests: string[];
  /** Opens the printed URL (sets the session cookie) and waits for the UI. */
  open(hash?: string): Promise<void>;
  /** Calls the backend directly (test setup only: the UI is what is under test). */
  call<T = unknown>(method: string, args?: unknown): Promise<T>;
  /** Uploads bytes to the staging area (POST /api/staging), as the UI does; answers the staging id. */
  stage(fileName: string, bytes: Buffer): Promise<string>;
  /** Imports bytes into the library the way the UI does (upload, then assets.import). */
  importAsset<T = unknown>(fileName: string, bytes: Buffer): Promise<T>;
}

export const test = base.extend<{ app: App }, { stopAppServer: void }>({
  stopAppServer: [
    async ({}, use) => {
      await use();
      if (current) {
        await current.server.stop();
        current = null;
      }
    },
    { scope: 'worker', auto: true },
  ],

  app: async ({ page, context }, use, testInfo) => {
    testInfo.setTimeout(testInfo.timeout + 60_000); // the first test of a file also starts the server
    const server = await serverFor(testInfo.file);
    const blocked: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (isLoopback(url)) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    await context.routeWebSocket(/.*/, (ws) => {
      if (isLoopback(ws.url())) return ws.connectToServer();
      blocked.push(ws.url());
      return ws.close();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    const app: App = {
      server,
      blockedRequests: blocked,
      async open(hash = '') {
        // The printed token opens one browser once: each test's fresh browser gets its own link.
        const link = await page.request.post(`${server.origin}/api/links`, { headers: { 'X-Affiche-Token': server.token } });
        const { url } = (await link.json()) as { url: string };
        await page.goto(url);
        await page.waitForURL(`${server.origin}/`);
        if (hash) await page.evaluate((h) => (window.location.hash = h), hash);
        await expect(page.getByTestId('home').or(page.getByTestId('editor')).or(page.getByTestId('editor-loading'))).toBeVisible();
      },
      async call<T>(method: string, args: unknown = {}) {
        const response = await page.request.post(`${server.origin}/api/call/${method}`, {
          data: args,
          headers: { 'X-Affiche-Token': server.token },
        });
        const body = (await response.json()) as { ok: boolean; result?: T; error?: { message: string } };
        if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
        return body.result as T;
      },
      async stage(fileName: string, bytes: Buffer) {
        const response = await page.request.post(`${server.origin}/api/staging?name=${encodeURIComponent(fileName)}`, {
          data: bytes,
          headers: { 'X-Affiche-Token': server.token, 'Content-Type': 'application/octet-stream' },
        });
        const body = (await response.json()) as { ok: boolean; result?: { id: string }; error?: { message: string } };
        if (!body.ok) throw new Error(`upload of ${fileName}: ${body.error?.message}`);
        return body.result!.id;
      },
      async importAsset<T>(fileName: string, bytes: Buffer) {
        return app.call<T>('assets.import', { fileName, source: await app.stage(fileName, bytes) });
      },
    };

    await use(app);

    expect(blocked, 'SEC-08: the UI must never reach a host other than loopback').toEqual([]);
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };

/** Screen position of an element's centre on the editor canvas (browser-mode test hook). */
export async function canvasPointOf(page: Page, elementId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((id) => window.__afficheEditor?.screenCenterOf(id) ?? null, elementId);
  if (!point) throw new Error(`element ${elementId} is not on the canvas`);
  return point;
}

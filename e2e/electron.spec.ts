/**
 * The real desktop app, driven through Playwright's Electron support. Runs only where the
 * Electron binary exists: it is downloaded from outside the npm registry, so machines installed
 * with ELECTRON_SKIP_BINARY_DOWNLOAD=1 skip this file (docs/architecture.md, Media and ffmpeg); browser mode covers the UI.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Electron executable, or null. Never throws: electron's index.js throws when the binary was never downloaded. */
function findElectronBinary(): string | null {
  try {
    const binary: unknown = createRequire(path.join(root, 'package.json'))('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const electronBinary = findElectronBinary();
const electronBinaryPresent = electronBinary !== null;

test.describe('Electron app', () => {
  test.skip(!electronBinaryPresent, 'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): the Electron spec runs on machines with the binary');
  test.describe.configure({ mode: 'serial' });

  let library: string;
  let app: ElectronApplication;
  let page: Page;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    // The app loads out/main, out/preload and out/renderer: build them all (npm run build).
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
      cwd: root,
      stdio: 'inherit',
    });
    library = mkdtempSync(path.join(os.tmpdir(), 'affiche-e2e-electron-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE'),
    );
    app = await electron.launch({ executablePath: electronBinary!, args: [root, '--library', library], cwd: root, env });
    page = await app.firstWindow();
  });

  test.afterAll(async () => {
    await app?.close();
    if (library) rmSync(library, { recursive: true, force: true });
  });

  test('opens one window titled Affiche on the home screen, served from app://', async () => {
    await expect(page.getByTestId('home')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Affiche' }).or(page.locator('.app-name', { hasText: 'Affiche' })).first()).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/affiche\//);
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => ({ title: w.getTitle(), bounds: w.getBounds(), min: w.getMinimumSize() })),
    );
    expect(windows).toHaveLength(1);
    expect(windows[0].title).toContain('Affiche');
    expect(windows[0].min).toEqual([1000, 680]);
  });

  test('exposes only window.affiche, with no Node in the page', async () => {
    const surface = await page.evaluate(() => {
      const bridge = (window as unknown as { affiche: Record<string, unknown> }).affiche;
      return {
        keys: Object.keys(bridge).sort(),
        transport: bridge.transport,
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
      };
    });
    expect(surface).toEqual({ keys: ['api', 'events', 'mediaUrl', 'transport'], transport: 'electron', require: 'undefined', process: 'undefined' });
  });

  test('calls the backend through the bridge, with error codes intact', async () => {
    const info = await page.evaluate(() => (window as unknown as { affiche: { api: Record<string, (a: unknown) => Promise<{ version: string }>> } }).affiche.api['app.info']({}));
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    const error = await page.evaluate(() =>
      (window as unknown as { affiche: { api: Record<string, (a: unknown) => Promise<unknown>> } }).affiche.api['designs.get']({ id: 'missing' }).then(
        () => null,
        (e: { code?: string; message?: string }) => ({ code: e.code, message: String(e.message) }),
      ),
    );
    expect(error?.code).toBe('not-found');
  });

  test('blocks remote loads (CSP and the session filter)', async () => {
    const result = await page.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'loaded',
        () => 'blocked',
      ),
    );
    expect(result).toBe('blocked');
  });
});

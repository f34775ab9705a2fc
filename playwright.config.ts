/**
 * Playwright: browser-mode specs (e2e/browser) drive the real app served by `npm run web` in
 * Chromium; e2e/electron.spec.ts drives the desktop app where its binary exists.
 * Debian's chromium is used when present (CHROMIUM_PATH, else /usr/bin/chromium), Playwright's own
 * browser otherwise.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './e2e/chromium';

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/browser/globalSetup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: 'list',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  use: {
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
});

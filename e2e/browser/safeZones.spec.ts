/**
 * Safe zones: the format's safe zone over the page (official / approximate label, mock platform UI),
 * warnings for texts the platform's UI would cover (layers panel, export dialog, export still
 * allowed), the Instagram 3:4 grid crop, and no safe zone for custom sizes. Screenshots of each
 * state go to the OS temp folder (affiche-safe-zones/) for review.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createTextElement } from '../../core/schema/factory';
import type { FormatRef } from '../../core/schema/design';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, editorDesign, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

const shotsDir = path.join(os.tmpdir(), 'affiche-safe-zones');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

/** A design of this format holding one text, "Title", at `y`; opened in the editor. */
async function openWithTitle(page: Page, app: App, format: FormatRef, y: number, language: 'en' | 'fr' = 'en'): Promise<string> {
  await app.call('settings.update', { language });
  const design = await createDesignViaApi(app.call, `Safe zone ${format.preset ?? 'custom'}`, format);
  const title = createTextElement({ x: 140, y, width: 800, text: 'Summer sale', name: 'Title', fontSize: 96, fontWeight: 700, fill: '#1c1b22' });
  design.pages[0].background.fill = '#f4ede1';
  design.pages[0].elements = [title];
  await app.call('designs.save', { design });
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  return title.id;
}

async function moveTitleTo(page: Page, id: string, y: number): Promise<void> {
  await page.locator(`[data-testid="layer-row"][data-element-id="${id}"] .layer-name`).click();
  const field = page.getByTestId('geometry-y');
  await field.fill(String(y));
  await field.press('Tab');
  await expect.poll(async () => (await editorDesign(page)).pages[0].elements[0].y).toBe(y);
}

test('Reel: the official safe zone shows over the page; a title in the caption area warns in the layers panel and the export dialog', async ({ page, app }) => {
  const id = await openWithTitle(page, app, { preset: 'instagram-reel', width: 1080, height: 1920 }, 900);
  const toggle = page.getByTestId('safe-zone-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('safe-zone-overlay')).toHaveCount(0);

  await toggle.click();
  const overlay = page.getByTestId('safe-zone-overlay');
  await expect(overlay).toBeVisible();
  await expect(overlay).toHaveAttribute('data-status', 'official');
  await expect(page.getByTestId('safe-zone-status')).toHaveText('Official safe zone — Meta ads guide');
  // The mock of Reels' UI: header, a buttons column of round icons, the caption rows.
  await expect(overlay.locator('[data-overlay="buttons"] circle')).toHaveCount(5);
  await expect(overlay.locator('[data-overlay="caption"] rect').first()).toBeAttached();
  // It sits exactly over the page, as the grid does.
  const viewport = (await page.evaluate(() => window.__afficheEditor!.viewport()))!;
  const stage = (await page.getByTestId('canvas-stage').boundingBox())!;
  const box = (await overlay.boundingBox())!;
  expect(box.x - stage.x).toBeCloseTo(viewport.offsetX, 0);
  expect(box.width).toBeCloseTo(1080 * viewport.zoom, 0);

  // The shortcut toggles it too.
  await page.keyboard.press('ControlOrMeta+;');
  await expect(overlay).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+;');
  await expect(page.getByTestId('safe-zone-overlay')).toBeVisible();

  // Centred: no warning anywhere.
  await page.getByTestId('tool-layers').click();
  await expect(page.getByTestId('layers-panel')).toBeVisible();
  await expect(page.getByTestId('layer-safe-zone-warning')).toHaveCount(0);

  // Down in the caption area: the row warns, with the area named.
  await moveTitleTo(page, id, 1500);
  const warning = page.getByTestId('layer-safe-zone-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAttribute('title', 'Overlaps the caption area on Instagram Reel: the platform’s UI may hide it');
  await warning.focus();
  await expect(warning).toBeFocused();
  await shot(page, 'en-1280x800-reel-safe-zone-warning');

  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-safe-zone-warning')).toHaveText(['“Title” overlaps the caption area on Instagram Reel']);
  await expect(page.getByTestId('export-download')).toBeEnabled();
  await shot(page, 'en-1280x800-reel-export-warning');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);

  // Back to the centre: the warnings go.
  await moveTitleTo(page, id, 900);
  await expect(page.getByTestId('layer-safe-zone-warning')).toHaveCount(0);
  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-safe-zone-warnings')).toHaveCount(0);
  await page.keyboard.press('Escape');

  // Never part of an export: the overlay is no Fabric object.
  const objects = await page.evaluate(() => window.__afficheEditor!.objects().map((o) => o.id));
  expect(objects).toEqual([id]);
});

test('TikTok in French: approximate figures are labelled as such; Story shows its reply bar', async ({ page, app }) => {
  const id = await openWithTitle(page, app, { preset: 'tiktok-video', width: 1080, height: 1920 }, 1560, 'fr');
  await page.getByTestId('safe-zone-toggle').click();
  await expect(page.getByTestId('safe-zone-overlay')).toHaveAttribute('data-status', 'approximate');
  await expect(page.getByTestId('safe-zone-status')).toHaveText('Zone sûre approximative — mesures de tiers');
  await page.getByTestId('tool-layers').click();
  await expect(page.locator(`[data-element-id="${id}"] [data-testid="layer-safe-zone-warning"]`)).toHaveAttribute('title', /zone de légende sur TikTok Vidéo/);
  await shot(page, 'fr-1280x800-tiktok-safe-zone');
  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-safe-zone-warning')).toHaveText(['« Title » chevauche la zone de légende sur TikTok Vidéo']);
  await shot(page, 'fr-1280x800-tiktok-export-warning');
  await page.keyboard.press('Escape');

  await openWithTitle(page, app, { preset: 'instagram-story', width: 1080, height: 1920 }, 900, 'fr');
  await page.getByTestId('safe-zone-toggle').click();
  await expect(page.getByTestId('safe-zone-overlay').locator('[data-overlay="reply-bar"]')).toBeAttached();
  await expect(page.getByTestId('safe-zone-status')).toHaveText('Zone sûre officielle — guide publicitaire Meta');
  await shot(page, 'fr-1280x800-story-safe-zone');
});

test('Instagram feed: the 3:4 profile-grid crop; a custom size has the safe zone disabled, with the reason', async ({ page, app }) => {
  await openWithTitle(page, app, { preset: 'instagram-portrait', width: 1080, height: 1350 }, 600);
  await page.getByTestId('grid-crop-toggle').click();
  await expect(page.getByTestId('grid-crop-overlay')).toBeVisible();
  await expect(page.getByTestId('grid-crop-label')).toHaveText('Profile grid: centre 3:4');
  await page.getByTestId('safe-zone-toggle').click();
  await expect(page.getByTestId('safe-zone-status')).toHaveText('Approximate safe zone — third-party measurements');
  await shot(page, 'en-1280x800-portrait-grid-crop');

  await openWithTitle(page, app, { preset: null, width: 1200, height: 900 }, 300, 'fr');
  const toggle = page.getByTestId('safe-zone-toggle');
  await expect(toggle).toBeDisabled();
  await expect(toggle).toHaveAttribute('title', /Taille personnalisée/);
  await expect(page.getByTestId('grid-crop-toggle')).toHaveCount(0);
  // Neither a (forced) click nor the shortcut shows anything.
  await toggle.click({ force: true });
  await page.keyboard.press('ControlOrMeta+;');
  await expect(page.getByTestId('safe-zone-overlay')).toHaveCount(0);
  await toggle.focus();
  await expect(toggle).toBeFocused();
  await shot(page, 'fr-1280x800-custom-disabled');
});

/**
 * The Elements panel end to end (issue 11): search an icon in French and in English, add it with a
 * brand colour, recolour it from the panel with another brand colour, add an emoji sticker, export
 * the PNG and find the icon drawn in its colour where it is and the emoji drawn in colour; a drag
 * drops an icon where it is dropped. Screenshots of the panel in both languages go to the OS temp
 * folder for review.
 */
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import type { IconElement, TextElement } from '../../core/schema/design';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, pageElements, waitForCanvas } from './helpers';

const BRAND_PINK = '#e0115f';
const BRAND_TEAL = '#0f8b8d';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), `affiche-elements-${name}.png`) });

async function openSquareDesign(page: Page, app: App, language: 'en' | 'fr') {
  await app.call('settings.update', { language });
  await app.call('brandKit.update', { palettes: [{ name: 'Marque', colors: [{ hex: BRAND_PINK, name: 'Rose' }, { hex: BRAND_TEAL, name: 'Sarcelle' }] }] });
  const design = await createDesignViaApi(app.call, `Éléments ${language}`, { preset: 'instagram-square', width: 1080, height: 1080 });
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
}

async function exportPng(page: Page): Promise<PNG> {
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const png = PNG.sync.read(readFileSync(await (await downloadPromise).path()));
  await expect(dialog).toBeHidden();
  return png;
}

function pixelsIn(png: PNG, box: { x: number; y: number; width: number; height: number }) {
  const out: number[][] = [];
  for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(png.height, box.y + box.height); y++) {
    for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(png.width, box.x + box.width); x++) {
      const i = (y * png.width + x) * 4;
      out.push([png.data[i], png.data[i + 1], png.data[i + 2]]);
    }
  }
  return out;
}

/** The screen point of a page point, from an element's page box and its box on screen. */
async function screenPointOf(page: Page, element: { id: string; x: number; y: number; width: number }, point: { x: number; y: number }) {
  const box = await page.evaluate((id) => window.__afficheEditor!.screenBoxOf(id)!, element.id);
  const scale = box.width / element.width;
  return { x: box.left + (point.x - element.x) * scale, y: box.top + (point.y - element.y) * scale };
}

/** Drags a panel tile onto the canvas stage at a screen point. */
async function dragOnto(page: Page, tile: ReturnType<Page['getByTestId']>, at: { x: number; y: number }) {
  const stage = page.getByTestId('editor-center');
  const box = (await stage.boundingBox())!;
  await tile.dragTo(stage, { targetPosition: { x: at.x - box.x, y: at.y - box.y } });
}

const hexToRgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const near = (a: number[], b: number[], tolerance = 8) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);
/** A pixel far from grey: colour, not black, white or antialiased grey. */
const saturated = ([r, g, b]: number[]) => Math.max(r, g, b) - Math.min(r, g, b) > 80;

test('French: "maison" finds the house, a brand colour paints it, another recolours it, an emoji becomes a sticker, and the PNG shows both in colour', async ({ page, app }) => {
  await openSquareDesign(page, app, 'fr');
  await page.getByTestId('tool-elements').click();
  const panel = page.getByTestId('elements-panel');
  await expect(panel).toContainText('Éléments');
  await panel.getByTestId('elements-icon-search').fill('maison');
  const first = panel.getByTestId('elements-icon').first();
  await expect(first).toHaveAttribute('data-icon', 'home');
  await expect(first).toHaveAccessibleName('Ajouter l’icône home');

  // Brand colours come first among the swatches.
  const swatches = panel.getByTestId('elements-colors').locator('.swatch');
  await expect(swatches.nth(0)).toHaveAttribute('data-hex', BRAND_PINK);
  await expect(swatches.nth(1)).toHaveAttribute('data-hex', BRAND_TEAL);
  await swatches.nth(0).click();
  await shot(page, 'fr-icons');
  await first.click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);
  let icon = (await pageElements(page))[0] as IconElement;
  expect(icon).toMatchObject({ type: 'icon', icon: 'tabler:home', color: BRAND_PINK });
  expect(icon.x + icon.width / 2).toBeCloseTo(540, 0);

  // With the icon selected, one click on the other brand colour recolours it; its properties say so.
  await swatches.nth(1).click();
  await expect.poll(async () => ((await pageElements(page))[0] as IconElement).color).toBe(BRAND_TEAL);
  await expect(page.getByTestId('icon-section')).toBeVisible();
  await expect(page.getByTestId('icon-color-hex')).toHaveValue(BRAND_TEAL);

  // An emoji, found by its French name.
  await panel.getByTestId('elements-tab-emoji').click();
  await panel.getByTestId('elements-emoji-search').fill('fusée');
  const rocket = panel.getByTestId('elements-emoji').first();
  await expect(rocket).toHaveAttribute('data-emoji', '🚀');
  await shot(page, 'fr-emoji');
  // Dragged to the page's bottom-left, away from the icon: it lands centred on the drop point.
  await dragOnto(page, rocket, await screenPointOf(page, icon, { x: 250, y: 850 }));
  await expect.poll(async () => (await pageElements(page)).length).toBe(2);
  const sticker = (await pageElements(page))[1] as TextElement;
  expect(sticker).toMatchObject({ type: 'text', text: '🚀' });
  expect(sticker.x + sticker.width / 2).toBeCloseTo(250, -1);
  // Its box was centred there; its height then follows the emoji as the canvas measures it (the top stays).
  expect(sticker.y + Math.round(216 * 1.25) / 2).toBeCloseTo(850, -1);
  icon = (await pageElements(page))[0] as IconElement;

  const png = await exportPng(page);
  expect([png.width, png.height]).toEqual([1080, 1080]);
  // The icon's strokes are the teal it was recoloured to; no pink is left.
  const iconPixels = pixelsIn(png, icon);
  const teal = iconPixels.filter((px) => near(px, hexToRgb(BRAND_TEAL)));
  expect(teal.length).toBeGreaterThan(2000);
  expect(iconPixels.filter((px) => near(px, hexToRgb(BRAND_PINK), 30)).length).toBe(0);
  // The emoji is drawn in colour (a rocket in the colour emoji font, not a monochrome glyph).
  const emojiPixels = pixelsIn(png, sticker);
  expect(emojiPixels.filter(saturated).length).toBeGreaterThan(500);
});

test('English: "heart" in the filled style, category filter, and an icon dragged onto the page lands where it is dropped', async ({ page, app }) => {
  await openSquareDesign(page, app, 'en');
  await page.getByTestId('tool-elements').click();
  const panel = page.getByTestId('elements-panel');
  await expect(panel).toContainText('Elements');
  await panel.getByTestId('elements-style-filled').click();
  await panel.getByTestId('elements-icon-search').fill('heart');
  await expect(panel.getByTestId('elements-icon').first()).toHaveAttribute('data-icon', 'heart');
  await panel.getByTestId('elements-icon-search').fill('');
  await panel.getByTestId('elements-category').selectOption('Weather');
  await expect(panel.getByTestId('elements-icon').first()).toBeVisible();
  await shot(page, 'en-icons');
  await panel.getByTestId('elements-category').selectOption('');
  await panel.getByTestId('elements-style-outline').click();
  await panel.getByTestId('elements-icon-search').fill('star');

  // A click adds the first star in the middle; a drag puts the second where it is dropped.
  const stars = panel.getByTestId('elements-icon');
  await expect(stars.first()).toHaveAttribute('data-icon', 'star');
  await stars.first().click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);
  const centred = (await pageElements(page))[0] as IconElement;
  expect(centred.x + centred.width / 2).toBeCloseTo(540, 0);
  await dragOnto(page, stars.first(), await screenPointOf(page, centred, { x: 200, y: 860 }));
  await expect.poll(async () => (await pageElements(page)).length).toBe(2);
  const dropped = (await pageElements(page))[1] as IconElement;
  expect(dropped.icon).toBe('tabler:star');
  expect(dropped.x + dropped.width / 2).toBeCloseTo(200, -1);
  expect(dropped.y + dropped.height / 2).toBeCloseTo(860, -1);

  await panel.getByTestId('elements-tab-emoji').click();
  await panel.getByTestId('elements-emoji-search').fill('pizza');
  await expect(panel.getByTestId('elements-emoji').first()).toHaveAttribute('data-emoji', '🍕');
  await shot(page, 'en-emoji');
});

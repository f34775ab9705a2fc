/**
 * Crop mode end to end: double-click an image, crop its frame, drag the picture inside it, Enter
 * applies one change (one undo step) and the export shows the quadrant the crop put there;
 * Escape leaves the design as it was, and the editor's shortcuts don't act while cropping.
 */
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import type { ImageElement } from '../../core/schema/design';
import { expect, test } from './fixtures';
import { newSquareDesign, pageElements, quadrantPng, selectedId, drag } from './helpers';

// quadrantPng's colours: top-left, top-right, bottom-left, bottom-right.
const TOP_RIGHT = [42, 157, 143];
const BOTTOM_RIGHT = [38, 70, 83];

async function imageElement(page: Page, id: string): Promise<ImageElement> {
  return (await pageElements(page)).find((e) => e.id === id) as ImageElement;
}

async function screenBox(page: Page, id: string) {
  return page.evaluate((elementId) => window.__afficheEditor!.screenBoxOf(elementId)!, id);
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

function pixel(png: PNG, x: number, y: number): number[] {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}

function expectColour(actual: number[], expected: number[]) {
  actual.forEach((value, i) => expect(Math.abs(value - expected[i]), `${actual} vs ${expected}`).toBeLessThanOrEqual(6));
}

test('double-click crops an image: frame handle, drag the picture, Enter applies; undo; export shows the crop', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-image').click();
  await page.getByTestId('image-file-input').setInputFiles({ name: 'quadrants.png', mimeType: 'image/png', buffer: quadrantPng(400, 400) });
  await page.getByTestId('asset-tile').click();
  const id = await selectedId(page);
  const original = await imageElement(page, id);
  expect(original.crop).toBeUndefined();

  // Double-click: crop mode, with its hint and buttons.
  const box = await screenBox(page, id);
  await page.mouse.dblclick(box.left + box.width / 2, box.top + box.height / 2);
  await expect(page.getByTestId('crop-bar')).toBeVisible();
  await expect(page.getByTestId('image-crop')).toHaveText('Done');

  // The frame's right-side handle to the middle: the frame keeps the left half.
  await drag(page, { x: box.left + box.width, y: box.top + box.height / 2 }, { x: box.left + box.width / 2, y: box.top + box.height / 2 });
  // The picture dragged far to the left: it stops where its right edge meets the frame's, so the
  // frame now shows the source's right half.
  await drag(page, { x: box.left + box.width / 4, y: box.top + box.height / 2 }, { x: box.left - box.width / 2, y: box.top + box.height / 2 + 40 });
  await page.screenshot({ path: path.join(os.tmpdir(), 'affiche-crop-mode.png') });
  // Nothing reached the design yet.
  expect(await imageElement(page, id)).toEqual(original);

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('crop-bar')).toBeHidden();
  await expect.poll(async () => (await imageElement(page, id)).crop).toBeDefined();
  const cropped = await imageElement(page, id);
  expect(cropped.crop!.x).toBeCloseTo(0.5, 2);
  expect(cropped.crop!.y).toBeCloseTo(0, 5);
  expect(cropped.crop!.width).toBeCloseTo(0.5, 2);
  expect(cropped.crop!.height).toBeCloseTo(1, 5);
  expect(cropped.x).toBeCloseTo(original.x, 1);
  expect(cropped.y).toBeCloseTo(original.y, 1);
  expect(cropped.width).toBeCloseTo(original.width / 2, 0);
  expect(cropped.height).toBeCloseTo(original.height, 5);
  expect(await page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([id]);

  // The export: the right half of the source fills the new, narrower box.
  const png = await exportPng(page);
  const { x, y, width, height } = cropped;
  expectColour(pixel(png, x + width / 2, y + height / 4), TOP_RIGHT);
  expectColour(pixel(png, x + width / 2, y + (height * 3) / 4), BOTTOM_RIGHT);
  expectColour(pixel(png, x + width / 10, y + height / 10), TOP_RIGHT);
  // Where the cropped-away half was: the page's white background.
  expectColour(pixel(png, x + width * 1.5, y + height / 4), [255, 255, 255]);

  // One undo step brings the uncropped image back.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => imageElement(page, id)).toEqual(original);
});

test('Escape cancels a crop; shortcuts do nothing meanwhile; the panel button starts and finishes it', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-image').click();
  await page.getByTestId('image-file-input').setInputFiles({ name: 'quadrants.png', mimeType: 'image/png', buffer: quadrantPng(300, 200) });
  await page.getByTestId('asset-tile').click();
  const id = await selectedId(page);
  const original = await imageElement(page, id);

  // From the properties panel.
  await page.getByTestId('image-crop').click();
  await expect(page.getByTestId('crop-bar')).toBeVisible();
  const box = await screenBox(page, id);
  await drag(page, { x: box.left + box.width / 2, y: box.top }, { x: box.left + box.width / 2, y: box.top + box.height / 3 });
  // Delete and arrows belong to crop mode now: the image stays.
  await page.keyboard.press('Delete');
  await page.keyboard.press('ArrowRight');
  expect(await pageElements(page)).toHaveLength(1);

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('crop-bar')).toBeHidden();
  expect(await imageElement(page, id)).toEqual(original);
  expect(await page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([id]);
  await expect(page.getByTestId('image-crop')).toHaveText('Crop');

  // Done without changing anything: no change at all (no undo step either).
  await page.getByTestId('image-crop').click();
  await page.getByTestId('crop-done').click();
  await expect(page.getByTestId('crop-bar')).toBeHidden();
  expect(await imageElement(page, id)).toEqual(original);

  // A click elsewhere on the page applies.
  await page.mouse.dblclick(box.left + box.width / 2, box.top + box.height / 2);
  await expect(page.getByTestId('crop-bar')).toBeVisible();
  await drag(page, { x: box.left, y: box.top + box.height / 2 }, { x: box.left + box.width / 4, y: box.top + box.height / 2 });
  const canvas = await page.getByTestId('canvas-stage').boundingBox();
  await page.mouse.click(canvas!.x + 10, canvas!.y + canvas!.height - 10);
  await expect(page.getByTestId('crop-bar')).toBeHidden();
  await expect.poll(async () => (await imageElement(page, id)).crop?.x).toBeGreaterThan(0.2);
  expect((await imageElement(page, id)).width).toBeCloseTo((original.width * 3) / 4, 0);

  // Locked: neither a double-click nor the panel starts crop mode.
  await page.mouse.click(box.left + box.width * 0.6, box.top + box.height / 2);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([id]);
  await page.keyboard.press('Shift+ControlOrMeta+L');
  await expect.poll(async () => (await imageElement(page, id)).locked).toBe(true);
  await expect(page.getByTestId('image-crop')).toBeDisabled();
  await page.mouse.dblclick(box.left + box.width * 0.6, box.top + box.height / 2);
  await page.waitForTimeout(200);
  await expect(page.getByTestId('crop-bar')).toHaveCount(0);
});

/**
 * Mixed styles inside one text (as in Canva) and auto-fit, in browser mode: select a word while
 * editing on the canvas, style it from the panel, and check the design's runs, the exported
 * pixels and undo; then a long text in an auto-fit box.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import type { TextElement } from '../../core/schema/design';
import { canvasPointOf, expect, test } from './fixtures';
import { newSquareDesign, pageElements, selectedId } from './helpers';

async function textElement(page: Page, id: string): Promise<TextElement> {
  const el = (await pageElements(page)).find((e) => e.id === id);
  if (el?.type !== 'text') throw new Error(`no text element ${id}`);
  return el;
}

/** Double-clicks into the text, replaces what it says, and leaves editing. */
async function typeInto(page: Page, id: string, text: string): Promise<void> {
  const point = await canvasPointOf(page, id);
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await textElement(page, id)).text).toBe(text);
}

test('a word selected while editing takes bold and a colour at once; export shows it; undo removes them', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-text').click();
  const id = await selectedId(page);
  await typeInto(page, id, 'Hello world');

  // Back into the text; select "world" from the keyboard.
  const point = await canvasPointOf(page, id);
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.press('End');
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowLeft');
  const bold = page.getByTestId('text-bold');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');

  await bold.click();
  await page.getByTestId('properties-panel').getByRole('button', { name: '#ff5a5f', exact: true }).click();
  // The panel shows the selected characters; the design holds the run at once (what is on
  // screen is what autosave keeps), the rest of the element unchanged.
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('fill-color-hex')).toHaveValue('#ff5a5f');
  await bold.scrollIntoViewIfNeeded();
  await page.getByTestId('properties-panel').screenshot({ path: path.join(os.tmpdir(), 'affiche-text-styles-panel.png') });
  await page.screenshot({ path: path.join(os.tmpdir(), 'affiche-text-styles-editor.png') });
  await expect.poll(async () => (await textElement(page, id)).styles).toEqual([{ start: 6, end: 11, fontWeight: 700, fill: '#ff5a5f' }]);

  // Still editing (the panel buttons kept the focus in the text): Escape ends it, adding nothing.
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await textElement(page, id)).styles).toEqual([{ start: 6, end: 11, fontWeight: 700, fill: '#ff5a5f' }]);
  const el = await textElement(page, id);
  expect([el.text, el.fontWeight, el.fill]).toEqual(['Hello world', 400, '#111111']);
  // No selection: the buttons are the element's again.
  await expect(bold).toHaveAttribute('aria-pressed', 'false');

  // Export: the colour is in the word's area only, "Hello" stays dark and left of it.
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const png = PNG.sync.read(readFileSync(await (await downloadPromise).path()));
  await expect(dialog).toBeHidden();
  const red = { count: 0, minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  const dark = { count: 0, minX: Infinity, maxX: -Infinity };
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (Math.abs(r - 0xff) < 25 && Math.abs(g - 0x5a) < 25 && Math.abs(b - 0x5f) < 25) {
        red.count++;
        red.minX = Math.min(red.minX, x);
        red.maxX = Math.max(red.maxX, x);
        red.minY = Math.min(red.minY, y);
        red.maxY = Math.max(red.maxY, y);
      } else if (r < 50 && g < 50 && b < 50) {
        dark.count++;
        dark.minX = Math.min(dark.minX, x);
        dark.maxX = Math.max(dark.maxX, x);
      }
    }
  }
  expect(red.count).toBeGreaterThan(200);
  expect(dark.count).toBeGreaterThan(200);
  expect(dark.maxX).toBeLessThan(red.minX);
  // Inside the text's box.
  expect(red.minX).toBeGreaterThanOrEqual(el.x);
  expect(red.maxX).toBeLessThanOrEqual(el.x + el.width);
  expect(red.minY).toBeGreaterThanOrEqual(el.y);
  expect(red.maxY).toBeLessThanOrEqual(el.y + el.height);

  // Undo takes the colour away, then the bold (each click was a step; the text stays), redo brings them back.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await textElement(page, id)).styles).toEqual([{ start: 6, end: 11, fontWeight: 700 }]);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await textElement(page, id)).styles ?? []).toEqual([]);
  expect((await textElement(page, id)).text).toBe('Hello world');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(async () => (await textElement(page, id)).styles).toEqual([{ start: 6, end: 11, fontWeight: 700, fill: '#ff5a5f' }]);

  // With no character selection, Bold is for the whole text and the run gives way.
  await page.getByTestId('text-bold').click();
  await expect.poll(async () => (await textElement(page, id)).fontWeight).toBe(700);
  expect((await textElement(page, id)).styles).toEqual([{ start: 6, end: 11, fill: '#ff5a5f' }]);
});

test('auto-fit keeps the box and shrinks the font as a long text is typed', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-text').click();
  const id = await selectedId(page);
  await page.getByTestId('text-autofit').check();
  await expect.poll(async () => (await textElement(page, id)).autoFit).toBe(true);
  const before = await textElement(page, id);
  const fontSizeOnCanvas = () => page.evaluate((elementId) => window.__afficheEditor!.objects().find((o) => o.id === elementId)?.fontSize ?? 0, id);
  expect(await fontSizeOnCanvas()).toBe(before.fontSize);

  const long = 'A much longer sentence that cannot possibly fit on a single line of this box at its size';
  const point = await canvasPointOf(page, id);
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(long);
  // Shrinks while typing already.
  expect(await fontSizeOnCanvas()).toBeLessThan(before.fontSize);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await textElement(page, id)).text).toBe(long);

  const after = await textElement(page, id);
  // The frame and the wanted size stay; the canvas draws the text smaller inside the frame.
  expect([after.x, after.y, after.width, after.height, after.fontSize]).toEqual([before.x, before.y, before.width, before.height, before.fontSize]);
  await expect.poll(fontSizeOnCanvas).toBeLessThan(before.fontSize);
  expect(await fontSizeOnCanvas()).toBeGreaterThanOrEqual(6);
  await page.screenshot({ path: path.join(os.tmpdir(), 'affiche-text-autofit.png') });
  const zoom = (await page.evaluate(() => window.__afficheEditor!.viewport()))!.zoom;
  const box = (await page.evaluate((elementId) => window.__afficheEditor!.screenBoxOf(elementId), id))!;
  expect(box.height / zoom).toBeCloseTo(before.height, 0);

  // Off again: the text takes its full size back.
  await page.getByTestId('text-autofit').uncheck();
  await expect.poll(fontSizeOnCanvas).toBe(before.fontSize);
});

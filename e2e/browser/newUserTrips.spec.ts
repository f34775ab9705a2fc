/**
 * What a new user tripped on in the editor (issue 10), each done as they did it, in browser mode
 * against the real backend: words typed in a text that is still being edited are saved and
 * survive a reload; a text's height is true, and an auto-fit text's box is set by its fields and
 * handles; a long word stays inside its box (pixels of the export); layers are called after their
 * words; a page holding a video exports its first frame, not a grey box. Screenshots of the
 * changed screens, in English and French, go to the OS temp folder (affiche-new-user/).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { createTextElement, createVideoElement } from '../../core/schema/factory';
import type { Design, Element, TextElement } from '../../core/schema/design';
import { canvasPointOf, expect, test, type App } from './fixtures';
import { createDesignViaApi, editorDesign, newSquareDesign, pageElements, selectedId, waitForCanvas, waitForSaved } from './helpers';

const shotsDir = path.join(os.tmpdir(), 'affiche-new-user');

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsDir, { recursive: true });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

async function savedDesign(app: App, id: string): Promise<Design> {
  return (await app.call<{ design: Design }>('designs.get', { id })).design;
}

async function textOf(page: Page, id: string): Promise<TextElement> {
  const element = (await pageElements(page)).find((e) => e.id === id);
  if (element?.type !== 'text') throw new Error(`no text ${id}`);
  return element;
}

/** Saves `elements` as the first page of a new design and opens it in the editor. */
async function openDesignWith(page: Page, app: App, name: string, elements: Element[], format = { preset: 'instagram-square', width: 1080, height: 1080 }): Promise<Design> {
  const design = await createDesignViaApi(app.call, name, format);
  design.pages[0].elements = elements;
  await app.call('designs.save', { design });
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  return design;
}

/** Double-clicks into a text on the canvas and replaces its words, staying in the text. */
async function typeInto(page: Page, id: string, words: string): Promise<void> {
  const point = await canvasPointOf(page, id);
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(words);
}

async function exportPng(page: Page): Promise<PNG> {
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  const download = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  return PNG.sync.read(readFileSync(await (await download).path()));
}

function pixel(png: PNG, x: number, y: number): [number, number, number] {
  const i = (Math.round(y) * png.width + Math.round(x)) * 4;
  return [png.data[i], png.data[i + 1], png.data[i + 2]];
}

const isDark = ([r, g, b]: number[]) => r < 100 && g < 100 && b < 100;

test('words typed in a text still being edited are saved (the badge is true) and survive a reload', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  const designId = (await editorDesign(page)).id;
  await page.getByTestId('tool-text').click();
  const id = await selectedId(page);

  // While a save cannot reach the backend, the badge says so and leaving the page is held back.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call/designs.save', async (route) => {
    await held;
    await route.continue();
  });
  await typeInto(page, id, 'Nothing gets lost');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saving');
  const leavingIsHeld = () =>
    page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  expect(await leavingIsHeld()).toBe(true);
  // Saves go through again (the route now lets every request pass).
  release();

  // The user waits without leaving the text: "Saved" comes, and it is true.
  await page.waitForTimeout(4000);
  expect(await page.evaluate(() => window.__afficheEditor!.objects()[0].text)).toBe('Nothing gets lost');
  await waitForSaved(page);
  expect((await savedDesign(app, designId)).pages[0].elements[0]).toMatchObject({ id, type: 'text', text: 'Nothing gets lost' });
  expect(await leavingIsHeld()).toBe(false);

  // Typing goes on in the same text box: the cursor stayed, nothing was rebuilt under it.
  await page.keyboard.type(', ever');
  await waitForSaved(page);
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.objects().map((o) => o.text))).toEqual(['Nothing gets lost, ever']);
  expect((await textOf(page, id)).text).toBe('Nothing gets lost, ever');

  // One undo step for the burst of typing, as for any other change.
  await typeInto(page, id, 'Changed');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await textOf(page, id)).text).toBe('Nothing gets lost, ever');
});

test('a text’s height is true; with “Shrink text to fit the box” its box is set by the height field and the handles, and the font shrinks into it', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-text').click();
  const id = await selectedId(page);
  const height = page.getByTestId('geometry-height');

  // Auto-fit off: the height follows the words, read only, and stays true as they change.
  await expect(height).toBeDisabled();
  await typeInto(page, id, 'One\nTwo\nThree\nFour');
  await page.keyboard.press('Escape');
  const fourLines = (await textOf(page, id)).height;
  const oneLine = (await textOf(page, id)).fontSize * 1.16;
  expect(fourLines).toBeGreaterThan(oneLine * 3.5);
  await expect(height).toHaveValue(String(Math.round(fourLines)));
  await page.getByTestId('font-size').fill('30');
  await expect.poll(async () => (await textOf(page, id)).height).toBeLessThan(fourLines * 0.6);
  const drawn = (await page.evaluate((elementId) => window.__afficheEditor!.screenBoxOf(elementId), id))!;
  const zoom = (await page.evaluate(() => window.__afficheEditor!.viewport()))!.zoom;
  expect((await textOf(page, id)).height).toBeCloseTo(drawn.height / zoom, 0);
  await expect(height).toHaveValue(String(Math.round((await textOf(page, id)).height)));
  await page.getByTestId('geometry-section').scrollIntoViewIfNeeded();
  await shot(page, 'height-follows-text-en');

  // Auto-fit on: the box is the user's. Type a height, then drag the bottom edge down.
  await page.getByTestId('font-size').fill('120');
  await page.getByTestId('text-autofit').check();
  await expect(height).toBeEnabled();
  await height.fill('300');
  await height.press('Tab');
  await expect.poll(async () => (await textOf(page, id)).height).toBe(300);
  const before = await textOf(page, id);
  // The words no longer fit at 120 px: the canvas draws them smaller inside the box.
  const fontOnCanvas = () => page.evaluate((elementId) => window.__afficheEditor!.objects().find((o) => o.id === elementId)?.fontSize ?? 0, id);
  await expect.poll(fontOnCanvas).toBeLessThan(120);
  const small = await fontOnCanvas();

  const box = (await page.evaluate((elementId) => window.__afficheEditor!.screenBoxOf(elementId), id))!;
  const bottom = { x: box.left + box.width / 2, y: box.top + box.height };
  await page.mouse.move(bottom.x, bottom.y);
  await page.mouse.down();
  await page.mouse.move(bottom.x, bottom.y + 80 * zoom, { steps: 6 });
  await page.mouse.move(bottom.x, bottom.y + 200 * zoom, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await textOf(page, id)).height).toBeGreaterThan(480);
  const after = await textOf(page, id);
  // The box grew downwards: same top, same width, the font size asked for unchanged...
  expect([after.x, after.y, after.width, after.fontSize]).toEqual([before.x, before.y, before.width, 120]);
  // ...and the words take the room: drawn larger than in the smaller box.
  await expect.poll(fontOnCanvas).toBeGreaterThan(small);
  await shot(page, 'autofit-box-en');
});

test('a word longer than its box breaks inside the box instead of running off the page (export pixels)', async ({ page, app }) => {
  const long = 'https://www.example-boutique.com/soldes-ete-2026/collection-complete';
  const text = createTextElement({ x: 140, y: 200, width: 800, text: long, fontSize: 96, fill: '#000000', align: 'left' });
  await openDesignWith(page, app, 'Long word', [text]);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.objects().length)).toBe(1);
  // The box keeps its width on the canvas: no silent widening past the page.
  const zoom = (await page.evaluate(() => window.__afficheEditor!.viewport()))!.zoom;
  const box = (await page.evaluate((elementId) => window.__afficheEditor!.screenBoxOf(elementId), text.id))!;
  expect(box.width / zoom).toBeCloseTo(800, 0);
  await shot(page, 'long-word-en');

  await waitForSaved(page);
  const png = await exportPng(page);
  const dark: Array<{ x: number; y: number }> = [];
  for (let y = 0; y < png.height; y += 2) for (let x = 0; x < png.width; x += 2) if (isDark(pixel(png, x, y))) dark.push({ x, y });
  expect(dark.length).toBeGreaterThan(500);
  // Every letter lies inside the box (a few pixels of anti-aliasing aside)...
  expect(Math.min(...dark.map((p) => p.x))).toBeGreaterThanOrEqual(140 - 4);
  expect(Math.max(...dark.map((p) => p.x))).toBeLessThanOrEqual(940 + 4);
  // ...over several lines: ink starts again below a gap at least twice.
  const rows = [...new Set(dark.map((p) => p.y))].sort((a, b) => a - b);
  const lines = rows.filter((y, i) => i === 0 || y - rows[i - 1] > 8).length;
  expect(lines).toBeGreaterThanOrEqual(3);
  // What was saved is what the canvas drew: the height of those lines.
  const saved = (await editorDesign(page)).pages[0].elements[0];
  expect(saved.height).toBeGreaterThan(96 * 1.16 * 2.5);
  expect(Math.max(...rows)).toBeLessThanOrEqual(200 + saved.height + 4);
});

test('layers are called after their words until renamed, in the panel and in the export’s warnings', async ({ page, app }) => {
  const title = createTextElement({ x: 140, y: 1500, width: 800, text: 'Summer sale\nup to 50 % off everything in store this week', fontSize: 80 });
  const other = createTextElement({ x: 140, y: 300, width: 800, text: 'Ends Sunday 🌞', fontSize: 80, name: 'Text' });
  await openDesignWith(page, app, 'Names', [other, title], { preset: 'instagram-reel', width: 1080, height: 1920 });
  await page.getByTestId('tool-layers').click();
  const label = (id: string) => page.locator(`[data-testid="layer-row"][data-element-id="${id}"] .layer-label`);
  await expect(label(title.id)).toHaveText('Summer sale up to 50 % off everything in…');
  // An older design's automatic name "Text" counts as no name.
  await expect(label(other.id)).toHaveText('Ends Sunday 🌞');

  // Words typed into a new text name its layer at once.
  await page.getByTestId('tool-text').click();
  const added = await selectedId(page, [title.id, other.id]);
  await typeInto(page, added, 'Free delivery');
  await expect(label(added)).toHaveText('Free delivery');
  await page.keyboard.press('Escape');
  await shot(page, 'layers-en');

  // Renamed: the name stays whatever the words. Cleared: the words come back.
  await label(other.id).dblclick();
  await page.getByTestId('layer-name-input').fill('Closing date');
  await page.getByTestId('layer-name-input').press('Enter');
  await expect(label(other.id)).toHaveText('Closing date');
  await label(other.id).dblclick();
  await expect(page.getByTestId('layer-name-input')).toHaveAttribute('placeholder', 'Closing date');
  await page.getByTestId('layer-name-input').fill('');
  await page.getByTestId('layer-name-input').press('Enter');
  await expect(label(other.id)).toHaveText('Ends Sunday 🌞');

  // The export dialog's safe-zone warning names the text by its words.
  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-safe-zone-warning').first()).toContainText('Summer sale up to 50 % off everything in…');
  await shot(page, 'export-warning-en');
  await page.getByTestId('export-cancel').click();

  // In French too.
  await app.call('settings.update', { language: 'fr' });
  await page.reload();
  await waitForCanvas(page);
  await page.getByTestId('tool-layers').click();
  await expect(label(title.id)).toHaveText('Summer sale up to 50 % off everything in…');
  await shot(page, 'layers-fr');
  await page.getByTestId('tool-text').click();
  await page.getByTestId('tool-layers').click();
  await page.getByTestId('geometry-section').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('geometry-height')).toBeDisabled();
  await shot(page, 'height-follows-text-fr');
  await page.getByTestId('text-autofit').check();
  await expect(page.getByTestId('geometry-height')).toBeEnabled();
  await page.getByTestId('geometry-section').scrollIntoViewIfNeeded();
  await shot(page, 'autofit-box-fr');
  await app.call('settings.update', { language: 'en' });
});

test('a page with a video exports the video’s first frame, not a grey box, and says so', async ({ page, app }) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-e2e-video-'));
  try {
    const file = path.join(dir, 'clip.mp4');
    // Red, the colour of the first frame; ffmpeg (the one Affiche uses) makes a real H.264 clip.
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=red:s=320x180:r=25:d=2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file]);
    const { asset } = await app.importAsset<{ asset: { id: string } }>('clip.mp4', readFileSync(file));
    const video = createVideoElement({ assetId: asset.id, x: 180, y: 300, width: 720, height: 405, name: 'clip.mp4' });
    await openDesignWith(page, app, 'Video still', [video]);

    // The canvas shows the frame too (what you see is what exports).
    const centre = await canvasPointOf(page, video.id);
    await expect
      .poll(async () => {
        const [r, g, b] = pixel(PNG.sync.read(await page.screenshot({ clip: { x: centre.x - 2, y: centre.y - 2, width: 4, height: 4 } })), 2, 2);
        return r > 200 && g < 60 && b < 60;
      })
      .toBe(true);

    await page.getByTestId('open-export').click();
    await expect(page.getByTestId('export-video-warning')).toHaveText('Page 1 holds a video: video export is not available yet, so the image shows a still of the video’s first frame.');
    await shot(page, 'export-video-en');
    await page.getByTestId('export-cancel').click();
    const png = await exportPng(page);
    for (const [x, y] of [[190, 310], [540, 502], [890, 695]]) {
      const [r, g, b] = pixel(png, x, y);
      expect(r > 200 && g < 60 && b < 60, `exported pixel ${x},${y} is ${[r, g, b]}`).toBe(true);
    }
    expect(pixel(png, 100, 100)).toEqual([255, 255, 255]);

    await app.call('settings.update', { language: 'fr' });
    await page.reload();
    await waitForCanvas(page);
    await page.getByTestId('open-export').click();
    await expect(page.getByTestId('export-video-warning')).toHaveText('La page 1 contient une vidéo\u00a0: l’export vidéo n’existe pas encore, l’image montre donc la vidéo figée sur sa première image.');
    await shot(page, 'export-video-fr');
    await app.call('settings.update', { language: 'en' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

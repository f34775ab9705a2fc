/**
 * The editor's library panel (issue 5, "In the editor" + brand fonts): search in place, drag an
 * image onto the canvas (it lands at the drop point), drop an image on an image (its picture is
 * replaced, its frame kept, one undo step), a sound becomes the soundtrack, an imported font is
 * listed under "Your fonts" and draws the text. Screenshots (1280x800, en + fr) go to os.tmpdir().
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { createImageElement, createTextElement } from '../../core/schema/factory';
import type { Design, ImageElement, TextElement } from '../../core/schema/design';
import { renameFontFamily } from '../../electron/services/render/renamedFont';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, pageElements, quadrantPng, waitForCanvas, toneWav } from './helpers';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), `affiche-library-panel-${name}.png`) });

/** Pacifico renamed: a font only the library can provide. */
const BRAND_FAMILY = 'Marquise';

interface Asset {
  id: string;
  kind: string;
  fontFamily?: string;
}


async function importAsset(app: App, fileName: string, data: Buffer): Promise<Asset> {
  return (await app.importAsset<{ asset: Asset }>(fileName, data)).asset;
}

let sunset: Asset;
let city: Asset;
let sound: Asset;
let font: Asset;

async function importMedia(app: App) {
  sunset ??= await importAsset(app, 'beach-sunset.png', quadrantPng(300, 200));
  city ??= await importAsset(app, 'city-night.png', quadrantPng(200, 300));
  sound ??= await importAsset(app, 'jingle.wav', toneWav());
  const ttf = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../assets/fonts/Pacifico/Pacifico_400Regular.ttf'));
  font ??= await importAsset(app, 'marquise.ttf', Buffer.from(renameFontFamily(new Uint8Array(ttf), 'Pacifico', BRAND_FAMILY)));
  expect(font).toMatchObject({ kind: 'font', fontFamily: BRAND_FAMILY });
}

/** A square design with a framed photo and a title, open in the editor. */
async function openDesign(page: Page, app: App, name: string): Promise<Design> {
  const design = await createDesignViaApi(app.call, name, { preset: 'instagram-square', width: 1080, height: 1080 });
  design.pages[0].elements = [
    createImageElement({
      id: 'photo1',
      assetId: sunset.id,
      x: 100,
      y: 100,
      width: 400,
      height: 300,
      rotation: 10,
      cornerRadius: 24,
      filters: { saturation: -0.5 },
      crop: { x: 0.1, y: 0.1, width: 0.6, height: 0.6 },
    }),
    createTextElement({ id: 'title1', x: 100, y: 700, width: 880, text: 'Brand day', fontFamily: 'Inter', fontSize: 120, fill: '#1c1b22' }),
  ];
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  return design;
}

/** Where a page point is on screen (client pixels), through the canvas viewport. */
async function clientPointOf(page: Page, at: { x: number; y: number }) {
  const viewport = await page.evaluate(() => window.__afficheEditor!.viewport()!);
  const canvas = (await page.locator('canvas.upper-canvas').boundingBox())!;
  return { x: canvas.x + viewport.offsetX + at.x * viewport.zoom, y: canvas.y + viewport.offsetY + at.y * viewport.zoom };
}

async function element<T>(page: Page, id: string): Promise<T> {
  return (await pageElements(page)).find((el) => el.id === id) as T;
}

test('search, drag an image to a point of the page, drop an image on an image', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  await importMedia(app);
  await openDesign(page, app, 'Library drops');
  await page.getByTestId('tool-image').click();
  const panel = page.getByTestId('image-panel');
  await expect(panel.getByTestId('asset-tile')).toHaveCount(2);
  await shot(page, 'en-images');

  // Search in place: only the sunset is left.
  await panel.getByTestId('library-search').fill('sunset');
  await expect(panel.getByTestId('asset-tile')).toHaveCount(1);
  await expect(panel.getByTestId('asset-tile')).toHaveAttribute('data-asset-id', sunset.id);
  await panel.getByTestId('library-search').fill('nothing-like-this');
  await expect(panel).toContainText('Nothing matches “nothing-like-this”.');
  await panel.getByTestId('library-search').fill('');
  await expect(panel.getByTestId('asset-tile')).toHaveCount(2);

  // Drag the sunset to page point (760, 420): the new image is centred there.
  const before = (await pageElements(page)).length;
  const drop = await clientPointOf(page, { x: 760, y: 420 });
  await panel.locator(`[data-asset-id="${sunset.id}"]`).hover();
  await page.mouse.down();
  await page.mouse.move(drop.x, drop.y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await pageElements(page)).length).toBe(before + 1);
  const added = (await pageElements(page)).at(-1) as ImageElement;
  expect(added.type).toBe('image');
  expect(added.assetId).toBe(sunset.id);
  expect(added.width / added.height).toBeCloseTo(1.5, 2);
  expect(added.x + added.width / 2).toBeCloseTo(760, -1);
  expect(added.y + added.height / 2).toBeCloseTo(420, -1);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await pageElements(page)).length).toBe(before);

  // Drag the city picture over the photo: the photo is outlined; dropped, its picture changes.
  const photo = await element<ImageElement>(page, 'photo1');
  const target = (await page.evaluate(() => window.__afficheEditor!.screenCenterOf('photo1')))!;
  await panel.locator(`[data-asset-id="${city.id}"]`).hover();
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 8 });
  await expect(page.getByTestId('drop-highlight')).toHaveAttribute('data-element-id', 'photo1');
  await page.mouse.up();
  await expect(page.getByTestId('drop-highlight')).toHaveCount(0);
  await expect.poll(async () => (await element<ImageElement>(page, 'photo1')).assetId).toBe(city.id);
  const replaced = await element<ImageElement>(page, 'photo1');
  expect(replaced.crop).toBeUndefined();
  for (const key of ['x', 'y', 'width', 'height', 'rotation', 'cornerRadius', 'filters'] as const) expect(replaced[key]).toEqual(photo[key]);
  expect((await pageElements(page)).length).toBe(before);
  // One undo step brings the old picture and its crop back.
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await element<ImageElement>(page, 'photo1')).assetId).toBe(sunset.id);
  expect((await element<ImageElement>(page, 'photo1')).crop).toEqual(photo.crop);

  // An image file from the desktop over the photo: outlined too, and dropped it replaces the picture.
  const png = quadrantPng(120, 120).toString('base64');
  const fire = (type: string) =>
    page.evaluate(
      ({ type, png, at }) => {
        const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], 'desktop.png', { type: 'image/png' }));
        const stage = document.querySelector('[data-testid="editor-center"] canvas.upper-canvas')!;
        stage.dispatchEvent(new DragEvent(type, { dataTransfer: data, clientX: at.x, clientY: at.y, bubbles: true, cancelable: true }));
      },
      { type, png, at: target },
    );
  await fire('dragover');
  await expect(page.getByTestId('drop-highlight')).toHaveAttribute('data-element-id', 'photo1');
  await fire('drop');
  await expect(page.getByTestId('drop-highlight')).toHaveCount(0);
  await expect.poll(async () => (await element<ImageElement>(page, 'photo1')).assetId).not.toBe(sunset.id);
  expect((await element<ImageElement>(page, 'photo1')).width).toBe(photo.width);
});

test('a sound becomes the soundtrack; removing it is undoable', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  await importMedia(app);
  await openDesign(page, app, 'Library sound');
  await page.getByTestId('tool-image').click();
  const panel = page.getByTestId('image-panel');
  await panel.getByTestId('library-tab-audio').click();
  await expect(panel.getByTestId('soundtrack')).toContainText('No soundtrack yet.');
  const row = panel.getByTestId('library-audio');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('jingle.wav');
  await expect(row).toContainText('0:01');
  await row.click();
  await expect.poll(async () => (await page.evaluate(() => window.__afficheEditor!.design().audio))?.assetId).toBe(sound.id);
  await expect(panel.getByTestId('soundtrack-name')).toContainText('jingle.wav');
  await expect(row).toHaveAttribute('aria-pressed', 'true');
  await panel.getByTestId('soundtrack-remove').click();
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.design().audio)).toBeUndefined();
  await expect(panel.getByTestId('soundtrack')).toContainText('No soundtrack yet.');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await page.evaluate(() => window.__afficheEditor!.design().audio))?.assetId).toBe(sound.id);
});

/** The pixels of the canvas around the title. */
async function titlePixels(page: Page): Promise<PNG> {
  const box = (await page.evaluate(() => window.__afficheEditor!.screenBoxOf('title1')))!;
  return PNG.sync.read(await page.screenshot({ clip: { x: box.left, y: box.top, width: box.width, height: box.height } }));
}

test('an imported font is listed under "Your fonts" and draws the text', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  await importMedia(app);
  await openDesign(page, app, 'Library font');

  // Fonts tab: the font's specimen and family.
  await page.getByTestId('tool-image').click();
  const panel = page.getByTestId('image-panel');
  await panel.getByTestId('library-tab-font').click();
  await expect(panel.getByTestId('library-font')).toHaveAttribute('data-family', BRAND_FAMILY);
  await shot(page, 'en-fonts');

  // The font picker lists it above the bundled fonts.
  const point = (await page.evaluate(() => window.__afficheEditor!.screenCenterOf('title1')))!;
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual(['title1']);
  const inter = await titlePixels(page);
  await page.getByTestId('font-picker').click();
  await expect(page.getByTestId('font-group-yours')).toHaveText('Your fonts');
  const options = page.locator('.font-picker-list [role="option"]');
  await expect(options.first()).toHaveAttribute('data-testid', `font-option-${BRAND_FAMILY}`);
  await shot(page, 'en-font-picker');
  await page.getByTestId(`font-option-${BRAND_FAMILY}`).click();
  await expect.poll(async () => (await element<TextElement>(page, 'title1')).fontFamily).toBe(BRAND_FAMILY);
  // The face came from the library and is loaded; the canvas draws the text differently.
  await expect.poll(() => page.evaluate((family) => [...document.fonts].some((face) => face.family.replace(/"/g, '') === family && face.status === 'loaded'), BRAND_FAMILY)).toBe(true);
  await expect
    .poll(async () => {
      const after = await titlePixels(page);
      let differing = 0;
      for (let i = 0; i < Math.min(after.data.length, inter.data.length); i += 4) if (Math.abs(after.data[i] - inter.data[i]) > 60) differing++;
      return differing;
    })
    .toBeGreaterThan(2000);

  // Clicking the font with nothing selected adds a text in it.
  const count = (await pageElements(page)).length;
  const canvas = (await page.locator('canvas.upper-canvas').boundingBox())!;
  await page.mouse.click(canvas.x + canvas.width - 8, canvas.y + 8);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([]);
  await panel.getByTestId('library-font').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(count + 1);
  const added = (await pageElements(page)).at(-1) as TextElement;
  expect(added).toMatchObject({ type: 'text', fontFamily: BRAND_FAMILY });
});

test('French: the panel in French', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.call('settings.update', { language: 'fr' });
  try {
    await app.open();
    await importMedia(app);
    await openDesign(page, app, 'Bibliothèque');
    await page.getByTestId('tool-image').click();
    const panel = page.getByTestId('image-panel');
    await expect(panel.getByRole('heading', { name: 'Bibliothèque' })).toBeVisible();
    await expect(panel.getByTestId('library-tab-video')).toHaveText('Vidéos');
    await expect(panel.getByTestId('library-tab-audio')).toHaveText('Sons');
    await expect(panel.getByTestId('library-tab-font')).toHaveText('Polices');
    await expect(panel.getByTestId('library-search')).toHaveAttribute('placeholder', 'Rechercher un média');
    await expect(panel).toContainText('Déposez-la sur une photo pour la remplacer.');
    await shot(page, 'fr-images');
    await panel.getByTestId('library-tab-audio').click();
    await expect(panel.getByTestId('soundtrack')).toContainText('Bande son');
    await shot(page, 'fr-audio');
  } finally {
    await app.call('settings.update', { language: 'en' });
  }
});

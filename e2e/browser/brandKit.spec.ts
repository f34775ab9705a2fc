/**
 * The brand kit (issue "Asset library and brand kit"): a palette made in the Brand kit panel shows
 * in the fill picker and paints a shape; a heading style saved from a text adds new texts in that
 * style; a logo picked among the library's images lands in the page's top-right corner, pinned
 * there for resizes; a logo imported from disk or dropped on the panel joins the kit (and the
 * library) and is shown whole. Screenshots (1280x800, en + fr) go to os.tmpdir().
 */
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Locator, Page } from '@playwright/test';
import { createShapeElement, createTextElement } from '../../core/schema/factory';
import type { ImageElement, ShapeElement, TextElement } from '../../core/schema/design';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, pageElements, quadrantPng, selectedId, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

interface Kit {
  palettes: Array<{ id: string; name: string; colors: Array<{ hex: string }> }>;
  presets: Record<'heading' | 'subheading' | 'body' | 'caption', { fontFamily: string; fontSize: number; fontWeight: number; fill: string }>;
  logos: string[];
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), `affiche-brand-kit-${name}.png`) });
const kit = async (app: App) => (await app.call<{ brandKit: Kit }>('brandKit.get', {})).brandKit;

/** A square design with a heading-like text and a rectangle, open in the editor. */
async function openDesign(page: Page, app: App, name: string) {
  const design = await createDesignViaApi(app.call, name, { preset: 'instagram-square', width: 1080, height: 1080 });
  design.pages[0].elements = [
    createShapeElement({ id: 'rect1', shape: 'rect', x: 120, y: 600, width: 300, height: 300, fill: '#cccccc', name: 'Box' }),
    createTextElement({ id: 'title1', x: 100, y: 200, width: 880, text: 'Soldes', fontFamily: 'Playfair Display', fontSize: 140, fontWeight: 700, fill: '#1c1b22' }),
  ];
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
}

async function clickElement(page: Page, id: string) {
  const point = await page.evaluate((el) => window.__afficheEditor!.screenCenterOf(el), id);
  if (!point) throw new Error(`no element ${id} on screen`);
  await page.mouse.click(point.x, point.y);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([id]);
}

async function element<T>(page: Page, id: string): Promise<T> {
  return (await pageElements(page)).find((el) => el.id === id) as T;
}

test('a palette of two colours paints a shape from the fill picker', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  await openDesign(page, app, 'Brand colours');

  await page.getByTestId('tool-brand').click();
  const panel = page.getByTestId('brand-panel');
  await expect(panel).toContainText('Keep your brand colours here');
  await panel.getByTestId('brand-palette-add').click();
  const palette = panel.getByTestId('brand-palette');
  await expect(palette).toHaveCount(1);
  await palette.getByTestId('brand-palette-name').fill('Summer sale');
  await palette.getByTestId('brand-palette-name').press('Enter');
  await expect(palette).toHaveAttribute('data-name', 'Summer sale');

  // A typed hex, then the selected shape's colour... after it is painted with the first one.
  await palette.getByTestId('brand-hex').fill('#FF5A5F');
  await palette.getByTestId('brand-colour-add').click();
  await palette.getByTestId('brand-hex').fill('1e88e5');
  await palette.getByTestId('brand-hex').press('Enter');
  await expect(palette.getByTestId('brand-colour')).toHaveCount(2);
  await expect.poll(async () => (await kit(app)).palettes).toMatchObject([{ name: 'Summer sale', colors: [{ hex: '#ff5a5f' }, { hex: '#1e88e5' }] }]);

  // The shape's fill picker shows the palette first, under its name; a click paints the shape.
  await clickElement(page, 'rect1');
  const brandSwatches = page.getByTestId('properties-panel').getByTestId('fill-color-brand');
  await expect(brandSwatches).toContainText('Summer sale');
  await brandSwatches.locator('[data-hex="#1e88e5"]').click();
  await expect.poll(async () => (await element<ShapeElement>(page, 'rect1')).fill).toBe('#1e88e5');
  await expect(brandSwatches.locator('[data-hex="#1e88e5"]')).toHaveClass(/swatch-selected/);

  // "From selection": a colour already in the palette is not added twice.
  await palette.getByTestId('brand-colour-from-selection').click();
  await expect(palette.getByTestId('brand-colour')).toHaveCount(2);
  await shot(page, 'en-colours');
});

test('a heading style saved from a text; a heading added from the panel has its font and size', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  await openDesign(page, app, 'Brand styles');
  await page.getByTestId('tool-brand').click();
  const panel = page.getByTestId('brand-panel');
  // No text selected: only the styles, no apply/update buttons.
  await expect(panel.getByTestId('brand-preset-save-heading')).toHaveCount(0);

  await clickElement(page, 'title1');
  await panel.getByTestId('brand-preset-save-heading').click();
  await expect.poll(async () => (await kit(app)).presets.heading).toMatchObject({ fontFamily: 'Playfair Display', fontSize: 140, fontWeight: 700, fill: '#1c1b22' });
  await expect(panel.getByTestId('brand-preset-heading')).toContainText('Playfair Display · 140 px');

  const before = (await pageElements(page)).map((el) => el.id);
  await panel.getByTestId('brand-preset-heading').click();
  const added = await selectedId(page, before);
  const heading = await element<TextElement>(page, added);
  expect([heading.fontFamily, heading.fontSize, heading.fontWeight, heading.fill, heading.text]).toEqual(['Playfair Display', 140, 700, '#1c1b22', 'Heading']);

  // "Apply to selection": the caption style onto the new text.
  await panel.getByTestId('brand-preset-apply-caption').click();
  await expect.poll(async () => (await element<TextElement>(page, added)).textCase).toBe('upper');
  const caption = (await kit(app)).presets.caption;
  const styled = await element<TextElement>(page, added);
  expect([styled.fontFamily, styled.fontSize]).toEqual([caption.fontFamily, caption.fontSize]);
  await shot(page, 'en-styles');
});

test('a logo picked from the library is placed in the top-right corner and pinned there', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  await openDesign(page, app, 'Brand logo');

  // Import through the Images panel, as a user would.
  await page.getByTestId('tool-image').click();
  await page.getByTestId('image-file-input').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: quadrantPng(400, 200) });
  await expect(page.getByTestId('asset-grid').getByTestId('asset-tile')).toHaveCount(1);

  await page.getByTestId('tool-brand').click();
  const panel = page.getByTestId('brand-panel');
  await expect(panel).toContainText('Add your logos');
  await panel.getByTestId('brand-logo-add').click();
  await panel.getByTestId('brand-logo-picker').getByTestId('asset-tile').click();
  await expect(panel.getByTestId('brand-logos').getByTestId('asset-tile')).toHaveCount(1);
  await expect.poll(async () => (await kit(app)).logos).toHaveLength(1);

  const before = (await pageElements(page)).map((el) => el.id);
  await panel.getByTestId('brand-logos').getByTestId('asset-tile').click();
  const id = await selectedId(page, before);
  const logo = await element<ImageElement>(page, id);
  expect(logo.type).toBe('image');
  // 15 % of the 1080 px page, ratio kept (2:1), a small margin to the top and right edges.
  expect(logo.width).toBeCloseTo(162, 0);
  expect(logo.height).toBeCloseTo(81, 0);
  expect(1080 - (logo.x + logo.width)).toBeGreaterThanOrEqual(0);
  expect(1080 - (logo.x + logo.width)).toBeLessThan(60);
  expect(logo.y).toBeGreaterThanOrEqual(0);
  expect(logo.y).toBeLessThan(60);
  expect(logo.constraints).toEqual({ horizontal: 'right', vertical: 'top' });
  await shot(page, 'en-logos');
});

test('French: the panel and the swatches in French', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.call('settings.update', { language: 'fr' });
  await app.open();
  await openDesign(page, app, 'Kit de marque');
  await page.getByTestId('tool-brand').click();
  const panel = page.getByTestId('brand-panel');
  await expect(panel.getByRole('heading', { name: 'Kit de marque', level: 2 })).toBeVisible();
  await expect(panel).toContainText('Styles de texte');
  await expect(panel.getByTestId('brand-preset-heading')).toContainText('Titre');
  await clickElement(page, 'title1');
  await expect(panel.getByTestId('brand-preset-save-heading')).toHaveText('Mettre à jour');
  await expect(page.getByTestId('properties-panel').getByTestId('fill-color-brand')).toContainText('Summer sale');
  await shot(page, 'fr-panel');
  await app.call('settings.update', { language: 'en' });
});

/** A wide logo: a dark band with red ends, which a square crop would cut off. */
function wideLogo(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const end = x < width * 0.1 || x >= width * 0.9;
      const i = (y * width + x) * 4;
      [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]] = end ? [230, 57, 70, 255] : [38, 70, 83, 255];
    }
  }
  return PNG.sync.write(png);
}

/** Whether a tile's picture shows both red ends of the wide logo (whole), read from its pixels on screen. */
async function showsBothEnds(tile: Locator): Promise<boolean> {
  const shot = PNG.sync.read(await tile.screenshot());
  const row = Math.floor(shot.height / 2);
  const red = (x: number) => {
    const i = (row * shot.width + x) * 4;
    return shot.data[i] > 180 && shot.data[i + 1] < 110 && shot.data[i + 2] < 120;
  };
  const xs = Array.from({ length: shot.width }, (_, x) => x).filter(red);
  // Red at both ends of the row, with the dark band between.
  return xs.length > 0 && xs[0] < shot.width / 3 && xs[xs.length - 1] > (shot.width * 2) / 3;
}

test('a logo imported from disk joins the kit and the library, shown whole; a dropped one too', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.call('brandKit.update', { logos: [] });
  await app.open();
  await openDesign(page, app, 'Logo from disk');
  await page.getByTestId('tool-brand').click();
  const panel = page.getByTestId('brand-panel');

  // No detour through the library panel: the kit's own "Import a file…".
  await panel.getByTestId('brand-logo-add').click();
  await panel.getByTestId('brand-logo-import').click();
  await panel.getByTestId('brand-logo-file').setInputFiles({ name: 'wide-logo.png', mimeType: 'image/png', buffer: wideLogo(900, 150) });
  const logos = panel.getByTestId('brand-logos').getByTestId('asset-tile');
  await expect(logos).toHaveCount(1);
  await expect.poll(async () => (await kit(app)).logos).toHaveLength(1);
  const [logoId] = (await kit(app)).logos;
  const { assets } = await app.call<{ assets: Array<{ id: string; fileName: string }> }>('assets.list', { kind: 'image' });
  expect(assets.find((asset) => asset.id === logoId)?.fileName).toBe('wide-logo.png');
  // Whole, not cropped to the square tile: both red ends show.
  await expect.poll(() => showsBothEnds(logos.first())).toBe(true);

  // A file dropped on the Logos section.
  const dropped = await page.evaluateHandle((base64) => {
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'dropped-logo.png', { type: 'image/png' }));
    return transfer;
  }, wideLogo(600, 120).toString('base64'));
  const section = panel.getByTestId('brand-logos-section');
  await section.dispatchEvent('dragover', { dataTransfer: dropped });
  await expect(section).toContainText('Drop to add as logos');
  await section.dispatchEvent('drop', { dataTransfer: dropped });
  await expect(logos).toHaveCount(2);
  await expect.poll(async () => (await kit(app)).logos).toHaveLength(2);
  await shot(page, 'en-logos-imported');

  // The picker shows the library's images whole as well.
  const { asset: banner } = await app.importAsset<{ asset: { id: string } }>('banner.png', wideLogo(1000, 200));
  await panel.getByTestId('brand-logo-add').click();
  const candidate = panel.getByTestId('brand-logo-picker').locator(`[data-testid="asset-tile"][data-asset-id="${banner.id}"]`);
  await expect(candidate).toBeVisible();
  await candidate.scrollIntoViewIfNeeded();
  await expect.poll(() => showsBothEnds(candidate)).toBe(true);

  // Something that is not a picture is refused by name, and the kit is unchanged.
  await panel.getByTestId('brand-logo-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
  await expect(panel.getByTestId('brand-error')).toBeVisible();
  expect((await kit(app)).logos).toHaveLength(2);
});

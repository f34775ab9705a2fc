/**
 * Export of a design with linked variants: the dialog offers "This format" and "All formats
 * (N files)"; "all" downloads one zip named after the design, holding the master and each variant
 * at its format's exact pixel size, named as `affiche render --format all-variants` names them.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { createTextElement } from '../../core/schema/factory';
import { expect, test } from './fixtures';
import { createDesignViaApi, waitForCanvas } from './helpers';

test('a design with two variants exports all its formats in one zip, each file at its format’s size', async ({ page, app }) => {
  await app.open();
  const design = await createDesignViaApi(app.call, 'Soldes d’été', { preset: 'instagram-portrait', width: 1080, height: 1350 });
  design.pages[0].background.fill = '#f4ede1';
  design.pages[0].elements = [createTextElement({ x: 140, y: 600, width: 800, text: 'Soldes', fontSize: 120, fontWeight: 700, fill: '#1c1b22' })];
  design.variants = [
    { id: 'vstory001', format: { preset: 'instagram-story', width: 1080, height: 1920 }, overrides: {} },
    { id: 'vlink0001', format: { preset: 'linkedin-landscape', width: 1200, height: 627 }, overrides: {} },
  ];
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-scope-one')).toContainText('This format');
  await expect(dialog.getByTestId('export-scope-all')).toContainText('All formats (3 files)');
  await dialog.getByTestId('export-scope-all').click();
  await expect(dialog.getByTestId('export-size')).toHaveText('1080 × 1350 px, 1080 × 1920 px, 1200 × 627 px');

  const downloadPromise = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Soldes d’été.zip');
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const expected: Record<string, [number, number]> = {
    'Soldes d’été-instagram-portrait.png': [1080, 1350],
    'Soldes d’été-instagram-story.png': [1080, 1920],
    'Soldes d’été-linkedin-landscape.png': [1200, 627],
  };
  expect(Object.keys(files).sort()).toEqual(Object.keys(expected).sort());
  for (const [name, size] of Object.entries(expected)) {
    const png = PNG.sync.read(Buffer.from(files[name]));
    expect([png.width, png.height], name).toEqual(size);
    // Not blank: the text is drawn (dark pixels on the light background).
    let dark = 0;
    for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 80 && png.data[i + 1] < 80 && png.data[i + 2] < 80) dark++;
    expect(dark, name).toBeGreaterThan(500);
  }
  await expect(page.getByTestId('export-dialog')).toHaveCount(0);
});

test('French: « Tous les formats (N fichiers) »; one format alone is named by its format', async ({ page, app }) => {
  await app.call('settings.update', { language: 'fr' });
  await app.open();
  const design = await createDesignViaApi(app.call, 'Rentrée', { preset: 'instagram-square', width: 1080, height: 1080 });
  design.pages[0].elements = [createTextElement({ x: 140, y: 480, width: 800, text: 'Rentrée', fontSize: 96 })];
  design.variants = [
    { id: 'vpin00001', format: { preset: 'pinterest-pin', width: 1000, height: 1500 }, overrides: {} },
    { id: 'vcustom01', format: { preset: null, width: 800, height: 800 }, overrides: {} },
  ];
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-scope-all')).toContainText('Tous les formats (3 fichiers)');
  await expect(dialog.getByTestId('export-scope-one')).toContainText('Ce format');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Rentrée-instagram-square.png');
  const png = PNG.sync.read(readFileSync(await download.path()));
  expect([png.width, png.height]).toEqual([1080, 1080]);
});

test('each exported file is checked against its format: a PNG for TikTok photos (JPEG only) becomes a JPEG, and the user is told', async ({ page, app }) => {
  await app.call('settings.update', { language: 'en' });
  await app.open();
  const design = await createDesignViaApi(app.call, 'Promo TikTok', { preset: 'tiktok-photo', width: 1080, height: 1920 });
  design.pages[0].elements = [createTextElement({ x: 140, y: 800, width: 800, text: 'Promo', fontSize: 120 })];
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-format-png').click();
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Promo TikTok.jpg');
  const bytes = readFileSync(await download.path());
  expect([bytes[0], bytes[1], bytes[2]]).toEqual([0xff, 0xd8, 0xff]);
  await expect(page.getByTestId('toast-region')).toContainText('Adjusted to meet the network’s limits');
  await expect(page.getByTestId('toast-region')).toContainText('JPEG');
});

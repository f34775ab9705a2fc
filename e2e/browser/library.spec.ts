/**
 * The asset library screen (#/library): import (button, duplicates, refusals, cancel), search and
 * filters, multi-selection with the bulk bar, favourites, collections, the details panel, deleting
 * what a design uses, the trash, a virtualised grid over 2,000 assets, and the sidebar's counts and
 * tag suggestions, which come from the whole library rather than the pages loaded. One server for the file:
 * the tests run in order on the same library. Screenshots (en + fr) go to os.tmpdir().
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import type { Locator, Page } from '@playwright/test';
import { createImageElement } from '../../core/schema/factory';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

interface Asset {
  id: string;
  name?: string;
  fileName: string;
  tags?: string[];
  favourite?: boolean;
  notes?: string;
  credit?: string;
  licence?: string;
  collections?: string[];
  deletedAt?: string;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), `affiche-library-${name}.png`) });

/** A PNG of one colour, unique per `seed` (the library is content-addressed: same bytes, same asset). */
function tinyPng(seed: number, size = 8): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let i = 0; i < size * size; i++) {
    png.data[i * 4] = seed & 0xff;
    png.data[i * 4 + 1] = (seed >> 8) & 0xff;
    png.data[i * 4 + 2] = (seed * 37) & 0xff;
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png);
}

/** A noisy PNG: heavier to decode, so an import of many takes long enough to be cancelled. */
function noisyPng(seed: number, size = 320): Buffer {
  const png = new PNG({ width: size, height: size });
  let state = seed * 2654435761;
  for (let i = 0; i < png.data.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    png.data[i] = i % 4 === 3 ? 255 : state >>> 24;
  }
  return PNG.sync.write(png);
}

async function jpeg(colour: string, width = 640, height = 420): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

async function listAssets(app: App, args: Record<string, unknown> = {}): Promise<{ assets: Asset[]; total: number }> {
  return app.call('assets.list', { limit: 5000, ...args });
}

const tiles = (page: Page) => page.getByTestId('library-tile');
const tile = (page: Page, name: string): Locator => page.locator(`[data-testid="library-tile"][data-name="${name}"]`);
const toast = (page: Page, text: string | RegExp) => page.getByTestId('toast').filter({ hasText: text });
/** The count beside a sidebar view (all, favourites, trash) or a kind. */
const viewCount = (page: Page, view: 'all' | 'favourites' | 'trash') => page.getByTestId(`view-${view}`).getByTestId('view-count');
const kindCount = (page: Page, kind: 'all' | 'image' | 'video' | 'audio' | 'font') => page.getByTestId(`kind-${kind}`).getByTestId('kind-count');
const tagSuggestion = (page: Page, tag: string) => page.locator(`[data-testid="tag-suggestion"][data-tag="${tag}"]`);

async function openLibrary(page: Page, app: App): Promise<void> {
  await app.open();
  await page.getByTestId('nav-library').click();
  await expect(page.getByTestId('library')).toBeVisible();
  await expect(page.getByTestId('library-count')).not.toHaveAttribute('data-total', '');
}

async function importViaApi(app: App, fileName: string, data: Buffer): Promise<Asset> {
  const { asset } = await app.importAsset<{ asset: Asset }>(fileName, data);
  return asset;
}

test('import by button: refusals are named, a second import of the same file says it is already there; search and kind filter', async ({ page, app }) => {
  await openLibrary(page, app);
  await expect(page.getByTestId('nav-library')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('library-empty-library')).toContainText('Your library is empty');

  const beach = await jpeg('#f08a4b');
  await page.getByTestId('library-import-input').setInputFiles([
    { name: 'beach-sunset.jpg', mimeType: 'image/jpeg', buffer: beach },
    { name: 'logo.png', mimeType: 'image/png', buffer: tinyPng(1, 64) },
    { name: 'Inter-Bold.ttf', mimeType: 'font/ttf', buffer: readFileSync('assets/fonts/Inter/Inter_700Bold.ttf') },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture at all') },
  ]);
  const summary = toast(page, '3 imported');
  await expect(summary).toContainText('1 refused');
  await expect(summary).toContainText('notes.txt:');
  await expect(tiles(page)).toHaveCount(3);
  await expect(page.getByTestId('library-count')).toHaveText('3 items');
  // Fonts show their family; the kind badge says what each is.
  await expect(tile(page, 'Inter-Bold.ttf')).toContainText('Inter');
  await expect(tile(page, 'Inter-Bold.ttf')).toContainText('Font');
  await expect(tile(page, 'beach-sunset.jpg')).toContainText('640 × 420');

  // The same bytes again (under another name): one asset, and the user is told.
  await page.getByTestId('library-import-input').setInputFiles([{ name: 'beach-sunset copy.jpg', mimeType: 'image/jpeg', buffer: beach }]);
  await expect(toast(page, '“beach-sunset copy.jpg” is already in the library')).toBeVisible();
  await expect(tiles(page)).toHaveCount(3);
  expect((await listAssets(app)).total).toBe(3);

  // Search (debounced) by name, then the kind filter.
  await page.getByTestId('library-search').fill('sunset');
  await expect(tiles(page)).toHaveCount(1);
  await expect(tiles(page).first()).toHaveAttribute('data-name', 'beach-sunset.jpg');
  await page.getByTestId('library-search').fill('');
  await expect(tiles(page)).toHaveCount(3);
  await page.getByTestId('kind-font').click();
  await expect(tiles(page)).toHaveCount(1);
  await expect(tiles(page).first()).toHaveAttribute('data-name', 'Inter-Bold.ttf');
  await page.getByTestId('kind-image').click();
  await expect(tiles(page)).toHaveCount(2);
  await page.getByTestId('kind-all').click();
  await expect(tiles(page)).toHaveCount(3);
});

test('a multi-selection is tagged from the bulk bar and found by tag; favourites; Ctrl+A and Escape', async ({ page, app }) => {
  for (let i = 0; i < 5; i++) await importViaApi(app, `swatch-${i + 1}.png`, tinyPng(100 + i, 48));
  await openLibrary(page, app);
  await expect(tiles(page)).toHaveCount(8);
  // The sidebar counts the whole library: 7 images and a font, nothing favourite or trashed yet.
  await expect(viewCount(page, 'all')).toHaveText('8');
  await expect(viewCount(page, 'favourites')).toHaveText('0');
  await expect(viewCount(page, 'trash')).toHaveText('0');
  await expect(kindCount(page, 'all')).toHaveText('8');
  await expect(kindCount(page, 'image')).toHaveText('7');
  await expect(kindCount(page, 'font')).toHaveText('1');
  await expect(kindCount(page, 'video')).toHaveText('0');

  // Newest first: swatch-5 .. swatch-1, then the first test's three.
  await tile(page, 'swatch-5.png').click();
  await tile(page, 'swatch-3.png').click({ modifiers: ['Shift'] });
  await tile(page, 'swatch-1.png').click({ modifiers: ['ControlOrMeta'] });
  await expect(page.getByTestId('bulk-count')).toHaveText('4 selected');
  await expect(page.getByTestId('details-panel')).toHaveCount(0);

  await page.getByTestId('bulk-tag').click();
  await page.getByTestId('bulk-tag-input').fill('Summer, #promo');
  await page.getByTestId('bulk-tag-input').press('Enter');
  await expect.poll(async () => (await listAssets(app, { tags: ['summer'] })).total).toBe(4);
  expect((await listAssets(app, { tags: ['promo'] })).assets.map((a) => a.fileName).sort()).toEqual(['swatch-1.png', 'swatch-3.png', 'swatch-4.png', 'swatch-5.png']);
  // The sidebar offers the new tags with their counts.
  await expect(tagSuggestion(page, 'summer').getByTestId('tag-suggestion-count')).toHaveText('4');
  await expect(tagSuggestion(page, 'promo').getByTestId('tag-suggestion-count')).toHaveText('4');

  // Remove one tag from the selection again.
  await page.getByTestId('bulk-tag').click();
  await page.getByTestId('bulk-tag-remove').filter({ hasText: '#promo' }).click();
  await expect.poll(async () => (await listAssets(app, { tags: ['promo'] })).total).toBe(0);
  await expect(tagSuggestion(page, 'promo')).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
  await page.getByTestId('tag-filter-input').fill('summer');
  await page.getByTestId('tag-filter-input').press('Enter');
  await expect(tiles(page)).toHaveCount(4);
  await expect(page.getByTestId('tag-filter-active')).toHaveText('#summer');
  await page.getByTestId('tag-filter-active').click();
  await expect(tiles(page)).toHaveCount(8);

  // The star on a tile; then the Favourites view.
  await tile(page, 'logo.png').hover();
  await tile(page, 'logo.png').getByTestId('tile-favourite').click();
  await expect.poll(async () => (await listAssets(app, { favourite: true })).assets.map((a) => a.fileName)).toEqual(['logo.png']);
  await expect(viewCount(page, 'favourites')).toHaveText('1');
  await page.getByTestId('view-favourites').click();
  await expect(tiles(page)).toHaveCount(1);
  await expect(tiles(page).first()).toHaveAttribute('data-name', 'logo.png');
  await page.getByTestId('view-all').click();

  // The bulk bar's star favourites the whole selection in one call, then takes it back.
  await tile(page, 'swatch-1.png').click();
  await tile(page, 'swatch-2.png').click({ modifiers: ['ControlOrMeta'] });
  const favouriteCalls: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/call\/([\w.]+)/.exec(request.url())?.[1];
    if (method === 'assets.setFavourite' || method === 'assets.update') favouriteCalls.push(method);
  });
  await page.getByTestId('bulk-favourite').click();
  await expect(viewCount(page, 'favourites')).toHaveText('3');
  expect((await listAssets(app, { favourite: true })).assets.map((a) => a.fileName).sort()).toEqual(['logo.png', 'swatch-1.png', 'swatch-2.png']);
  await expect(page.getByTestId('bulk-favourite')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('bulk-favourite').click();
  await expect(viewCount(page, 'favourites')).toHaveText('1');
  expect(favouriteCalls).toEqual(['assets.setFavourite', 'assets.setFavourite']);
  page.removeAllListeners('request');
  await page.keyboard.press('Escape');

  // Ctrl+A takes every asset of the search, Escape lets go.
  await tile(page, 'swatch-2.png').click();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.getByTestId('bulk-count')).toHaveText('8 selected');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
  await shot(page, 'en-tags');
});

test('collections: create, fill from the bulk bar, filter, rename, delete', async ({ page, app }) => {
  await openLibrary(page, app);
  await page.getByTestId('collection-new').click();
  await page.getByTestId('collection-name-input').fill('Client Dupont');
  await page.getByTestId('collection-name-input').press('Enter');
  const item = page.locator('[data-testid="collection-item"][data-name="Client Dupont"]');
  await expect(item).toBeVisible();
  // A new collection is shown at once (empty).
  await expect(page.getByTestId('library-empty-filtered')).toBeVisible();
  await item.locator('.lib-side-item').click();
  await expect(tiles(page)).toHaveCount(8);

  await tile(page, 'swatch-1.png').click();
  await tile(page, 'swatch-2.png').click({ modifiers: ['ControlOrMeta'] });
  await page.getByTestId('bulk-collection').click();
  await page.locator('[data-testid="bulk-collection-item"][data-name="Client Dupont"]').click();
  await expect(item.getByTestId('collection-count')).toHaveText('2');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await item.locator('.lib-side-item').click();
  await expect(tiles(page)).toHaveCount(2);
  await expect(page.locator('.lib-toolbar .view-title')).toHaveText('Client Dupont');

  await item.hover();
  await item.getByTestId('collection-menu').click();
  await page.getByTestId('menu-rename').click();
  await page.getByTestId('collection-name-input').fill('Client Martin');
  await page.getByTestId('collection-name-input').press('Enter');
  const renamed = page.locator('[data-testid="collection-item"][data-name="Client Martin"]');
  await expect(renamed).toBeVisible();
  await expect(page.locator('.lib-toolbar .view-title')).toHaveText('Client Martin');

  await renamed.hover();
  await renamed.getByTestId('collection-menu').click();
  await page.getByTestId('menu-delete').click();
  await expect(renamed).toHaveCount(0);
  await expect(tiles(page)).toHaveCount(8);
  const { collections } = await app.call<{ collections: unknown[] }>('collections.list', {});
  expect(collections).toEqual([]);
});

test('the details panel edits name, notes, credit, licence and tags, kept after a reload; "Used in" opens the design', async ({ page, app }) => {
  await openLibrary(page, app);
  await tile(page, 'beach-sunset.jpg').click();
  const details = page.getByTestId('details-panel');
  await expect(details).toBeVisible();
  await expect(page.getByTestId('details-info')).toContainText('beach-sunset.jpg');
  await expect(page.getByTestId('details-info')).toContainText('640 × 420 px');
  await expect(page.getByTestId('details-usage')).toContainText('No design uses it yet.');

  await page.getByTestId('details-name').fill('Hero photo');
  await page.getByTestId('details-name').press('Enter');
  await page.getByTestId('details-notes').fill('Golden hour, Biarritz');
  await page.getByTestId('details-credit').fill('Photo: Jane Doe / Unsplash');
  await page.getByTestId('details-licence').fill('Unsplash licence');
  await page.getByTestId('details-tag-input').fill('beach');
  await page.getByTestId('details-tag-input').press('Enter');
  await expect(page.getByTestId('details-tags')).toContainText('#beach');
  await expect(tile(page, 'Hero photo')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('library')).toBeVisible();
  await tile(page, 'Hero photo').click();
  await expect(page.getByTestId('details-name')).toHaveValue('Hero photo');
  await expect(page.getByTestId('details-notes')).toHaveValue('Golden hour, Biarritz');
  await expect(page.getByTestId('details-credit')).toHaveValue('Photo: Jane Doe / Unsplash');
  await expect(page.getByTestId('details-licence')).toHaveValue('Unsplash licence');
  await expect(page.getByTestId('details-info')).toContainText('beach-sunset.jpg');
  // The credit is searchable.
  await page.getByTestId('library-search').fill('jane doe');
  await expect(tiles(page)).toHaveCount(1);
  await page.getByTestId('library-search').fill('');

  // A design that uses it: listed under "Used in", and the link opens it.
  const hero = (await listAssets(app, { query: 'hero' })).assets[0];
  const design = await createDesignViaApi(app.call, 'Summer campaign');
  design.pages[0].elements = [createImageElement({ assetId: hero.id, x: 0, y: 0, width: 640, height: 420 })];
  await app.call('designs.save', { design });
  await page.reload();
  await tile(page, 'Hero photo').click();
  await expect(page.getByTestId('usage-link')).toHaveText('Summer campaign');
  await shot(page, 'en-details');
  await page.getByTestId('usage-link').click();
  await expect(page).toHaveURL(new RegExp(`#/design/${design.id}$`));
  await waitForCanvas(page);
});

test('deleting an asset a design uses asks first; the trash restores, and emptying it keeps what is used', async ({ page, app }) => {
  await openLibrary(page, app);
  await tile(page, 'Hero photo').click();
  await tile(page, 'swatch-4.png').click({ modifiers: ['ControlOrMeta'] });
  await page.getByTestId('bulk-delete').click();
  const dialog = page.getByTestId('in-use-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('in-use-asset')).toHaveCount(1);
  await expect(dialog).toContainText('Hero photo');
  await expect(dialog).toContainText('Summer campaign');
  // Cancel: nothing moved.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect((await listAssets(app, { trash: true })).total).toBe(0);

  await page.getByTestId('bulk-delete').click();
  await page.getByTestId('in-use-force').click();
  await expect(toast(page, '2 items moved to the trash')).toBeVisible();
  await expect(tiles(page)).toHaveCount(6);
  await expect(viewCount(page, 'trash')).toHaveText('2');
  await expect(viewCount(page, 'all')).toHaveText('6');
  // The trashed photo carried #beach: no asset outside the trash does any more.
  await expect(tagSuggestion(page, 'beach')).toHaveCount(0);
  await expect(kindCount(page, 'image')).toHaveText('5');
  expect((await listAssets(app, { trash: true })).assets.map((a) => a.fileName).sort()).toEqual(['beach-sunset.jpg', 'swatch-4.png']);

  // An unused one goes without a question.
  await tile(page, 'swatch-3.png').click();
  await page.keyboard.press('Delete');
  await expect(toast(page, '1 item moved to the trash')).toBeVisible();
  await expect(page.getByTestId('in-use-dialog')).toHaveCount(0);
  await expect(tiles(page)).toHaveCount(5);
  await expect(viewCount(page, 'trash')).toHaveText('3');
  await expect(viewCount(page, 'all')).toHaveText('5');

  await page.getByTestId('view-trash').click();
  await expect(tiles(page)).toHaveCount(3);
  await tile(page, 'swatch-3.png').click();
  await page.getByTestId('bulk-restore').click();
  await expect(tiles(page)).toHaveCount(2);
  await expect(viewCount(page, 'trash')).toHaveText('2');
  await expect(viewCount(page, 'all')).toHaveText('6');
  // Kind counts are the library's: not shown while looking at the trash.
  await expect(page.getByTestId('kind-count')).toHaveCount(0);
  await shot(page, 'en-trash');

  await page.getByTestId('library-empty-trash').click();
  await page.getByTestId('library-empty-trash-dialog').getByTestId('confirm-button').click();
  const emptied = toast(page, '1 item deleted for good');
  await expect(emptied).toContainText('Kept because a design still uses it: Hero photo');
  await expect(tiles(page)).toHaveCount(1);
  await expect(viewCount(page, 'trash')).toHaveText('1');
  const trash = await listAssets(app, { trash: true });
  expect(trash.assets.map((a) => a.name ?? a.fileName)).toEqual(['Hero photo']);

  await page.getByTestId('view-all').click();
  await expect(tile(page, 'swatch-3.png')).toBeVisible();
  await expect(tile(page, 'swatch-4.png')).toHaveCount(0);
});

test('cancel during an import of 60 files stops the files not yet sent', async ({ page, app }) => {
  await openLibrary(page, app);
  const before = (await listAssets(app)).total;
  const files = Array.from({ length: 60 }, (_, i) => ({ name: `batch-${String(i + 1).padStart(2, '0')}.png`, mimeType: 'image/png', buffer: noisyPng(i + 1) }));
  await page.getByTestId('library-import-input').setInputFiles(files);
  const progress = page.getByTestId('import-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('of 60');
  await expect.poll(async () => Number(await progress.getAttribute('data-done'))).toBeGreaterThanOrEqual(2);
  await page.getByTestId('import-cancel').click();
  await expect(progress).toHaveCount(0);
  const summary = toast(page, 'import cancelled');
  await expect(summary).toBeVisible();
  const imported = Number(/(\d+) imported/.exec((await summary.textContent()) ?? '')?.[1]);
  expect(imported).toBeGreaterThanOrEqual(2);
  expect(imported).toBeLessThan(60);
  expect(await summary.textContent()).toContain(`${60 - imported} files not imported`);
  // Nothing else arrives later: the rest were never sent.
  await page.waitForTimeout(1500);
  expect((await listAssets(app)).total).toBe(before + imported);
});

test('2,000 assets: the grid keeps few tiles in the page and scrolls to the last one', async ({ page, app }) => {
  test.setTimeout(240_000);
  const N = 2000;
  for (let start = 0; start < N; start += 25) {
    await Promise.all(
      Array.from({ length: Math.min(25, N - start) }, (_, k) => {
        const i = start + k + 1;
        return importViaApi(app, `bulk-${String(i).padStart(4, '0')}.png`, tinyPng(10_000 + i));
      }),
    );
  }
  await openLibrary(page, app);
  await page.getByTestId('library-search').fill('bulk');
  await page.getByTestId('library-sort').selectOption('name');
  await expect(page.getByTestId('library-count')).toHaveText('2,000 items');
  await expect(tiles(page).first()).toHaveAttribute('data-name', 'bulk-0001.png');
  const domTiles = async () => page.locator('.asset-card').count();
  expect(await domTiles()).toBeLessThan(80);

  // Scroll to the very end: the last asset is there, and the page still holds few tiles.
  const grid = page.getByTestId('library-grid');
  await grid.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(tile(page, 'bulk-2000.png')).toBeVisible();
  expect(await domTiles()).toBeLessThan(80);

  // Keyboard: Home goes back to the first one, End to the last, each selected.
  await tile(page, 'bulk-2000.png').click();
  await page.keyboard.press('Home');
  await expect(tile(page, 'bulk-0001.png')).toBeFocused();
  await expect(tile(page, 'bulk-0001.png')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tile(page, 'bulk-2000.png')).toBeFocused();
  // Shift+ArrowLeft twice extends the selection from the last one.
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('bulk-count')).toHaveText('3 selected');

  // Ctrl+A over pages never loaded still takes all 2,000.
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.getByTestId('bulk-count')).toHaveText('2,000 selected');
  await shot(page, 'en-2000');
});

test('a tag carried only by an asset far from the loaded pages is still suggested, with its count', async ({ page, app }) => {
  // bulk-0001 is the oldest of the 2,000 above: newest first, it sits about 2,000 tiles down,
  // far past the first page of 200 the grid loads.
  const far = (await listAssets(app, { query: 'bulk-0001' })).assets[0];
  await app.call('assets.tag', { ids: [far.id], add: ['rare-find'] });
  await openLibrary(page, app);
  const total = (await listAssets(app)).total;
  await expect(viewCount(page, 'all')).toHaveText(new Intl.NumberFormat('en-US').format(total));
  await expect(tile(page, 'bulk-0001.png')).toHaveCount(0);

  // The sidebar filter: typing narrows the suggestions to it.
  await page.getByTestId('tag-filter-input').fill('rare');
  await expect(page.getByTestId('tag-suggestion')).toHaveCount(1);
  await expect(tagSuggestion(page, 'rare-find').getByTestId('tag-suggestion-count')).toHaveText('1');
  await tagSuggestion(page, 'rare-find').click();
  await expect(tiles(page)).toHaveCount(1);
  await expect(tiles(page).first()).toHaveAttribute('data-name', 'bulk-0001.png');
  await page.getByTestId('tag-filter-active').click();
  await expect(page.getByTestId('library-count')).toHaveText(`${new Intl.NumberFormat('en-US').format(total)} items`);

  // The bulk bar's tag popover offers it; one click tags the selection.
  const first = tiles(page).first();
  const firstName = await first.getAttribute('data-name');
  await first.click();
  await tiles(page).nth(1).click({ modifiers: ['ControlOrMeta'] });
  await page.getByTestId('bulk-tag').click();
  await page.getByTestId('bulk-tag-input').fill('#RAR');
  const offered = page.locator('[data-testid="tag-field-suggestion"][data-tag="rare-find"]');
  await expect(offered).toBeVisible();
  await offered.click();
  await expect.poll(async () => (await listAssets(app, { tags: ['rare-find'] })).total).toBe(3);
  await page.keyboard.press('Escape');
  await page.getByTestId('tag-filter-input').fill('rare');
  await expect(tagSuggestion(page, 'rare-find').getByTestId('tag-suggestion-count')).toHaveText('3');
  await page.getByTestId('tag-filter-input').fill('');

  // The details panel's tag field offers it too, while typing.
  await tiles(page).nth(2).click();
  await expect(page.getByTestId('details-panel')).toBeVisible();
  await expect(page.getByTestId('tag-field-suggestion')).toHaveCount(0);
  await page.getByTestId('details-tag-input').fill('find');
  await expect(page.locator('[data-testid="tag-field-suggestion"][data-tag="rare-find"]')).toBeVisible();
  await shot(page, 'en-tag-suggestions');
  expect(firstName).not.toBe('bulk-0001.png');
});

test('in French: labels, counts and the import summary', async ({ page, app }) => {
  await app.call('settings.update', { language: 'fr' });
  await importViaApi(app, 'logo.png', tinyPng(1, 64)); // already there when the file runs in order
  try {
    await app.open();
    await expect(page.getByTestId('nav-library')).toHaveText('Bibliothèque');
    await page.getByTestId('nav-library').click();
    await expect(page.getByTestId('library-import')).toHaveText('Importer');
    await expect(page.getByTestId('view-trash')).toContainText('Corbeille');
    await expect(page.getByTestId('view-favourites')).toContainText('Favoris');
    await expect(page.getByTestId('library-search')).toHaveAttribute('placeholder', 'Rechercher noms, tags, notes, crédits…');
    await expect(page.getByTestId('library-count')).toHaveText(/^[\d\s\u202f]+ éléments?$/);
    // Counts in the sidebar are written the French way too (2 000, not 2,000).
    const total = (await listAssets(app)).total;
    await expect(viewCount(page, 'all')).toHaveText(new Intl.NumberFormat('fr').format(total));
    expect(total).toBeGreaterThan(999);
    await page.getByTestId('library-import-input').setInputFiles([
      { name: 'affiche-été.png', mimeType: 'image/png', buffer: tinyPng(77_777, 40) },
      { name: 'logo.png', mimeType: 'image/png', buffer: tinyPng(1, 64) },
    ]);
    await expect(toast(page, '1 importé, 1 déjà dans la bibliothèque')).toBeVisible();
    await tile(page, 'affiche-été.png').click();
    await expect(page.getByTestId('details-panel')).toContainText('Utilisé dans');
    await expect(page.getByTestId('details-credit')).toHaveAttribute('placeholder', 'Photo\u00a0: Jane Doe / Unsplash');
    await shot(page, 'fr-details');
  } finally {
    await app.call('settings.update', { language: 'en' });
  }
});

test('files dropped on the screen and an image pasted with Ctrl+V are imported', async ({ page, app }) => {
  await openLibrary(page, app);
  const before = (await listAssets(app)).total;
  const payload = [tinyPng(90_001, 24), tinyPng(90_002, 24), tinyPng(90_003, 24)].map((buffer) => buffer.toString('base64'));
  // A DataTransfer built in the page, as a drop from the file manager would bring it.
  await page.evaluate((files) => {
    const file = (b64: string, name: string) => new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name, { type: 'image/png' });
    const dropped = new DataTransfer();
    dropped.items.add(file(files[0], 'dropped-1.png'));
    dropped.items.add(file(files[1], 'dropped-2.png'));
    (window as unknown as { dropped: DataTransfer }).dropped = dropped;
    document.querySelector('[data-testid="library"]')!.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dropped, bubbles: true, cancelable: true }));
  }, payload);
  await expect(page.getByTestId('library-drop-overlay')).toBeVisible();
  await page.evaluate(() => {
    const dropped = (window as unknown as { dropped: DataTransfer }).dropped;
    document.querySelector('[data-testid="library"]')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
  });
  await expect(toast(page, '2 imported')).toBeVisible();
  await expect(page.getByTestId('library-drop-overlay')).toHaveCount(0);

  await page.evaluate((b64) => {
    const pasted = new DataTransfer();
    pasted.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'image.png', { type: 'image/png' }));
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: pasted, bubbles: true, cancelable: true }));
  }, payload[2]);
  await expect(toast(page, '1 imported')).toBeVisible();
  await expect.poll(async () => (await listAssets(app)).total).toBe(before + 3);
  // What was just imported is selected, ready to tag.
  await expect(page.getByTestId('bulk-count')).toHaveText('1 selected');
  await expect(page.getByTestId('details-info')).toContainText('image.png');
});

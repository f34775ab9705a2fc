/** Home screen: the design grid and its per-card actions, the trash, opening .affiche files. */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { createDesignViaApi, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

test('an empty library says so and offers to start', async ({ page, app }) => {
  await app.open();
  await expect(page.getByTestId('home-empty')).toBeVisible();
  await expect(page.getByTestId('home-empty')).toContainText('Nothing here yet');
  await page.getByTestId('empty-new-design').click();
  await expect(page.getByTestId('new-design-dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('new-design-dialog')).toBeHidden();
});

test('cards show name, format and a preview; rename inline', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Spring launch');
  await app.open();
  // By id: while renaming, the name is an input's value, not the card's text.
  const card = page.locator(`[data-testid="design-card"][data-design-id="${design.id}"]`);
  await expect(card).toContainText('Spring launch');
  await expect(card.getByTestId('design-card-format')).toHaveText('Instagram · 1080 × 1350');
  await expect(card).toContainText(/Edited (just now|\d+ minutes? ago)/);

  await card.getByTestId('design-card-menu').click();
  await page.getByTestId('menu-rename').click();
  const field = card.getByTestId('design-card-rename');
  await expect(field).toBeFocused();
  await field.fill('Summer sale');
  await field.press('Enter');
  await expect(page.getByTestId('design-card-name').filter({ hasText: 'Summer sale' })).toBeVisible();
  await expect(page.getByTestId('design-card-name').filter({ hasText: 'Spring launch' })).toHaveCount(0);
  // The backend has it too.
  const { designs } = await app.call<{ designs: Array<{ name: string }> }>('designs.list', {});
  expect(designs.map((d) => d.name)).toContain('Summer sale');
});

test('duplicate makes a second card', async ({ page, app }) => {
  await app.open();
  const card = page.getByTestId('design-card').filter({ hasText: 'Summer sale' });
  // Count once the list has loaded, or "before" may be 0.
  await expect(card).toBeVisible();
  const before = await page.getByTestId('design-card').count();
  await card.getByTestId('design-card-menu').click();
  await page.getByTestId('menu-duplicate').click();
  await expect(page.getByTestId('design-card')).toHaveCount(before + 1);
  await expect(page.getByTestId('toast').filter({ hasText: 'Created' })).toBeVisible();
});

test('delete moves to the trash; Undo and Restore bring it back; empty trash asks first', async ({ page, app }) => {
  await createDesignViaApi(app.call, 'Old flyer');
  await app.open();
  const card = () => page.getByTestId('design-card').filter({ hasText: 'Old flyer' });

  // Delete, then Undo from the toast.
  await card().getByTestId('design-card-menu').click();
  await page.getByTestId('menu-delete').click();
  await expect(card()).toHaveCount(0);
  const toast = page.getByTestId('toast').filter({ hasText: 'moved to the trash' });
  await expect(toast).toBeVisible();
  await toast.getByTestId('toast-action').click();
  await expect(card()).toHaveCount(1);

  // Delete again, then Restore from the trash view.
  await card().getByTestId('design-card-menu').click();
  await page.getByTestId('menu-delete').click();
  await expect(card()).toHaveCount(0);
  await page.getByTestId('nav-trash').click();
  const trashed = page.getByTestId('trash-card').filter({ hasText: 'Old flyer' });
  await expect(trashed).toBeVisible();
  await expect(trashed).toContainText(/Deleted/);
  await trashed.getByTestId('restore-design').click();
  await expect(trashed).toHaveCount(0);
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  await page.getByTestId('nav-designs').click();
  await expect(card()).toHaveCount(1);

  // Empty trash: confirm dialog, then gone for good.
  await card().getByTestId('design-card-menu').click();
  await page.getByTestId('menu-delete').click();
  await page.getByTestId('nav-trash').click();
  await expect(page.getByTestId('trash-card')).toHaveCount(1);
  await page.getByTestId('empty-trash').click();
  const confirm = page.getByTestId('empty-trash-dialog');
  await expect(confirm).toContainText('1 design will be deleted for good');
  await confirm.getByTestId('confirm-button').click();
  await expect(page.getByTestId('trash-empty')).toBeVisible();
  const { designs } = await app.call<{ designs: unknown[] }>('designs.list', { trash: true });
  expect(designs).toHaveLength(0);
});

test('save as .affiche, then open that file again', async ({ page, app }) => {
  await app.open();
  const card = page.getByTestId('design-card').filter({ hasText: 'Summer sale' }).first();
  const downloadPromise = page.waitForEvent('download');
  await card.getByTestId('design-card-menu').click();
  await page.getByTestId('menu-export-file').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.affiche$/);
  const before = await page.getByTestId('design-card').count();

  await page.getByTestId('open-file-input').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/zip',
    buffer: readFileSync(await download.path()),
  });
  await expect(page.getByTestId('design-card')).toHaveCount(before + 1);
  const toast = page.getByTestId('toast').filter({ hasText: 'added to your designs' });
  await toast.getByTestId('toast-action').click();
  await waitForCanvas(page);
});

test('opening a file that is not an .affiche file explains why', async ({ page, app }) => {
  await app.open();
  await page.getByTestId('open-file-input').setInputFiles({ name: 'holiday.affiche', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip') });
  const toast = page.getByTestId('toast').filter({ hasText: '“holiday.affiche” could not be opened' });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText('not an Affiche design file');
});

test('a missing design shows a way back instead of a blank screen', async ({ page, app }) => {
  await app.open('#/design/doesnotexist');
  await expect(page.getByTestId('editor-load-error')).toBeVisible();
  await page.getByTestId('editor-load-error').getByRole('button', { name: 'Home' }).click();
  await expect(page.getByTestId('home')).toBeVisible();
});

test('File > New design from the desktop menu opens the format picker, even from the editor', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Menu test');
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  // The preload turns the menu's IPC message into this DOM event (electron/preload/index.ts).
  await page.evaluate(() => window.dispatchEvent(new CustomEvent('affiche:menu', { detail: 'new-design' })));
  await expect(page.getByTestId('new-design-dialog')).toBeVisible();
  await expect(page.getByTestId('home')).toBeVisible();
});

test('a design’s card shows the edit within seconds of going home, and its thumbnail keeps up during continuous editing', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Fresh thumbnail', { preset: 'instagram-square', width: 1080, height: 1080 });
  const version = async () => (await app.call<{ designs: Array<{ id: string; thumbnailVersion?: string }> }>('designs.list', {})).designs.find((d) => d.id === design.id)?.thumbnailVersion;
  await expect.poll(version, { timeout: 10_000 }).toBeTruthy();
  await app.open();
  const image = page.locator(`[data-testid="design-card"][data-design-id="${design.id}"] .design-thumb img`);
  await expect(image).toBeVisible();
  const shownBefore = await image.getAttribute('src');

  await page.locator(`[data-testid="design-card"][data-design-id="${design.id}"]`).getByTestId('design-card-open').click();
  await waitForCanvas(page);
  await page.getByTestId('tool-rect').click();

  // An edit every second: autosave saves after each one, so a render waiting for quiet would never
  // come. The thumbnail must still be redrawn while the editing goes on (at most ~10 s old).
  const before = await version();
  const versions = new Set<string | undefined>();
  for (let second = 0; second < 15; second++) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(1000);
    versions.add(await version());
  }
  versions.delete(before);
  expect(versions.size, 'thumbnail redrawn during continuous editing').toBeGreaterThan(0);

  // One more edit, then home: the card's picture changes within a few seconds.
  await page.keyboard.press('Shift+ArrowDown');
  const editedAt = Date.now();
  await page.getByTestId('back-home').click();
  await expect(page.getByTestId('home')).toBeVisible();
  await expect.poll(() => image.getAttribute('src'), { timeout: 6_000 }).not.toBe(shownBefore);
  const finalVersion = await version();
  await expect.poll(() => image.getAttribute('src'), { timeout: 6_000 }).toContain(`v=${finalVersion}`);
  expect(Date.now() - editedAt).toBeLessThan(8_000);
  // The picture shown is the last edit: its version is the design's newest thumbnail.
  await expect.poll(version, { timeout: 6_000 }).toBe(finalVersion);
  await expect(image).toHaveJSProperty('complete', true);
});

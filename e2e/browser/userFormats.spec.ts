/**
 * The user's own formats (issue "Sized for every network"): a custom size saved under a name,
 * listed under "My formats", a design made from it labelled with that name, offered by
 * "Resize to...", renamed and deleted. Screenshots of the dialog tabs (en + fr) go to os.tmpdir().
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

interface UserFormat {
  id: string;
  name: string;
  width: number;
  height: number;
  limits?: { maxBytes?: number };
}

const shot = (page: Page, name: string) =>
  page.getByTestId('new-design-dialog').screenshot({ path: path.join(os.tmpdir(), `affiche-user-formats-${name}.png`) });

test('save a custom size as "Affiche A3", create a design from it, see it in Resize to, rename and delete it', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  await page.getByTestId('new-design').click();
  const dialog = page.getByTestId('new-design-dialog');

  // Nothing saved yet: the tab says how to get one.
  await dialog.getByTestId('network-tab-mine').click();
  await expect(dialog.getByTestId('user-formats-empty')).toContainText('No formats of your own yet.');
  await dialog.getByRole('button', { name: 'Go to Custom size' }).click();
  await expect(dialog.getByTestId('network-tab-custom')).toHaveAttribute('aria-selected', 'true');

  // Save as a format: a name is required, then it lands under My formats.
  await dialog.getByTestId('custom-width').fill('1000');
  await dialog.getByTestId('custom-height').fill('1500');
  await dialog.getByTestId('save-format').click();
  await expect(dialog.getByTestId('save-format-error')).toHaveText('A format needs a name.');
  await dialog.getByTestId('save-format-name').fill('Affiche A3');
  await dialog.getByTestId('save-format-max').fill('5');
  await shot(page, 'en-custom');
  await dialog.getByTestId('save-format-name').press('Enter');

  await expect(dialog.getByTestId('network-tab-mine')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('toast').filter({ hasText: '“Affiche A3” is saved under My formats.' })).toBeVisible();
  const { formats } = await app.call<{ formats: UserFormat[] }>('formats.list', {});
  expect(formats).toMatchObject([{ name: 'Affiche A3', width: 1000, height: 1500, limits: { maxBytes: 5_000_000 } }]);
  const [saved] = formats;
  const card = dialog.getByTestId(`user-format-${saved.id}`);
  await expect(card).toContainText('Affiche A3');
  await expect(card).toContainText('1000 × 1500');
  await expect(card).toContainText('2:3');
  await expect(card).toContainText('≤ 5 MB');
  await expect(dialog.getByTestId('network-tab-mine')).toContainText('1');
  await shot(page, 'en-mine');

  // The same name twice is refused, in plain words.
  await dialog.getByTestId('network-tab-custom').click();
  await dialog.getByTestId('save-format-name').fill('affiche a3');
  await dialog.getByTestId('save-format').click();
  await expect(dialog.getByTestId('save-format-error')).toHaveText('You already have a format named “Affiche A3”.');

  // A click on the card creates the design; its label carries the format's name.
  await dialog.getByTestId('network-tab-mine').click();
  await dialog.getByTestId(`user-format-pick-${saved.id}`).click();
  await waitForCanvas(page);
  await expect(page.getByTestId('design-name')).toHaveValue('Affiche A3');
  await expect(page.getByRole('banner').getByText('Affiche A3 · 1000 × 1500')).toBeVisible();
  const designId = page.url().match(/#\/design\/([^/]+)$/)?.[1];
  expect(designId).toBeTruthy();
  const { design } = await app.call<{ design: { format: unknown } }>('designs.get', { id: designId });
  expect(design.format).toEqual({ preset: `user:${saved.id}`, width: 1000, height: 1500 });

  // "Resize to..." offers My formats as a group of its own (this design's size shows as taken).
  await page.getByTestId('resize-to').click();
  const resize = page.getByTestId('resize-dialog');
  const mine = resize.getByTestId('resize-group-mine');
  await expect(mine).toContainText('My formats');
  await expect(mine.getByTestId(`resize-user:${saved.id}`)).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(resize).toBeHidden();

  // Back home: the card reads the same; rename the format from its menu, the label follows.
  await page.getByTestId('back-home').click();
  const designCard = page.locator(`[data-testid="design-card"][data-design-id="${designId}"]`);
  await expect(designCard.getByTestId('design-card-format')).toHaveText('Affiche A3 · 1000 × 1500');
  await page.getByTestId('new-design').click();
  await dialog.getByTestId('network-tab-mine').click();
  await dialog.getByTestId(`user-format-menu-${saved.id}`).click();
  await page.getByTestId('menu-rename-format').click();
  const rename = dialog.getByTestId('user-format-rename-input');
  await expect(rename).toBeFocused();
  await rename.fill('Affiche A3 paysage');
  await rename.press('Enter');
  await expect(dialog.getByTestId(`user-format-${saved.id}`)).toContainText('Affiche A3 paysage');
  await expect(designCard.getByTestId('design-card-format')).toHaveText('Affiche A3 paysage · 1000 × 1500');

  // Delete: gone from the list and the library; the design keeps its size, labelled as custom.
  await dialog.getByTestId(`user-format-menu-${saved.id}`).click();
  await page.getByTestId('menu-delete-format').click();
  await expect(dialog.getByTestId('user-formats-empty')).toBeVisible();
  await expect(page.getByTestId('toast').filter({ hasText: 'deleted. Designs made from it keep their size.' })).toBeVisible();
  expect((await app.call<{ formats: UserFormat[] }>('formats.list', {})).formats).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(designCard.getByTestId('design-card-format')).toHaveText('Custom size · 1000 × 1500');
});

test('in French: the tabs, the save form and the cards', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.call('settings.update', { language: 'fr' });
  await app.call('formats.save', { name: 'Affiche A3', width: 1000, height: 1500, limits: { maxBytes: 5_000_000 } });
  await app.call('formats.save', { name: 'Bannière newsletter', width: 1200, height: 400 });
  try {
    await app.open();
    await page.getByTestId('new-design').click();
    const dialog = page.getByTestId('new-design-dialog');
    await dialog.getByTestId('network-tab-custom').click();
    await expect(dialog.getByTestId('save-format')).toHaveText('Enregistrer comme format');
    await dialog.getByTestId('save-format-max').fill('0,5');
    await dialog.getByTestId('save-format-name').fill('Carte postale');
    await shot(page, 'fr-custom');
    await dialog.getByTestId('save-format').click();
    await expect(dialog.getByTestId('network-tab-mine')).toHaveText(/Mes formats\s*3/);
    await expect(dialog.getByTestId('user-formats')).toContainText('≤ 5 Mo');
    await expect(dialog.getByTestId('user-formats')).toContainText('≤ 0,5 Mo');
    await shot(page, 'fr-mine');
  } finally {
    await app.call('settings.update', { language: 'system' });
  }
});

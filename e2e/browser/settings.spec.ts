/** Language: follows the OS (en-US here), switchable in Settings, remembered across reloads. */
import { expect, test } from './fixtures';

test('switching to French changes every screen, and it sticks', async ({ page, app }) => {
  await app.open();
  await expect(page.getByRole('heading', { name: 'Your designs' })).toBeVisible();

  await page.getByTestId('open-settings').click();
  const dialog = page.getByTestId('settings-dialog');
  await expect(dialog.getByTestId('language-system')).toContainText('Currently English');
  await dialog.getByTestId('language-fr').click();
  await expect(dialog).toContainText('Réglages');
  await expect(dialog).toContainText('Langue');
  await dialog.getByTestId('settings-done').click();

  await expect(page.getByRole('heading', { name: 'Vos designs' })).toBeVisible();
  await expect(page.getByTestId('new-design')).toHaveText('Nouveau design');
  await expect(page.getByTestId('open-file')).toHaveText('Ouvrir un fichier .affiche');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // Format names come from the catalog in French.
  await page.getByTestId('new-design').click();
  await expect(page.getByTestId('format-instagram-portrait')).toContainText('Publication portrait');
  await page.getByTestId('network-tab-custom').click();
  await page.getByTestId('custom-width').fill('9000');
  // French groups thousands with a narrow no-break space.
  await expect(page.getByTestId('custom-width-error')).toHaveText(/^La taille maximale est de 8\s000 pixels\.$/);
  await page.keyboard.press('Escape');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vos designs' })).toBeVisible();

  // Back to following the OS.
  await page.getByTestId('open-settings').click();
  await page.getByTestId('language-system').click();
  await expect(page.getByRole('heading', { name: 'Your designs' })).toBeVisible();
});

test('custom size: validated in plain words, then created at that size', async ({ page, app }) => {
  await app.open();
  await page.getByTestId('new-design').click();
  await page.getByTestId('network-tab-custom').click();
  await page.getByTestId('custom-width').fill('0');
  await expect(page.getByTestId('custom-width-error')).toHaveText('The smallest size is 1 pixel.');
  await page.getByTestId('custom-width').fill('12.5');
  await expect(page.getByTestId('custom-width-error')).toHaveText('Use a whole number of pixels, like 1080.');
  await page.getByTestId('custom-height').fill('');
  await page.getByTestId('custom-create').click();
  await expect(page.getByTestId('custom-height-error')).toHaveText('Enter a size in pixels.');
  await expect(page.getByTestId('new-design-dialog')).toBeVisible();

  await page.getByTestId('custom-width').fill('1200');
  await page.getByTestId('custom-height').fill('628');
  await page.getByTestId('custom-create').click();
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('design-name')).toHaveValue('Custom size 1200 × 628');
  await expect(page.getByRole('banner').getByText('Custom size · 1200 × 628')).toBeVisible();
});

/**
 * "Import templates…" takes memegen's config.yml (issue 11): the file names its text boxes, not
 * the picture under them, so the screen asks for one, from the library or a file, and makes the
 * template on it. Refusals (a broken YAML file, a config that is not memegen's shape) are said in
 * the UI's language. Screenshots of the dialog (en + fr) go to the shots folder.
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type App } from './fixtures';
import { quadrantPng } from './helpers';

const shotsDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');

const CONFIG = [
  'name: Deux rangées',
  'source: fait pour les tests',
  'keywords:',
  '  - préférer',
  'text:',
  '  - style: upper',
  '    color: white',
  '    anchor_x: 0.0',
  '    anchor_y: 0.0',
  '    scale_x: 1.0',
  '    scale_y: 0.2',
  '  - style: upper',
  '    color: white',
  '    anchor_x: 0.0',
  '    anchor_y: 0.8',
  '    scale_x: 1.0',
  '    scale_y: 0.2',
  'example:',
  '  - à la main',
  '  - avec Affiche',
  '',
].join('\n');

const yml = (name: string, text: string) => ({ name, mimeType: 'application/yaml', buffer: Buffer.from(text) });

async function openMemeScreen(app: App, page: Page, language: 'en' | 'fr'): Promise<void> {
  await app.call('settings.update', { language });
  await app.open();
  await page.getByTestId('new-meme').click();
  await expect(page.getByTestId('meme-screen')).toBeVisible();
}

interface Listed {
  templates: { id: string; name: string; source: string; slots: { name: string; kind: string }[] }[];
}
const userTemplates = async (app: App) => (await app.call<Listed>('templates.list', { language: 'fr', source: 'user' })).templates;

test('fr: a memegen config.yml imported on a picture from the library, then on a file; refusals in French', async ({ page, app }) => {
  const { asset: photo } = await app.importAsset<{ asset: { id: string } }>('quadrants.png', quadrantPng(800, 600));
  await openMemeScreen(app, page, 'fr');

  // A YAML file that does not parse: refused before any picture is asked for, in French.
  await page.getByTestId('import-templates-input').setInputFiles(yml('cassé.yml', 'name: x\ntext:\n  - style: upper\n    color: [white\n'));
  await expect(page.getByTestId('toast').filter({ hasText: 'Les modèles n’ont pas pu être importés' })).toBeVisible();
  await expect(page.getByTestId('toast').filter({ hasText: /«\u00a0cassé\.yml\u00a0» n’est ni un fichier de modèles Affiche ni un config\.yml memegen lisible \(erreur YAML à la ligne \d+\)/ })).toBeVisible();
  await expect(page.getByTestId('memegen-picture-dialog')).toHaveCount(0);

  // A config of the wrong shape: the picture is asked for, then the refusal shows in the dialog.
  await page.getByTestId('import-templates-input').setInputFiles(yml('bizarre.yml', 'name: Bizarre\ntext: 5\n'));
  const dialog = page.getByTestId('memegen-picture-dialog');
  await expect(dialog).toContainText('Une image pour «\u00a0bizarre.yml\u00a0»');
  await dialog.locator(`[data-testid="memegen-library-picture"][data-asset-id="${photo.id}"]`).click();
  await expect(dialog.getByTestId('memegen-error')).toContainText('«\u00a0bizarre.yml\u00a0» n’est pas une configuration de modèle memegen');
  await dialog.getByTestId('modal-close').click();
  await expect(dialog).toHaveCount(0);
  expect(await userTemplates(app)).toEqual([]);

  // memegen's config: the dialog asks for the picture in French; one from the library is chosen.
  await page.getByTestId('import-templates-input').setInputFiles(yml('config.yml', CONFIG));
  await expect(dialog).toContainText('Une image pour «\u00a0config.yml\u00a0»');
  await expect(dialog).toContainText('Un config.yml memegen arrive sans son image\u00a0: choisissez l’image à placer sous ses zones de texte.');
  await expect(dialog).toContainText('Ou l’une des images de votre bibliothèque\u00a0:');
  await expect(dialog.getByTestId('memegen-library-picture')).toHaveCount(1);
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'memegen-picture-fr.png') });
  await dialog.getByTestId('memegen-library-picture').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('toast').filter({ hasText: '1\u00a0modèle ajouté aux vôtres.' })).toBeVisible();
  // The new template is listed with its boxes, chosen, and its form asks for the two lines.
  const mine = page.getByTestId('user-template').filter({ hasText: 'Deux rangées' });
  await expect(mine).toHaveCount(1);
  await expect(mine).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('meme-line-top')).toBeVisible();
  await expect(page.getByTestId('meme-line-bottom')).toBeVisible();
  const [made] = await userTemplates(app);
  expect(made).toMatchObject({ name: 'Deux rangées', slots: [{ name: 'picture', kind: 'image' }, { name: 'top', kind: 'text' }, { name: 'bottom', kind: 'text' }] });
  const { design } = await app.call<{ design: { format: { width: number; height: number }; pages: { elements: { type: string; assetId?: string }[] }[] } }>('designs.get', { id: made.id });
  // The template is the picture's size, with the picture under its boxes.
  expect([design.format.width, design.format.height]).toEqual([800, 600]);
  expect(design.pages[0].elements.find((el) => el.type === 'image')?.assetId).toBe(photo.id);

  // The same config on a picture file: imported into the library, then the template made on it.
  await page.getByTestId('import-templates-input').setInputFiles(yml('config.yml', CONFIG));
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('memegen-picture-input').setInputFiles({ name: 'grand.png', mimeType: 'image/png', buffer: quadrantPng(400, 400) });
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('user-template').filter({ hasText: 'Deux rangées' })).toHaveCount(2);
  const again = (await userTemplates(app)).find((template) => template.id !== made.id)!;
  const second = await app.call<{ design: { format: { width: number; height: number } } }>('designs.get', { id: again.id });
  expect([second.design.format.width, second.design.format.height]).toEqual([400, 400]);
});

test('en: the picture dialog in English', async ({ page, app }) => {
  await app.importAsset('quadrants.png', quadrantPng(800, 600));
  await openMemeScreen(app, page, 'en');
  await page.getByTestId('import-templates-input').setInputFiles(yml('config.yml', CONFIG));
  const dialog = page.getByTestId('memegen-picture-dialog');
  await expect(dialog).toContainText('A picture for “config.yml”');
  await expect(dialog).toContainText('A memegen config.yml comes without its picture: choose the picture to put under its text boxes.');
  await expect(dialog.getByTestId('memegen-picture-file')).toHaveText('Choose a picture file…');
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'memegen-picture-en.png') });
});

/**
 * "New meme" (issue 11): from the home screen, pick the classic layout in the bank, choose a
 * picture, type the two lines, and export: the PNG is the format's size, shows the picture and
 * white outlined text. In French the screen, the layouts and their example words are French.
 * "Open in editor" opens the same meme as a design. Screenshots (en + fr) go to the shots folder.
 */
import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, test, type App } from './fixtures';
import { createIconElement } from '../../core/schema/factory';
import { createDesignViaApi, editorDesign, newSquareDesign, quadrantPng, selectedId, waitForCanvas, waitForSaved } from './helpers';

const shotsDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');

async function openMemeScreen(app: App, page: Page, language: 'en' | 'fr'): Promise<void> {
  await app.call('settings.update', { language });
  await app.open();
  await page.getByTestId('new-meme').click();
  await expect(page.getByTestId('meme-screen')).toBeVisible();
}

/** Waits until the big preview has been drawn (at least `times` drawings). */
async function previewDrawn(page: Page): Promise<void> {
  await expect(page.getByTestId('meme-preview')).toHaveAttribute('data-drawn', /\d+/);
}

for (const language of ['en', 'fr'] as const) {
  test(`${language}: a classic meme from the bank in under a minute: picture, two lines, export`, async ({ page, app }) => {
    await openMemeScreen(app, page, language);
    const classic = language === 'fr' ? 'Classique haut et bas' : 'Classic top and bottom';
    await expect(page.getByTestId('meme-screen')).toContainText(language === 'fr' ? 'Nouveau mème' : 'New meme');
    // Search in the UI language, accents aside; the two-text filter keeps it.
    await page.getByTestId('meme-search').fill(language === 'fr' ? 'CLASSIQUE' : 'classic');
    await page.getByTestId('meme-boxes-2').click();
    const layout = page.getByTestId('meme-layout').filter({ hasText: classic });
    await expect(layout).toHaveCount(1);
    await layout.click();
    await expect(layout).toHaveAttribute('aria-pressed', 'true');
    // The lines show the layout's examples in the UI language until typed.
    const top = page.getByTestId('meme-line-top');
    await expect(top).toHaveAttribute('placeholder', language === 'fr' ? /Quand le code marche/ : /When the code works/);
    await page.getByTestId('meme-picture-input-picture').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: quadrantPng(1200, 800) });
    await expect(page.getByTestId('meme-picture-picture')).toContainText('photo.png');
    await top.fill(language === 'fr' ? 'Été à l’île ?' : 'One does not simply');
    await page.getByTestId('meme-line-bottom').fill(language === 'fr' ? 'Sans crème solaire' : 'Export a meme offline');
    await previewDrawn(page);
    if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, `meme-screen-${language}.png`) });

    await page.getByTestId('meme-export').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog).toBeVisible();
    const downloadPromise = page.waitForEvent('download');
    await dialog.getByTestId('export-download').click();
    const download = await downloadPromise;
    const png = PNG.sync.read(readFileSync(await download.path()));
    expect([png.width, png.height]).toEqual([1080, 1080]);
    // The picture covers the frame (its four colours), and the lines are white with a dark outline.
    const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    expect(at(200, 380)).toEqual([230, 57, 70]);
    expect(at(900, 760)).toEqual([38, 70, 83]);
    let white = 0;
    for (let y = 0; y < 300; y++) for (let x = 0; x < png.width; x++) if (at(x, y).every((c) => c > 245)) white++;
    expect(white).toBeGreaterThan(2000);
    await expect(dialog).toHaveCount(0);

    // The same meme opens in the editor as a design of kind meme, with the typed lines.
    await page.getByTestId('meme-open-editor').click();
    await waitForCanvas(page);
    const design = await editorDesign(page);
    expect(design.kind).toBe('meme');
    expect(JSON.stringify(design)).toContain(language === 'fr' ? 'Sans crème solaire' : 'Export a meme offline');
  });
}

test('the search says when no layout matches, in French', async ({ page, app }) => {
  await openMemeScreen(app, page, 'fr');
  await page.getByTestId('meme-search').fill('zzzz');
  await expect(page.getByTestId('meme-no-layout')).toHaveText('Aucune mise en page ne correspond. Essayez un autre mot ou un autre nombre de textes.');
  await page.getByTestId('meme-search').fill('');
  expect(await page.getByTestId('meme-layout').count()).toBeGreaterThanOrEqual(30);
});

for (const language of ['en', 'fr'] as const) {
  test(`${language}: any design becomes a template: texts marked as slots in the editor, names kept unique`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    await app.open();
    await newSquareDesign(page);
    await page.getByTestId('tool-text').click();
    const text = await selectedId(page);
    await page.getByTestId('slot-toggle').check();
    await page.getByTestId('slot-name').fill('headline');
    await page.getByTestId('slot-required').check();
    await page.getByTestId('slot-example-fr').fill('Soldes d’été');
    await expect
      .poll(async () => (await editorDesign(page)).pages[0].elements.find((el) => el.id === text)?.slot)
      .toMatchObject({ kind: 'text', name: 'headline', required: true, example: { fr: 'Soldes d’été' } });
    if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, `slot-section-${language}.png`) });
    // A second text may not take the same name: it gets the next number.
    await page.getByTestId('tool-text').click();
    const second = await selectedId(page, [text]);
    await page.getByTestId('slot-toggle').check();
    await page.getByTestId('slot-name').fill('headline');
    await expect.poll(async () => (await editorDesign(page)).pages[0].elements.find((el) => el.id === second)?.slot?.name).toBe('headline 2');
    // Unmarked again; the design saves and reads back with its slot.
    await page.getByTestId('slot-toggle').uncheck();
    await expect.poll(async () => (await editorDesign(page)).pages[0].elements.find((el) => el.id === second)?.slot).toBeUndefined();
    await waitForSaved(page);
    const { design } = await app.call<{ design: { pages: { elements: { id: string; slot?: unknown }[] }[] } }>('designs.get', { id: (await editorDesign(page)).id });
    expect(design.pages[0].elements.find((el) => el.id === text)?.slot).toMatchObject({ name: 'headline' });
  });
}

for (const language of ['en', 'fr'] as const) {
  test(`${language}: an icon becomes a colour slot: the only kind it takes, its one colour, nothing to choose`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    const design = await createDesignViaApi(app.call, `Icon slot ${language}`);
    const icon = createIconElement({ icon: 'tabler:heart', style: 'filled', paths: [{ d: 'M0 0h24v24h-24z', fill: true, stroke: false }], x: 400, y: 400, width: 280, height: 280, color: '#e8590c' });
    design.pages[0].elements = [icon];
    await app.call('designs.save', { design });
    await app.open();
    await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
    await waitForCanvas(page);
    const point = await page.evaluate((id) => window.__afficheEditor!.screenCenterOf(id), icon.id);
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([icon.id]);
    await page.getByTestId('slot-toggle').check();
    const name = language === 'fr' ? 'couleur' : 'colour';
    await expect.poll(async () => (await editorDesign(page)).pages[0].elements[0].slot).toEqual({ kind: 'color', name, property: 'fill' });
    // A colour is the one kind an icon takes, and an icon has one colour: no kind, no property to pick.
    await expect(page.getByTestId('slot-section')).toBeVisible();
    await expect(page.getByTestId('slot-kind')).toHaveCount(0);
    await expect(page.getByTestId('slot-property')).toHaveCount(0);
    await expect(page.getByTestId('slot-name')).toHaveValue(name);
    if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, `icon-slot-${language}.png`) });
    await waitForSaved(page);
    const saved = await app.call<{ design: { pages: { elements: { slot?: unknown }[] }[] } }>('designs.get', { id: design.id });
    expect(saved.design.pages[0].elements[0].slot).toEqual({ kind: 'color', name, property: 'fill' });
  });
}

for (const language of ['en', 'fr'] as const) {
  test(`${language}: a meme exported with the user's own logo in a corner, never a mark of ours`, async ({ page, app }) => {
    // A pure green logo in the brand kit.
    const green = new PNG({ width: 300, height: 150 });
    for (let i = 0; i < green.data.length; i += 4) green.data.set([0, 200, 0, 255], i);
    const { asset } = await app.importAsset<{ asset: { id: string } }>('logo.png', PNG.sync.write(green));
    await app.call('brandKit.update', { logos: [asset.id] });
    await openMemeScreen(app, page, language);
    await page.getByTestId('meme-layout').filter({ hasText: language === 'fr' ? 'Classique haut et bas' : 'Classic top and bottom' }).click();
    await page.getByTestId('meme-picture-input-picture').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: quadrantPng(1200, 800) });
    await expect(page.getByTestId('meme-picture-picture')).toContainText('photo.png');
    await page.getByTestId('meme-export').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('watermark-toggle').check();
    await dialog.getByTestId('watermark-corner-top-left').click();
    await expect(dialog.getByTestId('watermark-corner-top-left')).toHaveAttribute('aria-checked', 'true');
    // Fully opaque, so the logo's pixels are its own whatever lies under it (the top line's words).
    await dialog.getByTestId('watermark-opacity').fill('100');
    if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, `export-watermark-${language}.png`) });
    const downloadPromise = page.waitForEvent('download');
    await dialog.getByTestId('export-download').click();
    const png = PNG.sync.read(readFileSync(await (await downloadPromise).path()));
    const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
    // Top left: 4 % margin (43 px), 18 % of the side wide (194 px by 97), opaque: the logo's green.
    expect(at(43 + 97, 43 + 48)).toEqual([0, 200, 0]);
    expect(at(43 + 190, 43 + 90)).toEqual([0, 200, 0]);
    // The other corners show the picture only.
    expect(at(1040, 1040)).toEqual([38, 70, 83]);
    await app.call('brandKit.update', { logos: [] });
  });
}

for (const language of ['en', 'fr'] as const) {
  test(`${language}: the home screen offers starter templates; one is used with its own words and opens in the editor`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    await app.open();
    const starts = page.getByTestId('template-starts');
    await expect(starts).toContainText(language === 'fr' ? 'Partir d’un modèle' : 'Start from a template');
    await expect(starts.getByTestId('template-start').first()).toBeVisible();
    if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, `home-templates-${language}.png`) });
    await starts.getByTestId('template-start').first().click();
    await expect(page.getByTestId('meme-screen')).toContainText(language === 'fr' ? 'Partir d’un modèle' : 'Start from a template');
    await expect(page.getByTestId('meme-layout').first()).toHaveAttribute('aria-pressed', 'true');
    const firstLine = page.locator('[data-testid^="meme-line-"]').first();
    await firstLine.fill(language === 'fr' ? 'Portes ouvertes samedi' : 'Open day on Saturday');
    await previewDrawn(page);
    if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, `templates-screen-${language}.png`) });
    await page.getByTestId('meme-open-editor').click();
    await waitForCanvas(page);
    const design = await editorDesign(page);
    expect(design.kind).toBe('still');
    expect(JSON.stringify(design)).toContain(language === 'fr' ? 'Portes ouvertes samedi' : 'Open day on Saturday');
  });
}

test('fr: a design with slots saved as a template, filled from the form and exported', async ({ page, app }) => {
  await app.call('settings.update', { language: 'fr' });
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-text').click();
  const text = await selectedId(page);
  await page.getByTestId('slot-toggle').check();
  await page.getByTestId('slot-name').fill('titre');
  await page.getByTestId('design-name').fill('Affiche du mardi');
  await page.getByTestId('design-name').press('Enter');
  await expect.poll(async () => (await editorDesign(page)).pages[0].elements.find((el) => el.id === text)?.slot?.name).toBe('titre');
  await page.getByTestId('save-as-template').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'est dans vos modèles' })).toBeVisible();
  await page.goto(page.url().replace(/#.*$/, '') + '#/templates');
  const mine = page.getByTestId('user-template').filter({ hasText: 'Affiche du mardi' });
  await expect(mine).toHaveCount(1);
  await mine.click();
  await page.getByTestId('meme-line-titre').fill('Soirée jeux ce mardi');
  await previewDrawn(page);
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'user-template-fr.png') });
  await page.getByTestId('meme-export').click();
  const dialog = page.getByTestId('export-dialog');
  const downloadPromise = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const png = PNG.sync.read(readFileSync(await (await downloadPromise).path()));
  expect([png.width, png.height]).toEqual([1080, 1080]);
  // The words are drawn: dark pixels on the white page.
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i] < 90 && png.data[i + 1] < 90 && png.data[i + 2] < 90) dark++;
  expect(dark).toBeGreaterThan(500);
  const designs = await app.call<{ designs: { name: string }[] }>('designs.list', {});
  expect(designs.designs.map((d) => d.name)).toContain('Soirée jeux ce mardi');

  // Managing it: rename, duplicate, save as a file, trash (with Undo), and import the file back.
  const menuOf = (name: string) => page.locator('.meme-user-card').filter({ hasText: name }).getByTestId('user-template-menu');
  await menuOf('Affiche du mardi').click();
  await page.getByRole('menuitem', { name: 'Renommer' }).click();
  await page.getByTestId('user-template-rename').fill('Jeux du mardi');
  await page.getByTestId('user-template-rename').press('Enter');
  await expect(page.getByTestId('user-template').filter({ hasText: 'Jeux du mardi' })).toHaveCount(1);
  await menuOf('Jeux du mardi').click();
  await page.getByRole('menuitem', { name: 'Dupliquer' }).click();
  await expect(page.getByTestId('user-template')).toHaveCount(2);
  await menuOf('Jeux du mardi').first().click();
  const fileDownload = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Enregistrer dans un fichier…' }).click();
  const templateFile = await (await fileDownload).path();
  await menuOf('Jeux du mardi').first().click();
  await page.getByRole('menuitem', { name: 'Mettre à la corbeille' }).click();
  await expect(page.getByTestId('user-template')).toHaveCount(1);
  await page.getByTestId('toast').getByRole('button', { name: 'Annuler' }).click();
  await expect(page.getByTestId('user-template')).toHaveCount(2);
  await page.getByTestId('import-templates-input').setInputFiles(templateFile);
  await expect(page.getByTestId('toast').filter({ hasText: '1\u00a0modèle ajouté aux vôtres.' })).toBeVisible();
  await expect(page.getByTestId('user-template')).toHaveCount(3);

  // Tags, and the search finds your templates by them (accents aside).
  await menuOf('Jeux du mardi').first().click();
  await page.getByRole('menuitem', { name: 'Mots-clés…' }).click();
  await page.getByTestId('user-template-tags').fill('soirée, jeux');
  await page.getByTestId('user-template-tags').press('Enter');
  await expect(page.getByTestId('user-template').filter({ hasText: '#soirée #jeux' })).toHaveCount(1);
  await page.getByTestId('meme-search').fill('SOIREE');
  await expect(page.getByTestId('user-template')).toHaveCount(1);
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'templates-tags-fr.png') });
  await page.getByTestId('meme-search').fill('');
  // The trash: a template moved there is listed, restored, and the trash emptied for good.
  await menuOf('Jeux du mardi').first().click();
  await page.getByRole('menuitem', { name: 'Mettre à la corbeille' }).click();
  await expect(page.getByTestId('user-template')).toHaveCount(2);
  await page.getByTestId('templates-trash').click();
  await expect(page.getByTestId('trashed-template')).toHaveCount(1);
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'templates-trash-fr.png') });
  await page.getByTestId('restore-template').click();
  await expect(page.getByTestId('trashed-template')).toHaveCount(0);
  await page.getByTestId('templates-trash-close').click();
  await expect(page.getByTestId('user-template')).toHaveCount(3);
});

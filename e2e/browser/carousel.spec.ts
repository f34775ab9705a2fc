/**
 * Carousels in the editor (issue 12, "Slides"): the slide strip under the canvas builds a 5-slide
 * carousel, reorders it by drag and by keyboard (Ctrl+Shift+arrows), moves several selected slides,
 * deletes one and brings it back with Undo; a page number on every slide but the first is drawn
 * "3/5" on slide 3 while the design keeps "{page}/{pages}", also after the text is edited in
 * place; then the swipe preview shows it in that order and it exports as a numbered set (a zip of
 * <name>-01.png...) and a PDF (pdfinfo). The French run checks the strip's words. Screenshots (en + fr) go to the shots folder.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { unzipSync } from 'fflate';
import type { Locator, Page } from '@playwright/test';
import { createTextElement } from '../../core/schema/factory';
import type { Design } from '../../core/schema/design';
import { canvasPointOf, expect, test, type App } from './fixtures';
import { createDesignViaApi, editorDesign, waitForCanvas } from './helpers';

const shotsDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');

/** A one-slide Instagram carousel (1080 x 1350) with a title, open in the editor. */
async function openCarousel(app: App, page: Page, language: 'en' | 'fr'): Promise<Design> {
  await app.call('settings.update', { language });
  await app.open();
  const design = await createDesignViaApi(app.call, language === 'fr' ? 'Conseils' : 'Tips');
  design.kind = 'carousel';
  design.pages[0].background.fill = '#fde8c8';
  design.pages[0].elements = [createTextElement({ x: 140, y: 500, width: 800, text: language === 'fr' ? '5 conseils' : '5 tips', fontSize: 110, fontWeight: 700, fill: '#1c1b22' })];
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  return design;
}

const thumbs = (page: Page) => page.getByTestId('slide-thumb');
const order = async (page: Page) => (await editorDesign(page)).pages.map((p) => p.id);

async function addFromMenu(page: Page, item: string): Promise<void> {
  await page.getByTestId('slide-add').click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Drags a thumbnail with the mouse so that it lands past `target`'s middle (to its right). */
async function dragThumb(page: Page, from: Locator, target: Locator, side: 'before' | 'after'): Promise<void> {
  const a = (await from.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  const x = side === 'after' ? b.x + b.width * 0.8 : b.x + b.width * 0.2;
  await page.mouse.move(a.x + a.width / 2 + (x > a.x ? 10 : -10), a.y + a.height / 2, { steps: 2 });
  await page.mouse.move(x, b.y + b.height / 2, { steps: 8 });
  await expect(page.getByTestId('slide-drop-marker')).toHaveCount(1);
  await page.mouse.up();
}

/** Selects an element by clicking it on the canvas. */
async function canvasClick(page: Page, id: string): Promise<void> {
  const point = await canvasPointOf(page, id);
  await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('repeat-rule')).toBeVisible();
}

/** Dark pixels in a part of the window (a text drawn there). */
async function darkPixels(page: Page, clip: { x: number; y: number; width: number; height: number }): Promise<number> {
  const png = PNG.sync.read(await page.screenshot({ clip }));
  let dark = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 200) dark++;
  return dark;
}

test('en: build a 5-slide carousel in the strip, reorder it, number it, delete and undo, swipe it in the preview, export it as a numbered set and a PDF', async ({ page, app }) => {
  await openCarousel(app, page, 'en');
  const strip = page.getByTestId('slide-strip');
  // A carousel shows its strip even with one slide, so slides can be added.
  await expect(thumbs(page)).toHaveCount(1);
  await expect(strip.getByTestId('slide-count')).toHaveText('1 / 20 · Instagram');
  await expect(strip).toContainText('10 through the publishing API');

  await addFromMenu(page, 'Blank slide');
  await addFromMenu(page, 'Duplicate this slide');
  await addFromMenu(page, 'Blank slide');
  await addFromMenu(page, 'Blank slide');
  await expect(thumbs(page)).toHaveCount(5);
  await expect(strip.getByTestId('slide-count')).toHaveText('5 / 20 · Instagram');
  // Each new slide became the current one.
  await expect(thumbs(page).nth(4)).toHaveAttribute('aria-current', 'true');
  const built = await order(page);
  expect(new Set(built).size).toBe(5);
  // A blank slide takes the background of the slide it follows.
  expect((await editorDesign(page)).pages.map((p) => p.background.fill)).toEqual(Array(5).fill('#fde8c8'));
  const [s1, s2, s3, s4, s5] = built;

  // Drag: slide 1 past slide 3.
  await dragThumb(page, thumbs(page).nth(0), thumbs(page).nth(2), 'after');
  expect(await order(page)).toEqual([s2, s3, s1, s4, s5]);
  await expect(thumbs(page).nth(2)).toHaveAttribute('aria-current', 'true');

  // Keyboard: the focused slide goes left with Ctrl+Shift+←, and back right.
  await thumbs(page).nth(2).click();
  await page.keyboard.press('Control+Shift+ArrowLeft');
  await page.keyboard.press('Control+Shift+ArrowLeft');
  expect(await order(page)).toEqual([s1, s2, s3, s4, s5]);
  await expect(thumbs(page).nth(0)).toBeFocused();
  // Arrows move the focus along the strip without changing anything.
  await page.keyboard.press('ArrowRight');
  await expect(thumbs(page).nth(1)).toBeFocused();
  expect(await order(page)).toEqual([s1, s2, s3, s4, s5]);

  // Several at once: slides 2 and 4 (Ctrl-click), dragged to the end together, in their order.
  await thumbs(page).nth(1).click();
  await thumbs(page).nth(3).click({ modifiers: ['Control'] });
  await expect(thumbs(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(thumbs(page).nth(3)).toHaveAttribute('aria-selected', 'true');
  await dragThumb(page, thumbs(page).nth(3), thumbs(page).nth(4), 'after');
  expect(await order(page)).toEqual([s1, s3, s5, s2, s4]);
  // And back left one place by keyboard, still together.
  await page.keyboard.press('Control+Shift+ArrowLeft');
  expect(await order(page)).toEqual([s1, s3, s2, s4, s5]);
  // Shift-click selects a range.
  await thumbs(page).nth(0).click();
  await thumbs(page).nth(2).click({ modifiers: ['Shift'] });
  await expect(thumbs(page).and(page.locator('[aria-selected="true"]'))).toHaveCount(3);

  // A page number on every slide but the first: slide 3's thumbnail shows it bottom left, slide 1's not.
  await thumbs(page).nth(0).click();
  await addFromMenu(page, 'Page number on every slide');
  const saved = await editorDesign(page);
  const number = saved.pages[0].elements.find((el) => el.type === 'text' && el.text === '{page}/{pages}');
  expect(number?.repeat).toBe('notFirst');
  // On the canvas, slide 3 draws "3/5" (dark pixels in its box), slide 1 draws nothing there; the design keeps the tokens.
  await thumbs(page).nth(2).click();
  await expect.poll(() => page.evaluate((id) => window.__afficheEditor!.objects().find((o) => o.id === id)?.text, number!.id)).toBe('3/5');
  const box = (await page.evaluate((id) => window.__afficheEditor!.screenBoxOf(id), number!.id))!;
  const clip = { x: box.left, y: box.top, width: Math.max(8, box.width), height: Math.max(8, box.height) };
  expect(await darkPixels(page, clip)).toBeGreaterThan(20);
  await thumbs(page).nth(0).click();
  await expect.poll(() => page.evaluate((id) => window.__afficheEditor!.objects().some((o) => o.id === id), number!.id)).toBe(false);
  expect(await darkPixels(page, clip)).toBe(0);
  await thumbs(page).nth(2).click();
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'carousel-strip-en.png') });

  // Typed in place, the text shows its tokens, and the tokens are what is saved.
  const objectText = () => page.evaluate((id) => window.__afficheEditor!.objects().find((o) => o.id === id)?.text, number!.id);
  const savedText = async () => {
    const design = await editorDesign(page);
    const el = design.pages.flatMap((p) => p.elements).find((e) => e.id === number!.id);
    return el?.type === 'text' ? el.text : undefined;
  };
  const point = await canvasPointOf(page, number!.id);
  await page.mouse.dblclick(point.x, point.y);
  await expect.poll(objectText).toBe('{page}/{pages}');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('{page} of {pages}');
  await page.keyboard.press('Escape');
  await expect.poll(savedText).toBe('{page} of {pages}');
  await expect.poll(objectText).toBe('3 of 5');
  // Leaving without a change draws the numbers again too.
  await page.mouse.dblclick(point.x, point.y);
  await expect.poll(objectText).toBe('{page} of {pages}');
  await page.keyboard.press('Escape');
  await expect.poll(objectText).toBe('3 of 5');
  expect(await savedText()).toBe('{page} of {pages}');
  // The element is edited once, at its home (slide 1), and drawn on the others.
  expect((await editorDesign(page)).pages.filter((p) => p.elements.some((e) => e.id === number!.id))).toHaveLength(1);

  // Delete with the Delete key while the strip has focus; Undo in the toast brings it back, selected.
  const before = await order(page);
  await thumbs(page).nth(3).click();
  await page.keyboard.press('Delete');
  await expect(thumbs(page)).toHaveCount(4);
  await expect(strip.getByTestId('slide-count')).toHaveText('4 / 20 · Instagram');
  expect(await order(page)).toEqual(before.filter((_, i) => i !== 3));
  const toast = page.getByTestId('toast').filter({ hasText: 'Slide deleted' });
  await toast.getByTestId('toast-action').click();
  await expect(thumbs(page)).toHaveCount(5);
  expect(await order(page)).toEqual(before);
  await expect(thumbs(page).nth(3)).toHaveAttribute('aria-selected', 'true');
  await expect(thumbs(page).nth(3)).toHaveAttribute('aria-current', 'true');

  // The swipe preview shows the slides in this order, page number included: slide 3 says "3/5".
  await page.getByTestId('open-preview').click();
  await expect(page.getByTestId('preview-dialog')).toBeVisible();
  await expect(page.getByTestId('preview-counter')).toHaveText('1/5');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('preview-counter')).toHaveText('3/5');
  await expect(page.getByTestId('preview-strip')).toHaveAttribute('data-index', '2');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('preview-dialog')).toHaveCount(0);

  // Exported as a numbered set (a zip of <name>-01.png ... -05.png at 1080 x 1350, in slide order)
  // and as a PDF document (5 pages, every one the slide size).
  const exported = async (output: 'set' | 'pdf') => {
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId(`export-output-${output}`).click();
    const downloading = page.waitForEvent('download');
    await dialog.getByTestId('export-download').click();
    return readFileSync(await (await downloading).path());
  };
  const zip = unzipSync(new Uint8Array(await exported('set')));
  expect(Object.keys(zip)).toEqual(['01', '02', '03', '04', '05'].map((n) => `Tips-${n}.png`));
  const slideThree = PNG.sync.read(Buffer.from(zip['Tips-03.png']));
  expect([slideThree.width, slideThree.height]).toEqual([1080, 1350]);
  // The page number drawn in the export: dark ink in its box on slide 3, none there on slide 1.
  const numberBox = (await editorDesign(page)).pages.flatMap((p) => p.elements).find((e) => e.id === number!.id)!;
  const inkIn = (png: PNG) => {
    let dark = 0;
    for (let y = Math.round(numberBox.y); y < numberBox.y + numberBox.height; y++) {
      for (let x = Math.round(numberBox.x); x < numberBox.x + numberBox.width; x++) {
        const i = (y * png.width + x) * 4;
        if (png.data[i] + png.data[i + 1] + png.data[i + 2] < 200) dark++;
      }
    }
    return dark;
  };
  expect(inkIn(slideThree)).toBeGreaterThan(50);
  expect(inkIn(PNG.sync.read(Buffer.from(zip['Tips-01.png'])))).toBe(0);
  const pdfFile = path.join(os.tmpdir(), `affiche-e2e-tips-${Date.now()}.pdf`);
  writeFileSync(pdfFile, await exported('pdf'));
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '5', pdfFile], { encoding: 'utf8' }).stdout;
  rmSync(pdfFile, { force: true });
  expect(info).toMatch(/^Pages:\s+5$/m);
  expect([...info.matchAll(/^Page\s+\d+ size:\s+(.+) pts/gm)].map((m) => m[1])).toEqual(Array(5).fill('810 x 1012.5'));

  // From a template: the bank's layouts drawn at the carousel's size; the picked one lands after the current slide.
  await addFromMenu(page, 'From a template…');
  const picker = page.getByTestId('slide-template-picker');
  await expect(picker).toBeVisible();
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'carousel-templates-en.png') });
  await picker.getByTestId('slide-template').first().click();
  await expect(picker).toHaveCount(0);
  await expect(thumbs(page)).toHaveCount(6);
  await expect(thumbs(page).nth(4)).toHaveAttribute('aria-current', 'true');
  const withTemplate = await editorDesign(page);
  expect(withTemplate.pages.map((p) => p.id).filter((id) => !before.includes(id))).toHaveLength(1);
  expect(withTemplate.pages[4].elements.length).toBeGreaterThan(0);
});

test('fr: the strip, its menu, the alt text and "on every slide" speak French', async ({ page, app }) => {
  await openCarousel(app, page, 'fr');
  const strip = page.getByTestId('slide-strip');
  await addFromMenu(page, 'Diapositive vide');
  await addFromMenu(page, 'Dupliquer cette diapositive');
  await expect(thumbs(page)).toHaveCount(3);
  await expect(strip.getByTestId('slide-count')).toHaveText('3 / 20 · Instagram');
  await expect(strip).toContainText('10 par l’API de publication');
  await expect(thumbs(page).nth(2)).toHaveAttribute('aria-label', 'Diapositive 3 sur 3');

  // The alt text of the current slide, counted against Instagram's limit.
  const alt = page.getByTestId('alt-text');
  await expect(page.getByTestId('alt-text-section')).toContainText('Texte alternatif de la diapositive 3');
  await alt.fill('Un graphique en barres, été 2026');
  await expect(page.getByTestId('alt-text-count')).toHaveText(/^32\s\/\s1\s000 caractères$/);
  await expect.poll(async () => (await editorDesign(page)).pages[2].altText).toBe('Un graphique en barres, été 2026');

  // A swipe hint on every slide but the last, in French; its rule shows in the panel.
  await thumbs(page).nth(0).click();
  await addFromMenu(page, 'Indication « Glissez → »');
  await expect(page.getByTestId('repeat-rule')).toHaveValue('notLast');
  await expect(page.getByTestId('repeat-section')).toContainText('Sur chaque diapositive');
  await expect(page.getByTestId('repeat-rule').locator('option:checked')).toHaveText('Toutes sauf la dernière');
  const hint = (await editorDesign(page)).pages[0].elements.find((el) => el.repeat === 'notLast');
  expect(hint).toMatchObject({ type: 'text', text: 'Glissez →' });
  await page.getByTestId('repeat-rule').selectOption('all');
  await expect.poll(async () => (await editorDesign(page)).pages[0].elements.find((el) => el.id === hint!.id)?.repeat).toBe('all');
  // The layers panel marks it, on any slide it is drawn on.
  await page.getByTestId('tool-layers').click();
  const badge = page.getByTestId('layers-panel').getByTestId('layer-repeat-badge');
  await expect(badge).toHaveCount(1);
  await expect(badge).toHaveAttribute('aria-label', 'Toutes les diapositives');
  await thumbs(page).nth(2).click();
  await expect(page.getByTestId('layers-panel').getByTestId('layer-repeat-badge')).toHaveCount(1);
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'carousel-layers-fr.png') });
  await page.getByTestId('tool-layers').click();
  await thumbs(page).nth(0).click();
  await page.getByTestId('layers-panel').waitFor({ state: 'detached' });
  await page.getByTestId('repeat-rule').waitFor({ state: 'detached' });
  await canvasClick(page, hint!.id);
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'carousel-strip-fr.png') });
  await page.getByTestId('slide-add').click();
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'carousel-menu-fr.png') });
  await page.keyboard.press('Escape');

  // Two slides selected and deleted with the strip's button; the toast says so and undoes it.
  await thumbs(page).nth(1).click();
  await thumbs(page).nth(2).click({ modifiers: ['Shift'] });
  await page.getByTestId('slide-delete').click();
  await expect(thumbs(page)).toHaveCount(1);
  const toast = page.getByTestId('toast').filter({ hasText: '2 diapositives supprimées' });
  await expect(toast).toBeVisible();
  await toast.getByTestId('toast-action').click();
  await expect(thumbs(page)).toHaveCount(3);
  await expect(thumbs(page).and(page.locator('[aria-selected="true"]'))).toHaveCount(2);

  // The shortcut sheet lists the slide shortcuts in French.
  await page.keyboard.press('Control+/');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toContainText('Diapositives');
  await expect(sheet).toContainText('Diapositives vers la gauche');
  await expect(sheet).toContainText('Ctrl+Shift+←');
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'carousel-shortcuts-fr.png') });
});

test('over the network’s cap, the count turns to the warning colour (X takes 4 pictures)', async ({ page, app }) => {
  await app.call('settings.update', { language: 'en' });
  await app.open();
  const design = await createDesignViaApi(app.call, 'Thread', { preset: 'x-landscape', width: 1600, height: 900 });
  design.kind = 'carousel';
  design.pages = Array.from({ length: 5 }, (_, i) => ({ id: `slide${i + 1}`, background: { fill: ['#e63946', '#f1faee', '#a8dadc', '#457b9d', '#1d3557'][i] }, elements: [] }));
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  const count = page.getByTestId('slide-count');
  await expect(count).toHaveText('5 / 4 · X');
  await expect(count).toHaveAttribute('data-over', 'true');
  // The warning colour, not the plain text's.
  expect(await count.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(109, 74, 0)');
  await thumbs(page).nth(4).click();
  await page.keyboard.press('Delete');
  await expect(count).toHaveText('4 / 4 · X');
  await expect(count).not.toHaveAttribute('data-over', 'true');
});

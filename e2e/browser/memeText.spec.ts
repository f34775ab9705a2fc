/**
 * Meme text in the properties panel, in English and French: the case selector (as typed, UPPER,
 * Sentence, aLtErNaTiNg), auto-fit's smallest size and most lines, an outline that follows the
 * size, and a colour emoji drawn in the bundled face. Screenshots (en + fr) go to os.tmpdir().
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createTextElement } from '../../core/schema/factory';
import type { TextElement } from '../../core/schema/design';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, pageElements, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

async function openMeme(page: Page, app: App, language: 'en' | 'fr') {
  await app.call('settings.update', { language });
  const design = await createDesignViaApi(app.call, `Meme ${language}`);
  design.pages[0].background.fill = '#3a86ff';
  design.pages[0].elements = [
    createTextElement({ x: 60, y: 60, width: 960, height: 300, text: 'été à l’île\u00a0? 🔥', fontFamily: 'Anton', fontSize: 220, fill: '#ffffff', stroke: { color: '#000000', width: 12 }, autoFit: true }),
  ];
  await app.call('designs.save', { design });
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  const id = design.pages[0].elements[0].id;
  const point = await page.evaluate((el) => window.__afficheEditor!.screenCenterOf(el), id);
  await page.mouse.click(point!.x, point!.y);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([id]);
  return id;
}

const text = async (page: Page) => (await pageElements(page))[0] as TextElement;
const shownOnCanvas = (page: Page) => page.evaluate(() => String(window.__afficheEditor!.objects()[0].text));

const LABELS = {
  en: { case: 'Case', options: ['As typed', 'UPPERCASE', 'Sentence case', 'aLtErNaTiNg'], minSize: 'Smallest size', proportional: 'Width follows the text size' },
  fr: { case: 'Casse', options: ['Telle que saisie', 'MAJUSCULES', 'Début de phrase en majuscule', 'aLtErNéE'], minSize: 'Taille minimale', proportional: 'L’épaisseur suit la taille du texte' },
} as const;

for (const language of ['en', 'fr'] as const) {
  test(`${language}: the case selector, fit bounds and a proportional outline, from the panel`, async ({ page, app }) => {
    await openMeme(page, app, language);
    const labels = LABELS[language];
    const select = page.getByTestId('text-case');
    await expect(select).toHaveAccessibleName(labels.case);
    await expect(select.locator('option')).toHaveText([...labels.options]);

    await select.selectOption('upper');
    await expect.poll(async () => (await text(page)).textCase).toBe('upper');
    // Accents kept, the no-break space and the emoji untouched; the stored text stays as typed.
    await expect.poll(() => shownOnCanvas(page)).toBe('ÉTÉ À L’ÎLE\u00a0? 🔥');
    expect((await text(page)).text).toBe('été à l’île\u00a0? 🔥');
    await select.selectOption('alternating');
    await expect.poll(() => shownOnCanvas(page)).toBe('éTé À l’ÎlE\u00a0? 🔥');
    await select.selectOption('upper');

    // Auto-fit's bounds.
    await expect(page.getByTestId('properties-panel')).toContainText(labels.minSize);
    await page.getByTestId('text-min-size-value').fill('40');
    await page.getByTestId('text-min-size-value').press('Enter');
    await expect.poll(async () => (await text(page)).minFontSize).toBe(40);
    await page.getByTestId('text-max-lines-value').fill('1');
    await page.getByTestId('text-max-lines-value').press('Enter');
    await expect.poll(async () => (await text(page)).maxLines).toBe(1);
    // One line at most: the canvas draws the text smaller than its size, never below 40 px.
    await expect.poll(() => page.evaluate(() => window.__afficheEditor!.objects()[0].fontSize ?? 0)).toBeLessThan(220);
    expect(await page.evaluate(() => window.__afficheEditor!.objects()[0].fontSize ?? 0)).toBeGreaterThanOrEqual(40);

    // What the canvas fitted is kept on the text (size and lines), for Node exports to draw the same.
    await expect.poll(async () => (await text(page)).fitted?.fontSize).toBe(await page.evaluate(() => window.__afficheEditor!.objects()[0].fontSize));
    expect((await text(page)).fitted?.lines).toHaveLength(1);

    // The outline follows the size: 12 px of a 220 px text is kept as its share.
    await page.getByTestId('text-outline-proportional').check();
    await expect.poll(async () => (await text(page)).stroke?.widthRatio).toBeCloseTo(12 / 220, 4);
    await expect(page.getByTestId('properties-panel')).toContainText(labels.proportional);
    await page.screenshot({ path: path.join(os.tmpdir(), `affiche-meme-text-${language}.png`) });
    await select.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(os.tmpdir(), `affiche-meme-text-case-${language}.png`) });
  });
}

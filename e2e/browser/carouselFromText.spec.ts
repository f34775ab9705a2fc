/**
 * "Carousel from text" (issue 12): from the home screen, paste a list, see the live count, pick a
 * look and a format, create, and land in the editor on a carousel with one slide per item between
 * the title and end slides. In French the dialog, the count and the template's words are French,
 * and French typography and emoji arrive intact. Screenshots (en + fr) go to the shots folder.
 */
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { editorDesign, waitForCanvas } from './helpers';
import type { Design } from '../../core/schema/design';
import { bankTemplate } from '../../core/templates/bank';
import { formatRef } from '../../core/templates/bank/layout';

const shotsDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');

const TEXT = {
  en: ['7 habits of carousels people save', '', '1. Start with the promise', '2. One idea per slide', '3. Big words, short lines', '4. The same colours on every slide', '5. Put the best tip in the middle', '6. Check it on a phone', '7. End with one thing to do 🎯'].join('\n'),
  fr: [
    '7 habitudes des carrousels qu’on enregistre',
    '',
    '- Commencez par la promesse\u202f!',
    '- Une idée par diapositive',
    '- «\u00a0Moins, mais mieux\u00a0»\u00a0: des lignes courtes',
    '- Les mêmes couleurs à chaque diapositive',
    '- Le meilleur conseil au milieu',
    '- Vérifiez sur un téléphone',
    '- Finissez par une seule action 🎯',
  ].join('\n'),
};

for (const language of ['en', 'fr'] as const) {
  test(`${language}: paste a list, see the slide count, create the carousel and open it`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    await app.open();
    await page.getByTestId('carousel-from-text').click();
    const dialog = page.getByTestId('carousel-text-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(language === 'fr' ? 'Carrousel à partir d’un texte' : 'Carousel from text');
    const count = page.getByTestId('carousel-text-count');
    await expect(count).toHaveText(language === 'fr' ? 'Collez votre texte pour voir les diapositives qu’il donne' : 'Paste your text to see the slides it makes');
    await expect(page.getByTestId('carousel-text-create')).toBeDisabled();

    await page.getByTestId('carousel-text-input').fill(TEXT[language]);
    await expect(count).toHaveText(language === 'fr' ? '7\u00a0éléments → 9\u00a0diapositives' : '7 items → 9 slides');
    // Another look and format: the count follows.
    await page.getByTestId('carousel-look-carousel-editorial').click();
    await page.getByTestId('carousel-text-format').selectOption('instagram-carousel');
    await page.getByTestId('carousel-text-input').press('End');
    await page.getByTestId('carousel-text-input').pressSequentially(language === 'fr' ? '\n- Et une de plus' : '\n8. And one more');
    await expect(count).toHaveText(language === 'fr' ? '8\u00a0éléments → 10\u00a0diapositives' : '8 items → 10 slides');
    // The looks' previews are drawn.
    await expect(dialog.locator('.carousel-text-look canvas[data-drawn]')).toHaveCount(6);
    if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, `carousel-from-text-${language}.png`) });

    await page.getByTestId('carousel-text-create').click();
    await waitForCanvas(page);
    const design = await editorDesign(page);
    expect(design.kind).toBe('carousel');
    expect(design.format).toMatchObject({ preset: 'instagram-carousel', width: 1080, height: 1350 });
    expect(design.pages).toHaveLength(10);
    expect(design.name).toBe(TEXT[language].split('\n')[0]);
    const all = JSON.stringify(design);
    if (language === 'fr') {
      for (const piece of ['Commencez par la promesse\u202f!', '«\u00a0Moins, mais mieux\u00a0»\u00a0: des lignes courtes', 'Finissez par une seule action 🎯', 'Glissez →']) expect(all).toContain(JSON.stringify(piece).slice(1, -1));
    } else {
      for (const piece of ['Start with the promise', 'End with one thing to do 🎯', 'And one more', 'Swipe →']) expect(all).toContain(piece);
    }
    if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, `carousel-from-text-editor-${language}.png`) });
  });
}

test('fr: no item, no Create; more slides than Instagram takes is said; Escape closes the dialog', async ({ page, app }) => {
  await app.call('settings.update', { language: 'fr' });
  await app.open();
  await page.getByTestId('carousel-from-text').click();
  await page.getByTestId('carousel-text-input').fill('   ');
  await expect(page.getByTestId('carousel-text-create')).toBeDisabled();
  // More slides than Instagram takes in one post: said before anything is made.
  await page.getByTestId('carousel-look-carousel-playful').click();
  await page.getByTestId('carousel-text-format').selectOption('instagram-carousel');
  await page.getByTestId('carousel-text-input').fill(Array.from({ length: 19 }, (_, i) => `- Idée n°\u00a0${i + 1}`).join('\n'));
  await expect(page.getByTestId('carousel-text-count')).toHaveText('19\u00a0éléments → 21\u00a0diapositives');
  await expect(page.getByTestId('carousel-text-over-cap')).toHaveText('Instagram accepte au plus 20\u00a0diapositives par publication\u00a0: ce texte en donne davantage, il faudra deux publications.');
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'carousel-from-text-over-cap-fr.png') });
  // A LinkedIn document takes 300 pages: no warning.
  await page.getByTestId('carousel-text-format').selectOption('linkedin-document');
  await expect(page.getByTestId('carousel-text-over-cap')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('carousel-text-dialog')).toHaveCount(0);
});

test('en: a carousel template of your own is offered after the looks, at its own format', async ({ page, app }) => {
  await app.call('settings.update', { language: 'en' });
  const built = bankTemplate('bank:carousel-playful')!.build(formatRef('instagram-square'), 'en');
  const { design } = await app.call<{ design: Design }>('designs.create', { name: 'My carousel look', format: built.format, kind: 'carousel' });
  await app.call('designs.save', { design: { ...built, id: design.id, name: 'My carousel look', createdAt: design.createdAt, updatedAt: design.updatedAt } });
  await app.call('templates.saveFrom', { designId: design.id, name: 'My carousel look' });
  await app.open();
  await page.getByTestId('carousel-from-text').click();
  const mine = page.getByTestId('carousel-look-mine');
  await expect(mine).toHaveText('My carousel look');
  await mine.click();
  await expect(page.getByTestId('carousel-text-format')).toHaveValue('instagram-square');
  await page.getByTestId('carousel-text-input').fill('- One\n- Two');
  await expect(page.getByTestId('carousel-text-count')).toHaveText('2 items → 4 slides');
  await page.getByTestId('carousel-text-create').click();
  await waitForCanvas(page);
  const made = await editorDesign(page);
  expect(made.pages).toHaveLength(4);
  expect(made.format).toMatchObject({ width: 1080, height: 1080 });
  expect(JSON.stringify(made)).toContain('Two');
});

/**
 * Numbers, dates and names in the UI language (issue 10, "What a new user tripped on"): French
 * decimals shown and typed with a comma, library dates as dd/mm/yyyy, "Options d’Instagram Story";
 * and the variant tabs with a side panel open, where no format hides under "Resize to…" and a
 * tab's menu is never covered. Screenshots (en + fr) go to os.tmpdir().
 */
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { createTextElement } from '../../core/schema/factory';
import type { TextElement } from '../../core/schema/design';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, pageElements, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), `affiche-locale-${name}.png`) });

async function useLanguage(app: App, language: 'fr' | 'en') {
  await app.call('settings.update', { language });
}

async function openDesign(page: Page, app: App, name: string, elements: TextElement[] = []) {
  const design = await createDesignViaApi(app.call, name);
  design.pages[0].elements = elements;
  await app.call('designs.save', { design });
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  return design;
}

async function selectFirst(page: Page) {
  const id = (await pageElements(page))[0].id;
  const point = await page.evaluate((el) => window.__afficheEditor!.screenCenterOf(el), id);
  await page.mouse.click(point!.x, point!.y);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([id]);
}

const lineHeight = async (page: Page) => ((await pageElements(page))[0] as TextElement).lineHeight;

test('French: “Interligne 1,1” is shown, “1,25” and “1.5” typed are applied, the font size takes a comma', async ({ page, app }) => {
  await useLanguage(app, 'fr');
  await openDesign(page, app, 'Interligne', [createTextElement({ x: 100, y: 400, width: 880, text: 'Soldes d’été', fontSize: 80, lineHeight: 1.1 })]);
  await selectFirst(page);

  const field = page.getByTestId('text-line-height-value');
  await expect(page.getByTestId('properties-panel')).toContainText('Interligne');
  await expect(field).toHaveValue('1,1');
  await expect(field).toHaveAccessibleName('Interligne');

  // Typed key by key, as a user does: "1," on the way must not be rewritten to "1".
  await field.click();
  await field.fill('');
  await field.pressSequentially('1,25');
  await expect.poll(() => lineHeight(page)).toBe(1.25);
  await expect(field).toHaveValue('1,25');
  await field.press('Tab');
  await expect(field).toHaveValue('1,25');
  // The slider follows.
  await expect(page.getByTestId('text-line-height')).toHaveValue('1.25');

  // A point works too in French; the field then shows it the French way.
  await field.fill('1.5');
  await expect.poll(() => lineHeight(page)).toBe(1.5);
  await field.press('Tab');
  await expect(field).toHaveValue('1,5');

  // Out of range or not a number: nothing applied, the stored value comes back.
  await field.fill('abc');
  await field.press('Tab');
  await expect(field).toHaveValue('1,5');
  expect(await lineHeight(page)).toBe(1.5);

  // Arrow keys step by the slider's step.
  await field.focus();
  await field.press('ArrowDown');
  await expect.poll(() => lineHeight(page)).toBe(1.45);

  await page.getByTestId('font-size').fill('72,5');
  await expect.poll(async () => ((await pageElements(page))[0] as TextElement).fontSize).toBe(72.5);
  await page.getByTestId('font-size').press('Tab');
  await expect(page.getByTestId('font-size')).toHaveValue('72,5');
  await shot(page, 'fr-numbers');
});

test('English: the same fields with a point; “1,5” is not taken for 1.5', async ({ page, app }) => {
  await useLanguage(app, 'en');
  await openDesign(page, app, 'Line spacing', [createTextElement({ x: 100, y: 400, width: 880, text: 'Summer sale', fontSize: 80, lineHeight: 1.1 })]);
  await selectFirst(page);
  const field = page.getByTestId('text-line-height-value');
  await expect(field).toHaveValue('1.1');
  await field.fill('1.25');
  await expect.poll(() => lineHeight(page)).toBe(1.25);
  await field.fill('1,5');
  await field.press('Tab');
  await expect(field).toHaveValue('1.25');
  expect(await lineHeight(page)).toBe(1.25);
  await shot(page, 'en-numbers');
});

test('French: the library’s date filter reads and writes dd/mm/yyyy; English mm/dd/yyyy', async ({ page, app }) => {
  await useLanguage(app, 'fr');
  await app.open();
  await page.evaluate(() => (window.location.hash = '#/library'));
  await expect(page.getByTestId('library')).toBeVisible();
  const from = page.getByTestId('date-from');
  await expect(from).toHaveAttribute('placeholder', 'jj/mm/aaaa');
  await from.fill('8/5/2025');
  await from.press('Enter');
  await expect(from).toHaveValue('08/05/2025');
  // The filter is 8 May, as the chip says in words.
  await expect(page.locator('body')).toContainText('Du 8 mai 2025');

  // A day that does not exist is flagged and not applied.
  const to = page.getByTestId('date-to');
  await to.fill('31/02/2025');
  await to.press('Tab');
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('body')).not.toContainText('Au 31');
  // The calendar is one click away (the native picker returns a day, shown the French way).
  await page.getByTestId('date-to-native').fill('2025-06-30', { force: true });
  await expect(to).toHaveValue('30/06/2025');
  await expect(to).toHaveAttribute('aria-invalid', 'false');
  await expect(page.locator('body')).toContainText('Au 30 juin 2025');
  await page.getByTestId('library-sidebar').evaluate((side) => (side.scrollTop = side.scrollHeight));
  await shot(page, 'fr-dates');

  await useLanguage(app, 'en');
  await page.reload();
  await expect(page.getByTestId('date-from')).toHaveValue('');
  await page.getByTestId('date-from').fill('5/8/2025');
  await page.getByTestId('date-from').press('Enter');
  await expect(page.getByTestId('date-from')).toHaveValue('05/08/2025');
  await expect(page.locator('body')).toContainText('From May 8, 2025');
});

/** `inner` lies inside `outer`'s box and nothing covers its centre. */
async function fullyShown(inner: Locator, outer: Locator): Promise<boolean> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  if (!a || !b) return false;
  const inside = a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.width <= b.x + b.width + 0.5 && a.y + a.height <= b.y + b.height + 0.5;
  const onTop = await inner.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    return hit !== null && el.contains(hit);
  });
  return inside && onTop;
}

for (const language of ['fr', 'en'] as const) {
  test(`${language}: with a side panel open, every format tab can be shown whole and its menu opens over the panel`, async ({ page, app }) => {
    await useLanguage(app, language);
    await page.setViewportSize({ width: 1280, height: 800 });
    const design = await openDesign(page, app, 'Variantes');
    await page.getByTestId('resize-to').click();
    const dialog = page.getByTestId('resize-dialog');
    for (const format of ['instagram-story', 'linkedin-landscape', 'x-landscape', 'facebook-story']) await dialog.getByTestId(`resize-${format}`).check();
    await dialog.getByTestId('resize-create').click();
    await expect.poll(async () => (await app.call<{ design: { variants?: unknown[] } }>('designs.get', { id: design.id })).design.variants?.length ?? 0).toBe(4);
    await page.getByTestId('tool-brand').click();
    await expect(page.getByTestId('brand-panel')).toBeVisible();

    const tabs = page.getByTestId('variant-tabs');
    const row = tabs.getByRole('tablist');
    const resize = page.getByTestId('resize-to');
    // Too many for the row: every format is listed in "All formats", and each, once shown, is
    // whole in the row, clear of "Resize to…".
    const all = page.getByTestId('variant-all-formats');
    await expect(all).toBeVisible();
    for (const name of [/^Instagram Story/, /^Facebook Story/, /^LinkedIn/, /^X /]) {
      await all.click();
      await page.getByRole('menuitemradio').filter({ hasText: name }).click();
      const selected = row.getByRole('tab', { selected: true });
      await expect(selected.locator('.variant-tab-name')).toHaveText(name);
      await expect.poll(() => fullyShown(selected, row)).toBe(true);
      const [tab, button] = [await selected.boundingBox(), await resize.boundingBox()];
      expect(tab!.x + tab!.width).toBeLessThanOrEqual(button!.x);
    }
    await shot(page, `${language}-tabs-last`);

    // The shown format's menu opens over everything, the side panel included, and names it.
    const menuButton = tabs.locator('.variant-tab-wrap.is-active').getByTestId('variant-menu');
    await expect(menuButton).toHaveAttribute('aria-label', language === 'fr' ? 'Options de X Image 16:9' : 'X Image 16:9 options');
    await all.click();
    await page.getByRole('menuitemradio').filter({ hasText: /^Instagram Story/ }).click();
    const storyMenu = tabs.locator('.variant-tab-wrap.is-active').getByTestId('variant-menu');
    await expect(storyMenu).toHaveAttribute('aria-label', language === 'fr' ? 'Options d’Instagram Story' : 'Instagram Story options');
    await storyMenu.click();
    for (const item of ['menu-reset', 'menu-delete']) await expect.poll(() => fullyShown(page.getByTestId(item), page.locator('body'))).toBe(true);
    await shot(page, `${language}-tabs-menu`);
    await page.keyboard.press('Escape');
    await useLanguage(app, 'en');
  });
}

/**
 * A post's day and time typed the UI language's way, whatever the browser's locale: in French the
 * post editor reads 16/12/2026 and 09:00 and takes "9h30"; in English 12/16/2026 and 9:00 AM, and
 * "9:30 PM" is 21:30. What is typed reaches the saved post (posts.get, then a reload); a time or a
 * day that cannot be read is marked in the UI's language and the post keeps what it had.
 * The editorial line's best times take the same typed times; one that would end before it starts
 * is refused, said, and its field shows the stored time again.
 * Screenshots of the planning row (en + fr, 1280x800) with AFFICHE_SHOTS=1, as helpers.ts `shot`.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Editorial, Post, PostInput } from '../../core/schema/posts';
import { expect, test, type App } from './fixtures';
import { shot } from './helpers';

test.describe.configure({ mode: 'serial' });

const ZONE = 'Europe/Paris';
const NBSP = '\u00a0';

const WORDS = {
  en: { dayPlaceholder: 'mm/dd/yyyy', timeInvalid: 'Not a time: type it as 9:30 AM, 9:30 PM or 21:30', dayInvalid: 'Not a day: type it as mm/dd/yyyy', time: 'Time', date: 'Date' },
  fr: { dayPlaceholder: 'jj/mm/aaaa', timeInvalid: `Heure non reconnue${NBSP}: tapez-la sous la forme 9h30, 09:30 ou 21:30`, dayInvalid: `Date non reconnue${NBSP}: tapez-la sous la forme jj/mm/aaaa`, time: 'Heure', date: 'Date' },
} as const;

/** A post planned on 16 December 2026 at 09:00 in Paris, on Instagram, in the UI's `language`; opened in the post editor. */
async function openPlannedPost(page: Page, app: App, language: 'en' | 'fr'): Promise<string> {
  await app.call('settings.update', { language });
  const { posts } = await app.call<{ posts: Post[] }>('posts.list', {});
  for (const post of posts) await app.call('posts.delete', { id: post.id });
  const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get');
  await app.call('editorial.save', { ...editorial, settings: { ...editorial.settings, timeZone: ZONE } } satisfies Editorial);
  const post: PostInput = {
    id: `planned-${language}`,
    title: language === 'fr' ? 'Soldes d’hiver' : 'Winter sale',
    status: 'draft',
    notes: '',
    at: { local: '2026-12-16T09:00', zone: ZONE },
    designIds: [],
    master: { caption: '', hashtags: [], firstComment: '', link: '' },
    targets: [{ network: 'instagram' }],
  };
  await app.call('posts.save', post);
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.evaluate((id) => (window.location.hash = `#/post/${id}`), post.id);
  await expect(page.getByTestId('post-editor')).toBeVisible();
  return post.id;
}

const plannedAt = async (app: App, id: string) => (await app.call<{ post: Post }>('posts.get', { id })).post.at?.local ?? null;
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
const planningRow = (page: Page) => page.locator('section[aria-labelledby="post-time-title"]');

async function shotOfPlanning(page: Page, name: string): Promise<void> {
  if (!process.env.AFFICHE_SHOTS) return;
  const dir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');
  mkdirSync(dir, { recursive: true });
  await planningRow(page).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
  await planningRow(page).screenshot({ path: path.join(dir, `${name}-row.png`) });
}

test('fr: the day reads dd/mm/yyyy and the time 24 h; “9h30” plans 09:30; an unreadable time is marked and the post keeps its own', async ({ page, app }) => {
  const words = WORDS.fr;
  const id = await openPlannedPost(page, app, 'fr');
  const [day, time] = [page.getByTestId('post-date'), page.getByTestId('post-time')];
  await expect(day).toHaveValue('16/12/2026');
  await expect(day).toHaveAttribute('placeholder', words.dayPlaceholder);
  await expect(day).toHaveAccessibleName(words.date);
  await expect(time).toHaveValue('09:00');
  await expect(time).toHaveAccessibleName(words.time);
  // The best-time hints are written 24 h too.
  await expect(page.getByTestId('best-time').first()).toContainText(/\d\d:\d\d–\d\d:\d\d/);
  await expect(page.getByTestId('best-time').first()).not.toContainText(/AM|PM/);

  await time.fill('9h30');
  await time.press('Enter');
  await expect(time).toHaveValue('09:30');
  await saved(page);
  await expect.poll(() => plannedAt(app, id)).toBe('2026-12-16T09:30');

  await time.fill('21h');
  await time.press('Tab');
  await expect(time).toHaveValue('21:00');
  await day.fill('17/12/2026');
  await day.press('Tab');
  await saved(page);
  await expect.poll(() => plannedAt(app, id)).toBe('2026-12-17T21:00');
  await shotOfPlanning(page, 'planning-fields-fr');

  // Not a time: marked, said in French, left as typed to be fixed; the post keeps 21:00.
  await time.fill('25h');
  await time.press('Tab');
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(time).toHaveAttribute('title', words.timeInvalid);
  await expect(time).toHaveValue('25h');
  // Not a day either.
  await day.fill('31/02/2026');
  await day.press('Tab');
  await expect(day).toHaveAttribute('aria-invalid', 'true');
  await expect(day).toHaveAttribute('title', words.dayInvalid);
  await saved(page);
  expect(await plannedAt(app, id)).toBe('2026-12-17T21:00');
  await shotOfPlanning(page, 'planning-fields-invalid-fr');

  await page.reload();
  await expect(page.getByTestId('post-editor')).toBeVisible();
  await expect(page.getByTestId('post-date')).toHaveValue('17/12/2026');
  await expect(page.getByTestId('post-time')).toHaveValue('21:00');
  await expect(page.getByTestId('post-time')).toHaveAttribute('aria-invalid', 'false');
});

test('en: the day reads mm/dd/yyyy and the time 9:00 AM; “9:30 PM” plans 21:30; an unreadable time is marked, Escape shows the post’s again; arrows step it', async ({ page, app }) => {
  const words = WORDS.en;
  const id = await openPlannedPost(page, app, 'en');
  const [day, time] = [page.getByTestId('post-date'), page.getByTestId('post-time')];
  await expect(day).toHaveValue('12/16/2026');
  await expect(day).toHaveAttribute('placeholder', words.dayPlaceholder);
  await expect(time).toHaveValue('9:00 AM');
  await expect(page.getByTestId('best-time').first()).toContainText(/\d:\d\d [AP]M–\d{1,2}:\d\d [AP]M/);

  await time.fill('9:30 PM');
  await time.press('Enter');
  await expect(time).toHaveValue('9:30 PM');
  await saved(page);
  await expect.poll(() => plannedAt(app, id)).toBe('2026-12-16T21:30');

  // The day typed month first; a 24 h time and "9am" are read too.
  await day.fill('12/18/2026');
  await day.press('Tab');
  await expect.poll(() => plannedAt(app, id)).toBe('2026-12-18T21:30');
  await time.fill('9am');
  await time.press('Enter');
  await expect(time).toHaveValue('9:00 AM');
  await time.fill('21:00');
  await time.press('Enter');
  await expect(time).toHaveValue('9:00 PM');
  await saved(page);
  await expect.poll(() => plannedAt(app, id)).toBe('2026-12-18T21:00');
  await shotOfPlanning(page, 'planning-fields-en');

  await time.fill('13 pm');
  await time.press('Enter');
  await expect(time).toHaveAttribute('aria-invalid', 'true');
  await expect(time).toHaveAttribute('title', words.timeInvalid);
  await expect(time).toHaveValue('13 pm');
  await shotOfPlanning(page, 'planning-fields-invalid-en');
  await time.press('Escape');
  await expect(time).toHaveValue('9:00 PM');
  await expect(time).toHaveAttribute('aria-invalid', 'false');
  // Emptied, the field gives the post's time back: a planned post always has one.
  await time.fill('');
  await time.press('Tab');
  await expect(time).toHaveValue('9:00 PM');
  await saved(page);
  expect(await plannedAt(app, id)).toBe('2026-12-18T21:00');
  // The arrow keys step it as a time input's do: a quarter hour, an hour with Shift.
  await time.press('ArrowUp');
  await expect(time).toHaveValue('9:15 PM');
  await time.press('Shift+ArrowDown');
  await expect(time).toHaveValue('8:15 PM');
  await saved(page);
  await expect.poll(() => plannedAt(app, id)).toBe('2026-12-18T20:15');

  await page.reload();
  await expect(page.getByTestId('post-editor')).toBeVisible();
  await expect(page.getByTestId('post-date')).toHaveValue('12/18/2026');
  await expect(page.getByTestId('post-time')).toHaveValue('8:15 PM');
});

for (const language of ['fr', 'en'] as const) {
  const typed = language === 'fr' ? { from: '10h', fromShown: '10:00', to: '8h30', toShown: '13:00', refused: 'Un meilleur horaire finit après son début.' } : { from: '10 am', fromShown: '10:00 AM', to: '8:30 AM', toShown: '1:00 PM', refused: 'A best time ends after it starts.' };

  test(`${language}: a best time's window is typed the language's way; one that ends before it starts is refused and the stored time comes back`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get');
    const bestTimes = [{ network: 'instagram', weekdays: ['mon', 'tue', 'wed'], from: '09:00', to: '13:00', source: 'Sprout Social, 2023' }] satisfies Editorial['bestTimes'];
    await app.call('editorial.save', { ...editorial, bestTimes } satisfies Editorial);
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open();
    await page.getByTestId('nav-editorial').click();
    const row = page.getByTestId('edl-best-time');
    const [from, to] = [row.getByTestId('edl-best-from'), row.getByTestId('edl-best-to')];
    await expect(from).toHaveValue(language === 'fr' ? '09:00' : '9:00 AM');
    await expect(to).toHaveValue(typed.toShown);

    await from.fill(typed.from);
    await from.press('Enter');
    await expect(from).toHaveValue(typed.fromShown);
    await expect(page.getByTestId('edl-save-state')).toHaveAttribute('data-state', 'saved');
    await expect.poll(async () => (await app.call<{ editorial: Editorial }>('editorial.get')).editorial.bestTimes[0].from).toBe('10:00');

    await to.fill(typed.to);
    await to.press('Enter');
    await expect(page.getByTestId('edl-problem')).toContainText(typed.refused);
    await expect(to).toHaveValue(typed.toShown);
    await row.scrollIntoViewIfNeeded();
    await shot(page, `planning-fields-best-times-${language}`);
    expect((await app.call<{ editorial: Editorial }>('editorial.get')).editorial.bestTimes[0]).toMatchObject({ from: '10:00', to: '13:00' });
  });
}

/**
 * A bundle takes posts of any status, and says so before it runs: the calendar's bundle dialog
 * counts the month's posts and the drafts and ideas among them ("5 posts planned from 12/01/2026
 * to 12/31/2026 · 2 are not ready (1 draft, 1 idea)"), in English and French with their plurals.
 * The jobs tray names the range's bundle with the UI language's days, written when shown: a job
 * started in English reads in French once the UI speaks French.
 */
import type { Page } from '@playwright/test';
import type { Editorial, Post, PostInput } from '../../core/schema/posts';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, shot } from './helpers';

test.describe.configure({ mode: 'serial' });

const ZONE = 'Europe/Paris';

/** The month the calendar opens on (in Paris), `YYYY-MM`, and its first and last days. */
function shownMonth(): { first: string; last: string } {
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
  const [year, m] = month.split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(lastDay).padStart(2, '0')}` };
}

/** `YYYY-MM-DD` as the UI writes it: 12/07/2026 in English, 07/12/2026 in French. */
function written(day: string, language: 'en' | 'fr'): string {
  const [y, m, d] = day.split('-');
  return language === 'en' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
}

async function openCalendar(page: Page, app: App, language: 'en' | 'fr'): Promise<void> {
  await app.call('settings.update', { language });
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await page.getByTestId('nav-calendar').click();
  await expect(page.getByTestId('calendar-month')).toHaveAttribute('data-ready', 'true');
}

test('English: the month’s bundle says 2 of its 5 posts are not ready; the tray names it with English days', async ({ page, app }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { posts: earlier } = await app.call<{ posts: Post[] }>('posts.list', {});
  for (const post of earlier) await app.call('posts.delete', { id: post.id });
  const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get');
  await app.call('editorial.save', { ...editorial, settings: { ...editorial.settings, timeZone: ZONE } } satisfies Editorial);
  const design = await createDesignViaApi(app.call, 'Winter card', { preset: 'linkedin-landscape', width: 1200, height: 627 });
  const { first, last } = shownMonth();
  const statuses: Post['status'][] = ['scheduled', 'published', 'draft', 'idea', 'scheduled'];
  for (const [i, status] of statuses.entries()) {
    await app.call('posts.save', {
      id: `month-${i}`,
      title: `Winter ${i + 1}`,
      status,
      notes: '',
      at: { local: `${first.slice(0, 8)}${String(10 + i).padStart(2, '0')}T09:00`, zone: ZONE },
      designIds: [design.id],
      master: { caption: 'Knit season', hashtags: ['#knit'], firstComment: '', link: '' },
      targets: [{ network: 'linkedin' }],
    } satisfies PostInput);
  }
  // An unplanned idea is in no range: not counted.
  await app.call('posts.save', {
    id: 'someday',
    title: 'Someday',
    status: 'idea',
    notes: '',
    at: null,
    designIds: [],
    master: { caption: '', hashtags: [], firstComment: '', link: '' },
    targets: [{ network: 'linkedin' }],
  } satisfies PostInput);

  await openCalendar(page, app, 'en');
  const action = page.getByTestId('calendar-bundle');
  await expect(action).toHaveAttribute('data-count', '5');
  await action.click();
  const dialog = page.getByTestId('bundle-dialog');
  await expect(dialog.locator('.modal-subtitle')).toHaveText(`5 posts planned from ${written(first, 'en')} to ${written(last, 'en')} · 2 are not ready (1 draft, 1 idea)`);
  await shot(page, 'bundle-warning-en');

  // It runs all the same (a bundle takes any status); the tray names it with the days as English writes them.
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('bundle-start').click();
  await downloading;
  const row = page.getByTestId('jobs-tray').locator('[data-job-type="posts.bundle"]');
  await expect(row).toHaveAttribute('data-job-status', 'done', { timeout: 60_000 });
  await expect(row.locator('.job-title')).toHaveText(`Bundle of the posts from ${written(first, 'en')} to ${written(last, 'en')}`);
  await shot(page, 'bundle-warning-tray-en');

  // One draft less: the plural turns singular.
  await app.call('posts.save', { ...(await app.call<{ post: Post }>('posts.get', { id: 'month-2' })).post, status: 'scheduled' });
  await openCalendar(page, app, 'en');
  await page.getByTestId('calendar-bundle').click();
  await expect(page.getByTestId('bundle-dialog').locator('.modal-subtitle')).toHaveText(`5 posts planned from ${written(first, 'en')} to ${written(last, 'en')} · 1 is not ready (1 idea)`);
});

test('Français : le lot du mois dit que 2 publications sur 5 ne sont pas prêtes ; la file nomme le lot avec les dates en français', async ({ page, app }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.call('posts.save', { ...(await app.call<{ post: Post }>('posts.get', { id: 'month-2' })).post, status: 'draft' });
  await app.call('posts.save', { ...(await app.call<{ post: Post }>('posts.get', { id: 'month-4' })).post, status: 'draft' });
  const { first, last } = shownMonth();
  await openCalendar(page, app, 'fr');
  // The bundle started in English is named in French now.
  const row = page.getByTestId('jobs-tray').locator('[data-job-type="posts.bundle"]');
  await expect(row.locator('.job-title')).toHaveText(`Lot des publications du ${written(first, 'fr')} au ${written(last, 'fr')}`);

  await page.getByTestId('calendar-bundle').click();
  const dialog = page.getByTestId('bundle-dialog');
  await expect(dialog.locator('.modal-subtitle')).toHaveText(
    `5\u00a0publications prévues du ${written(first, 'fr')} au ${written(last, 'fr')} · 3 ne sont pas prêtes (2\u00a0brouillons, 1\u00a0idée)`,
  );
  await shot(page, 'bundle-warning-fr');
});

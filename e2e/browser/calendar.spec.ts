/**
 * The editorial calendar (#/calendar) in English and French: posts seeded through the API show on
 * their days with their times; a post dragged to another day is saved there, Ctrl+Z and the toast's
 * Undo put it back (checked with posts.list); an unplanned idea dropped on a day gets the editorial
 * line's best time; "+N more" opens the day's list; an empty recurring slot makes a post; the week
 * view takes a drop on a half hour; the Instagram grid shows upcoming posts in 3 columns; on the
 * board, a post whose checks fail dropped (or moved by the arrow keys) on Ready goes back and the
 * toast names the failing rule with an action that opens the post.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import ICAL from 'ical.js';
import type { Editorial, Post, PostInput } from '../../core/schema/posts';
import { expect, test, type App } from './fixtures';
import { drag, shot } from './helpers';

test.describe.configure({ mode: 'serial' });

const ZONE = 'Europe/Paris';

/** This month (in Paris), `YYYY-MM`: the calendar opens on today's month. */
function thisMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
}
const day = (n: number) => `${thisMonth()}-${String(n).padStart(2, '0')}`;

function input(id: string, title: string, at: string | null, extra: Partial<PostInput> = {}): PostInput {
  return {
    id,
    title,
    status: 'draft',
    notes: '',
    at: at ? { local: at, zone: ZONE } : null,
    designIds: [],
    master: { caption: '', hashtags: [], firstComment: '', link: '' },
    targets: [{ network: 'instagram' }],
    ...extra,
  };
}

async function reset(app: App, language: 'en' | 'fr'): Promise<void> {
  await app.call('settings.update', { language });
  const { posts } = await app.call<{ posts: Post[] }>('posts.list', {});
  for (const post of posts) await app.call('posts.delete', { id: post.id });
  const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get');
  await app.call('editorial.save', {
    ...editorial,
    pillars: [
      { id: 'tips', name: language === 'fr' ? 'Conseils' : 'Tips', color: '#2a9d8f', targetShare: 40, hashtagGroupIds: [] },
      { id: 'news', name: language === 'fr' ? 'Actualités' : 'News', color: '#e76f51', targetShare: 30, hashtagGroupIds: [] },
    ],
    slots: [],
    settings: { ...editorial.settings, timeZone: ZONE },
  } satisfies Editorial);
}

async function openCalendar(page: Page, app: App): Promise<void> {
  await app.open();
  await page.getByTestId('nav-calendar').click();
  await expect(page.getByTestId('calendar-month')).toHaveAttribute('data-ready', 'true');
}

const chip = (page: Page, id: string) => page.locator(`[data-testid="post-chip"][data-post-id="${id}"]`);
const cell = (page: Page, d: string) => page.locator(`[data-testid="month-day"][data-day="${d}"]`);
const plannedAt = async (app: App, id: string) => (await app.call<{ post: Post }>('posts.get', { id })).post.at?.local ?? null;

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A point in the empty lower part of a day cell (below its chips). */
async function emptyPartOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height - 8 };
}

test('English: posts on their days with their times; drag to another day, undo with Ctrl+Z, redo, undo from the toast', async ({ page, app }) => {
  await reset(app, 'en');
  await app.call('posts.save', input('launch', 'Spring launch', `${day(10)}T09:00`, { pillarId: 'tips', targets: [{ network: 'instagram' }, { network: 'linkedin' }] }));
  await app.call('posts.save', input('late', 'Late tip', `${day(10)}T23:30`, { pillarId: 'news' }));
  await app.call('posts.save', input('ny', 'From New York', null, { at: { local: `${day(20)}T09:00`, zone: 'America/New_York' } }));
  await app.call('posts.save', input('idea', 'Someday idea', null));
  await page.setViewportSize({ width: 1440, height: 900 });
  await openCalendar(page, app);

  // Times on every chip, in the display zone, the short English way; the New York post shows at 3pm Paris and says where it was planned.
  await expect(cell(page, day(10)).getByTestId('post-chip-time')).toHaveText(['9am', '11:30pm']);
  await expect(chip(page, 'ny').getByTestId('post-chip-time')).toHaveText('3pm');
  await expect(chip(page, 'launch')).toHaveAttribute('aria-label', /^9:00 AM · Spring launch · /);
  // Its zone badge is short enough to read whole in a month cell; the full zone is in its name and tooltip.
  await expect(chip(page, 'ny').getByTestId('post-chip-zone')).toHaveText('NY');
  await expect(chip(page, 'ny')).toHaveAttribute('aria-label', /Planned at 9:00 AM, New York time \(America\/New_York\)/);
  await expect(chip(page, 'ny').getByTestId('post-chip-zone')).toHaveAttribute('title', 'Planned at 9:00 AM, New York time (America/New_York)');
  await expect(page.getByTestId('unplanned-tray')).toContainText('Someday idea');
  await expect(page.getByTestId('calendar-mix').getByTestId('mix-summary')).toBeVisible();
  await shot(page, 'calendar-en-month');

  // Drag the 9:00 post from the 10th to the 12th: same clock time, saved.
  await drag(page, await centre(chip(page, 'launch')), await emptyPartOf(cell(page, day(12))));
  await expect(cell(page, day(12)).locator('[data-post-id="launch"]')).toBeVisible();
  await expect.poll(() => plannedAt(app, 'launch')).toBe(`${day(12)}T09:00`);
  await expect(page.getByTestId('toast').filter({ hasText: 'moved to' })).toBeVisible();

  // Ctrl+Z puts it back, Ctrl+Shift+Z moves it again.
  await page.keyboard.press('Control+z');
  await expect.poll(() => plannedAt(app, 'launch')).toBe(`${day(10)}T09:00`);
  await expect(cell(page, day(10)).locator('[data-post-id="launch"]')).toBeVisible();
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => plannedAt(app, 'launch')).toBe(`${day(12)}T09:00`);

  // Keyboard: arrows move the focused chip a day; the toast's Undo takes the move back. The chip is
  // focused once the redo has redrawn it on the 12th and the reload that follows the save has settled.
  await expect(cell(page, day(12)).locator('[data-post-id="launch"]')).toBeVisible();
  await expect(async () => {
    await chip(page, 'launch').focus();
    await expect(chip(page, 'launch')).toBeFocused({ timeout: 500 });
  }).toPass();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => plannedAt(app, 'launch')).toBe(`${day(13)}T09:00`);
  await expect(chip(page, 'launch')).toBeFocused();
  await page.getByTestId('toast').filter({ hasText: 'moved to' }).last().getByTestId('toast-action').click();
  await expect.poll(() => plannedAt(app, 'launch')).toBe(`${day(12)}T09:00`);

  // Dropped on the tray it leaves the calendar; undo plans it again.
  await drag(page, await centre(chip(page, 'late')), await centre(page.getByTestId('unplanned-tray')));
  await expect.poll(() => plannedAt(app, 'late')).toBeNull();
  await expect(page.getByTestId('unplanned-tray')).toContainText('Late tip');
  await page.keyboard.press('Control+z');
  await expect.poll(() => plannedAt(app, 'late')).toBe(`${day(10)}T23:30`);
});

test('English: "+N more" on a busy day opens its whole list; colour by status has a legend', async ({ page, app }) => {
  await reset(app, 'en');
  for (let i = 0; i < 9; i++) await app.call('posts.save', input(`busy${i}`, `Busy ${i + 1}`, `${day(15)}T${String(8 + i).padStart(2, '0')}:00`));
  await page.setViewportSize({ width: 1280, height: 800 });
  await openCalendar(page, app);
  const busy = cell(page, day(15));
  const shown = await busy.getByTestId('post-chip').count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(9);
  await expect(busy.getByTestId('month-more')).toHaveText(`+${9 - shown} more`);
  // Nothing overflows the cell: the last chip and "+N more" are inside it.
  const cellBox = (await busy.boundingBox())!;
  const moreBox = (await busy.getByTestId('month-more').boundingBox())!;
  expect(moreBox.y + moreBox.height).toBeLessThanOrEqual(cellBox.y + cellBox.height + 0.5);
  await page.getByTestId('colour-by-status').click();
  await expect(page.getByTestId('calendar-legend')).toContainText('Scheduled elsewhere');
  await shot(page, 'calendar-en-more-1280');
  await busy.getByTestId('month-more').click();
  const dialog = page.getByTestId('calendar-day-dialog');
  await expect(dialog.getByTestId('post-chip')).toHaveCount(9);
  await expect(dialog.getByTestId('post-chip-time').first()).toHaveText('8am');
  await page.keyboard.press('Escape');
});

test('Français : une idée déposée sur un jour prend la meilleure heure ; Annuler du toast la remet ; créneau vide, semaine, grille', async ({ page, app }) => {
  await reset(app, 'fr');
  const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get');
  await app.call('editorial.save', { ...editorial, slots: [{ id: 'tue-tips', weekday: 'tue', time: '09:00', network: 'instagram', pillarId: 'tips' }] });
  await app.call('posts.save', input('idee', 'Idée LinkedIn', null, { status: 'idea', targets: [{ network: 'linkedin' }] }));
  await app.call('posts.save', input('recette', 'Recette du mois', `${day(18)}T12:30`, { pillarId: 'tips' }));
  await page.setViewportSize({ width: 1440, height: 900 });
  await openCalendar(page, app);
  await expect(page.getByTestId('nav-calendar')).toHaveText('Calendrier');
  await expect(page.getByTestId('calendar-view-week')).toHaveText('Semaine');
  await expect(page.getByTestId('empty-slot').first()).toHaveAttribute('aria-label', /^Créneau libre\u00a0: mar\. 09:00 Instagram · Conseils$/);
  await shot(page, 'calendar-fr-month');

  // The idea goes to a Tuesday (LinkedIn's best time there is 10:00) or another day (09:00).
  const target = await page.locator('[data-testid="month-day"]:not(.is-other-month)').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).dataset.day!));
  const tuesday = target.find((d) => new Date(`${d}T12:00Z`).getUTCDay() === 2)!;
  await drag(page, await centre(chip(page, 'idee')), await emptyPartOf(cell(page, tuesday)));
  await expect.poll(() => plannedAt(app, 'idee')).toBe(`${tuesday}T10:00`);
  const toast = page.getByTestId('toast').filter({ hasText: 'planifiée le' });
  await expect(toast).toContainText('«\u00a0Idée LinkedIn\u00a0»');
  await toast.getByTestId('toast-action').click();
  await expect.poll(() => plannedAt(app, 'idee')).toBeNull();

  // A click on an empty slot makes an idea there, on Instagram, in its pillar.
  const slot = page.getByTestId('empty-slot').first();
  const slotDay = (await slot.getAttribute('data-day'))!;
  const before = (await app.call<{ posts: Post[] }>('posts.list', {})).posts.length;
  await slot.click();
  await expect.poll(async () => (await app.call<{ posts: Post[] }>('posts.list', {})).posts.length).toBe(before + 1);
  const created = (await app.call<{ posts: Post[] }>('posts.list', {})).posts.find((p) => p.at?.local === `${slotDay}T09:00`)!;
  expect(created).toMatchObject({ status: 'idea', pillarId: 'tips', targets: [{ network: 'instagram' }] });
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await app.call<{ posts: Post[] }>('posts.list', {})).posts.length).toBe(before);

  // Week view: drop on a half hour sets day and time.
  await page.getByTestId('calendar-today').click();
  await app.call('posts.save', input('semaine', 'Cette semaine', null, { at: { local: `${await todayInParis(page)}T08:00`, zone: ZONE } }));
  await page.getByTestId('calendar-view-week').click();
  const weekChip = page.getByTestId('calendar-week').locator('[data-post-id="semaine"]');
  await expect(weekChip).toBeVisible();
  const today = await todayInParis(page);
  const slotCell = page.locator(`[data-drop="slot"][data-day="${today}"][data-time="10:30"]`);
  await slotCell.scrollIntoViewIfNeeded();
  await drag(page, await centre(weekChip), await centre(slotCell));
  await expect.poll(() => plannedAt(app, 'semaine')).toBe(`${today}T10:30`);
  await shot(page, 'calendar-fr-week');

  // The Instagram grid: upcoming Instagram posts in three columns, 3:4.
  await page.getByTestId('calendar-view-grid').click();
  const tiles = page.getByTestId('profile-grid-tile');
  const count = await tiles.count();
  expect(count).toBeGreaterThan(0);
  const box = (await tiles.first().boundingBox())!;
  expect(box.height / box.width).toBeCloseTo(4 / 3, 1);
  // The grid shows the pictures, not colours: no colour choice, no legend; back on the board they return.
  await expect(page.getByTestId('calendar-legend')).toHaveCount(0);
  await expect(page.getByTestId('colour-by-pillar')).toHaveCount(0);
  await shot(page, 'calendar-fr-grid');

  await page.getByTestId('calendar-view-board').click();
  await expect(page.getByTestId('calendar-legend')).toBeVisible();
  await expect(page.getByTestId('board-column')).toHaveCount(5);
  await expect(page.getByTestId('board-column').nth(4)).toContainText('Publiée');
  await shot(page, 'calendar-fr-board');
});

for (const language of ['en', 'fr'] as const) {
  test(`${language} at 1280x800: a zone badge and an empty slot read whole in the month and the week`, async ({ page, app }) => {
    await reset(app, language);
    const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get');
    await app.call('editorial.save', { ...editorial, slots: [{ id: 'tue-tips', weekday: 'tue', time: '09:00', network: 'instagram', pillarId: 'tips' }] });
    await app.call('posts.save', input('ny', 'From New York', null, { at: { local: `${day(20)}T09:00`, zone: 'America/New_York' }, targets: [{ network: 'x' }, { network: 'instagram' }] }));
    await app.call('posts.save', input('long', 'Les tricots d’hiver sont de retour', null, { at: { local: `${await todayInParis(page)}T10:00`, zone: ZONE } }));
    await page.setViewportSize({ width: 1280, height: 800 });
    await openCalendar(page, app);
    const whole = (locator: Locator) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth);

    // Chips and slot tiles show the short time of the language ("3pm", "9am" in English; 24 h in French).
    await expect(chip(page, 'ny').getByTestId('post-chip-time')).toHaveText(language === 'fr' ? '15:00' : '3pm');
    await expect(page.getByTestId('empty-slot').first().locator('.slot-tile-time')).toHaveText(language === 'fr' ? '09:00' : '9am');

    // The month: "NY", whole, and the title keeps room beside it.
    const zone = chip(page, 'ny').getByTestId('post-chip-zone');
    await expect(zone).toHaveText('NY');
    expect(await whole(zone)).toBe(true);
    expect((await chip(page, 'ny').locator('.post-chip-title').boundingBox())!.width).toBeGreaterThan(20);

    // The week: the slot's pillar under its time, not cut.
    await page.getByTestId('calendar-today').click();
    await page.getByTestId('calendar-view-week').click();
    const slot = page.getByTestId('calendar-week').getByTestId('empty-slot').first();
    await slot.scrollIntoViewIfNeeded();
    await expect(slot.getByTestId('empty-slot-pillar')).toBeVisible();
    // The hour lines read "9 AM" in English, "09:00" in French.
    await expect(page.locator('.week-hour').nth(9)).toHaveText(language === 'fr' ? '09:00' : '9 AM');
    await expect(page.locator('.week-hour').nth(13)).toHaveText(language === 'fr' ? '13:00' : '1 PM');
    await expect(slot.getByTestId('empty-slot-pillar')).toHaveText(language === 'fr' ? 'Conseils' : 'Tips');
    expect(await whole(slot.locator('.slot-tile-text'))).toBe(true);
    const box = (await slot.boundingBox())!;
    const pillarBox = (await slot.getByTestId('empty-slot-pillar').boundingBox())!;
    expect(pillarBox.y + pillarBox.height).toBeLessThanOrEqual(box.y + box.height + 0.5);

    // A post in the week: its title on a line of its own under its time, with the column's width.
    const long = page.getByTestId('calendar-week').locator('[data-post-id="long"]');
    await long.scrollIntoViewIfNeeded();
    const time = (await long.getByTestId('post-chip-time').boundingBox())!;
    const title = (await long.locator('.post-chip-title').boundingBox())!;
    expect(title.y).toBeGreaterThanOrEqual(time.y + time.height - 1);
    expect(title.width).toBeGreaterThan((await long.boundingBox())!.width * 0.8);
    await shot(page, `calendar-${language}-week-1280`);
  });
}

async function todayInParis(page: Page): Promise<string> {
  return page.evaluate((zone) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date()), ZONE);
}

const READY_REFUSED = {
  en: {
    stays: '“Too many tags” stays in Draft',
    why: 'This post cannot be marked ready yet. Instagram: 6 hashtags: the limit is 5.',
    open: 'Open the post',
    moved: '“Too many tags”: Idea',
  },
  fr: {
    stays: '«\u00a0Too many tags\u00a0» reste en Brouillon',
    why: 'Cette publication ne peut pas encore être prête. Instagram\u00a0: 6 hashtags\u00a0: la limite est de 5.',
    open: 'Ouvrir la publication',
    moved: '«\u00a0Too many tags\u00a0»\u00a0: Idée',
  },
} as const;

for (const language of ['en', 'fr'] as const) {
  test(`${language}: a post whose checks fail, dropped or moved with the keyboard on Ready in the board, goes back and the toast names the rule, with a way to open it`, async ({ page, app }) => {
    const words = READY_REFUSED[language];
    await reset(app, language);
    await app.call('posts.save', input('tags', 'Too many tags', `${day(12)}T09:00`, { master: { caption: 'Hello', hashtags: ['#a', '#b', '#c', '#d', '#e', '#f'], firstComment: '', link: '' } }));
    await openCalendar(page, app);
    await page.getByTestId('calendar-view-board').click();
    const column = (status: string) => page.locator(`[data-testid="board-column"][data-status="${status}"]`);
    const card = chip(page, 'tags');
    await expect(column('draft').locator('[data-post-id="tags"]')).toBeVisible();

    // Dropped on Ready: refused by the ready gate; the card is back in Draft.
    await drag(page, await centre(card), await centre(column('ready').locator('.board-cards')));
    const toast = page.getByTestId('toast').filter({ hasText: words.stays });
    await expect(toast).toBeVisible();
    await expect(toast).toHaveAttribute('data-kind', 'error');
    await expect(toast.locator('.toast-detail')).toHaveText(words.why);
    await expect(column('draft').locator('[data-post-id="tags"]')).toBeVisible();
    await expect(column('ready').locator('[data-post-id="tags"]')).toHaveCount(0);
    expect((await app.call<{ post: Post }>('posts.get', { id: 'tags' })).post.status).toBe('draft');
    await shot(page, `calendar-${language}-board-ready-refused`);

    // The toast's action opens the post, where the rule can be fixed.
    await expect(toast.getByTestId('toast-action')).toHaveText(words.open);
    await toast.getByTestId('toast-action').click();
    await expect(page).toHaveURL(/#\/post\/tags$/);

    // With the keyboard: right arrow on the card asks for Ready, refused the same way; left arrow makes it an idea.
    await page.goBack();
    await page.getByTestId('calendar-view-board').click();
    await card.focus();
    const refusals = await page.getByTestId('toast').filter({ hasText: words.stays }).count();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('toast').filter({ hasText: words.stays })).toHaveCount(refusals + 1);
    await expect(column('draft').locator('[data-post-id="tags"]')).toBeVisible();
    await expect(card).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(column('idea').locator('[data-post-id="tags"]')).toBeVisible();
    await expect(page.getByTestId('toast').filter({ hasText: words.moved })).toBeVisible();
    await expect.poll(async () => (await app.call<{ post: Post }>('posts.get', { id: 'tags' })).post.status).toBe('idea');
  });
}
test('English: "Export to a calendar app (.ics)" downloads the month shown, an event per post and network', async ({ page, app }) => {
  await reset(app, 'en');
  const next = new Date(`${thisMonth()}-15T12:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const nextMonthDay = `${next.toISOString().slice(0, 7)}-10`;
  await app.call('posts.save', input('launch', 'Spring launch', `${day(10)}T09:00`, { targets: [{ network: 'instagram' }, { network: 'linkedin' }] }));
  await app.call('posts.save', input('tip', 'Tip', `${day(12)}T18:00`));
  await app.call('posts.save', input('later', 'Next month', `${nextMonthDay}T09:00`));
  await app.call('posts.save', input('idea', 'Someday idea', null));
  await openCalendar(page, app);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calendar-export-ics').click()]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile((await download.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('summary')));
  expect(events).toHaveLength(3);
  expect(events.some((summary) => summary.includes('Spring launch'))).toBe(true);
  expect(events.some((summary) => summary.includes('Next month'))).toBe(false);
});

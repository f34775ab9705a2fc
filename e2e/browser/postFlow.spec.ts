/**
 * The whole planning flow (issue 14), in English and French: from a library with one design, plan a
 * week through the UI (three posts on three days, on Instagram, LinkedIn and X), write captions the
 * networks refuse (6 hashtags on Instagram, X over 280), see the rule in the user's language and
 * ready refused, fix them and mark them ready; then from the calendar's week view export the week's
 * bundle as a zip (a download) and open it: a folder per post and network, each picture at its
 * format's pixel size, caption.txt holding the fixed caption, README.txt, post.json and the CSV chosen.
 * Screenshots with AFFICHE_SHOTS=1 (helpers.ts `shot`).
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { unzipSync } from 'fflate';
import { findFormat } from '../../core/formats/catalog';
import { weekStart } from '../../core/posts/calendar';
import { addDays } from '../../core/posts/time';
import type { DesignSummary } from '../../core/api/contract';
import type { Editorial, Post } from '../../core/schema/posts';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, shot } from './helpers';

test.describe.configure({ mode: 'serial' });

const ZONE = 'Europe/Paris';
const TAGS = '#knit #wool #winter #handmade #cosy #yarn';
const LONG = 'a'.repeat(300);

const WORDS = {
  en: {
    titles: ['Monday knits', 'Wednesday news', 'Friday thread'],
    fixedX: 'Winter knits are back.',
    linkedin: 'Our winter collection is in the shop: forty colours, all hand-dyed.',
    tooLong: 'The caption counts 300 characters as X counts them (a link is 23, an emoji or a CJK character 2): the limit is 280.',
    tooManyTags: '6 hashtags: the limit is 5.',
    short: { tags: 'Too many hashtags', tooLong: 'Caption too long' },
    notReady: 'Not ready yet',
    action: 'Export this week’s bundle',
    dialog: '3 posts planned from',
    readme: 'the posts as bundled',
  },
  fr: {
    titles: ['Tricots du lundi', 'Nouvelles du mercredi', 'Fil du vendredi'],
    fixedX: 'Les tricots d’hiver sont de retour.',
    linkedin: 'Notre collection d’hiver est en boutique : quarante couleurs, toutes teintes à la main.',
    tooLong: 'La légende compte 300 caractères au compte de X (un lien en vaut 23, un emoji ou un caractère chinois, japonais ou coréen 2)\u00a0: la limite est de 280.',
    tooManyTags: '6 hashtags\u00a0: la limite est de 5.',
    short: { tags: 'Trop de hashtags', tooLong: 'Légende trop longue' },
    notReady: 'Pas encore prête',
    action: 'Exporter le lot de la semaine',
    dialog: '3 publications prévues du',
    readme: 'les publications telles que réunies',
  },
} as const;

/** Today in Paris, `YYYY-MM-DD` (the calendar's display zone). */
function todayInParis(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** An empty library but for one design; the editorial line in Paris; the UI in `language`. */
async function startFresh(app: App, language: 'en' | 'fr', name: string): Promise<string> {
  await app.call('settings.update', { language });
  const { posts } = await app.call<{ posts: Post[] }>('posts.list', {});
  for (const post of posts) await app.call('posts.delete', { id: post.id });
  const { designs } = await app.call<{ designs: DesignSummary[] }>('designs.list', {});
  for (const design of designs) await app.call('designs.delete', { id: design.id });
  await app.call('designs.emptyTrash', {});
  const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get', {});
  await app.call('editorial.save', { ...editorial, slots: [], settings: { ...editorial.settings, timeZone: ZONE } } satisfies Editorial);
  const design = await createDesignViaApi(app.call, name);
  return design.id;
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
const readyOption = (page: Page) => page.getByTestId('post-status').locator('option[value="ready"]');

/** A day as the language types it: dd/mm/yyyy in French, mm/dd/yyyy in English. */
function typedDay(day: string, language: 'en' | 'fr'): string {
  const [year, month, date] = day.split('-');
  return language === 'fr' ? `${date}/${month}/${year}` : `${month}/${date}/${year}`;
}

/** The planning fields' times as each language shows them. */
const SHOWN_TIMES: Record<'en' | 'fr', Record<string, string>> = {
  en: { '09:00': '9:00 AM', '12:30': '12:30 PM', '17:00': '5:00 PM' },
  fr: { '09:00': '09:00', '12:30': '12:30', '17:00': '17:00' },
};

/** From the home screen: "Plan a post" on the design, then its title, day and time typed the language's way; answers the post's id. */
async function planPost(page: Page, language: 'en' | 'fr', designId: string, title: string, day: string, time: string): Promise<string> {
  // From a post: its Back button leads home.
  if ((await page.getByTestId('post-editor').count()) > 0) await page.getByTestId('post-back').click();
  const card = page.locator(`[data-testid="design-card"][data-design-id="${designId}"]`);
  await card.getByTestId('design-card-menu').click();
  await page.getByTestId('menu-plan-post').click();
  await expect(page.getByTestId('post-editor')).toBeVisible();
  const id = (await page.getByTestId('post-editor').getAttribute('data-post-id'))!;
  await page.getByTestId('post-title').fill(title);
  await page.getByTestId('post-date').fill(typedDay(day, language));
  await page.getByTestId('post-date').press('Tab');
  await page.getByTestId('post-time').fill(time);
  await page.getByTestId('post-time').press('Enter');
  await expect(page.getByTestId('post-date')).toHaveValue(typedDay(day, language));
  await expect(page.getByTestId('post-time')).toHaveValue(SHOWN_TIMES[language][time]);
  return id;
}

/** Leaves the post's only network for `network`. */
async function onlyOn(page: Page, network: 'linkedin' | 'x'): Promise<void> {
  await page.getByTestId(`network-chip-${network}`).click();
  await expect(page.getByTestId(`network-chip-${network}`)).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('network-chip-instagram').click();
  await expect(page.getByTestId('network-chip-instagram')).toHaveAttribute('aria-pressed', 'false');
}

/** The master caption, the one every network takes unless edited for it. */
async function masterCaption(page: Page, caption: string): Promise<void> {
  await page.getByTestId('caption-tab-master').click();
  await page.getByTestId('master-caption').fill(caption);
}

async function markReady(page: Page): Promise<void> {
  await expect(readyOption(page)).toBeEnabled();
  await page.getByTestId('post-status').selectOption('ready');
  await saved(page);
}

for (const language of ['en', 'fr'] as const) {
  const words = WORDS[language];

  test(`${language}: plan a week on Instagram, LinkedIn and X, fix what they refuse, export the week's bundle and open the zip`, async ({ page, app }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1440, height: 900 });
    const designId = await startFresh(app, language, language === 'fr' ? 'Tricots' : 'Knits');
    await app.open();
    await expect(page.locator('html')).toHaveAttribute('lang', language);

    // Next week's Monday, Wednesday and Friday.
    const monday = addDays(weekStart(todayInParis()), 7);
    const days = [monday, addDays(monday, 2), addDays(monday, 4)];

    // Monday, Instagram: six hashtags, one over its cap; ready is refused with the rule.
    const instagramId = await planPost(page, language, designId, words.titles[0], days[0], '09:00');
    await expect(page.getByTestId('network-chip-instagram')).toHaveAttribute('aria-pressed', 'true');
    await masterCaption(page, `${words.fixedX}\n\n${TAGS}`);
    await page.getByTestId('caption-tab-instagram').click();
    const igPanel = page.getByTestId('caption-panel-instagram');
    await expect(igPanel.getByTestId('check').filter({ hasText: words.tooManyTags })).toBeVisible();
    await expect(readyOption(page)).toBeDisabled();
    await expect(page.getByTestId('ready-reason')).toContainText(words.notReady);
    await expect(page.getByTestId('ready-reason')).toContainText(`Instagram${words.short.tags}`);
    // Fixed: five hashtags.
    const fixedInstagram = `${words.fixedX}\n\n${TAGS.replace(' #yarn', '')}`;
    await masterCaption(page, fixedInstagram);
    await page.getByTestId('caption-tab-instagram').click();
    await expect(igPanel.getByTestId('check').filter({ hasText: words.tooManyTags })).toHaveCount(0);
    await expect(page.getByTestId('ready-reason')).toHaveCount(0);
    await markReady(page);

    // Wednesday, LinkedIn: nothing to fix.
    const linkedinId = await planPost(page, language, designId, words.titles[1], days[1], '12:30');
    await onlyOn(page, 'linkedin');
    await masterCaption(page, words.linkedin);
    await markReady(page);

    // Friday, X: 300 characters where X takes 280; refused, then shortened.
    const xId = await planPost(page, language, designId, words.titles[2], days[2], '17:00');
    await onlyOn(page, 'x');
    await masterCaption(page, LONG);
    const xPanel = page.getByTestId('caption-panel-x');
    await page.getByTestId('caption-tab-x').click();
    await expect(xPanel.getByTestId('check').filter({ hasText: words.tooLong })).toBeVisible();
    await expect(xPanel.getByTestId('caption-counter')).toHaveAttribute('data-level', 'error');
    await expect(readyOption(page)).toBeDisabled();
    await expect(page.getByTestId('ready-reason')).toContainText(`X${words.short.tooLong}`);
    await masterCaption(page, words.fixedX);
    await page.getByTestId('caption-tab-x').click();
    await expect(xPanel.getByTestId('checks-ok')).toBeVisible();
    await expect(page.getByTestId('ready-reason')).toHaveCount(0);
    await markReady(page);

    // The backend has the three posts ready on their days.
    const planned = await Promise.all([instagramId, linkedinId, xId].map(async (id) => (await app.call<{ post: Post }>('posts.get', { id })).post));
    expect(planned.map((post) => [post.status, post.at?.local.slice(0, 10), post.targets.map((target) => target.network)])).toEqual([
      ['ready', days[0], ['instagram']],
      ['ready', days[1], ['linkedin']],
      ['ready', days[2], ['x']],
    ]);

    // The calendar's week view, next week: the three posts, and the action names what it exports.
    await page.getByTestId('post-back').click();
    await page.getByTestId('nav-calendar').click();
    await page.getByTestId('calendar-view-week').click();
    await page.getByTestId('calendar-next').click();
    for (const id of [instagramId, linkedinId, xId]) await expect(page.locator(`[data-testid="post-chip"][data-post-id="${id}"]`)).toBeVisible();
    const action = page.getByTestId('calendar-bundle');
    await expect(action).toHaveText(words.action);
    await expect(action).toHaveAttribute('data-count', '3');
    await shot(page, `post-flow-calendar-${language}`);

    // The dialog says how many posts before anything runs; the plain Affiche CSV is added.
    await action.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('bundle-dialog');
    await expect(dialog).toContainText(words.dialog);
    await dialog.getByTestId('bundle-csv-affiche').locator('input').check();
    await shot(page, `post-flow-bundle-dialog-${language}`);
    const downloading = page.waitForEvent('download');
    await dialog.getByTestId('bundle-start').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    await expect(dialog).toHaveCount(0);

    // A folder per post, `<day>-<title>`, and in it one per network.
    const text = (name: string) => new TextDecoder().decode(zip[name]);
    const folders = planned.map((post, i) => `${days[i]}-${post.title.toLowerCase().replace(/[^a-z]+/g, '-')}`);
    const names = Object.keys(zip).filter((name) => !name.endsWith('/'));
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'post.json', 'affiche.csv']));
    const captions = [fixedInstagram, words.linkedin, words.fixedX];
    for (const [i, post] of planned.entries()) {
      const target = post.targets[0];
      const folder = `${folders[i]}/${target.network}`;
      const media = names.filter((name) => name.startsWith(`${folder}/01.`));
      expect(media, folder).toHaveLength(1);
      expect(text(`${folder}/caption.txt`).trim(), folder).toBe(captions[i]);
      expect(names, folder).toContain(`${folder}/alt.txt`);
      // The picture at its network's format, in pixels.
      const format = findFormat(target.formatId!)!;
      const meta = await sharp(zip[media[0]]).metadata();
      expect([meta.width, meta.height], media[0]).toEqual([format.width, format.height]);
    }
    expect(names.filter((name) => /\/(instagram|linkedin|x)\//.test(name)).every((name) => folders.some((folder) => name.startsWith(`${folder}/`)))).toBe(true);
    const manifest = JSON.parse(text('post.json')) as { posts: Array<{ id: string }> };
    expect(manifest.posts.map((post) => post.id)).toEqual([instagramId, linkedinId, xId]);
    // The README in the user's language.
    expect(text('README.txt')).toContain(words.readme);
    expect(text('affiche.csv')).toContain(words.fixedX);
  });
}

test('list view: the ticked posts are what the action bundles; "Select all shown" ticks them all, then none', async ({ page, app }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const designId = await startFresh(app, 'en', 'Knits');
  const month = todayInParis().slice(0, 7);
  const ids = ['first', 'second', 'third'];
  for (const [i, id] of ids.entries())
    await app.call('posts.save', {
      id,
      title: `Tip ${i + 1}`,
      status: 'draft',
      notes: '',
      at: { local: `${month}-${String(10 + 2 * i).padStart(2, '0')}T09:00`, zone: ZONE },
      designIds: [designId],
      master: { caption: `Tip ${i + 1}`, hashtags: [], firstComment: '', link: '' },
      targets: [{ network: 'instagram' }],
    });
  await app.open();
  await page.getByTestId('nav-calendar').click();
  await page.getByTestId('calendar-view-list').click();
  const action = page.getByTestId('calendar-bundle');
  await expect(action).toHaveText('Export this month’s bundle');
  await expect(action).toHaveAttribute('data-count', '3');

  const pick = (id: string) => page.locator(`[data-testid="calendar-list-pick"][data-post-id="${id}"]`);
  await expect(pick('second')).toHaveAccessibleName('Select Tip 2');
  await pick('second').check();
  await expect(action).toHaveText('Export a bundle of the selected post');
  await expect(action).toHaveAttribute('data-count', '1');
  await page.getByTestId('calendar-list-pick-all').check();
  await expect(action).toHaveText('Export a bundle of the 3 selected posts');
  await page.getByTestId('calendar-list-pick-all').uncheck();
  await expect(action).toHaveText('Export this month’s bundle');

  // Two ticked, from the keyboard: the dialog says 2, the zip holds those two.
  await pick('first').focus();
  await page.keyboard.press('Space');
  await pick('third').check();
  await expect(action).toHaveAttribute('data-count', '2');
  await shot(page, 'post-flow-list-en');
  await action.click();
  const dialog = page.getByTestId('bundle-dialog');
  await expect(dialog).toContainText('2 selected posts');
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('bundle-start').click();
  const zip = unzipSync(new Uint8Array(readFileSync((await (await downloading).path())!)));
  const manifest = JSON.parse(new TextDecoder().decode(zip['post.json'])) as { posts: Array<{ id: string }> };
  expect(manifest.posts.map((post) => post.id)).toEqual(['first', 'third']);
});

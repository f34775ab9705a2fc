/**
 * Screenshots of the posts screens for review (not a pixel test): the calendar's month, week, list,
 * board and Instagram grid with the unplanned tray, the post editor (master and a network in
 * trouble), the editorial line and the bundle dialog, in English and French at 1280x800 and
 * 1440x900, with a realistic month: several networks, a post planned in New York, recurring slots
 * with long pillar names, a busy day, ideas in the tray.
 * Run with AFFICHE_SHOTS=1; files go to AFFICHE_SHOTS_DIR or affiche-shots/ in the OS temp folder.
 */
import type { Page } from '@playwright/test';
import { weekStart } from '../../core/posts/calendar';
import { addDays } from '../../core/posts/time';
import type { Editorial, Post, PostInput } from '../../core/schema/posts';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, shot } from './helpers';

test.skip(!process.env.AFFICHE_SHOTS, 'set AFFICHE_SHOTS=1 to capture UI screenshots');
test.describe.configure({ mode: 'serial' });

const ZONE = 'Europe/Paris';

function todayInParis(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

const NAMES = {
  en: { pillars: ['Tips and tutorials', 'Behind the scenes', 'Product news'], titles: ['Winter knits are back', 'How we dye our wool', 'Live from the New York fair', 'Ten tips for cosy socks', 'Studio tour', 'New colours'] },
  fr: { pillars: ['Conseils et tutoriels', 'Coulisses de l’atelier', 'Nouveautés produits'], titles: ['Les tricots d’hiver sont de retour', 'Comment nous teignons la laine', 'En direct du salon de New York', 'Dix conseils pour des chaussettes douillettes', 'Visite de l’atelier', 'Nouvelles couleurs'] },
} as const;

async function seed(app: App, language: 'en' | 'fr'): Promise<string> {
  const names = NAMES[language];
  await app.call('settings.update', { language });
  const { posts } = await app.call<{ posts: Post[] }>('posts.list', {});
  for (const post of posts) await app.call('posts.delete', { id: post.id });
  const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get');
  const pillarIds = ['tips', 'backstage', 'news'];
  await app.call('editorial.save', {
    ...editorial,
    pillars: names.pillars.map((name, i) => ({ id: pillarIds[i], name, color: ['#2a9d8f', '#e9c46a', '#e76f51'][i], targetShare: [40, 30, 30][i], hashtagGroupIds: [] })),
    hashtagGroups: [{ id: 'knitting', name: 'Knitting', hashtags: ['#knit', '#wool', '#winter', '#handmade', '#cosy', '#yarn'] }],
    cadence: { instagram: 3, linkedin: 2 },
    slots: [
      { id: 'tue-tips', weekday: 'tue', time: '09:00', network: 'instagram', pillarId: 'tips' },
      { id: 'thu-backstage', weekday: 'thu', time: '12:30', network: 'linkedin', pillarId: 'backstage' },
      { id: 'sat-news', weekday: 'sat', time: '10:00', network: 'facebook', pillarId: 'news' },
    ],
    settings: { ...editorial.settings, timeZone: ZONE },
  } satisfies Editorial);
  const design = await createDesignViaApi(app.call, `Winter card ${language}`);
  const today = todayInParis();
  const monday = weekStart(today);
  const post = (id: string, title: string, at: { local: string; zone: string } | null, extra: Partial<PostInput> = {}): PostInput => ({
    id: `${id}-${language}`,
    title,
    status: 'draft',
    notes: '',
    at,
    designIds: [design.id],
    master: { caption: 'Winter knits are back.', hashtags: ['#knit'], firstComment: '', link: '' },
    targets: [{ network: 'instagram' }],
    ...extra,
  });
  const inputs: PostInput[] = [
    post('launch', names.titles[0], { local: `${monday}T09:00`, zone: ZONE }, { pillarId: 'news', status: 'ready', targets: [{ network: 'instagram' }, { network: 'linkedin' }, { network: 'facebook' }] }),
    post('dye', names.titles[1], { local: `${addDays(monday, 2)}T11:00`, zone: ZONE }, { pillarId: 'backstage', targets: [{ network: 'linkedin' }] }),
    post('ny', names.titles[2], { local: `${addDays(monday, 3)}T09:00`, zone: 'America/New_York' }, { pillarId: 'news', targets: [{ network: 'x' }], master: { caption: 'a'.repeat(300), hashtags: [], firstComment: '', link: '' } }),
    post('socks', names.titles[3], { local: `${addDays(monday, 4)}T18:00`, zone: ZONE }, { pillarId: 'tips', status: 'scheduled' }),
    post('tour', names.titles[4], { local: `${addDays(monday, -3)}T14:30`, zone: ZONE }, { pillarId: 'backstage', status: 'published' }),
    post('colours', names.titles[5], { local: `${addDays(monday, 8)}T10:00`, zone: 'America/Los_Angeles' }, { pillarId: 'news', status: 'ready', targets: [{ network: 'pinterest' }, { network: 'threads' }] }),
    post('idea1', language === 'fr' ? 'Idée : tuto pompon' : 'Idea: pompom how-to', null, { status: 'idea' }),
    post('idea2', language === 'fr' ? 'Interview d’une cliente fidèle' : 'Interview a loyal customer', null, { status: 'idea', targets: [{ network: 'linkedin' }] }),
  ];
  for (let i = 0; i < 6; i++) inputs.push(post(`busy${i}`, `${names.titles[i]} ${i + 1}`, { local: `${addDays(monday, 3)}T${String(8 + i).padStart(2, '0')}:15`, zone: ZONE }, { pillarId: pillarIds[i % 3] }));
  for (const input of inputs) await app.call('posts.save', input);
  return `ny-${language}`;
}

async function views(page: Page, tag: string): Promise<void> {
  await page.getByTestId('nav-calendar').click();
  await expect(page.getByTestId('calendar-month')).toHaveAttribute('data-ready', 'true');
  await shot(page, `${tag}-posts-1-month`);
  await page.getByTestId('month-more').first().click();
  await expect(page.getByTestId('calendar-day-dialog')).toBeVisible();
  await shot(page, `${tag}-posts-1b-month-day`);
  await page.keyboard.press('Escape');
  await page.getByTestId('colour-by-status').click();
  await shot(page, `${tag}-posts-2-month-status`);
  await page.getByTestId('colour-by-pillar').click();
  for (const [view, n] of [
    ['week', 3],
    ['list', 4],
    ['board', 5],
    ['grid', 6],
  ] as const) {
    await page.getByTestId(`calendar-view-${view}`).click();
    await shot(page, `${tag}-posts-${n}-${view}`);
  }
  await page.getByTestId('calendar-view-week').click();
  await page.getByTestId('calendar-bundle').click();
  await expect(page.getByTestId('bundle-dialog')).toBeVisible();
  await shot(page, `${tag}-posts-7-bundle`);
  await page.keyboard.press('Escape');
  await page.getByTestId('calendar-view-month').click();
}

for (const language of ['en', 'fr'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    test(`${language} ${width}x${height}`, async ({ page, app }) => {
      const ny = await seed(app, language);
      await page.setViewportSize({ width, height });
      const tag = `${language}-${width}x${height}`;
      await app.open();
      await views(page, tag);
      await page.evaluate((id) => (window.location.hash = `#/post/${id}`), ny);
      await expect(page.getByTestId('post-editor')).toBeVisible();
      await shot(page, `${tag}-posts-8-editor`);
      await page.getByTestId('caption-tab-x').click();
      await shot(page, `${tag}-posts-9-editor-x`);
      await page.getByTestId('post-editor').evaluate((el) => el.querySelector('.post-details, aside')?.scrollBy(0, 2000));
      await shot(page, `${tag}-posts-10-editor-side-scrolled`);
      await page.evaluate(() => (window.location.hash = '#/editorial'));
      await expect(page.getByTestId('editorial')).toBeVisible();
      await shot(page, `${tag}-posts-11-editorial`);
      await page.mouse.wheel(0, 900);
      await shot(page, `${tag}-posts-12-editorial-2`);
      await page.mouse.wheel(0, 900);
      await shot(page, `${tag}-posts-13-editorial-3`);
    });
  }
}

/**
 * The editorial line (issue 14, Editorial line), in English and French: two pillars, a hashtag group
 * pasted as '#a b #c', a cadence and a recurring slot made on the screen are kept after a reload
 * (and are what editorial.get answers); a pillar name taken twice is refused in the UI's language;
 * the mix panel shows the seeded posts' figures ("Tips +17 points", "LinkedIn: 2 of 3 this week");
 * a pillar another window just gave to a post is kept: editorial.save refuses, the banner says why,
 * the edit stays on screen marked "Not saved" until the user goes back to what is saved.
 * Screenshots with AFFICHE_SHOTS=1 (1440x900 and 1280x800), kept out of the repo.
 */
import type { Page } from '@playwright/test';
import type { Editorial, PostInput } from '../../core/schema/posts';
import { expect, test, type App } from './fixtures';
import { shot } from './helpers';

test.describe.configure({ mode: 'serial' });

const WORDS = {
  en: { tips: 'Tips', promo: 'Offers', group: 'Winter', taken: 'There is already a pillar named “tips”.', saved: 'Saved', notSaved: 'Not saved', slotTyped: '9:30 am', slotShown: '9:30 AM' },
  fr: { tips: 'Conseils', promo: 'Offres', group: 'Hiver', taken: 'Il y a déjà un pilier nommé «\u00a0conseils\u00a0».', saved: 'Enregistré', notSaved: 'Non enregistré', slotTyped: '9h30', slotShown: '09:30' },
} as const;

async function inLanguage(app: App, page: Page, language: 'fr' | 'en'): Promise<void> {
  await app.call('settings.update', { language });
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

async function openEditorial(page: Page): Promise<void> {
  await page.getByTestId('nav-editorial').click();
  await expect(page.getByTestId('editorial')).toBeVisible();
  await expect(page.getByTestId('edl-save-state')).toHaveAttribute('data-state', 'saved');
}

const editorialOf = async (app: App) => (await app.call<{ editorial: Editorial }>('editorial.get')).editorial;

/** Tips (50 %) and Offers (30 %) in the language's words, no hashtag group, no slot. */
function twoPillars(language: 'fr' | 'en'): Pick<Editorial, 'pillars' | 'hashtagGroups' | 'slots'> {
  const words = WORDS[language];
  return {
    pillars: [
      { id: 'tips', name: words.tips, color: '#1c7ed6', targetShare: 50, hashtagGroupIds: [] },
      { id: 'promo', name: words.promo, color: '#e8590c', targetShare: 30, hashtagGroupIds: [] },
    ],
    hashtagGroups: [],
    slots: [],
  };
}

for (const language of ['en', 'fr'] as const) {
  const words = WORDS[language];

  test(`${language}: pillars, a hashtag group, a cadence and a slot made on the screen are kept after a reload`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await inLanguage(app, page, language);
    // A fresh line for each language (the server is shared by the file's tests); no post keeps a pillar.
    const { posts: earlier } = await app.call<{ posts: PostInput[] }>('posts.list');
    for (const post of earlier) await app.call('posts.delete', { id: post.id });
    const fresh = await editorialOf(app);
    await app.call('editorial.save', { ...fresh, pillars: [], hashtagGroups: [], cadence: {}, slots: [] });
    await openEditorial(page);
    await expect(page.getByTestId('edl-pillars')).toContainText(language === 'en' ? 'No pillar yet' : 'Aucun pilier');

    for (const name of [words.tips, words.promo]) {
      await page.getByTestId('edl-pillar-new-name').fill(name);
      await page.getByTestId('edl-pillar-add').click();
    }
    await expect(page.getByTestId('edl-pillar')).toHaveCount(2);
    await page.getByTestId('edl-pillar').first().getByTestId('edl-pillar-share').fill('50');
    await page.getByTestId('edl-pillar').nth(1).getByTestId('edl-pillar-share').fill('30');
    await expect(page.getByTestId('edl-pillars-total')).toContainText('80');

    // A name taken twice (case aside) is refused in the UI's language, and nothing is added.
    await page.getByTestId('edl-pillar-new-name').fill(words.tips.toLowerCase());
    await page.getByTestId('edl-pillar-add').click();
    await expect(page.getByTestId('edl-problem')).toHaveText(words.taken);
    await expect(page.getByTestId('edl-pillar')).toHaveCount(2);
    await page.getByTestId('edl-pillar-new-name').fill('');

    await page.getByTestId('edl-group-new-name').fill(words.group);
    await page.getByTestId('edl-group-new-tags').fill('#hiver neige, #ski #Hiver');
    await page.getByTestId('edl-group-add').click();
    const group = page.getByTestId('edl-group');
    await expect(group.getByTestId('edl-group-tags-chip')).toHaveText(['#hiver', '#neige', '#ski']);
    // Typed into the group's chips: one more, and one already there stays once.
    await group.getByTestId('edl-group-tags-input').fill('#apresski #ski');
    await group.getByTestId('edl-group-tags-input').press('Enter');
    await expect(group.getByTestId('edl-group-tags-chip')).toHaveText(['#hiver', '#neige', '#ski', '#apresski']);
    // The group joins the first pillar.
    await page.getByTestId('edl-pillar').first().getByTestId('edl-pillar-group').click();

    await page.getByTestId('edl-cadence-input-linkedin').fill('3');
    await page.getByTestId('edl-slot-new-weekday').selectOption('tue');
    // The slot's time typed the language's way.
    await page.getByTestId('edl-slot-new-time').fill(words.slotTyped);
    await page.getByTestId('edl-slot-new-time').press('Tab');
    await expect(page.getByTestId('edl-slot-new-time')).toHaveValue(words.slotShown);
    await page.getByTestId('edl-slot-new-network').selectOption('instagram');
    await page.getByTestId('edl-slot-new-pillar').selectOption({ label: words.tips });
    await page.getByTestId('edl-slot-add').click();
    await expect(page.getByTestId('edl-slot')).toHaveCount(1);
    await expect(page.getByTestId('edl-save-state')).toHaveAttribute('data-state', 'saved');
    await expect(page.getByTestId('edl-save-state')).toHaveText(words.saved);

    const stored = await editorialOf(app);
    expect(stored.pillars.map((pillar) => [pillar.name, pillar.targetShare])).toEqual([
      [words.tips, 50],
      [words.promo, 30],
    ]);
    expect(stored.hashtagGroups.map((g) => [g.name, g.hashtags])).toEqual([[words.group, ['#hiver', '#neige', '#ski', '#apresski']]]);
    expect(stored.pillars[0].hashtagGroupIds).toEqual([stored.hashtagGroups[0].id]);
    expect(stored.cadence).toEqual({ linkedin: 3 });
    expect(stored.slots).toEqual([{ id: stored.slots[0].id, weekday: 'tue', time: '09:30', network: 'instagram', pillarId: stored.pillars[0].id }]);
    await shot(page, `editorial-made-${language}`);

    await page.reload();
    await expect(page.getByTestId('editorial')).toBeVisible();
    await expect(page.getByTestId('edl-pillar-name').nth(0)).toHaveValue(words.tips);
    await expect(page.getByTestId('edl-pillar-name').nth(1)).toHaveValue(words.promo);
    await expect(page.getByTestId('edl-pillar-share').nth(0)).toHaveValue('50');
    await expect(page.getByTestId('edl-pillar-share').nth(1)).toHaveValue('30');
    await expect(page.getByTestId('edl-group').getByTestId('edl-group-tags-chip')).toHaveText(['#hiver', '#neige', '#ski', '#apresski']);
    await expect(page.getByTestId('edl-cadence-input-linkedin')).toHaveValue('3');
    await expect(page.getByTestId('edl-slot-weekday')).toHaveValue('tue');
    await expect(page.getByTestId('edl-slot-time')).toHaveValue(words.slotShown);
    await expect(page.getByTestId('edl-slot-pillar')).toHaveValue(stored.pillars[0].id);
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, `editorial-1280-${language}`);
  });

  test(`${language}: the mix panel shows the month's posts against the targets and the week's cadence`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await inLanguage(app, page, language);
    const zone = 'Europe/Paris';
    const base = await editorialOf(app);
    const editorial: Editorial = {
      ...base,
      ...twoPillars(language),
      cadence: { linkedin: 3, instagram: 3 },
      settings: { ...base.settings, timeZone: zone },
    };
    await app.call('editorial.save', editorial);
    const { posts: earlier } = await app.call<{ posts: PostInput[] }>('posts.list');
    for (const post of earlier) await app.call('posts.delete', { id: post.id });
    // Today in Paris is in this month and this week: six posts on it, at different times.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const seeds: Array<[string | undefined, PostInput['targets'][number]['network']]> = [
      ['tips', 'instagram'],
      ['tips', 'instagram'],
      ['tips', 'instagram'],
      ['tips', 'instagram'],
      ['promo', 'linkedin'],
      [undefined, 'linkedin'],
    ];
    for (const [i, [pillarId, network]] of seeds.entries()) {
      const post: PostInput = {
        id: `seed${i}`,
        title: `Seed ${i}`,
        status: 'draft',
        ...(pillarId ? { pillarId } : {}),
        notes: '',
        at: { local: `${today}T${String(8 + i).padStart(2, '0')}:00`, zone },
        designIds: [],
        master: { caption: 'Hello', hashtags: [], firstComment: '', link: '' },
        targets: [{ network }],
      };
      await app.call('posts.save', post);
    }
    await openEditorial(page);
    const panel = page.getByTestId('mix-summary');
    await expect(panel.getByTestId('mix-total')).toHaveText(language === 'en' ? '6 posts planned this month' : '6 publications prévues ce mois-ci');
    await expect(panel.getByTestId('mix-points')).toHaveText(['+17 points', '\u221213 points']);
    await expect(panel.getByTestId('mix-pillar').first()).toContainText(language === 'en' ? '4 posts' : '4 publications');
    await expect(panel.getByTestId('mix-unassigned')).toContainText(language === 'en' ? 'No pillar' : 'Sans pilier');
    const linkedin = panel.locator('[data-testid="cadence-row"][data-network="linkedin"]').getByTestId('cadence-text');
    await expect(linkedin).toHaveText(language === 'en' ? 'LinkedIn: 2 of 3 this week' : 'LinkedIn\u00a0: 2 sur 3 cette semaine');
    // Four on Instagram against three a week: said as more than planned, not in the colour of a goal met.
    const instagram = panel.locator('[data-testid="cadence-row"][data-network="instagram"]');
    await expect(instagram.getByTestId('cadence-text')).toHaveText(language === 'en' ? 'Instagram: 4 of 3 this week · 1\u00a0more than planned' : 'Instagram\u00a0: 4 sur 3 cette semaine · 1\u00a0de plus que prévu');
    await expect(instagram).toHaveAttribute('data-state', 'over');
    await expect(panel.locator('[data-testid="cadence-row"][data-network="linkedin"]')).toHaveAttribute('data-state', 'short');
    // Without a goal for Instagram (saved elsewhere), the panel follows: only the count.
    await app.call('editorial.save', { ...editorial, cadence: { linkedin: 3 } });
    await expect(instagram.getByTestId('cadence-text')).toHaveText(language === 'en' ? 'Instagram: 4 this week' : 'Instagram\u00a0: 4 cette semaine');
    await expect(instagram).toHaveAttribute('data-state', 'noGoal');
    // Posts an hour apart today, under the two hours wanted: three gaps on Instagram, one on LinkedIn.
    await expect(panel.getByTestId('mix-gap')).toHaveCount(4);
    await expect(panel.getByTestId('mix-gap').first()).toContainText(language === 'en' ? 'Instagram: two posts 60 min apart' : 'Instagram\u00a0: deux publications à 60\u00a0min d’intervalle');
    // The bar of Tips is two thirds of the track.
    const bar = panel.getByTestId('mix-pillar').first().locator('.mix-bar');
    const [track, fill] = await Promise.all([bar.boundingBox(), bar.locator('.mix-bar-fill').boundingBox()]);
    expect(fill!.width / track!.width).toBeCloseTo(2 / 3, 2);

    // A post moved to a pillar shows at once (library.changed 'posts').
    const { post: unassigned } = await app.call<{ post: PostInput }>('posts.get', { id: 'seed5' });
    await app.call('posts.save', { ...unassigned, pillarId: 'promo' });
    await expect(panel.getByTestId('mix-points')).toHaveText(['+17 points', '+3 points']);
    await expect(panel.getByTestId('mix-unassigned')).toHaveCount(0);

    // Removing a pillar used by posts is refused with their count.
    await page.getByTestId('edl-pillar').nth(1).getByTestId('edl-pillar-remove').click();
    await expect(page.getByTestId('edl-problem')).toHaveText(
      language === 'en'
        ? `“${words.promo}” is the pillar of 2 posts: give them another pillar before removing this one.`
        : `«\u00a0${words.promo}\u00a0» est le pilier de 2 publications\u00a0: donnez-leur un autre pilier avant de retirer celui-ci.`,
    );
    await expect(page.getByTestId('edl-pillar')).toHaveCount(2);
    await shot(page, `editorial-mix-${language}`);
  });
}

for (const language of ['en', 'fr'] as const) {
  const words = WORDS[language];

  test(`${language}: a pillar another window just gave to a post is not dropped: the save is refused, the banner says why, the edit stays "Not saved" until the stored line is asked back`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await inLanguage(app, page, language);
    const base = await editorialOf(app);
    const { posts: earlier } = await app.call<{ posts: PostInput[] }>('posts.list');
    for (const post of earlier) await app.call('posts.delete', { id: post.id });
    await app.call('editorial.save', {
      ...base,
      ...twoPillars(language),
    } satisfies Editorial);
    // This screen hears nothing from the others: its list of posts goes stale.
    await page.route('**/api/events', (route) => route.abort());
    await page.reload();
    await openEditorial(page);
    await expect(page.getByTestId('edl-pillar')).toHaveCount(2);

    // Meanwhile, another window files a post under the second pillar.
    const post: PostInput = {
      id: 'elsewhere',
      title: 'Elsewhere',
      status: 'draft',
      pillarId: 'promo',
      notes: '',
      at: null,
      designIds: [],
      master: { caption: 'Hello', hashtags: [], firstComment: '', link: '' },
      targets: [{ network: 'instagram' }],
    };
    await app.call('posts.save', post);

    await page.getByTestId('edl-pillar').nth(1).getByTestId('edl-pillar-remove').click();
    await expect(page.getByTestId('edl-problem').locator('.edl-grow')).toHaveText(
      language === 'en'
        ? `“${words.promo}” is the pillar of 1 post: give it another pillar before removing this one.`
        : `«\u00a0${words.promo}\u00a0» est le pilier d’une publication\u00a0: donnez-lui un autre pilier avant de retirer celui-ci.`,
    );
    // The edit stays on screen, truly "Not saved", the refusal beside it; the stored line keeps both pillars.
    await expect(page.getByTestId('edl-pillar')).toHaveCount(1);
    await expect(page.getByTestId('edl-save-state')).toHaveAttribute('data-state', 'error');
    await expect(page.getByTestId('edl-save-state')).toHaveText(words.notSaved);
    expect((await editorialOf(app)).pillars.map((pillar) => pillar.id)).toEqual(['tips', 'promo']);
    await shot(page, `editorial-pillar-refused-${language}`);

    // "Go back to what is saved": the stored line on screen, the pillar back, "Saved", the banner gone.
    await page.getByTestId('edl-show-stored').click();
    await expect(page.getByTestId('edl-pillar')).toHaveCount(2);
    await expect(page.getByTestId('edl-pillar-name').nth(1)).toHaveValue(words.promo);
    await expect(page.getByTestId('edl-save-state')).toHaveText(words.saved);
    await expect(page.getByTestId('edl-problem')).toHaveCount(0);
    expect((await editorialOf(app)).pillars.map((pillar) => pillar.id)).toEqual(['tips', 'promo']);
    await shot(page, `editorial-pillar-kept-${language}`);
    await page.unroute('**/api/events');
  });
}

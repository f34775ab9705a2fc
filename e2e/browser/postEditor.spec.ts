/**
 * The post editor (issue 14, Posts), in English and French: plan a post from a design, a caption
 * too long for X (the check shows, ready is refused), fixed for X alone, Instagram added with a
 * hashtag group of 6 (over its cap of 5), one removed, ready, reload: posts.get has it all.
 * Screenshots with AFFICHE_SHOTS=1 (helpers.ts `shot`).
 */
import type { Page } from '@playwright/test';
import type { Design } from '../../core/schema/design';
import type { Editorial, Post } from '../../core/schema/posts';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, shot, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

const GROUP = ['#knit', '#wool', '#winter', '#handmade', '#cosy', '#yarn'];

const WORDS = {
  en: { short: 'Caption too long', tooLong: 'The caption counts 300 characters as X counts them (a link is 23, an emoji or a CJK character 2): the limit is 280.', tooManyTags: '6 hashtags: the limit is 5.', plan: 'Plan a post', editedFor: 'Edited for X', notReady: 'Not ready yet', ready: 'Ready' },
  fr: { short: 'Légende trop longue', tooLong: 'La légende compte 300 caractères au compte de X (un lien en vaut 23, un emoji ou un caractère chinois, japonais ou coréen 2)\u00a0: la limite est de 280.', tooManyTags: '6 hashtags\u00a0: la limite est de 5.', plan: 'Planifier une publication', editedFor: 'Modifié pour X', notReady: 'Pas encore prête', ready: 'Prête' },
} as const;

async function inLanguage(app: App, page: Page, language: 'fr' | 'en'): Promise<void> {
  await app.call('settings.update', { language });
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

async function withHashtagGroup(app: App): Promise<void> {
  const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get', {});
  await app.call('editorial.save', { ...editorial, settings: { ...editorial.settings, timeZone: 'Europe/Paris' }, hashtagGroups: [{ id: 'knitting', name: 'Knitting', hashtags: GROUP }] });
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

for (const language of ['en', 'fr'] as const) {
  const words = WORDS[language];

  test(`${language}: plan a post from a design, fix what X and Instagram refuse, set it ready, reload`, async ({ page, app }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await withHashtagGroup(app);
    const design = await createDesignViaApi(app.call, `Tweet card ${language}`, { preset: 'x-landscape', width: 1600, height: 900 });
    await inLanguage(app, page, language);

    // Plan a post from the design card's menu.
    const card = page.locator(`[data-testid="design-card"][data-design-id="${design.id}"]`);
    await card.getByTestId('design-card-menu').click();
    await expect(page.getByTestId('menu-plan-post')).toHaveText(words.plan);
    await page.getByTestId('menu-plan-post').click();
    await expect(page.getByTestId('post-editor')).toBeVisible();
    await expect(page).toHaveURL(/#\/post\/[A-Za-z0-9_-]+$/);
    const postId = (await page.getByTestId('post-editor').getAttribute('data-post-id'))!;
    await expect(page.getByTestId('post-title')).toHaveValue(`Tweet card ${language}`);
    await expect(page.getByTestId('post-design')).toHaveCount(1);
    // The design's network is the first one, and the only one.
    await expect(page.getByTestId('network-chip-x')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('network-chip-instagram')).toHaveAttribute('aria-pressed', 'false');

    // A caption too long for X: the tab, the counter and the check say so, and ready is refused.
    const long = 'a'.repeat(300);
    await page.getByTestId('master-caption').fill(long);
    await expect(page.getByTestId('caption-tab-x')).toHaveAttribute('data-level', 'error');
    await page.getByTestId('caption-tab-x').click();
    const xPanel = page.getByTestId('caption-panel-x');
    await expect(xPanel.getByTestId('network-caption')).toHaveValue(long);
    await expect(xPanel.getByTestId('caption-counter')).toHaveAttribute('data-level', 'error');
    await expect(xPanel.getByTestId('caption-counter')).toContainText('300');
    await expect(xPanel.getByTestId('check').filter({ hasText: words.tooLong })).toBeVisible();
    await expect(page.getByTestId('post-status').locator('option[value="ready"]')).toBeDisabled();
    // The side column says it short, a line per network (the tab keeps the whole sentence); a click opens the tab.
    const reason = page.getByTestId('ready-reason');
    await expect(reason).toContainText(words.notReady);
    await expect(reason.getByTestId('ready-reason-network')).toHaveText([`X${words.short}`]);
    await expect(reason).not.toContainText(words.tooLong);
    await page.getByTestId('caption-tab-master').click();
    await reason.getByTestId('ready-reason-network').click();
    await expect(page.getByTestId('caption-tab-x')).toHaveAttribute('aria-selected', 'true');
    await expect(xPanel.getByTestId('check').filter({ hasText: words.tooLong })).toBeVisible();
    await shot(page, `post-editor-x-too-long-${language}`);

    // Fixed for X alone: an override, the master keeps its text.
    await xPanel.getByTestId('network-caption').fill('Winter knits are back.');
    await expect(xPanel.getByTestId('caption-row').getByTestId('edited-for')).toContainText(words.editedFor);
    await expect(xPanel.getByTestId('checks-ok')).toBeVisible();
    await expect(page.getByTestId('ready-reason')).toHaveCount(0);

    // Instagram with the 6 hashtags of a group: over its cap of 5.
    await page.getByTestId('network-chip-instagram').click();
    await page.getByTestId('caption-tab-instagram').click();
    const igPanel = page.getByTestId('caption-panel-instagram');
    await expect(igPanel.getByTestId('network-caption')).toHaveValue(long);
    await igPanel.getByTestId('hashtag-group').click();
    await expect(igPanel.getByTestId('hashtag-chip')).toHaveCount(6);
    await expect(igPanel.getByTestId('hashtag-count')).toHaveAttribute('data-level', 'error');
    await expect(igPanel.getByTestId('check').filter({ hasText: words.tooManyTags })).toBeVisible();
    await expect(page.getByTestId('post-status').locator('option[value="ready"]')).toBeDisabled();
    // Inserting the group again adds nothing.
    await igPanel.getByTestId('hashtag-group').click();
    await expect(igPanel.getByTestId('hashtag-chip')).toHaveCount(6);
    // The part shown before "more" is marked: Instagram's first 125 characters.
    await expect(igPanel.getByTestId('network-caption-visible')).toHaveText('a'.repeat(125));
    await shot(page, `post-editor-instagram-hashtags-${language}`);

    // One removed: nothing left to fix, ready can be chosen.
    await igPanel.getByTestId('hashtag-chip').filter({ hasText: '#yarn' }).getByTestId('hashtag-remove').click();
    await expect(igPanel.getByTestId('hashtag-chip')).toHaveCount(5);
    await expect(igPanel.getByTestId('check').filter({ hasText: words.tooManyTags })).toHaveCount(0);
    await expect(page.getByTestId('post-status').locator('option[value="ready"]')).toBeEnabled();
    await page.getByTestId('post-status').selectOption('ready');
    await saved(page);

    // Reload: the stored post has it all, and the editor shows it again.
    await page.reload();
    await expect(page.getByTestId('post-editor')).toBeVisible();
    const { post } = await app.call<{ post: Post }>('posts.get', { id: postId });
    expect(post.status).toBe('ready');
    expect(post.designIds).toEqual([design.id]);
    expect(post.master.caption).toBe(long);
    expect(post.targets.map((target) => target.network)).toEqual(['instagram', 'x']);
    const x = post.targets.find((target) => target.network === 'x')!;
    const instagram = post.targets.find((target) => target.network === 'instagram')!;
    expect(x).toMatchObject({ caption: 'Winter knits are back.', designId: design.id, formatId: 'x-landscape' });
    expect(instagram.caption).toBeUndefined();
    expect(instagram.hashtags).toEqual(GROUP.slice(0, 5));
    expect(instagram.formatId).toMatch(/^instagram-/);
    await expect(page.getByTestId('post-status')).toHaveValue('ready');
    await expect(page.getByTestId('post-status').locator('option:checked')).toHaveText(words.ready);
    await page.getByTestId('caption-tab-instagram').click();
    await expect(page.getByTestId('caption-panel-instagram').getByTestId('hashtag-chip')).toHaveCount(5);
    await shot(page, `post-editor-ready-${language}`);
  });
}

test('the editor top bar plans a post too; a custom size starts on Instagram; delete has undo', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Odd size for the autumn collection launch', { preset: null, width: 1000, height: 700 });
  await app.call('settings.update', { language: 'en' });
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open(`#/design/${design.id}`);
  await waitForCanvas(page);
  await shot(page, 'editor-topbar-1280');
  await page.getByTestId('plan-post').click();
  await expect(page.getByTestId('post-editor')).toBeVisible();
  await expect(page.getByTestId('network-chip-instagram')).toHaveAttribute('aria-pressed', 'true');
  const postId = (await page.getByTestId('post-editor').getAttribute('data-post-id'))!;
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'post-editor-1280');

  // A ready post whose caption stops passing goes back to draft and says why.
  await page.getByTestId('post-status').selectOption('ready');
  await page.getByTestId('master-caption').fill('b'.repeat(2300));
  await expect(page.getByTestId('post-status')).toHaveValue('draft');
  await expect(page.getByTestId('ready-reason')).toContainText('Back to draft');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await page.getByTestId('master-caption').fill('Short again.');

  await page.getByTestId('post-delete').click();
  await expect(page.getByTestId('post-editor')).toHaveCount(0);
  const toast = page.getByTestId('toast').filter({ hasText: 'deleted' });
  await expect(toast).toBeVisible();
  expect((await app.call<{ posts: Post[] }>('posts.list', {})).posts.map((p) => p.id)).not.toContain(postId);
  await toast.getByTestId('toast-action').click();
  await expect(page.getByTestId('post-editor')).toBeVisible();
  expect((await app.call<{ posts: Post[] }>('posts.list', {})).posts.map((p) => p.id)).toContain(postId);
});

test('fr: a best-time hint, the zone, the pillar, alt text per slide and notes are kept', async ({ page, app }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const { editorial } = await app.call<{ editorial: Editorial }>('editorial.get', {});
  await app.call('editorial.save', { ...editorial, settings: { ...editorial.settings, timeZone: 'Europe/Paris' }, pillars: [{ id: 'tips', name: 'Astuces', color: '#e4572e', targetShare: 40, hashtagGroupIds: [] }] });
  const { design } = await app.call<{ design: Design }>('designs.create', { name: 'Trois astuces', format: { preset: 'instagram-carousel', width: 1080, height: 1350 }, kind: 'carousel' });
  const [first] = design.pages;
  await app.call('designs.save', { design: { ...design, pages: [{ ...first, altText: 'Première astuce' }, { ...first, id: 'second-slide', altText: undefined }] } });
  await app.call('settings.update', { language: 'fr' });
  await app.open();

  await page.locator(`[data-testid="design-card"][data-design-id="${design.id}"]`).getByTestId('design-card-menu').click();
  await page.getByTestId('menu-plan-post').click();
  await expect(page.getByTestId('post-editor')).toBeVisible();
  const postId = (await page.getByTestId('post-editor').getAttribute('data-post-id'))!;

  // Alt text per slide: the design's own first, then typed for Instagram.
  await page.getByTestId('caption-tab-instagram').click();
  const alts = page.getByTestId('caption-panel-instagram').getByTestId('alt-text');
  await expect(alts).toHaveCount(2);
  await expect(alts.nth(0)).toHaveValue('Première astuce');
  await expect(alts.nth(1)).toHaveValue('');
  await alts.nth(1).fill('Deuxième astuce');

  // A best-time hint plans the post; its source and year are on it.
  const hint = page.getByTestId('best-time').first();
  await expect(hint).toContainText('Sprout Social, 2023');
  await expect(hint).toContainText('lun.');
  await hint.click();
  await expect(page.getByTestId('post-time')).toHaveValue('09:00');
  await page.getByTestId('post-zone').selectOption('America/New_York');
  await page.getByTestId('post-pillar').selectOption('tips');
  await expect(page.getByTestId('pillar-dot')).toHaveCSS('background-color', 'rgb(228, 87, 46)');
  await page.getByTestId('post-notes').fill('Vérifier le visuel 2 avec le client.');
  await saved(page);
  await shot(page, 'post-editor-details-fr');

  await page.reload();
  await expect(page.getByTestId('post-editor')).toBeVisible();
  const { post } = await app.call<{ post: Post }>('posts.get', { id: postId });
  expect(post.at?.zone).toBe('America/New_York');
  expect(post.at?.local).toMatch(/T09:00$/);
  // Instagram's first hint is Monday to Wednesday.
  expect([1, 2, 3]).toContain(new Date(`${post.at!.local.slice(0, 10)}T00:00:00Z`).getUTCDay());
  expect(post.pillarId).toBe('tips');
  expect(post.notes).toBe('Vérifier le visuel 2 avec le client.');
  expect(post.targets).toEqual([{ network: 'instagram', designId: design.id, formatId: 'instagram-carousel', altTexts: ['Première astuce', 'Deuxième astuce'] }]);
  await expect(page.getByTestId('post-zone')).toHaveValue('America/New_York');
  await expect(page.getByTestId('post-pillar')).toHaveValue('tips');
});

/**
 * Video editing in the properties panel (issue 13): on a video design, "Slide up" for a text, the
 * transition "Wipe left" from the installed ffmpeg's list, Ken Burns on a picture, a soundtrack
 * picked from the library; a reload keeps them all (autosave). A new design from a video format is
 * a video of one 5 s scene. Screenshots (1280x1500, en + fr) go to os.tmpdir().
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createImageElement, createTextElement } from '../../core/schema/factory';
import type { Design } from '../../core/schema/design';
import { expect, test, type App } from './fixtures';
import { editorDesign, quadrantPng, waitForCanvas, waitForSaved, toneWav } from './helpers';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), `affiche-video-props-${name}.png`) });


interface Asset {
  id: string;
}

/** A two-scene 9:16 video: a photo and a title on the first scene; open in the editor. */
async function openVideo(page: Page, app: App): Promise<{ design: Design; sound: Asset }> {
  const photo = (await app.importAsset<{ asset: Asset }>('beach.png', quadrantPng(300, 400))).asset;
  const sound = (await app.importAsset<{ asset: Asset }>('jingle.wav', toneWav(250))).asset;
  const { design } = await app.call<{ design: Design }>('designs.create', { name: 'Reel', format: { preset: 'tiktok-video', width: 1080, height: 1920 }, kind: 'video' });
  design.pages[0].elements = [
    createImageElement({ id: 'photo1', assetId: photo.id, x: 90, y: 200, width: 900, height: 1200 }),
    createTextElement({ id: 'title1', x: 100, y: 1500, width: 880, text: 'Nouvelle collection', fontFamily: 'Inter', fontSize: 84, fill: '#1c1b22' }),
  ];
  design.pages.push({ id: 'scene2', background: { fill: '#1B3A5C' }, elements: [] });
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  return { design, sound };
}

async function clickElement(page: Page, id: string): Promise<void> {
  const at = (await page.evaluate((el) => window.__afficheEditor!.screenCenterOf(el), id))!;
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([id]);
}

async function clickEmpty(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([]);
}

test('slide up, wipe left, Ken Burns and a soundtrack survive a reload', async ({ page, app }) => {
  // Tall enough to show the whole panel in the screenshots.
  await page.setViewportSize({ width: 1280, height: 1500 });
  await app.open();
  const { design, sound } = await openVideo(page, app);
  const panel = page.getByTestId('properties-panel');

  // The text slides up.
  await clickElement(page, 'title1');
  await panel.getByTestId('animation-in').selectOption({ label: 'Slide up' });
  await expect(panel.getByTestId('animation-in-duration-value')).toHaveValue('0.5');
  await shot(page, 'en-animation');

  // Ken Burns on the picture.
  await clickElement(page, 'photo1');
  await panel.getByTestId('ken-burns').selectOption({ label: 'Zoom in' });
  await expect(panel.getByTestId('ken-burns-amount-value')).toHaveValue('15');
  await shot(page, 'en-ken-burns');

  // The scene's transition and the soundtrack, with nothing selected.
  await clickEmpty(page);
  const kind = panel.getByTestId('transition-kind');
  // The installed ffmpeg's list: common ones named, others by their ffmpeg name.
  await expect(kind.locator('option', { hasText: 'Wipe left' })).toHaveCount(1);
  await expect(kind.locator('option', { hasText: 'pixelize' })).toHaveCount(1);
  await kind.selectOption({ label: 'Wipe left' });
  await panel.getByTestId('soundtrack-sound').selectOption({ label: 'jingle.wav' });
  await expect(panel.getByTestId('video-length')).toContainText('9.5 s, 2 scenes');
  await shot(page, 'en-scene');
  await panel.getByTestId('video-settings-section').scrollIntoViewIfNeeded();
  await shot(page, 'en-settings');

  await expect.poll(async () => (await editorDesign(page)).audio?.assetId).toBe(sound.id);
  await waitForSaved(page);
  await page.reload();
  await waitForCanvas(page);
  const saved = await editorDesign(page);
  expect(saved.id).toBe(design.id);
  const [photo, title] = saved.pages[0].elements;
  expect(title.timing?.animationIn).toEqual({ kind: 'slideUp', durationMs: 500, easing: 'easeOut' });
  expect(photo).toMatchObject({ kenBurns: { kind: 'zoomIn', amount: 0.15 } });
  expect(saved.pages[0].transitionOut).toEqual({ kind: 'wipeleft', durationMs: 500 });
  expect(saved.audio).toEqual({ assetId: sound.id, volume: 1, startMs: 0, fadeInMs: 0, fadeOutMs: 0 });
  // The panel shows what was kept.
  await expect(panel.getByTestId('transition-kind')).toHaveValue('wipeleft');
  await expect(panel.getByTestId('soundtrack-sound')).toHaveValue(sound.id);

  // The same panel in French.
  await app.call('settings.update', { language: 'fr' });
  try {
    await page.reload();
    await waitForCanvas(page);
    await expect(panel.getByTestId('transition-kind').locator('option:checked')).toHaveText('Volet à gauche');
    await expect(panel.getByTestId('video-length')).toContainText('9,5\u00a0s, 2 scènes');
    await shot(page, 'fr-scene');
    await clickElement(page, 'title1');
    await expect(panel.getByTestId('animation-in').locator('option:checked')).toHaveText('Glisser vers le haut');
    await shot(page, 'fr-animation');
  } finally {
    await app.call('settings.update', { language: 'en' });
  }
});

test('a new design from a video format is a video of one 5 s scene', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await app.open();
  await page.getByTestId('new-design').click();
  await page.getByTestId('network-tab-tiktok').click();
  await page.getByTestId('format-tiktok-video').click();
  await waitForCanvas(page);
  const design = await editorDesign(page);
  expect(design.kind).toBe('video');
  expect(design.pages).toHaveLength(1);
  await expect(page.getByTestId('properties-panel').getByTestId('video-length')).toContainText('5 s, 1 scene');
});

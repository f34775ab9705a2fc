/**
 * UI screenshots for review (not a pixel test): home, new-design dialog, editor with a selection,
 * export dialog, settings, trash — in English and French, at 1280x800 and 1920x1080.
 * Run with AFFICHE_SHOTS=1; files go to AFFICHE_SHOTS_DIR or affiche-shots/ in the OS temp folder.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createImageElement, createShapeElement, createTextElement } from '../../core/schema/factory';
import type { Design } from '../../core/schema/design';
import { canvasPointOf, expect, test, type App } from './fixtures';
import { createDesignViaApi, quadrantPng, waitForCanvas } from './helpers';

const outDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');

test.skip(!process.env.AFFICHE_SHOTS, 'set AFFICHE_SHOTS=1 to capture UI screenshots');
test.describe.configure({ mode: 'serial' });

let seeded: Design | null = null;

async function seed(app: App): Promise<Design> {
  if (seeded) return seeded;
  const { asset } = await app.importAsset<{ asset: { id: string } }>('palette.png', quadrantPng(800, 600));
  const design = await createDesignViaApi(app.call, 'Summer sale – launch post');
  design.pages[0].background.fill = '#f4ede1';
  design.pages[0].elements = [
    createImageElement({ assetId: asset.id, x: 90, y: 380, width: 900, height: 675 }),
    createShapeElement({ shape: 'ellipse', x: 760, y: 120, width: 240, height: 240, fill: '#ffb547' }),
    createTextElement({ x: 90, y: 110, width: 640, text: 'Summer sale', fontFamily: 'Playfair Display', fontSize: 110, fontWeight: 700, align: 'left', fill: '#1c1b22' }),
    createShapeElement({ shape: 'rect', x: 90, y: 1120, width: 420, height: 110, fill: '#6d4aff', cornerRadius: 24 }),
  ];
  await app.call('designs.save', { design });
  await createDesignViaApi(app.call, 'Story – new menu', { preset: 'instagram-story', width: 1080, height: 1920 });
  await createDesignViaApi(app.call, 'YouTube thumbnail', { preset: 'youtube-thumbnail', width: 1280, height: 720 });
  await createDesignViaApi(app.call, 'Poster A4-ish', { preset: null, width: 2480, height: 3508 });
  const trashed = await createDesignViaApi(app.call, 'Old flyer');
  await app.call('designs.delete', { id: trashed.id });
  seeded = design;
  return design;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250); // let transitions settle
  await page.screenshot({ path: path.join(outDir, `${name}.png`) });
}

for (const language of ['en', 'fr'] as const) {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    test(`${language} ${width}x${height}`, async ({ page, app }) => {
      mkdirSync(outDir, { recursive: true });
      const design = await seed(app);
      await app.call('settings.update', { language });
      await page.setViewportSize({ width, height });
      const tag = `${language}-${width}x${height}`;

      await app.open();
      await expect(page.getByTestId('design-card')).toHaveCount(4);
      // Thumbnails are drawn by the backend in the background.
      await expect(page.locator('.design-thumb img').first()).toBeVisible();
      await page.waitForTimeout(1500);
      await page.reload();
      await expect(page.getByTestId('design-card')).toHaveCount(4);
      await page.waitForTimeout(500);
      await shot(page, `${tag}-1-home`);

      await page.getByTestId('design-card-menu').first().click();
      await shot(page, `${tag}-2-home-menu`);
      await page.keyboard.press('Escape');

      await page.getByTestId('new-design').click();
      await shot(page, `${tag}-3-new-design`);
      await page.getByTestId('network-tab-custom').click();
      await page.getByTestId('custom-width').fill('9000');
      await shot(page, `${tag}-4-new-design-custom`);
      await page.keyboard.press('Escape');

      await page.getByTestId('nav-trash').click();
      await expect(page.getByTestId('trash-card')).toHaveCount(1);
      await shot(page, `${tag}-5-trash`);
      await page.getByTestId('nav-designs').click();

      await page.getByTestId('open-settings').click();
      await shot(page, `${tag}-6-settings`);
      await page.keyboard.press('Escape');

      await page.evaluate((id) => (window.location.hash = `#/design/${id}`), design.id);
      await waitForCanvas(page);
      await expect.poll(() => page.evaluate(() => window.__afficheEditor!.objects().length)).toBe(4);
      const textId = design.pages[0].elements[2].id;
      const point = await canvasPointOf(page, textId);
      await page.mouse.click(point.x, point.y);
      await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([textId]);
      await shot(page, `${tag}-7-editor-text-selected`);

      await page.getByTestId('font-picker').click();
      await shot(page, `${tag}-8-editor-font-picker`);
      await page.keyboard.press('Escape');

      await page.getByTestId('tool-image').click();
      await expect(page.getByTestId('asset-tile')).toHaveCount(1);
      await shot(page, `${tag}-9-editor-images`);

      await page.getByTestId('open-export').click();
      await shot(page, `${tag}-10-export`);
      await page.keyboard.press('Escape');

      await page.getByTestId('tool-shapes').click();
      await expect(page.getByTestId('shapes-panel')).toBeVisible();
      await shot(page, `${tag}-11-editor-shapes`);

      await page.getByTestId('tool-layers').click();
      await expect(page.getByTestId('layers-panel')).toBeVisible();
      await shot(page, `${tag}-12-editor-layers`);

      // The text's effects panel, scrolled into view, with an outline and a highlight on.
      await page.mouse.click(point.x, point.y);
      await page.getByTestId('text-outline').check();
      await page.getByTestId('text-highlight').check();
      await page.getByTestId('text-effects').scrollIntoViewIfNeeded();
      await shot(page, `${tag}-13-editor-text-effects`);

      await page.mouse.click(point.x, point.y, { button: 'right' });
      await expect(page.getByTestId('context-menu')).toBeVisible();
      await shot(page, `${tag}-14-editor-context-menu`);
      await page.keyboard.press('Escape');

      await page.getByTestId('show-shortcuts').click();
      await expect(page.getByTestId('shortcut-sheet')).toBeVisible();
      await shot(page, `${tag}-15-shortcuts`);
      await page.keyboard.press('Escape');

      // Position and size with the ratio lock, on the selected text.
      await page.mouse.click(point.x, point.y);
      await page.getByTestId('geometry-section').scrollIntoViewIfNeeded();
      await shot(page, `${tag}-16-editor-geometry`);

      // Resize to other formats, then the story variant with its safe zone.
      await page.keyboard.press('Escape');
      await page.getByTestId('resize-to').click();
      // The design is shared by the four runs: formats made by an earlier run show as taken.
      for (const id of ['instagram-story', 'linkedin-landscape']) {
        const option = page.getByTestId(`resize-${id}`);
        if (await option.isEnabled()) await option.check();
      }
      await shot(page, `${tag}-17-resize-dialog`);
      if (await page.getByTestId('resize-create').isEnabled()) await page.getByTestId('resize-create').click();
      else await page.keyboard.press('Escape');
      await page.getByTestId('variant-tab-instagram-story').click();
      await expect(page.getByTestId('variant-tab-instagram-story')).toHaveAttribute('aria-selected', 'true');
      await page.getByTestId('safe-zone-toggle').click();
      await shot(page, `${tag}-18-editor-variant-safe-zone`);
      await page.getByTestId('safe-zone-toggle').click();

      // Crop mode on the picture.
      const imageId = design.pages[0].elements.find((el) => el.type === 'image')?.id;
      if (imageId) {
        const picture = await canvasPointOf(page, imageId);
        await page.mouse.dblclick(picture.x, picture.y);
        await shot(page, `${tag}-19-editor-crop`);
        await page.keyboard.press('Escape');
      }
    });
  }
}

/**
 * The asset library with a realistic set: photos (gradients standing in for pictures), logos with
 * transparency, fonts, and a video and a sound when ffmpeg is on the machine; tags, favourites,
 * credits, collections, one photo used by a design and one in the trash. Runs after the tests
 * above (their editor counts the library's images).
 */
async function seedLibrary(app: App): Promise<void> {
  const { default: sharp } = await import('sharp');
  const { readFileSync, mkdtempSync, rmSync } = await import('node:fs');
  const { execFileSync } = await import('node:child_process');
  const photo = (from: string, to: string, sun: string, width = 1600, height = 1067) =>
    sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width * 0.68}" cy="${height * 0.42}" r="${height * 0.16}" fill="${sun}"/><path d="M0 ${height * 0.72} Q ${width * 0.3} ${height * 0.6} ${width * 0.55} ${height * 0.74} T ${width} ${height * 0.7} V ${height} H 0 Z" fill="rgba(0,0,0,0.35)"/></svg>`,
      ),
    )
      .jpeg({ quality: 82 })
      .toBuffer();
  const logo = (colour: string, letter: string) =>
    sharp(
      Buffer.from(
        `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><circle cx="300" cy="300" r="260" fill="${colour}"/><text x="300" y="380" font-size="260" font-family="sans-serif" font-weight="700" fill="#fff" text-anchor="middle">${letter}</text></svg>`,
      ),
    )
      .png()
      .toBuffer();
  const files: Array<{ name: string; data: Promise<Buffer> | Buffer; tags?: string[]; favourite?: boolean; credit?: string }> = [
    { name: 'biarritz-sunset.jpg', data: photo('#ff9a62', '#6a3c8c', '#ffe08a'), tags: ['summer', 'beach'], favourite: true, credit: 'Photo: Jane Doe / Unsplash' },
    { name: 'morning-fog.jpg', data: photo('#dfe7ef', '#8fa3b8', '#ffffff'), tags: ['autumn'] },
    { name: 'lavender-field.jpg', data: photo('#b9a3e3', '#4b3a78', '#fff3c4', 1080, 1350), tags: ['summer'] },
    { name: 'night-market.jpg', data: photo('#0f1a3a', '#3a1450', '#ffcc4d'), tags: ['city'] },
    { name: 'pool-party.jpg', data: photo('#5fd4f4', '#1a6fb0', '#fff6a8'), tags: ['summer', 'promo'], favourite: true },
    { name: 'forest-trail.jpg', data: photo('#9ccc65', '#1b5e20', '#f1f8e9', 1080, 1920), tags: ['outdoor'] },
    { name: 'desert-dunes.jpg', data: photo('#ffd59e', '#c1643a', '#fff8e1'), credit: 'Photo: Sam Lee / Pexels' },
    { name: 'winter-cabin.jpg', data: photo('#e3f2fd', '#546e7a', '#ffffff', 1350, 1080), tags: ['winter'] },
    { name: 'coffee-shop.jpg', data: photo('#d7b899', '#4e342e', '#ffe0b2'), tags: ['city', 'food'] },
    { name: 'neon-street.jpg', data: photo('#ff4081', '#311b92', '#18ffff'), tags: ['city'], favourite: true },
    { name: 'spring-blossom.jpg', data: photo('#fce4ec', '#f06292', '#fffde7', 1080, 1350), tags: ['spring'] },
    { name: 'ocean-waves.jpg', data: photo('#80deea', '#01579b', '#e0f7fa'), tags: ['summer', 'beach'] },
    { name: 'logo-atelier.png', data: logo('#6d4aff', 'A'), tags: ['brand'] },
    { name: 'logo-boulangerie.png', data: logo('#e76f51', 'B'), tags: ['brand', 'client'] },
    { name: 'Montserrat-Bold.ttf', data: readFileSync('assets/fonts/Montserrat/Montserrat_700Bold.ttf'), tags: ['brand'] },
    { name: 'PlayfairDisplay-Regular.ttf', data: readFileSync('assets/fonts/PlayfairDisplay/PlayfairDisplay_400Regular.ttf') },
  ];
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-shots-media-'));
  try {
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=1280x720:rate=30:duration=12', '-pix_fmt', 'yuv420p', '-c:v', 'libx264', path.join(tmp, 'clip.mp4')]);
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'sine=frequency=440:duration=95', path.join(tmp, 'jingle.mp3')]);
    files.push({ name: 'teaser-soldes.mp4', data: readFileSync(path.join(tmp, 'clip.mp4')), tags: ['promo'] });
    files.push({ name: 'jingle-ete.mp3', data: readFileSync(path.join(tmp, 'jingle.mp3')), tags: ['summer'] });
  } catch {
    // No ffmpeg here: the set has no video or sound.
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const ids: Record<string, string> = {};
  for (const file of files) {
    const { asset } = await app.importAsset<{ asset: { id: string } }>(file.name, await file.data);
    ids[file.name] = asset.id;
    if (file.tags) await app.call('assets.tag', { ids: [asset.id], add: file.tags });
    if (file.favourite || file.credit) await app.call('assets.update', { id: asset.id, favourite: file.favourite, credit: file.credit });
  }
  const { collection: campaign } = await app.call<{ collection: { id: string } }>('collections.create', { name: 'Summer campaign' });
  const { collection: client } = await app.call<{ collection: { id: string } }>('collections.create', { name: 'Boulangerie Martin' });
  await app.call('assets.setCollections', { ids: ['biarritz-sunset.jpg', 'pool-party.jpg', 'ocean-waves.jpg', 'lavender-field.jpg'].map((n) => ids[n]), add: [campaign.id] });
  await app.call('assets.setCollections', { ids: ['logo-boulangerie.png', 'coffee-shop.jpg'].map((n) => ids[n]), add: [client.id] });
  await app.call('assets.update', { id: ids['biarritz-sunset.jpg'], name: 'Biarritz, golden hour', notes: 'Hero picture of the summer campaign', licence: 'Unsplash licence' });
  const design = await createDesignViaApi(app.call, 'Summer sale – hero post');
  design.pages[0].elements = [createImageElement({ assetId: ids['biarritz-sunset.jpg'], x: 0, y: 0, width: 1080, height: 720 })];
  await app.call('designs.save', { design });
  await app.call('assets.delete', { ids: [ids['morning-fog.jpg']] });
}

test('library screen en + fr', async ({ page, app }) => {
  test.setTimeout(240_000);
  mkdirSync(outDir, { recursive: true });
  await seedLibrary(app);
  for (const language of ['en', 'fr'] as const) {
    await app.call('settings.update', { language });
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      const tag = `${language}-${width}x${height}`;
      await page.setViewportSize({ width, height });
      await app.open();
      await page.getByTestId('nav-library').click();
      await expect(page.getByTestId('library-tile').first()).toBeVisible();
      await page.waitForTimeout(800); // thumbnails
      await shot(page, `${tag}-20-library`);

      const hero = page.locator('[data-testid="library-tile"][data-name="Biarritz, golden hour"]');
      await hero.click();
      await expect(page.getByTestId('usage-link')).toBeVisible();
      await shot(page, `${tag}-21-library-details`);

      await page.locator('[data-testid="library-tile"][data-name="pool-party.jpg"]').click({ modifiers: ['ControlOrMeta'] });
      await page.locator('[data-testid="library-tile"][data-name="neon-street.jpg"]').click({ modifiers: ['ControlOrMeta'] });
      await page.getByTestId('bulk-tag').click();
      await shot(page, `${tag}-22-library-bulk-tags`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');

      await page.getByTestId('kind-image').click();
      await page.getByTestId('tag-suggestion').filter({ hasText: '#summer' }).click();
      await expect(page.getByTestId('library-tile')).toHaveCount(4);
      await shot(page, `${tag}-23-library-filtered`);
      await page.getByTestId('library-clear-filters').click();

      await page.getByTestId('view-trash').click();
      await expect(page.getByTestId('library-tile')).not.toHaveCount(0);
      await shot(page, `${tag}-24-library-trash`);
    }
  }
  await app.call('settings.update', { language: 'en' });
});

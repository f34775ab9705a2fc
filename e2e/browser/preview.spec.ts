/**
 * The editor's Preview (issue 12, Previews): a 5-slide Instagram carousel in a phone frame, swiped
 * with the arrow keys, a mouse drag and a trackpad's sideways scroll, the "n/5" chip and the active
 * dot following; each slide drawn as exported (its background, and an element on every slide);
 * the profile grid showing the first slide's centre 3:4; Escape closing. A LinkedIn document in its
 * viewer ("2 / 10", arrows, its title) in French, a panorama cut at its seams in a TikTok frame.
 * Screenshots (en + fr) go to AFFICHE_SHOTS_DIR when AFFICHE_SHOTS is set.
 */
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createShapeElement, createTextElement } from '../../core/schema/factory';
import type { Design, FormatRef } from '../../core/schema/design';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

const shotsDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');

async function shot(page: Page, name: string): Promise<void> {
  if (!process.env.AFFICHE_SHOTS) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) });
}

const BACKGROUNDS = ['#f4ede1', '#2a9d8f', '#e9c46a', '#264653', '#8d5cf6'];
const RED: RGB = [255, 0, 0];
const MARK: RGB = [17, 17, 17];
type RGB = [number, number, number];

function hex(colour: string): RGB {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as RGB;
}

/**
 * A carousel of `backgrounds.length` slides: slide 1 has red bars along its left and right edges
 * (outside the profile grid's centre 3:4), and slide 1 holds a dark square marked "on every slide",
 * top left, and a page number "{page}/{pages}" at the bottom.
 */
async function createCarousel(app: App, name: string, format: FormatRef, backgrounds = BACKGROUNDS, altTexts: Record<number, string> = {}): Promise<Design> {
  const design = await createDesignViaApi(app.call, name, format);
  const base = design.pages[0];
  const { width, height } = format;
  design.kind = 'carousel';
  design.pages = backgrounds.map((fill, i) => ({ ...base, id: `slide${i}`, background: { fill }, elements: [], ...(altTexts[i] ? { altText: altTexts[i] } : {}) }));
  design.pages[0].elements = [
    createShapeElement({ shape: 'rect', x: 0, y: 0, width: 30, height, fill: '#ff0000' }),
    createShapeElement({ shape: 'rect', x: width - 30, y: 0, width: 30, height, fill: '#ff0000' }),
    createShapeElement({ shape: 'rect', x: 60, y: 40, width: 140, height: 140, fill: '#111111', repeat: 'all' }),
    createTextElement({ x: 340, y: height - 180, width: 400, text: '{page}/{pages}', fontSize: 90, fontWeight: 700, fill: '#ffffff', repeat: 'all' }),
  ];
  await app.call('designs.save', { design });
  return design;
}

async function openEditor(app: App, page: Page, designId: string, language: 'en' | 'fr'): Promise<void> {
  await app.call('settings.update', { language });
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${designId}`);
  await waitForCanvas(page);
}

/** The colour of a shown slide's picture at a point given as fractions of its size. */
async function slidePixel(page: Page, index: number, fx: number, fy: number): Promise<RGB> {
  const slide = page.locator(`[data-testid="preview-slide"][data-index="${index}"]`);
  await expect(slide).toHaveAttribute('data-drawn', 'true');
  return page.evaluate(
    ({ index, fx, fy }) => {
      const img = document.querySelector<HTMLImageElement>(`[data-testid="preview-slide"][data-index="${index}"] img`)!;
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(img, 0, 0);
      const data = context.getImageData(Math.floor(fx * canvas.width), Math.floor(fy * canvas.height), 1, 1).data;
      return [data[0], data[1], data[2]] as [number, number, number];
    },
    { index, fx, fy },
  );
}

function expectColour(actual: RGB, expected: RGB, tolerance = 6): void {
  actual.forEach((value, i) => expect(Math.abs(value - expected[i]), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance));
}

/** The shown slide, by the counter chip and the dots. */
async function expectShown(page: Page, index: number, count: number, spaced = false): Promise<void> {
  await expect(page.getByTestId('preview-counter')).toHaveText(spaced ? `${index + 1} / ${count}` : `${index + 1}/${count}`);
  await expect(page.getByTestId('preview-strip')).toHaveAttribute('data-index', String(index));
  const active = page.locator('[data-testid="preview-dot"][data-active="true"]');
  if (count > 1 && !spaced) await expect(active).toHaveAttribute('data-index', String(index));
}

/** A mouse drag across the slides by `dx` CSS px, held still `holdMs` before letting go. */
async function dragSlides(page: Page, dx: number, holdMs = 0): Promise<void> {
  const box = (await page.getByTestId('preview-strip').boundingBox())!;
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: 8 });
  if (holdMs) await page.waitForTimeout(holdMs);
  await page.mouse.up();
}

test('Instagram carousel: swipe with the keys, a drag and a trackpad; the counter and the dots follow; the grid shows the first slide at 3:4; Escape closes', async ({ page, app }) => {
  await createDesignViaApi(app.call, 'Another post', { preset: 'instagram-square', width: 1080, height: 1080 });
  const design = await createCarousel(app, 'Five tips', { preset: 'instagram-carousel', width: 1080, height: 1350 }, BACKGROUNDS, { 2: 'A mustard yellow slide' });
  await openEditor(app, page, design.id, 'en');

  await page.getByTestId('open-preview').click();
  const dialog = page.getByTestId('preview-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Instagram · 5 slides');
  await expect(page.getByTestId('preview-frame-instagram')).toBeVisible();
  await expect(page.getByTestId('preview-frame-instagram')).toContainText('your_brand');
  await expect(page.getByTestId('preview-dot')).toHaveCount(5);
  await expectShown(page, 0, 5);
  // The slide is the width of the phone's screen at 4:5, and takes the keyboard at once.
  const first = (await page.locator('[data-testid="preview-slide"][data-index="0"]').boundingBox())!;
  expect(first.height / first.width).toBeCloseTo(1.25, 2);
  await expect(page.getByTestId('preview-strip')).toBeFocused();
  expectColour(await slidePixel(page, 0, 0.5, 0.5), hex(BACKGROUNDS[0]));
  await shot(page, 'preview-instagram-en');

  // Arrow keys, stopping at the first slide.
  await page.keyboard.press('ArrowLeft');
  await expectShown(page, 0, 5);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expectShown(page, 2, 5);
  await expect(page.getByTestId('preview-announce')).toHaveText('Slide 3 of 5');
  // Beside the phone, the shown slide's alt text (what a screen reader says), or that it has none.
  await expect(page.getByTestId('preview-alt')).toContainText('Alt text of slide 3');
  await expect(page.getByTestId('preview-alt')).toContainText('A mustard yellow slide');
  await expect(page.locator('[data-testid="preview-slide"][data-index="2"] img')).toHaveAttribute('alt', 'A mustard yellow slide');
  // Slide 3 as exported: its own background, and the square marked "on every slide" on slide 1.
  expectColour(await slidePixel(page, 2, 0.5, 0.5), hex(BACKGROUNDS[2]));
  expectColour(await slidePixel(page, 2, 130 / 1080, 110 / 1350), MARK);
  // The shown slide sits in the frame: the strip moved by two slides.
  const strip = (await page.getByTestId('preview-strip').boundingBox())!;
  await expect.poll(async () => (await page.locator('[data-testid="preview-slide"][data-index="2"]').boundingBox())!.x).toBeCloseTo(strip.x, 0);
  await page.keyboard.press('ArrowLeft');
  await expectShown(page, 1, 5);
  await expect(page.getByTestId('preview-alt')).toContainText('None yet');

  // Dragging: past half a slide turns the page.
  await dragSlides(page, -200);
  await expectShown(page, 2, 5);
  await dragSlides(page, -200);
  await expectShown(page, 3, 5);
  await dragSlides(page, 180);
  await expectShown(page, 2, 5);
  // A short drag held still before letting go springs back (flicks are unit-tested in swipe.test.ts:
  // a synthetic mouse's event times say nothing of a hand's speed).
  await dragSlides(page, -60, 250);
  await expectShown(page, 2, 5);
  await shot(page, 'preview-instagram-slide3-en');

  // A trackpad's sideways scroll turns one slide per gesture.
  await page.mouse.move(strip.x + strip.width / 2, strip.y + strip.height / 2);
  await page.mouse.wheel(120, 0);
  await expectShown(page, 3, 5);
  await page.keyboard.press('End');
  await expectShown(page, 4, 5);
  await page.keyboard.press('ArrowRight');
  await expectShown(page, 4, 5);
  expectColour(await slidePixel(page, 4, 0.5, 0.5), hex(BACKGROUNDS[4]));

  // The profile grid: the first slide's centre 3:4, without the red bars along its edges.
  expectColour(await slidePixel(page, 0, 0.005, 0.5), RED);
  await page.getByTestId('preview-tab-grid').click();
  await expect(page.getByTestId('preview-tab-grid')).toHaveAttribute('aria-selected', 'true');
  const tile = page.getByTestId('grid-first-tile');
  await expect(tile).toHaveAttribute('data-drawn', 'true');
  const tileBox = (await tile.boundingBox())!;
  expect(tileBox.width / tileBox.height).toBeCloseTo(3 / 4, 2);
  const tilePixels = await page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="grid-first-canvas"]')!;
    const context = canvas.getContext('2d')!;
    const at = (x: number, y: number) => [...context.getImageData(x, y, 1, 1).data.slice(0, 3)];
    return { width: canvas.width, height: canvas.height, left: at(1, canvas.height / 2), right: at(canvas.width - 2, canvas.height / 2) };
  });
  expect(tilePixels.width / tilePixels.height).toBeCloseTo(3 / 4, 2);
  expectColour(tilePixels.left as RGB, hex(BACKGROUNDS[0]));
  expectColour(tilePixels.right as RGB, hex(BACKGROUNDS[0]));
  // The other design, then neutral tiles: four rows of three.
  await expect(page.getByTestId('grid-design-tile')).toHaveCount(1);
  await expect(page.getByTestId('grid-neutral-tile')).toHaveCount(10);
  await shot(page, 'preview-grid-en');

  // Escape closes, and the focus goes back to the Preview button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('open-preview')).toBeFocused();
});

test('fr: a LinkedIn document in its viewer: title, "2 / 10", arrows; the Instagram frame and the grid in French', async ({ page, app }) => {
  const colours = Array.from({ length: 10 }, (_, i) => `#${(40 + i * 20).toString(16).padStart(2, '0')}7090`);
  const doc = await createCarousel(app, 'Guide été', { preset: 'linkedin-document', width: 1080, height: 1350 }, colours);
  await openEditor(app, page, doc.id, 'fr');

  await page.getByTestId('open-preview').click();
  const dialog = page.getByTestId('preview-dialog');
  await expect(dialog).toContainText('LinkedIn · 10 diapositives');
  await expect(page.getByTestId('preview-doc-title')).toContainText('Guide été');
  await expect(page.getByTestId('preview-doc-title')).toContainText('10 pages');
  await expectShown(page, 0, 10, true);
  await expect(page.getByTestId('preview-previous')).toHaveCount(0);
  await page.getByTestId('preview-next').click();
  await expectShown(page, 1, 10, true);
  await expect(page.getByTestId('preview-announce')).toHaveText('Diapositive 2 sur 10');
  expectColour(await slidePixel(page, 1, 0.5, 0.5), hex(colours[1]));
  await dragSlides(page, -220);
  await expectShown(page, 2, 10, true);
  await page.getByTestId('preview-previous').click();
  await expectShown(page, 1, 10, true);
  await shot(page, 'preview-linkedin-fr');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  const post = await createCarousel(app, 'Cinq conseils', { preset: 'instagram-carousel', width: 1080, height: 1350 });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${post.id}`);
  await waitForCanvas(page);
  await page.getByRole('button', { name: 'Aperçu' }).click();
  await expect(page.getByTestId('preview-frame-instagram')).toContainText('votre_marque');
  await expect(dialog).toContainText('Instagram · 5 diapositives');
  await page.keyboard.press('ArrowRight');
  await expectShown(page, 1, 5);
  await shot(page, 'preview-instagram-fr');
  await page.getByRole('tab', { name: 'Grille du profil' }).click();
  await expect(page.getByTestId('grid-first-tile')).toHaveAttribute('data-drawn', 'true');
  // The designs of the first test and the LinkedIn document are the other recent ones (one library per spec file).
  await expect(page.getByTestId('grid-design-tile')).toHaveCount(3);
  await expect(page.getByTestId('grid-neutral-tile')).toHaveCount(8);
  await expect(page.getByRole('img', { name: 'Votre design « Guide été »' })).toBeVisible();
  await shot(page, 'preview-grid-fr');
});

test('a panorama is cut at its seams; a TikTok photo post fills a 9:16 frame; Threads shows the next slide peeking', async ({ page, app }) => {
  const slide: FormatRef = { preset: 'instagram-carousel', width: 1080, height: 1350 };
  const wide = await createDesignViaApi(app.call, 'Panorama', { preset: null, width: 3240, height: 1350 });
  const bands = ['#e63946', '#2a9d8f', '#264653'];
  wide.kind = 'carousel';
  wide.panorama = { slides: 3, slide, seamMargin: 0 };
  // Three bands, each exactly one slide wide, and a circle across the first seam.
  wide.pages[0].elements = [
    ...bands.map((fill, i) => createShapeElement({ shape: 'rect', x: i * 1080, y: 0, width: 1080, height: 1350, fill })),
    createShapeElement({ shape: 'ellipse', x: 880, y: 475, width: 400, height: 400, fill: '#ffffff' }),
  ];
  await app.call('designs.save', { design: wide });
  await openEditor(app, page, wide.id, 'en');
  await page.getByTestId('open-preview').click();
  await expect(page.getByTestId('preview-dialog')).toContainText('Instagram · 3 slides');
  await expect(page.getByTestId('preview-slide')).toHaveCount(3);
  expectColour(await slidePixel(page, 0, 0.05, 0.1), hex(bands[0]));
  // Each side of the seam: the circle's two halves, and no column of the next band on slide 1.
  expectColour(await slidePixel(page, 0, 0.99, 0.5), [255, 255, 255]);
  expectColour(await slidePixel(page, 0, 0.999, 0.1), hex(bands[0]));
  await page.keyboard.press('ArrowRight');
  expectColour(await slidePixel(page, 1, 0.01, 0.5), [255, 255, 255]);
  expectColour(await slidePixel(page, 1, 0, 0.1), hex(bands[1]));
  expectColour(await slidePixel(page, 1, 0.5, 0.5), hex(bands[1]));
  await page.keyboard.press('ArrowRight');
  expectColour(await slidePixel(page, 2, 0.5, 0.5), hex(bands[2]));
  await shot(page, 'preview-panorama-en');
  await page.keyboard.press('Escape');

  const tiktok = await createCarousel(app, 'Photo post', { preset: 'tiktok-photo', width: 1080, height: 1920 }, BACKGROUNDS.slice(0, 4));
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${tiktok.id}`);
  await waitForCanvas(page);
  await page.getByTestId('open-preview').click();
  await expect(page.getByTestId('preview-frame-tiktok')).toBeVisible();
  const box = (await page.locator('[data-testid="preview-slide"][data-index="0"]').boundingBox())!;
  expect(box.height / box.width).toBeCloseTo(16 / 9, 1);
  await expect(page.getByTestId('preview-dot')).toHaveCount(4);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-testid="preview-dot"][data-active="true"]')).toHaveAttribute('data-index', '1');
  await expect(page.getByTestId('preview-strip')).toHaveAttribute('data-index', '1');
  await shot(page, 'preview-tiktok-en');
  await page.keyboard.press('Escape');

  // Threads: a narrower card, the next one peeking in at the right edge of the screen.
  const threads = await createCarousel(app, 'Thread', { preset: 'threads-portrait', width: 1080, height: 1350 }, BACKGROUNDS.slice(0, 3));
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${threads.id}`);
  await waitForCanvas(page);
  await page.getByTestId('open-preview').click();
  await expect(page.getByTestId('preview-frame-generic')).toContainText('Threads');
  const strip = (await page.getByTestId('preview-strip').boundingBox())!;
  const card = (await page.locator('[data-testid="preview-slide"][data-index="0"]').boundingBox())!;
  const next = (await page.locator('[data-testid="preview-slide"][data-index="1"]').boundingBox())!;
  expect(card.width).toBeLessThan(strip.width * 0.85);
  expect(next.x).toBeGreaterThan(card.x + card.width);
  expect(next.x).toBeLessThan(strip.x + strip.width - 20);
  await page.keyboard.press('ArrowRight');
  await expectShown(page, 1, 3);
  await shot(page, 'preview-threads-en');
});

/**
 * Cropping a clip (issue 13, "Timeline", layers: "crop"): on a video design, double-click a clip,
 * its still shows in crop mode; the frame's right handle dragged to the middle and Enter write the
 * clip's `crop` (its left half) and its narrower box as one change; the canvas, and the player
 * paused on a scrubbed time, then show only that half; one undo removes it. The Clip section's button starts crop mode too, in French as in
 * English. Screenshots (1280x1500, en + fr) go to os.tmpdir().
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { createVideoElement } from '../../core/schema/factory';
import type { Design, VideoElement } from '../../core/schema/design';
import { expect, test, type App } from './fixtures';
import { pageElements, waitForCanvas, drag } from './helpers';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), `affiche-video-crop-${name}.png`) });

/** 1 s of four coloured quarters, 320x192: red, green / blue, yellow. */
function quartersMp4(): Buffer {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-e2e-quarters-'));
  try {
    const file = path.join(dir, 'quarters.mp4');
    const quarters = 'color=c=0xff0000:s=320x192:r=30:d=1,drawbox=x=160:y=0:w=160:h=96:c=0x00ff00:t=fill,drawbox=x=0:y=96:w=160:h=96:c=0x0000ff:t=fill,drawbox=x=160:y=96:w=160:h=96:c=0xffff00:t=fill';
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', quarters, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file]);
    return readFileSync(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A one-scene 9:16 video with a 16:10 clip in a 960x600 box; open in the editor. */
async function openVideoWithClip(page: Page, app: App): Promise<VideoElement> {
  const { asset } = await app.importAsset<{ asset: { id: string } }>('quarters.mp4', quartersMp4());
  const { design } = await app.call<{ design: Design }>('designs.create', { name: 'Clip crop', format: { preset: 'tiktok-video', width: 1080, height: 1920 }, kind: 'video' });
  const clip = createVideoElement({ id: 'clip1', assetId: asset.id, x: 60, y: 500, width: 960, height: 600, name: 'quarters.mp4' });
  design.pages[0].elements = [clip];
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  return clip;
}

async function clipElement(page: Page): Promise<VideoElement> {
  return (await pageElements(page)).find((e) => e.id === 'clip1') as VideoElement;
}

async function screenBox(page: Page) {
  return page.evaluate(() => window.__afficheEditor!.screenBoxOf('clip1')!);
}

/** The colour on screen at a point, named when it is one of the clip's quarters. */
async function colourAt(page: Page, x: number, y: number): Promise<string> {
  const png = PNG.sync.read(await page.screenshot({ clip: { x: Math.round(x) - 2, y: Math.round(y) - 2, width: 4, height: 4 } }));
  const i = (2 * png.width + 2) * 4;
  const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
  const hi = (v: number) => v > 180;
  const lo = (v: number) => v < 80;
  if (hi(r) && lo(g) && lo(b)) return 'red';
  if (lo(r) && hi(g) && lo(b)) return 'green';
  if (lo(r) && lo(g) && hi(b)) return 'blue';
  if (hi(r) && hi(g) && lo(b)) return 'yellow';
  return `rgb(${r},${g},${b})`;
}

test('double-click a clip, drag the crop frame, Enter writes its crop; the canvas shows the half kept; undo removes it', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 1500 });
  await app.open();
  const original = await openVideoWithClip(page, app);
  const box = await screenBox(page);
  // The still is there (its four quarters, covering the box), not the grey placeholder.
  await expect.poll(() => colourAt(page, box.left + box.width * 0.25, box.top + box.height * 0.25)).toBe('red');
  expect(await colourAt(page, box.left + box.width * 0.75, box.top + box.height * 0.75)).toBe('yellow');

  // Double-click: crop mode, its bar, and the Clip section's button says Done.
  await page.mouse.dblclick(box.left + box.width / 2, box.top + box.height / 2);
  await expect(page.getByTestId('crop-bar')).toBeVisible();
  await expect(page.getByTestId('clip-crop')).toHaveText('Done');
  // The frame's right handle to the middle: the frame keeps the clip's left half.
  await drag(page, { x: box.left + box.width, y: box.top + box.height / 2 }, { x: box.left + box.width / 2, y: box.top + box.height / 2 });
  await shot(page, 'en');
  // Nothing reached the design yet.
  expect(await clipElement(page)).toEqual(original);

  await page.keyboard.press('Enter');
  await expect(page.getByTestId('crop-bar')).toBeHidden();
  await expect.poll(async () => (await clipElement(page)).crop).toBeDefined();
  const cropped = await clipElement(page);
  // The 16:10 box showed the 5:3 clip's middle 96 % (cover): the left half of that is kept.
  expect(cropped.crop!.x).toBeCloseTo(0.02, 3);
  expect(cropped.crop!.width).toBeCloseTo(0.48, 2);
  expect(cropped.crop!.y).toBeCloseTo(0, 5);
  expect(cropped.crop!.height).toBeCloseTo(1, 5);
  expect(cropped.width).toBeCloseTo(original.width / 2, 0);
  expect(cropped.height).toBeCloseTo(original.height, 5);
  expect([cropped.x, cropped.y]).toEqual([original.x, original.y]);

  // The canvas shows the left half only: red above blue; no green or yellow.
  const after = await screenBox(page);
  await expect.poll(() => colourAt(page, after.left + after.width * 0.75, after.top + after.height * 0.25)).toBe('red');
  expect(await colourAt(page, after.left + after.width * 0.75, after.top + after.height * 0.75)).toBe('blue');

  // The player, paused on a scrubbed time, draws the clip's frame cut the same way (clipSourceRect).
  const ruler = (await page.getByTestId('timeline-ruler').boundingBox())!;
  const scene = (await page.getByTestId('timeline-scene').first().boundingBox())!;
  await page.mouse.click(scene.x + scene.width * 0.1, ruler.y + ruler.height / 2);
  const player = (x: number, y: number) =>
    page.getByTestId('player-canvas').evaluate((canvas: HTMLCanvasElement, [dx, dy]) => {
      const scale = canvas.width / 1080;
      const [r, g, b] = canvas.getContext('2d')!.getImageData(Math.round(dx * scale), Math.round(dy * scale), 1, 1).data;
      return r > 180 && g < 80 && b < 80 ? 'red' : r < 80 && g < 80 && b > 180 ? 'blue' : `rgb(${r},${g},${b})`;
    }, [x, y]);
  await expect.poll(() => player(cropped.x + cropped.width * 0.75, cropped.y + cropped.height * 0.25), { timeout: 10_000 }).toBe('red');
  expect(await player(cropped.x + cropped.width * 0.75, cropped.y + cropped.height * 0.75)).toBe('blue');
  expect(await player(cropped.x + cropped.width + 100, cropped.y + cropped.height / 2)).toBe('rgb(255,255,255)');

  // One undo step: the clip uncropped, at its size.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => clipElement(page)).toEqual(original);
});

test('the Clip section’s Crop button starts crop mode, in French too; Escape leaves the clip as it was', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 1500 });
  await app.open();
  await app.call('settings.update', { language: 'fr' });
  const original = await openVideoWithClip(page, app);
  const box = await screenBox(page);
  await expect.poll(() => colourAt(page, box.left + box.width * 0.25, box.top + box.height * 0.25)).toBe('red');
  await page.mouse.click(box.left + box.width / 2, box.top + box.height / 2);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual(['clip1']);

  const button = page.getByTestId('clip-crop');
  await expect(button).toHaveText('Recadrer');
  await button.click();
  await expect(page.getByTestId('crop-bar')).toBeVisible();
  await expect(page.getByTestId('crop-bar')).toContainText('Entrée pour valider');
  await expect(button).toHaveText('Terminé');
  await drag(page, { x: box.left + box.width, y: box.top + box.height / 2 }, { x: box.left + box.width / 2, y: box.top + box.height / 2 });
  await shot(page, 'fr');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('crop-bar')).toBeHidden();
  expect(await clipElement(page)).toEqual(original);

  // Locked: the button is off and says why.
  await page.keyboard.press('Shift+ControlOrMeta+L');
  await expect.poll(async () => (await clipElement(page)).locked).toBe(true);
  await expect(button).toBeDisabled();
  await expect(button).toHaveAttribute('title', 'Déverrouillez le clip pour le recadrer');
  await app.call('settings.update', { language: 'en' });
});

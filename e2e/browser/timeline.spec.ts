/**
 * The video timeline (issue 13, "Timeline"): a 3-scene video shows 3 scene blocks as wide as
 * their lengths; dragging a scene's right edge changes its length (one undo step); dragging a
 * layer's block moves its in-time; dragging a scene block reorders the scenes; Space plays (the playhead advances), K pauses, Right steps one
 * frame (the timecode reads one frame more); scrubbing into a fade-in draws the layer at the
 * opacity core/video's layerStateAt gives for that time. Screenshots (en + fr) go to the shots folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createShapeElement, createTextElement } from '../../core/schema/factory';
import type { Design } from '../../core/schema/design';
import { layerStateAt } from '../../core/video/motion';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, editorDesign, selectedIds, waitForCanvas } from './helpers';

const shotsDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');
const DURATIONS = [4000, 2000, 3000];

/** Two seconds of a tone that swells, as a WAV made by ffmpeg (the music lane's waveform). */
function toneWav(): Buffer {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'affiche-tone-')), 'tone.wav');
  const run = spawnSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'aevalsrc=0.8*sin(2*PI*3*t)*sin(2*PI*440*t):s=22050:d=6', file]);
  if (run.status !== 0) throw new Error(String(run.stderr));
  return readFileSync(file);
}

async function openVideo(app: App, page: Page, language: 'en' | 'fr'): Promise<Design> {
  await app.call('settings.update', { language });
  await app.open();
  const design = await createDesignViaApi(app.call, language === 'fr' ? 'Bande-annonce' : 'Teaser', { preset: 'instagram-reel', width: 1080, height: 1920 });
  const { asset } = await app.importAsset<{ asset: { id: string } }>('tone.wav', toneWav());
  design.kind = 'video';
  const title = createTextElement({ x: 90, y: 700, width: 900, text: language === 'fr' ? 'Nouvelle collection' : 'New collection', fontSize: 110, fontWeight: 700, fill: '#1c1b22' });
  title.id = 'title';
  title.timing = { inMs: 500, animationIn: { kind: 'fade', durationMs: 1000, easing: 'linear' } };
  const badge = createShapeElement({ shape: 'rect', x: 240, y: 1100, width: 600, height: 160, fill: '#ffd166' });
  badge.id = 'badge';
  badge.timing = { inMs: 1000, outMs: 3500 };
  design.pages[0] = { ...design.pages[0], background: { fill: '#fde8c8' }, elements: [badge, title], durationMs: DURATIONS[0], transitionOut: { kind: 'slideleft', durationMs: 500 } };
  design.pages.push({ id: 'scene2', background: { fill: '#1B3A5C' }, elements: [], durationMs: DURATIONS[1], transitionOut: { kind: 'circleopen', durationMs: 400 } });
  design.pages.push({ id: 'scene3', background: { fill: '#d7f0e5' }, elements: [], durationMs: DURATIONS[2] });
  design.audio = { assetId: asset.id, volume: 1, startMs: 0, fadeInMs: 500, fadeOutMs: 1000, fit: 'loop' };
  design.captions = {
    cues: [
      { id: 'c1', startMs: 600, endMs: 2400, text: language === 'fr' ? 'Nouvelle collection' : 'New collection' },
      { id: 'c2', startMs: 2600, endMs: 5200, text: language === 'fr' ? 'Lien en bio' : 'Link in bio' },
    ],
    burnIn: true,
    preset: 'highlight',
    position: 'bottom',
    fontFamily: 'Inter',
    fontSize: 64,
    color: '#FFFFFF',
    accent: '#FFD166',
  };
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await expect(page.getByTestId('timeline')).toBeVisible();
  return design;
}

const playback = (page: Page) => page.evaluate(() => window.__afficheEditor!.playback()!);
const scenes = (page: Page) => page.getByTestId('timeline-scene');

test('en: scenes sized by length, edge and layer drags with undo, Space/K/Right, and a scrub into a fade-in draws layerStateAt', async ({ page, app }) => {
  await openVideo(app, page, 'en');
  await expect(scenes(page)).toHaveCount(3);
  const widths = await scenes(page).evaluateAll((blocks) => blocks.map((b) => b.getBoundingClientRect().width));
  for (let i = 1; i < 3; i++) expect(widths[i] / widths[0]).toBeCloseTo(DURATIONS[i] / DURATIONS[0], 2);
  const pxPerMs = widths[0] / DURATIONS[0];
  // The slide-left is drawn as exported; the circle-open is shown as a fade, and says so.
  await expect(page.getByTestId('timeline-transition')).toHaveCount(2);
  await expect(page.getByTestId('timeline-transition').nth(1)).toHaveAttribute('title', /shows it as a fade/);

  // Drag scene 2's right edge 100 px to the right: about 100 / pxPerMs ms longer, in one step.
  const edge = (await page.getByTestId('timeline-scene-edge').nth(1).boundingBox())!;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 + 50, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.move(edge.x + edge.width / 2 + 100, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.up();
  const longer = (await editorDesign(page)).pages[1].durationMs!;
  expect(Math.abs(longer - (DURATIONS[1] + 100 / pxPerMs))).toBeLessThan(10 / pxPerMs);
  await expect(scenes(page).nth(1)).toHaveAttribute('data-duration', String(longer));
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editorDesign(page)).pages[1].durationMs).toBe(DURATIONS[1]);

  // Drag the badge's block 30 px right: its in-time moves later (and its out with it).
  const block = page.locator('[data-testid="timeline-layer"][data-id="badge"]');
  const box = (await block.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 15, box.y + box.height / 2, { steps: 3 });
  await page.mouse.move(box.x + box.width / 2 + 30, box.y + box.height / 2, { steps: 3 });
  await page.mouse.up();
  const badge = (await editorDesign(page)).pages[0].elements.find((el) => el.id === 'badge')!;
  expect(Math.abs(badge.timing!.inMs - (1000 + 30 / pxPerMs))).toBeLessThan(3 / pxPerMs);
  expect(badge.timing!.outMs! - badge.timing!.inMs).toBe(2500);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editorDesign(page)).pages[0].elements.find((el) => el.id === 'badge')!.timing!.inMs).toBe(1000);

  // Drag scene 3 to the far left: it becomes the first scene, in one undo step.
  const third = (await scenes(page).nth(2).boundingBox())!;
  const start = (await scenes(page).first().boundingBox())!;
  await page.mouse.move(third.x + third.width - 30, third.y + 10);
  await page.mouse.down();
  await page.mouse.move(third.x + third.width - 60, third.y + 10, { steps: 3 });
  await page.mouse.move(start.x + 5, third.y + 10, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await editorDesign(page)).pages.map((p) => p.id).slice(0, 2)).toEqual(['scene3', expect.any(String)]);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await editorDesign(page)).pages.map((p) => p.id)[2]).toBe('scene3');

  // Space plays: the playhead moves on; K pauses it.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await playback(page)).playing).toBe(true);
  await expect.poll(async () => (await playback(page)).playheadMs, { timeout: 5000 }).toBeGreaterThan(300);
  await page.keyboard.press('k');
  await expect.poll(async () => (await playback(page)).playing).toBe(false);
  const paused = (await playback(page)).playheadMs;
  // Right: one frame at 30 fps; the timecode reads one frame more.
  const before = await page.getByTestId('timecode').textContent();
  const frame = Math.round((paused * 30) / 1000);
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await playback(page)).playheadMs).toBeCloseTo(((frame + 1) * 1000) / 30, 6);
  const after = await page.getByTestId('timecode').textContent();
  const frames = (code: string) => {
    const [m, rest] = code.split(':');
    const [s, f] = rest.split('.');
    return (Number(m) * 60 + Number(s)) * 30 + Number(f);
  };
  expect(frames(after!)).toBe(frames(before!) + (frame - Math.round((paused * 30) / 1000 + 1e-9)) + 1);

  // Scrub: a press on the ruler at 1 s, inside the title's fade-in (0.5 s to 1.5 s).
  const ruler = (await page.getByTestId('timeline-ruler').boundingBox())!;
  const first = (await scenes(page).first().boundingBox())!;
  await page.mouse.click(first.x + 1000 * pxPerMs, ruler.y + ruler.height / 2);
  await expect.poll(async () => (await playback(page)).frame?.timeMs ?? -1).toBeCloseTo((await playback(page)).playheadMs, 6);
  const { playheadMs, frame: drawn, pageIndex } = await playback(page);
  expect(pageIndex).toBe(0);
  expect(playheadMs).toBeGreaterThan(800);
  expect(playheadMs).toBeLessThan(1200);
  const design = await editorDesign(page);
  const title = design.pages[0].elements.find((el) => el.id === 'title')!;
  const expected = layerStateAt(title, design.format, DURATIONS[0], playheadMs)!;
  const shown = drawn!.layers.find((layer) => layer.id === 'title')!;
  expect(shown.visible).toBe(true);
  expect(shown.opacity).toBeCloseTo(expected.opacity, 6);
  expect(expected.opacity).toBeGreaterThan(0.2);
  expect(expected.opacity).toBeLessThan(0.8);
  await expect(page.getByTestId('player-canvas')).toBeVisible();
  await page.screenshot({ path: path.join(shotsDir, 'timeline-en.png') });

  // A click on a layer's block picks it for editing: selected on the canvas, the player's picture gone.
  await page.locator('[data-testid="timeline-layer"][data-id="title"]').click();
  await expect.poll(() => selectedIds(page)).toEqual(['title']);
  await expect(page.getByTestId('player-canvas')).toHaveCount(0);
});

test('fr: the timeline speaks French', async ({ page, app }) => {
  await openVideo(app, page, 'fr');
  await expect(page.getByTestId('timeline-play')).toHaveAttribute('title', 'Lire (Espace)');
  await expect(page.getByTestId('timeline-transition').nth(1)).toHaveAttribute('title', /Le lecteur la montre en fondu/);
  await expect(page.getByTestId('timeline')).toContainText('Musique');
  await expect(page.getByTestId('timeline')).toContainText('Sous-titres');
  await expect(page.getByTestId('timeline-music-block').locator('svg')).toBeVisible();
  const ruler = (await page.getByTestId('timeline-ruler').boundingBox())!;
  await page.mouse.click(ruler.x + ruler.width * 0.3, ruler.y + ruler.height / 2);
  await page.screenshot({ path: path.join(shotsDir, 'timeline-fr.png') });
  // The shortcut sheet lists the playback keys in their section, the space bar by its French name.
  await page.keyboard.press('Control+/');
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toContainText('Vidéo');
  await expect(sheet.locator('.shortcut-row', { hasText: 'Lire ou mettre en pause' })).toContainText('Espace');
  await expect(sheet.locator('.shortcut-row', { hasText: 'Image précédente ou suivante' })).toContainText('←');
  await page.screenshot({ path: path.join(shotsDir, 'timeline-shortcuts-fr.png') });
});

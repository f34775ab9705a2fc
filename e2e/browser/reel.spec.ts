/**
 * A reel end to end, the way a user makes one (issue 13, "Tests"): from the home screen a new
 * Instagram Reel (1080x1920); a photo and a sound (both made by ffmpeg here) imported through the
 * library panel; three scenes added from the timeline, their lengths typed and dragged; the photo
 * on scene 1 with Ken Burns, a white title sliding up, a fade to scene 2, the sound as the
 * soundtrack; Space plays (the playhead moves), a press on the ruler and a drag of the playhead
 * show the scene at that time; the MP4 Draft from the export dialog is checked with ffprobe
 * (H.264 High yuv420p, AAC 48 kHz, 1080x1920, the timeline's length within a frame) and a frame
 * from the middle of scene 1 shows the title's colour where the title is. English in full, French
 * shorter (the same steps up to the timeline's words and the dialog).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { TextElement } from '../../core/schema/design';
import { videoTimeline } from '../../core/video/timeline';
import { canvasPointOf, expect, test, type App } from './fixtures';
import { editorDesign, selectedId, waitForCanvas } from './helpers';

const workDir = mkdtempSync(path.join(os.tmpdir(), 'affiche-reel-'));
const shotsDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');

/** With AFFICHE_SHOTS=1: the editor, the video sections, the captions panel (1440x900). */
async function shots(page: Page, language: 'en' | 'fr', titleId: string): Promise<void> {
  if (!process.env.AFFICHE_SHOTS) return;
  mkdirSync(shotsDir, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: path.join(shotsDir, `reel-${name}-${language}.png`) });
  const panel = page.getByTestId('properties-panel');
  await shot('editor');
  for (const section of ['transition-section', 'soundtrack-section', 'video-settings-section']) {
    await panel.getByTestId(section).scrollIntoViewIfNeeded();
    await shot(section);
  }
  await page.locator('[data-testid="timeline-layer"][data-id="' + titleId + '"]').click();
  await panel.getByTestId('animation-section').scrollIntoViewIfNeeded();
  await shot('animation');
  await deselect(page);
  await page.getByTestId('tool-captions').click();
  await expect(page.getByTestId('captions-panel')).toBeVisible();
  await shot('captions');
  await page.getByTestId('tool-captions').click();
}

function ffmpeg(args: string[]): void {
  const run = spawnSync('ffmpeg', ['-v', 'error', '-y', ...args]);
  if (run.status !== 0) throw new Error(String(run.stderr));
}

/** A 1200x1600 photo in four flat quadrants (red, teal, sand, slate): nothing in it is white. */
function photoJpeg(): string {
  const file = path.join(workDir, 'quadrants.jpg');
  ffmpeg([
    '-f', 'lavfi', '-i',
    'color=c=0xE63946:s=1200x1600,drawbox=x=600:y=0:w=600:h=800:c=0x2A9D8F:t=fill,drawbox=x=0:y=800:w=600:h=800:c=0xE9C46A:t=fill,drawbox=x=600:y=800:w=600:h=800:c=0x264653:t=fill',
    '-frames:v', '1', '-q:v', '2', file,
  ]);
  return file;
}

/** Eight seconds of a 440 Hz tone. */
function toneWav(): string {
  const file = path.join(workDir, 'tone.wav');
  ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=440:duration=8:sample_rate=44100', '-ac', '2', file]);
  return file;
}

const playback = (page: Page) => page.evaluate(() => window.__afficheEditor!.playback()!);
const scenes = (page: Page) => page.getByTestId('timeline-scene');

async function importThroughPanel(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('image-import').click();
  await (await chooser).setFiles(file);
}

async function typeNumber(field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
}

/** Escape leaves the panel's field just used, Escape again selects nothing. */
async function deselect(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement?.tagName ?? ''))).toBe(false);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([]);
}

/** The RGB pixels of one frame of an MP4, at `seconds`. */
function frameAt(file: string, seconds: number, width: number, height: number): Buffer {
  const run = spawnSync('ffmpeg', ['-v', 'error', '-ss', String(seconds), '-i', file, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(String(run.stderr));
  expect(run.stdout.length).toBe(width * height * 3);
  return run.stdout;
}

/** Share of the pixels of a box within `tolerance` of a colour. */
function shareOf(frame: Buffer, width: number, box: { x: number; y: number; width: number; height: number }, rgb: [number, number, number], tolerance = 40): number {
  let hits = 0;
  let total = 0;
  for (let y = Math.round(box.y); y < Math.round(box.y + box.height); y++) {
    for (let x = Math.round(box.x); x < Math.round(box.x + box.width); x++) {
      const i = (y * width + x) * 3;
      total++;
      if (Math.abs(frame[i] - rgb[0]) < tolerance && Math.abs(frame[i + 1] - rgb[1]) < tolerance && Math.abs(frame[i + 2] - rgb[2]) < tolerance) hits++;
    }
  }
  return hits / total;
}

const WORDS = {
  en: { title: 'New collection', reel: 'Reel', noMusic: 'No music: add a sound from the Library panel', fade: 'Fade', slideUp: 'Slide up', zoomIn: 'Zoom in', blank: 'Blank scene', dialog: 'Export video' },
  fr: { title: 'Nouvelle collection', reel: 'Reel', noMusic: 'Pas de musique\u00a0: ajoutez un son depuis le panneau Médias', fade: 'Fondu', slideUp: 'Glisser vers le haut', zoomIn: 'Zoom avant', blank: 'Scène vide', dialog: 'Exporter la vidéo' },
} as const;

/** From the home screen to a reel of three scenes; answers the title's id. */
async function buildReel(page: Page, app: App, language: 'en' | 'fr'): Promise<string> {
  const words = WORDS[language];
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.call('settings.update', { language });
  await app.open();

  // New design → Video → Instagram – Reel: a video of one 5 s scene.
  await page.getByTestId('new-design').click();
  await page.getByTestId('network-tab-video').click();
  await expect(page.getByTestId('network-tab-video')).toHaveText(language === 'fr' ? 'Vidéo' : 'Video');
  // Every tab shows without scrolling the list (the last one, Custom size, was cut off).
  expect(await page.getByRole('tablist').first().evaluate((list) => list.scrollHeight <= list.clientHeight)).toBe(true);
  const videoFormats = page.getByTestId('video-formats');
  await expect(videoFormats.getByTestId('format-tiktok-video')).toBeVisible();
  await expect(videoFormats.getByTestId('format-instagram-story')).toHaveCount(0);
  await expect(videoFormats.getByTestId('format-instagram-reel')).toContainText('Instagram – Reel');
  await videoFormats.getByTestId('format-instagram-reel').click();
  await waitForCanvas(page);
  const created = await editorDesign(page);
  expect(created).toMatchObject({ kind: 'video', format: { width: 1080, height: 1920 } });
  await expect(page.getByTestId('timeline')).toBeVisible();
  await expect(scenes(page)).toHaveCount(1);
  await expect(page.getByTestId('timeline-music')).toContainText(words.noMusic);

  // Scene 1: a dark background (the blank scenes after it take it), 3 s typed.
  const panel = page.getByTestId('properties-panel');
  await typeNumber(panel.getByTestId('background-color-hex'), '#1B3A5C');
  await typeNumber(panel.getByTestId('scene-length'), '3');
  await expect(scenes(page).first()).toHaveAttribute('data-duration', '3000');

  // The photo and the sound, imported through the library panel.
  await page.getByTestId('tool-image').click();
  const library = page.getByTestId('image-panel');
  await importThroughPanel(page, photoJpeg());
  const tile = library.getByTestId('asset-tile').first();
  await expect(tile).toBeVisible();
  await tile.click();
  const photoId = await selectedId(page);
  await typeNumber(panel.getByTestId('geometry-x'), '0');
  await typeNumber(panel.getByTestId('geometry-y'), '0');
  await typeNumber(panel.getByTestId('geometry-width'), '1080');
  await panel.getByTestId('ken-burns').selectOption({ label: words.zoomIn });
  await library.getByTestId('library-tab-audio').click();
  await importThroughPanel(page, toneWav());
  await library.getByTestId('library-audio').first().click();
  await expect(library.getByTestId('soundtrack-name')).toContainText('tone');
  await expect(page.getByTestId('timeline-music-block')).toBeVisible();

  // The title: white, large, sliding up.
  await deselect(page);
  await page.getByTestId('tool-text').click();
  const titleId = await selectedId(page, [photoId]);
  const at = await canvasPointOf(page, titleId);
  await page.mouse.dblclick(at.x, at.y);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(words.title);
  await page.keyboard.press('Escape');
  await expect.poll(async () => ((await editorDesign(page)).pages[0].elements.find((el) => el.id === titleId) as TextElement | undefined)?.text).toBe(words.title);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([titleId]);
  await typeNumber(panel.getByTestId('fill-color-hex'), '#FFFFFF');
  await typeNumber(panel.getByTestId('font-size'), '120');
  await panel.getByTestId('animation-in').selectOption({ label: words.slideUp });

  // Two more scenes from the timeline's bar; scene 3 gets a sand background and is dragged shorter.
  await deselect(page);
  for (let n = 2; n <= 3; n++) {
    await page.getByTestId('timeline-scene-add').click();
    await page.getByRole('menuitem', { name: words.blank }).click();
    await expect(scenes(page)).toHaveCount(n);
  }
  await expect.poll(async () => (await playback(page)).pageIndex).toBe(2);
  await typeNumber(panel.getByTestId('background-color-hex'), '#FFD166');
  const widths = await scenes(page).evaluateAll((blocks) => blocks.map((b) => b.getBoundingClientRect().width));
  const pxPerMs = widths[2] / 3000;
  const edge = (await page.getByTestId('timeline-scene-edge').nth(2).boundingBox())!;
  await page.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await page.mouse.down();
  await page.mouse.move(edge.x + edge.width / 2 - 500 * pxPerMs, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.move(edge.x + edge.width / 2 - 1000 * pxPerMs, edge.y + edge.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.abs((await editorDesign(page)).pages[2].durationMs! - 2000)).toBeLessThan(150);

  // Back on scene 1 (a click on its block): a fade to scene 2.
  await scenes(page).first().click({ position: { x: 20, y: 10 } });
  await expect.poll(async () => (await playback(page)).pageIndex).toBe(0);
  await panel.getByTestId('transition-kind').selectOption({ label: words.fade });
  await expect(page.getByTestId('timeline-transition')).toHaveCount(1);
  await shots(page, language, titleId);
  return titleId;
}

test('en: a 3-scene reel built through the UI plays, scrubs and exports an MP4 that ffprobe accepts', async ({ page, app }) => {
  test.setTimeout(240_000);
  const titleId = await buildReel(page, app, 'en');
  const design = await editorDesign(page);
  expect(design.pages).toHaveLength(3);
  expect(design.pages[0].transitionOut).toEqual({ kind: 'fade', durationMs: 500 });
  const [photo, title] = design.pages[0].elements;
  expect(photo).toMatchObject({ type: 'image', kenBurns: { kind: 'zoomIn' } });
  expect(title).toMatchObject({ id: titleId, type: 'text', fill: '#ffffff', timing: { animationIn: { kind: 'slideUp' } } });
  expect(design.audio?.assetId).toBeTruthy();
  const timeline = videoTimeline(design);
  expect(timeline.durationMs).toBe(design.pages.reduce((sum, p) => sum + (p.durationMs ?? 5000), 0) - 500);

  // Space plays: the playhead moves on; Space again pauses.
  await page.getByTestId('timeline-scroll').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  const before = (await playback(page)).playheadMs;
  await page.keyboard.press('Space');
  await expect.poll(async () => (await playback(page)).playing).toBe(true);
  await expect.poll(async () => (await playback(page)).playheadMs, { timeout: 5000 }).toBeGreaterThan(before + 300);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await playback(page)).playing).toBe(false);

  // A press on the ruler inside scene 3: the player shows scene 3 (its sand background).
  const ruler = (await page.getByTestId('timeline-ruler').boundingBox())!;
  const blocks = await scenes(page).evaluateAll((els) => els.map((b) => { const r = b.getBoundingClientRect(); return { x: r.x, width: r.width }; }));
  await page.mouse.click(blocks[2].x + blocks[2].width * 0.6, ruler.y + ruler.height / 2);
  await expect.poll(async () => (await playback(page)).frame?.scene).toBe(2);
  const sand = await page.getByTestId('player-canvas').evaluate((canvas: HTMLCanvasElement) => Array.from(canvas.getContext('2d')!.getImageData(canvas.width / 2, canvas.height / 2, 1, 1).data));
  expect(sand.slice(0, 3)).toEqual([0xff, 0xd1, 0x66]);

  // The playhead dragged back to the middle of scene 1: the title is shown there, at rest.
  // (The timeline is lower now: scene 3 has no layer lanes.)
  const head = (await page.getByTestId('timeline-playhead').boundingBox())!;
  const rulerNow = (await page.getByTestId('timeline-ruler').boundingBox())!;
  const middle = blocks[0].x + blocks[0].width / 2;
  await page.mouse.move(head.x + head.width / 2, rulerNow.y + rulerNow.height / 2);
  await page.mouse.down();
  await page.mouse.move(middle + 40, rulerNow.y + rulerNow.height / 2, { steps: 5 });
  await page.mouse.move(middle, rulerNow.y + rulerNow.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await playback(page)).frame?.scene).toBe(0);
  const shown = (await playback(page)).frame!;
  expect(shown.timeMs).toBeGreaterThan(1200);
  expect(shown.timeMs).toBeLessThan(1800);
  expect(shown.layers.find((layer) => layer.id === titleId)).toMatchObject({ visible: true, opacity: 1 });

  // The MP4 Draft from the dialog.
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-output-video')).toHaveClass(/export-format-selected/);
  await dialog.getByTestId('export-quality-draft').click();
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'reel-export-en.png') });
  // The MP4 and its two cover pictures come as three downloads, in any order.
  const downloads: import('@playwright/test').Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByTestId('export-download').click();
  await expect.poll(() => downloads.length, { timeout: 180_000 }).toBe(3);
  const download = downloads.find((d) => d.suggestedFilename().endsWith('.mp4'))!;
  expect(download.suggestedFilename()).toBe('Instagram – Reel.mp4');
  const file = path.join(workDir, 'reel.mp4');
  writeFileSync(file, readFileSync(await download.path()));

  const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_type,codec_name,profile,pix_fmt,width,height,sample_rate:format=duration', '-of', 'json', file], { encoding: 'utf8' });
  const json = JSON.parse(probe.stdout) as { streams: Record<string, string | number>[]; format: { duration: string } };
  const video = json.streams.find((s) => s.codec_type === 'video');
  const audio = json.streams.find((s) => s.codec_type === 'audio');
  expect(video).toMatchObject({ codec_name: 'h264', profile: 'High', pix_fmt: 'yuv420p', width: 1080, height: 1920 });
  expect(audio).toMatchObject({ codec_name: 'aac', sample_rate: '48000' });
  expect(Math.abs(Number(json.format.duration) * 1000 - timeline.durationMs)).toBeLessThanOrEqual(1000 / timeline.fps);

  // The middle of scene 1: the title's box holds its white; the picture has none anywhere else.
  const frame = frameAt(file, 1.5, 1080, 1920);
  const box = { x: title.x, y: title.y, width: title.width, height: title.height };
  expect(shareOf(frame, 1080, box, [255, 255, 255])).toBeGreaterThan(0.05);
  expect(shareOf(frame, 1080, { x: 0, y: 0, width: 1080, height: Math.max(1, title.y - 40) }, [255, 255, 255])).toBeLessThan(0.001);
});

test('fr: the same reel in French, its words on the timeline and in the export dialog', async ({ page, app }) => {
  test.setTimeout(180_000);
  await buildReel(page, app, 'fr');
  await expect(page.getByTestId('timeline-scene-add')).toHaveAttribute('title', 'Ajouter une scène');
  await expect(page.getByTestId('timeline-scene-delete')).toHaveAttribute('title', 'Supprimer la scène 1');
  await expect(scenes(page).first()).toContainText('3\u00a0s');
  // A layer name too long for the timeline's heads ends in an ellipsis, not cut mid-letter.
  const head = page.locator('.timeline-head-layer', { hasText: WORDS.fr.title });
  expect(await head.evaluate((el) => el.scrollWidth > el.clientWidth && getComputedStyle(el).textOverflow === 'ellipsis' && getComputedStyle(el).display === 'block')).toBe(true);
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toContainText(WORDS.fr.dialog);
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(shotsDir, 'reel-export-fr.png') });
  const length = videoTimeline(await editorDesign(page)).durationMs / 1000;
  await expect(dialog.getByTestId('export-output-video')).toContainText(new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(length) + '\u00a0s');
});

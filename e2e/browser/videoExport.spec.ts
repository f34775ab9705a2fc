/**
 * Exporting a video design from the export dialog (issue 13, "Export", "Cover"): the MP4 is the default,
 * Final or Draft, its length said; the download is an H.264 MP4 of the timeline's length; the
 * dialog in French; its cover pictures come as their own downloads; a GIF from the dialog in French.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Design } from '../../core/schema/design';
import { createTextElement } from '../../core/schema/factory';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, waitForCanvas } from './helpers';

const shot = (page: import('@playwright/test').Page, name: string) =>
  page.getByTestId('export-dialog').screenshot({ path: path.join(process.env.AFFICHE_SHOTS_DIR ?? os.tmpdir(), `affiche-video-export-${name}.png`) });

async function reel(app: App, name: string): Promise<Design> {
  const design = await createDesignViaApi(app.call, name, { preset: null, width: 270, height: 480 });
  design.kind = 'video';
  design.pages = [0, 1].map((i) => ({
    ...structuredClone(design.pages[0]),
    id: `scene${i + 1}`,
    background: { fill: i === 0 ? '#1b3a5c' : '#ffd166' },
    durationMs: 1500,
    ...(i === 0 ? { transitionOut: { kind: 'fade', durationMs: 500 } } : {}),
    elements: [createTextElement({ x: 20, y: 200, width: 230, text: `Scène ${i + 1}`, fontSize: 32, fill: '#ffffff', timing: { inMs: 200, animationIn: { kind: 'fade', durationMs: 300, easing: 'easeOut' } } })],
  }));
  await app.call('designs.save', { design });
  return design;
}

for (const language of ['en', 'fr'] as const) {
  test(`a video design exports one MP4 from the dialog (${language})`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    await app.open();
    const design = await reel(app, 'Mon reel');
    await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
    await waitForCanvas(page);
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByTestId('export-output-video')).toHaveClass(/export-format-selected/);
    await expect(dialog).toContainText(language === 'en' ? 'Export video' : 'Exporter la vidéo');
    await expect(dialog.getByTestId('export-output-video')).toContainText(language === 'en' ? 'Video' : 'Vidéo');
    await expect(dialog.getByTestId('export-video-type-mp4')).toHaveClass(/export-format-selected/);
    // The cover pictures are said to go beside the video.
    await expect(dialog.getByTestId('export-cover-note')).toContainText(language === 'en' ? 'Written beside the video: Mon reel-cover.jpg' : 'Écrites à côté de la vidéo\u00a0: Mon reel-cover.jpg');
    await expect(dialog.getByTestId('export-cover-note')).toContainText('Mon reel-cover-3x4.jpg');
    await expect(dialog.getByTestId('export-output-video')).toContainText(language === 'en' ? '2.5 s' : '2,5\u00a0s');
    await expect(dialog.getByTestId('export-quality-final')).toHaveClass(/export-format-selected/);
    await expect(dialog).toContainText('Mon reel.mp4');
    await dialog.getByTestId('export-quality-draft').click();
    await expect(dialog.getByTestId('export-quality-draft')).toHaveClass(/export-format-selected/);
    await shot(page, language);
    const downloads: import('@playwright/test').Download[] = [];
    page.on('download', (d) => downloads.push(d));
    await dialog.getByTestId('export-download').click();
    // The MP4, and its cover pictures as their own downloads: JPEGs at the video's size and its 3:4 crop.
    await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(3);
    const named = (name: string) => downloads.find((d) => d.suggestedFilename() === name)!;
    expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual(['Mon reel-cover-3x4.jpg', 'Mon reel-cover.jpg', 'Mon reel.mp4']);
    const download = named('Mon reel.mp4');
    for (const [name, size] of [['Mon reel-cover.jpg', '270,480'], ['Mon reel-cover-3x4.jpg', '270,360']]) {
      const probed = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,width,height', '-of', 'csv=p=0', await named(name).path()], { encoding: 'utf8' });
      expect(probed.stdout.trim()).toBe(`mjpeg,${size}`);
    }
    const file = path.join(os.tmpdir(), `affiche-e2e-${Date.now()}.mp4`);
    writeFileSync(file, readFileSync(await download.path()));
    const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,profile,width,height:format=duration', '-of', 'json', file], { encoding: 'utf8' });
    const json = JSON.parse(probe.stdout) as { streams: { codec_name: string; profile?: string; width?: number; height?: number }[]; format: { duration: string } };
    expect(json.streams[0]).toMatchObject({ codec_name: 'h264', profile: 'High', width: 270, height: 480 });
    expect(json.streams[1]).toMatchObject({ codec_name: 'aac' });
    expect(Math.abs(Number(json.format.duration) - 2.5)).toBeLessThan(0.05);
  });
}

test('a video design exports as a GIF from the dialog in French, its target said, the download a GIF', async ({ page, app }) => {
  await app.call('settings.update', { language: 'fr' });
  await app.open();
  const design = await reel(app, 'Mon mème');
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  const gif = dialog.getByTestId('export-video-type-gif');
  // A custom size has no network: X's target, the network that takes GIFs most.
  await expect(gif).toContainText('En boucle, sans son · X\u00a0: 15\u00a0Mo');
  await gif.click();
  await expect(gif).toHaveClass(/export-format-selected/);
  await expect(dialog).toContainText('Mon mème.gif');
  // No quality and no cover for a GIF.
  await expect(dialog.getByTestId('export-quality-final')).toHaveCount(0);
  await expect(dialog.getByTestId('export-cover')).toHaveCount(0);
  await shot(page, 'gif-fr');
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Mon mème.gif');
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 6).toString('latin1')).toBe('GIF89a');
  const probe = spawnSync('ffprobe', ['-v', 'error', '-count_frames', '-show_entries', 'stream=codec_name,width,height,nb_read_frames', '-of', 'json', await download.path()], { encoding: 'utf8' });
  const stream = (JSON.parse(probe.stdout) as { streams: { codec_name: string; width: number; height: number; nb_read_frames: string }[] }).streams[0];
  expect(stream).toMatchObject({ codec_name: 'gif', width: 270, height: 480 });
  expect(Number(stream.nb_read_frames)).toBeGreaterThanOrEqual(29);
  // The toast and the jobs tray say what it was made at.
  await expect(page.getByTestId('job').first()).toContainText(/GIF 270\u00a0px, 12\u00a0i\/s, [\d,]+\u00a0Mo sur 15\u00a0Mo/);
});

test('the GIF choice in English shows X’s target', async ({ page, app }) => {
  await app.call('settings.update', { language: 'en' });
  await app.open();
  const design = await reel(app, 'My meme');
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-video-type-gif')).toContainText('Loops, no sound · X: 15 MB');
  await dialog.getByTestId('export-video-type-gif').click();
  await expect(dialog).toContainText('My meme.gif');
  await shot(page, 'gif-en');
});

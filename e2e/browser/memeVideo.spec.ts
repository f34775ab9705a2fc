/**
 * A meme over a clip in the meme maker (issue 13, animated memes): the classic layout, a tiny MP4
 * made here with ffmpeg chosen for its picture box, the two lines typed, the bottom line set to
 * appear at 1 s. The preview plays the clip with the bottom line absent before 1 s and shown after;
 * the export is an MP4 of the clip's length at the format's size whose frames agree; "Open in
 * editor" opens the video design with its timeline. In English and French; screenshots with
 * AFFICHE_SHOTS=1 (AFFICHE_SHOTS_DIR, else the OS temp folder).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';

const shotsDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');
const work = mkdtempSync(path.join(os.tmpdir(), 'affiche-e2e-meme-video-'));

/** A 2 s blue 320x240 clip with a tone: nothing white in it. */
function tinyClip(): Buffer {
  const file = path.join(work, 'clip.mp4');
  const made = spawnSync('ffmpeg', ['-y', '-v', 'error', '-f', 'lavfi', '-i', 'color=c=0x2050a0:s=320x240:r=30:d=2', '-f', 'lavfi', '-i', 'sine=f=440:d=2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', file]);
  expect(made.status, String(made.stderr)).toBe(0);
  return readFileSync(file);
}

/** Share of near-white pixels in rows [y0, y1) of the frame at `seconds` (packed RGB, `size` square). */
function whiteShare(file: string, seconds: number, size: number, y0: number, y1: number): number {
  const out = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-ss', String(seconds), '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 64 * 1024 * 1024 });
  expect(out.status).toBe(0);
  const frame = out.stdout;
  expect(frame.length).toBe(size * size * 3);
  let white = 0;
  for (let i = y0 * size * 3; i < y1 * size * 3; i += 3) if (frame[i] > 230 && frame[i + 1] > 230 && frame[i + 2] > 230) white++;
  return white / ((y1 - y0) * size);
}

/**
 * Whether the box's layer shows while the playing clip is inside [from, to) seconds: polled until
 * the clip, looping, is caught there (the layers follow the clip at each animation frame). The
 * polls are short and uneven: at Playwright's default of one a second, a 2 s loop could be sampled
 * at the same two moments every time, both outside the window.
 */
async function shownWhile(page: Page, slot: string, from: number, to: number): Promise<string> {
  let seen = '';
  await expect
    .poll(async () => {
      seen = await page.evaluate(
        ([id, a, b]) => {
          const video = document.querySelector<HTMLVideoElement>('[data-testid="meme-video"]');
          const layer = document.querySelector<HTMLElement>(`[data-testid="meme-layer-${id}"]`);
          if (!video || !layer) return '';
          const t = video.currentTime;
          return t >= a && t < b ? (layer.dataset.shown ?? '') : '';
        },
        [slot, from, to] as const,
      );
      return seen;
    }, { intervals: [50, 90, 130, 70, 110], timeout: 15_000 })
    .not.toBe('');
  return seen;
}

for (const language of ['fr', 'en'] as const) {
  test(`${language}: a classic meme over a clip, the bottom line from 1 s, exported as MP4`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    await app.open();
    await page.getByTestId('new-meme').click();
    await expect(page.getByTestId('meme-screen')).toBeVisible();
    await page.getByTestId('meme-search').fill(language === 'fr' ? 'classique' : 'classic');
    const layout = page.locator('[data-template-id="bank:classic"]');
    await layout.click();
    await expect(layout).toHaveAttribute('aria-pressed', 'true');

    await page.getByTestId('meme-picture-input-picture').setInputFiles({ name: 'clip.mp4', mimeType: 'video/mp4', buffer: tinyClip() });
    await expect(page.getByTestId('meme-picture-picture')).toContainText(language === 'fr' ? '(clip, 2\u00a0s)' : '(clip, 2 s)');
    await expect(page.getByTestId('meme-video-preview')).toHaveAttribute('data-scene-ms', '2000');
    await expect(page.getByTestId('meme-video-sound')).toHaveText(language === 'fr' ? 'Son coupé' : 'Sound off');
    expect(await page.getByTestId('meme-video').evaluate((video: HTMLVideoElement) => video.muted)).toBe(true);

    await page.getByTestId('meme-line-top').fill('QUAND');
    await page.getByTestId('meme-line-bottom').fill('LUNDI');
    const timing = page.getByTestId('meme-timing-bottom');
    await expect(timing).toContainText(language === 'fr' ? 'Affiché de' : 'Shows from');
    await expect(page.getByTestId('meme-to-bottom')).toHaveValue('2');
    await page.getByTestId('meme-from-bottom').fill('1');
    await page.getByTestId('meme-entrance-bottom').selectOption('fade');
    await expect(page.getByTestId('meme-entrance-bottom').locator('option:checked')).toHaveText(language === 'fr' ? 'Fondu' : 'Fade');

    // The preview: the clip plays, the bottom line is absent before 1 s and shows after, the top line throughout.
    await expect.poll(() => page.getByTestId('meme-video').evaluate((video: HTMLVideoElement) => video.readyState)).toBeGreaterThanOrEqual(2);
    expect(await shownWhile(page, 'bottom', 0.1, 0.9)).toBe('false');
    expect(await shownWhile(page, 'top', 0.1, 0.9)).toBe('true');
    expect(await shownWhile(page, 'bottom', 1.15, 1.9)).toBe('true');
    // What the user sees: the blue clip in the middle, the white top line over it.
    const seen = PNG.sync.read(await page.getByTestId('meme-video-preview').screenshot());
    const at = (x: number, y: number) => Array.from(seen.data.subarray((y * seen.width + x) * 4, (y * seen.width + x) * 4 + 3));
    const [r, g, b] = at(Math.round(seen.width / 2), Math.round(seen.height / 2));
    expect(b).toBeGreaterThan(r + 60);
    expect(b).toBeGreaterThan(g + 30);
    let white = 0;
    for (let y = Math.round(seen.height * 0.04); y < Math.round(seen.height * 0.25); y++) for (let x = 0; x < seen.width; x++) if (at(x, y).every((c) => c > 230)) white++;
    expect(white).toBeGreaterThan(100);
    if (process.env.AFFICHE_SHOTS) {
      mkdirSync(shotsDir, { recursive: true });
      await page.screenshot({ path: path.join(shotsDir, `meme-video-${language}.png`) });
    }

    await page.getByTestId('meme-export').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByTestId('export-output-video')).toHaveClass(/export-format-selected/);
    await expect(dialog.getByTestId('export-output-video')).toContainText(language === 'fr' ? '2\u00a0s' : '2 s');
    // A meme is one file: its cover pictures are not ticked.
    await expect(dialog.getByTestId('export-cover-toggle')).not.toBeChecked();
    const downloading = page.waitForEvent('download');
    await dialog.getByTestId('export-download').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('QUAND.mp4');
    const file = path.join(work, `meme-${language}.mp4`);
    writeFileSync(file, readFileSync(await download.path()));
    const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,width,height:format=duration', '-of', 'json', file], { encoding: 'utf8' });
    const json = JSON.parse(probe.stdout) as { streams: { codec_name: string; width?: number; height?: number }[]; format: { duration: string } };
    expect(json.streams[0]).toMatchObject({ codec_name: 'h264', width: 1080, height: 1080 });
    expect(json.streams[1]).toMatchObject({ codec_name: 'aac' });
    expect(Math.abs(Number(json.format.duration) - 2)).toBeLessThan(0.05);
    // The file agrees with the form: white words at the top all along; at the bottom only from 1 s.
    const band = (y0: number) => [y0, y0 + 238] as const;
    expect(whiteShare(file, 0.5, 1080, ...band(36))).toBeGreaterThan(0.02);
    expect(whiteShare(file, 0.5, 1080, ...band(1080 - 36 - 238))).toBe(0);
    expect(whiteShare(file, 1.7, 1080, ...band(1080 - 36 - 238))).toBeGreaterThan(0.02);
    await expect(dialog).toBeHidden();

    await page.getByTestId('meme-open-editor').click();
    await expect(page.getByTestId('timeline')).toBeVisible();
  });
}

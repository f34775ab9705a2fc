/**
 * Exporting a video design from the export dialog (issue 13, "Export"): the MP4 is the default,
 * Final or Draft, its length said; the download is an H.264 MP4 of the timeline's length; the
 * dialog in French.
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
    if (language === 'fr') await app.call('settings.update', { language: 'fr' });
    await app.open();
    const design = await reel(app, 'Mon reel');
    await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
    await waitForCanvas(page);
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    await expect(dialog.getByTestId('export-output-video')).toHaveClass(/export-format-selected/);
    await expect(dialog).toContainText(language === 'en' ? 'Export video' : 'Exporter la vidéo');
    await expect(dialog.getByTestId('export-output-video')).toContainText(language === 'en' ? 'Video (MP4)' : 'Vidéo (MP4)');
    await expect(dialog.getByTestId('export-output-video')).toContainText(language === 'en' ? '2.5 s' : '2,5\u00a0s');
    await expect(dialog.getByTestId('export-quality-final')).toHaveClass(/export-format-selected/);
    await expect(dialog).toContainText('Mon reel.mp4');
    await dialog.getByTestId('export-quality-draft').click();
    await expect(dialog.getByTestId('export-quality-draft')).toHaveClass(/export-format-selected/);
    await shot(page, language);
    const downloading = page.waitForEvent('download');
    await dialog.getByTestId('export-download').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Mon reel.mp4');
    const file = path.join(os.tmpdir(), `affiche-e2e-${Date.now()}.mp4`);
    writeFileSync(file, readFileSync(await download.path()));
    const probe = spawnSync('ffprobe', ['-v', 'error', '-show_entries', 'stream=codec_name,profile,width,height:format=duration', '-of', 'json', file], { encoding: 'utf8' });
    const json = JSON.parse(probe.stdout) as { streams: { codec_name: string; profile?: string; width?: number; height?: number }[]; format: { duration: string } };
    expect(json.streams[0]).toMatchObject({ codec_name: 'h264', profile: 'High', width: 270, height: 480 });
    expect(json.streams[1]).toMatchObject({ codec_name: 'aac' });
    expect(Math.abs(Number(json.format.duration) - 2.5)).toBeLessThan(0.05);
  });
}

/**
 * Exporting a carousel from the export dialog (issue 12, "Export"): 21 Instagram slides warn that
 * Instagram takes 20 and offer two posts, whose zip holds <name>-post1-01.png...; a LinkedIn
 * document defaults to the PDF, downloaded and read back by pdfinfo; the dialog in French.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Design } from '../../core/schema/design';
import { createTextElement } from '../../core/schema/factory';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, waitForCanvas } from './helpers';

const shot = (page: import('@playwright/test').Page, name: string) =>
  page.getByTestId('export-dialog').screenshot({ path: path.join(process.env.AFFICHE_SHOTS_DIR ?? os.tmpdir(), `affiche-carousel-export-${name}.png`) });

async function carousel(app: App, name: string, slides: number, format = { preset: 'instagram-portrait', width: 1080, height: 1350 }): Promise<Design> {
  const design = await createDesignViaApi(app.call, name, format);
  design.kind = 'carousel';
  design.pages = Array.from({ length: slides }, (_, i) => ({
    ...structuredClone(design.pages[0]),
    id: `p${i + 1}slide`,
    elements: [createTextElement({ x: 100, y: 500, width: 880, text: `Diapo ${i + 1}`, fontSize: 120, fill: '#1c1b22' })],
  }));
  await app.call('designs.save', { design });
  return design;
}

test('21 Instagram slides: the dialog warns, offers two posts, and the zip holds them named by post', async ({ page, app }) => {
  await app.open();
  const design = await carousel(app, 'Astuces', 21);
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByTestId('export-output-set')).toHaveClass(/export-format-selected/);
  await expect(dialog.getByTestId('export-over-cap')).toContainText('21 slides: Instagram takes 20; export as 2 posts?');
  await expect(dialog.getByTestId('export-api-hint')).toContainText('take at most 10 per post');
  await dialog.getByTestId('export-split').check();
  await expect(dialog.getByTestId('export-over-cap')).toContainText('Export as 2 posts (11 + 10 slides)');
  await shot(page, 'split-en');
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Astuces.zip');
  const names = Object.keys(unzipSync(new Uint8Array(readFileSync(await download.path()))));
  expect(names).toHaveLength(21);
  expect(names[0]).toBe('Astuces-post1-01.png');
  expect(names[11]).toBe('Astuces-post2-01.png');
  expect([...names].sort()).toEqual(names);
});

test('a LinkedIn document exports as a PDF by default, one page per slide; the dialog in French', async ({ page, app }) => {
  await app.call('settings.update', { language: 'fr' });
  await app.open();
  const design = await carousel(app, 'Rapport', 5, { preset: 'linkedin-document', width: 1080, height: 1350 });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toContainText('Exporter le carrousel');
  await expect(dialog.getByTestId('export-output-pdf')).toHaveClass(/export-format-selected/);
  await expect(dialog.getByTestId('export-pdf-note')).toContainText('mots restent sélectionnables');
  await expect(dialog).toContainText('Rapport.pdf');
  await shot(page, 'pdf-fr');
  const downloading = page.waitForEvent('download');
  await dialog.getByTestId('export-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Rapport.pdf');
  const file = path.join(os.tmpdir(), `affiche-e2e-${Date.now()}.pdf`);
  writeFileSync(file, readFileSync(await download.path()));
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  expect(info).toMatch(/^Pages:\s+5$/m);
  expect(info).toMatch(/^Title:\s+Rapport$/m);
  // The over-cap warning in French, on a set for Instagram.
  await page.keyboard.press('Escape');
  const long = await carousel(app, 'Astuces', 21);
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${long.id}`);
  await waitForCanvas(page);
  await page.getByTestId('open-export').click();
  await expect(page.getByTestId('export-over-cap')).toContainText('21\u00a0diapositives\u00a0: Instagram en accepte 20\u202f; exporter en 2\u00a0publications\u202f?');
  await shot(page, 'split-fr');
});

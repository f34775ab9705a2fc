/**
 * Long work is a job (issue 10): the export dialog shows the export's progress and cancels it
 * (no download); the jobs tray follows every job on every screen, finds running ones again after a
 * reload, offers the result of a finished export as a download, and speaks French.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { Design } from '../../core/schema/design';
import { createTextElement } from '../../core/schema/factory';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, waitForCanvas } from './helpers';

const FORMATS = ['instagram-story', 'instagram-square', 'x-landscape', 'tiktok-photo', 'facebook-story', 'linkedin-landscape', 'pinterest-pin', 'youtube-thumbnail'];

/**
 * A design whose "all formats" export takes a while: `pages` pages in 9 formats (the master and 8
 * saved variants). The tests that act on a running export give it enough pages to still be running
 * on a loaded machine, where the steps before the action can take longer than a short export.
 */
async function longDesign(app: App, name: string, pages: number): Promise<Design> {
  const design = await createDesignViaApi(app.call, name);
  design.pages[0].background.fill = '#f4ede1';
  design.pages[0].elements = [createTextElement({ x: 100, y: 500, width: 880, text: name, fontSize: 120, fill: '#1c1b22' })];
  for (let n = 2; n <= pages; n++) design.pages.push({ ...structuredClone(design.pages[0]), id: `p${n}` });
  design.variants = FORMATS.map((preset, i) => ({ id: `v${i}variant`, format: { preset, width: 1080, height: 1080 }, overrides: {} }));
  // Sizes of the presets: the backend resolves each variant at its format's size.
  const sizes: Record<string, [number, number]> = {
    'instagram-story': [1080, 1920], 'instagram-square': [1080, 1080], 'x-landscape': [1600, 900], 'tiktok-photo': [1080, 1920],
    'facebook-story': [1080, 1920], 'linkedin-landscape': [1200, 627], 'pinterest-pin': [1000, 1500], 'youtube-thumbnail': [1280, 720],
  };
  for (const variant of design.variants) [variant.format.width, variant.format.height] = sizes[variant.format.preset!];
  await app.call('designs.save', { design });
  return design;
}

test('an export shows its progress in the dialog and the tray; cancel stops it and nothing is downloaded', async ({ page, app }) => {
  await app.open();
  const design = await longDesign(app, 'Rentrée', 12);
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);

  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-scope-all').click();
  await dialog.getByTestId('export-download').click();
  await expect(dialog.getByTestId('export-progress')).toBeVisible();
  await expect(dialog.getByTestId('export-progress')).toContainText(/Image \d+ of 108/);
  const tray = page.getByTestId('jobs-tray');
  await expect(tray.getByTestId('job')).toHaveAttribute('data-job-status', 'running');
  await expect(tray).toContainText('Export of Rentrée');
  await expect(tray).toContainText('1 task running');
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots'), 'export-running-en.png') });

  await dialog.getByTestId('export-cancel').click();
  await expect(tray.getByTestId('job')).toHaveAttribute('data-job-status', 'cancelled');
  await expect(tray).toContainText('Cancelled');
  await expect(dialog.getByTestId('export-progress')).toHaveCount(0);
  await expect(dialog.getByTestId('export-download')).toBeEnabled();
  expect(downloads).toBe(0);

  // The dialog is modal (the page behind it is inert): closed, the tray's buttons work.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await tray.getByTestId('job-dismiss').click();
  await expect(tray).toHaveCount(0);
});

test('a reloaded page finds its running job again, and downloads its result from the tray', async ({ page, app }) => {
  await app.open();
  const design = await longDesign(app, 'Soldes', 6);
  const { job } = await app.call<{ job: { id: string } }>('jobs.start', {
    type: 'designs.exportImages',
    args: { design: { id: design.id }, type: 'jpeg', formats: { ids: [], allVariants: true } },
  });
  await page.reload();
  const row = page.getByTestId('jobs-tray').getByTestId('job');
  await expect(row).toHaveAttribute('data-job-status', 'running');
  await expect(row.getByRole('progressbar')).toBeVisible();
  await expect(row).toHaveAttribute('data-job-status', 'done', { timeout: 60_000 });
  await expect(row).toContainText('Done: Soldes.zip');

  const downloading = page.waitForEvent('download');
  await row.getByTestId('job-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Soldes.zip');
  const files = Object.keys(unzipSync(new Uint8Array(readFileSync(await download.path()))));
  expect(files).toHaveLength(54);
  expect(files).toContain('Soldes-x-landscape-02.jpg');
  // Served once: the tray no longer offers it.
  await expect(row.getByTestId('job-download')).toHaveCount(0);
  expect((await app.call<{ jobs: { id: string }[] }>('jobs.list')).jobs.map((j) => j.id)).toContain(job.id);
});

test('in French, the tray says what runs, how far it is and what failed', async ({ page, app }) => {
  await app.call('settings.update', { language: 'fr' });
  await app.open();
  const design = await longDesign(app, 'Été', 6);
  await app.call('jobs.start', { type: 'designs.exportImages', args: { design: { id: design.id }, type: 'png', formats: { ids: [], allVariants: true } } });
  // A job that fails: an archive import of a file that is not an archive.
  const source = await app.stage('notes.zip', Buffer.from('pas une archive'));
  await app.call('jobs.start', { type: 'library.importArchive', args: { source } });
  const tray = page.getByTestId('jobs-tray');
  await expect(tray).toContainText('Export de «\u00a0Été\u00a0»');
  // This export's row: the import may still be starting beside it, and earlier tests' jobs stay listed.
  const exportRow = tray.locator('[data-job-type="designs.exportImages"]', { hasText: 'Été' });
  await expect(exportRow).toHaveAttribute('data-job-status', 'running');
  await expect(exportRow).toContainText(/Image \d+ sur 54/);
  const failed = tray.locator('[data-job-status="failed"]');
  await expect(failed).toContainText('Import d’une archive');
  await expect(tray).toContainText('1 tâche en cours');
  await expect(failed).toContainText('Import d’une archive');
  await expect(failed).toContainText('Impossible d’importer «\u00a0notes.zip\u00a0»');
  if (process.env.AFFICHE_SHOTS) await page.screenshot({ path: path.join(process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots'), 'jobs-tray-fr.png') });
  await expect(tray.locator('[data-job-status="done"]')).toContainText('Terminé', { timeout: 60_000 });
});

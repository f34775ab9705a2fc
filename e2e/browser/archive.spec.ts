/**
 * Library backup (issue 5): Settings > "Export the whole library" downloads a zip whose listing
 * has the manifest; importing it from Settings into a fresh server's library shows the media.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { createDesignViaApi, quadrantPng, waitForCanvas } from './helpers';
import { startAppServer } from './server';

test('export the library from Settings, import it into a fresh library, the media are there', async ({ page, app, browser }, testInfo) => {
  testInfo.setTimeout(testInfo.timeout + 60_000); // a second server starts
  await app.open();
  for (const i of [0, 1]) await app.importAsset(`photo-${i}.png`, quadrantPng(120 + i * 10, 90));
  const design = await createDesignViaApi(app.call, 'Soldes sauvegardées', { preset: 'instagram-square', width: 1080, height: 1080 });

  await page.getByTestId('open-settings').click();
  const backup = page.getByTestId('settings-dialog').getByTestId('library-backup');
  await expect(backup).toContainText('Library backup');
  const downloading = page.waitForEvent('download');
  await backup.getByTestId('archive-export').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^affiche-library-\d{4}-\d\d-\d\d\.zip$/);
  await expect(backup.getByTestId('archive-status')).toContainText('Archive ready: 1 designs, 2 media');
  const zipPath = await download.path();
  const listing = unzipSync(new Uint8Array(readFileSync(zipPath)));
  expect(Object.keys(listing)).toContain('manifest.json');
  const manifest = JSON.parse(new TextDecoder().decode(listing['manifest.json'])) as { scope: string; counts: { assets: number }; entries: { name: string }[] };
  expect(manifest).toMatchObject({ scope: 'library', counts: { assets: 2, designs: 1 } });
  expect(manifest.entries.map((e) => e.name).sort()).toEqual(Object.keys(listing).filter((n) => n !== 'manifest.json').sort());

  // A fresh server, a fresh library: import the archive from its Settings.
  const fresh = await startAppServer();
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.goto(fresh.url);
    await other.waitForURL(`${fresh.origin}/`);
    await other.getByTestId('open-settings').click();
    const freshBackup = other.getByTestId('settings-dialog').getByTestId('library-backup');
    await freshBackup.getByTestId('archive-import-input').setInputFiles(zipPath);
    await expect(freshBackup.getByTestId('archive-status')).toContainText('Imported: 3 new', { timeout: 30_000 });
    await other.getByTestId('settings-done').click();

    // The design is listed, and its editor's image panel shows both media.
    await expect(other.getByText('Soldes sauvegardées')).toBeVisible();
    await other.goto(`${fresh.origin}/#/design/${design.id}`);
    await waitForCanvas(other);
    await other.getByTestId('tool-image').click();
    await expect(other.getByTestId('asset-grid').getByTestId('asset-tile')).toHaveCount(2);
  } finally {
    await context.close();
    await fresh.stop();
  }
});

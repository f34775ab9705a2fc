/**
 * The bundle dialog's packaging cards (the export dialog's choice cards), in English and French: in
 * browser mode the zip is chosen and the folder card is dimmed, not choosable, its hint saying why;
 * "Make the zip" downloads one zip holding the post's folder and the scheduler CSV ticked. Opened
 * from a draft's editor, it says first that the post is not ready (a bundle takes it as it is).
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { createDesignViaApi } from './helpers';

const WORDS = {
  en: { desktopOnly: 'In the desktop app only', start: 'Make the zip', draft: '1 selected post\u00a0· 1\u00a0is not ready (1 draft)' },
  fr: { desktopOnly: 'Dans l’application de bureau seulement', start: 'Créer le zip', draft: '1\u00a0publication choisie\u00a0· 1\u00a0n’est pas prête (1 brouillon)' },
} as const;

for (const language of ['en', 'fr'] as const) {
  test(`${language}: a zip, not a folder, in browser mode; the zip holds the ticked scheduler's CSV`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    const id = `bundle${language}`;
    const design = await createDesignViaApi(app.call, 'Winter card', { preset: 'linkedin-landscape', width: 1200, height: 627 });
    await app.call('posts.save', {
      id,
      title: 'Winter sale',
      status: 'draft',
      notes: '',
      at: { local: '2026-12-10T09:00', zone: 'Europe/Paris' },
      designIds: [design.id],
      master: { caption: 'Knit season', hashtags: ['#knit'], firstComment: '', link: '' },
      targets: [{ network: 'linkedin' }],
    });
    await app.open();
    await page.goto(page.url().replace(/#.*$/, '') + `#/post/${id}`);
    await expect(page.getByTestId('post-editor')).toBeVisible();
    await page.getByTestId('export-bundle').click();
    const dialog = page.getByTestId('bundle-dialog');
    await expect(dialog.locator('.modal-subtitle')).toHaveText(WORDS[language].draft);

    await expect(dialog.getByTestId('bundle-zip')).toHaveClass(/export-format-selected/);
    const folder = dialog.getByTestId('bundle-folder');
    await expect(folder).toHaveClass(/export-format-disabled/);
    await expect(folder).not.toHaveClass(/export-format-selected/);
    await expect(folder).toContainText(WORDS[language].desktopOnly);
    await expect(folder.getByRole('radio')).toBeDisabled();

    await dialog.getByTestId('bundle-csv-buffer').click();
    await expect(dialog.getByTestId('bundle-start')).toHaveText(WORDS[language].start);
    const downloadPromise = page.waitForEvent('download');
    await dialog.getByTestId('bundle-start').click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const names = Object.keys(unzipSync(new Uint8Array(readFileSync(await download.path()))));
    expect(names.some((name) => /buffer/i.test(name) && name.endsWith('.csv')), names.join(', ')).toBe(true);
    await expect(dialog).toHaveCount(0);
  });
}

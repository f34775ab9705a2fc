/**
 * Errors in the user's language (issue 10): with the UI in French, an import refused in the
 * library and an archive whose items are refused say why in French: no English sentence on screen.
 * The same screens in English keep their English reasons. Screenshots (fr + en) go to os.tmpdir().
 */
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { emptyLibrary } from '../../core/schema/library';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), `affiche-refusals-${name}.png`) });
const toast = (page: Page, text: string | RegExp) => page.getByTestId('toast').filter({ hasText: text });

/** Phrases of the English reasons: none may show while the UI speaks French. */
const ENGLISH = [/is not a file Affiche can import/, /it looks like/, /truncated or damaged/, /cannot be decoded/, /Nothing was changed/, /is not part of/];

async function inLanguage(app: App, page: Page, language: 'fr' | 'en'): Promise<void> {
  await app.call('settings.update', { language });
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}

/**
 * An archive holding one "photo" that is really a PDF: the archive is fine, that item is refused.
 * As a brand kit archive, the photo is the kit's logo (refused too: its image was not imported).
 */
function archiveWithAFakePhoto(scope: 'library' | 'brandKit' = 'library'): Buffer {
  const fake = new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n');
  const id = createHash('sha256').update(fake).digest('hex');
  const index = new TextEncoder().encode(
    JSON.stringify({
      ...emptyLibrary(),
      assets: { [id]: { id, kind: 'image', mime: 'image/png', fileName: 'affiche-soldes.png', bytes: fake.byteLength, createdAt: '2026-11-02T10:00:00.000Z' } },
      ...(scope === 'brandKit' ? { brandKit: { ...emptyLibrary().brandKit, logos: [id] } } : {}),
    }),
  );
  const manifest = {
    format: 'affiche-archive',
    version: 1,
    scope,
    createdAt: '2026-11-02T10:00:00.000Z',
    app: 'test',
    librarySchemaVersion: emptyLibrary().schemaVersion,
    counts: { designs: 0, assets: 1, collections: 0, formats: 0, palettes: 0, logos: scope === 'brandKit' ? 1 : 0, fonts: 0 },
    entries: [
      { name: 'library.json', bytes: index.byteLength },
      { name: `blobs/${id}`, bytes: fake.byteLength },
    ],
  };
  return Buffer.from(zipSync({ 'library.json': index, [`blobs/${id}`]: [fake, { level: 0 }], 'manifest.json': new TextEncoder().encode(JSON.stringify(manifest)) }));
}

for (const language of ['fr', 'en'] as const) {
  test(`${language}: an import refused in the library says why in the UI's language`, async ({ page, app }) => {
    await inLanguage(app, page, language);
    await page.getByTestId('nav-library').click();
    await expect(page.getByTestId('library')).toBeVisible();
    await page.getByTestId('library-import-input').setInputFiles([{ name: 'brief.txt', mimeType: 'text/plain', buffer: Buffer.from('Slogan : « Les soldes, c’est maintenant »') }]);
    if (language === 'fr') {
      const summary = toast(page, 'brief.txt');
      await expect(summary).toContainText('«\u00a0brief.txt\u00a0» n’est pas un fichier qu’Affiche sait importer (on dirait du texte brut)');
      for (const phrase of ENGLISH) await expect(summary).not.toContainText(phrase);
    } else {
      await expect(toast(page, 'brief.txt')).toContainText('"brief.txt" is not a file Affiche can import (it looks like plain text)');
    }
    await shot(page, `library-${language}`);
  });

  test(`${language}: an archive item refused is listed with its reason in the UI's language`, async ({ page, app }) => {
    await inLanguage(app, page, language);
    await page.getByTestId('open-settings').click();
    const backup = page.getByTestId('settings-dialog').getByTestId('library-backup');
    await backup.getByTestId('archive-import-input').setInputFiles({ name: 'sauvegarde.zip', mimeType: 'application/zip', buffer: archiveWithAFakePhoto() });
    const refused = backup.getByTestId('archive-refused');
    await expect(refused).toBeVisible({ timeout: 30_000 });
    await refused.locator('summary').click();
    if (language === 'fr') {
      await expect(backup.getByTestId('archive-status')).toContainText('1 refusés');
      await expect(refused).toContainText('affiche-soldes.png\u00a0: «\u00a0affiche-soldes.png\u00a0» n’est pas un fichier qu’Affiche sait importer (on dirait un document PDF)');
      for (const phrase of ENGLISH) await expect(backup).not.toContainText(phrase);
    } else {
      await expect(refused).toContainText('affiche-soldes.png: "affiche-soldes.png" is not a file Affiche can import (it looks like a PDF document)');
    }
    await shot(page, `archive-${language}`);
  });
}

test('fr: a brand kit import lists what it refused, in French', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await inLanguage(app, page, 'fr');
  const design = await createDesignViaApi(app.call, 'Kit de marque');
  await page.goto(`${app.server.origin}/#/design/${design.id}`);
  await waitForCanvas(page);
  await page.getByTestId('tool-brand').click();
  const archive = page.getByTestId('brand-archive');
  await archive.getByTestId('brand-import-input').setInputFiles({ name: 'kit.zip', mimeType: 'application/zip', buffer: archiveWithAFakePhoto('brandKit') });
  const refused = archive.getByTestId('brand-archive-refused');
  await expect(refused).toBeVisible({ timeout: 30_000 });
  await refused.locator('summary').click();
  await expect(refused).toContainText('Refusés (2)');
  await expect(refused).toContainText('affiche-soldes.png\u00a0: «\u00a0affiche-soldes.png\u00a0» n’est pas un fichier qu’Affiche sait importer (on dirait un document PDF)');
  await expect(refused).toContainText('affiche-soldes.png\u00a0: son image n’a pas été importée');
  for (const phrase of [...ENGLISH, /its image was not imported/]) await expect(archive).not.toContainText(phrase);
  await refused.scrollIntoViewIfNeeded();
  await shot(page, 'brand-kit-fr');
});

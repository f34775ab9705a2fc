/**
 * REL-06 on the home screen: a design whose file is damaged beyond its backups does not vanish.
 * Opening it says why; back home, and after Affiche is closed and opened again, its card stays,
 * marked damaged, naming the file kept aside, in English and in French. Screenshots (en + fr) go
 * to os.tmpdir().
 */
import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDesignViaApi } from './helpers';

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(os.tmpdir(), `affiche-damaged-${name}.png`), fullPage: true });

test('a damaged design stays on the home screen, marked, after a restart, in English and French', async ({ page, app }) => {
  const intact = await createDesignViaApi(app.call, 'Rentrée des classes');
  const damaged = await createDesignViaApi(app.call, 'Soldes d’été');
  // A disk fault: the design's file and every backup of it unreadable.
  const library = app.server.library;
  writeFileSync(path.join(library, 'designs', `${damaged.id}.json`), '{"schemaVersion":4,"id":"' + damaged.id + '","name":"Soldes d’été","pag');
  for (let n = 1; n <= 3; n++) rmSync(path.join(library, 'backups', 'designs', `${damaged.id}.${n}.json`), { force: true });

  await app.open();
  const card = page.locator(`[data-testid="design-card"][data-design-id="${damaged.id}"]`);
  await card.getByTestId('design-card-open').click();
  const error = page.getByTestId('editor-load-error');
  await expect(error).toContainText(/Design "Soldes d’été" is damaged and no earlier copy could be read; the damaged file was kept as designs\/.+\.json\.corrupt-/);
  await error.getByRole('button', { name: 'Home' }).click();

  await expect(card.getByTestId('design-card-damaged')).toHaveText('Damaged');
  const note = card.getByTestId('design-card-damaged-note');
  await expect(note).toHaveText(new RegExp(`^Damaged file kept as designs/${damaged.id}\\.json\\.corrupt-[0-9TZ-]+$`));

  // Quit and open again: still there, still marked, the other design untouched.
  await app.server.restart();
  await app.open();
  await expect(card.getByTestId('design-card-damaged')).toHaveText('Damaged');
  await expect(note).toHaveText(new RegExp(`^Damaged file kept as designs/${damaged.id}\\.json\\.corrupt-`));
  await expect(card).toHaveAttribute('title', /cannot be opened\. The damaged file was kept in the library folder as designs\//);
  const other = page.locator(`[data-testid="design-card"][data-design-id="${intact.id}"]`);
  await expect(other.getByTestId('design-card-damaged')).toHaveCount(0);
  await expect(other.getByTestId('design-card-format')).toHaveText('Instagram · 1080 × 1350');
  // Only the trash is offered for it.
  await card.getByTestId('design-card-menu').click();
  await expect(page.getByTestId('menu-delete')).toBeVisible();
  await expect(page.getByTestId('menu-rename')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await shot(page, 'en');

  await app.call('settings.update', { language: 'fr' });
  await page.reload();
  await expect(card.getByTestId('design-card-damaged')).toHaveText('Endommagé');
  await expect(note).toHaveText(new RegExp(`^Fichier endommagé gardé sous le nom designs/${damaged.id}\\.json\\.corrupt-`));
  await expect(card).toHaveAttribute('title', /ne peut pas être ouvert\. Le fichier endommagé a été gardé dans le dossier de la bibliothèque/);
  await shot(page, 'fr');

  // Moved to the trash and the trash emptied, it is gone for good.
  await app.call('designs.delete', { id: damaged.id });
  await app.call('designs.emptyTrash', {});
  await app.server.restart();
  await app.open();
  await expect(page.getByTestId('design-card')).toHaveCount(1);
});

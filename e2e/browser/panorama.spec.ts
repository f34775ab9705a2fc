/**
 * Seamless panoramas: created from the new-design dialog's Panorama tab, the seams shown over the
 * canvas with their margin shaded, a text across a seam flagged in the layers panel (in English and
 * French), the seam margin edited, and "Convert to separate slides" / back. Screenshots with
 * AFFICHE_SHOTS=1 (AFFICHE_SHOTS_DIR, else the OS temp folder).
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { createTextElement } from '../../core/schema/factory';
import type { Design } from '../../core/schema/design';
import { expect, test } from './fixtures';
import { editorDesign, waitForCanvas, waitForSaved, shot } from './helpers';

for (const language of ['en', 'fr'] as const) {
  test(`panorama (${language}): new from the dialog, seams over the canvas, a text across a seam flagged, converted to slides and back`, async ({ page, app }) => {
    await app.call('settings.update', { language });
    await app.open();
    await page.getByTestId('new-design').click();
    await page.getByTestId('network-tab-panorama').click();
    await expect(page.getByTestId('panorama-form')).toBeVisible();
    await page.getByTestId('panorama-slides').selectOption('3');
    await expect(page.getByTestId('panorama-size')).toContainText(language === 'fr' ? '3240\u00a0×\u00a01350' : '3240 × 1350');
    await shot(page, `panorama-new-${language}`);
    await page.getByTestId('panorama-create').click();
    await waitForCanvas(page);

    let design: Design = await editorDesign(page);
    expect(design.panorama).toEqual({ slides: 3, slide: { preset: 'instagram-carousel', width: 1080, height: 1350 }, seamMargin: 40 });
    expect(design.format).toMatchObject({ width: 3240, height: 1350 });

    // The seams: two guides at 1080 and 2160, the margin band shaded, over the page.
    const overlay = page.getByTestId('seam-overlay');
    await expect(overlay).toBeVisible();
    await expect(overlay.getByTestId('seam-guide')).toHaveCount(2);
    await expect(overlay.getByTestId('seam-margin')).toHaveCount(2);
    expect(await overlay.getByTestId('seam-guide').evaluateAll((guides) => guides.map((g) => g.getAttribute('data-x')))).toEqual(['1080', '2160']);
    const viewport = (await page.evaluate(() => window.__afficheEditor!.viewport()))!;
    const box = (await overlay.boundingBox())!;
    expect(box.width).toBeCloseTo(3240 * viewport.zoom, 0);

    // A text across the first seam and one inside slide 3: only the first is flagged.
    const across = createTextElement({ x: 900, y: 600, width: 400, text: language === 'fr' ? 'Vue sur la mer' : 'Sea view', fontSize: 80, fill: '#1c1b22' });
    const inside = createTextElement({ x: 2400, y: 600, width: 500, text: language === 'fr' ? 'À bientôt' : 'See you soon', fontSize: 80, fill: '#1c1b22' });
    await waitForSaved(page);
    await app.call('designs.save', { design: { ...design, pages: [{ ...design.pages[0], elements: [across, inside] }] } });
    await page.reload();
    await waitForCanvas(page);
    await page.getByTestId('tool-layers').click();
    const acrossRow = page.locator(`[data-testid="layer-row"][data-element-id="${across.id}"]`);
    const warning = acrossRow.getByTestId('layer-seam-warning');
    await expect(warning).toBeVisible();
    await expect(warning).toHaveAttribute(
      'title',
      language === 'fr'
        ? 'La jointure entre les diapositives 1 et 2 coupe le texte «\u00a0Vue sur la mer\u00a0»\u00a0: placez-le dans une seule diapositive.'
        : 'The seam between slides 1 and 2 cuts the text "Sea view": move it inside one slide.',
    );
    await expect(page.locator(`[data-testid="layer-row"][data-element-id="${inside.id}"]`).getByTestId('layer-seam-warning')).toHaveCount(0);
    await expect(page.getByTestId('panorama-section')).toBeVisible();
    await shot(page, `panorama-seams-${language}`);

    // The seam margin: shown and editable; the bands follow.
    const margin = page.getByTestId('panorama-seam-margin');
    await expect(margin).toHaveValue('40');
    await margin.fill('120');
    await margin.press('Tab');
    await expect(overlay).toHaveAttribute('data-seam-margin', '120');
    await waitForSaved(page);
    design = await editorDesign(page);
    expect(design.panorama?.seamMargin).toBe(120);

    // Export: three slides at the slide's size, and the seam problem among the export's notes.
    await page.getByTestId('open-export').click();
    const dialog = page.getByTestId('export-dialog');
    const downloadPromise = page.waitForEvent('download');
    await dialog.getByTestId('export-download').click();
    const download = await downloadPromise;
    const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
    expect(Object.keys(files)).toHaveLength(3);
    for (const bytes of Object.values(files)) {
      const png = PNG.sync.read(Buffer.from(bytes));
      expect([png.width, png.height]).toEqual([1080, 1350]);
    }
    await expect(page.getByTestId('toast-region')).toContainText(language === 'fr' ? 'coupe le texte « Vue sur la mer »' : 'cuts the text "Sea view"');
    await shot(page, `panorama-exported-${language}`);

    // Convert to separate slides, then back: nothing lost, nothing repeated.
    await page.getByTestId('panorama-to-slides').click();
    await expect.poll(async () => (await editorDesign(page)).pages.length).toBe(3);
    await expect(page.getByTestId('seam-overlay')).toHaveCount(0);
    await page.getByTestId('panorama-from-slides').click();
    await expect.poll(async () => (await editorDesign(page)).panorama?.slides).toBe(3);
    const back = await editorDesign(page);
    expect(back.pages[0].elements.filter((el) => el.type === 'text').map((el) => el.id).sort()).toEqual([across.id, inside.id].sort());
    await expect(page.getByTestId('seam-overlay')).toBeVisible();
  });
}

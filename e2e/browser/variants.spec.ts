/** Linked variants in the editor: resize to several formats, layout stays per format, content is shared, reset to master. */
import { expect, test } from './fixtures';
import { createDesignViaApi, editorDesign, pageElements, waitForCanvas } from './helpers';

test('resize to two formats; a move stays in its format, a colour reaches all; reset to master', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Variants');
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await page.getByTestId('tool-rect').click();
  const [rect] = await pageElements(page);

  await page.getByTestId('resize-to').click();
  const dialog = page.getByTestId('resize-dialog');
  await dialog.getByTestId('resize-instagram-story').check();
  await dialog.getByTestId('resize-linkedin-landscape').check();
  await dialog.getByTestId('resize-create').click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await editorDesign(page)).variants?.map((v) => v.format.preset)).toEqual(['instagram-story', 'linkedin-landscape']);
  // The first new format is shown, with its own page size on the canvas.
  await expect(page.getByTestId('variant-tab-instagram-story')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('properties-panel')).toContainText('1080 × 1920');

  // A text added while the story is shown lands in the middle of the story's page (1080 x 1920).
  await page.getByTestId('tool-text').click();
  const y = Number(await page.getByTestId('geometry-y').inputValue());
  const h = Number(await page.getByTestId('geometry-height').inputValue());
  expect(Math.abs(y + h / 2 - 960)).toBeLessThan(3);
  await page.keyboard.press('ControlOrMeta+Z');

  // Move the rectangle in the story: only the story's layout changes.
  await page.getByTestId('tool-layers').click();
  await page.locator(`[data-testid="layer-row"][data-element-id="${rect.id}"] .layer-name`).click();
  await page.getByTestId('geometry-y').fill('1500');
  await expect.poll(async () => (await editorDesign(page)).variants?.[0].overrides[rect.id]?.y).toBe(1500);
  expect((await pageElements(page))[0].y).toBe(rect.y);
  await expect(page.getByTestId('variant-layout-note')).toBeVisible();

  // Opacity set in the story is content: it reaches the master, not the story's overrides.
  await page.getByTestId('opacity').fill('40');
  await expect.poll(async () => (await pageElements(page))[0].opacity).toBeCloseTo(0.4, 2);
  expect((await editorDesign(page)).variants?.[0].overrides[rect.id]).not.toHaveProperty('opacity');

  // The master tab shows the master layout; back in the story, reset the element to the master layout.
  await page.getByTestId('variant-tab-master').click();
  await expect(page.getByTestId('properties-panel')).toContainText('1080 × 1350');
  await page.getByTestId('variant-tab-instagram-story').click();
  await page.locator(`[data-testid="layer-row"][data-element-id="${rect.id}"] .layer-name`).click();
  await page.getByTestId('reset-to-master').click();
  await expect.poll(async () => (await editorDesign(page)).variants?.[0].overrides[rect.id]).toBeUndefined();

  // Undo brings the story's own layout back; the variants are saved with the design.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await editorDesign(page)).variants?.[0].overrides[rect.id]?.y).toBe(1500);
  await expect.poll(async () => {
    const saved = await app.call<{ design: { variants?: Array<{ overrides: Record<string, { y: number }> }> } }>('designs.get', { id: design.id });
    return saved.design.variants?.[0].overrides[rect.id]?.y;
  }, { timeout: 10_000 }).toBe(1500);
});

test('a constraint set on an element decides where it goes in another format; Auto shows the inferred one', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Constraints');
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await page.getByTestId('tool-rect').click();
  const [rect] = await pageElements(page);
  // A square in the middle of the page: inferred as centred on both axes.
  await expect(page.getByTestId('constraint-horizontal').locator('option').first()).toHaveText('Auto (Centred)');
  await page.getByTestId('constraint-horizontal').selectOption('left');
  await expect.poll(async () => (await pageElements(page))[0].constraints).toEqual({ horizontal: 'left', vertical: 'center' });

  await page.getByTestId('resize-to').click();
  await page.getByTestId('resize-linkedin-landscape').check();
  await page.getByTestId('resize-create').click();
  await page.getByTestId('tool-layers').click();
  await page.locator(`[data-testid="layer-row"][data-element-id="${rect.id}"] .layer-name`).click();
  // Pinned left: its left margin scales with the content (s = min(1200/1080, 627/1350)).
  const s = Math.min(1200 / 1080, 627 / 1350);
  await expect(page.getByTestId('geometry-x')).toHaveValue(String(Math.round(rect.x * s)));
  await expect(page.getByTestId('geometry-width')).toHaveValue(String(Math.round(rect.width * s)));
});

/**
 * The editor end to end, in browser mode against the real backend: create, add and edit every
 * kind of element, autosave, reload, export — checking what a user would see and get.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { canvasPointOf, expect, test } from './fixtures';
import { editorDesign, newSquareDesign, pageElements, quadrantPng, selectedId, selectedIds, waitForCanvas, waitForSaved } from './helpers';

test('create, edit, autosave, reload and export a design', async ({ page, app }) => {
  await app.open();

  // New design: Instagram portrait from the dialog.
  await page.getByTestId('new-design').click();
  const dialog = page.getByTestId('new-design-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('format-instagram-portrait')).toContainText('1080 × 1350');
  await expect(dialog.getByTestId('format-instagram-portrait')).toContainText('4:5');
  await dialog.getByTestId('format-instagram-portrait').click();
  await waitForCanvas(page);
  await expect(page.getByTestId('design-name')).toHaveValue('Instagram – Feed portrait');
  const designId = (await editorDesign(page)).id;
  await expect(page).toHaveURL(new RegExp(`#/design/${designId}$`));

  // Text, edited in place: double-click into it, replace everything, leave with Escape.
  await page.getByTestId('tool-text').click();
  const textId = await selectedId(page);
  const textPoint = await canvasPointOf(page, textId);
  await page.mouse.dblclick(textPoint.x, textPoint.y);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Bonjour');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === textId)).toMatchObject({ type: 'text', text: 'Bonjour' });

  // Rectangle: colour typed as hex.
  await page.getByTestId('tool-rect').click();
  const rectId = await selectedId(page, [textId]);
  await expect(page.getByTestId('selection-title')).toHaveText('Rectangle');
  await page.getByTestId('fill-color-hex').fill('#e4572e');
  await page.getByTestId('fill-color-hex').press('Enter');
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === rectId)).toMatchObject({ fill: '#e4572e' });

  // Ellipse: colour from the picker.
  await page.getByTestId('tool-ellipse').click();
  const ellipseId = await selectedId(page, [textId, rectId]);
  await page.getByTestId('fill-color-picker').fill('#1e88e5');
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === ellipseId)).toMatchObject({ fill: '#1e88e5' });

  // Move the ellipse by dragging it.
  const before = (await pageElements(page)).find((e) => e.id === ellipseId)!;
  const start = await canvasPointOf(page, ellipseId);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 60, start.y + 80, { steps: 8 });
  await page.mouse.move(start.x + 120, start.y + 160, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === ellipseId)!.x).toBeGreaterThan(before.x + 150);
  const moved = (await pageElements(page)).find((e) => e.id === ellipseId)!;
  expect(moved.y).toBeGreaterThan(before.y + 200);
  expect(moved.width).toBeCloseTo(before.width, 0);

  // Image: import from disk (a PNG made here), then click it into the page.
  await page.getByTestId('tool-image').click();
  await page.getByTestId('image-file-input').setInputFiles({ name: 'quadrants.png', mimeType: 'image/png', buffer: quadrantPng(300, 200) });
  const tile = page.getByTestId('asset-tile');
  await expect(tile).toHaveCount(1);
  await tile.click();
  const imageId = await selectedId(page, [textId, rectId, ellipseId]);
  const image = (await pageElements(page)).find((e) => e.id === imageId)!;
  expect(image.type).toBe('image');
  // Fitted inside the page, aspect ratio kept (300 x 200 -> 3:2).
  expect(image.width / image.height).toBeCloseTo(1.5, 2);
  expect(image.x).toBeGreaterThanOrEqual(0);
  expect(image.x + image.width).toBeLessThanOrEqual(1080);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.objects().map((o) => o.type))).toEqual(['textbox', 'rect', 'ellipse', 'image']);

  // Autosave, then a reload shows the same page.
  await waitForSaved(page);
  await expect
    .poll(async () => (await app.call<{ design: { pages: Array<{ elements: unknown[] }> } }>('designs.get', { id: designId })).design.pages[0].elements.length)
    .toBe(4);
  await page.reload();
  await waitForCanvas(page);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.objects().length)).toBe(4);
  const objects = await page.evaluate(() => window.__afficheEditor!.objects());
  expect(objects.map((o) => o.type)).toEqual(['textbox', 'rect', 'ellipse', 'image']);
  expect(objects[0].text).toBe('Bonjour');
  expect(objects[1].fill).toBe('#e4572e');
  expect(objects[2].fill).toBe('#1e88e5');
  const reloaded = await pageElements(page);
  expect(reloaded.find((e) => e.id === ellipseId)).toMatchObject({ x: moved.x, y: moved.y });

  // Export PNG at exactly the format's size, with real content.
  await page.getByTestId('open-export').click();
  const exportDialog = page.getByTestId('export-dialog');
  await expect(exportDialog.getByTestId('export-size')).toHaveText('1080 × 1350 px');
  const downloadPromise = page.waitForEvent('download');
  await exportDialog.getByTestId('export-download').click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('Instagram – Feed portrait.png');
  const png = PNG.sync.read(readFileSync(await download.path()));
  expect([png.width, png.height]).toEqual([1080, 1350]);
  const colours = new Set<string>();
  for (let y = 0; y < png.height; y += 9) {
    for (let x = 0; x < png.width; x += 9) {
      const i = (y * png.width + x) * 4;
      colours.add(`${png.data[i] >> 4},${png.data[i + 1] >> 4},${png.data[i + 2] >> 4}`);
    }
  }
  expect(colours.size).toBeGreaterThanOrEqual(5);
  await expect(exportDialog).toBeHidden();
});

test('Delete removes the selection, but not while typing in a text box', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);

  await page.getByTestId('tool-text').click();
  const textId = await selectedId(page);
  const point = await canvasPointOf(page, textId);
  await page.mouse.dblclick(point.x, point.y);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Keep me');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await pageElements(page)).map((e) => (e.type === 'text' ? e.text : e.type))).toEqual(['Keep m']);

  await page.getByTestId('tool-rect').click();
  await selectedId(page, [textId]);
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);

  // Undo brings it back, redo removes it again.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await pageElements(page)).length).toBe(2);
  await page.getByTestId('redo').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);
});

test('text properties: font, size, bold, alignment', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-text').click();
  const id = await selectedId(page);

  await page.getByTestId('font-picker').click();
  await page.getByTestId('font-option-Playfair Display').click();
  await page.getByTestId('font-size').fill('120');
  await page.getByTestId('text-bold').click();
  await page.getByTestId('text-align-left').click();
  await expect
    .poll(async () => (await pageElements(page)).find((e) => e.id === id))
    .toMatchObject({ fontFamily: 'Playfair Display', fontSize: 120, fontWeight: 700, align: 'left' });

  // Anton has no bold face: picking it drops bold instead of faking it.
  await page.getByTestId('font-picker').click();
  await page.getByTestId('font-option-Anton').click();
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === id)).toMatchObject({ fontFamily: 'Anton', fontWeight: 400 });
  await expect(page.getByTestId('text-bold')).toBeDisabled();
});

test('importing a file that is not an image shows the backend’s reason', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-image').click();
  await expect(page.getByTestId('image-panel')).toBeVisible();
  const tilesBefore = await page.getByTestId('asset-tile').count();

  const bytes = Buffer.from('Meeting notes, not a picture.\n');
  // What the backend says about these bytes, asked directly.
  const reason = await app.importAsset('notes.txt', bytes).then(
    () => null,
    (error: Error) => error.message.replace(/^assets\.import: /, ''),
  );
  expect(reason).toBeTruthy();

  await page.getByTestId('image-file-input').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: bytes });
  const error = page.getByTestId('image-import-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText(reason!);
  await expect(page.getByTestId('asset-tile')).toHaveCount(tilesBefore);
});

test('resize by a corner, rotate by the handle, scale text into a bigger font', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  const box = (id: string) => page.evaluate((elementId) => window.__afficheEditor!.screenBoxOf(elementId)!, id);
  const drag = async (from: { x: number; y: number }, to: { x: number; y: number }) => {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
    await page.mouse.move(to.x, to.y, { steps: 6 });
    await page.mouse.up();
  };

  // Rectangle: bottom-right corner outwards keeps the square a square (uniform scaling).
  await page.getByTestId('tool-rect').click();
  const rectId = await selectedId(page);
  const rect0 = (await pageElements(page)).find((e) => e.id === rectId)!;
  const b = await box(rectId);
  await drag({ x: b.left + b.width, y: b.top + b.height }, { x: b.left + b.width + 60, y: b.top + b.height + 60 });
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === rectId)!.width).toBeGreaterThan(rect0.width + 60);
  const rect1 = (await pageElements(page)).find((e) => e.id === rectId)!;
  expect(rect1.height).toBeCloseTo(rect1.width, 0);
  // The top-left corner stayed put.
  expect(rect1.x).toBeCloseTo(rect0.x, 0);
  expect(rect1.y).toBeCloseTo(rect0.y, 0);

  // Rotation handle (40 px above the top edge): a quarter turn to the right.
  const r = await box(rectId);
  const centre = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  await drag({ x: centre.x, y: r.top - 40 }, { x: centre.x + r.width, y: centre.y });
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === rectId)!.rotation).toBeGreaterThan(80);
  const rect2 = (await pageElements(page)).find((e) => e.id === rectId)!;
  expect(rect2.rotation).toBeLessThan(100);
  // Rotation turns about the centre: the box itself did not move.
  expect(rect2.x).toBeCloseTo(rect1.x, 0);
  expect(rect2.width).toBeCloseTo(rect1.width, 0);
  await page.keyboard.press('Delete');

  // Text: a corner drag grows the font size, not a stretched bitmap.
  await page.getByTestId('tool-text').click();
  const textId = await selectedId(page, [rectId]);
  const text0 = (await pageElements(page)).find((e) => e.id === textId)!;
  const t = await box(textId);
  await drag({ x: t.left + t.width, y: t.top + t.height }, { x: t.left + t.width + 40, y: t.top + t.height + 20 });
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === textId)).toMatchObject({ type: 'text' });
  await expect
    .poll(async () => {
      const el = (await pageElements(page)).find((e) => e.id === textId)!;
      return el.type === 'text' ? el.fontSize : 0;
    })
    .toBeGreaterThan(text0.type === 'text' ? text0.fontSize : 0);
  // The Fabric object was rebuilt at scale 1 with the new font size.
  const [textbox] = await page.evaluate(() => window.__afficheEditor!.objects());
  const text1 = (await pageElements(page)).find((e) => e.id === textId)!;
  expect(textbox).toMatchObject({ type: 'textbox', scaleX: 1, scaleY: 1, fontSize: text1.type === 'text' ? text1.fontSize : -1 });
});

test('rubber-band selects two elements; dragging moves both; renaming from the top bar', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);

  await page.getByTestId('tool-rect').click();
  const rectId = await selectedId(page);
  await page.getByTestId('tool-ellipse').click();
  const ellipseId = await selectedId(page, [rectId]);
  // Drag a selection rectangle from empty page around both.
  const r = await page.evaluate((id) => window.__afficheEditor!.screenBoxOf(id)!, rectId);
  await page.mouse.move(r.left - 40, r.top - 40);
  await page.mouse.down();
  await page.mouse.move(r.left + r.width / 2, r.top + r.height / 2, { steps: 5 });
  await page.mouse.move(r.left + r.width + 40, r.top + r.height + 40, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await selectedIds(page)).sort()).toEqual([rectId, ellipseId].sort());
  await expect(page.getByTestId('selection-title')).toHaveText('2 elements selected');

  const before = await pageElements(page);
  const c = await canvasPointOf(page, ellipseId);
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x - 50, c.y + 30, { steps: 6 });
  await page.mouse.move(c.x - 100, c.y + 60, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await pageElements(page))[0].x).toBeLessThan(before[0].x - 100);
  const after = await pageElements(page);
  for (let i = 0; i < 2; i++) {
    expect(after[i].x - before[i].x).toBeCloseTo(after[0].x - before[0].x, 0);
    expect(after[i].y - before[i].y).toBeCloseTo(after[0].y - before[0].y, 0);
    expect(after[i].width).toBeCloseTo(before[i].width, 0);
    expect(after[i].rotation).toBe(0);
  }
  // Still both selected after the rebuild.
  expect((await selectedIds(page)).sort()).toEqual([rectId, ellipseId].sort());

  const name = page.getByTestId('design-name');
  await name.fill('Weekend market');
  await name.press('Enter');
  await waitForSaved(page);
  await expect
    .poll(async () => (await app.call<{ designs: Array<{ name: string }> }>('designs.list', {})).designs.map((d) => d.name))
    .toContain('Weekend market');
  await page.getByTestId('back-home').click();
  await expect(page.getByTestId('design-card').filter({ hasText: 'Weekend market' })).toBeVisible();
});

test('undoing every change back to the design as opened is saved too', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  const designId = new URL(page.url()).hash.split('/').pop()!;
  const savedCount = async () =>
    (await app.call<{ design: { pages: Array<{ elements: unknown[] }> } }>('designs.get', { id: designId })).design.pages[0].elements.length;

  await page.getByTestId('tool-rect').click();
  await waitForSaved(page);
  await expect.poll(savedCount).toBe(1);

  // Back to the empty page the editor opened with: that state must reach the disk as well.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await pageElements(page)).length).toBe(0);
  await expect.poll(savedCount, { timeout: 5000 }).toBe(0);
});

test('an image dropped from the desktop lands where it is dropped; a pasted image lands in the middle', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  const center = page.getByTestId('editor-center');
  const box = (await page.getByTestId('canvas-stage').boundingBox())!;
  const target = { x: box.x + box.width * 0.35, y: box.y + box.height * 0.4 };

  // Drop: a DataTransfer with a real PNG, built in the page.
  const png = quadrantPng(120, 80).toString('base64');
  const dataTransfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }));
    return transfer;
  }, png);
  await center.dispatchEvent('dragover', { dataTransfer, clientX: target.x, clientY: target.y });
  await center.dispatchEvent('drop', { dataTransfer, clientX: target.x, clientY: target.y });
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);
  const dropped = (await pageElements(page))[0];
  const vp = await page.evaluate(() => window.__afficheEditor!.viewport()!);
  const expected = { x: (target.x - box.x - vp.offsetX) / vp.zoom, y: (target.y - box.y - vp.offsetY) / vp.zoom };
  expect(dropped.type).toBe('image');
  expect(Math.abs(dropped.x + dropped.width / 2 - expected.x)).toBeLessThan(3);
  expect(Math.abs(dropped.y + dropped.height / 2 - expected.y)).toBeLessThan(3);

  // Paste: a clipboard event carrying a different image.
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'pasted.png', { type: 'image/png' }));
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer }));
  }, quadrantPng(60, 60).toString('base64'));
  await expect.poll(async () => (await pageElements(page)).length).toBe(2);
  const pasted = (await pageElements(page))[1];
  expect(pasted.x + pasted.width / 2).toBeCloseTo(540, 0);
  expect(pasted.y + pasted.height / 2).toBeCloseTo(540, 0);
  const { assets } = await app.call<{ assets: Array<{ fileName: string }> }>('assets.list', {});
  expect(assets.map((a) => a.fileName)).toEqual(expect.arrayContaining(['dropped.png', 'pasted.png']));
});

test('text effects: decorations, spacing, outline on and off, shadow, highlight', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-text').click();
  const id = await selectedId(page);
  const text = async () => (await pageElements(page)).find((e) => e.id === id) as Record<string, unknown>;

  await page.getByTestId('text-underline').click();
  await page.getByTestId('text-case').selectOption('upper');
  await expect.poll(async () => [(await text()).underline, (await text()).textCase]).toEqual([true, 'upper']);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.objects()[0].text)).toMatch(/^[^a-z]+$/);

  await page.getByTestId('text-letter-spacing').fill('200');
  await expect.poll(async () => (await text()).letterSpacing).toBe(200);

  await page.getByTestId('text-outline').check();
  await expect.poll(async () => (await text()).stroke).toMatchObject({ color: '#000000' });
  await page.getByTestId('text-outline').uncheck();
  await expect.poll(async () => 'stroke' in (await text())).toBe(false);

  await page.getByTestId('text-shadow').check();
  await page.getByTestId('text-highlight').check();
  await expect.poll(async () => Boolean((await text()).shadow && (await text()).background)).toBe(true);
  await waitForSaved(page);
});

test('shapes panel adds every kind; gradient fill, dashed outline and corners are edited and exported', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-shapes').click();
  const kinds = ['rect', 'ellipse', 'triangle', 'star', 'polygon', 'line', 'arrow', 'bubble'];
  for (const kind of kinds) await page.getByTestId(`shape-${kind}`).click();
  await expect.poll(async () => (await pageElements(page)).map((e) => (e.type === 'shape' ? e.shape : e.type))).toEqual(kinds);

  // The bubble is selected (last added): linear gradient, dashed outline, rounder corners.
  await page.getByTestId('fill-linear').click();
  await page.getByTestId('shape-outline').check();
  await page.getByTestId('shape-outline-dashed').check();
  await page.getByTestId('shape-corners').fill('40');
  const bubble = (await pageElements(page)).at(-1)! as unknown as { fill: unknown; stroke?: { dash?: number[] }; cornerRadius: number };
  await expect.poll(async () => ((await pageElements(page)).at(-1) as unknown as typeof bubble).fill).toMatchObject({ kind: 'linear' });
  await expect.poll(async () => ((await pageElements(page)).at(-1) as unknown as typeof bubble).stroke?.dash?.length).toBe(2);
  await expect.poll(async () => ((await pageElements(page)).at(-1) as unknown as typeof bubble).cornerRadius).toBe(40);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.objects().length)).toBe(8);
  await waitForSaved(page);
});

test('image properties: replace keeps the frame, flip, circle crop, filters; dropping onto an image replaces it', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  await page.getByTestId('tool-image').click();
  // Other tests of this file share the library: count from what is there already. Newest tiles come first.
  await expect(page.getByTestId('image-panel')).toBeVisible();
  const before = await page.getByTestId('asset-tile').count();
  await page.getByTestId('image-file-input').setInputFiles({ name: 'first.png', mimeType: 'image/png', buffer: quadrantPng(300, 220) });
  await expect(page.getByTestId('asset-tile')).toHaveCount(before + 1);
  await page.getByTestId('image-file-input').setInputFiles({ name: 'second.png', mimeType: 'image/png', buffer: quadrantPng(220, 300) });
  await expect(page.getByTestId('asset-tile')).toHaveCount(before + 2);
  await page.getByTestId('asset-tile').nth(1).click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);
  const image = (await pageElements(page))[0] as unknown as { id: string; assetId: string; x: number; width: number };

  // Replace from the properties panel: the panel says what it is doing; the frame stays.
  await page.getByTestId('image-replace').click();
  await expect(page.getByTestId('image-panel')).toContainText('Replace the image');
  await page.getByTestId('asset-tile').first().click();
  await expect.poll(async () => ((await pageElements(page))[0] as unknown as typeof image).assetId).not.toBe(image.assetId);
  const replaced = (await pageElements(page))[0] as unknown as typeof image;
  expect([replaced.id, replaced.x, replaced.width]).toEqual([image.id, image.x, image.width]);

  await page.getByTestId('image-flip-x').click();
  await page.getByTestId('image-circle').check();
  await page.getByTestId('image-grayscale').check();
  await page.getByTestId('image-brightness').fill('30');
  await expect
    .poll(async () => {
      const el = (await pageElements(page))[0] as unknown as { flipX: boolean; mask?: string; filters?: { grayscale?: boolean; brightness?: number } };
      return [el.flipX, el.mask, el.filters?.grayscale, el.filters?.brightness];
    })
    .toEqual([true, 'circle', true, 0.3]);

  // Drop a file onto the image: it takes the image's place instead of adding one.
  const centre = (await page.evaluate((id) => window.__afficheEditor!.screenCenterOf(id), image.id))!;
  const dataTransfer = await page.evaluateHandle((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'third.png', { type: 'image/png' }));
    return transfer;
  }, quadrantPng(90, 90).toString('base64'));
  await page.getByTestId('editor-center').dispatchEvent('drop', { dataTransfer, clientX: centre.x, clientY: centre.y });
  await expect.poll(async () => ((await pageElements(page))[0] as unknown as typeof image).assetId).not.toBe(replaced.assetId);
  expect(await pageElements(page)).toHaveLength(1);
  await waitForSaved(page);
});

test('page background: gradient, a picture that fills or fits with a focal point, then removed', async ({ page, app }) => {
  await app.open();
  await newSquareDesign(page);
  const background = async () => (await editorDesign(page)).pages[0].background;

  await page.getByTestId('background-linear').click();
  await expect.poll(async () => (await background()).fill).toMatchObject({ kind: 'linear', angle: 90 });

  await page.getByTestId('background-image-choose').click();
  // The panel says what a pick will do ("Add a picture" once opened "Replace the image").
  await expect(page.getByTestId('image-panel').getByRole('heading', { level: 2 })).toHaveText('Choose a background picture');
  await page.getByTestId('image-file-input').setInputFiles({ name: 'backdrop.png', mimeType: 'image/png', buffer: quadrantPng(400, 200) });
  await page.getByTestId('asset-tile').first().click();
  await expect.poll(async () => (await background()).image?.fit).toBe('cover');
  await page.getByTestId('background-focal-x').fill('0');
  await expect.poll(async () => (await background()).image?.focalX).toBe(0);
  await page.getByTestId('background-fit-contain').click();
  await expect.poll(async () => (await background()).image?.fit).toBe('contain');
  await page.getByTestId('background-image-remove').click();
  await expect.poll(async () => (await background()).image).toBeUndefined();
  await expect.poll(async () => (await background()).fill).toMatchObject({ kind: 'linear' });
  await waitForSaved(page);
});

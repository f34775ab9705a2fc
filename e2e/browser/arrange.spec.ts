/** Working with many objects: layers panel, align, distribute, group, duplicate, copy and paste across designs. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { createDesignViaApi, pageElements, waitForCanvas, waitForSaved } from './helpers';

test.describe.configure({ mode: 'serial' });

async function openEditor(page: Page, app: { open(): Promise<void> }, id: string) {
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${id}`);
  await waitForCanvas(page);
}

test('layers panel: order matches the canvas, click selects, drag reorders, hide, lock, rename', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Layers');
  await app.open();
  await openEditor(page, app, design.id);
  await page.getByTestId('tool-rect').click();
  await page.getByTestId('tool-ellipse').click();
  await page.getByTestId('tool-text').click();
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await pageElements(page)).length).toBe(3);
  const [rect, ellipse, text] = await pageElements(page);

  await page.getByTestId('tool-layers').click();
  const rows = page.getByTestId('layer-row');
  // Top of the stack first.
  await expect(rows).toHaveCount(3);
  expect(await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-element-id')))).toEqual([text.id, ellipse.id, rect.id]);

  // Click selects on the canvas too.
  await rows.nth(2).locator('.layer-name').click();
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([rect.id]);

  // Drag the rectangle's row to the top: it becomes the top element.
  await rows.nth(2).dragTo(rows.nth(0));
  await expect.poll(async () => (await pageElements(page)).map((e) => e.id)).toEqual([ellipse.id, text.id, rect.id]);

  // Hide and lock the ellipse.
  const ellipseRow = page.locator(`[data-testid="layer-row"][data-element-id="${ellipse.id}"]`);
  await ellipseRow.getByTestId('layer-hide').click();
  await ellipseRow.getByTestId('layer-lock').click();
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === ellipse.id)).toMatchObject({ hidden: true, locked: true });

  // Rename by double-click.
  await ellipseRow.locator('.layer-name').dblclick();
  await page.getByTestId('layer-name-input').fill('Sun');
  await page.keyboard.press('Enter');
  await expect(ellipseRow).toContainText('Sun');
  await waitForSaved(page);
  const saved = await app.call<{ design: { pages: Array<{ elements: Array<{ id: string; name: string; hidden: boolean }> }> } }>('designs.get', { id: design.id });
  expect(saved.design.pages[0].elements.find((e) => e.id === ellipse.id)).toMatchObject({ name: 'Sun', hidden: true });
});

test('align to the page and to each other, group and ungroup, duplicate', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Align');
  await app.open();
  await openEditor(page, app, design.id);
  for (let i = 0; i < 3; i++) await page.getByTestId('tool-rect').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(3);
  const ids = (await pageElements(page)).map((e) => e.id);

  // One element: align to the page's left edge.
  await page.getByTestId('align-left').click();
  await expect.poll(async () => (await pageElements(page))[2].x).toBe(0);

  // Select all, align their right edges, then their tops.
  await page.keyboard.press('ControlOrMeta+A');
  await expect.poll(async () => (await page.evaluate(() => window.__afficheEditor!.selectedIds())).length).toBe(3);
  await page.getByTestId('align-right').click();
  await expect.poll(async () => new Set((await pageElements(page)).map((e) => Math.round(e.x + e.width))).size).toBe(1);
  await page.getByTestId('align-top').click();
  await expect.poll(async () => new Set((await pageElements(page)).map((e) => Math.round(e.y))).size).toBe(1);

  // Group: one element with the three as children; ungroup gives them back where they were.
  const before = await pageElements(page);
  await page.keyboard.press('ControlOrMeta+G');
  await expect.poll(async () => (await pageElements(page)).map((e) => e.type)).toEqual(['group']);
  await page.keyboard.press('ControlOrMeta+Shift+G');
  await expect.poll(async () => (await pageElements(page)).length).toBe(3);
  const after = await pageElements(page);
  for (const id of ids) {
    const a = before.find((e) => e.id === id)!;
    const b = after.find((e) => e.id === id)!;
    expect(Math.abs(a.x - b.x) + Math.abs(a.y - b.y)).toBeLessThan(0.05);
  }

  // Duplicate: Ctrl+D copies the selection 20 px down-right and selects the copies.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+D');
  await expect.poll(async () => (await pageElements(page)).length).toBe(6);
  const copies = (await pageElements(page)).filter((e) => !ids.includes(e.id));
  expect(copies).toHaveLength(3);
  for (const copy of copies) expect(after.some((a) => Math.abs(a.x + 20 - copy.x) < 0.01 && Math.abs(a.y + 20 - copy.y) < 0.01)).toBe(true);
  await expect.poll(async () => (await page.evaluate(() => window.__afficheEditor!.selectedIds())).sort()).toEqual(copies.map((c) => c.id).sort());
});

test('copy in one design, paste in another; undo removes the paste', async ({ page, app }) => {
  const source = await createDesignViaApi(app.call, 'Source');
  const target = await createDesignViaApi(app.call, 'Target');
  await app.open();
  await openEditor(page, app, source.id);
  await page.getByTestId('tool-ellipse').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);
  const original = (await pageElements(page))[0];
  await page.keyboard.press('ControlOrMeta+C');
  await waitForSaved(page);

  await openEditor(page, app, target.id);
  await expect.poll(async () => (await pageElements(page)).length).toBe(0);
  // Playwright's headless clipboard is per page: paste through the context menu, which uses the last copy.
  const stage = (await page.getByTestId('canvas-stage').boundingBox())!;
  await page.mouse.click(stage.x + 20, stage.y + 20, { button: 'right' });
  await page.getByTestId('context-paste').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);
  const pasted = (await pageElements(page))[0];
  expect(pasted.id).not.toBe(original.id);
  expect([pasted.x, pasted.y, pasted.width]).toEqual([original.x, original.y, original.width]);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await pageElements(page)).length).toBe(0);
});

test('smart guides: a dragged element snaps to another one’s edge and shows the guide; Alt moves freely', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Guides');
  await app.open();
  await openEditor(page, app, design.id);
  await page.getByTestId('tool-rect').click();
  await page.getByTestId('tool-ellipse').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(2);
  const [rect, ellipse] = await pageElements(page);
  // Move the ellipse well below the rectangle (both start centred), so they don't overlap.
  for (let i = 0; i < 50; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await pageElements(page))[1].y).toBe(ellipse.y + 500);

  // Drag the ellipse right by ~25 page px: its left edge should snap back to the rectangle's left edge
  // (x equal), because the drag ends within the snap threshold of it... so start 3 screen px away.
  const zoom = (await page.evaluate(() => window.__afficheEditor!.viewport()!)).zoom;
  const start = (await page.evaluate((id) => window.__afficheEditor!.screenCenterOf(id), ellipse.id))!;
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 30, start.y, { steps: 5 });
  await page.mouse.move(start.x + 3, start.y, { steps: 5 });
  // Chromium delivers the last pointer move with the next frame: one more tiny move flushes it.
  await page.mouse.move(start.x + 3, start.y + 1);
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.guides().length)).toBeGreaterThan(0);
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.guides().length)).toBe(0);
  const snapped = (await pageElements(page)).find((e) => e.id === ellipse.id)!;
  expect(snapped.x).toBeCloseTo(rect.x, 1);
  expect(zoom).toBeGreaterThan(0);

  // With Alt held the same small move is not pulled back.
  await page.keyboard.down('Alt');
  const again = (await page.evaluate((id) => window.__afficheEditor!.screenCenterOf(id), ellipse.id))!;
  await page.mouse.move(again.x, again.y);
  await page.mouse.down();
  await page.mouse.move(again.x + 3, again.y, { steps: 3 });
  await page.mouse.up();
  await page.keyboard.up('Alt');
  await expect.poll(async () => (await pageElements(page)).find((e) => e.id === ellipse.id)!.x).toBeGreaterThan(rect.x + 2);
});

test('undo brings back the selection with the elements; a group scales by its corner with its children', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Undo selection');
  await app.open();
  await openEditor(page, app, design.id);
  await page.getByTestId('tool-rect').click();
  await page.getByTestId('tool-ellipse').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(2);
  const ids = (await pageElements(page)).map((e) => e.id);
  const selected = () => page.evaluate(() => window.__afficheEditor!.selectedIds().sort());

  // Delete both, then undo: both come back and both are selected again, on the canvas too.
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await pageElements(page)).length).toBe(0);
  await expect.poll(selected).toEqual([]);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await pageElements(page)).length).toBe(2);
  await expect.poll(selected).toEqual([...ids].sort());
  await expect(page.getByTestId('selection-title')).toHaveText('2 elements selected');

  // Group them and drag the group's bottom-right corner outwards: children grow with it.
  await page.keyboard.press('ControlOrMeta+G');
  await expect.poll(async () => (await pageElements(page)).map((e) => e.type)).toEqual(['group']);
  const [group] = await pageElements(page);
  const box = await page.evaluate((id) => window.__afficheEditor!.screenBoxOf(id)!, group.id);
  const corner = { x: box.left + box.width, y: box.top + box.height };
  await page.mouse.move(corner.x, corner.y);
  await page.mouse.down();
  await page.mouse.move(corner.x + 40, corner.y + 40, { steps: 6 });
  await page.mouse.move(corner.x + 80, corner.y + 80, { steps: 6 });
  await page.mouse.up();
  await expect.poll(async () => (await pageElements(page))[0].width).toBeGreaterThan(group.width * 1.1);
  const [scaled] = await pageElements(page);
  const factor = scaled.width / group.width;
  expect(scaled.height / group.height).toBeCloseTo(factor, 2);
  const before = (group as unknown as { children: Array<{ width: number; x: number }> }).children;
  const after = (scaled as unknown as { children: Array<{ width: number; x: number }> }).children;
  after.forEach((child, i) => {
    expect(child.width).toBeCloseTo(before[i].width * factor, 1);
    expect(child.x).toBeCloseTo(before[i].x * factor, 1);
  });
  // The group on the canvas is rebuilt at scale 1 with the new size (no leftover Fabric scale).
  const objects = await page.evaluate(() => window.__afficheEditor!.objects());
  expect(objects[0]).toMatchObject({ scaleX: 1, scaleY: 1 });

  // One undo step for the whole resize; the group stays selected.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(async () => (await pageElements(page))[0].width).toBeCloseTo(group.width, 2);
  await expect.poll(selected).toEqual([group.id]);
});

test('position and size fields; the aspect-ratio lock links width and height and hides the side handles', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Geometry');
  await app.open();
  await openEditor(page, app, design.id);
  await page.getByTestId('tool-rect').click();
  const [rect] = await pageElements(page);
  const el = async () => (await pageElements(page))[0];

  await page.getByTestId('geometry-x').fill('100');
  await page.getByTestId('geometry-width').fill('300');
  await page.getByTestId('geometry-height').fill('150');
  await expect.poll(async () => { const e = await el(); return [e.x, e.width, e.height]; }).toEqual([100, 300, 150]);
  await page.getByTestId('geometry-rotation').fill('30');
  await expect.poll(async () => (await el()).rotation).toBe(30);
  await page.getByTestId('geometry-rotation').fill('0');

  // Locked ratio: a new width brings the height along (2:1 stays 2:1).
  await page.getByTestId('geometry-lock-ratio').click();
  await expect(page.getByTestId('geometry-lock-ratio')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('geometry-width').fill('500');
  await expect.poll(async () => { const e = await el(); return [e.width, e.height]; }).toEqual([500, 250]);

  // Dragging where the right side handle was does not stretch it: the ratio holds.
  const box = await page.evaluate((id) => window.__afficheEditor!.screenBoxOf(id)!, rect.id);
  const side = { x: box.left + box.width, y: box.top + box.height / 2 };
  await page.mouse.move(side.x, side.y);
  await page.mouse.down();
  await page.mouse.move(side.x + 60, side.y, { steps: 8 });
  await page.mouse.up();
  const after = await el();
  expect(after.width / after.height).toBeCloseTo(2, 3);

  // The lock is saved with the design.
  expect(after.aspectLocked).toBe(true);
  await page.getByTestId('geometry-lock-ratio').click();
  await expect.poll(async () => 'aspectLocked' in (await el())).toBe(false);
});

/** The editor view: zoom around the pointer, zoom stops, 100 %, fit, and space-drag panning. */
import { expect, test } from './fixtures';
import { createDesignViaApi, pageElements, waitForCanvas } from './helpers';

test.describe.configure({ mode: 'serial' });

const viewport = (page: import('@playwright/test').Page) => page.evaluate(() => window.__afficheEditor!.viewport()!);

test('zoom: ctrl+wheel around the pointer, buttons, shortcuts; space-drag pans without moving objects', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'View');
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await page.getByTestId('tool-rect').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);
  const before = (await pageElements(page))[0];
  const fitted = await viewport(page);

  // Ctrl + wheel over a point: the page point under the pointer stays under it.
  const stage = (await page.getByTestId('canvas-stage').boundingBox())!;
  const pointer = { x: stage.x + stage.width * 0.3, y: stage.y + stage.height * 0.4 };
  const local = { x: pointer.x - stage.x, y: pointer.y - stage.y };
  const pageX = (local.x - fitted.offsetX) / fitted.zoom;
  await page.mouse.move(pointer.x, pointer.y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await viewport(page)).zoom).toBeGreaterThan(fitted.zoom * 1.2);
  const zoomed = await viewport(page);
  // Within a page pixel or two (sub-pixel canvas offset); zooming around any other point would drift by tens.
  expect(Math.abs((local.x - zoomed.offsetX) / zoomed.zoom - pageX)).toBeLessThan(2);

  // Buttons and shortcuts.
  await page.getByTestId('zoom-level').click();
  await expect(page.getByTestId('zoom-level')).toHaveText(/100\s?%/);
  await page.getByTestId('zoom-in').click();
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(1.25, 2);
  await page.keyboard.press('ControlOrMeta+0');
  await expect.poll(async () => (await viewport(page)).zoom).toBeCloseTo(fitted.zoom, 3);

  // Space + drag pans the view; the rectangle stays where it is in the design.
  const start = await viewport(page);
  await page.keyboard.down('Space');
  await page.mouse.move(stage.x + 50, stage.y + 50);
  await page.mouse.down();
  await page.mouse.move(stage.x + 170, stage.y + 110, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  const panned = await viewport(page);
  expect(panned.offsetX - start.offsetX).toBeCloseTo(120, 0);
  expect(panned.offsetY - start.offsetY).toBeCloseTo(60, 0);
  const after = (await pageElements(page))[0];
  expect([after.x, after.y]).toEqual([before.x, before.y]);
});

test('the grid toggles from its button and Ctrl+\'; shift snaps rotation to 15°', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Grid');
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await expect(page.getByTestId('grid')).toHaveCount(0);
  await page.getByTestId('grid-toggle').click();
  await expect(page.getByTestId('grid')).toBeVisible();
  await expect(page.getByTestId('grid-toggle')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press("ControlOrMeta+'");
  await expect(page.getByTestId('grid')).toHaveCount(0);

  // Rotate by the handle with shift held: the angle lands on a multiple of 15°.
  await page.getByTestId('tool-rect').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(1);
  const id = (await pageElements(page))[0].id;
  const box = (await page.evaluate((elementId) => window.__afficheEditor!.screenBoxOf(elementId), id))!;
  // screenBoxOf is in window coordinates; the rotation handle sits 40 px above the top edge.
  const center = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  const handle = { x: center.x, y: box.top - 40 };
  await page.mouse.move(handle.x, handle.y);
  await page.mouse.down();
  await page.keyboard.down('Shift');
  // About 37° clockwise around the centre.
  const radius = center.y - handle.y;
  await page.mouse.move(center.x + radius * Math.sin(0.65), center.y - radius * Math.cos(0.65), { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(async () => (await pageElements(page))[0].rotation).not.toBe(0);
  const rotation = (await pageElements(page))[0].rotation;
  expect(Math.abs(rotation % 15)).toBeLessThan(0.01);
});

test('right click opens the context menu on what is under the pointer; the shortcut sheet lists every shortcut', async ({ page, app }) => {
  const design = await createDesignViaApi(app.call, 'Menu');
  await app.open();
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await page.getByTestId('tool-rect').click();
  await page.getByTestId('tool-ellipse').click();
  await expect.poll(async () => (await pageElements(page)).length).toBe(2);
  const [rect, ellipse] = await pageElements(page);
  // Move the (selected) ellipse off the rectangle's left half: 300 px to the right.
  for (let i = 0; i < 30; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => (await pageElements(page))[1].x).toBe(ellipse.x + 300);
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([]);

  // Right-click the rectangle's free corner.
  const box = (await page.evaluate((id) => window.__afficheEditor!.screenBoxOf(id), rect.id))!;
  await page.mouse.click(box.left + 6, box.top + 6, { button: 'right' });
  await expect(page.getByTestId('context-menu')).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.__afficheEditor!.selectedIds())).toEqual([rect.id]);
  // Nothing copied yet: Paste is greyed out; what can't apply to one element (Ungroup) too.
  await expect(page.getByTestId('context-paste')).toBeDisabled();
  await expect(page.getByTestId('context-ungroup')).toBeDisabled();
  await expect(page.getByTestId('context-bringForward')).toContainText(/Ctrl\+\]|⌘\]/);
  await page.getByTestId('context-bringForward').click();
  await expect(page.getByTestId('context-menu')).toHaveCount(0);
  await expect.poll(async () => (await pageElements(page)).map((e) => e.id)).toEqual([ellipse.id, rect.id]);

  // Keyboard: Ctrl+[ sends it back; Ctrl+A selects both.
  await page.keyboard.press('ControlOrMeta+[');
  await expect.poll(async () => (await pageElements(page)).map((e) => e.id)).toEqual([rect.id, ellipse.id]);
  await page.keyboard.press('ControlOrMeta+A');
  await expect.poll(async () => (await page.evaluate(() => window.__afficheEditor!.selectedIds())).sort()).toEqual([rect.id, ellipse.id].sort());

  // The sheet: from the "?" button and from Ctrl+/.
  await page.getByTestId('show-shortcuts').click();
  const sheet = page.getByTestId('shortcut-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText('Bring forward');
  await expect(sheet).toContainText('Zoom at the pointer');
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+/');
  await expect(sheet).toBeVisible();
});

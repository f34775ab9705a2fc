/** Shared steps for the browser-mode specs. */
import { PNG } from 'pngjs';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Design, Element, FormatRef } from '../../core/schema/design';
import { expect } from './fixtures';

/** A w x h PNG with four coloured quadrants (so an export shows distinct colours). */
export function quadrantPng(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  const colours = [
    [230, 57, 70],
    [42, 157, 143],
    [233, 196, 106],
    [38, 70, 83],
  ];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const [r, g, b] = colours[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)];
      const i = (y * width + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** Waits until the editor canvas is up and exposes its test hook. */
export async function waitForCanvas(page: Page): Promise<void> {
  await expect(page.getByTestId('editor')).toBeVisible();
  await expect(page.getByTestId('zoom-level')).toBeVisible();
  await page.waitForFunction(() => window.__afficheEditor !== undefined);
}

export async function editorDesign(page: Page): Promise<Design> {
  return page.evaluate(() => window.__afficheEditor!.design());
}

export async function pageElements(page: Page): Promise<Element[]> {
  return (await editorDesign(page)).pages[0].elements;
}

export async function selectedIds(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__afficheEditor!.selectedIds());
}

/** Waits until exactly one element is selected, other than `previous` ones, and returns its id. */
export async function selectedId(page: Page, previous: string[] = []): Promise<string> {
  await expect
    .poll(async () => {
      const ids = await selectedIds(page);
      return ids.length === 1 && !previous.includes(ids[0]);
    })
    .toBe(true);
  return (await selectedIds(page))[0];
}

export async function waitForSaved(page: Page): Promise<void> {
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-state', 'saved');
}

/** Creates a design through the backend (setup for tests that are about something else). */
export async function createDesignViaApi(
  call: <T>(method: string, args?: unknown) => Promise<T>,
  name: string,
  format: FormatRef = { preset: 'instagram-portrait', width: 1080, height: 1350 },
): Promise<Design> {
  const { design } = await call<{ design: Design }>('designs.create', { name, format });
  return design;
}

/** From the home screen: a new Instagram square design, open in the editor. */
export async function newSquareDesign(page: Page): Promise<void> {
  await page.getByTestId('new-design').click();
  await page.getByTestId('format-instagram-square').click();
  await waitForCanvas(page);
}

/** A 440 Hz tone, 8 kHz mono 16-bit PCM WAV (half a second unless told). */
export function toneWav(ms = 500, rate = 8000): Buffer {
  const samples = Math.round((rate * ms) / 1000);
  const bytes = Buffer.alloc(44 + samples * 2);
  bytes.write('RIFF', 0, 'latin1');
  bytes.writeUInt32LE(36 + samples * 2, 4);
  bytes.write('WAVEfmt ', 8, 'latin1');
  bytes.writeUInt32LE(16, 16);
  bytes.writeUInt16LE(1, 20);
  bytes.writeUInt16LE(1, 22);
  bytes.writeUInt32LE(rate, 24);
  bytes.writeUInt32LE(rate * 2, 28);
  bytes.writeUInt16LE(2, 32);
  bytes.writeUInt16LE(16, 34);
  bytes.write('data', 36, 'latin1');
  bytes.writeUInt32LE(samples * 2, 40);
  for (let i = 0; i < samples; i++) bytes.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 12000), 44 + i * 2);
  return bytes;
}

/** With AFFICHE_SHOTS=1, a screenshot named `name` in AFFICHE_SHOTS_DIR (default: the temp folder's affiche-shots), kept out of the repo. */
export async function shot(page: Page, name: string): Promise<void> {
  if (!process.env.AFFICHE_SHOTS) return;
  const dir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');
  mkdirSync(dir, { recursive: true });
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** A mouse drag in steps, through the midpoint, as a hand does it. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 });
  await page.mouse.move(to.x, to.y, { steps: 6 });
  await page.mouse.up();
}

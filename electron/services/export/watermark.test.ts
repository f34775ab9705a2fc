/**
 * The user's watermark on an export: their logo, in the corner asked for, at the size and opacity
 * asked for, on every image; the design itself is unchanged; a logo that is not a picture of the
 * library is refused in both languages. Pixels of real exports.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { watermarkBox } from '../../../core/render/watermark';
import { createBackend, type Backend } from '../backend';
import { callOn, runJobOn, staged, stageTarget } from '../testing/backendTesting';

let dir: string;
let backend: Backend;

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-watermark-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
});
afterEach(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

async function pixel(png: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [data[i], data[i + 1], data[i + 2]];
}

describe('export watermark', () => {
  it('puts the logo in the corner asked for, at its opacity, on every page; the design is unchanged', async () => {
    // A 400 x 200 logo, pure blue.
    const logo = await sharp({ create: { width: 400, height: 200, channels: 3, background: '#0000ff' } }).png().toBuffer();
    const { asset } = await callOn(backend, 'assets.import', await staged(backend, 'logo.png', new Uint8Array(logo)));
    const { design } = await callOn(backend, 'designs.create', { name: 'Promo', format: { preset: 'instagram-square', width: 1080, height: 1080 } });
    design.pages[0].background.fill = '#ffffff';
    design.pages.push({ ...design.pages[0], id: 'p2' });
    await callOn(backend, 'designs.save', { design });
    const target = stageTarget(backend, 'promo.zip');
    const watermark = { assetId: asset.id, corner: 'bottom-right' as const, opacity: 0.5, size: 0.2 };
    const { result } = await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', watermark, target: target.id });
    expect(result.images).toHaveLength(2);
    const { unzipSync } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync(target.path)));
    const box = watermarkBox(1080, 1080, { width: 400, height: 200 }, watermark);
    expect(box).toEqual({ x: 1080 - 43 - 216, y: 1080 - 43 - 108, width: 216, height: 108 });
    for (const bytes of Object.values(files)) {
      const png = Buffer.from(bytes);
      // Half blue over white inside the box; white outside it and in the other corners.
      const inside = await pixel(png, box.x + box.width / 2, box.y + box.height / 2);
      expect(inside[0]).toBeGreaterThan(120);
      expect(inside[0]).toBeLessThan(135);
      expect(inside[2]).toBe(255);
      expect(await pixel(png, box.x - 5, box.y + 10)).toEqual([255, 255, 255]);
      expect(await pixel(png, 60, 60)).toEqual([255, 255, 255]);
    }
    const saved = await callOn(backend, 'designs.get', { id: design.id });
    expect(JSON.stringify(saved.design)).not.toContain(asset.id);
  });

  it('refuses a logo that is not in the library, in English and French', async () => {
    const { design } = await callOn(backend, 'designs.create', { name: 'Promo', format: { preset: 'instagram-square', width: 1080, height: 1080 } });
    const outcome = await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', watermark: { assetId: 'a'.repeat(64), corner: 'top-left', opacity: 1, size: 0.1 }, target: stageTarget(backend, 'x.png').id }).then(
      () => null,
      (error: { code?: string; detail?: unknown; message?: string }) => error,
    );
    expect(outcome?.code).toBe('invalid-args');
    const detail = (outcome as { detail: Parameters<typeof formatMessage>[0] }).detail;
    expect(formatMessage(detail, 'en')).toMatch(/watermark must be a picture of your library/);
    expect(formatMessage(detail, 'fr')).toMatch(/Le filigrane doit être une image de votre bibliothèque/);
  });
});

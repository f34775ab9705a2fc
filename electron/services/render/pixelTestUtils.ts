/** Shared by the Node renderer's pixel tests: raw RGB pixels of a rendered page, via sharp. */
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { createDesign, type Design } from '../../../core/schema';

export type RGB = [number, number, number];

export async function pixels(bytes: Buffer) {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (x: number, y: number): RGB => {
    const i = (y * info.width + x) * info.channels;
    return [data[i], data[i + 1], data[i + 2]];
  };
  /** Every pixel in [x0, x1) x [y0, y1) for which `test` holds, as points. */
  const where = (test: (px: RGB) => boolean, x0 = 0, y0 = 0, x1 = info.width, y1 = info.height) => {
    const out: Array<{ x: number; y: number }> = [];
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (test(at(x, y))) out.push({ x, y });
    return out;
  };
  return { info, at, where };
}

export const near = (actual: readonly number[], expected: readonly number[], tolerance = 12) =>
  actual.every((value, i) => Math.abs(value - expected[i]) <= tolerance);

export function designOf(width: number, height: number, fill = '#ffffff'): Design {
  const design = createDesign({ name: 'Test', format: { preset: null, width, height } });
  design.pages[0].background.fill = fill;
  return design;
}

export const noAssets = { readAsset: async () => null };

/** A PNG made of coloured rectangles, and a readAsset that serves it under its sha256. */
export async function pictureAsset(width: number, height: number, background: string, parts: Array<{ left: number; top: number; width: number; height: number; color: string }> = []) {
  const bytes = await sharp({ create: { width, height, channels: 3, background } })
    .composite(parts.map((p) => ({ input: { create: { width: p.width, height: p.height, channels: 3 as const, background: p.color } }, left: p.left, top: p.top })))
    .png()
    .toBuffer();
  const assetId = createHash('sha256').update(bytes).digest('hex');
  return { assetId, readAsset: async (id: string) => (id === assetId ? new Uint8Array(bytes) : null) };
}

/**
 * Dominant colours of a picture, for the library's colour chips and the brand kit: shrink to
 * 64 px (sharp; cheap and denoising), bucket pixels on a 4-bit-per-channel grid, then take the
 * fullest buckets that are visibly distinct. Transparent pixels do not count.
 */
import sharp from 'sharp';

const hex = (r: number, g: number, b: number) => '#' + [r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

export async function dominantColors(image: sharp.Sharp, count = 5): Promise<string[]> {
  const { data, info } = await image
    .clone()
    .rotate()
    .resize({ width: 64, height: 64, fit: 'inside' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return pick(data, info.channels, count);
}

/**
 * The same from decoded 8-bit sRGB pixels (3 or 4 channels) already upright, e.g. a thumbnail
 * being made (raster.ts): no decode at all.
 */
export async function dominantColorsOfPixels(pixels: Buffer, raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 }, count = 5): Promise<string[]> {
  const { data, info } = await sharp(pixels, { raw })
    .resize({ width: 64, height: 64, fit: 'inside' })
    .toColourspace('srgb')
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return pick(data, info.channels, count);
}

/** RGBA pixels -> the fullest distinct buckets. */
function pick(data: Buffer, channels: number, count: number): string[] {
  const buckets = new Map<number, { n: number; r: number; g: number; b: number }>();
  for (let i = 0; i + 3 < data.length; i += channels) {
    if (data[i + 3] < 128) continue;
    const key = ((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4);
    const bucket = buckets.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
    bucket.n++;
    bucket.r += data[i];
    bucket.g += data[i + 1];
    bucket.b += data[i + 2];
    buckets.set(key, bucket);
  }
  const sorted = [...buckets.values()].sort((a, b) => b.n - a.n).map((k) => [k.r / k.n, k.g / k.n, k.b / k.n] as const);
  const picked: (readonly [number, number, number])[] = [];
  for (const colour of sorted) {
    // 40 in RGB distance: neighbouring buckets of one flat colour collapse into one chip.
    if (picked.every((p) => Math.hypot(p[0] - colour[0], p[1] - colour[1], p[2] - colour[2]) > 40)) picked.push(colour);
    if (picked.length === count) break;
  }
  return picked.map(([r, g, b]) => hex(r, g, b));
}

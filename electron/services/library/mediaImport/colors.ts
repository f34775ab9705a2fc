/**
 * Dominant colours of a picture, for the library's colour chips and the brand kit: shrink to
 * 64 px (cheap and denoising), bucket pixels on a 4-bit-per-channel grid, then take the
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
 * The same from decoded 8-bit sRGB pixels (3 or 4 channels, or grey) already upright, e.g. a
 * thumbnail being made (raster.ts): no decode and no sharp pipeline at all, the 64 px version is
 * averaged here (a pipeline costs more to set up than this ~1 ms of work on a 512 px thumbnail).
 */
export function dominantColorsOfPixels(pixels: Uint8Array, raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 }, count = 5): string[] {
  return pick(shrinkToRgba(pixels, raw, 64), 4, count);
}

/**
 * Averages pixels down so the longer side is at most `side` (each output pixel the mean of the
 * block it covers, weighted by alpha so transparent pixels lend no colour), as RGBA.
 */
function shrinkToRgba(pixels: Uint8Array, raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 }, side: number): Uint8Array {
  const { width, height, channels } = raw;
  const scale = Math.min(1, side / Math.max(width, height));
  const outWidth = Math.max(1, Math.round(width * scale));
  const outHeight = Math.max(1, Math.round(height * scale));
  const grey = channels < 3;
  const alphaAt = channels === 2 || channels === 4 ? channels - 1 : -1;
  const out = new Uint8Array(outWidth * outHeight * 4);
  for (let oy = 0; oy < outHeight; oy++) {
    const y0 = Math.floor((oy * height) / outHeight);
    const y1 = Math.max(y0 + 1, Math.floor(((oy + 1) * height) / outHeight));
    for (let ox = 0; ox < outWidth; ox++) {
      const x0 = Math.floor((ox * width) / outWidth);
      const x1 = Math.max(x0 + 1, Math.floor(((ox + 1) * width) / outWidth));
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let y = y0; y < y1; y++) {
        for (let i = (y * width + x0) * channels, end = (y * width + x1) * channels; i < end; i += channels) {
          const alpha = alphaAt < 0 ? 255 : pixels[i + alphaAt];
          r += pixels[i] * alpha;
          g += (grey ? pixels[i] : pixels[i + 1]) * alpha;
          b += (grey ? pixels[i] : pixels[i + 2]) * alpha;
          a += alpha;
        }
      }
      const o = (oy * outWidth + ox) * 4;
      const n = (y1 - y0) * (x1 - x0);
      if (a > 0) {
        out[o] = Math.round(r / a);
        out[o + 1] = Math.round(g / a);
        out[o + 2] = Math.round(b / a);
      }
      out[o + 3] = Math.round(a / n);
    }
  }
  return out;
}

/** RGBA pixels -> the fullest distinct buckets. */
function pick(data: Uint8Array, channels: number, count: number): string[] {
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

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import sharp from 'sharp';
import { findFormat, type Format } from '../../../core/formats';
import { formatMessage } from '../../../core/messages';
import { autoFix } from './autoFix';
import { estimateJpegQuality } from './jpegQuality';
import { measureImage } from './measure';
import { searchQuality } from './qualitySearch';
import { noisyImage, noisyPixels } from './testImages';

const bluesky = findFormat('bluesky-square')!;

/** A catalog-shaped format for one test: any size, any cap. */
function testFormat(width: number, height: number, maxBytes: number): Format {
  return {
    ...bluesky,
    id: 'test-format',
    width,
    height,
    ratio: `${width}:${height}`,
    limits: { types: ['image/jpeg', 'image/png', 'image/webp'], maxBytes, confidence: 'H', source: 'test' },
  };
}

async function jpegAt(raw: { data: Buffer; channels: 3 | 4 }, width: number, height: number, quality: number): Promise<number> {
  return (await sharp(raw.data, { raw: { width, height, channels: raw.channels } }).jpeg({ quality, mozjpeg: false }).toBuffer()).length;
}

describe('JPEG quality read back from the file', () => {
  it('is exact for libjpeg tables and approximate for mozjpeg’s', async () => {
    const image = noisyImage(64, 64);
    for (const quality of [10, 50, 71, 92]) {
      expect(estimateJpegQuality(await image.clone().jpeg({ quality }).toBuffer())).toEqual({ quality, exact: true });
    }
    const moz = estimateJpegQuality(await image.clone().jpeg({ quality: 80, mozjpeg: true }).toBuffer());
    expect(moz?.exact).toBe(false);
    expect(estimateJpegQuality(await image.clone().png().toBuffer())).toBeNull();
  });
});

describe('quality search', () => {
  const sizeAt = (q: number) => 1000 + q * q * 10; // grows with quality, like an encoder
  const encode = async (q: number) => Buffer.alloc(sizeAt(q));

  it('finds the highest quality that fits, in two encodes when the estimate is good', async () => {
    const found = await searchQuality({ cap: sizeAt(71), maxQuality: 92, encode, estimate: async (q) => sizeAt(q) * 1.1 });
    expect(found).toMatchObject({ fits: true, quality: 71 });
    expect(found.encodes).toBeLessThanOrEqual(3);
  });

  it('stays correct with a misleading estimate (falls back to bisection)', async () => {
    fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.double({ min: 0.01, max: 100, noNaN: true }), async (target, top, skew) => {
        const found = await searchQuality({ cap: sizeAt(target), maxQuality: top, encode, estimate: async (q) => sizeAt(101 - q) * skew });
        if (!found.fits) return false;
        return found.quality === Math.min(target, top) && found.encodes <= 12;
      }),
      { numRuns: 200 },
    );
  });

  it('reports the size at quality 1 when nothing fits', async () => {
    expect(await searchQuality({ cap: 500, maxQuality: 92, encode })).toMatchObject({ fits: false, smallest: sizeAt(1) });
  });
});

describe('auto-fix', () => {
  it('brings 2000x2000 noisy photos under Bluesky’s 1,000,000 bytes at the highest quality that fits', async () => {
    for (const noise of [40, 120, 255]) {
      const raw = noisyPixels(2000, 2000, { seed: noise, noise });
      const png = await sharp(raw.data, { raw: { width: 2000, height: 2000, channels: raw.channels } }).png({ compressionLevel: 1 }).toBuffer();
      expect(png.length).toBeGreaterThan(1_000_000);
      const fixed = await autoFix(png, bluesky);
      expect(fixed.ok, fixed.problems.join('; ')).toBe(true);
      expect(fixed.bytes.length).toBeLessThanOrEqual(1_000_000);
      expect([fixed.type, fixed.width, fixed.height]).toEqual(['image/jpeg', 2000, 2000]);
      expect(fixed.rules.every((rule) => rule.ok)).toBe(true);
      const quality = estimateJpegQuality(fixed.bytes)!.quality;
      expect(fixed.changes[0].message).toMatch(/^PNG -> JPEG: as PNG it was [\d,]+ bytes, over the 1,000,000 bytes cap$/);
      expect(fixed.changes.at(-1)!.message).toBe(`JPEG quality 92 -> ${quality} to fit 1,000,000 bytes`);
      // One step up no longer fits: the search did not settle for less than it had to.
      if (quality < 92) expect(await jpegAt(raw, 2000, 2000, quality + 1)).toBeGreaterThan(1_000_000);
    }
  });

  it('re-encodes an oversized JPEG below its own quality and says from what to what', async () => {
    const jpeg = await noisyImage(2000, 2000, { seed: 7, noise: 90 }).jpeg({ quality: 88 }).toBuffer();
    expect(jpeg.length).toBeGreaterThan(1_000_000);
    const fixed = await autoFix(jpeg, bluesky);
    expect(fixed.ok).toBe(true);
    expect(fixed.changes.map((c) => c.message)).toEqual([expect.stringMatching(/^JPEG quality 88 -> \d+ to fit 1,000,000 bytes \(was [\d,]+ bytes\)$/)]);
  });

  it('keeps WebP where the network takes it, searching WebP quality', async () => {
    const webp = await noisyImage(800, 800, { noise: 80 }).webp({ quality: 95 }).toBuffer();
    const fixed = await autoFix(webp, testFormat(800, 800, Math.round(webp.length / 3)));
    expect([fixed.ok, fixed.type]).toEqual([true, 'image/webp']);
    expect(fixed.bytes.length).toBeLessThanOrEqual(Math.round(webp.length / 3));
    expect(fixed.changes.map((c) => c.message)).toEqual([expect.stringMatching(/^re-encoded as WebP quality \d+ to fit [\d,]+ bytes \(was [\d,]+ bytes\)$/)]);
  });

  it('recompresses a loosely compressed PNG losslessly when that is enough', async () => {
    const flat = await noisyImage(1000, 1000, { noise: 0 }).png({ compressionLevel: 0 }).toBuffer();
    const fixed = await autoFix(flat, testFormat(1000, 1000, Math.round(flat.length / 4)));
    expect([fixed.ok, fixed.type]).toEqual([true, 'image/png']);
    expect(fixed.changes.map((c) => c.message)).toEqual([expect.stringMatching(/^PNG recompressed losslessly to fit [\d,]+ bytes \(was [\d,]+ bytes\)$/)]);
  });

  it('names a damaged file instead of failing inside the decoder', async () => {
    const jpeg = await noisyImage(1200, 1200, { noise: 80 }).jpeg().toBuffer();
    await expect(autoFix(jpeg.subarray(0, jpeg.length / 2), testFormat(1200, 1200, 10_000), '"cut.jpg"')).rejects.toThrow('"cut.jpg" is truncated or damaged');
  });

  it('meets the cap or says it cannot, for random sizes and caps (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 48, max: 640 }),
        fc.integer({ min: 48, max: 640 }),
        fc.integer({ min: 0, max: 255 }),
        // Bytes per kilopixel on a log scale: JPEG quality 1 needs about 3 (flat) to 17 (pure noise).
        fc.integer({ min: 0, max: 100 }).map((i) => 0.5 * 2000 ** (i / 100)),
        fc.integer({ min: 1, max: 1_000 }),
        async (width, height, noise, bytesPerKilopixel, seed) => {
          const raw = noisyPixels(width, height, { seed, noise });
          const png = await sharp(raw.data, { raw: { width, height, channels: 3 } }).png({ compressionLevel: 1 }).toBuffer();
          // From far below what quality 1 can reach to above the PNG itself.
          const cap = Math.max(100, Math.round(((width * height) / 1000) * bytesPerKilopixel));
          const fixed = await autoFix(png, testFormat(width, height, cap));
          if (fixed.ok) {
            expect(fixed.bytes.length).toBeLessThanOrEqual(cap);
            expect([fixed.width, fixed.height]).toEqual([width, height]);
            expect(['image/jpeg', 'image/png']).toContain(fixed.type);
          } else {
            expect(fixed.problems).toHaveLength(1);
            expect(fixed.problems[0]).toMatch(/^even JPEG quality 1 at \d+x\d+ is [\d,]+ bytes, over the [\d,]+ bytes cap/);
            expect(await jpegAt(raw, width, height, 1)).toBeGreaterThan(cap);
            expect(fixed.bytes).toEqual(png); // nothing half-fixed is handed back
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('converts PNG to JPEG where the network refuses PNG (TikTok photo posts)', async () => {
    const png = await noisyImage(1080, 1920, { alpha: true, noise: 30 }).png().toBuffer();
    expect((await measureImage(png)).type).toBe('image/png');
    const fixed = await autoFix(png, findFormat('tiktok-photo')!);
    expect(fixed.ok).toBe(true);
    expect(fixed.type).toBe('image/jpeg');
    expect((await sharp(fixed.bytes).metadata()).format).toBe('jpeg');
    expect(fixed.changes.map((c) => c.id)).toEqual(['type', 'flatten', 'quality']);
    expect(fixed.changes[0].message).toBe('PNG -> JPEG: tiktok-photo takes image/jpeg, image/webp');
    expect(fixed.changes[2].message).toMatch(/^encoded as JPEG quality 92, [\d,]+ bytes \(cap 20,000,000 bytes\)$/);
  });

  it('cannot fit a cap that even quality 1 misses, and says so with the numbers', async () => {
    const png = await noisyImage(2000, 2000, { noise: 255, seed: 3 }).png({ compressionLevel: 1 }).toBuffer();
    const fixed = await autoFix(png, testFormat(2000, 2000, 20_000));
    expect(fixed.ok).toBe(false);
    expect(fixed.problems).toEqual([expect.stringMatching(/^even JPEG quality 1 at 2000x2000 is [\d,]+ bytes, over the 20,000 bytes cap; simplify the picture/)]);
    expect(fixed.changes).toEqual([]);
    expect(fixed.bytes.equals(png)).toBe(true);
  });

  it('downscales above the pixel bound or to the format’s size, keeping the ratio', async () => {
    const big = await noisyImage(2400, 1800, { noise: 20 }).jpeg({ quality: 80 }).toBuffer();
    const bounded = await autoFix(big, findFormat('bluesky-landscape')!);
    expect([bounded.ok, bounded.width, bounded.height]).toEqual([true, 2000, 1500]);
    expect(bounded.changes[0].message).toBe('downscaled 2400x1800 -> 2000x1500 (at most 2000 px wide, 2000 px high)');
    expect(bounded.changes[0]).toMatchObject({ id: 'resize', key: 'preflight.change.resize' });
    expect(formatMessage(bounded.changes[0], 'fr')).toBe(
      'réduite de 2400\u00a0×\u00a01800 à 2000\u00a0×\u00a01500 (2000\u00a0px de large et 2000\u00a0px de haut au plus)',
    );
    // Still not the preset's 16:9: reported, not cropped.
    expect(bounded.rules.find((r) => r.id === 'ratio')).toMatchObject({ ok: false, measured: '4:3' });
    const huge = await noisyImage(3000, 3000, { noise: 20 }).jpeg({ quality: 80 }).toBuffer();
    const square = await autoFix(huge, bluesky);
    expect([square.ok, square.width, square.height]).toEqual([true, 2000, 2000]);
    expect(square.changes[0].message).toBe('downscaled 3000x3000 -> 2000x2000 (the format’s size)');
    const retina = await noisyImage(2160, 2700, { noise: 20 }).jpeg({ quality: 80 }).toBuffer();
    const portrait = await autoFix(retina, findFormat('instagram-portrait')!);
    expect([portrait.ok, portrait.width, portrait.height]).toEqual([true, 1080, 1350]);
    expect(portrait.changes[0].message).toBe('downscaled 2160x2700 -> 1080x1350 (the format’s size)');
    expect(portrait.rules.every((r) => r.ok)).toBe(true);
  });

  it('hands back the same bytes when nothing needs fixing', async () => {
    const jpeg = await noisyImage(1080, 1350, { noise: 20 }).jpeg({ quality: 85 }).toBuffer();
    const fixed = await autoFix(jpeg, findFormat('instagram-portrait')!);
    expect([fixed.ok, fixed.changes]).toEqual([true, []]);
    expect(fixed.bytes.equals(jpeg)).toBe(true);
  });

  it('does not upscale, crop or flatten animations: it says why', async () => {
    const small = await noisyImage(300, 450).jpeg().toBuffer();
    const pin = await autoFix(small, findFormat('pinterest-pin')!);
    expect(pin.ok).toBe(false);
    expect(pin.problems[0]).toMatch(/^300x450 is under the minimum \(600 px wide, 900 px high\); Affiche does not upscale/);
    const story = await noisyImage(1080, 1920).jpeg().toBuffer();
    const feed = await autoFix(story, findFormat('instagram-portrait')!);
    expect(feed.problems[0]).toMatch(/^ratio 9:16 is outside what instagram-portrait accepts/);
    const frames = await Promise.all([1, 2].map((seed) => noisyImage(64, 64, { seed }).png().toBuffer()));
    const gif = await sharp(frames, { join: { animated: true } }).gif().toBuffer();
    const animated = await autoFix(gif, findFormat('bluesky-square')!);
    expect(animated.problems[0]).toMatch(/^an animated image cannot be converted/);
  });

  it('refuses what is not an image, whatever its name', async () => {
    await expect(autoFix(new TextEncoder().encode('%PDF-1.7 not an image'), bluesky, '"photo.jpg"')).rejects.toThrow('"photo.jpg" is not an image Affiche can check (it looks like a PDF document)');
    await expect(autoFix(new Uint8Array([1]), findFormat('tiktok-video')!)).rejects.toThrow('tiktok-video is a video format');
  });
});

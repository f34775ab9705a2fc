import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dominantColorsOfPixels } from './colors';

/** Raw pixels of a w x h picture, each made by `at(x, y)` (one value per channel). */
function raw<C extends 1 | 2 | 3 | 4>(width: number, height: number, channels: C, at: (x: number, y: number) => number[]) {
  const data = new Uint8Array(width * height * channels);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(at(x, y), (y * width + x) * channels);
  return { data, info: { width, height, channels } };
}

describe('dominant colours of decoded pixels', () => {
  it('lists the colours by the area they cover', () => {
    // 512 x 384: red on the left 60 %, blue on the right.
    const { data, info } = raw(512, 384, 3, (x) => (x < 307 ? [255, 0, 0] : [0, 0, 255]));
    // (The column where they meet averages to a purple: a small third chip, as any shrink gives.)
    expect(dominantColorsOfPixels(data, info).slice(0, 2)).toEqual(['#ff0000', '#0000ff']);
  });

  it('leaves transparent pixels out', () => {
    // Three quarters transparent red, one quarter opaque blue: only blue is seen.
    const { data, info } = raw(200, 200, 4, (x) => (x < 150 ? [255, 0, 0, 0] : [0, 0, 255, 255]));
    expect(dominantColorsOfPixels(data, info)).toEqual(['#0000ff']);
  });

  it('reads grey pictures, with and without alpha', () => {
    const grey = raw(90, 30, 1, () => [0x80]);
    expect(dominantColorsOfPixels(grey.data, grey.info)).toEqual(['#808080']);
    // Grey with alpha: the opaque top third counts, the transparent rest does not.
    const greyAlpha = raw(30, 90, 2, (_x, y) => (y < 30 ? [0x20, 255] : [0xe0, 0]));
    expect(dominantColorsOfPixels(greyAlpha.data, greyAlpha.info)).toEqual(['#202020']);
  });

  it('gives a flat picture of any size and channel count its own colour (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 1, max: 700 }),
        fc.constantFrom(3, 4),
        fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })),
        (width, height, channels, rgb) => {
          const { data, info } = raw(width, height, channels as 3 | 4, () => (channels === 4 ? [...rgb, 255] : rgb));
          const hex = '#' + rgb.map((v) => v.toString(16).padStart(2, '0')).join('');
          expect(dominantColorsOfPixels(data, info)).toEqual([hex]);
        },
      ),
      { numRuns: 60 },
    );
  });
});

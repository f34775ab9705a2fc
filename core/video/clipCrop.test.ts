/**
 * The part of its source a clip shows: always inside the source, even sides and an even left and
 * top edge (what ffmpeg's crop keeps on a yuv420p picture), the whole source without a crop, and
 * never more than one pixel off the crop the user chose on each edge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VideoElement } from '../schema/design';
import { clipCoverRect, clipSourceRect, isWholeSource } from './clipCrop';

type Crop = NonNullable<VideoElement['crop']>;

const side = fc.integer({ min: 2, max: 7680 });
const fraction = fc.double({ min: 0, max: 1, noNaN: true });
/** Any crop the schema takes (x + width may pass 1: the schema bounds each part alone). */
const crop: fc.Arbitrary<Crop> = fc.record({
  x: fraction,
  y: fraction,
  width: fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
  height: fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true }),
});
/** A crop as crop mode writes it: inside the source. */
const insideCrop: fc.Arbitrary<Crop> = fc
  .record({ w: fc.double({ min: 0.01, max: 1, noNaN: true }), h: fc.double({ min: 0.01, max: 1, noNaN: true }), sx: fraction, sy: fraction })
  .map(({ w, h, sx, sy }) => ({ x: sx * (1 - w), y: sy * (1 - h), width: w, height: h }));

describe('clipSourceRect', () => {
  it('keeps a rectangle inside the source, with even sides and an even left and top edge', () => {
    fc.assert(
      fc.property(side, side, crop, (width, height, c) => {
        const rect = clipSourceRect({ crop: c }, { width, height });
        for (const n of [rect.x, rect.y, rect.width, rect.height]) {
          expect(Number.isInteger(n)).toBe(true);
          expect(n % 2).toBe(0);
        }
        expect(rect.x).toBeGreaterThanOrEqual(0);
        expect(rect.y).toBeGreaterThanOrEqual(0);
        expect(rect.width).toBeGreaterThanOrEqual(2);
        expect(rect.height).toBeGreaterThanOrEqual(2);
        expect(rect.x + rect.width).toBeLessThanOrEqual(width);
        expect(rect.y + rect.height).toBeLessThanOrEqual(height);
      }),
    );
  });

  it('is the whole source when the clip has no crop', () => {
    fc.assert(
      fc.property(side, side, (width, height) => {
        const rect = clipSourceRect({}, { width, height });
        expect(rect).toEqual({ x: 0, y: 0, width, height });
        expect(isWholeSource(rect, { width, height })).toBe(true);
      }),
    );
  });

  it('moves no edge of a crop inside the source by more than one pixel (two at an odd far edge, three for a crop under two pixels)', () => {
    fc.assert(
      fc.property(side, side, insideCrop, (width, height, c) => {
        const rect = clipSourceRect({ crop: c }, { width, height });
        const slack = (whole: number, size: number) => (size * whole < 2 ? 3 : whole % 2 === 1 ? 2 : 1) + 1e-9;
        expect(Math.abs(rect.x - c.x * width)).toBeLessThanOrEqual(slack(width, c.width));
        expect(Math.abs(rect.x + rect.width - (c.x + c.width) * width)).toBeLessThanOrEqual(slack(width, c.width));
        expect(Math.abs(rect.y - c.y * height)).toBeLessThanOrEqual(slack(height, c.height));
        expect(Math.abs(rect.y + rect.height - (c.y + c.height) * height)).toBeLessThanOrEqual(slack(height, c.height));
      }),
    );
  });

  it('cuts the top-left quarter of a 640x360 clip to 320x180 at its corner', () => {
    expect(clipSourceRect({ crop: { x: 0, y: 0, width: 0.5, height: 0.5 } }, { width: 640, height: 360 })).toEqual({ x: 0, y: 0, width: 320, height: 180 });
    // 0.3 x 101 = 30.3 -> 30; 0.5 x 101 = 50.5 -> the even edge 50, and the right edge 80.8 -> 80.
    expect(clipSourceRect({ crop: { x: 0.3, y: 0.5, width: 0.5, height: 0.2 } }, { width: 101, height: 101 })).toEqual({ x: 30, y: 50, width: 50, height: 20 });
  });
});

describe('clipCoverRect', () => {
  it('is the kept rectangle cut to the box shape about its centre, inside the kept rectangle', () => {
    fc.assert(
      fc.property(side, side, insideCrop, side, side, (width, height, c, boxW, boxH) => {
        const kept = clipSourceRect({ crop: c }, { width, height });
        const shown = clipCoverRect({ crop: c }, { width, height }, { width: boxW, height: boxH });
        expect(shown.x).toBeGreaterThanOrEqual(kept.x - 1e-6);
        expect(shown.y).toBeGreaterThanOrEqual(kept.y - 1e-6);
        expect(shown.x + shown.width).toBeLessThanOrEqual(kept.x + kept.width + 1e-6);
        expect(shown.y + shown.height).toBeLessThanOrEqual(kept.y + kept.height + 1e-6);
        expect(shown.width / shown.height).toBeCloseTo(boxW / boxH, 6);
        // Centred: the same margin on both sides of each axis.
        expect(shown.x - kept.x).toBeCloseTo(kept.x + kept.width - (shown.x + shown.width), 6);
        expect(shown.y - kept.y).toBeCloseTo(kept.y + kept.height - (shown.y + shown.height), 6);
      }),
    );
  });
});

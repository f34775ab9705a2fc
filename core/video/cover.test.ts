import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverFrame, gridCrop } from './cover';

describe('gridCrop', () => {
  it('1080x1920 -> the centre 1080x1440 (y 240); a landscape picture keeps its height', () => {
    expect(gridCrop(1080, 1920)).toEqual({ left: 0, top: 240, width: 1080, height: 1440 });
    expect(gridCrop(270, 480)).toEqual({ left: 0, top: 60, width: 270, height: 360 });
    expect(gridCrop(1920, 1080)).toEqual({ left: 555, top: 0, width: 810, height: 1080 });
    expect(gridCrop(1080, 1440)).toEqual({ left: 0, top: 0, width: 1080, height: 1440 });
  });

  it('any size: inside the picture, one full side, 3:4 within a pixel, centred within a pixel', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 8000 }), fc.integer({ min: 4, max: 8000 }), (width, height) => {
        const c = gridCrop(width, height);
        expect(c.left).toBeGreaterThanOrEqual(0);
        expect(c.top).toBeGreaterThanOrEqual(0);
        expect(c.left + c.width).toBeLessThanOrEqual(width);
        expect(c.top + c.height).toBeLessThanOrEqual(height);
        expect(c.width === width || c.height === height).toBe(true);
        expect(Math.abs(c.width * 4 - c.height * 3)).toBeLessThanOrEqual(4);
        expect(Math.abs(width - c.width - 2 * c.left)).toBeLessThanOrEqual(1);
        expect(Math.abs(height - c.height - 2 * c.top)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('coverFrame', () => {
  it('absent: the first frame; a time: the frame showing then; never past the last frame', () => {
    expect(coverFrame(undefined, 15000, 30)).toEqual({ index: 0, atMs: 0 });
    expect(coverFrame(1200, 15000, 30)).toEqual({ index: 36, atMs: 1200 });
    expect(coverFrame(1210, 15000, 30)).toEqual({ index: 36, atMs: 1200 });
    expect(coverFrame(5000, 2000, 30)).toEqual({ index: 59, atMs: 1966 });
    expect(coverFrame(1000, 4000, 24)).toEqual({ index: 24, atMs: 1000 });
  });

  it('any time: a frame of the video whose time is at or before the asked one, within one frame', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 100, max: 60_000 }), fc.constantFrom(24, 25, 30, 50, 60), (ms, durationMs, fps) => {
        const { index, atMs } = coverFrame(ms, durationMs, fps);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(Math.max(1, Math.round((durationMs * fps) / 1000)));
        if (ms < durationMs - 1000 / fps) {
          expect(atMs).toBeLessThanOrEqual(ms);
          expect(ms - atMs).toBeLessThan(1000 / fps + 1);
        }
      }),
    );
  });
});

/**
 * A clip's moment and its fit: the numbers the player seeks to and draws with, the same the
 * export's graph asks ffmpeg for (graph.ts; checked against real frames in the browser test).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boxBlurSigma, clipFit, clipMediaMsAt } from './clip';

describe('clipMediaMsAt', () => {
  const window = { inMs: 1000, outMs: 4000 };

  it('starts at the trim-in at the layer in-time and runs at the clip speed', () => {
    expect(clipMediaMsAt({ trimInMs: 500 }, window, 1000)).toBe(500);
    expect(clipMediaMsAt({ trimInMs: 500 }, window, 2500)).toBe(2000);
    expect(clipMediaMsAt({ trimInMs: 500, speed: 2 }, window, 2500)).toBe(3500);
    expect(clipMediaMsAt({ trimInMs: 0, speed: 0.5 }, window, 3000)).toBe(1000);
  });

  it('holds the trim-out once the trimmed part has run out (the export repeats its last frame)', () => {
    expect(clipMediaMsAt({ trimInMs: 500, trimOutMs: 1500 }, window, 1900)).toBe(1400);
    expect(clipMediaMsAt({ trimInMs: 500, trimOutMs: 1500 }, window, 3500)).toBe(1500);
  });

  it('is null outside the layer window', () => {
    expect(clipMediaMsAt({ trimInMs: 0 }, window, 999)).toBeNull();
    expect(clipMediaMsAt({ trimInMs: 0 }, window, 4000)).toBeNull();
  });

  it('property: inside the window it never goes back and moves speed ms per ms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0.5, max: 2, noNaN: true }), fc.integer({ min: 0, max: 2999 }), fc.integer({ min: 1, max: 500 }), (trimInMs, speed, at, step) => {
        const a = clipMediaMsAt({ trimInMs, speed }, window, window.inMs + at)!;
        const b = clipMediaMsAt({ trimInMs, speed }, window, Math.min(window.outMs - 1, window.inMs + at + step))!;
        expect(b).toBeGreaterThanOrEqual(a);
        expect(b - a).toBeCloseTo((Math.min(window.outMs - 1, window.inMs + at + step) - window.inMs - at) * speed, 6);
      }),
    );
  });
});

describe('clipFit', () => {
  it('cover: a landscape source in a portrait box shows its middle, full height', () => {
    const { cover } = clipFit(1920, 1080, 1080, 1920);
    expect(cover.height).toBeCloseTo(1080, 9);
    expect(cover.width).toBeCloseTo(1080 * (1080 / 1920), 9);
    expect(cover.x).toBeCloseTo((1920 - cover.width) / 2, 9);
    expect(cover.y).toBe(0);
  });

  it('contain: the same source sits full width in the middle of the box', () => {
    const { contain } = clipFit(1920, 1080, 1080, 1920);
    expect(contain).toEqual({ x: 0, y: (1920 - 607.5) / 2, width: 1080, height: 607.5 });
  });

  it('property: cover keeps the box ratio inside the source; contain keeps the source ratio inside the box', () => {
    const side = fc.integer({ min: 2, max: 4000 });
    fc.assert(
      fc.property(side, side, side, side, (sw, sh, bw, bh) => {
        const { cover, contain } = clipFit(sw, sh, bw, bh);
        expect(cover.width / cover.height).toBeCloseTo(bw / bh, 6);
        expect(cover.x).toBeGreaterThanOrEqual(-1e-9);
        expect(cover.x + cover.width).toBeLessThanOrEqual(sw + 1e-6);
        expect(cover.y + cover.height).toBeLessThanOrEqual(sh + 1e-6);
        expect(contain.width / contain.height).toBeCloseTo(sw / sh, 6);
        expect(contain.x).toBeGreaterThanOrEqual(-1e-9);
        expect(contain.x + contain.width).toBeLessThanOrEqual(bw + 1e-6);
        expect(contain.y + contain.height).toBeLessThanOrEqual(bh + 1e-6);
        // One side of each touches the edges.
        expect(Math.min(Math.abs(contain.width - bw), Math.abs(contain.height - bh))).toBeLessThan(1e-6);
        expect(Math.min(Math.abs(cover.width - sw), Math.abs(cover.height - sh))).toBeLessThan(1e-6);
      }),
    );
  });
});

describe('boxBlurSigma', () => {
  it('one box of radius 1 (3 wide) has the variance of a uniform 3-point step: 2/3', () => {
    expect(boxBlurSigma(1, 1) ** 2).toBeCloseTo(2 / 3, 9);
    // Two passes add their variances.
    expect(boxBlurSigma(20, 2) ** 2).toBeCloseTo(2 * boxBlurSigma(20, 1) ** 2, 9);
  });
});

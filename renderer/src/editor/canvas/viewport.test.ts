import { describe, expect, it } from 'vitest';
import { fitViewport } from './viewport';

describe('fitViewport', () => {
  it('fits a portrait page by height and centres it', () => {
    const v = fitViewport({ width: 1000, height: 700 }, { width: 1080, height: 1350 }, 40);
    expect(v.zoom).toBeCloseTo(620 / 1350);
    expect(v.offsetY).toBeCloseTo(40);
    expect(v.offsetX).toBeCloseTo((1000 - 1080 * v.zoom) / 2);
  });
  it('fits a wide page by width', () => {
    const v = fitViewport({ width: 800, height: 800 }, { width: 1640, height: 624 }, 40);
    expect(v.zoom).toBeCloseTo(720 / 1640);
    expect(v.offsetX).toBeCloseTo(40);
  });
  it('survives a zero-sized view', () => {
    const v = fitViewport({ width: 0, height: 0 }, { width: 100, height: 100 });
    expect(Number.isFinite(v.zoom)).toBe(true);
    expect(v.zoom).toBeGreaterThan(0);
  });
  it('caps the zoom for tiny pages', () => {
    expect(fitViewport({ width: 2000, height: 2000 }, { width: 10, height: 10 }).zoom).toBe(4);
  });
});

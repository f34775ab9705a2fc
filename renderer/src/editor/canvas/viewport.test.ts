import { describe, expect, it } from 'vitest';
import { gridStep, actualSizeViewport, fitViewport, panBy, stepZoom, zoomAround, MAX_ZOOM, MIN_ZOOM } from './viewport';

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

describe('zoom and pan', () => {
  const v = { zoom: 0.5, offsetX: 100, offsetY: 50 };
  const pageAt = (vp: typeof v, x: number, y: number) => ({ x: (x - vp.offsetX) / vp.zoom, y: (y - vp.offsetY) / vp.zoom });

  it('keeps the page point under the pointer fixed', () => {
    const before = pageAt(v, 400, 300);
    const next = zoomAround(v, 2, { x: 400, y: 300 });
    const after = pageAt(next, 400, 300);
    expect(next.zoom).toBe(2);
    expect(after.x).toBeCloseTo(before.x);
    expect(after.y).toBeCloseTo(before.y);
  });

  it('clamps zoom to 5 %..800 %', () => {
    expect(zoomAround(v, 100, { x: 0, y: 0 }).zoom).toBe(MAX_ZOOM);
    expect(zoomAround(v, 0.0001, { x: 0, y: 0 }).zoom).toBe(MIN_ZOOM);
  });

  it('steps through the zoom stops', () => {
    expect(stepZoom(0.49, 1)).toBe(0.5);
    expect(stepZoom(0.5, 1)).toBe(0.67);
    expect(stepZoom(0.5, -1)).toBe(0.33);
    expect(stepZoom(8, 1)).toBe(8);
    expect(stepZoom(0.05, -1)).toBe(0.05);
  });

  it('pans and shows 100 % centred', () => {
    expect(panBy(v, 10, -5)).toEqual({ zoom: 0.5, offsetX: 110, offsetY: 45 });
    expect(actualSizeViewport({ width: 1000, height: 800 }, { width: 1080, height: 1350 })).toEqual({ zoom: 1, offsetX: -40, offsetY: -275 });
  });
});

describe('gridStep', () => {
  it('gives about 20 round cells across the shorter side', () => {
    expect(gridStep({ width: 1080, height: 1350 })).toBe(50);
    expect(gridStep({ width: 1080, height: 1920 })).toBe(50);
    expect(gridStep({ width: 2000, height: 2000 })).toBe(100);
    expect(gridStep({ width: 64, height: 64 })).toBe(2);
  });
});

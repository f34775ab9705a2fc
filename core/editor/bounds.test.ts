import { describe, expect, it } from 'vitest';
import { cornersOf, rotatePoint, rotatedBounds, selectionBounds, unionBounds } from './bounds';

describe('bounds', () => {
  it('leaves an unrotated box as it is', () => {
    expect(rotatedBounds({ x: 10, y: 20, width: 30, height: 40, rotation: 0 })).toEqual({ x: 10, y: 20, width: 30, height: 40 });
    expect(rotatedBounds({ x: 10, y: 20, width: 30, height: 40, rotation: 360 })).toEqual({ x: 10, y: 20, width: 30, height: 40 });
  });

  it('swaps width and height at 90 degrees, about the centre', () => {
    const b = rotatedBounds({ x: 0, y: 0, width: 100, height: 20, rotation: 90 });
    expect(b.x).toBeCloseTo(40);
    expect(b.y).toBeCloseTo(-40);
    expect(b.width).toBeCloseTo(20);
    expect(b.height).toBeCloseTo(100);
  });

  it('grows a square by sqrt(2) at 45 degrees', () => {
    const b = rotatedBounds({ x: 0, y: 0, width: 100, height: 100, rotation: 45 });
    expect(b.width).toBeCloseTo(100 * Math.SQRT2);
    expect(b.x).toBeCloseTo(50 - 50 * Math.SQRT2);
  });

  it('rotates clockwise on screen (y down)', () => {
    const p = rotatePoint({ x: 1, y: 0 }, { x: 0, y: 0 }, 90);
    expect(p.x).toBeCloseTo(0);
    expect(p.y).toBeCloseTo(1);
    const [topLeft] = cornersOf({ x: 0, y: 0, width: 2, height: 2, rotation: 90 });
    expect(topLeft.x).toBeCloseTo(2);
    expect(topLeft.y).toBeCloseTo(0);
  });

  it('unions boxes, rotated ones by their visible bounds', () => {
    expect(unionBounds([])).toBeNull();
    expect(unionBounds([{ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: -5, width: 5, height: 5 }])).toEqual({ x: 0, y: -5, width: 25, height: 15 });
    const s = selectionBounds([{ x: 0, y: 0, width: 100, height: 20, rotation: 90 }, { x: 0, y: 0, width: 10, height: 10, rotation: 0 }])!;
    expect(s.y).toBeCloseTo(-40);
    expect(s.height).toBeCloseTo(100);
    expect(s.x).toBeCloseTo(0);
    expect(s.width).toBeCloseTo(60);
  });
});

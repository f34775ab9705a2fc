import { describe, expect, it } from 'vitest';
import { rotatedBounds } from './bounds';
import { snapMove, snapRotation, snapTargetsOf } from './snapping';
import { rect } from './testing';

const page = { width: 1000, height: 800 };

describe('snapMove', () => {
  it('snaps the left edge to the page edge within the threshold', () => {
    const r = snapMove({ moving: { x: 4, y: 250, width: 100, height: 100 }, others: [], page, zoom: 1 });
    expect(r.dx).toBe(-4);
    expect(r.dy).toBe(0);
    expect(r.guides).toEqual([{ axis: 'x', position: 0, from: 0, to: 800 }]);
  });

  it('snaps the centre to the page centre on both axes', () => {
    const r = snapMove({ moving: { x: 447, y: 352, width: 100, height: 100 }, others: [], page, zoom: 1 });
    expect(r).toMatchObject({ dx: 3, dy: -2 });
    expect(r.guides.map((g) => [g.axis, g.position])).toEqual([['x', 500], ['y', 400]]);
  });

  it('does nothing beyond the threshold', () => {
    expect(snapMove({ moving: { x: 120, y: 130, width: 100, height: 100 }, others: [], page, zoom: 1 })).toEqual({ dx: 0, dy: 0, guides: [] });
  });

  it('scales the threshold with zoom: 6 screen px is 12 design px at 50 %, 3 at 200 %', () => {
    const moving = { x: 110, y: 610, width: 100, height: 100 };
    const others = [{ x: 220, y: 100, width: 50, height: 50 }]; // its left edge at 220, 10 px from our right edge
    expect(snapMove({ moving, others, page, zoom: 0.5 }).dx).toBe(10);
    expect(snapMove({ moving, others, page, zoom: 2 }).dx).toBe(0);
  });

  it('snaps to another element and draws a guide spanning both', () => {
    const other = { x: 600, y: 100, width: 100, height: 50 };
    const r = snapMove({ moving: { x: 602, y: 300, width: 60, height: 40 }, others: [other], page, zoom: 1 });
    expect(r.dx).toBe(-2);
    expect(r.guides).toEqual([{ axis: 'x', position: 600, from: 100, to: 340 }]);
  });

  it('picks the nearest target and shows every line that then coincides', () => {
    const others = [{ x: 205, y: 0, width: 50, height: 10 }, { x: 140, y: 500, width: 60, height: 10 }];
    // Right edge at 203: 205 is 2 away, 200 is 3 away.
    const r = snapMove({ moving: { x: 103, y: 200, width: 100, height: 100 }, others, page, zoom: 1 });
    expect(r.dx).toBe(2);
    expect(r.guides.filter((g) => g.axis === 'x').map((g) => g.position)).toEqual([205]);
    // Same-size neighbours: left, centre and right all coincide, so three guides, merged per line.
    const same = snapMove({ moving: { x: 301, y: 600, width: 100, height: 50 }, others: [{ x: 300, y: 100, width: 100, height: 50 }], page, zoom: 1 });
    expect(same.guides.filter((g) => g.axis === 'x').map((g) => g.position)).toEqual([300, 350, 400]);
  });
});

describe('snapRotation', () => {
  it('rounds to 15 degree steps', () => {
    expect(snapRotation(7)).toBe(0);
    expect(snapRotation(8)).toBe(15);
    expect(snapRotation(-52)).toBe(-45);
    expect(snapRotation(-3)).toBe(0);
    expect(Object.is(snapRotation(-3), -0)).toBe(false);
  });

  it('only pulls in within a threshold when one is given', () => {
    expect(snapRotation(43, { thresholdDeg: 3 })).toBe(45);
    expect(snapRotation(40, { thresholdDeg: 3 })).toBe(40);
    expect(snapRotation(40, { step: 90, thresholdDeg: 60 })).toBe(0);
  });

  it('snaps a rotated element by its visible bounds, to visible elements not being moved', () => {
    const moving = rect(0, 0, 200, 20, { rotation: 90 }); // shows as x 90..110, y -90..110
    const others = [rect(113, 400, 50, 50), rect(0, 0, 10, 10, { hidden: true }), moving];
    const targets = snapTargetsOf(others, [moving.id]);
    expect(targets).toHaveLength(1);
    const r = snapMove({ moving: { ...rotatedBounds(moving), y: 300 }, others: targets, page, zoom: 1 });
    expect(r.dx).toBeCloseTo(3);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EDGE_RESISTANCE,
  FLICK_SPEED,
  WHEEL_GESTURE_GAP_MS,
  WHEEL_THRESHOLD,
  clampIndex,
  dotWindow,
  dragTo,
  goTo,
  idleWheel,
  initialSwipe,
  release,
  releaseVelocity,
  step,
  trackOffset,
  wheel,
  type SwipeState,
  type WheelGesture,
} from './swipe';

const PITCH = 300;

describe('keys and dots', () => {
  it('steps one slide at a time and stops at both ends', () => {
    let state = initialSwipe(5);
    expect(state.index).toBe(0);
    state = step(state, -1);
    expect(state.index).toBe(0);
    for (let i = 0; i < 7; i++) state = step(state, 1);
    expect(state.index).toBe(4);
    state = step(state, -1);
    expect(state.index).toBe(3);
  });

  it('goes straight to a dot, clamped into the set', () => {
    const state = initialSwipe(8);
    expect(goTo(state, 6).index).toBe(6);
    expect(goTo(state, 42).index).toBe(7);
    expect(goTo(state, -3).index).toBe(0);
    expect(clampIndex(Number.NaN, 8)).toBe(0);
    expect(clampIndex(3, 0)).toBe(0);
  });
});

describe('dragging', () => {
  it('follows the pointer between slides and settles on the next one past half a slide', () => {
    const start = step(initialSwipe(5), 1);
    const dragged = dragTo(start, -160, PITCH);
    expect(dragged.offset).toBe(-160);
    expect(trackOffset(dragged, PITCH)).toBe(-PITCH - 160);
    const settled = release(dragged, 0, PITCH);
    expect(settled).toMatchObject({ index: 2, offset: 0, dragging: false });
  });

  it('springs back from a slow short drag, and turns on a flick the same length', () => {
    const dragged = dragTo(step(initialSwipe(5), 1), 80, PITCH);
    expect(release(dragged, 0.05, PITCH).index).toBe(1);
    expect(release(dragged, FLICK_SPEED + 0.1, PITCH).index).toBe(0);
    // A flick against the drag's direction (the pointer came back) does not turn the page.
    expect(release(dragged, -(FLICK_SPEED + 0.1), PITCH).index).toBe(1);
  });

  it('resists past the first and the last slide and never leaves the set', () => {
    const first = dragTo(initialSwipe(3), 200, PITCH);
    expect(first.offset).toBeCloseTo(200 * EDGE_RESISTANCE);
    expect(release(first, 5, PITCH).index).toBe(0);
    const last = dragTo(goTo(initialSwipe(3), 2), -250, PITCH);
    expect(last.offset).toBeCloseTo(-250 * EDGE_RESISTANCE);
    expect(release(last, -5, PITCH).index).toBe(2);
  });

  it('turns one slide per gesture however far the pointer goes', () => {
    const far = dragTo(initialSwipe(10), -5 * PITCH, PITCH);
    expect(far.offset).toBe(-PITCH);
    expect(release(far, -10, PITCH).index).toBe(1);
  });

  it('keeps the index and the strip in bounds for any drags, flicks, keys and dots', () => {
    const action = fc.oneof(
      fc.record({ kind: fc.constant('drag' as const), dx: fc.double({ min: -5000, max: 5000, noNaN: true }), v: fc.double({ min: -20, max: 20, noNaN: true }) }),
      fc.record({ kind: fc.constant('step' as const), delta: fc.integer({ min: -3, max: 3 }) }),
      fc.record({ kind: fc.constant('dot' as const), to: fc.integer({ min: -10, max: 400 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.double({ min: 40, max: 600, noNaN: true }), fc.array(action, { maxLength: 40 }), (count, pitch, actions) => {
        let state: SwipeState = initialSwipe(count);
        for (const a of actions) {
          const before = state.index;
          if (a.kind === 'drag') {
            const moving = dragTo(state, a.dx, pitch);
            expect(Math.abs(moving.offset)).toBeLessThanOrEqual(pitch);
            state = release(moving, a.v, pitch);
            expect(Math.abs(state.index - before)).toBeLessThanOrEqual(1);
          } else if (a.kind === 'step') {
            state = step(state, a.delta);
            expect(Math.abs(state.index - before)).toBeLessThanOrEqual(1);
          } else state = goTo(state, a.to);
          expect(state.index).toBeGreaterThanOrEqual(0);
          expect(state.index).toBeLessThan(count);
          expect(state.offset).toBe(0);
          expect(trackOffset(state, pitch)).toBeCloseTo(-state.index * pitch);
        }
      }),
    );
  });
});

describe('release speed', () => {
  it('measures the last 100 ms of the pointer, not the whole drag', () => {
    const samples = [
      { t: 0, x: 500 },
      { t: 400, x: 490 }, // a slow start…
      { t: 450, x: 440 },
      { t: 500, x: 390 }, // …then a quick flick to the left: 100 px in 100 ms
    ];
    expect(releaseVelocity(samples)).toBeCloseTo(-1);
    expect(releaseVelocity([{ t: 3, x: 10 }])).toBe(0);
    expect(releaseVelocity([{ t: 3, x: 10 }, { t: 3, x: 40 }])).toBe(0);
  });
});

describe('trackpad scroll', () => {
  /** Feeds wheel events (deltaX, at time ms) and sums the slide steps they make. */
  function scroll(events: Array<[number, number]>, deltaY = 0): { steps: number[]; gesture: WheelGesture } {
    let gesture = idleWheel;
    const steps: number[] = [];
    for (const [deltaX, at] of events) {
      const out = wheel(gesture, deltaX, deltaY, at);
      gesture = out.gesture;
      if (out.step !== 0) steps.push(out.step);
    }
    return { steps, gesture };
  }

  it('turns one slide once the horizontal travel passes the threshold, and swallows the inertia after it', () => {
    const swipe: Array<[number, number]> = [6, 10, 14, 18, 30, 24, 16, 9, 5, 2, 1].map((dx, i) => [dx, i * 16]);
    expect(scroll(swipe).steps).toEqual([1]);
    expect(scroll(swipe.map(([dx, t]) => [-dx, t])).steps).toEqual([-1]);
  });

  it('takes a second gesture after a pause as a second slide', () => {
    const one: Array<[number, number]> = [20, 30, 10].map((dx, i) => [dx, i * 16]);
    const later = one.map(([dx, t]): [number, number] => [dx, t + 32 + WHEEL_GESTURE_GAP_MS + 1]);
    expect(scroll([...one, ...later]).steps).toEqual([1, 1]);
  });

  it('ignores small and vertical scrolls', () => {
    expect(scroll([[WHEEL_THRESHOLD - 1, 0]]).steps).toEqual([]);
    expect(scroll([[60, 0], [60, 10]], 120).steps).toEqual([]);
    // Separate nudges too far apart in time never add up to a swipe.
    expect(scroll([[30, 0], [30, 1000], [30, 2000]]).steps).toEqual([]);
  });
});

describe('dots', () => {
  it('shows one dot per slide up to the limit, then a window that follows the shown slide', () => {
    expect(dotWindow(2, 5, 7)).toEqual({ first: 0, last: 4 });
    expect(dotWindow(0, 20, 7)).toEqual({ first: 0, last: 6 });
    expect(dotWindow(10, 20, 7)).toEqual({ first: 7, last: 13 });
    expect(dotWindow(19, 20, 7)).toEqual({ first: 13, last: 19 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 1, max: 12 }), fc.nat(), (count, max, at) => {
        const index = at % count;
        const { first, last } = dotWindow(index, count, max);
        expect(first).toBeGreaterThanOrEqual(0);
        expect(last).toBeLessThan(count);
        expect(last - first + 1).toBe(Math.min(count, max));
        expect(index >= first && index <= last).toBe(true);
      }),
    );
  });
});

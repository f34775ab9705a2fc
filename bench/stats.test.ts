/** The benchmarks' shared arithmetic (bench/stats.ts): medians, percentiles, ratios to a budget. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetRatio, median, percentile } from './stats';

describe('median', () => {
  it('is the middle value, or the mean of the two middle ones, whatever the order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([20.4, 11.3, 12.1, 30])).toBeCloseTo(16.25);
    expect(median([7])).toBe(7);
    expect(() => median([])).toThrow();
  });

  it('has as many values at or below it as at or above it, and lies between the extremes (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 40 }), (values) => {
        const m = median(values);
        expect(values.filter((v) => v <= m).length).toBeGreaterThanOrEqual(values.length / 2);
        expect(values.filter((v) => v >= m).length).toBeGreaterThanOrEqual(values.length / 2);
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
        expect(median([...values].reverse())).toBe(m);
      }),
    );
  });
});

describe('percentile', () => {
  it('is the nearest rank: p95 of 1..200 is 190, p100 the largest, p0 the smallest', () => {
    const values = Array.from({ length: 200 }, (_, i) => 200 - i);
    expect(percentile(values, 95)).toBe(190);
    expect(percentile(values, 100)).toBe(200);
    expect(percentile(values, 0)).toBe(1);
  });
});

describe('budgetRatio', () => {
  it('is value/budget for a ceiling and budget/value for a floor: <= 1 within budget', () => {
    // A/C <= 1.5: an export at 1.2x the encode alone is within.
    expect(budgetRatio(1.2, 1.5, 'max')).toBeCloseTo(0.8);
    expect(budgetRatio(1.8, 1.5, 'max')).toBeCloseTo(1.2);
    // B/A >= 3: editly 6x slower is within, 2x is over.
    expect(budgetRatio(6, 3, 'min')).toBeCloseTo(0.5);
    expect(budgetRatio(2, 3, 'min')).toBeCloseTo(1.5);
    expect(budgetRatio(0, 3, 'min')).toBe(Infinity);
  });
});

/**
 * The arithmetic every benchmark shares (bench/README.md): medians, percentiles, and the ratio of a
 * value to its budget (above 1 = over budget, whichever way the budget points).
 */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The smallest value with at least p % of the values at or below it (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * How far a value is from its budget: value / budget for a ceiling ('max'), budget / value for a
 * floor ('min'); <= 1 is within budget. A floor missed by a value of 0 is infinitely over.
 */
export function budgetRatio(value: number, budget: number, kind: 'max' | 'min'): number {
  if (kind === 'max') return value / budget;
  return value === 0 ? Infinity : budget / value;
}

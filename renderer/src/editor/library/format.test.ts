import { describe, expect, it } from 'vitest';
import { formatDuration } from './format';

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [999, '0:01'],
    [83_500, '1:24'],
    [600_000, '10:00'],
    [3_723_000, '1:02:03'],
  ])('%d ms -> %s', (ms, label) => expect(formatDuration(ms)).toBe(label));
});

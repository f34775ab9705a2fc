import { describe, expect, it } from 'vitest';
import { measureCaption, usageLevel } from './captionUsage';

describe('the caption counter', () => {
  it('counts against each network limit in its unit', () => {
    expect(measureCaption('a'.repeat(281), 'x')).toMatchObject({ used: 281, max: 280, over: true, unit: 'weighted' });
    // A family emoji is one grapheme for Bluesky.
    expect(measureCaption('hi 👨‍👩‍👧', 'bluesky')).toMatchObject({ used: 4, max: 300, unit: 'graphemes', over: false });
  });
  it('finds the fold before "more" on Instagram, after 125 characters', () => {
    const text = `${'é'.repeat(124)}😀 and the rest`;
    const usage = measureCaption(text, 'instagram');
    expect(text.slice(0, usage.visibleEnd)).toBe(`${'é'.repeat(124)}😀`);
    expect(measureCaption('short', 'instagram').visibleEnd).toBeUndefined();
    expect(measureCaption('a'.repeat(400), 'x').visibleEnd).toBeUndefined();
  });
  it('turns warning near the limit and error over it or on a failing check', () => {
    expect(usageLevel(measureCaption('a'.repeat(100), 'x'), null)).toBe('ok');
    expect(usageLevel(measureCaption('a'.repeat(260), 'x'), null)).toBe('warning');
    expect(usageLevel(measureCaption('a'.repeat(281), 'x'), null)).toBe('error');
    expect(usageLevel(measureCaption('a', 'x'), 'error')).toBe('error');
  });
});

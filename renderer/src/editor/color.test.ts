import { describe, expect, it } from 'vitest';
import { normalizeHex, toPickerValue } from './color';

describe('colour fields', () => {
  it('normalises what people type', () => {
    expect(normalizeHex('#ABCDEF')).toBe('#abcdef');
    expect(normalizeHex('abc')).toBe('#aabbcc');
    expect(normalizeHex(' 12ab9f ')).toBe('#12ab9f');
    expect(normalizeHex('#12345')).toBeNull();
    expect(normalizeHex('red')).toBeNull();
  });
  it('feeds the colour picker a #rrggbb value', () => {
    expect(toPickerValue('#11223380')).toBe('#112233');
    expect(toPickerValue('transparent')).toBe('#ffffff');
  });
});

import { describe, expect, it } from 'vitest';
import { findFormat } from '../../../core/formats/catalog';
import { checkSide, defaultDesignName, designKindFor, quickStartFormats } from './formatChoices';

describe('custom size', () => {
  it('accepts whole numbers from 1 to 8000', () => {
    expect(checkSide('1')).toEqual({ value: 1, problem: null });
    expect(checkSide(' 8000 ')).toEqual({ value: 8000, problem: null });
  });
  it('names what is wrong', () => {
    expect(checkSide('').problem).toBe('required');
    expect(checkSide('12.5').problem).toBe('notWhole');
    expect(checkSide('-3').problem).toBe('notWhole');
    expect(checkSide('abc').problem).toBe('notWhole');
    expect(checkSide('0').problem).toBe('tooSmall');
    expect(checkSide('8001').problem).toBe('tooLarge');
  });
});

describe('format choices', () => {
  it('quick starts all exist in the catalog', () => {
    expect(quickStartFormats()).toHaveLength(6);
  });
  it('names a new design after its network and format, in the UI language', () => {
    const format = findFormat('instagram-portrait')!;
    expect(defaultDesignName(format, 'en')).toBe('Instagram – Feed portrait');
    expect(defaultDesignName(format, 'fr')).toBe('Instagram – Publication portrait');
  });
  it('maps format kinds to design kinds', () => {
    expect(designKindFor('image')).toBe('post');
    expect(designKindFor('video')).toBe('video');
    expect(designKindFor('document')).toBe('carousel');
  });
});

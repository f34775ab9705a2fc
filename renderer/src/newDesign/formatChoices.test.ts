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
    expect(designKindFor('image')).toBe('still');
    expect(designKindFor('video')).toBe('video');
    expect(designKindFor('document')).toBe('carousel');
  });
});

describe('a saved format’s optional file-size cap', () => {
  it('reads MB (1 MB = 1,000,000 bytes), with a dot or a French comma; empty is no cap', async () => {
    const { checkMaxSize } = await import('./formatChoices');
    expect(checkMaxSize('')).toEqual({ bytes: undefined, problem: null });
    expect(checkMaxSize(' 5 ')).toEqual({ bytes: 5_000_000, problem: null });
    expect(checkMaxSize('0,5')).toEqual({ bytes: 500_000, problem: null });
    expect(checkMaxSize('4000')).toEqual({ bytes: 4_000_000_000, problem: null });
    expect(checkMaxSize('4000.1').problem).toBe('tooLarge');
    expect(checkMaxSize('0').problem).toBe('tooSmall');
    expect(checkMaxSize('-1').problem).toBe('notNumber');
    expect(checkMaxSize('5 MB').problem).toBe('notNumber');
  });
});

import { describe, expect, it } from 'vitest';
import { exportFileName, safeFileStem } from './fileName';

describe('export file names', () => {
  it('keeps ordinary names, accents included', () => {
    expect(exportFileName('Soldes d’été', 'png', 0, 1)).toBe('Soldes d’été.png');
    expect(exportFileName('Promo', 'jpeg', 0, 1)).toBe('Promo.jpg');
  });
  it('numbers pages of multi-page designs', () => {
    expect(exportFileName('Carousel', 'webp', 2, 5)).toBe('Carousel-03.webp');
  });
  it('removes characters no file system accepts', () => {
    expect(safeFileStem('a/b\\c:d*e?f"g<h>i|j')).toBe('a b c d e f g h i j');
    expect(safeFileStem('../../etc/passwd')).toBe('etc passwd');
    expect(safeFileStem('name. ')).toBe('name');
    expect(safeFileStem('line\nbreak')).toBe('line break');
  });
  it('never gives an empty or reserved name', () => {
    expect(safeFileStem('')).toBe('design');
    expect(safeFileStem('///')).toBe('design');
    expect(safeFileStem('CON')).toBe('design CON');
  });
  it('caps the length', () => {
    expect(safeFileStem('x'.repeat(500))).toHaveLength(120);
  });
});

import { describe, expect, it } from 'vitest';
import { createDesign, createPage, createTextElement } from '../../../core/schema/factory';
import type { Design } from '../../../core/schema/design';
import { formatFileCount, formatFiles, zipFileName } from './formatFiles';

function withVariants(pages = 1): Design {
  const design = createDesign({ name: 'Soldes d’été', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } });
  design.pages = Array.from({ length: pages }, () => ({ ...createPage(), elements: [createTextElement({ x: 100, y: 600, width: 880, text: 'Soldes' })] }));
  design.variants = [
    { id: 'vstory01', format: { preset: 'instagram-story', width: 1080, height: 1920 }, overrides: {} },
    { id: 'vcustom1', format: { preset: null, width: 1200, height: 1200 }, overrides: {} },
  ];
  return design;
}

describe('all formats export: files', () => {
  it('the master then each variant, named as the CLI names them, each at its own size', () => {
    const files = formatFiles(withVariants(), 'jpeg');
    expect(files.map((f) => f.name)).toEqual(['Soldes d’été-instagram-portrait.jpg', 'Soldes d’été-instagram-story.jpg', 'Soldes d’été-custom-1200x1200.jpg']);
    expect(files.map((f) => `${f.design.format.width}x${f.design.format.height}`)).toEqual(['1080x1350', '1080x1920', '1200x1200']);
    // A variant's pages are laid out for its size: the text moved down the taller story.
    expect(files[1].design.pages[0].elements[0].y).toBeGreaterThan(files[0].design.pages[0].elements[0].y);
  });

  it('every page of every format, with the page number; the count shown before rendering matches', () => {
    const design = withVariants(2);
    const files = formatFiles(design, 'png');
    expect(files).toHaveLength(formatFileCount(design));
    expect(files.map((f) => f.name)).toEqual([
      'Soldes d’été-instagram-portrait-01.png',
      'Soldes d’été-instagram-portrait-02.png',
      'Soldes d’été-instagram-story-01.png',
      'Soldes d’été-instagram-story-02.png',
      'Soldes d’été-custom-1200x1200-01.png',
      'Soldes d’été-custom-1200x1200-02.png',
    ]);
    expect(files.map((f) => f.pageIndex)).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('the zip is named after the design', () => {
    expect(zipFileName('Soldes d’été')).toBe('Soldes d’été.zip');
    expect(zipFileName('a/b')).toBe('a b.zip');
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORMATS } from '../formats/catalog';
import { altTextFileName, formatFileName, formatFileTag, pageFileName, pageNumberTag, postFileName, safeFileStem, uniqueFileName } from './names';

describe('file names of formats and variants', () => {
  it('names the design, then the network and format (the catalog id)', () => {
    expect(formatFileName('Soldes d’été', { preset: 'instagram-story', width: 1080, height: 1920 }, 'png', 0, 1)).toBe('Soldes d’été-instagram-story.png');
    expect(formatFileName('Carousel', { preset: 'linkedin-portrait', width: 1080, height: 1350 }, 'jpg', 1, 3)).toBe('Carousel-linkedin-portrait-02.jpg');
  });

  it('a custom size says so, with its pixels', () => {
    expect(formatFileTag({ preset: null, width: 1234, height: 567 })).toBe('custom-1234x567');
    expect(formatFileName('Promo', { preset: null, width: 800, height: 800 }, 'webp', 0, 1)).toBe('Promo-custom-800x800.webp');
  });

  it('cleans a preset read from a file like any other name part', () => {
    expect(formatFileTag({ preset: '../../Etc/Passwd', width: 1, height: 1 })).toBe('etc-passwd');
    expect(formatFileTag({ preset: '///', width: 10, height: 20 })).toBe('custom-10x20');
  });

  it('every catalog format gives a distinct tag', () => {
    const tags = FORMATS.map((f) => formatFileTag({ preset: f.id, width: f.width, height: f.height }));
    expect(new Set(tags).size).toBe(FORMATS.length);
    expect(tags).toEqual(FORMATS.map((f) => f.id));
  });

  it('stays a safe name that keeps its format tag whatever the design is called', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom(...FORMATS), fc.integer({ min: 0, max: 19 }), (name, format, page) => {
        const file = formatFileName(name, { preset: format.id, width: format.width, height: format.height }, 'png', page, 20);
        expect(file.endsWith(`-${format.id}-${String(page + 1).padStart(2, '0')}.png`)).toBe(true);
        expect(file.length).toBeLessThanOrEqual(140);
        // eslint-disable-next-line no-control-regex
        expect(file).not.toMatch(/[\u0000-\u001f<>:"/\\|?*]/);
        expect(file.startsWith(safeFileStem(name).slice(0, 20).trim())).toBe(true);
      }),
    );
  });

  it('a plain export keeps its name', () => {
    expect(pageFileName('Soldes d’été', 'png', 0, 1)).toBe('Soldes d’été.png');
  });

  it('a numbered set: zero-padded page numbers, so names sort in slide order', () => {
    expect(pageFileName('Carrousel', 'png', 0, 12)).toBe('Carrousel-01.png');
    expect(pageFileName('Carrousel', 'png', 11, 12)).toBe('Carrousel-12.png');
    expect(pageNumberTag(4, 150)).toBe('005');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 2, max: 300 }), (name, count) => {
        const names = Array.from({ length: count }, (_, i) => pageFileName(name, 'png', i, count));
        // A plain byte-wise sort (ls, zip tools) and a locale sort (file managers) both keep slide order.
        expect([...names].sort()).toEqual(names);
        expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
        expect(new Set(names).size).toBe(count);
      }),
    );
  });

  it('a set split into posts names the post, then the slide within it; the alt text file is beside them', () => {
    expect(postFileName('Soldes', 'png', 0, 2, 0, 11)).toBe('Soldes-post1-01.png');
    expect(postFileName('Soldes', 'jpg', 1, 2, 9, 10)).toBe('Soldes-post2-10.jpg');
    const names = [0, 1].flatMap((post) => Array.from({ length: 11 }, (_, i) => postFileName('Soldes', 'png', post, 2, i, 11)));
    expect([...names].sort()).toEqual(names);
    expect(altTextFileName('Soldes d’été: 3/3')).toBe('Soldes d’été 3 3-alt-text.csv');
  });

  it('numbers a name already taken, ignoring case', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('A-x.png', taken)).toBe('A-x.png');
    expect(uniqueFileName('a-x.png', taken)).toBe('a-x (2).png');
    expect(uniqueFileName('A-x.png', taken)).toBe('A-x (3).png');
    expect(uniqueFileName('noext', taken)).toBe('noext');
    expect(uniqueFileName('noext', taken)).toBe('noext (2)');
  });
});

describe('extensionOfType', () => {
  it('names the extension of each image type Affiche writes, and nothing else', async () => {
    const { extensionOfType } = await import('./names');
    expect(['image/jpeg', 'image/png', 'image/webp', 'image/gif'].map(extensionOfType)).toEqual(['jpg', 'png', 'webp', 'gif']);
    expect(extensionOfType('video/mp4')).toBeUndefined();
  });
});

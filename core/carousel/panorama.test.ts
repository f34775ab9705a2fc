import { describe, expect, it } from 'vitest';
import { formatMessage } from '../messages';
import { createDesign, createPage, createTextElement } from '../schema/factory';
import { parseDesign } from '../schema/parseDesign';
import type { Design, Element, ShapeElement, TextElement } from '../schema/design';
import { rect } from '../editor/testing';
import { WATERMARK_CORNERS, withWatermark } from '../render/watermark';
import { panoramaLayout, panoramaRefusal, panoramaToSlides, seamPositions, seamProblems, slideBoxes, slidesToPanorama } from './panorama';

const slide = { preset: 'instagram-carousel', width: 1080, height: 1350 };

function panorama(elements: Element[], slides = 3, seamMargin = 40): Design {
  const { format, panorama } = panoramaLayout(slide, slides, seamMargin);
  const design = createDesign({ name: 'Vue', kind: 'carousel', format, now: '2026-01-01T00:00:00.000Z' });
  return parseDesign({ ...design, panorama, pages: [{ ...design.pages[0], background: { fill: '#102030' }, elements }] }).design;
}

const text = (x: number, width: number, words: string, more: Partial<TextElement> = {}) => createTextElement({ x, y: 500, width, height: 100, text: words, ...more });

describe('panorama geometry', () => {
  it('three slides of 1080 px: boxes side by side, seams at 1080 and 2160', () => {
    const design = panorama([]);
    expect(design.format).toEqual({ preset: null, width: 3240, height: 1350 });
    expect(slideBoxes(design).map((box) => box.x)).toEqual([0, 1080, 2160]);
    expect(seamPositions(design)).toEqual([1080, 2160]);
    expect(slideBoxes(createDesign({ name: 'x', format: slide }))).toEqual([]);
  });
});

describe('seamProblems', () => {
  it('a text across a seam is flagged, naming the text and the seam, in both languages', () => {
    const across = text(900, 400, 'Soldes d’été');
    const problems = seamProblems(panorama([across]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ elementId: across.id, kind: 'cut', left: 1, right: 2 });
    expect(formatMessage(problems[0].message, 'en')).toBe('The seam between slides 1 and 2 cuts the text "Soldes d’été": move it inside one slide.');
    expect(formatMessage(problems[0].message, 'fr')).toBe('La jointure entre les diapositives 1 et 2 coupe le texte «\u00a0Soldes d’été\u00a0»\u00a0: placez-le dans une seule diapositive.');
  });

  it('a text inside a slide is not flagged; one within the seam margin is, as a margin problem', () => {
    expect(seamProblems(panorama([text(1200, 800, 'Inside slide 2')]))).toEqual([]);
    const close = seamProblems(panorama([text(2180, 300, 'Close to the seam')]));
    expect(close.map((p) => [p.kind, p.left, p.right])).toEqual([['margin', 2, 3]]);
    expect(formatMessage(close[0].message, 'en')).toContain('less than 40 px from the seam between slides 2 and 3');
    // No margin: only cuts count.
    expect(seamProblems(panorama([text(2180, 300, 'Close to the seam')], 3, 0))).toEqual([]);
  });

  it('shapes are not flagged, hidden texts neither; a text in a group is, under its group row', () => {
    const group: Element = { ...rect(1000, 0, 300, 300), type: 'group', children: [text(20, 200, 'In a group', { y: 10 })] } as unknown as Element;
    const problems = seamProblems(panorama([rect(1000, 0, 200, 200), text(1000, 200, 'hidden', { hidden: true }), group]));
    expect(problems.map((p) => [p.elementId, p.kind])).toEqual([[group.id, 'cut']]);
  });

  it('a turned text is judged by the box it covers', () => {
    // 40 px wide, 600 high, turned a quarter: it now spans 300 px either side of its centre at 1060.
    expect(seamProblems(panorama([text(1040, 40, 'turned', { height: 600, rotation: 90, y: 0 })], 3, 0))).toHaveLength(1);
    expect(seamProblems(panorama([text(1040, 40, 'upright', { height: 600, y: 0 })], 3, 0))).toEqual([]);
  });

  it('a design that is not a panorama has no seams', () => {
    expect(seamProblems(createDesign({ name: 'x', format: slide }))).toEqual([]);
  });
});

describe('panorama to slides', () => {
  it('every element on each slide it overlaps, shifted; copies get fresh ids; the result is a valid carousel', () => {
    const across = rect(1000, 100, 200, 100, { id: 'across' });
    const inside = rect(1500, 100, 100, 100, { id: 'inside' });
    const slides = parseDesign(panoramaToSlides(panorama([across, inside]))).design;
    expect(slides.panorama).toBeUndefined();
    expect(slides.format).toEqual(slide);
    expect(slides.pages).toHaveLength(3);
    const [first, second, third] = slides.pages.map((page) => page.elements);
    expect(first.map((el) => [el.id, el.x])).toEqual([['across', 1000]]);
    expect(second.map((el) => el.x)).toEqual([1000 - 1080, 1500 - 1080]);
    expect(second[0].id).not.toBe('across');
    expect(second[1].id).toBe('inside');
    expect(third).toEqual([]);
    expect(slides.pages.every((page) => page.background.fill === '#102030')).toBe(true);
  });

  it('a gradient background becomes one wide rectangle cut on every slide, under everything', () => {
    const design = panorama([rect(10, 10, 10, 10)]);
    design.pages[0].background.fill = { kind: 'linear', angle: 0, stops: [{ offset: 0, color: '#ff0000' }, { offset: 1, color: '#0000ff' }] };
    const slides = panoramaToSlides(design);
    for (const [k, page] of slides.pages.entries()) {
      const band = page.elements[0] as ShapeElement;
      expect([band.type, band.x, band.width, band.height]).toEqual(['shape', 0 - 1080 * k, 3240, 1350]);
    }
  });

  it('a text slot stays on its first copy only (slot names are unique)', () => {
    const slotted = text(1000, 200, 'Title', { slot: { kind: 'text', name: 'title' } });
    const slides = parseDesign(panoramaToSlides(panorama([slotted]))).design;
    expect(slides.pages.map((page) => page.elements.map((el) => el.slot?.name ?? null))).toEqual([['title'], [null], []]);
  });
});

describe('slides to panorama', () => {
  function slides(count: number, width = 1080): Design {
    const design = createDesign({ name: 'Slides', kind: 'carousel', format: { ...slide, width }, now: '2026-01-01T00:00:00.000Z' });
    design.pages = Array.from({ length: count }, (_, i) => ({ ...createPage(), background: { fill: '#ffffff' }, elements: [rect(10, 10, 100, 100, { id: `own${i}` })] }));
    return design;
  }

  it('slides side by side; a shared plain background is the wide page’s; other backgrounds become rectangles in their slots', () => {
    const design = slides(3);
    const wide = parseDesign(slidesToPanorama(design)).design;
    expect(wide.panorama).toEqual({ slides: 3, slide: design.format, seamMargin: 0 });
    expect(wide.pages[0].elements.map((el) => [el.id, el.x])).toEqual([['own0', 10], ['own1', 1090], ['own2', 2170]]);
    design.pages[1].background.fill = '#ff0000';
    const coloured = slidesToPanorama(design);
    const band = coloured.pages[0].elements.find((el) => el.type === 'shape' && el.fill === '#ff0000')!;
    expect([band.x, band.width]).toEqual([1080, 1080]);
  });

  it('an element on every slide becomes one copy per slide, page numbers filled in', () => {
    const design = slides(3);
    design.pages[0].elements.push(createTextElement({ id: 'number', x: 900, y: 1200, width: 150, height: 80, text: '{page}/{pages}', repeat: 'all' }));
    const wide = parseDesign(slidesToPanorama(design)).design;
    const numbers = wide.pages[0].elements.filter((el): el is TextElement => el.type === 'text');
    expect(numbers.map((el) => [el.text, el.x, el.repeat])).toEqual([['1/3', 900, undefined], ['2/3', 1980, undefined], ['3/3', 3060, undefined]]);
    expect(new Set(numbers.map((el) => el.id)).size).toBe(3);
  });

  it('refuses variants, too few or too many slides, a page too wide: with a message', () => {
    const withVariant = { ...slides(3), variants: [{ id: 'v1', format: { preset: null, width: 1080, height: 1080 }, overrides: {} }] };
    expect(panoramaRefusal(withVariant)?.key).toBe('panorama.refuseVariants');
    expect(() => slidesToPanorama(withVariant)).toThrow('linked variants');
    expect(formatMessage(panoramaRefusal(slides(1))!, 'fr')).toBe('Un panorama a de 2 à 20 diapositives\u202f; ce design en a 1.');
    expect(panoramaRefusal(slides(6, 5000))?.key).toBe('panorama.refuseTooWide');
    expect(panoramaRefusal(panorama([]))?.key).toBe('panorama.refuseAlready');
    expect(panoramaRefusal(slides(2))).toBeNull();
    expect(formatMessage(panoramaRefusal({ ...slides(3), kind: 'video' })!, 'fr')).toBe('Une vidéo ne peut pas devenir un panorama\u00a0: ses scènes passent l’une après l’autre.');
    expect(() => slidesToPanorama({ ...slides(3), kind: 'video' })).toThrow('A video cannot become a panorama');
  });

  it('panorama -> slides -> panorama gives the same elements in the same order, nothing repeated', () => {
    const elements = [rect(1000, 0, 300, 300, { id: 'a', fill: '#ff0000' }), rect(1200, 50, 100, 100, { id: 'b' }), text(2000, 600, 'Across two seams?', { id: 't' }), rect(3000, 0, 400, 100, { id: 'off' })];
    const original = panorama(elements);
    const back = slidesToPanorama(panoramaToSlides(original), { seamMargin: 40 });
    expect(back.panorama).toEqual(original.panorama);
    expect(back.format).toEqual(original.format);
    expect(back.pages[0].background).toEqual(original.pages[0].background);
    expect(back.pages[0].elements).toEqual(original.pages[0].elements);
  });
});

describe('a watermark on a panorama', () => {
  it('lands in the same corner of every slide', () => {
    const marked = withWatermark(panorama([]), { assetId: 'a'.repeat(64), corner: WATERMARK_CORNERS[WATERMARK_CORNERS.length - 1], opacity: 1, size: 0.15 }, { width: 200, height: 100 });
    const marks = marked.pages[0].elements;
    expect(marks).toHaveLength(3);
    expect(marks.map((el) => el.x - marks[0].x)).toEqual([0, 1080, 2160]);
    expect(marks[0].x + marks[0].width).toBeLessThan(1080);
    expect(new Set(marks.map((el) => el.id)).size).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { composeDesign, composePage, decomposePage, fillPageTokens, pageAsDrawn, repeatsOn } from './repeat';
import { parseDesign } from '../schema/parseDesign';
import { createDesign, createPage, createTextElement } from '../schema/factory';
import type { Design, Element, TextElement } from '../schema/design';
import { REPEAT_RULES, type RepeatRule } from '../schema/constants';
import { createTestEditor, rect } from '../editor/testing';
import { withWatermark } from '../render/watermark';

const fixture = (): Design => parseDesign(JSON.parse(readFileSync(new URL('../schema/fixtures/design.v9.json', import.meta.url), 'utf8'))).design;

function carousel(count: number): Design {
  const design = createDesign({ name: 'Slides', kind: 'carousel', format: { preset: 'instagram-carousel', width: 1080, height: 1350 }, now: '2026-01-01T00:00:00.000Z' });
  design.pages = Array.from({ length: count }, (_, i) => ({ ...createPage(), elements: [rect(10 * i, 10, 100, 100, { id: `own${i}` })] }));
  return design;
}

const ids = (elements: readonly Element[]) => elements.map((el) => el.id);

describe('elements on every slide', () => {
  it('rules: all, all but the first, all but the last, neither end', () => {
    const on = (rule: RepeatRule) => [0, 1, 2, 3].filter((i) => repeatsOn(rule, i, 4));
    expect(on('all')).toEqual([0, 1, 2, 3]);
    expect(on('notFirst')).toEqual([1, 2, 3]);
    expect(on('notLast')).toEqual([0, 1, 2]);
    expect(on('notFirstOrLast')).toEqual([1, 2]);
  });

  it('the v9 fixture: "Swipe" on all but the last slide, the page number on all but the first, filled in', () => {
    const design = fixture();
    expect(ids(composePage(design, 0).elements)).toEqual(['e-title', 'e-swipe']);
    expect(ids(composePage(design, 1).elements)).toEqual(['e-tip1', 'e-swipe', 'e-number']);
    expect(ids(composePage(design, 2).elements)).toEqual(['e-end', 'e-number']);
    const number = pageAsDrawn(design, 1).elements.find((el) => el.id === 'e-number') as TextElement;
    expect(number.text).toBe('2/3');
    expect((pageAsDrawn(design, 2).elements.find((el) => el.id === 'e-number') as TextElement).text).toBe('3/3');
    // The design itself keeps the words with their tokens.
    expect((design.pages[0].elements.find((el) => el.id === 'e-number') as TextElement).text).toBe('{page}/{pages}');
    expect(design.pages[0].altText).toBe('Titre : 5 astuces pour un été serein');
  });

  it('page tokens: every occurrence, nothing else touched', () => {
    expect(fillPageTokens('{page}/{pages} — page {page}', 2, 8)).toBe('3/8 — page 3');
    expect(fillPageTokens('{Page} {pages}s', 0, 1)).toBe('{Page} 1s');
  });

  it('a design with nothing repeated composes to its own pages (same objects)', () => {
    const design = carousel(3);
    expect(composePage(design, 1)).toBe(design.pages[1]);
    expect(composeDesign(design)).toBe(design);
    expect(decomposePage(design, 1, design.pages[1].elements)).toBe(design);
  });

  it('edited once: a logo moved on slide 3 moves at home on slide 1 and everywhere', () => {
    const design = carousel(4);
    design.pages[0].elements.push(rect(900, 1200, 120, 60, { id: 'logo', repeat: 'all' }));
    const editor = createTestEditor(design);
    editor.setPageIndex(2);
    editor.updateElements([{ id: 'logo', patch: { x: 40 } }]);
    expect(editor.design.pages[0].elements.find((el) => el.id === 'logo')?.x).toBe(40);
    for (let i = 1; i < 4; i++) expect(editor.design.pages[i].elements.some((el) => el.id === 'logo')).toBe(false);
    for (let i = 0; i < 4; i++) expect(composePage(editor.design, i).elements.find((el) => el.id === 'logo')?.x).toBe(40);
    // Deleted on slide 2: gone from every slide; undo brings it back at home.
    editor.setPageIndex(1);
    editor.deleteElements(['logo']);
    expect(editor.design.pages[0].elements.some((el) => el.id === 'logo')).toBe(false);
    editor.undo();
    expect(editor.design.pages[0].elements.find((el) => el.id === 'logo')?.x).toBe(40);
    expect(parseDesign(editor.design).design).toEqual(editor.design);
  });

  it('unmarked on another slide: the element stays on that slide only', () => {
    const design = carousel(3);
    design.pages[0].elements.push(rect(0, 0, 50, 50, { id: 'handle', repeat: 'all' }));
    const editor = createTestEditor(design);
    editor.setPageIndex(2);
    editor.updateElements([{ id: 'handle', patch: { repeat: undefined } }]);
    expect(ids(editor.design.pages[0].elements)).toEqual(['own0']);
    expect(ids(editor.design.pages[2].elements)).toEqual(['own2', 'handle']);
    expect(ids(composePage(editor.design, 1).elements)).toEqual(['own1']);
  });

  it('an element at home on the last slide with "not on the last" is kept when the last slide is edited', () => {
    const design = carousel(3);
    design.pages[2].elements.push(rect(0, 0, 50, 50, { id: 'swipe', repeat: 'notLast' }));
    expect(ids(composePage(design, 2).elements)).toEqual(['own2']);
    const editor = createTestEditor(design);
    editor.setPageIndex(2);
    editor.updateElements([{ id: 'own2', patch: { x: 500 } }]);
    expect(ids(editor.design.pages[2].elements)).toEqual(['own2', 'swipe']);
    expect(ids(composePage(editor.design, 0).elements)).toEqual(['own0', 'swipe']);
  });

  it('composing a composed design changes nothing (the editor view is composed)', () => {
    const design = fixture();
    const composed = composeDesign(design);
    for (let i = 0; i < design.pages.length; i++) expect(ids(composePage(composed, i).elements)).toEqual(ids(composePage(design, i).elements));
  });

  it('property: decomposing an unchanged composed page changes nothing; any single edit lands at home', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.record({ home: fc.nat(), rule: fc.constantFrom(...REPEAT_RULES) }), { maxLength: 4 }),
        fc.nat(),
        fc.integer({ min: -500, max: 500 }),
        (count, marks, at, dx) => {
          const design = carousel(count);
          marks.forEach(({ home, rule }, k) => design.pages[home % count].elements.push(rect(k * 7, 0, 20, 20, { id: `rep${k}`, repeat: rule })));
          const index = at % count;
          const composed = composePage(design, index);
          expect(decomposePage(design, index, composed.elements)).toBe(design);
          const edited = composed.elements.map((el) => ({ ...el, x: el.x + dx }));
          const next = decomposePage(design, index, edited);
          // Every element shown here moved; each is still at exactly one page, its home.
          const after = composePage(next, index);
          expect(after.elements.map((el) => el.x)).toEqual(composed.elements.map((el) => el.x + dx));
          const homes = new Map<string, number>();
          next.pages.forEach((page, p) => page.elements.forEach((el) => {
            expect(homes.has(el.id)).toBe(false);
            homes.set(el.id, p);
          }));
          marks.forEach((_, k) => expect(homes.get(`rep${k}`)).toBe(marks[k].home % count));
          expect(() => parseDesign(next)).not.toThrow();
        },
      ),
    );
  });

  it('the schema refuses a repeated element inside a group and a repeated id on two pages', () => {
    const design = carousel(2);
    design.pages[0].elements.push(rect(0, 0, 10, 10, { id: 'twin', repeat: 'all' }));
    design.pages[1].elements.push(rect(0, 0, 10, 10, { id: 'twin' }));
    expect(() => parseDesign(design)).toThrow(/element id "twin" is on every slide and also on another page/);
    const grouped = carousel(1);
    grouped.pages[0].elements = [{ ...rect(0, 0, 10, 10, { id: 'g' }), type: 'group', children: [rect(0, 0, 10, 10, { id: 'in', repeat: 'all' })] } as unknown as Element];
    expect(() => parseDesign(grouped)).toThrow(/inside a group/);
  });

  it('a page number survives a round trip through the schema; a text typed with a token keeps it', () => {
    const design = carousel(2);
    design.pages[0].elements.push(createTextElement({ id: 'n', x: 0, y: 0, width: 200, text: 'Slide {page} of {pages}', repeat: 'all' }));
    const parsed = parseDesign(JSON.parse(JSON.stringify(design))).design;
    expect((pageAsDrawn(parsed, 1).elements.at(-1) as TextElement).text).toBe('Slide 2 of 2');
  });
});

describe('elements on every slide meet the other tools', () => {
  it('grouping leaves a repeated element out (a group child is never repeated, the design stays valid)', () => {
    const design = carousel(2);
    design.pages[0].elements.push(rect(0, 0, 50, 50, { id: 'logo', repeat: 'all' }), rect(200, 0, 50, 50, { id: 'other' }));
    const editor = createTestEditor(design);
    editor.select(['own0', 'logo', 'other']);
    editor.group();
    const page = editor.design.pages[0];
    expect(page.elements.find((el) => el.id === 'logo')?.repeat).toBe('all');
    expect(page.elements.find((el) => el.type === 'group')).toBeDefined();
    expect(() => parseDesign(editor.design)).not.toThrow();
    expect(ids(composePage(editor.design, 1).elements)).toContain('logo');
  });

  it('the export watermark is drawn over the elements on every slide, on every slide', () => {
    const design = carousel(3);
    design.pages[0].elements.push(createTextElement({ id: 'n', x: 900, y: 1250, width: 150, text: '{page}/{pages}', repeat: 'all' }));
    const marked = withWatermark(design, { assetId: 'a'.repeat(64), corner: 'bottom-right', opacity: 0.8, size: 0.2 }, { width: 100, height: 100 });
    marked.pages.forEach((page, i) => {
      expect(page.elements.at(-1)?.name).toBe('Watermark');
      const number = page.elements.find((el) => el.id === 'n') as TextElement;
      expect(number.text).toBe(`${i + 1}/3`);
      expect(number.repeat).toBeUndefined();
    });
  });
});

describe('panorama (schema)', () => {
  const wide = (slides: number, width: number): Design => ({
    ...carousel(1),
    format: { preset: null, width: slides * width, height: 1350 },
    panorama: { slides, slide: { preset: 'instagram-carousel', width, height: 1350 }, seamMargin: 40 },
  });
  it('a 3-slide panorama is one page three slides wide; more than 8000 px is allowed only for one', () => {
    expect(parseDesign(wide(3, 1080)).design.panorama?.slides).toBe(3);
    expect(parseDesign(wide(10, 1080)).design.format.width).toBe(10_800);
    expect(() => parseDesign({ ...wide(10, 1080), panorama: undefined })).toThrow(/at most 8000 px wide/);
  });
  it('refuses a page that is not its slides side by side, two pages, or linked variants', () => {
    expect(() => parseDesign({ ...wide(3, 1080), format: { preset: null, width: 3000, height: 1350 } })).toThrow(/slides side by side/);
    const two = wide(2, 1080);
    two.pages = [...two.pages, { ...createPage() }];
    expect(() => parseDesign(two)).toThrow(/one wide page/);
    expect(() => parseDesign({ ...wide(2, 1080), variants: [{ id: 'v1', format: { preset: null, width: 1080, height: 1080 }, overrides: {} }] })).toThrow(/no linked variants/);
  });
});

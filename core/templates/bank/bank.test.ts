/**
 * The template bank: every template at every format it offers builds a design parseDesign accepts,
 * with its slots on the page (and inside the safe zone at 9:16), slot names unique and human,
 * example words in both languages (French typography kept); ids unique and stable; panels and
 * gutters in whole pixels; filling with fillTemplate leaves a valid design.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFormat } from '../../formats';
import { safeAreaFor } from '../../formats/safeArea';
import { isBundledFont } from '../../render/fonts';
import { parseDesign, walkElements, type Design, type TextElement } from '../../schema';
import { exampleValues, fillTemplate, listSlots, type SlotValues } from '..';
import { BANK, bankTemplate } from '.';
import { formatRef, frameOf, frenchTypography, split } from './layout';

const LANGUAGES = ['en', 'fr'] as const;
const builds = BANK.flatMap((template) => template.formats.map((format) => [template.id, format] as const));

function built(id: string, format: string, language: 'en' | 'fr' = 'en'): Design {
  return bankTemplate(id)!.build(formatRef(format), language);
}

const inside = (box: { x: number; y: number; width: number; height: number }, area: { x: number; y: number; width: number; height: number }) =>
  box.x >= area.x - 1e-9 && box.y >= area.y - 1e-9 && box.x + box.width <= area.x + area.width + 1e-9 && box.y + box.height <= area.y + area.height + 1e-9;

describe('the template bank', () => {
  it('holds at least 30 memes and 20 posts, ids unique and stable (`bank:<slug>`)', () => {
    const memes = BANK.filter((t) => t.category === 'meme');
    expect(memes.length).toBeGreaterThanOrEqual(30);
    const posts = BANK.filter((t) => t.category === 'post');
    expect(posts.length).toBeGreaterThanOrEqual(20);
    // Posts come in several networks' formats.
    const networks = new Set(posts.flatMap((t) => t.formats.map((f) => findFormat(f)!.network)));
    expect(networks.size).toBeGreaterThanOrEqual(3);
    const ids = BANK.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^bank:[a-z0-9]+(-[a-z0-9]+)*$/);
    // Saved favourites and the CLI's --layout name these: they never change.
    expect(ids).toEqual(
      expect.arrayContaining([
        'bank:classic',
        'bank:classic-top',
        'bank:classic-bottom',
        'bank:caption-card',
        'bank:caption-card-dark',
        'bank:bottom-caption',
        'bank:reaction',
        'bank:pov',
        'bank:nobody-me',
        'bank:stack-2',
        'bank:stack-3',
        'bank:stack-4',
        'bank:side-by-side',
        'bank:row-3',
        'bank:grid-2x2',
        'bank:grid-3x2',
        'bank:prefer-reject',
        'bank:prefer-reject-mirrored',
        'bank:compare-3',
        'bank:escalation-4',
        'bank:before-after',
        'bank:before-after-stacked',
        'bank:expectation-reality',
        'bank:expectation-reality-stacked',
        'bank:labels-2',
        'bank:labels-3',
        'bank:labels-4',
        'bank:demotivational',
        'bank:demotivational-serif',
        'bank:social-post',
        'bank:social-post-picture',
        'bank:notification',
        ...['quote', 'announcement', 'tip', 'question', 'statistic', 'list', 'milestone', 'myth-fact', 'opening-hours', 'hiring', 'countdown', 'save-the-date'].map((s) => `bank:post-${s}`),
        ...['promotion', 'event', 'testimonial', 'product-launch', 'before-after', 'webinar', 'giveaway', 'team-member', 'new-article', 'behind-the-scenes'].map((s) => `bank:post-${s}`),
      ]),
    );
    expect(bankTemplate('bank:nope')).toBeUndefined();
  });

  it('names and tags every template in English and French; formats come from the catalog', () => {
    for (const t of BANK) {
      expect(t.name.en.trim(), t.id).not.toBe('');
      expect(t.name.fr.trim(), t.id).not.toBe('');
      expect(t.tags.en.length, t.id).toBeGreaterThan(0);
      expect(t.tags.fr.length, t.id).toBeGreaterThan(0);
      expect(t.formats.length, t.id).toBeGreaterThan(0);
      for (const f of t.formats) expect(findFormat(f), `${t.id} ${f}`).toBeDefined();
    }
    // Square, 4:5 and 9:16 where the layout makes sense: most of the bank offers all three.
    const ratios = (t: (typeof BANK)[number]) => new Set(t.formats.map((f) => findFormat(f)!.ratio));
    const everyday = BANK.filter((t) => ['1:1', '4:5', '9:16'].every((r) => ratios(t).has(r)));
    expect(everyday.length).toBeGreaterThanOrEqual(25);
  });

  it.each(builds)('%s at %s: valid design, slots on the page (safe zone at 9:16), names unique and human, examples in both languages', (id, format) => {
    for (const language of LANGUAGES) {
      const design = built(id, format, language);
      expect(design.format).toEqual(formatRef(format));
      const parsed = parseDesign(JSON.parse(JSON.stringify(design))).design;
      expect(parsed).toEqual(design);
      const slots = listSlots(design);
      expect(slots.length).toBeGreaterThan(0);
      const names = slots.map((s) => s.slot.name);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[a-z]+( [a-z]+)*( [1-9])?$/);
      const page = { x: 0, y: 0, width: design.format.width, height: design.format.height };
      const zone = safeAreaFor(design.format);
      const tall = findFormat(format)!.ratio === '9:16';
      if (tall) expect(zone.ok).toBe(true);
      for (const { slot, box } of slots) {
        expect(inside(box, page), `${slot.name} ${JSON.stringify(box)}`).toBe(true);
        // What the user reads or sees (words, pictures) stays clear of the platform's UI; a colour
        // slot (a page's colour) and a full-bleed picture (one covering the whole page) may run under it.
        const fullBleed = slot.kind === 'image' && box.x === 0 && box.y === 0 && box.width === page.width && box.height === page.height;
        if (tall && zone.ok && slot.kind !== 'color' && !fullBleed) expect(inside(box, zone.pixels.safe), `${slot.name} in the safe zone`).toBe(true);
        expect(box.width).toBeGreaterThan(20);
        expect(box.height).toBeGreaterThan(20);
      }
      // Example words: both languages, not empty; the design shows the language it was built in.
      const texts = slots.filter((s) => s.slot.kind === 'text');
      expect(texts.length).toBeGreaterThan(0);
      for (const { slot, elementId } of texts) {
        if (slot.kind !== 'text') continue;
        expect(slot.example?.en.trim(), slot.name).toBeTruthy();
        expect(slot.example?.fr.trim(), slot.name).toBeTruthy();
        const el = design.pages.flatMap((page) => page.elements).find((e) => e.id === elementId) as TextElement;
        expect(el.text).toBe(slot.example![language]);
        expect(slot.example!.fr).toBe(frenchTypography(slot.example!.fr));
        expect(slot.example!.fr).not.toMatch(/['"]|[ ][?!:;»]|«[ ]/);
        expect(slot.example!.en).not.toMatch(/['"]/);
      }
      // Only bundled fonts: the bank works on every machine, offline.
      walkElements(design, (el) => {
        if (el.type === 'text') expect(isBundledFont(el.fontFamily), el.fontFamily).toBe(true);
      });
      // Every picture slot crops its picture to its box around a focal point.
      for (const { slot } of slots) if (slot.kind === 'image') expect(slot.fit).toBe('cover');
    }
  });

  it.each(['bank:classic', 'bank:classic-top', 'bank:classic-bottom'])('%s: the picture covers the whole page in every format (full bleed at 9:16), the words stay in the safe zone', (id) => {
    const template = bankTemplate(id)!;
    expect(template.formats).toContain('instagram-story');
    for (const format of template.formats) {
      const design = built(id, format);
      const page = { x: 0, y: 0, width: design.format.width, height: design.format.height };
      const slots = listSlots(design);
      const pictures = slots.filter((s) => s.slot.kind === 'image');
      expect(pictures.map((s) => s.box), format).toEqual([page]);
      // The picture is the page's first element: the words are drawn over it.
      expect(design.pages[0].elements[0].id).toBe(pictures[0].elementId);
      const texts = slots.filter((s) => s.slot.kind === 'text');
      expect(texts.length).toBe(id === 'bank:classic' ? 2 : 1);
      const zone = safeAreaFor(design.format);
      const area = findFormat(format)!.ratio === '9:16' && zone.ok ? zone.pixels.safe : page;
      if (findFormat(format)!.ratio === '9:16') expect(area).not.toEqual(page);
      for (const { slot, box } of texts) expect(inside(box, area), `${slot.name} at ${format}`).toBe(true);
    }
  });

  it('each build is a new design: fresh ids, same layout', () => {
    const a = built('bank:classic', 'instagram-square');
    const b = built('bank:classic', 'instagram-square');
    expect(a.id).not.toBe(b.id);
    expect(a.pages[0].elements.map((e) => e.id)).not.toEqual(b.pages[0].elements.map((e) => e.id));
    const layout = (d: Design) => listSlots(d).map((s) => [s.slot.name, s.box]);
    expect(layout(a)).toEqual(layout(b));
  });

  it('computes its geometry from the format: a scaled page gives a scaled layout', () => {
    const base = bankTemplate('bank:grid-2x2')!.build({ preset: 'instagram-square', width: 1080, height: 1080 }, 'en');
    const double = bankTemplate('bank:grid-2x2')!.build({ preset: 'instagram-square', width: 2160, height: 2160 }, 'en');
    const boxes = (d: Design) => listSlots(d).filter((s) => s.slot.kind === 'image').map((s) => s.box);
    for (const [small, large] of boxes(base).map((box, i) => [box, boxes(double)[i]])) {
      expect(Math.abs(large.width - small.width * 2)).toBeLessThanOrEqual(3);
      expect(Math.abs(large.x - small.x * 2)).toBeLessThanOrEqual(3);
    }
  });

  it('places panels in whole pixels with exact gutters (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 100, max: 4000 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 40 }), (start, length, count, gutter) => {
        const parts = split(start, length, count, gutter);
        expect(parts).toHaveLength(count);
        expect(parts[0].start).toBe(start);
        const last = parts[count - 1];
        expect(last.start + last.size).toBe(start + length);
        for (let i = 1; i < count; i++) expect(parts[i].start - (parts[i - 1].start + parts[i - 1].size)).toBe(gutter);
        const sizes = parts.map((p) => p.size);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        for (const p of parts) expect(Number.isInteger(p.start) && Number.isInteger(p.size)).toBe(true);
      }),
    );
  });

  it.each(BANK.filter((t) => t.formats.length > 0).map((t) => t.id))('%s: picture slots of panel layouts sit on whole pixels in every format', (id) => {
    const template = bankTemplate(id)!;
    for (const format of template.formats) {
      for (const { slot, box } of listSlots(template.build(formatRef(format), 'en'))) {
        if (slot.kind !== 'image') continue;
        for (const v of [box.x, box.y, box.width, box.height]) expect(Number.isInteger(v), `${slot.name} ${format}`).toBe(true);
      }
    }
  });

  it('builds at any page size: valid, slots on the page, pictures on whole pixels (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BANK), fc.integer({ min: 320, max: 4000 }), fc.integer({ min: 320, max: 4000 }), fc.constantFrom('en' as const, 'fr' as const), (template, width, height, language) => {
        const design = template.build({ preset: null, width, height }, language);
        expect(parseDesign(JSON.parse(JSON.stringify(design))).design).toEqual(design);
        const page = { x: 0, y: 0, width, height };
        for (const { slot, box } of listSlots(design)) {
          expect(inside(box, page), `${template.id} ${slot.name} at ${width}x${height}`).toBe(true);
          if (slot.kind === 'image') for (const v of [box.x, box.y, box.width, box.height]) expect(Number.isInteger(v)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('fills with fillTemplate: words and pictures in every slot, the result still valid', () => {
    for (const template of BANK) {
      const design = template.build(formatRef(template.formats[0]), 'fr');
      const values: Record<string, SlotValues[string]> = { ...exampleValues(design, 'en') };
      for (const { slot } of listSlots(design)) {
        if (slot.kind === 'image') values[slot.name] = { kind: 'image', assetId: 'a'.repeat(64), width: 1600, height: 900 };
        if (slot.kind === 'color') values[slot.name] = { kind: 'color', color: '#ff3366' };
      }
      const filled = fillTemplate(design, values, { complete: true });
      expect(parseDesign(JSON.parse(JSON.stringify(filled))).design).toEqual(filled);
      expect(listSlots(filled).map((s) => s.box)).toEqual(listSlots(design).map((s) => s.box));
    }
  });

  it('holds at least 3 carousel looks: title, content and end slides, a page number from the second slide, a swipe hint until the last', () => {
    const carousels = BANK.filter((t) => t.category === 'carousel');
    expect(carousels.map((t) => t.id)).toEqual(expect.arrayContaining(['bank:carousel-editorial', 'bank:carousel-corporate', 'bank:carousel-playful']));
    for (const template of carousels) {
      expect(template.formats).toEqual(expect.arrayContaining(['instagram-carousel', 'linkedin-document', 'instagram-square']));
      for (const format of template.formats) {
        const design = template.build(formatRef(format), 'fr');
        expect(design.kind).toBe('carousel');
        expect(design.pages).toHaveLength(3);
        const slotsOn = (page: number) => listSlots(design).filter((s) => s.pageIndex === page).map((s) => s.slot.name);
        expect(slotsOn(0)).toContain('title');
        expect(slotsOn(1)).toEqual(expect.arrayContaining(['number', 'heading', 'body']));
        expect(slotsOn(2)).toEqual(expect.arrayContaining(['call to action', 'handle']));
        const repeated = design.pages.flatMap((page, home) => page.elements.filter((el) => el.repeat).map((el) => ({ el, home })));
        expect(repeated.map(({ el, home }) => [el.name, el.repeat, home])).toEqual([
          ['page number', 'notFirst', 0],
          ['swipe hint', 'notLast', 0],
        ]);
        expect(repeated[0].el.type === 'text' && repeated[0].el.text).toBe('{page}/{pages}');
        expect(repeated[1].el.type === 'text' && repeated[1].el.text).toBe('Glissez →');
        // The body never shrinks below a size a phone reads: its minimum is set.
        const body = listSlots(design).find((s) => s.slot.name === 'body')!;
        const el = design.pages[1].elements.find((e) => e.id === body.elementId) as TextElement;
        expect(el.autoFit).toBe(true);
        expect(el.minFontSize).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('keeps French typography in examples: no-break spaces and curly apostrophes', () => {
    expect(frenchTypography("Déjà lundi ? L'été : « oui » !")).toBe('Déjà lundi\u202f? L’été\u00a0: «\u00a0oui\u00a0»\u202f!');
    expect(frenchTypography('17 h 59, https://x.fr')).toBe('17 h 59, https://x.fr');
  });

  it('keeps the frame of a 9:16 format inside its safe zone, and uses the whole page otherwise', () => {
    expect(frameOf(formatRef('instagram-square'))).toEqual({ x: 0, y: 0, width: 1080, height: 1080 });
    const story = frameOf(formatRef('instagram-story'));
    const zone = safeAreaFor(formatRef('instagram-story'));
    expect(zone.ok && inside(story, zone.pixels.safe)).toBe(true);
    expect(story.height).toBeGreaterThan(1100);
  });
});

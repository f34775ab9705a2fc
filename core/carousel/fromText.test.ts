/**
 * Text to carousel (./fromText.ts) measured with a measurer whose numbers are known: how pasted
 * text is read (lists, paragraphs, lines, the title), that each item is a slide between the title
 * and end slides, that an item too long for its slide flows on instead of shrinking below the
 * template's minimum, and (properties) that every word arrives once, in order, whole.
 * The backend's node-canvas measurer is exercised in electron/services/carousels/fromText.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composePage, pageAsDrawn } from './repeat';
import { carouselFromText, flowText, parseCarouselText, type CarouselFromText, type MeasurerFor } from './fromText';
import { fitText, type TextMeasurer } from '../render/fitText';
import { specOf } from '../render/text';
import { graphemes } from '../render/textStyles';
import { parseDesign, type TextElement } from '../schema';
import { bankTemplate } from '../templates/bank';
import { formatRef } from '../templates/bank/layout';
import { MessageError } from '../messages';

/** Every grapheme 0.55 em wide (a space 0.28 em), ink 0.75 em up and 0.2 em down. */
const mono: TextMeasurer = {
  advance: (text, size) => graphemes(text).reduce((w, g) => w + (g === ' ' ? 0.28 : 0.55) * size, 0),
  ink: (text, size) => ({ left: 0, right: mono.advance(text, size), ascent: 0.75 * size, descent: 0.2 * size }),
};
const measurerFor: MeasurerFor = () => mono;

const LOOKS = ['bank:carousel-editorial', 'bank:carousel-corporate', 'bank:carousel-playful'] as const;

function make(text: string, id: string = LOOKS[0], format = 'linkedin-document', language: 'en' | 'fr' = 'en'): CarouselFromText {
  return carouselFromText(bankTemplate(id)!.build(formatRef(format), language), text, { measurerFor });
}

const textsOf = (result: CarouselFromText, page: number) =>
  result.design.pages[page].elements.filter((e): e is TextElement => e.type === 'text').map((e) => e.text);

const LONG_EN =
  'Start with the promise. The first slide decides if anyone swipes, so say what the reader gets in fewer than ten words. Then keep one idea per slide, with a heading that could stand alone. Use the same colours and fonts on every slide so the set reads as one piece. Put the most useful tip in the middle, where attention dips. End with one clear thing to do: save, share, comment or follow. Check every slide on a phone before you post, because that is where people read it. Write the caption last, once you know what the carousel really says, and ask a question in it.';

describe('reading pasted text', () => {
  it('reads numbered lists in every spelling, bullets, and a title line above them', () => {
    for (const marker of ['1.', '1)', '1/', '1 /', '-', '•', '*']) {
      const at = (n: number) => (/\d/.test(marker) ? marker.replace('1', String(n)) : marker);
      const parsed = parseCarouselText(`My three tips:\n${at(1)} Drink water\n${at(2)} Sleep early\n${at(3)} Walk daily`);
      expect(parsed.title, marker).toBe('My three tips:');
      expect(parsed.items.map((i) => i.heading), marker).toEqual(['Drink water', 'Sleep early', 'Walk daily']);
    }
  });

  it('reads a title with its subtitle above a list, with or without a blank line', () => {
    for (const text of ['Summer guide\nWhat to pack\n\n- Light shoes\n- A hat', 'Summer guide\nWhat to pack\n- Light shoes\n- A hat']) {
      const parsed = parseCarouselText(text);
      expect([parsed.title, parsed.subtitle]).toEqual(['Summer guide', 'What to pack']);
      expect(parsed.items.map((i) => i.heading)).toEqual(['Light shoes', 'A hat']);
      // On the title slide, in the subtitle slot.
      expect(textsOf(make(text), 0)).toEqual(expect.arrayContaining(['Summer guide', 'What to pack']));
    }
  });

  it('reads a thread numbered 1/12 and lines under an item as its body', () => {
    const parsed = parseCarouselText('1/3 Why we moved\nOur old office was too small.\n\n2/3 Where\nA workshop by the harbour.\n3/3 When\nIn June.');
    expect(parsed.title).toBeNull();
    expect(parsed.items).toEqual([
      { heading: 'Why we moved', body: 'Our old office was too small.' },
      { heading: 'Where', body: 'A workshop by the harbour.' },
      { heading: 'When', body: 'In June.' },
    ]);
  });

  it('reads paragraphs between blank lines as items, a first line alone as the title, and lines without blank lines as items', () => {
    const paragraphs = parseCarouselText('Summer guide\n\nPack light.\nOne bag is enough.\n\n\nBook early: prices climb in June and July, and the good rooms go first, so plan well ahead.');
    expect(paragraphs.title).toBe('Summer guide');
    expect(paragraphs.items).toEqual([
      { heading: 'Pack light.', body: 'One bag is enough.' },
      { heading: '', body: 'Book early: prices climb in June and July, and the good rooms go first, so plan well ahead.' },
    ]);
    const lines = parseCarouselText('One\r\nTwo\r\nThree');
    expect(lines.title).toBeNull();
    expect(lines.items.map((i) => i.heading)).toEqual(['One', 'Two', 'Three']);
    expect(parseCarouselText(' \n\n ').items).toEqual([]);
  });
});

describe('making the carousel', () => {
  it('gives a 12-item list 12 content slides between the title and end slides, numbered 01 to 12', () => {
    const items = Array.from({ length: 12 }, (_, i) => `${i + 1}. Tip number ${i + 1}\nA short line about tip ${i + 1}.`);
    for (const id of LOOKS) {
      const result = make(`12 tips for better posts\n\n${items.join('\n')}`, id);
      expect(result.items).toBe(12);
      expect(result.design.pages).toHaveLength(14);
      expect(result.design.kind).toBe('carousel');
      expect(result.slides.map((s) => s.role)).toEqual(['title', ...Array(12).fill('content'), 'end']);
      expect(textsOf(result, 0)).toContain('12 tips for better posts');
      // The template's example subtitle is not about this text: it goes.
      expect(result.design.pages[0].elements.some((e) => e.name === 'subtitle')).toBe(false);
      expect(result.design.name).toBe('12 tips for better posts');
      for (let i = 1; i <= 12; i++) {
        const texts = textsOf(result, i);
        expect(texts).toEqual(expect.arrayContaining([String(i).padStart(2, '0'), `Tip number ${i}`, `A short line about tip ${i}.`]));
      }
      // Each slide's alt text says its words (the title slide: the title).
      expect(result.design.pages[0].altText).toBe('12 tips for better posts.');
      expect(result.design.pages[3].altText).toBe('Tip number 3. A short line about tip 3.');
      expect(result.design.pages[13].altText).toBeUndefined();
      // The page number counts all 14 slides; the swipe hint leaves the last.
      expect(pageAsDrawn(result.design, 5).elements.map((e) => (e.type === 'text' ? e.text : ''))).toContain('6/14');
      expect(pageAsDrawn(result.design, 0).elements.some((e) => e.type === 'text' && e.text.includes('/14'))).toBe(false);
      expect(composePage(result.design, 13).elements.some((e) => e.name === 'swipe hint')).toBe(false);
      // A valid design, no slot left, every id unique.
      const parsed = parseDesign(JSON.parse(JSON.stringify(result.design))).design;
      expect(parsed.pages).toHaveLength(14);
      const ids = result.design.pages.flatMap((p) => [p.id, ...p.elements.map((e) => e.id)]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(result.design.pages.flatMap((p) => p.elements).some((e) => e.slot)).toBe(false);
    }
  });

  it('flows an item too long for one slide onto the next, heading repeated with (2), cut after a sentence', () => {
    const result = make(`Carousel rules\n\n1. The long one\n${LONG_EN}\n2. A short one`);
    const first = result.slides.filter((s) => s.item === 0);
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(first.map((s) => s.heading)).toEqual(first.map((_, k) => (k === 0 ? 'The long one' : `The long one (${k + 1})`)));
    // Cut after a sentence, and nothing lost: the parts put back together are the text.
    for (const s of first.slice(0, -1)) expect(s.body).toMatch(/[.!?]$/);
    expect(first.map((s) => s.body).join(' ')).toBe(LONG_EN);
    expect(result.design.pages).toHaveLength(2 + first.length + 1);
    // Each part fits its box at or above the body's minimum size.
    const body = bankTemplate(LOOKS[0])!.build(formatRef('linkedin-document'), 'en').pages[1].elements.find((e) => e.slot?.name === 'body') as TextElement;
    for (const s of first) {
      const fitted = fitText({ text: s.body!, width: body.width, height: body.height, maxFontSize: body.fontSize, minFontSize: specOf(body).minFontSize, lineHeight: body.lineHeight, align: body.align, strokeWidth: () => 0 }, mono);
      expect(fitted.fits).toBe(true);
      expect(fitted.fontSize).toBeGreaterThanOrEqual(body.minFontSize!);
    }
  });

  it('keeps French and emoji whole: « », ’, accents, no-break spaces, emoji with joiners', () => {
    const fr = 'Astuce\u00a0: «\u00a0Publiez le mardi\u00a0» — c’est là que l’on vous lit le plus\u202f! 🎉👩‍💻🇫🇷 Ça marche, même à Noël\u202f?';
    const text = `Nos 2 conseils\n\n1. Le jour\n${fr} ${fr} ${fr} ${fr} ${fr} ${fr} ${fr} ${fr}\n2. L’heure\nÀ 8\u00a0h, avant le café ☕️`;
    const result = make(text, LOOKS[2], 'instagram-carousel', 'fr');
    const all = result.design.pages.flatMap((p) => p.elements).filter((e): e is TextElement => e.type === 'text').map((e) => e.text).join('\n');
    for (const piece of ['«\u00a0Publiez le mardi\u00a0»', 'c’est', 'plus\u202f!', '👩‍💻', '🇫🇷', 'Noël\u202f?', '8\u00a0h', '☕️', 'L’heure', 'Nos 2 conseils']) expect(all).toContain(piece);
    const first = result.slides.filter((s) => s.item === 0);
    expect(first.length).toBeGreaterThanOrEqual(2);
    expect(first.map((s) => s.body).join(' ')).toBe(Array(8).fill(fr).join(' '));
    // No part starts with a mark that belongs to the word before it.
    for (const s of first) expect(s.body).not.toMatch(/^[?!:;»]/u);
  });

  it('keeps an element on every slide once when its home is the content slide', () => {
    const template = bankTemplate(LOOKS[1])!.build(formatRef('instagram-carousel'), 'en');
    const pageNumber = template.pages[0].elements.find((e) => e.name === 'page number')!;
    template.pages[0].elements = template.pages[0].elements.filter((e) => e !== pageNumber);
    template.pages[1].elements.push(pageNumber);
    const result = carouselFromText(template, '- a\n- b\n- c', { measurerFor });
    expect(result.design.pages.flatMap((p) => p.elements).filter((e) => e.name === 'page number')).toHaveLength(1);
    expect(pageAsDrawn(result.design, 3).elements.filter((e) => e.name === 'page number').map((e) => (e.type === 'text' ? e.text : ''))).toEqual(['4/5']);
  });

  it('refuses a template without a content slide, and text without items, with a message', () => {
    const meme = bankTemplate('bank:classic')!.build(formatRef('instagram-square'), 'en');
    expect(() => carouselFromText(meme, '1. a', { measurerFor })).toThrow(MessageError);
    try {
      make('   \n\n  ');
    } catch (error) {
      expect((error as MessageError).detail.key).toBe('carouselText.noItems');
    }
    expect(() => make('   ')).toThrow(MessageError);
  });
});

// Words made of letters, accents and emoji (never a list marker).
const word = fc.constantFrom('slide', 'été', 'Noël', 'déjà', 'œuvre', 'naïve', 'ÉCOLE', 'l’idée', 'x', 'carrousel', 'swipe', 'café', '🎉', '👩‍💻', '🇫🇷', 'ça', 'top10', 'brand', 'Zoë', 'anticonstitutionnellement');
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((ws) => `${ws.join(' ')}${ws.length > 3 ? '.' : ''}`);
const subtitleOf = fc.option(fc.array(word, { minLength: 1, maxLength: 6 }), { nil: null });
const item = fc.record({ heading: fc.array(word, { minLength: 1, maxLength: 8 }), body: fc.array(sentence, { minLength: 0, maxLength: 30 }) });
const styles = ['1.', '1)', '1/', '-', '•', '*', 'paragraphs'] as const;

function written(title: string[] | null, subtitle: string[] | null, items: Array<{ heading: string[]; body: string[] }>, style: (typeof styles)[number]): string {
  const head = title ? `${title.join(' ')}\n${subtitle ? `${subtitle.join(' ')}\n` : ''}\n` : '';
  if (style === 'paragraphs') return head + items.map((it) => [it.heading.join(' '), ...(it.body.length ? [it.body.join(' ')] : [])].join('\n')).join('\n\n');
  return head + items.map((it, i) => [`${/\d/.test(style) ? style.replace('1', String(i + 1)) : style} ${it.heading.join(' ')}`, ...(it.body.length ? [it.body.join(' ')] : [])].join('\n')).join('\n');
}

const wordsOf = (text: string) => text.split(/[ \t\n]+/).filter((w) => w !== '');

describe('text to carousel, properties', () => {
  it('every word of the input appears once, in order, across the slides; no slide shrinks below the minimum', () => {
    fc.assert(
      fc.property(
        fc.option(fc.array(word, { minLength: 1, maxLength: 6 }), { nil: null }),
        subtitleOf,
        fc.array(item, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...styles),
        fc.constantFrom(...LOOKS),
        fc.constantFrom('instagram-carousel', 'instagram-square', 'linkedin-document'),
        (title, subtitleWords, generated, style, look, format) => {
          // A subtitle is read above a list only.
          const subtitle = title && style !== 'paragraphs' ? subtitleWords : null;
          // One block of lines without a blank line is read as an item per line: a lone paragraph item is one line.
          const items = style === 'paragraphs' && generated.length === 1 ? [{ heading: generated[0].heading, body: [] }] : generated;
          const result = make(written(title, subtitle, items, style), look, format);
          const expected = [...(title ?? []), ...(subtitle ?? []), ...items.flatMap((it) => [...it.heading, ...it.body.flatMap(wordsOf)])];
          const got = [
            ...(result.title ? wordsOf(result.title) : []),
            ...(result.subtitle ? wordsOf(result.subtitle) : []),
            ...result.slides.filter((s) => s.role === 'content').flatMap((s) => [...(s.part === 1 ? wordsOf(s.heading ?? '') : []), ...wordsOf(s.body ?? '')]),
          ];
          expect(got).toEqual(expected);
          // Paragraphs without a title: a first paragraph of one line is read as the title (as documented).
          const firstIsTitle = style === 'paragraphs' && !title && items.length > 1 && items[0].body.length === 0;
          expect(result.items).toBe(items.length - (firstIsTitle ? 1 : 0));
          // Every text the slides show fits its box at or above its minimum size.
          for (const page of result.design.pages) {
            for (const el of page.elements) {
              if (el.type !== 'text' || !el.autoFit || el.repeat) continue;
              const spec = specOf(el);
              const fitted = fitText({ text: el.text, width: el.width, height: el.height, maxFontSize: el.fontSize, minFontSize: spec.minFontSize, maxLines: spec.maxLines, lineHeight: el.lineHeight, align: el.align, strokeWidth: () => 0 }, mono);
              expect(fitted.fontSize).toBeGreaterThanOrEqual(spec.minFontSize);
              expect(fitted.fits, `${el.name}: ${el.text.slice(0, 60)}`).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('flowText cuts only between words and loses nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 120 }), (sentences, budget) => {
        const text = sentences.join(' ');
        const parts = flowText(text, (part) => graphemes(part).length <= budget);
        expect(parts.join(' ')).toBe(text);
        for (const part of parts) {
          expect(part).toBe(part.trim());
          // Over budget only when the part is one word.
          if (graphemes(part).length > budget) expect(wordsOf(part)).toHaveLength(1);
        }
      }),
    );
  });
});

/**
 * Text to carousel (docs/architecture.md, Carousels): pasted text (a numbered or bulleted list,
 * paragraphs, lines, or blocks between blank lines) becomes a title and items; a carousel
 * template (core/templates/bank/carousels.ts: title slide, content slide, end slide) becomes a
 * carousel with one content slide per item between its title and end slides.
 *
 * Text is never shrunk below the template's minimum size (the text element's `minFontSize`): an
 * item whose body does not fit its slide at that size flows to the next slide, cut after a
 * sentence (or a line) when one ends far enough in, else between words, and the continuation
 * repeats the heading with "(2)", "(3)"... Words are never cut and nothing is dropped: cuts are
 * made only at ordinary spaces and line breaks (never at a no-break space, so French « » ? !
 * stay with their word), which also keeps every grapheme (accents, emoji) whole.
 *
 * Pure: sizes are measured through a `TextMeasurer` per text (./render/fitText.ts), which the
 * caller gives from its canvas (node-canvas in the backend).
 */
import { msg, MessageError } from '../messages';
import { fitText, type TextMeasurer } from '../render/fitText';
import { specOf } from '../render/text';
import { applyTextCase } from '../render/textCase';
import { LIMITS } from '../schema/constants';
import type { Design, Element, Page, TextElement } from '../schema/design';
import { newId } from '../schema/factory';
import { sameSlotName } from '../templates/slots';

/** One item of the text: a heading (may be empty) and a body (may be empty), never both empty. */
export interface CarouselItem {
  heading: string;
  body: string;
}

export interface ParsedCarouselText {
  /** The first line when it stands alone (followed by a blank line, or heading a list). */
  title: string | null;
  /** A second line under the title, before a list. */
  subtitle: string | null;
  items: CarouselItem[];
}

/** A first line this short (in words) with more lines under it is the item's heading. */
export const HEADING_MAX_WORDS = 12;

const NUMBERED = /^\s*\d{1,3}\s*(?:[.)]|\/(?:\d{1,3})?)(?:\s+|$)/u;
const BULLET = /^\s*[-•*–—▪◦‣►✓✔]\s+/u;

const isListLine = (line: string) => NUMBERED.test(line) || BULLET.test(line);
const stripMarker = (line: string) => line.replace(NUMBERED, '').replace(BULLET, '').trim();
const wordCount = (text: string) => text.split(/\s+/u).filter((w) => w !== '').length;

function itemOf(lines: readonly string[]): CarouselItem | null {
  const kept = lines.map((line) => line.trim()).filter((line) => line !== '');
  if (kept.length === 0) return null;
  const [first, ...rest] = kept;
  if (wordCount(first) <= HEADING_MAX_WORDS) return { heading: first, body: rest.join('\n') };
  return { heading: '', body: kept.join('\n') };
}

/**
 * A title and items from pasted text:
 * - a list (lines starting "1." "1)" "1/" or "-" "•" "*"): one item per list line, the lines
 *   under it (blank lines between included) continue it;
 * - otherwise blocks separated by blank lines are the items; a text without blank lines gives an
 *   item per line;
 * - a first line alone before a blank line, or heading a list, is the title; a second line
 *   under it, above a list, is the subtitle.
 * An item's first line of at most HEADING_MAX_WORDS words is its heading, the rest its body.
 */
export function parseCarouselText(text: string): ParsedCarouselText {
  const lines = text.replace(/\r\n?/g, '\n').replace(/^\uFEFF/, '').split('\n');
  const blocks: string[][] = [];
  let block: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else block.push(line);
  }
  if (block.length > 0) blocks.push(block);
  if (blocks.length === 0) return { title: null, subtitle: null, items: [] };

  let title: string | null = null;
  let subtitle: string | null = null;
  const list = blocks.some((b) => b.some(isListLine));
  const first = blocks[0];
  const plain = (i: number) => first[i] !== undefined && !isListLine(first[i]);
  if (blocks.length > 1 && first.length === 1 && plain(0)) {
    title = first[0].trim();
    blocks.shift();
  } else if (list && blocks.length > 1 && first.length === 2 && plain(0) && plain(1) && blocks[1].some(isListLine)) {
    // A title and its subtitle above a list.
    [title, subtitle] = [first[0].trim(), first[1].trim()];
    blocks.shift();
  } else if (list && plain(0) && isListLine(first[1] ?? '')) {
    title = first[0].trim();
    blocks[0] = first.slice(1);
  } else if (list && plain(0) && plain(1) && isListLine(first[2] ?? '')) {
    [title, subtitle] = [first[0].trim(), first[1].trim()];
    blocks[0] = first.slice(2);
  }

  const groups: string[][] = [];
  if (list) {
    let current: string[] | null = null;
    for (const b of blocks) {
      for (const line of b) {
        if (isListLine(line)) {
          if (current) groups.push(current);
          current = [stripMarker(line)];
        } else if (current) current.push(line);
        else current = [line];
      }
    }
    if (current) groups.push(current);
  } else if (blocks.length === 1) {
    for (const line of blocks[0]) groups.push([line]);
  } else groups.push(...blocks);

  const items = groups.map(itemOf).filter((item): item is CarouselItem => item !== null);
  return { title, subtitle, items };
}

/** The measurer for a text element's face (family, weight, style, letter spacing). */
export type MeasurerFor = (el: TextElement) => TextMeasurer;

/** What each slide of a made carousel holds (tests, the dialog's count). */
export interface SlideText {
  role: 'title' | 'content' | 'end';
  /** Content slides: the item (0-based) and which of its slides (1 = its first). */
  item?: number;
  part?: number;
  heading?: string;
  body?: string;
}

export interface CarouselFromText {
  design: Design;
  title: string | null;
  subtitle: string | null;
  items: number;
  slides: SlideText[];
}

/** The roles of a carousel template's pages: the content slide and its text slots. */
interface TemplateParts {
  content: number;
  heading?: TextElement;
  body?: TextElement;
  number?: TextElement;
  title?: { page: number; el: TextElement };
  subtitle?: TextElement;
}

function slotText(page: Page, name: string): TextElement | undefined {
  const el = page.elements.find((e) => e.type === 'text' && e.slot && sameSlotName(e.slot.name, name));
  return el as TextElement | undefined;
}

function partsOf(template: Design): TemplateParts | null {
  const content = template.pages.findIndex((page) => slotText(page, 'body') || slotText(page, 'heading'));
  if (content < 1 || content >= template.pages.length - 1) return null;
  const page = template.pages[content];
  let title: TemplateParts['title'];
  template.pages.slice(0, content).forEach((p, i) => {
    const el = slotText(p, 'title');
    if (el && !title) title = { page: i, el };
  });
  const subtitle = title ? slotText(template.pages[title.page], 'subtitle') : undefined;
  return { content, heading: slotText(page, 'heading'), body: slotText(page, 'body'), number: slotText(page, 'number'), title, subtitle };
}

/** Whether a design can make a carousel from text (a content slide between a title and an end slide). */
export function isCarouselTemplate(design: Design): boolean {
  return partsOf(design) !== null;
}

/** Whether `text` fits `el`'s box at the element's smallest size (its template's minimum). */
function fitsAtMinimum(el: TextElement, text: string, box: { width: number; height: number }, measurerFor: MeasurerFor): boolean {
  if (text === '') return true;
  const spec = specOf(el);
  const min = el.autoFit ? spec.minFontSize : el.fontSize;
  const result = fitText(
    {
      text: applyTextCase(text, el.textCase),
      width: box.width,
      height: box.height,
      maxFontSize: min,
      minFontSize: min,
      maxLines: spec.maxLines,
      lineHeight: el.lineHeight,
      align: el.align,
      strokeWidth: (size) => (spec.strokeRatio !== undefined ? spec.strokeRatio * size : spec.strokeWidth),
      shadow: spec.shadow,
    },
    measurerFor(el),
  );
  return result.fits;
}

/** Where a text may be cut: the start of each run of ordinary spaces, tabs or line breaks. */
function cutPoints(text: string): Array<{ at: number; next: number; sentence: boolean }> {
  const points: Array<{ at: number; next: number; sentence: boolean }> = [];
  const runs = /[ \t\n]+/g;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    if (m.index === 0 || m.index + m[0].length === text.length) continue;
    // A sentence ends just before the space: a few characters tell (no scan of the whole start).
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    points.push({ at: m.index, next: m.index + m[0].length, sentence: m[0].includes('\n') || /[.!?…](?:[\u00a0\u202f]?[»”"’)\]])*$/u.test(before) });
  }
  return points;
}

/**
 * `text` cut into parts that each fit (`fits`): the longest start that fits, brought back to the
 * last sentence end in it when that keeps at least half of it; at least one word per part.
 */
export function flowText(text: string, fits: (part: string) => boolean): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest !== '') {
    const points = cutPoints(rest);
    // One word left, or the whole rest fits: it is the last part. A long rest is only measured
    // whole once every start tried (1, 2, 4... cut points: galloping) fitted, so a long text is
    // measured in slide-sized pieces.
    if (points.length === 0) break;
    let lo = 0;
    let hi = points.length - 1;
    let allFit = true;
    for (let step = 1; step - 1 < points.length; step *= 2) {
      if (!fits(rest.slice(0, points[step - 1].at))) {
        hi = step - 2;
        allFit = false;
        break;
      }
      lo = step - 1;
    }
    if (allFit && fits(rest)) break;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (fits(rest.slice(0, points[mid].at))) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    let chosen = Math.max(0, best);
    if (best > 0) {
      for (let i = best; i >= 0 && points[i].at * 2 >= points[best].at; i--) {
        if (points[i].sentence) {
          chosen = i;
          break;
        }
      }
    }
    parts.push(rest.slice(0, points[chosen].at));
    rest = rest.slice(points[chosen].next);
  }
  if (rest !== '') parts.push(rest);
  return parts;
}

type Box = { x: number; y: number; width: number; height: number };
const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};
const boxOf = (el: Element): Box => ({ x: el.x, y: el.y, width: el.width, height: el.height });

/** A copy with fresh ids (the page's and every element's, group children included). */
function freshPage(page: Page): Page {
  const fresh = (el: Element): Element => (el.type === 'group' ? { ...el, id: newId('e'), children: el.children.map(fresh) } : { ...el, id: newId('e') });
  return { ...structuredClone(page), id: newId('p'), elements: page.elements.map((el) => fresh(structuredClone(el))) };
}

/** The words of a text element replaced (its style runs and stored layout belonged to the old words). */
function withText(el: TextElement, text: string, box?: Box): TextElement {
  const { styles: _styles, fitted: _fitted, slot: _slot, ...rest } = el;
  return { ...rest, ...(box ?? {}), text };
}

export interface FromTextOptions {
  measurerFor: MeasurerFor;
  /** The new design's name (default: the title, else the template's name). */
  name?: string;
}

/**
 * A carousel from `template` (a carousel template at its format, its example words in the UI's
 * language) and pasted `text`: the title slide (its `title` slot gets the text's title, when it
 * has one), one content slide per item (more when an item flows on), the end slide. The template's
 * other pages and their repeated elements stay as they are; slots are dropped (the words are in).
 */
export function carouselFromText(template: Design, text: string, options: FromTextOptions): CarouselFromText {
  const parts = partsOf(template);
  if (!parts) throw new MessageError(msg('carouselText.notCarouselTemplate', { name: template.name }));
  const parsed = parseCarouselText(text);
  if (parsed.items.length === 0) throw new MessageError(msg('carouselText.noItems'));
  const { measurerFor } = options;
  const contentPage = template.pages[parts.content];
  const { heading: headingEl, body: bodyEl, number: numberEl } = parts;

  const contents: Array<{ page: Page; slide: SlideText }> = [];
  const digits = Math.max(2, String(parsed.items.length).length);
  // Bounded before the work: each item makes at least one slide.
  const fixedPages = template.pages.length - 1;
  if (parsed.items.length + fixedPages > LIMITS.maxPages) {
    throw new MessageError(msg('carouselText.tooManySlides', { count: parsed.items.length + fixedPages, max: LIMITS.maxPages }));
  }
  parsed.items.forEach((item, index) => {
    let heading = item.heading;
    let body = item.body;
    // A heading too long for its box at the smallest size is read as body text.
    if (headingEl && heading !== '' && !fitsAtMinimum(headingEl, heading, headingEl, measurerFor)) {
      body = body === '' ? heading : `${heading}\n${body}`;
      heading = '';
    }
    if (!headingEl && heading !== '') {
      body = body === '' ? heading : `${heading}\n${body}`;
      heading = '';
    }
    if (!bodyEl && body !== '') {
      heading = heading === '' ? body : `${heading}\n${body}`;
      body = '';
    }
    // The body's box: its own, or with the heading's when there is no heading.
    const bodyBox = bodyEl ? (heading === '' && headingEl ? union(boxOf(bodyEl), boxOf(headingEl)) : boxOf(bodyEl)) : null;
    const flowing = bodyEl && bodyBox ? flowText(body, (part) => fitsAtMinimum(bodyEl, part, bodyBox, measurerFor)) : [body];
    const chunks = flowing.length > 0 ? flowing : [''];
    chunks.forEach((chunk, k) => {
      const mark = k > 0 ? ` (${k + 1})` : '';
      const number = String(index + 1).padStart(digits, '0');
      const shownHeading = heading === '' ? '' : heading + mark;
      const page = freshPage(contentPage);
      const originals = contentPage.elements;
      page.elements = page.elements.flatMap((el, i): Element[] => {
        const original = originals[i];
        // An element on every slide lives once, at home on the first content slide (a copy would draw it twice).
        if (original.repeat && contents.length > 0) return [];
        if (el.type !== 'text') return [el];
        if (original === numberEl) return [withText(el, heading === '' ? number + mark : number)];
        if (original === headingEl) {
          if (shownHeading === '') return [];
          // Without body words the heading takes the body's room too, held to the top.
          if (chunk === '' && bodyEl) {
            return [{ ...withText(el, shownHeading, union(boxOf(el), boxOf(bodyEl))), verticalAlign: el.verticalAlign === 'middle' ? 'middle' : 'top' }];
          }
          return [withText(el, shownHeading)];
        }
        if (original === bodyEl) {
          if (chunk === '') return [];
          return [withText(el, chunk, heading === '' && bodyBox ? bodyBox : undefined)];
        }
        return [el];
      });
      // The slide's alt text says what it says (design schema v9 `altText`, written with the export).
      const alt = altTextOf([shownHeading, chunk]);
      if (alt) page.altText = alt;
      else delete page.altText;
      contents.push({ page, slide: { role: 'content', item: index, part: k + 1, heading: shownHeading, body: chunk } });
    });
  });

  // The text's title in the title slot; its subtitle in the subtitle slot, which goes when the
  // text has a title but no subtitle (the template's example would not be about the text).
  // Items that flowed on may take the carousel past the bound: the count says how many it would be.
  if (contents.length + fixedPages > LIMITS.maxPages) {
    throw new MessageError(msg('carouselText.tooManySlides', { count: contents.length + fixedPages, max: LIMITS.maxPages }));
  }
  const before = template.pages.slice(0, parts.content).map((page, i) => {
    if (!parts.title || parsed.title === null || i !== parts.title.page) return page;
    const { el: titleEl } = parts.title;
    const elements = page.elements.flatMap((el): Element[] => {
      if (el === titleEl) return [withText(titleEl, parsed.title!)];
      if (el === parts.subtitle) return parsed.subtitle === null ? [] : [withText(parts.subtitle, parsed.subtitle)];
      return [el];
    });
    const alt = altTextOf([parsed.title!, parsed.subtitle ?? '']);
    return { ...page, elements, ...(alt ? { altText: alt } : {}) };
  });
  const after = template.pages.slice(parts.content + 1);
  const dropSlots = (page: Page): Page => ({ ...page, elements: page.elements.map(unslotted) });
  const pages = [...before, ...contents.map((c) => c.page), ...after].map(dropSlots);
  const now = new Date().toISOString();
  const design: Design = {
    ...template,
    id: newId('d'),
    name: (options.name ?? parsed.title ?? template.name).slice(0, 200),
    kind: 'carousel',
    pages,
    createdAt: now,
    updatedAt: now,
  };
  const slides: SlideText[] = [
    ...before.map((_, i): SlideText => (i === parts.title?.page && parsed.title !== null ? { role: 'title', heading: parsed.title } : { role: 'title' })),
    ...contents.map((c) => c.slide),
    ...after.map((): SlideText => ({ role: 'end' })),
  ];
  return { design, title: parsed.title, subtitle: parsed.subtitle, items: parsed.items.length, slides };
}

/** Words as a slide's alt text: joined as sentences, within the schema's bound. */
function altTextOf(parts: readonly string[]): string {
  const text = parts
    .map((part) => part.replace(/\s*\n\s*/g, ' ').trim())
    .filter((part) => part !== '')
    .map((part) => (/[.!?…:»”)]$/u.test(part) ? part : `${part}.`))
    .join(' ');
  return text.length <= LIMITS.maxAltTextLength ? text : `${text.slice(0, LIMITS.maxAltTextLength - 1).replace(/\s+\S*$/u, '')}…`;
}

function unslotted(el: Element): Element {
  const { slot: _slot, ...rest } = el;
  if (rest.type === 'group') return { ...rest, children: rest.children.map(unslotted) } as Element;
  return rest as Element;
}

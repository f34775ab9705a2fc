/**
 * What every bank layout is built from (docs/architecture.md, glossary: template): the part of a
 * format a layout may use, whole-pixel panels and gutters, the neutral stand-in where a picture
 * goes, the text styles, and example words in both languages with French typography.
 *
 * Geometry is computed from the format's width and height (and its safe zone), never written per
 * size, so a layout offered in a new format needs no new numbers.
 */
import { findFormat } from '../../formats';
import { safeAreaFor } from '../../formats/safeArea';
import {
  createDesign,
  createShapeElement,
  createTextElement,
  type Design,
  type DesignKind,
  type Element,
  type FormatRef,
  type Paint,
  type ShapeElement,
  type TextElement,
} from '../../schema';
import type { BankCategory, BankTemplate } from './types';

export type Language = 'en' | 'fr';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Words in each UI language. */
export interface Words {
  en: string;
  fr: string;
}

/** Formats the layouts are offered in (catalog ids). */
export const SQUARE = 'instagram-square';
export const PORTRAIT = 'instagram-portrait';
export const STORY = 'instagram-story';
export const TIKTOK = 'tiktok-photo';
export const LANDSCAPE = 'x-landscape';
export const LINKEDIN = 'linkedin-square';
export const FACEBOOK = 'facebook-portrait';

/** A catalog format as a design stores it. */
export function formatRef(id: string): FormatRef {
  const format = findFormat(id);
  if (!format) throw new Error(`no format ${id} in the catalog`);
  return { preset: format.id, width: format.width, height: format.height };
}

/** From how tall a format is the platform's UI covers its frame (stories, reels, TikTok: 9:16). */
const TALL = 1.5;

/**
 * The part of the page a layout may use, in whole pixels: the whole page, or on a tall format
 * (9:16) the part no platform UI covers (its safe zone, rounded inward).
 */
export function frameOf(format: FormatRef): Box {
  const page = { x: 0, y: 0, width: format.width, height: format.height };
  if (format.height / format.width < TALL) return page;
  const zone = safeAreaFor(format);
  if (!zone.ok) return page;
  const { safe } = zone.pixels;
  const x = Math.ceil(safe.x);
  const y = Math.ceil(safe.y);
  return { x, y, width: Math.floor(safe.x + safe.width) - x, height: Math.floor(safe.y + safe.height) - y };
}

/**
 * `count` whole-pixel parts of `length` from `start`, `gutter` pixels apart: the gutters are
 * exact, the parts differ by at most one pixel and end exactly at `start + length`.
 */
export function split(start: number, length: number, count: number, gutter: number): Array<{ start: number; size: number }> {
  const free = length - gutter * (count - 1);
  const parts: Array<{ start: number; size: number }> = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    const size = Math.floor((free * (i + 1)) / count) - Math.floor((free * i) / count);
    parts.push({ start: at, size });
    at += size + gutter;
  }
  return parts;
}

/** Cells of a `columns` x `rows` grid in a box, row by row, with exact gutters. */
export function grid(box: Box, columns: number, rows: number, gutter: number): Box[] {
  const xs = split(box.x, box.width, columns, gutter);
  const ys = split(box.y, box.height, rows, gutter);
  return ys.flatMap((row) => xs.map((column) => ({ x: column.start, y: row.start, width: column.size, height: row.size })));
}

/** The whole page: a full-bleed picture or colour, which may run under a platform's UI. */
export function pageBox(ctx: LayoutContext): Box {
  return { x: 0, y: 0, width: ctx.format.width, height: ctx.format.height };
}

export function inset(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, width: box.width - by * 2, height: box.height - by * 2 };
}

/** What a layout knows when it is built. */
export interface LayoutContext {
  format: FormatRef;
  /** Where the slots may go (frameOf). */
  frame: Box;
  language: Language;
  /** One "design pixel" of the 1080 px wide square the sizes were chosen on, at this frame. */
  unit: number;
  /** Between panels: a whole number of pixels. */
  gutter: number;
}

export function contextOf(format: FormatRef, language: Language): LayoutContext {
  const frame = frameOf(format);
  const unit = Math.min(frame.width, frame.height) / 1080;
  return { format, frame, language, unit, gutter: Math.max(2, Math.round(12 * unit)) };
}

/** Whole pixels of the reference size at this frame. */
export function px(ctx: LayoutContext, reference: number): number {
  return Math.max(1, Math.round(reference * ctx.unit));
}

/**
 * French typography in an example written as typed: no-break space before ":" (U+00A0), narrow
 * no-break space before ";", "!" and "?" (U+202F), no-break spaces inside « », curly apostrophes.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/[ \u00a0\u202f]*([;!?]+)/g, (_, marks: string) => `\u202f${marks}`)
    .replace(/[ \u00a0\u202f]+:/g, '\u00a0:')
    .replace(/«[ \u00a0\u202f]*/g, '«\u00a0')
    .replace(/[ \u00a0\u202f]*»/g, '\u00a0»');
}

/** Example words: English with curly apostrophes and quotes, French with its typography. */
export function words(en: string, fr: string): Words {
  return { en: en.replace(/'/g, '’').replace(/"([^"]*)"/g, '“$1”'), fr: frenchTypography(fr) };
}

/** The stand-in where a picture goes: neutral grey with a soft diagonal shade, no icon, no picture. */
const STAND_IN: Paint = {
  kind: 'linear',
  angle: 135,
  stops: [
    { offset: 0, color: '#d3d6dc' },
    { offset: 1, color: '#b4b8c1' },
  ],
};

export interface PictureOptions {
  focalX?: number;
  focalY?: number;
  cornerRadius?: number;
  shape?: 'rect' | 'ellipse';
  /** Default true: a meme needs its pictures. */
  required?: boolean;
}

/** An image slot on a stand-in shape: the user's picture covers the box around the focal point. */
export function pictureSlot(name: string, box: Box, options: PictureOptions = {}): ShapeElement {
  return createShapeElement({
    shape: options.shape ?? 'rect',
    ...box,
    name,
    fill: STAND_IN,
    cornerRadius: options.cornerRadius ?? 0,
    slot: { kind: 'image', name, fit: 'cover', focalX: options.focalX ?? 0.5, focalY: options.focalY ?? 0.5, required: options.required ?? true },
  });
}

export type TextStyle = Partial<Omit<TextElement, 'x' | 'y' | 'width' | 'height' | 'slot' | 'text' | 'name'>> & { fontSize: number };

/** A text slot holding its example words in the design's language. */
export function textSlot(ctx: LayoutContext, name: string, box: Box, example: Words, style: TextStyle): TextElement {
  return createTextElement({ ...box, ...style, name, text: example[ctx.language], slot: { kind: 'text', name, example } });
}

/** A text that is not a slot (a fixed label of the layout). */
export function fixedText(ctx: LayoutContext, name: string, box: Box, text: Words, style: TextStyle): TextElement {
  return createTextElement({ ...box, ...style, name, text: text[ctx.language] });
}

/** A plain rectangle of the layout (a band, a card, a frame). */
export function panel(name: string, box: Box, fill: Paint, extra: Partial<ShapeElement> = {}): ShapeElement {
  return createShapeElement({ shape: 'rect', ...box, name, fill, ...extra });
}

/**
 * The meme face: bold condensed capitals, white with a black outline proportional to the size,
 * shrunk to fit its box (auto-fit), held to the box's top or bottom edge.
 */
export function memeCaps(fontSize: number, verticalAlign: 'top' | 'middle' | 'bottom' = 'top', fontFamily: 'Anton' | 'Oswald' = 'Anton'): TextStyle {
  return {
    fontFamily,
    fontSize,
    fontWeight: fontFamily === 'Oswald' ? 700 : 400,
    fill: '#ffffff',
    stroke: { color: '#000000', width: Math.max(2, Math.round(fontSize * 0.08)) },
    textCase: 'upper',
    align: 'center',
    lineHeight: 1.08,
    autoFit: true,
    verticalAlign,
  };
}

/** Plain sans text (captions, labels, posts). */
export function sans(fontSize: number, options: Partial<TextStyle> = {}): TextStyle {
  return { fontFamily: 'Inter', fontWeight: 400, fill: '#111111', align: 'left', lineHeight: 1.2, ...options, fontSize };
}

export interface TemplateSpec {
  slug: string;
  category?: BankCategory;
  name: Words;
  tags: { en: readonly string[]; fr: readonly string[] };
  formats: readonly string[];
  /** The page's colour (the gutters' colour in panel layouts). */
  background: Paint;
  kind?: DesignKind;
  elements: (ctx: LayoutContext) => Element[];
}

/** A bank template from its layout: each build is a new design (fresh ids) at the format's size. */
export function defineTemplate(spec: TemplateSpec): BankTemplate {
  const category = spec.category ?? 'meme';
  return {
    id: `bank:${spec.slug}`,
    category,
    name: spec.name,
    tags: spec.tags,
    formats: spec.formats,
    build(format: FormatRef, language: Language): Design {
      const design = createDesign({ name: spec.name[language], format, kind: spec.kind ?? (category === 'meme' ? 'meme' : 'still') });
      design.pages[0].background = { fill: spec.background };
      design.pages[0].elements = spec.elements(contextOf(format, language));
      return design;
    },
  };
}

/** One block of a column layout: a share of the free height (`weight`) or a fixed height in reference pixels. */
export interface Piece {
  weight?: number;
  fixed?: number;
  make: (box: Box) => Element[];
}

/**
 * Blocks stacked down the frame inside a margin, `gap` apart (reference pixels): fixed blocks get
 * their height, the rest share what is left by weight. Whole pixels throughout.
 */
export function column(ctx: LayoutContext, pieces: readonly Piece[], options: { margin?: number; gap?: number } = {}): Element[] {
  const inner = inset(ctx.frame, px(ctx, options.margin ?? 80));
  const gap = px(ctx, options.gap ?? 32);
  const fixed = pieces.reduce((sum, p) => sum + (p.fixed !== undefined ? px(ctx, p.fixed) : 0), 0);
  const weights = pieces.reduce((sum, p) => sum + (p.fixed === undefined ? (p.weight ?? 1) : 0), 0);
  const free = inner.height - gap * (pieces.length - 1) - fixed;
  let y = inner.y;
  let shared = 0;
  return pieces.flatMap((piece) => {
    let height: number;
    if (piece.fixed !== undefined) height = px(ctx, piece.fixed);
    else {
      const before = Math.floor((free * shared) / weights);
      shared += piece.weight ?? 1;
      height = Math.floor((free * shared) / weights) - before;
    }
    const box = { x: inner.x, y, width: inner.width, height };
    y += height + gap;
    return piece.make(box);
  });
}

/** A full-page colour the user may change (a colour slot on a plain rectangle). */
export function colourBackground(ctx: LayoutContext, color: string, name = 'background colour'): ShapeElement {
  return panel(name, pageBox(ctx), color, { slot: { kind: 'color', name, property: 'fill' } });
}

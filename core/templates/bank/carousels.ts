/**
 * Carousel templates (docs/architecture.md, Carousels): each look is a design of kind `carousel`
 * with three slides, in this order:
 *
 * 1. the title slide: slots `title` (the carousel's subject), `subtitle`, and the look's `kicker`;
 * 2. the content slide: slots `number` ("01"), `heading` and `body`; text to carousel
 *    (core/carousel/fromText.ts) makes one copy of it per item;
 * 3. the end slide: slots `call to action` and `handle`.
 *
 * Two texts are on every slide (design schema v9 `repeat`), at home on the title slide: the page
 * number "{page}/{pages}" (`notFirst`) and a "swipe →" hint (`notLast`). So the number counts the
 * slides however many items become slides, and the hint leaves the last slide.
 *
 * A body never shrinks below about 40 px on a 1080 px slide (read on a phone, that is the size of
 * the app's own captions): longer text flows to another slide instead (core/carousel/fromText.ts).
 *
 * Geometry comes from the format (./layout.ts): the content sits in the frame (the safe zone at
 * 9:16) above a footer band that holds the repeated texts.
 */
import { createDesign, createPage, createShapeElement, type Design, type Element, type FormatRef, type Page } from '../../schema';
import {
  column,
  contextOf,
  fixedText,
  inset,
  panel,
  px,
  sans,
  textSlot,
  words,
  type Box,
  type Language,
  type LayoutContext,
  type Piece,
  type TextStyle,
  type Words,
} from './layout';
import { rule, say, sayFixed } from './postsWords';
import type { BankTemplate } from './types';

export const CAROUSEL = 'instagram-carousel';
export const DOCUMENT = 'linkedin-document';
export const CAROUSEL_SQUARE = 'instagram-square';
export const TIKTOK_PHOTO = 'tiktok-photo';

/** The slot names text to carousel fills (core/carousel/fromText.ts). */
export const CAROUSEL_SLOTS = { title: 'title', number: 'number', heading: 'heading', body: 'body' } as const;

/** The page number every slide but the first shows. */
export const PAGE_NUMBER = '{page}/{pages}';
const SWIPE = words('Swipe →', 'Glissez →');

/** What a look is made of; each part gets the box its slide may fill (inside the margins, above the footer). */
interface CarouselLook {
  slug: string;
  name: Words;
  tags: { en: readonly string[]; fr: readonly string[] };
  formats: readonly string[];
  background: string;
  margin: number;
  /** Fixed shapes behind a slide's text (a card, a bar), given the page's context. */
  decor?: (ctx: LayoutContext, role: 'title' | 'content' | 'end') => Element[];
  title: (ctx: LayoutContext) => Piece[];
  content: (ctx: LayoutContext) => Piece[];
  end: (ctx: LayoutContext) => Piece[];
  /** The page number and the swipe hint, in the footer band. */
  footer: (ctx: LayoutContext, band: Box) => { pageNumber: Element; swipe: Element };
  gap?: number;
  /** Between the content and the footer band (reference pixels; default 28). */
  footerGap?: number;
}

/** Height of the footer band, in reference pixels. */
const FOOTER = 56;

/** The column's context: the frame less the footer band (the margin then applies inside it). */
function contentContext(ctx: LayoutContext, margin: number, footerGap = 28): { column: LayoutContext; band: Box } {
  const inner = inset(ctx.frame, px(ctx, margin));
  const footer = px(ctx, FOOTER);
  const band = { x: inner.x, y: inner.y + inner.height - footer, width: inner.width, height: footer };
  const cut = footer + px(ctx, footerGap);
  return { column: { ...ctx, frame: { ...ctx.frame, height: ctx.frame.height - cut } }, band };
}

function slide(color: string, elements: Element[]): Page {
  const page = createPage();
  page.background = { fill: color };
  page.elements = elements;
  return page;
}

function defineCarousel(look: CarouselLook): BankTemplate {
  return {
    id: `bank:${look.slug}`,
    category: 'carousel',
    name: look.name,
    tags: look.tags,
    formats: look.formats,
    build(format: FormatRef, language: Language): Design {
      const ctx = contextOf(format, language);
      const { column: inside, band } = contentContext(ctx, look.margin, look.footerGap);
      const options = { margin: look.margin, gap: look.gap };
      const { pageNumber, swipe } = look.footer(ctx, band);
      const design = createDesign({ name: look.name[language], format, kind: 'carousel' });
      design.pages = [
        slide(look.background, [...(look.decor?.(ctx, 'title') ?? []), ...column(inside, look.title(inside), options), { ...pageNumber, repeat: 'notFirst' }, { ...swipe, repeat: 'notLast' }]),
        slide(look.background, [...(look.decor?.(ctx, 'content') ?? []), ...column(inside, look.content(inside), options)]),
        slide(look.background, [...(look.decor?.(ctx, 'end') ?? []), ...column(inside, look.end(inside), options)]),
      ];
      return design;
    },
  };
}

/** A footer text: fixed words at the left or right of the band, shrunk to fit. */
function footerText(ctx: LayoutContext, name: string, band: Box, text: Words, style: TextStyle, side: 'left' | 'right'): Element {
  const width = Math.round(band.width / 2);
  const box = { x: side === 'left' ? band.x : band.x + band.width - width, y: band.y, width, height: band.height };
  return fixedText(ctx, name, box, text, { ...style, align: side, autoFit: true, verticalAlign: 'middle' });
}

const same = (text: string): Words => ({ en: text, fr: text });

// Example words: a carousel about posting carousels, so the bank's preview reads as a real one.
const EXAMPLES = {
  kicker: words('The guide', 'Le guide'),
  title: words('7 habits of carousels people save', '7 habitudes des carrousels qu\'on enregistre'),
  subtitle: words('What ten years of posting taught us', 'Ce que dix ans de publications nous ont appris'),
  number: same('01'),
  heading: words('Start with the promise', 'Commencez par la promesse'),
  body: words(
    'The first slide decides if anyone swipes. Say what the reader gets, in fewer than ten words, and keep the details for the next slides.',
    'La première diapositive décide si l\'on fait défiler. Dites ce que le lecteur y gagne, en moins de dix mots, et gardez les détails pour la suite.',
  ),
  callToAction: words('Found this useful? Save it for your next post.', 'Utile ? Enregistrez-le pour votre prochaine publication.'),
  handle: words('@yourbrand', '@votremarque'),
};

const EDITORIAL = { paper: '#f4efe6', ink: '#161616', muted: '#4d4a45', accent: '#e4572e' };
const CORPORATE = { paper: '#ffffff', ink: '#0b2545', muted: '#475569', accent: '#1d6fe0', band: '#e8f0fd' };
const PLAYFUL = { paper: '#ffd43b', card: '#ffffff', ink: '#2b2d42', muted: '#4a4e69', accent: '#ef476f' };

export const CAROUSELS: readonly BankTemplate[] = [
  defineCarousel({
    slug: 'carousel-editorial',
    name: words('Bold editorial carousel', 'Carrousel éditorial'),
    tags: { en: ['carousel', 'slides', 'editorial', 'bold', 'magazine', 'guide'], fr: ['carrousel', 'diapositives', 'éditorial', 'magazine', 'guide'] },
    formats: [CAROUSEL, CAROUSEL_SQUARE, DOCUMENT, TIKTOK_PHOTO],
    background: EDITORIAL.paper,
    margin: 88,
    title: (ctx) => [
      sayFixed(ctx, 'kicker', EXAMPLES.kicker, sans(px(ctx, 34), { fontWeight: 700, fill: EDITORIAL.accent, letterSpacing: 250, textCase: 'upper' }), 50),
      say(ctx, CAROUSEL_SLOTS.title, EXAMPLES.title, sans(px(ctx, 150), { fontFamily: 'Anton', fill: EDITORIAL.ink, textCase: 'upper', lineHeight: 1.02, minFontSize: px(ctx, 56) }), 4, 'bottom'),
      rule(ctx, EDITORIAL.accent, 'left'),
      say(ctx, 'subtitle', EXAMPLES.subtitle, sans(px(ctx, 44), { fill: EDITORIAL.muted, lineHeight: 1.3 }), 1, 'top'),
    ],
    content: (ctx) => [
      sayFixed(ctx, CAROUSEL_SLOTS.number, EXAMPLES.number, sans(px(ctx, 150), { fontFamily: 'Anton', fill: EDITORIAL.accent, lineHeight: 1 }), 170),
      say(ctx, CAROUSEL_SLOTS.heading, EXAMPLES.heading, sans(px(ctx, 86), { fontFamily: 'Playfair Display', fontWeight: 700, fill: EDITORIAL.ink, lineHeight: 1.1, minFontSize: px(ctx, 44) }), 2, 'bottom'),
      say(ctx, CAROUSEL_SLOTS.body, EXAMPLES.body, sans(px(ctx, 58), { fill: EDITORIAL.muted, lineHeight: 1.4, minFontSize: px(ctx, 42) }), 4, 'top'),
    ],
    end: (ctx) => [
      say(ctx, 'call to action', EXAMPLES.callToAction, sans(px(ctx, 96), { fontFamily: 'Playfair Display', fontWeight: 700, fill: EDITORIAL.ink, lineHeight: 1.1 }), 3, 'bottom'),
      rule(ctx, EDITORIAL.accent, 'left'),
      sayFixed(ctx, 'handle', EXAMPLES.handle, sans(px(ctx, 48), { fontWeight: 700, fill: EDITORIAL.accent }), 64),
      { weight: 1, make: () => [] },
    ],
    footer: (ctx, band) => ({
      pageNumber: footerText(ctx, 'page number', band, same(PAGE_NUMBER), sans(px(ctx, 32), { fontWeight: 700, fill: EDITORIAL.ink }), 'left'),
      swipe: footerText(ctx, 'swipe hint', band, SWIPE, sans(px(ctx, 32), { fontWeight: 700, fill: EDITORIAL.accent, letterSpacing: 100, textCase: 'upper' }), 'right'),
    }),
  }),
  defineCarousel({
    slug: 'carousel-corporate',
    name: words('Clean corporate carousel', 'Carrousel corporate sobre'),
    tags: { en: ['carousel', 'slides', 'linkedin', 'document', 'corporate', 'business', 'pdf'], fr: ['carrousel', 'diapositives', 'linkedin', 'document', 'entreprise', 'professionnel', 'pdf'] },
    formats: [DOCUMENT, CAROUSEL, CAROUSEL_SQUARE],
    background: CORPORATE.paper,
    margin: 96,
    decor: (ctx, role) => [
      panel('top bar', { x: 0, y: 0, width: ctx.format.width, height: px(ctx, 18) }, CORPORATE.accent),
      ...(role === 'content' ? [] : [panel('side band', { x: 0, y: px(ctx, 18), width: px(ctx, 24), height: ctx.format.height - px(ctx, 18) }, CORPORATE.band)]),
    ],
    title: (ctx) => [
      sayFixed(ctx, 'kicker', EXAMPLES.kicker, sans(px(ctx, 34), { fontFamily: 'Montserrat', fontWeight: 700, fill: CORPORATE.accent, letterSpacing: 150, textCase: 'upper' }), 50),
      say(ctx, CAROUSEL_SLOTS.title, EXAMPLES.title, sans(px(ctx, 104), { fontFamily: 'Montserrat', fontWeight: 700, fill: CORPORATE.ink, lineHeight: 1.1, minFontSize: px(ctx, 48) }), 4, 'bottom'),
      rule(ctx, CORPORATE.accent, 'left'),
      say(ctx, 'subtitle', EXAMPLES.subtitle, sans(px(ctx, 42), { fill: CORPORATE.muted, lineHeight: 1.35 }), 2, 'top'),
    ],
    content: (ctx) => [
      sayFixed(ctx, CAROUSEL_SLOTS.number, EXAMPLES.number, sans(px(ctx, 56), { fontFamily: 'Montserrat', fontWeight: 700, fill: CORPORATE.accent, lineHeight: 1 }), 64),
      rule(ctx, CORPORATE.accent, 'left'),
      say(ctx, CAROUSEL_SLOTS.heading, EXAMPLES.heading, sans(px(ctx, 78), { fontFamily: 'Montserrat', fontWeight: 700, fill: CORPORATE.ink, lineHeight: 1.15, minFontSize: px(ctx, 40) }), 2, 'top'),
      say(ctx, CAROUSEL_SLOTS.body, EXAMPLES.body, sans(px(ctx, 54), { fill: CORPORATE.muted, lineHeight: 1.45, minFontSize: px(ctx, 40) }), 5, 'top'),
    ],
    end: (ctx) => [
      say(ctx, 'call to action', EXAMPLES.callToAction, sans(px(ctx, 84), { fontFamily: 'Montserrat', fontWeight: 700, fill: CORPORATE.ink, lineHeight: 1.15 }), 3, 'bottom'),
      rule(ctx, CORPORATE.accent, 'left'),
      sayFixed(ctx, 'handle', EXAMPLES.handle, sans(px(ctx, 44), { fontWeight: 700, fill: CORPORATE.accent }), 60),
      { weight: 1, make: () => [] },
    ],
    footer: (ctx, band) => ({
      pageNumber: footerText(ctx, 'page number', band, same(PAGE_NUMBER), sans(px(ctx, 30), { fill: CORPORATE.muted }), 'right'),
      swipe: footerText(ctx, 'swipe hint', band, SWIPE, sans(px(ctx, 30), { fontFamily: 'Montserrat', fontWeight: 700, fill: CORPORATE.accent }), 'left'),
    }),
  }),
  defineCarousel({
    slug: 'carousel-playful',
    name: words('Playful carousel', 'Carrousel ludique'),
    tags: { en: ['carousel', 'slides', 'playful', 'fun', 'colourful', 'tips'], fr: ['carrousel', 'diapositives', 'ludique', 'fun', 'coloré', 'astuces'] },
    formats: [CAROUSEL, CAROUSEL_SQUARE, TIKTOK_PHOTO, DOCUMENT],
    background: PLAYFUL.paper,
    margin: 120,
    gap: 28,
    footerGap: 88,
    decor: (ctx) => {
      // A white card with rounded corners over the yellow page; the footer sits below it.
      const { band } = contentContext(ctx, 120, 88);
      const edge = px(ctx, 56);
      const top = ctx.frame.y + edge;
      return [
        createShapeElement({ shape: 'ellipse', x: ctx.format.width - px(ctx, 210), y: ctx.frame.y - px(ctx, 90), width: px(ctx, 300), height: px(ctx, 300), name: 'sun', fill: '#ffa94d' }),
        panel('card', { x: ctx.frame.x + edge, y: top, width: ctx.frame.width - edge * 2, height: band.y - px(ctx, 24) - top }, PLAYFUL.card, { cornerRadius: px(ctx, 48) }),
      ];
    },
    title: (ctx) => [
      sayFixed(ctx, 'kicker', words('Quick tips', 'Astuces express'), sans(px(ctx, 76), { fontFamily: 'Caveat', fontWeight: 700, fill: PLAYFUL.accent, align: 'center', lineHeight: 1 }), 90),
      say(ctx, CAROUSEL_SLOTS.title, EXAMPLES.title, sans(px(ctx, 104), { fontFamily: 'Montserrat', fontWeight: 700, fill: PLAYFUL.ink, align: 'center', lineHeight: 1.1, minFontSize: px(ctx, 48) }), 4, 'middle'),
      say(ctx, 'subtitle', EXAMPLES.subtitle, sans(px(ctx, 42), { fill: PLAYFUL.muted, align: 'center', lineHeight: 1.3 }), 1, 'top'),
    ],
    content: (ctx) => [
      {
        fixed: 120,
        make: (box) => {
          const size = box.height;
          const circle = { x: box.x + Math.round((box.width - size) / 2), y: box.y, width: size, height: size };
          return [
            createShapeElement({ shape: 'ellipse', ...circle, name: 'number disc', fill: PLAYFUL.accent }),
            textSlot(ctx, CAROUSEL_SLOTS.number, inset(circle, px(ctx, 14)), EXAMPLES.number, { ...sans(px(ctx, 56), { fontFamily: 'Montserrat', fontWeight: 700, fill: '#ffffff', align: 'center', lineHeight: 1 }), autoFit: true, verticalAlign: 'middle' }),
          ];
        },
      },
      say(ctx, CAROUSEL_SLOTS.heading, EXAMPLES.heading, sans(px(ctx, 78), { fontFamily: 'Montserrat', fontWeight: 700, fill: PLAYFUL.ink, align: 'center', lineHeight: 1.12, minFontSize: px(ctx, 40) }), 2, 'middle'),
      say(ctx, CAROUSEL_SLOTS.body, EXAMPLES.body, sans(px(ctx, 54), { fill: PLAYFUL.muted, align: 'center', lineHeight: 1.4, minFontSize: px(ctx, 40) }), 4, 'top'),
    ],
    end: (ctx) => [
      { weight: 1, make: () => [] },
      say(ctx, 'call to action', EXAMPLES.callToAction, sans(px(ctx, 92), { fontFamily: 'Montserrat', fontWeight: 700, fill: PLAYFUL.ink, align: 'center', lineHeight: 1.12 }), 4, 'middle'),
      sayFixed(ctx, 'handle', EXAMPLES.handle, sans(px(ctx, 80), { fontFamily: 'Caveat', fontWeight: 700, fill: PLAYFUL.accent, align: 'center', lineHeight: 1 }), 96),
      { weight: 1, make: () => [] },
    ],
    footer: (ctx, band) => ({
      pageNumber: footerText(ctx, 'page number', band, same(PAGE_NUMBER), sans(px(ctx, 32), { fontFamily: 'Montserrat', fontWeight: 700, fill: PLAYFUL.ink }), 'left'),
      swipe: footerText(ctx, 'swipe hint', band, SWIPE, sans(px(ctx, 60), { fontFamily: 'Caveat', fontWeight: 700, fill: PLAYFUL.accent, lineHeight: 1 }), 'right'),
    }),
  }),
];

/** The carousel made by text to carousel when none is named (the CLI, the dialog's first choice). */
export const DEFAULT_CAROUSEL_TEMPLATE = 'bank:carousel-corporate';

/**
 * Classic memes: the user's picture covering the whole page (full bleed, as Reels and Stories want
 * it at 9:16), outlined bold condensed capitals over it inside the frame (the safe zone at 9:16),
 * the top line held to the top edge and the bottom line to the bottom edge.
 */
import type { Element } from '../../schema';
import { defineTemplate, memeCaps, pageBox, pictureSlot, PORTRAIT, px, SQUARE, STORY, textSlot, words, type LayoutContext, type Words } from './layout';

const MEME_FORMATS = [SQUARE, PORTRAIT, STORY];

/** The picture under the whole page and the lines asked for, each in a band of `share` of the frame's height. */
function classic(ctx: LayoutContext, lines: { top?: Words; bottom?: Words }, share: number): Element[] {
  const { frame } = ctx;
  const margin = px(ctx, 36);
  const height = Math.round(frame.height * share);
  const width = frame.width - margin * 2;
  const size = px(ctx, 120);
  const elements: Element[] = [pictureSlot('picture', pageBox(ctx), { focalY: 0.45 })];
  if (lines.top) elements.push(textSlot(ctx, 'top', { x: frame.x + margin, y: frame.y + margin, width, height }, lines.top, memeCaps(size, 'top')));
  if (lines.bottom) {
    const y = frame.y + frame.height - margin - height;
    elements.push(textSlot(ctx, 'bottom', { x: frame.x + margin, y, width, height }, lines.bottom, memeCaps(size, 'bottom')));
  }
  return elements;
}

export const CLASSIC = [
  defineTemplate({
    slug: 'classic',
    name: words('Classic top and bottom', 'Classique haut et bas'),
    tags: { en: ['classic', 'top text', 'bottom text', 'impact', 'outline', 'capitals'], fr: ['classique', 'texte en haut', 'texte en bas', 'contour', 'majuscules'] },
    formats: MEME_FORMATS,
    background: '#000000',
    elements: (ctx) =>
      classic(ctx, { top: words('When the code works on the first try', 'Quand le code marche du premier coup'), bottom: words('And nobody knows why', 'Et personne ne sait pourquoi') }, 0.22),
  }),
  defineTemplate({
    slug: 'classic-top',
    name: words('Top text only', 'Texte en haut seulement'),
    tags: { en: ['classic', 'top text', 'outline', 'capitals'], fr: ['classique', 'texte en haut', 'contour', 'majuscules'] },
    formats: MEME_FORMATS,
    background: '#000000',
    elements: (ctx) => classic(ctx, { top: words('Me pretending to understand the spreadsheet', 'Moi qui fais semblant de comprendre le tableur') }, 0.28),
  }),
  defineTemplate({
    slug: 'classic-bottom',
    name: words('Bottom text only', 'Texte en bas seulement'),
    tags: { en: ['classic', 'bottom text', 'outline', 'capitals'], fr: ['classique', 'texte en bas', 'contour', 'majuscules'] },
    formats: MEME_FORMATS,
    background: '#000000',
    elements: (ctx) => classic(ctx, { bottom: words('Monday again? Already?', 'Déjà lundi ? Sérieusement ?') }, 0.28),
  }),
];

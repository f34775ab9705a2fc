/**
 * Demotivational posters: the picture in a thin white frame on black, a serif title in capitals
 * and a line of sans under it, the whole block centred in the frame.
 */
import type { Element } from '../../schema';
import { defineTemplate, panel, pictureSlot, PORTRAIT, px, sans, SQUARE, STORY, textSlot, words, type LayoutContext, type Words } from './layout';

function poster(ctx: LayoutContext, title: Words, subtitle: Words, titleFont: 'Playfair Display' | 'Lora'): Element[] {
  const { frame } = ctx;
  const width = Math.round(frame.width * 0.78);
  const pictureHeight = Math.min(Math.round(frame.height * 0.58), Math.round(width * 0.9));
  const border = px(ctx, 12);
  const titleGap = px(ctx, 44);
  const titleHeight = px(ctx, 120);
  const subtitleHeight = px(ctx, 96);
  const block = pictureHeight + titleGap + titleHeight + px(ctx, 8) + subtitleHeight;
  const x = frame.x + Math.round((frame.width - width) / 2);
  const y = frame.y + Math.round((frame.height - block) / 2);
  const textX = frame.x + Math.round(frame.width * 0.06);
  const textWidth = frame.width - Math.round(frame.width * 0.06) * 2;
  const titleY = y + pictureHeight + titleGap;
  return [
    panel('frame', { x: x - border, y: y - border, width: width + border * 2, height: pictureHeight + border * 2 }, 'transparent', { stroke: { color: '#ffffff', width: px(ctx, 3) } }),
    pictureSlot('picture', { x, y, width, height: pictureHeight }),
    textSlot(ctx, 'title', { x: textX, y: titleY, width: textWidth, height: titleHeight }, title, {
      ...sans(px(ctx, 100), { fontFamily: titleFont, fill: '#ffffff', align: 'center', lineHeight: 1.1 }),
      textCase: 'upper',
      letterSpacing: 80,
      autoFit: true,
      verticalAlign: 'middle',
    }),
    textSlot(ctx, 'subtitle', { x: textX, y: titleY + titleHeight + px(ctx, 8), width: textWidth, height: subtitleHeight }, subtitle, {
      ...sans(px(ctx, 40), { fill: '#e6e6e6', align: 'center' }),
      autoFit: true,
    }),
  ];
}

const posterTags = { en: ['demotivational', 'poster', 'motivational', 'black frame', 'title'], fr: ['démotivation', 'affiche', 'motivation', 'cadre noir', 'titre'] };

export const POSTERS = [
  defineTemplate({
    slug: 'demotivational',
    name: words('Demotivational poster', 'Affiche démotivante'),
    tags: posterTags,
    formats: [SQUARE, PORTRAIT, STORY],
    background: '#000000',
    elements: (ctx) => poster(ctx, words('Meetings', 'Réunions'), words('Because an email would have been far too quick.', 'Parce qu\'un e-mail aurait été bien trop rapide.'), 'Playfair Display'),
  }),
  defineTemplate({
    slug: 'demotivational-serif',
    name: words('Demotivational poster, book serif', 'Affiche démotivante, sérif livre'),
    tags: posterTags,
    formats: [PORTRAIT, SQUARE, STORY],
    background: '#000000',
    elements: (ctx) => poster(ctx, words('Deadlines', 'Échéances'), words('They are closer than they appear.', 'Elles sont plus proches qu\'elles n\'en ont l\'air.'), 'Lora'),
  }),
];

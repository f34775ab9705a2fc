/**
 * Fake post cards: a generic social post (avatar, name, handle, words, maybe a picture) and a
 * phone notification over a picture. Generic on purpose: no network's name, logo or look.
 */
import type { Element } from '../../schema';
import { defineTemplate, panel, pictureSlot, PORTRAIT, px, sans, SQUARE, STORY, textSlot, words, type Box, type LayoutContext } from './layout';

const CARD_FORMATS = [SQUARE, PORTRAIT, STORY];

/** The post card centred in the frame, with a picture under the words when `picture` is set. */
function postCard(ctx: LayoutContext, withPicture: boolean): Element[] {
  const { frame } = ctx;
  const margin = px(ctx, 60);
  const pad = px(ctx, 48);
  const avatar = px(ctx, 120);
  const gap = px(ctx, 32);
  const width = frame.width - margin * 2;
  const inner = width - pad * 2;
  const room = frame.height - margin * 2 - pad * 2 - avatar - gap;
  const textHeight = withPicture ? Math.round(Math.min(room * 0.3, px(ctx, 260))) : Math.round(Math.min(room, px(ctx, 520)));
  const pictureHeight = withPicture ? Math.min(room - textHeight - gap, Math.round(inner * 0.75)) : 0;
  const height = pad * 2 + avatar + gap + textHeight + (withPicture ? gap + pictureHeight : 0);
  const card: Box = { x: frame.x + margin, y: frame.y + Math.round((frame.height - height) / 2), width, height };
  const left = card.x + pad;
  const top = card.y + pad;
  const nameX = left + avatar + px(ctx, 28);
  const nameWidth = card.x + card.width - pad - nameX;
  const textY = top + avatar + gap;
  const elements: Element[] = [
    panel('card', card, '#ffffff', { cornerRadius: px(ctx, 36) }),
    pictureSlot('avatar', { x: left, y: top, width: avatar, height: avatar }, { shape: 'ellipse', required: false }),
    textSlot(ctx, 'name', { x: nameX, y: top + px(ctx, 8), width: nameWidth, height: px(ctx, 54) }, words('Camille from Accounting', 'Camille de la compta'), { ...sans(px(ctx, 44), { fontWeight: 700 }), autoFit: true }),
    textSlot(ctx, 'handle', { x: nameX, y: top + px(ctx, 66), width: nameWidth, height: px(ctx, 46) }, words('@camille.counts', '@camille.compte'), { ...sans(px(ctx, 36), { fill: '#6b7280' }), autoFit: true }),
    textSlot(ctx, 'post', { x: left, y: textY, width: inner, height: textHeight }, words('Nobody:\nAbsolutely nobody:\nMe: replying "noted" to an email from 2019', 'Personne :\nAbsolument personne :\nMoi : répondre « bien noté » à un e-mail de 2019'), {
      ...sans(px(ctx, withPicture ? 48 : 60)),
      autoFit: true,
    }),
  ];
  if (withPicture) elements.push(pictureSlot('picture', { x: left, y: textY + textHeight + gap, width: inner, height: pictureHeight }, { cornerRadius: px(ctx, 24) }));
  return elements;
}

export const CARDS = [
  defineTemplate({
    slug: 'social-post',
    name: words('Social post card', 'Carte de publication'),
    tags: { en: ['post', 'tweet', 'social', 'card', 'screenshot', 'avatar'], fr: ['publication', 'tweet', 'réseau', 'carte', 'capture', 'avatar'] },
    formats: CARD_FORMATS,
    background: '#e9ecf1',
    elements: (ctx) => postCard(ctx, false),
  }),
  defineTemplate({
    slug: 'social-post-picture',
    name: words('Social post card with a picture', 'Carte de publication avec image'),
    tags: { en: ['post', 'tweet', 'social', 'card', 'screenshot', 'picture'], fr: ['publication', 'tweet', 'réseau', 'carte', 'capture', 'image'] },
    formats: CARD_FORMATS,
    background: '#e9ecf1',
    elements: (ctx) => postCard(ctx, true),
  }),
  defineTemplate({
    slug: 'notification',
    name: words('Phone notification', 'Notification de téléphone'),
    tags: { en: ['notification', 'phone', 'reminder', 'alert', 'lock screen'], fr: ['notification', 'téléphone', 'rappel', 'alerte', 'écran verrouillé'] },
    formats: CARD_FORMATS,
    background: '#000000',
    elements: (ctx) => {
      const { frame } = ctx;
      const margin = px(ctx, 48);
      const pad = px(ctx, 32);
      const icon = px(ctx, 72);
      const card: Box = { x: frame.x + margin, y: frame.y + Math.round(frame.height * 0.12), width: frame.width - margin * 2, height: px(ctx, 280) };
      const textX = card.x + pad + icon + px(ctx, 24);
      const textWidth = card.x + card.width - pad - textX;
      return [
        pictureSlot('picture', frame),
        panel('card', card, '#f4f4f6f2', { cornerRadius: px(ctx, 40) }),
        panel('app icon', { x: card.x + pad, y: card.y + pad, width: icon, height: icon }, '#3b82f6', {
          cornerRadius: px(ctx, 18),
          slot: { kind: 'color', name: 'app colour', property: 'fill' },
        }),
        textSlot(ctx, 'app', { x: textX, y: card.y + pad, width: textWidth, height: px(ctx, 40) }, words('Calendar · now', 'Agenda · maintenant'), { ...sans(px(ctx, 30), { fill: '#6b7280' }), autoFit: true }),
        textSlot(ctx, 'title', { x: textX, y: card.y + pad + px(ctx, 46), width: textWidth, height: px(ctx, 52) }, words('Reminder', 'Rappel'), { ...sans(px(ctx, 40), { fontWeight: 700 }), autoFit: true }),
        textSlot(ctx, 'message', { x: textX, y: card.y + pad + px(ctx, 104), width: textWidth, height: card.height - pad * 2 - px(ctx, 104) }, words('The meeting that could have been an email starts in 5 minutes', 'La réunion qui aurait pu être un e-mail commence dans 5 minutes'), {
          ...sans(px(ctx, 38)),
          autoFit: true,
        }),
      ];
    },
  }),
];

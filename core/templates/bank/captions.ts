/**
 * Caption layouts: words in a band above or below the picture (the Reels and TikTok look), a
 * reaction picture under its caption, and the "POV:" and "Nobody: / Me:" text formats.
 *
 * A caption band is the caption's own highlight box (padding on every side, full width of the
 * frame), and the caption holds to the picture's edge (design schema v7 `verticalAlign`): more
 * lines make the band grow away from the picture, whose box never moves.
 */
import type { Element } from '../../schema';
import {
  defineTemplate,
  panel,
  pictureSlot,
  PORTRAIT,
  px,
  sans,
  SQUARE,
  STORY,
  textSlot,
  TIKTOK,
  words,
  type LayoutContext,
  type Words,
} from './layout';

const MEME_FORMATS = [SQUARE, PORTRAIT, STORY];

/** The caption's font size and line height, and the band's padding. */
function captionMetrics(ctx: LayoutContext) {
  const fontSize = px(ctx, 52);
  return { fontSize, lineHeight: 1.16, line: Math.round(fontSize * 1.16), pad: px(ctx, 36) };
}

/**
 * The picture at the frame's foot (`above`) or head, with room for about five caption lines on the
 * other side; the caption's box is one line tall against the picture, and grows away from it.
 */
function captionBand(ctx: LayoutContext, side: 'above' | 'below', example: Words, colors: { band: string; text: string }): Element[] {
  const { frame } = ctx;
  const { fontSize, lineHeight, line, pad } = captionMetrics(ctx);
  const room = Math.round(frame.height * 0.32);
  const pictureHeight = frame.height - room;
  const pictureY = side === 'above' ? frame.y + room : frame.y;
  const picture = pictureSlot('picture', { x: frame.x, y: pictureY, width: frame.width, height: pictureHeight });
  const y = side === 'above' ? pictureY - pad - line : pictureY + pictureHeight + pad;
  const caption = textSlot(ctx, 'caption', { x: frame.x + pad, y, width: frame.width - pad * 2, height: line }, example, {
    ...sans(fontSize, { fill: colors.text, lineHeight }),
    background: { color: colors.band, padding: pad, radius: 0 },
    verticalAlign: side === 'above' ? 'bottom' : 'top',
  });
  return [picture, caption];
}

const captionTags = {
  en: ['caption', 'band', 'white band', 'reels', 'tiktok', 'text above'],
  fr: ['légende', 'bandeau', 'bandeau blanc', 'reels', 'tiktok', 'texte au-dessus'],
};

export const CAPTIONS = [
  defineTemplate({
    slug: 'caption-card',
    name: words('Caption card', 'Carte légende'),
    tags: captionTags,
    formats: [SQUARE, PORTRAIT, STORY, TIKTOK],
    background: '#101014',
    elements: (ctx) =>
      captionBand(ctx, 'above', words('When the “quick meeting” is still going two hours later', 'Quand la réunion « rapide » dure encore deux heures plus tard'), { band: '#ffffff', text: '#111111' }),
  }),
  defineTemplate({
    slug: 'caption-card-dark',
    name: words('Caption card, dark band', 'Carte légende, bandeau sombre'),
    tags: { en: [...captionTags.en, 'dark', 'black band'], fr: [...captionTags.fr, 'sombre', 'bandeau noir'] },
    formats: [SQUARE, PORTRAIT, STORY, TIKTOK],
    background: '#ffffff',
    elements: (ctx) =>
      captionBand(ctx, 'above', words('Me explaining my job to my family at dinner', 'Moi qui explique mon métier à ma famille au dîner'), { band: '#000000', text: '#ffffff' }),
  }),
  defineTemplate({
    slug: 'bottom-caption',
    name: words('Caption below the picture', 'Légende sous l’image'),
    tags: { en: ['caption', 'band', 'bottom', 'text below', 'subtitle'], fr: ['légende', 'bandeau', 'en bas', 'texte en dessous', 'sous-titre'] },
    formats: MEME_FORMATS,
    background: '#101014',
    elements: (ctx) => captionBand(ctx, 'below', words('The face you make when someone says "let\'s circle back"', 'La tête qu\'on fait quand quelqu\'un dit « on en reparle »'), { band: '#ffffff', text: '#111111' }),
  }),
  defineTemplate({
    slug: 'reaction',
    name: words('Reaction picture with caption', 'Image de réaction avec légende'),
    tags: { en: ['reaction', 'caption', 'face', 'mood'], fr: ['réaction', 'légende', 'tête', 'humeur'] },
    formats: MEME_FORMATS,
    background: '#ffffff',
    elements: (ctx) => {
      const { frame } = ctx;
      const margin = px(ctx, 48);
      const captionHeight = Math.round(frame.height * 0.2);
      const pictureY = frame.y + margin + captionHeight + px(ctx, 24);
      return [
        textSlot(ctx, 'caption', { x: frame.x + margin, y: frame.y + margin, width: frame.width - margin * 2, height: captionHeight }, words('My face when the "quick call" has 14 people in it', 'Ma tête quand l\'« appel rapide » compte 14 personnes'), {
          ...sans(px(ctx, 64), { fontWeight: 700 }),
          autoFit: true,
          verticalAlign: 'bottom',
        }),
        pictureSlot('picture', { x: frame.x + margin, y: pictureY, width: frame.width - margin * 2, height: frame.y + frame.height - margin - pictureY }, { cornerRadius: px(ctx, 28), focalY: 0.4 }),
      ];
    },
  }),
  defineTemplate({
    slug: 'pov',
    name: words('POV:', 'POV :'),
    tags: { en: ['pov', 'point of view', 'text format', 'tiktok'], fr: ['pov', 'point de vue', 'format texte', 'tiktok'] },
    formats: MEME_FORMATS,
    background: '#000000',
    elements: (ctx) => {
      const { frame } = ctx;
      const margin = px(ctx, 48);
      const size = px(ctx, 68);
      return [
        pictureSlot('picture', frame),
        textSlot(ctx, 'pov', { x: frame.x + margin, y: frame.y + margin, width: frame.width - margin * 2, height: Math.round(frame.height * 0.22) }, words('POV: you said you\'d only check one email', 'POV : tu devais juste vérifier un e-mail'), {
          ...sans(size, { fontWeight: 700, fill: '#ffffff', align: 'center' }),
          stroke: { color: '#000000', width: Math.max(2, Math.round(size * 0.1)) },
          autoFit: true,
        }),
      ];
    },
  }),
  defineTemplate({
    slug: 'nobody-me',
    name: words('Nobody: / Me:', 'Personne : / Moi :'),
    tags: { en: ['nobody', 'me', 'text format', 'nobody me'], fr: ['personne', 'moi', 'format texte', 'personne moi'] },
    formats: MEME_FORMATS,
    background: '#ffffff',
    elements: (ctx) => {
      const { frame } = ctx;
      const margin = px(ctx, 48);
      const band = Math.round(frame.height * 0.3);
      const first = Math.round((band - margin * 2) * 0.36);
      const gap = px(ctx, 12);
      const second = band - margin * 2 - first - gap;
      return [
        panel('band', { x: frame.x, y: frame.y, width: frame.width, height: band }, '#ffffff'),
        textSlot(ctx, 'nobody', { x: frame.x + margin, y: frame.y + margin, width: frame.width - margin * 2, height: first }, words('Nobody:', 'Personne :'), { ...sans(px(ctx, 56)), autoFit: true }),
        textSlot(ctx, 'me', { x: frame.x + margin, y: frame.y + margin + first + gap, width: frame.width - margin * 2, height: second }, words('Me at 2 a.m.: what if I reorganised every folder?', 'Moi à 2 h du matin : et si je rangeais tous mes dossiers ?'), { ...sans(px(ctx, 56)), autoFit: true }),
        pictureSlot('picture', { x: frame.x, y: frame.y + band, width: frame.width, height: frame.height - band }),
      ];
    },
  }),
];

/**
 * Starter templates for everyday posts made of words and shapes: quote, announcement, tip,
 * question, statistic, list, milestone, myth / fact, opening hours, hiring, countdown, save the
 * date. Each is a column of blocks in the frame; the page colour is a colour slot, so a brand's
 * colour goes in with the words.
 */
import type { Element } from '../../schema';
import {
  colourBackground,
  column,
  defineTemplate,
  FACEBOOK,
  fixedText,
  LANDSCAPE,
  LINKEDIN,
  panel,
  PORTRAIT,
  px,
  sans,
  SQUARE,
  STORY,
  textSlot,
  words,
  type Box,
  type LayoutContext,
  type Piece,
  type TemplateSpec,
  type TextStyle,
  type Words,
} from './layout';

export const POST_FORMATS = [PORTRAIT, SQUARE, STORY, LINKEDIN, FACEBOOK];

/** A block holding one auto-fit text slot. */
export function say(ctx: LayoutContext, name: string, example: Words, style: TextStyle, weight = 1, verticalAlign: 'top' | 'middle' | 'bottom' = 'middle'): Piece {
  return { weight, make: (box: Box) => [textSlot(ctx, name, box, example, { ...style, autoFit: true, verticalAlign })] };
}

/** Same, at a fixed height (reference pixels). */
export function sayFixed(ctx: LayoutContext, name: string, example: Words, style: TextStyle, height: number): Piece {
  return { fixed: height, make: (box: Box) => [textSlot(ctx, name, box, example, { ...style, autoFit: true, verticalAlign: 'middle' })] };
}

/** A short rule, centred or at the left of its block. */
export function rule(ctx: LayoutContext, color: string, align: 'left' | 'center' = 'center'): Piece {
  return {
    fixed: 8,
    make: (box) => {
      const width = px(ctx, 120);
      return [panel('rule', { x: align === 'left' ? box.x : box.x + Math.round((box.width - width) / 2), y: box.y, width, height: box.height }, color, { cornerRadius: px(ctx, 4) })];
    },
  };
}

type PostSpec = Omit<TemplateSpec, 'category' | 'elements' | 'formats' | 'background'> & {
  formats?: readonly string[];
  color: string;
  pieces: (ctx: LayoutContext) => Piece[];
  margin?: number;
  gap?: number;
};

/** A post: its colour background (a colour slot), then its column of blocks. */
export function post(spec: PostSpec) {
  return defineTemplate({
    ...spec,
    category: 'post',
    formats: spec.formats ?? POST_FORMATS,
    background: spec.color,
    elements: (ctx): Element[] => [colourBackground(ctx, spec.color), ...column(ctx, spec.pieces(ctx), { margin: spec.margin, gap: spec.gap })],
  });
}

const heading = (ctx: LayoutContext, size: number, options: Partial<TextStyle> = {}) => sans(px(ctx, size), { fontFamily: 'Montserrat', fontWeight: 700, align: 'center', lineHeight: 1.1, ...options });
const body = (ctx: LayoutContext, size: number, options: Partial<TextStyle> = {}) => sans(px(ctx, size), { align: 'center', lineHeight: 1.3, ...options });

export const POSTS_WORDS = [
  post({
    slug: 'post-quote',
    name: words('Quote', 'Citation'),
    tags: { en: ['quote', 'citation', 'words', 'inspiration'], fr: ['citation', 'phrase', 'mots', 'inspiration'] },
    formats: [...POST_FORMATS, LANDSCAPE],
    color: '#f3ede2',
    pieces: (ctx) => [
      { fixed: 140, make: (box) => [fixedText(ctx, 'quotation mark', box, { en: '“', fr: '«' }, { ...sans(px(ctx, 200), { fontFamily: 'Playfair Display', fontWeight: 700, fill: '#b5651d', align: 'center', lineHeight: 1 }), autoFit: true })] },
      say(ctx, 'quote', words('Simplicity is the shortest path to a good idea.', 'La simplicité est le plus court chemin vers une bonne idée.'), sans(px(ctx, 84), { fontFamily: 'Playfair Display', fontStyle: 'italic', align: 'center', fill: '#2b2118', lineHeight: 1.2 }), 3),
      rule(ctx, '#b5651d'),
      sayFixed(ctx, 'author', words('Claire Martin, founder', 'Claire Martin, fondatrice'), body(ctx, 40, { fill: '#6b5a48' }), 60),
    ],
  }),
  post({
    slug: 'post-announcement',
    name: words('Announcement', 'Annonce'),
    tags: { en: ['announcement', 'news', 'update', 'important'], fr: ['annonce', 'nouvelle', 'actualité', 'important'] },
    color: '#1d3557',
    pieces: (ctx) => [
      sayFixed(ctx, 'kicker', words('Announcement', 'Annonce'), heading(ctx, 40, { fill: '#a8dadc', letterSpacing: 200, textCase: 'upper' }), 60),
      say(ctx, 'headline', words('We are moving to a bigger workshop!', 'Nous déménageons dans un atelier plus grand !'), heading(ctx, 110, { fill: '#ffffff' }), 3),
      rule(ctx, '#e63946'),
      say(ctx, 'details', words('From 2 June, find us at 12 Harbour Street. Same team, more room.', 'Dès le 2 juin, retrouvez-nous au 12 rue du Port. Même équipe, plus de place.'), body(ctx, 48, { fill: '#f1faee' }), 2),
    ],
  }),
  post({
    slug: 'post-tip',
    name: words('Tip of the day', 'Astuce du jour'),
    tags: { en: ['tip', 'advice', 'how to', 'hack'], fr: ['astuce', 'conseil', 'tutoriel', 'truc'] },
    color: '#fff3bf',
    pieces: (ctx) => [
      sayFixed(ctx, 'number', words('Tip #3', 'Astuce n° 3'), sans(px(ctx, 150), { fontFamily: 'Bebas Neue', fill: '#f08c00', align: 'left', lineHeight: 1 }), 160),
      say(ctx, 'tip', words('Write the headline last: you will know what the post is really about.', 'Écrivez le titre en dernier : vous saurez enfin de quoi parle la publication.'), heading(ctx, 80, { fill: '#212529', align: 'left' }), 3, 'top'),
      sayFixed(ctx, 'footer', words('Save it for later', 'Enregistrez-la pour plus tard'), body(ctx, 40, { fill: '#5c4400', align: 'left' }), 60),
    ],
  }),
  post({
    slug: 'post-question',
    name: words('Question to the community', 'Question à la communauté'),
    tags: { en: ['question', 'community', 'poll', 'comments', 'engagement'], fr: ['question', 'communauté', 'sondage', 'commentaires', 'engagement'] },
    formats: [...POST_FORMATS, LANDSCAPE],
    color: '#7048e8',
    pieces: (ctx) => [
      sayFixed(ctx, 'kicker', words('Your turn', 'À vous'), heading(ctx, 44, { fill: '#e5dbff', letterSpacing: 150, textCase: 'upper' }), 60),
      say(ctx, 'question', words('Coffee or tea to start the day?', 'Café ou thé pour commencer la journée ?'), heading(ctx, 120, { fill: '#ffffff' }), 3),
      sayFixed(ctx, 'call to action', words('Tell us in the comments', 'Dites-le-nous en commentaire'), body(ctx, 44, { fill: '#e5dbff' }), 70),
    ],
  }),
  post({
    slug: 'post-statistic',
    name: words('Key figure', 'Chiffre clé'),
    tags: { en: ['statistic', 'figure', 'number', 'data', 'percent'], fr: ['statistique', 'chiffre', 'nombre', 'donnée', 'pourcentage'] },
    color: '#0b7285',
    pieces: (ctx) => [
      say(ctx, 'figure', words('87%', '87\u202f%'), sans(px(ctx, 300), { fontFamily: 'Anton', fill: '#ffffff', align: 'center', lineHeight: 1 }), 2),
      say(ctx, 'meaning', words('of our customers come back within a year', 'de nos clients reviennent dans l\'année'), heading(ctx, 70, { fill: '#e3fafc' }), 2),
      sayFixed(ctx, 'source', words('Source: customer survey, 2026', 'Source : enquête clients, 2026'), body(ctx, 32, { fill: '#99e9f2' }), 50),
    ],
  }),
  post({
    slug: 'post-list',
    name: words('Three-point list', 'Liste en trois points'),
    tags: { en: ['list', 'checklist', 'steps', 'points'], fr: ['liste', 'check-list', 'étapes', 'points'] },
    color: '#ffffff',
    pieces: (ctx) => [
      say(ctx, 'title', words('3 habits for calmer mornings', '3 habitudes pour des matins plus calmes'), heading(ctx, 90, { fill: '#1b4332', align: 'left' }), 2),
      rule(ctx, '#52b788', 'left'),
      say(ctx, 'point 1', words('1. Prepare your bag the night before', '1. Préparer son sac la veille'), body(ctx, 56, { fill: '#2d6a4f', align: 'left' }), 1),
      say(ctx, 'point 2', words('2. Drink a glass of water first', '2. Boire un verre d\'eau en premier'), body(ctx, 56, { fill: '#2d6a4f', align: 'left' }), 1),
      say(ctx, 'point 3', words('3. Leave your phone in another room', '3. Laisser son téléphone dans une autre pièce'), body(ctx, 56, { fill: '#2d6a4f', align: 'left' }), 1),
    ],
  }),
  post({
    slug: 'post-milestone',
    name: words('Milestone thank-you', 'Merci pour un cap franchi'),
    tags: { en: ['milestone', 'thank you', 'followers', 'celebration', 'anniversary'], fr: ['cap', 'merci', 'abonnés', 'fête', 'anniversaire'] },
    color: '#ffe066',
    pieces: (ctx) => [
      say(ctx, 'figure', words('10,000', '10\u202f000'), sans(px(ctx, 260), { fontFamily: 'Bebas Neue', fill: '#212529', align: 'center', lineHeight: 1 }), 2),
      sayFixed(ctx, 'unit', words('followers', 'abonnés'), heading(ctx, 70, { fill: '#212529', textCase: 'upper', letterSpacing: 150 }), 90),
      say(ctx, 'thanks', words('Thank you for being here, every single one of you.', 'Merci d\'être là, chacune et chacun d\'entre vous.'), sans(px(ctx, 80), { fontFamily: 'Caveat', fontWeight: 700, fill: '#5f3dc4', align: 'center' }), 2),
    ],
  }),
  post({
    slug: 'post-myth-fact',
    name: words('Myth / fact', 'Idée reçue / réalité'),
    tags: { en: ['myth', 'fact', 'true false', 'education'], fr: ['idée reçue', 'réalité', 'vrai faux', 'pédagogie'] },
    color: '#f8f9fa',
    pieces: (ctx) => {
      const card = (name: string, label: Words, example: Words, fill: string, ink: string): Piece => ({
        weight: 1,
        make: (box) => [
          panel(`${name} card`, box, fill, { cornerRadius: px(ctx, 32) }),
          textSlot(ctx, `${name} label`, { x: box.x + px(ctx, 40), y: box.y + px(ctx, 32), width: box.width - px(ctx, 80), height: px(ctx, 56) }, label, { ...heading(ctx, 40, { fill: ink, align: 'left', letterSpacing: 150, textCase: 'upper' }), autoFit: true }),
          textSlot(ctx, name, { x: box.x + px(ctx, 40), y: box.y + px(ctx, 104), width: box.width - px(ctx, 80), height: box.height - px(ctx, 136) }, example, { ...body(ctx, 64, { fill: '#212529', align: 'left' }), autoFit: true, verticalAlign: 'middle' }),
        ],
      });
      return [
        card('myth', words('Myth', 'Idée reçue'), words('You need to post every day to grow.', 'Il faut publier tous les jours pour grandir.'), '#ffe3e3', '#c92a2a'),
        card('fact', words('Fact', 'Réalité'), words('Three good posts a week beat seven rushed ones.', 'Trois bonnes publications par semaine valent mieux que sept bâclées.'), '#d3f9d8', '#2b8a3e'),
      ];
    },
  }),
  post({
    slug: 'post-opening-hours',
    name: words('Opening hours', 'Horaires d’ouverture'),
    tags: { en: ['opening hours', 'hours', 'shop', 'schedule', 'holidays'], fr: ['horaires', 'ouverture', 'boutique', 'planning', 'vacances'] },
    color: '#264653',
    pieces: (ctx) => [
      say(ctx, 'title', words('Summer opening hours', 'Horaires d\'été'), heading(ctx, 100, { fill: '#e9c46a' }), 2),
      rule(ctx, '#e9c46a'),
      say(ctx, 'hours', words('Mon – Fri: 9 a.m. – 7 p.m.\nSaturday: 10 a.m. – 5 p.m.\nSunday: closed', 'Lun – ven : 9 h – 19 h\nSamedi : 10 h – 17 h\nDimanche : fermé'), body(ctx, 60, { fill: '#ffffff', lineHeight: 1.5 }), 3),
      sayFixed(ctx, 'note', words('From 1 July to 31 August', 'Du 1er juillet au 31 août'), body(ctx, 38, { fill: '#a8c5cf' }), 56),
    ],
  }),
  post({
    slug: 'post-hiring',
    name: words('We’re hiring', 'On recrute'),
    tags: { en: ['hiring', 'job', 'recruitment', 'career', 'team'], fr: ['recrutement', 'emploi', 'offre', 'carrière', 'équipe'] },
    color: '#e7f5ff',
    pieces: (ctx) => [
      sayFixed(ctx, 'kicker', words('We\'re hiring', 'On recrute'), sans(px(ctx, 120), { fontFamily: 'Bebas Neue', fill: '#1971c2', align: 'left', lineHeight: 1 }), 130),
      say(ctx, 'role', words('Community manager', 'Community manager'), heading(ctx, 100, { fill: '#0b2545', align: 'left' }), 2, 'top'),
      say(ctx, 'details', words('Full time · Lyon or remote · from September', 'CDI · Lyon ou télétravail · dès septembre'), body(ctx, 50, { fill: '#1c3d5a', align: 'left' }), 1, 'top'),
      sayFixed(ctx, 'contact', words('Apply: jobs@example.com', 'Candidatez : jobs@example.com'), heading(ctx, 44, { fill: '#1971c2', align: 'left' }), 64),
    ],
  }),
  post({
    slug: 'post-countdown',
    name: words('Countdown', 'Compte à rebours'),
    tags: { en: ['countdown', 'days left', 'launch', 'soon', 'event'], fr: ['compte à rebours', 'jours restants', 'lancement', 'bientôt', 'événement'] },
    color: '#212529',
    pieces: (ctx) => [
      sayFixed(ctx, 'kicker', words('Only', 'Plus que'), heading(ctx, 60, { fill: '#ced4da', textCase: 'upper', letterSpacing: 200 }), 80),
      say(ctx, 'number', words('3', '3'), sans(px(ctx, 420), { fontFamily: 'Anton', fill: '#ff922b', align: 'center', lineHeight: 1 }), 3),
      sayFixed(ctx, 'unit', words('days', 'jours'), heading(ctx, 80, { fill: '#ffffff', textCase: 'upper', letterSpacing: 200 }), 100),
      say(ctx, 'event', words('until the summer market opens', 'avant l\'ouverture du marché d\'été'), body(ctx, 52, { fill: '#ced4da' }), 1),
    ],
  }),
  post({
    slug: 'post-save-the-date',
    name: words('Save the date', 'À vos agendas'),
    tags: { en: ['save the date', 'date', 'event', 'invitation'], fr: ['à vos agendas', 'date', 'événement', 'invitation'] },
    color: '#fff0f6',
    pieces: (ctx) => [
      sayFixed(ctx, 'kicker', words('Save the date', 'À vos agendas'), sans(px(ctx, 90), { fontFamily: 'Pacifico', fill: '#c2255c', align: 'center' }), 130),
      say(ctx, 'date', words('14 June', '14 juin'), sans(px(ctx, 220), { fontFamily: 'Playfair Display', fontWeight: 700, fill: '#862e9c', align: 'center', lineHeight: 1 }), 2),
      rule(ctx, '#c2255c'),
      say(ctx, 'event', words('Our 10th birthday party', 'Les 10 ans de l\'atelier'), heading(ctx, 70, { fill: '#5f3dc4' }), 1),
      sayFixed(ctx, 'place', words('Workshop garden, 6 p.m.', 'Jardin de l\'atelier, 18 h'), body(ctx, 44, { fill: '#862e9c' }), 64),
    ],
  }),
];

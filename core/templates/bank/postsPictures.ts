/**
 * Starter templates for everyday posts around pictures: promotion with a price, event with date
 * and place, testimonial, product launch, before / after, webinar, giveaway, team member, new
 * article, behind the scenes. Pictures go in grey stand-ins (image slots), words in text slots.
 */
import type { Element } from '../../schema';
import { createShapeElement } from '../../schema';
import { grid, panel, pictureSlot, px, sans, textSlot, words, type Box, type LayoutContext, type Piece, type TextStyle } from './layout';
import { post, say, sayFixed } from './postsWords';

const heading = (ctx: LayoutContext, size: number, options: Partial<TextStyle> = {}) => sans(px(ctx, size), { fontFamily: 'Montserrat', fontWeight: 700, align: 'left', lineHeight: 1.1, ...options });
const body = (ctx: LayoutContext, size: number, options: Partial<TextStyle> = {}) => sans(px(ctx, size), { align: 'left', lineHeight: 1.3, ...options });

/** A block holding a picture slot (rounded corners). */
function photo(ctx: LayoutContext, name: string, weight: number, radius = 32): Piece {
  return { weight, make: (box) => [pictureSlot(name, box, { cornerRadius: px(ctx, radius) })] };
}

/** Five stars (shapes), left-aligned in their block. */
function stars(ctx: LayoutContext, color: string): Piece {
  return {
    fixed: 64,
    make: (box) => {
      const size = box.height;
      const gap = px(ctx, 10);
      return Array.from({ length: 5 }, (_, i) =>
        createShapeElement({ shape: 'star', name: `star ${i + 1}`, x: box.x + i * (size + gap), y: box.y, width: size, height: size, fill: color, sides: 5 }),
      );
    },
  };
}

export const POSTS_PICTURES = [
  post({
    slug: 'post-promotion',
    name: words('Promotion with a price', 'Promotion avec prix'),
    tags: { en: ['promotion', 'sale', 'price', 'discount', 'offer'], fr: ['promotion', 'soldes', 'prix', 'remise', 'offre'] },
    color: '#fff4e6',
    pieces: (ctx) => [
      {
        weight: 4,
        make: (box: Box): Element[] => {
          const badge = Math.min(px(ctx, 240), Math.round(box.height * 0.45));
          const inset = px(ctx, 24);
          return [
            pictureSlot('picture', box, { cornerRadius: px(ctx, 32) }),
            panel('badge', { x: box.x + box.width - badge - inset, y: box.y + inset, width: badge, height: badge }, '#e8590c', { shape: 'ellipse', slot: { kind: 'color', name: 'badge colour', property: 'fill' } }),
            textSlot(ctx, 'discount', { x: box.x + box.width - badge - inset + Math.round(badge * 0.14), y: box.y + inset + Math.round(badge * 0.3), width: Math.round(badge * 0.72), height: Math.round(badge * 0.4) }, words('-30%', '-30\u202f%'), {
              ...sans(px(ctx, 90), { fontFamily: 'Anton', fill: '#ffffff', align: 'center', lineHeight: 1 }),
              autoFit: true,
              verticalAlign: 'middle',
            }),
          ];
        },
      },
      say(ctx, 'product', words('Linen tote bag', 'Sac cabas en lin'), heading(ctx, 80, { fill: '#3b1d10' }), 1),
      {
        fixed: 100,
        make: (box) => [
          textSlot(ctx, 'price', { x: box.x, y: box.y, width: Math.round(box.width * 0.5), height: box.height }, words('€29.90', '29,90\u00a0€'), { ...heading(ctx, 90, { fill: '#e8590c' }), autoFit: true, verticalAlign: 'middle' }),
          textSlot(ctx, 'old price', { x: box.x + Math.round(box.width * 0.5), y: box.y, width: box.width - Math.round(box.width * 0.5), height: box.height }, words('€42.00', '42,00\u00a0€'), {
            ...body(ctx, 56, { fill: '#868e96', linethrough: true }),
            autoFit: true,
            verticalAlign: 'middle',
          }),
        ],
      },
    ],
  }),
  post({
    slug: 'post-event',
    name: words('Event with date and place', 'Événement avec date et lieu'),
    tags: { en: ['event', 'date', 'place', 'invitation', 'meetup'], fr: ['événement', 'date', 'lieu', 'invitation', 'rencontre'] },
    color: '#0b2545',
    pieces: (ctx) => [
      photo(ctx, 'picture', 3),
      say(ctx, 'title', words('Open workshop evening', 'Soirée portes ouvertes'), heading(ctx, 90, { fill: '#ffffff' }), 1),
      sayFixed(ctx, 'date', words('Thursday 12 June · 6 p.m.', 'Jeudi 12 juin · 18 h'), heading(ctx, 50, { fill: '#13c4a3' }), 64),
      sayFixed(ctx, 'place', words('12 Harbour Street, Sète', '12 rue du Port, Sète'), body(ctx, 44, { fill: '#c9d6e8' }), 60),
    ],
  }),
  post({
    slug: 'post-testimonial',
    name: words('Customer testimonial', 'Témoignage client'),
    tags: { en: ['testimonial', 'review', 'customer', 'stars', 'feedback'], fr: ['témoignage', 'avis', 'client', 'étoiles', 'retour'] },
    color: '#f1f3f5',
    pieces: (ctx) => [
      stars(ctx, '#fab005'),
      say(ctx, 'review', words('"Delivered in two days and even nicer than in the photos. I\'ll be back!"', '« Livré en deux jours et encore plus beau qu\'en photo. Je reviendrai ! »'), sans(px(ctx, 72), { fontFamily: 'Lora', fontStyle: 'italic', fill: '#212529', lineHeight: 1.25 }), 3),
      {
        fixed: 140,
        make: (box) => {
          const size = box.height;
          const x = box.x + size + px(ctx, 28);
          return [
            pictureSlot('avatar', { x: box.x, y: box.y, width: size, height: size }, { shape: 'ellipse', required: false }),
            textSlot(ctx, 'name', { x, y: box.y + px(ctx, 18), width: box.x + box.width - x, height: px(ctx, 56) }, words('Sophie L.', 'Sophie L.'), { ...heading(ctx, 46, { fill: '#212529' }), autoFit: true }),
            textSlot(ctx, 'detail', { x, y: box.y + px(ctx, 80), width: box.x + box.width - x, height: px(ctx, 46) }, words('Customer since 2024', 'Cliente depuis 2024'), { ...body(ctx, 36, { fill: '#868e96' }), autoFit: true }),
          ];
        },
      },
    ],
  }),
  post({
    slug: 'post-product-launch',
    name: words('Product launch', 'Lancement de produit'),
    tags: { en: ['launch', 'product', 'new', 'release', 'available'], fr: ['lancement', 'produit', 'nouveau', 'sortie', 'disponible'] },
    color: '#111111',
    pieces: (ctx) => [
      sayFixed(ctx, 'kicker', words('New', 'Nouveau'), sans(px(ctx, 70), { fontFamily: 'Bebas Neue', fill: '#ffd43b', align: 'center', letterSpacing: 300, lineHeight: 1 }), 80),
      photo(ctx, 'picture', 4, 0),
      say(ctx, 'product', words('The Nomad backpack', 'Le sac à dos Nomade'), heading(ctx, 90, { fill: '#ffffff', align: 'center' }), 1),
      sayFixed(ctx, 'availability', words('Available on 12 March', 'Disponible le 12 mars'), body(ctx, 44, { fill: '#ced4da', align: 'center' }), 60),
    ],
  }),
  post({
    slug: 'post-before-after',
    name: words('Before / after', 'Avant / après'),
    tags: { en: ['before', 'after', 'transformation', 'renovation', 'result'], fr: ['avant', 'après', 'transformation', 'rénovation', 'résultat'] },
    color: '#ffffff',
    pieces: (ctx) => [
      say(ctx, 'headline', words('A kitchen in three weeks', 'Une cuisine en trois semaines'), heading(ctx, 80, { fill: '#212529', align: 'center' }), 1),
      {
        weight: 4,
        make: (box) =>
          grid(box, 2, 1, px(ctx, 16)).flatMap((cell, i) => {
            const name = i === 0 ? 'before' : 'after';
            const tag = { x: cell.x + px(ctx, 20), y: cell.y + cell.height - px(ctx, 84), width: Math.min(cell.width - px(ctx, 40), px(ctx, 220)), height: px(ctx, 64) };
            return [
              pictureSlot(name, cell, { cornerRadius: px(ctx, 24) }),
              textSlot(ctx, `${name} label`, tag, i === 0 ? words('Before', 'Avant') : words('After', 'Après'), {
                ...heading(ctx, 40, { fill: '#ffffff', align: 'center', textCase: 'upper' }),
                background: { color: i === 0 ? '#495057' : '#2b8a3e', padding: px(ctx, 8), radius: px(ctx, 12) },
                autoFit: true,
                verticalAlign: 'middle',
              }),
            ];
          }),
      },
      sayFixed(ctx, 'caption', words('Swipe to see the details', 'Faites glisser pour les détails'), body(ctx, 40, { fill: '#495057', align: 'center' }), 60),
    ],
  }),
  post({
    slug: 'post-webinar',
    name: words('Webinar with speaker', 'Webinaire avec intervenant'),
    tags: { en: ['webinar', 'talk', 'speaker', 'live', 'online'], fr: ['webinaire', 'conférence', 'intervenant', 'direct', 'en ligne'] },
    color: '#13315c',
    pieces: (ctx) => [
      sayFixed(ctx, 'kicker', words('Free webinar', 'Webinaire gratuit'), heading(ctx, 40, { fill: '#13c4a3', letterSpacing: 200, textCase: 'upper' }), 56),
      say(ctx, 'title', words('Five ideas for visuals that stop the scroll', 'Cinq idées de visuels qui arrêtent le défilement'), heading(ctx, 90, { fill: '#ffffff' }), 3, 'top'),
      {
        fixed: 180,
        make: (box) => {
          const size = box.height;
          const x = box.x + size + px(ctx, 32);
          return [
            pictureSlot('speaker', { x: box.x, y: box.y, width: size, height: size }, { shape: 'ellipse' }),
            textSlot(ctx, 'speaker name', { x, y: box.y + px(ctx, 30), width: box.x + box.width - x, height: px(ctx, 56) }, words('Inès Moreau', 'Inès Moreau'), { ...heading(ctx, 46, { fill: '#ffffff' }), autoFit: true }),
            textSlot(ctx, 'speaker role', { x, y: box.y + px(ctx, 94), width: box.x + box.width - x, height: px(ctx, 48) }, words('Art director', 'Directrice artistique'), { ...body(ctx, 38, { fill: '#c9d6e8' }), autoFit: true }),
          ];
        },
      },
      sayFixed(ctx, 'date', words('Thursday 12 December · 12:30', 'Jeudi 12 décembre · 12 h 30'), heading(ctx, 46, { fill: '#13c4a3' }), 64),
    ],
  }),
  post({
    slug: 'post-giveaway',
    name: words('Giveaway', 'Jeu concours'),
    tags: { en: ['giveaway', 'contest', 'win', 'prize', 'free'], fr: ['concours', 'jeu', 'gagner', 'lot', 'gratuit'] },
    color: '#d0ebff',
    pieces: (ctx) => [
      sayFixed(ctx, 'kicker', words('Giveaway', 'Concours'), sans(px(ctx, 130), { fontFamily: 'Bebas Neue', fill: '#1864ab', align: 'center', lineHeight: 1 }), 140),
      photo(ctx, 'picture', 3),
      say(ctx, 'prize', words('Win a weekend for two by the sea', 'Gagnez un week-end pour deux à la mer'), heading(ctx, 70, { fill: '#0b2545', align: 'center' }), 1),
      sayFixed(ctx, 'how to enter', words('Like, follow and tag a friend · ends Sunday', 'Aimez, abonnez-vous et identifiez un ami · fin dimanche'), body(ctx, 38, { fill: '#1c3d5a', align: 'center' }), 60),
    ],
  }),
  post({
    slug: 'post-team-member',
    name: words('Meet the team', 'Portrait d’équipe'),
    tags: { en: ['team', 'portrait', 'employee', 'meet the team', 'people'], fr: ['équipe', 'portrait', 'collaborateur', 'rencontre', 'personnes'] },
    color: '#f8f0fc',
    pieces: (ctx) => [
      photo(ctx, 'picture', 4, 48),
      sayFixed(ctx, 'name', words('Meet Léo', 'Voici Léo'), heading(ctx, 90, { fill: '#5f3dc4', align: 'center' }), 110),
      sayFixed(ctx, 'role', words('Head baker since 2019', 'Chef boulanger depuis 2019'), body(ctx, 48, { fill: '#212529', align: 'center' }), 64),
      say(ctx, 'fun fact', words('Fun fact: he has never missed a sunrise.', 'Le petit plus : il n\'a jamais raté un lever de soleil.'), sans(px(ctx, 60), { fontFamily: 'Caveat', fontWeight: 700, fill: '#862e9c', align: 'center' }), 1),
    ],
  }),
  post({
    slug: 'post-new-article',
    name: words('New article', 'Nouvel article'),
    tags: { en: ['article', 'blog', 'read', 'link in bio', 'news'], fr: ['article', 'blog', 'lire', 'lien en bio', 'actualité'] },
    color: '#ffffff',
    pieces: (ctx) => [
      photo(ctx, 'picture', 3, 24),
      sayFixed(ctx, 'category', words('On the blog', 'Sur le blog'), heading(ctx, 38, { fill: '#e03131', textCase: 'upper', letterSpacing: 150 }), 50),
      say(ctx, 'title', words('How we cut our packaging waste by half', 'Comment nous avons divisé par deux nos emballages'), sans(px(ctx, 80), { fontFamily: 'Zilla Slab', fontWeight: 700, fill: '#212529', lineHeight: 1.1 }), 2, 'top'),
      sayFixed(ctx, 'call to action', words('Link in bio', 'Lien en bio'), body(ctx, 40, { fill: '#495057' }), 56),
    ],
  }),
  post({
    slug: 'post-behind-the-scenes',
    name: words('Behind the scenes', 'Dans les coulisses'),
    tags: { en: ['behind the scenes', 'making of', 'workshop', 'process'], fr: ['coulisses', 'making of', 'atelier', 'fabrication'] },
    color: '#212529',
    margin: 48,
    pieces: (ctx) => [
      sayFixed(ctx, 'kicker', words('Behind the scenes', 'Dans les coulisses'), sans(px(ctx, 80), { fontFamily: 'Caveat', fontWeight: 700, fill: '#ffd43b', align: 'left' }), 100),
      photo(ctx, 'picture', 5, 24),
      say(ctx, 'caption', words('Every bowl is glazed by hand, one at a time.', 'Chaque bol est émaillé à la main, un par un.'), body(ctx, 52, { fill: '#f1f3f5' }), 1),
    ],
  }),
];

/**
 * Labels over regions of one picture (who is who in a scene): the picture fills the frame and each
 * label, outlined so it reads on any picture, sits over its part; move them in the editor to fit.
 */
import type { Element } from '../../schema';
import { defineTemplate, pictureSlot, PORTRAIT, px, sans, SQUARE, STORY, textSlot, words, type LayoutContext, type Words } from './layout';

/** Where each label sits, as fractions of the frame: left, top, width. */
type Spot = readonly [number, number, number];

function labels(ctx: LayoutContext, spots: readonly Spot[], texts: readonly Words[]): Element[] {
  const { frame } = ctx;
  const size = px(ctx, 60);
  const height = Math.round(frame.height * 0.14);
  return [
    pictureSlot('picture', frame),
    ...spots.map(([left, top, width], i) =>
      textSlot(ctx, `label ${i + 1}`, { x: frame.x + Math.round(frame.width * left), y: frame.y + Math.round(frame.height * top), width: Math.round(frame.width * width), height }, texts[i], {
        ...sans(size, { fontWeight: 700, fill: '#ffffff', align: 'center' }),
        stroke: { color: '#000000', width: Math.max(2, Math.round(size * 0.12)) },
        autoFit: true,
        verticalAlign: 'middle',
      }),
    ),
  ];
}

const regionTags = { en: ['labels', 'regions', 'who is who', 'tag', 'scene'], fr: ['étiquettes', 'zones', 'qui est qui', 'étiqueter', 'scène'] };
const REGION_FORMATS = [SQUARE, PORTRAIT, STORY];

export const REGIONS = [
  defineTemplate({
    slug: 'labels-2',
    name: words('Two labels over a picture', 'Deux étiquettes sur une image'),
    tags: regionTags,
    formats: REGION_FORMATS,
    background: '#000000',
    elements: (ctx) =>
      labels(
        ctx,
        [
          [0.06, 0.62, 0.4],
          [0.54, 0.62, 0.4],
        ],
        [words('My ideas', 'Mes idées'), words('The budget', 'Le budget')],
      ),
  }),
  defineTemplate({
    slug: 'labels-3',
    name: words('Three labels over a picture', 'Trois étiquettes sur une image'),
    tags: regionTags,
    formats: REGION_FORMATS,
    background: '#000000',
    elements: (ctx) =>
      labels(
        ctx,
        [
          [0.04, 0.6, 0.3],
          [0.35, 0.22, 0.3],
          [0.66, 0.6, 0.3],
        ],
        [words('Me', 'Moi'), words('A new side project', 'Un nouveau projet perso'), words('The three I haven\'t finished', 'Les trois que je n\'ai pas finis')],
      ),
  }),
  defineTemplate({
    slug: 'labels-4',
    name: words('Four labels over a picture', 'Quatre étiquettes sur une image'),
    tags: regionTags,
    formats: REGION_FORMATS,
    background: '#000000',
    elements: (ctx) =>
      labels(
        ctx,
        [
          [0.05, 0.12, 0.4],
          [0.55, 0.12, 0.4],
          [0.05, 0.7, 0.4],
          [0.55, 0.7, 0.4],
        ],
        [words('Design', 'Design'), words('Marketing', 'Marketing'), words('Sales', 'Ventes'), words('The intern who fixed it', 'Le stagiaire qui a tout réparé')],
      ),
  }),
];

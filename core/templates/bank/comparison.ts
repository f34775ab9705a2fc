/**
 * Comparison rows: one picture per row with a label beside it, rows an exact gutter apart. Two
 * rows make the "prefer / reject" format, four the escalation ("good, better, best, beyond").
 */
import type { Element } from '../../schema';
import { defineTemplate, pictureSlot, PORTRAIT, px, sans, split, SQUARE, STORY, textSlot, words, type LayoutContext, type Words } from './layout';

const ROW_FORMATS = [SQUARE, PORTRAIT, STORY];

/** Rows of "picture N" and "label N"; the picture on the `pictureSide`, `pictureShare` of the width. */
function rows(ctx: LayoutContext, labels: readonly Words[], pictureSide: 'left' | 'right', pictureShare: number): Element[] {
  const { frame, gutter } = ctx;
  const pictureWidth = Math.round(frame.width * pictureShare);
  const labelWidth = frame.width - pictureWidth - gutter;
  const pictureX = pictureSide === 'left' ? frame.x : frame.x + labelWidth + gutter;
  const labelX = pictureSide === 'left' ? frame.x + pictureWidth + gutter : frame.x;
  const margin = px(ctx, 36);
  return split(frame.y, frame.height, labels.length, gutter).flatMap((row, i) => {
    const n = i + 1;
    const size = Math.max(12, Math.min(px(ctx, 64), Math.round(row.size / 4)));
    return [
      pictureSlot(`picture ${n}`, { x: pictureX, y: row.start, width: pictureWidth, height: row.size }),
      textSlot(ctx, `label ${n}`, { x: labelX + margin, y: row.start + margin, width: labelWidth - margin * 2, height: row.size - margin * 2 }, labels[i], {
        ...sans(size, { fontWeight: 700 }),
        autoFit: true,
        verticalAlign: 'middle',
      }),
    ];
  });
}

const comparisonTags = {
  en: ['comparison', 'prefer', 'reject', 'rows', 'label', 'yes no'],
  fr: ['comparaison', 'préférer', 'rejeter', 'rangées', 'étiquette', 'oui non'],
};

export const COMPARISONS = [
  defineTemplate({
    slug: 'prefer-reject',
    name: words('Prefer / reject rows', 'Rangées préférer / rejeter'),
    tags: comparisonTags,
    formats: ROW_FORMATS,
    background: '#ffffff',
    elements: (ctx) => rows(ctx, [words('Writing the meeting notes', 'Rédiger le compte rendu'), words('Making a meme about the meeting', 'Faire un mème sur la réunion')], 'left', 0.45),
  }),
  defineTemplate({
    slug: 'prefer-reject-mirrored',
    name: words('Prefer / reject, labels on the left', 'Préférer / rejeter, étiquettes à gauche'),
    tags: comparisonTags,
    formats: ROW_FORMATS,
    background: '#ffffff',
    elements: (ctx) => rows(ctx, [words('Reading the whole thread', 'Lire tout le fil'), words('Replying "agreed" to the last message', 'Répondre « d\'accord » au dernier message')], 'right', 0.45),
  }),
  defineTemplate({
    slug: 'compare-3',
    name: words('Three comparison rows', 'Trois rangées de comparaison'),
    tags: { en: [...comparisonTags.en, '3 rows', 'good better best'], fr: [...comparisonTags.fr, '3 rangées', 'bien mieux encore mieux'] },
    formats: ROW_FORMATS,
    background: '#ffffff',
    elements: (ctx) => rows(ctx, [words('Sending an email', 'Envoyer un e-mail'), words('Sending a memo', 'Envoyer une note'), words('Sending a meme', 'Envoyer un mème')], 'left', 0.42),
  }),
  defineTemplate({
    slug: 'escalation-4',
    name: words('Four-level escalation', 'Escalade en quatre niveaux'),
    tags: { en: ['escalation', 'levels', '4 rows', 'galaxy', 'brain', 'comparison'], fr: ['escalade', 'niveaux', '4 rangées', 'galaxie', 'cerveau', 'comparaison'] },
    formats: ROW_FORMATS,
    background: '#ffffff',
    elements: (ctx) =>
      rows(
        ctx,
        [words('Coffee', 'Café'), words('Espresso', 'Expresso'), words('Double espresso', 'Double expresso'), words('Drinking straight from the machine', 'Boire directement à la machine')],
        'right',
        0.42,
      ),
  }),
];

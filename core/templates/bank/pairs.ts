/**
 * Pairs: before / after and expectation / reality, side by side or stacked, each picture under a
 * dark header band that names it (the header's words are slots too: "before label", ...).
 */
import type { Element } from '../../schema';
import { defineTemplate, grid, LANDSCAPE, pictureSlot, PORTRAIT, px, sans, SQUARE, STORY, textSlot, words, type LayoutContext, type Words } from './layout';

/** Two pictures named `names`, each with its header band, in a row or a column. */
function pair(ctx: LayoutContext, direction: 'row' | 'column', names: readonly [string, string], labels: readonly [Words, Words]): Element[] {
  const cells = direction === 'row' ? grid(ctx.frame, 2, 1, ctx.gutter) : grid(ctx.frame, 1, 2, ctx.gutter);
  const pad = px(ctx, 20);
  const size = px(ctx, 48);
  const line = Math.round(size * 1.2);
  return cells.flatMap((cell, i) => [
    pictureSlot(names[i], cell),
    textSlot(ctx, `${names[i]} label`, { x: cell.x + pad, y: cell.y + pad, width: cell.width - pad * 2, height: line }, labels[i], {
      ...sans(size, { fontWeight: 700, fill: '#ffffff', align: 'center' }),
      textCase: 'upper',
      letterSpacing: 60,
      autoFit: true,
      background: { color: '#111111', padding: pad, radius: 0 },
    }),
  ]);
}

const BEFORE_AFTER = [words('Before', 'Avant'), words('After', 'Après')] as const;
const EXPECTATION_REALITY = [words('Expectation', 'Attente'), words('Reality', 'Réalité')] as const;
const beforeAfterTags = { en: ['before', 'after', 'before after', 'transformation', 'comparison'], fr: ['avant', 'après', 'avant après', 'transformation', 'comparaison'] };
const expectationTags = { en: ['expectation', 'reality', 'expectation reality', 'comparison'], fr: ['attente', 'réalité', 'attente réalité', 'comparaison'] };

export const PAIRS = [
  defineTemplate({
    slug: 'before-after',
    name: words('Before / after', 'Avant / après'),
    tags: beforeAfterTags,
    formats: [SQUARE, LANDSCAPE, PORTRAIT],
    background: '#ffffff',
    elements: (ctx) => pair(ctx, 'row', ['before', 'after'], BEFORE_AFTER),
  }),
  defineTemplate({
    slug: 'before-after-stacked',
    name: words('Before / after, stacked', 'Avant / après, empilés'),
    tags: { en: [...beforeAfterTags.en, 'stack'], fr: [...beforeAfterTags.fr, 'empilement'] },
    formats: [PORTRAIT, STORY, SQUARE],
    background: '#ffffff',
    elements: (ctx) => pair(ctx, 'column', ['before', 'after'], BEFORE_AFTER),
  }),
  defineTemplate({
    slug: 'expectation-reality',
    name: words('Expectation / reality', 'Attente / réalité'),
    tags: expectationTags,
    formats: [SQUARE, LANDSCAPE, PORTRAIT],
    background: '#ffffff',
    elements: (ctx) => pair(ctx, 'row', ['expectation', 'reality'], EXPECTATION_REALITY),
  }),
  defineTemplate({
    slug: 'expectation-reality-stacked',
    name: words('Expectation / reality, stacked', 'Attente / réalité, empilés'),
    tags: { en: [...expectationTags.en, 'stack'], fr: [...expectationTags.fr, 'empilement'] },
    formats: [PORTRAIT, STORY, SQUARE],
    background: '#ffffff',
    elements: (ctx) => pair(ctx, 'column', ['expectation', 'reality'], EXPECTATION_REALITY),
  }),
];

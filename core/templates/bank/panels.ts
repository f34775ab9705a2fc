/**
 * Multi-panel memes: vertical stacks of 2 to 4, side by side, a row of 3, grids. Panels are whole
 * pixels apart by an exact gutter (the page's white shows through), each panel's picture covers
 * its box around the focal point, and each has a caption in outlined capitals at its foot.
 */
import type { Element } from '../../schema';
import { defineTemplate, grid, LANDSCAPE, memeCaps, pictureSlot, PORTRAIT, px, SQUARE, STORY, textSlot, words, type Box, type LayoutContext, type Words } from './layout';

/** Panels `columns` x `rows` over the frame: "picture N" and "caption N", row by row. */
function panels(ctx: LayoutContext, columns: number, rows: number, captions: readonly Words[]): Element[] {
  const cells = grid(ctx.frame, columns, rows, ctx.gutter);
  return cells.flatMap((cell: Box, i) => {
    const n = i + 1;
    const margin = px(ctx, 20);
    const size = Math.max(12, Math.round(Math.min(cell.width, cell.height * 1.6) / 8));
    const height = Math.min(Math.round(cell.height * 0.34), Math.round(size * 2.3));
    const caption: Box = { x: cell.x + margin, y: cell.y + cell.height - margin - height, width: cell.width - margin * 2, height };
    return [pictureSlot(`picture ${n}`, cell), textSlot(ctx, `caption ${n}`, caption, captions[i], memeCaps(size, 'bottom'))];
  });
}

const stackTags = (count: number) => ({
  en: ['stack', 'panels', `${count} panels`, 'vertical', 'multi-panel'],
  fr: ['empilement', 'cases', `${count} cases`, 'vertical', 'plusieurs cases'],
});

export const PANELS = [
  defineTemplate({
    slug: 'stack-2',
    name: words('Two panels, stacked', 'Deux cases empilées'),
    tags: stackTags(2),
    formats: [PORTRAIT, SQUARE, STORY],
    background: '#ffffff',
    elements: (ctx) => panels(ctx, 1, 2, [words('Me on Monday morning', 'Moi lundi matin'), words('Me on Friday afternoon', 'Moi vendredi après-midi')]),
  }),
  defineTemplate({
    slug: 'stack-3',
    name: words('Three panels, stacked', 'Trois cases empilées'),
    tags: stackTags(3),
    formats: [PORTRAIT, SQUARE, STORY],
    background: '#ffffff',
    elements: (ctx) => panels(ctx, 1, 3, [words('First coffee', 'Premier café'), words('Second coffee', 'Deuxième café'), words('Fifth coffee', 'Cinquième café')]),
  }),
  defineTemplate({
    slug: 'stack-4',
    name: words('Four panels, stacked', 'Quatre cases empilées'),
    tags: stackTags(4),
    formats: [PORTRAIT, STORY, SQUARE],
    background: '#ffffff',
    elements: (ctx) => panels(ctx, 1, 4, [words('Monday', 'Lundi'), words('Wednesday', 'Mercredi'), words('Friday', 'Vendredi'), words('Sunday evening', 'Dimanche soir')]),
  }),
  defineTemplate({
    slug: 'side-by-side',
    name: words('Two panels, side by side', 'Deux cases côte à côte'),
    tags: { en: ['side by side', 'panels', '2 panels', 'comparison', 'multi-panel'], fr: ['côte à côte', 'cases', '2 cases', 'comparaison', 'plusieurs cases'] },
    formats: [SQUARE, LANDSCAPE, PORTRAIT],
    background: '#ffffff',
    elements: (ctx) => panels(ctx, 2, 1, [words('What the client asked for', 'Ce que le client a demandé'), words('What the client needed', 'Ce dont il avait besoin')]),
  }),
  defineTemplate({
    slug: 'row-3',
    name: words('Three panels in a row', 'Trois cases en ligne'),
    tags: { en: ['row', 'panels', '3 panels', 'horizontal', 'multi-panel'], fr: ['ligne', 'cases', '3 cases', 'horizontal', 'plusieurs cases'] },
    formats: [LANDSCAPE, SQUARE],
    background: '#ffffff',
    elements: (ctx) => panels(ctx, 3, 1, [words('Draft', 'Brouillon'), words('Final', 'Version finale'), words('Final final (really)', 'Finale finale (vraiment)')]),
  }),
  defineTemplate({
    slug: 'grid-2x2',
    name: words('Grid of four (2x2)', 'Grille de quatre (2x2)'),
    tags: { en: ['grid', '2x2', 'panels', '4 panels', 'multi-panel'], fr: ['grille', '2x2', 'cases', '4 cases', 'plusieurs cases'] },
    formats: [SQUARE, PORTRAIT, STORY],
    background: '#ffffff',
    elements: (ctx) => panels(ctx, 2, 2, [words('Me at 9 a.m.', 'Moi à 9 h'), words('11 a.m.', '11 h'), words('2 p.m.', '14 h'), words('5:59 p.m.', '17 h 59')]),
  }),
  defineTemplate({
    slug: 'grid-3x2',
    name: words('Grid of six (3x2)', 'Grille de six (3x2)'),
    tags: { en: ['grid', '3x2', 'panels', '6 panels', 'multi-panel'], fr: ['grille', '3x2', 'cases', '6 cases', 'plusieurs cases'] },
    formats: [LANDSCAPE, SQUARE, PORTRAIT],
    background: '#ffffff',
    elements: (ctx) =>
      panels(ctx, 3, 2, [
        words('Monday', 'Lundi'),
        words('Tuesday', 'Mardi'),
        words('Wednesday', 'Mercredi'),
        words('Thursday', 'Jeudi'),
        words('Friday', 'Vendredi'),
        words('Saturday', 'Samedi'),
      ]),
  }),
];

import { describe, expect, it } from 'vitest';
import { createDesign, createShapeElement, createTextElement, type FormatRef } from '../../../core/schema';
import type { BankTemplate } from '../../../core/templates/bank';
import { bankEntries, searchBank } from './bankSearch';

/** A bank layout with `boxes` text slots. */
function layout(slug: string, boxes: number, names: { en: string; fr: string }, tags: { en: string[]; fr: string[] }): BankTemplate {
  return {
    id: `bank:${slug}`,
    category: 'meme',
    name: names,
    tags,
    formats: ['instagram-square'],
    build(format: FormatRef, language) {
      const design = createDesign({ name: names[language], format, kind: 'meme' });
      design.pages[0].elements = [
        createShapeElement({ shape: 'rect', x: 0, y: 0, width: format.width, height: format.height, slot: { kind: 'image', name: 'picture', fit: 'cover', focalX: 0.5, focalY: 0.5 } }),
        ...Array.from({ length: boxes }, (_, i) => createTextElement({ x: 0, y: i * 100, width: format.width, text: `${i}`, slot: { kind: 'text', name: `text ${i + 1}` } })),
      ];
      return design;
    },
  };
}

const BANK = [
  layout('classic', 2, { en: 'Classic top and bottom', fr: 'Classique haut et bas' }, { en: ['impact', 'outline'], fr: ['contour'] }),
  layout('caption', 1, { en: 'Caption card', fr: 'Carte légende' }, { en: ['reels', 'band'], fr: ['bandeau'] }),
  layout('escalation', 4, { en: 'Escalation', fr: 'Montée en puissance' }, { en: ['levels', 'brain'], fr: ['niveaux', 'étapes'] }),
  layout('grid', 5, { en: 'Grid', fr: 'Grille' }, { en: [], fr: [] }),
];

describe('searching the meme bank', () => {
  const entries = bankEntries(BANK, 'fr');

  it('counts each layout’s text boxes and builds it in the UI language', () => {
    expect(entries.map((e) => [e.template.id, e.boxes])).toEqual([
      ['bank:classic', 2],
      ['bank:caption', 1],
      ['bank:escalation', 4],
      ['bank:grid', 5],
    ]);
    expect(entries[1].design.name).toBe('Carte légende');
  });

  it('finds by name or tag in either language, accents and case aside; every word must match', () => {
    const ids = (query: string, boxes: number | null = null) => searchBank(entries, { query, boxes }).map((e) => e.template.id);
    expect(ids('')).toHaveLength(4);
    expect(ids('LEGENDE')).toEqual(['bank:caption']);
    expect(ids('etapes')).toEqual(['bank:escalation']);
    expect(ids('brain')).toEqual(['bank:escalation']);
    expect(ids('classique contour')).toEqual(['bank:classic']);
    expect(ids('classique bandeau')).toEqual([]);
    expect(ids('« carte »')).toEqual(['bank:caption']);
  });

  it('filters by number of boxes, 4 meaning 4 or more', () => {
    const ids = (boxes: number | null) => searchBank(entries, { query: '', boxes }).map((e) => e.template.id);
    expect(ids(2)).toEqual(['bank:classic']);
    expect(ids(4)).toEqual(['bank:escalation', 'bank:grid']);
    expect(ids(3)).toEqual([]);
  });
});

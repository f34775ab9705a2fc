/**
 * A layer's label (core/elements `elementLabel`): the layers panel, the safe-zone warnings of the
 * editor and of the export, and the clipboard's plain text all show it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createImageElement, createTextElement } from '../schema/factory';
import { elementLabel, firstWords, TEXT_LABEL_LENGTH } from '.';

const text = (words: string, name = '') => createTextElement({ x: 0, y: 0, width: 100, text: words, name });
const graphemes = (s: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].length;

describe('a text’s label', () => {
  it('is its first words on one line, cut after a whole word with an ellipsis', () => {
    expect(elementLabel(text('  Soldes\n\nd’été  '))).toBe('Soldes d’été');
    expect(elementLabel(text('Une très longue accroche pour la rentrée des classes 2026'))).toBe('Une très longue accroche pour la rentrée…');
    expect(elementLabel(text('Une très longue accroche pour les rentrées des classes 2026'))).toBe('Une très longue accroche pour les…');
    // One word longer than the limit is cut inside it.
    expect(elementLabel(text('x'.repeat(60)))).toBe(`${'x'.repeat(TEXT_LABEL_LENGTH)}…`);
  });

  it('keeps emoji and accents whole', () => {
    expect(elementLabel(text('🎉 Fête 👩‍👩‍👧 des familles'))).toBe('🎉 Fête 👩‍👩‍👧 des familles');
    // 39 letters then a family emoji (one grapheme of several code points): kept whole, not half of it.
    const label = firstWords(`${'a'.repeat(39)}👩‍👩‍👧${'b'.repeat(10)}`)!;
    expect(label).toBe(`${'a'.repeat(39)}👩‍👩‍👧…`);
  });

  it('is the user’s name once renamed; names Affiche gave by itself do not count', () => {
    expect(elementLabel(text('Soldes', 'Bandeau du haut'))).toBe('Bandeau du haut');
    for (const automatic of ['Text', 'Texte', 'Heading', 'Titre', 'Sous-titre', 'Légende', 'Body text']) expect(elementLabel(text('Soldes', automatic))).toBe('Soldes');
    // The library's font panel named a sample after its font.
    expect(elementLabel({ ...text('Aa Bb', 'Lora'), fontFamily: 'Lora' })).toBe('Aa Bb');
  });

  it('is null for a text with no visible word (the UI then names its kind)', () => {
    expect(elementLabel(text(' \n\t '))).toBeNull();
    expect(elementLabel(createImageElement({ assetId: 'a'.repeat(64), x: 0, y: 0, width: 1, height: 1, name: '' }))).toBeNull();
    expect(elementLabel(createImageElement({ assetId: 'a'.repeat(64), x: 0, y: 0, width: 1, height: 1, name: 'photo.jpg' }))).toBe('photo.jpg');
  });

  it('is one line of at most 40 graphemes plus the ellipsis, taken from the start of the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), (words) => {
        const label = firstWords(words);
        if (label === null) {
          expect(words.trim()).toBe('');
          return;
        }
        expect(label).not.toMatch(/[\n\r\t]/);
        const body = label.endsWith('…') && graphemes(label) > 1 ? label.slice(0, -1) : label;
        expect(graphemes(body)).toBeLessThanOrEqual(TEXT_LABEL_LENGTH);
        expect(words.replace(/\s+/gu, ' ').trim().startsWith(body)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

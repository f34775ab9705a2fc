/**
 * Test templates: a two-box meme (a picture stand-in under two outlined text slots) as a design,
 * and a small bank holding it as `bank:test-classic`, for tests that must not depend on what the
 * shipped bank holds. Never imported by production code.
 */
import type { BankTemplate } from '../../../core/templates/bank';
import { createDesign, createShapeElement, createTextElement, parseDesign, type Design, type FormatRef } from '../../../core/schema';

/** Where the text boxes sit, as fractions of the page (the ink test reads them back from the design). */
const TOP = { x: 0.04, y: 0.03, width: 0.92 };
const BOTTOM = { x: 0.04, y: 0.8, width: 0.92 };

/** The top/bottom meme at a format's size: `picture` (required), `top`, `bottom` (required). */
export function twoBoxMeme(format: FormatRef = { preset: 'instagram-square', width: 1080, height: 1080 }, language: 'en' | 'fr' = 'en'): Design {
  const { width, height } = format;
  const fontSize = Math.round(height / 12);
  const design = createDesign({ name: language === 'fr' ? 'Mème classique' : 'Classic meme', format, kind: 'meme', now: '2026-01-01T00:00:00.000Z' });
  const text = (id: 'top' | 'bottom', box: typeof TOP, example: { en: string; fr: string }, required: boolean) =>
    createTextElement({
      id,
      x: Math.round(box.x * width),
      y: Math.round(box.y * height),
      width: Math.round(box.width * width),
      fontSize,
      fontFamily: 'Anton',
      fill: '#ffffff',
      stroke: { color: '#000000', width: Math.max(2, Math.round(fontSize / 16)) },
      align: 'center',
      text: example[language],
      slot: { kind: 'text', name: id, example, ...(required ? { required: true } : {}) },
    });
  design.pages[0].elements = [
    createShapeElement({ id: 'picture', shape: 'rect', x: 0, y: 0, width, height, fill: '#808080', slot: { kind: 'image', name: 'picture', fit: 'cover', focalX: 0.5, focalY: 0.5, required: true } }),
    text('top', TOP, { en: 'WHEN THE TEST PASSES', fr: 'QUAND LE TEST PASSE' }, false),
    text('bottom', BOTTOM, { en: 'ON THE FIRST TRY', fr: 'DU PREMIER COUP' }, true),
  ];
  return parseDesign(design).design;
}

export const TEST_CLASSIC: BankTemplate = {
  id: 'bank:test-classic',
  category: 'meme',
  name: { en: 'Test classic', fr: 'Classique d’essai' },
  tags: { en: ['top', 'bottom', 'classic'], fr: ['haut', 'bas', 'été'] },
  formats: ['instagram-square', 'instagram-story'],
  build: (format, language) => twoBoxMeme(format, language),
};

export const TEST_BANK: readonly BankTemplate[] = [TEST_CLASSIC];

/**
 * memegen config.yml -> a template on the user's picture: boxes where memegen draws them (anchors
 * and scales of the picture), style, colour, angle, font to the nearest bundled one, examples as
 * the slots' words, memegen's two default bands without `text`; hostile values refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDesign, type ImageElement, type TextElement } from '../schema';
import { colorOf, memegenTemplate } from './memegen';
import { listSlots } from './slots';

const PICTURE = { assetId: 'c'.repeat(64), width: 600, height: 450 };

/**
 * What the YAML parser gives for a config.yml shaped like memegen's own templates (a two-row
 * comparison with a rotated third label), numbers as YAML writes them.
 */
const COMPARISON = {
  name: 'Drake Hotline Bling',
  source: 'http://knowyourmeme.com/memes/drakeposting',
  keywords: ['drake', 'prefer', 'Prefer'],
  text: [
    { style: 'upper', color: 'white', font: 'thick', anchor_x: 0.5, anchor_y: 0.0, angle: 0.0, scale_x: 0.5, scale_y: 0.5, align: 'center', start: 0.0, stop: 1.0 },
    { style: 'none', color: '#1A1A1A', font: 'kalam', anchor_x: 0.5, anchor_y: 0.5, angle: 0.0, scale_x: 0.5, scale_y: 0.5, align: 'left', start: 0.0, stop: 1.0 },
    { style: 'default', color: 'red', font: 'unknown-font', anchor_x: 0.05, anchor_y: 0.8, angle: 10, scale_x: 0.3, scale_y: 0.1 },
  ],
  example: ['doing it by hand', 'affiche templates fill', 'me'],
  overlay: [{ center_x: 0.5, center_y: 0.5, angle: 0.0, scale: 0.25 }],
};

const texts = (design: ReturnType<typeof memegenTemplate>['design']) => design.pages[0].elements.filter((el): el is TextElement => el.type === 'text');

describe('memegen config.yml import', () => {
  it('places each box where memegen draws it, with its style, colour, angle and nearest font', () => {
    const { design, name, tags } = memegenTemplate(COMPARISON, PICTURE, { now: '2026-01-01T00:00:00.000Z' });
    expect(name).toBe('Drake Hotline Bling');
    expect(tags).toEqual(['drake', 'prefer', 'Prefer']);
    expect(design).toMatchObject({ kind: 'meme', format: { preset: null, width: 600, height: 450 } });
    expect(parseDesign(design).design).toEqual(design);
    expect(listSlots(design).map(({ slot }) => [slot.name, slot.kind])).toEqual([
      ['picture', 'image'],
      ['text1', 'text'],
      ['text2', 'text'],
      ['text3', 'text'],
    ]);
    const picture = design.pages[0].elements[0] as ImageElement;
    expect(picture).toMatchObject({ assetId: PICTURE.assetId, x: 0, y: 0, width: 600, height: 450 });
    const [first, second, third] = texts(design);
    expect(first).toMatchObject({ x: 300, y: 0, width: 300, height: 225, fontFamily: 'Anton', fill: '#ffffff', stroke: { color: '#000000' }, textCase: 'upper', align: 'center', text: 'doing it by hand', rotation: 0 });
    // Max size: a ninth of the picture's height.
    expect(first.fontSize).toBe(50);
    expect(second).toMatchObject({ x: 300, y: 225, fontFamily: 'Caveat', fill: '#1a1a1a', stroke: { color: '#ffffff' }, textCase: 'asTyped', align: 'left', text: 'affiche templates fill' });
    expect(third).toMatchObject({ x: 30, y: 360, width: 180, height: 45, fontFamily: 'Anton', fill: '#ff0000', textCase: 'upper', rotation: -10, text: 'me' });
    // The box's height caps the size: 45 px tall holds 37 px text.
    expect(third.fontSize).toBe(37);
    expect(first.slot).toMatchObject({ example: { en: 'doing it by hand', fr: 'doing it by hand' } });
  });

  it('without text boxes: memegen’s two bands, named top and bottom', () => {
    const { design } = memegenTemplate({ name: 'Blank', example: ['haut'] }, PICTURE);
    expect(texts(design).map((t) => [t.slot?.name, t.x, t.y, t.width, t.height, t.text])).toEqual([
      ['top', 0, 0, 600, 90, 'haut'],
      ['bottom', 0, 360, 600, 90, ''],
    ]);
  });

  it('a picture larger than a page can be is scaled down to fit', () => {
    const { design } = memegenTemplate({}, { assetId: PICTURE.assetId, width: 16000, height: 9000 });
    expect(design.format).toEqual({ preset: null, width: 8000, height: 4500 });
  });

  it('colours: names, #rgb and #rrggbb; anything else falls back', () => {
    expect([colorOf('White', '#000000'), colorOf('#AbC', '#000000'), colorOf('#00ff00', '#000000'), colorOf('url(x)', '#123456')]).toEqual(['#ffffff', '#aabbcc', '#00ff00', '#123456']);
  });

  it('refuses what is not memegen’s shape', () => {
    expect(() => memegenTemplate({ text: 'not a list' }, PICTURE)).toThrow();
    expect(() => memegenTemplate({ text: [{ anchor_x: 'far' }] }, PICTURE)).toThrow();
    expect(() => memegenTemplate({ text: Array.from({ length: 21 }, () => ({})) }, PICTURE)).toThrow();
  });

  it('a colour named like an Object property (__proto__, constructor) is no colour', () => {
    for (const color of ['__proto__', 'constructor', 'toString']) {
      const { design } = memegenTemplate({ text: [{ anchor_x: 0, anchor_y: 0, scale_x: 0.5, scale_y: 0.2, angle: 0, color, style: 'upper' }] }, { assetId: PICTURE.assetId, width: 600, height: 600 });
      expect(parseDesign(design).design).toEqual(design);
    }
  });

  it('any box within memegen’s ranges gives a valid design (property)', () => {
    const box = fc.record({
      anchor_x: fc.double({ min: -1, max: 2, noNaN: true }),
      anchor_y: fc.double({ min: -1, max: 2, noNaN: true }),
      scale_x: fc.double({ min: 0.01, max: 1, noNaN: true }),
      scale_y: fc.double({ min: 0.01, max: 1, noNaN: true }),
      angle: fc.double({ min: -360, max: 360, noNaN: true }),
      color: fc.string({ maxLength: 12 }),
      style: fc.constantFrom('upper', 'none', 'default', 'mock'),
    });
    fc.assert(
      fc.property(fc.array(box, { maxLength: 6 }), fc.integer({ min: 1, max: 9000 }), fc.integer({ min: 1, max: 9000 }), (boxes, width, height) => {
        const { design } = memegenTemplate({ text: boxes }, { assetId: PICTURE.assetId, width, height });
        expect(parseDesign(design).design).toEqual(design);
      }),
      { numRuns: 200 },
    );
  });
});

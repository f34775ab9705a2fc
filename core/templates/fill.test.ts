/**
 * Filling a template: only the slots given change; what the template fixed stays; a picture
 * covers its box around the focal point or shows whole inside it; refusals name the slot in
 * English and French; the result is a valid design.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, MessageError } from '../messages';
import { createDesign, createIconElement, createImageElement, createShapeElement, createTextElement, parseDesign, type Design, type Element, type ImageElement } from '../schema';
import { exampleValues, fillTemplate, unfilledSlots } from './fill';
import { isTemplate, listSlots } from './slots';

const PICTURE = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

function twoBoxMeme(): Design {
  const design = createDesign({ name: 'Classic', format: { preset: 'instagram-square', width: 1080, height: 1080 }, kind: 'meme' });
  const picture = createShapeElement({ shape: 'rect', x: 0, y: 0, width: 1080, height: 1080, fill: '#cccccc', id: 'picture', slot: { kind: 'image', name: 'picture', fit: 'cover', focalX: 0.5, focalY: 0.25, required: true } });
  const top = createTextElement({ id: 'top', x: 40, y: 30, width: 1000, text: 'TOP', slot: { kind: 'text', name: 'top', example: { en: 'WHEN THE CODE WORKS', fr: 'QUAND LE CODE MARCHE' } } });
  top.styles = [{ start: 0, end: 3, fontWeight: 700 }];
  const bottom = createTextElement({ id: 'bottom', x: 40, y: 900, width: 1000, text: 'BOTTOM', slot: { kind: 'text', name: 'bottom', required: true } });
  const logo = createShapeElement({ shape: 'star', x: 900, y: 900, width: 100, height: 100, id: 'logo' });
  design.pages[0].elements = [picture, top, bottom, logo];
  return parseDesign(design).design;
}

function refusal(run: () => unknown): { en: string; fr: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof MessageError) return { en: formatMessage(error.detail, 'en'), fr: formatMessage(error.detail, 'fr') };
    throw error;
  }
  throw new Error('not refused');
}

const byId = (design: Design, id: string) => design.pages[0].elements.find((el) => el.id === id) as Element;

describe('fillTemplate', () => {
  it('lists the slots in paint order and knows a template', () => {
    const meme = twoBoxMeme();
    expect(listSlots(meme).map((s) => s.slot.name)).toEqual(['picture', 'top', 'bottom']);
    expect(isTemplate(meme)).toBe(true);
    expect(isTemplate(createDesign({ name: 'x', format: { preset: null, width: 10, height: 10 } }))).toBe(false);
  });

  it('puts words in text slots (names case aside), drops their example styling, leaves the rest', () => {
    const meme = twoBoxMeme();
    const out = fillTemplate(meme, { TOP: { kind: 'text', text: 'ÉTÉ À L’ÎLE ?' }, bottom: { kind: 'text', text: 'Non' } });
    expect(byId(out, 'top')).toMatchObject({ text: 'ÉTÉ À L’ÎLE ?', x: 40, y: 30, width: 1000 });
    expect((byId(out, 'top') as { styles?: unknown }).styles).toBeUndefined();
    expect(byId(out, 'logo')).toEqual(byId(meme, 'logo'));
    expect(byId(out, 'picture')).toEqual(byId(meme, 'picture'));
    expect(meme.pages[0].elements.find((el) => el.id === 'top')).toMatchObject({ text: 'TOP' });
    expect(parseDesign(out).design).toEqual(out);
  });

  it('turns a stand-in shape into the picture, cropped to the box around the focal point', () => {
    // 2000 x 1000 into a square: the middle half of the width, the focal point's column.
    const out = fillTemplate(twoBoxMeme(), { picture: { kind: 'image', assetId: PICTURE, width: 2000, height: 1000 } });
    const image = byId(out, 'picture') as ImageElement;
    expect(image).toMatchObject({ type: 'image', assetId: PICTURE, x: 0, y: 0, width: 1080, height: 1080, slot: { name: 'picture' } });
    expect(image.crop).toEqual({ x: 0.25, y: 0, width: 0.5, height: 1 });
    // A tall picture: the focal point 0.25 keeps the upper part.
    const tall = byId(fillTemplate(twoBoxMeme(), { picture: { kind: 'image', assetId: PICTURE, width: 1000, height: 3000 } }), 'picture') as ImageElement;
    expect(tall.crop).toEqual({ x: 0, y: (2 / 3) * 0.25, width: 1, height: 1 / 3 });
    expect(parseDesign(out).design).toEqual(out);
  });

  it('shows a picture whole in a contain slot: the box shrinks about its centre', () => {
    const design = createDesign({ name: 'c', format: { preset: null, width: 1000, height: 1000 } });
    design.pages[0].elements = [createImageElement({ id: 'p', assetId: OTHER, x: 100, y: 100, width: 800, height: 400, rotation: 10, slot: { kind: 'image', name: 'p', fit: 'contain', focalX: 0.5, focalY: 0.5 } })];
    const image = byId(fillTemplate(design, { p: { kind: 'image', assetId: PICTURE, width: 500, height: 500 } }), 'p') as ImageElement;
    expect(image).toMatchObject({ x: 300, y: 100, width: 400, height: 400, rotation: 10, assetId: PICTURE });
    expect(image.crop).toBeUndefined();
  });

  it('an ellipse stand-in masks the picture to a circle; a rounded rectangle keeps its corners', () => {
    const design = createDesign({ name: 'c', format: { preset: null, width: 1000, height: 1000 } });
    design.pages[0].elements = [
      createShapeElement({ id: 'avatar', shape: 'ellipse', x: 10, y: 10, width: 100, height: 100, slot: { kind: 'image', name: 'avatar', fit: 'cover', focalX: 0.5, focalY: 0.5 } }),
      createShapeElement({ id: 'card', shape: 'rect', cornerRadius: 24, x: 200, y: 10, width: 300, height: 200, slot: { kind: 'image', name: 'card', fit: 'cover', focalX: 0.5, focalY: 0.5 } }),
    ];
    const picture = { kind: 'image' as const, assetId: PICTURE, width: 640, height: 480 };
    const out = fillTemplate(design, { avatar: picture, card: picture });
    expect(byId(out, 'avatar')).toMatchObject({ type: 'image', mask: 'circle' });
    expect(byId(out, 'card')).toMatchObject({ type: 'image', cornerRadius: 24 });
  });

  it('sets a colour slot’s fill or outline', () => {
    const design = createDesign({ name: 'c', format: { preset: null, width: 100, height: 100 } });
    design.pages[0].elements = [
      createShapeElement({ id: 'band', shape: 'rect', x: 0, y: 0, width: 100, height: 20, slot: { kind: 'color', name: 'band', property: 'fill' } }),
      createTextElement({ id: 't', x: 0, y: 0, width: 100, text: 'x', stroke: { color: '#000000', width: 6 }, slot: { kind: 'color', name: 'outline', property: 'stroke' } }),
    ];
    const out = fillTemplate(design, { band: { kind: 'color', color: '#ff0000' }, outline: { kind: 'color', color: '#00ff00' } });
    expect(byId(out, 'band')).toMatchObject({ fill: '#ff0000' });
    expect(byId(out, 't')).toMatchObject({ stroke: { color: '#00ff00', width: 6 } });
  });

  it('sets an icon’s one colour from its colour slot, and moves nothing of it', () => {
    const design = createDesign({ name: 'i', format: { preset: null, width: 100, height: 100 } });
    const icon = createIconElement({ id: 'logo', icon: 'tabler:heart', paths: [{ d: 'M5 12l14 0', fill: false, stroke: true }], x: 10, y: 20, width: 48, height: 48, slot: { kind: 'color', name: 'logo colour', property: 'fill' } });
    design.pages[0].elements = [icon];
    const template = parseDesign(design).design;
    const out = fillTemplate(template, { 'Logo Colour': { kind: 'color', color: '#e8590c' } });
    expect(byId(out, 'logo')).toEqual({ ...byId(template, 'logo'), color: '#e8590c' });
    expect(parseDesign(out).design).toEqual(out);
    // A text or a picture is no value for it.
    expect(refusal(() => fillTemplate(template, { 'logo colour': { kind: 'text', text: 'red' } })).en).toMatch(/logo colour/);
  });

  it('an icon takes a colour slot and no other kind', () => {
    const design = createDesign({ name: 'i', format: { preset: null, width: 100, height: 100 } });
    design.pages[0].elements = [createIconElement({ icon: 'tabler:heart', paths: [{ d: 'M5 12l14 0', fill: false, stroke: true }], x: 0, y: 0, width: 48, height: 48, slot: { kind: 'text', name: 'words' } })];
    expect(() => parseDesign(design)).toThrow(/words/);
  });

  it('fills slots inside groups', () => {
    const design = createDesign({ name: 'g', format: { preset: null, width: 100, height: 100 } });
    design.pages[0].elements = [{ ...createShapeElement({ shape: 'rect', x: 0, y: 0, width: 10, height: 10 }), id: 'g', type: 'group', children: [createTextElement({ id: 'in', x: 0, y: 0, width: 50, text: 'a', slot: { kind: 'text', name: 'label' } })] } as unknown as Element];
    const out = fillTemplate(parseDesign(design).design, { label: { kind: 'text', text: 'b' } });
    expect((out.pages[0].elements[0] as { children: Element[] }).children[0]).toMatchObject({ text: 'b' });
  });

  it('refuses, naming the slot, in English and French', () => {
    const meme = twoBoxMeme();
    expect(refusal(() => fillTemplate(meme, { middle: { kind: 'text', text: 'x' } }))).toEqual({
      en: 'This template has no slot "middle" (its slots: picture, top, bottom).',
      fr: 'Ce modèle n’a pas d’emplacement «\u00a0middle\u00a0» (ses emplacements\u00a0: picture, top, bottom).',
    });
    expect(refusal(() => fillTemplate(meme, { top: { kind: 'image', assetId: PICTURE, width: 1, height: 1 } })).en).toBe('Slot "top" takes words.');
    expect(refusal(() => fillTemplate(meme, { picture: { kind: 'text', text: 'x' } })).fr).toBe('L’emplacement «\u00a0picture\u00a0» attend une image.');
    expect(refusal(() => fillTemplate(meme, { picture: { kind: 'image', assetId: PICTURE, width: 0, height: 5 } })).en).toBe('Slot "picture": the picture has no usable size.');
    expect(refusal(() => fillTemplate(meme, { bottom: { kind: 'text', text: 'x' } }, { complete: true })).en).toBe('Slot "picture" needs a picture.');
    expect(refusal(() => fillTemplate(meme, { picture: { kind: 'image', assetId: PICTURE, width: 10, height: 10 } }, { complete: true })).fr).toBe('L’emplacement «\u00a0bottom\u00a0» doit recevoir du texte.');
    expect(refusal(() => fillTemplate(createDesign({ name: 'x', format: { preset: null, width: 10, height: 10 } }), {})).en).toMatch(/no slots/);
  });

  it('gives the example words in the UI language, and what is left to fill', () => {
    const meme = twoBoxMeme();
    expect(exampleValues(meme, 'fr')).toEqual({ top: { kind: 'text', text: 'QUAND LE CODE MARCHE' } });
    expect(unfilledSlots(meme, { Top: { kind: 'text', text: 'x' } }).map((s) => s.name)).toEqual(['picture', 'bottom']);
  });

  it('a cover crop always has the box’s shape, stays inside the picture and keeps the focal point’s side (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8000 }),
        fc.integer({ min: 1, max: 8000 }),
        fc.integer({ min: 10, max: 4000 }),
        fc.integer({ min: 10, max: 4000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (pw, ph, bw, bh, fx, fy) => {
          const design = createDesign({ name: 'p', format: { preset: null, width: 8000, height: 8000 } });
          design.pages[0].elements = [createImageElement({ id: 'p', assetId: OTHER, x: 5, y: 7, width: bw, height: bh, slot: { kind: 'image', name: 'p', fit: 'cover', focalX: fx, focalY: fy } })];
          const out = fillTemplate(design, { p: { kind: 'image', assetId: PICTURE, width: pw, height: ph } });
          const image = byId(out, 'p') as ImageElement;
          expect(image).toMatchObject({ x: 5, y: 7, width: bw, height: bh });
          const crop = image.crop!;
          expect(crop.x).toBeGreaterThanOrEqual(0);
          expect(crop.y).toBeGreaterThanOrEqual(0);
          expect(crop.x + crop.width).toBeLessThanOrEqual(1 + 1e-9);
          expect(crop.y + crop.height).toBeLessThanOrEqual(1 + 1e-9);
          expect(Math.max(crop.width, crop.height)).toBeCloseTo(1, 9);
          expect((crop.width * pw) / (crop.height * ph)).toBeCloseTo(bw / bh, 6);
          parseDesign(out);
        },
      ),
      { numRuns: 300 },
    );
  });
});

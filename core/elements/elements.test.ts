/**
 * Element type modules: one per type of the schema; the assets and fonts a design uses, found at
 * any depth through the one walk; each type's resize rules.
 */
import { describe, expect, it } from 'vitest';
import { elementSchema, type Design, type Element, type GroupElement } from '../schema/design';
import { createDesign, createImageElement, createShapeElement, createTextElement, createVideoElement, createIconElement } from '../schema/factory';
import { SHAPE_KINDS } from '../schema/constants';
import { assetIdsOf, assetIdsOfDesign, ELEMENTS, fontFamiliesOf, moduleOf, needsVideoExport, NEW_SHAPES } from '.';
import { scaleElement, keepsAspectRatio } from '../editor/scale';

const hash = (c: string) => c.repeat(64);
const text = (fontFamily: string) => createTextElement({ x: 0, y: 0, width: 100, fontFamily });
const group = (children: Element[]): GroupElement => ({ ...createShapeElement({ shape: 'rect', x: 10, y: 20, width: 100, height: 50 }), type: 'group', children }) as unknown as GroupElement;

function designWith(elements: Element[][]): Design {
  const design = createDesign({ name: 'E', format: { preset: null, width: 1000, height: 1000 } });
  design.pages = elements.map((list, i) => ({ ...design.pages[0], id: `p${i}`, elements: list }));
  return design;
}

describe('element modules', () => {
  it('has one module for each element type of the schema, under its own type', () => {
    // The registry is typed by the schema's types (a new one fails to compile); here, each module's
    // type is one the schema accepts, and a type the schema does not know has no module.
    const samples: Element[] = [
      text('Inter'),
      createImageElement({ assetId: hash('a'), x: 0, y: 0, width: 1, height: 1 }),
      createShapeElement({ shape: 'rect', x: 0, y: 0, width: 1, height: 1 }),
      createVideoElement({ assetId: hash('b'), x: 0, y: 0, width: 1, height: 1 }),
      group([text('Inter')]),
      createIconElement({ icon: 'tabler:minus', paths: [{ d: 'M5 12l14 0', fill: false, stroke: true }], x: 0, y: 0, width: 1, height: 1 }),
    ];
    expect(samples.map((el) => el.type).sort()).toEqual(Object.keys(ELEMENTS).sort());
    for (const el of samples) {
      expect(elementSchema.safeParse(el).success).toBe(true);
      expect(moduleOf(el).type).toBe(el.type);
    }
    expect(elementSchema.safeParse({ ...samples[2], type: 'sticker' }).success).toBe(false);
  });

  it('finds every asset a design uses: images and videos at any depth, backgrounds, the soundtrack, once each', () => {
    const design = designWith([
      [createImageElement({ assetId: hash('a'), x: 0, y: 0, width: 1, height: 1 }), group([group([createVideoElement({ assetId: hash('b'), x: 0, y: 0, width: 1, height: 1 })])])],
      [createImageElement({ assetId: hash('a'), x: 0, y: 0, width: 1, height: 1 }), text('Inter')],
    ]);
    design.pages[1].background = { fill: '#ffffff', image: { assetId: hash('c'), fit: 'cover', focalX: 0.5, focalY: 0.5 } };
    design.audio = { assetId: hash('d'), volume: 1, startMs: 0, fadeInMs: 0, fadeOutMs: 0 };
    expect(assetIdsOfDesign(design).sort()).toEqual([hash('a'), hash('b'), hash('c'), hash('d')]);
    // A page: its elements and its background; a bare list: its elements only.
    expect(assetIdsOf(design.pages[1]).sort()).toEqual([hash('a'), hash('c')]);
    expect(assetIdsOf(design.pages[0].elements).sort()).toEqual([hash('a'), hash('b')]);
  });

  it('finds every font family the texts use, in groups too', () => {
    const design = designWith([[text('Inter'), group([text('Lora'), group([text('Brand Sans')])])], [text('Inter')]]);
    expect([...fontFamiliesOf(design)].sort()).toEqual(['Brand Sans', 'Inter', 'Lora']);
    expect([...fontFamiliesOf(design.pages[1])]).toEqual(['Inter']);
  });

  it('scales a text’s font with the height, a group’s children with it, and nothing else inside the box', () => {
    const scaledText = scaleElement(createTextElement({ x: 10, y: 10, width: 100, fontSize: 40 }), 2, 3);
    expect(scaledText).toMatchObject({ x: 20, y: 30, width: 200, fontSize: 120 });
    const inner = createShapeElement({ shape: 'rect', x: 5, y: 5, width: 10, height: 10 });
    const scaledGroup = scaleElement(group([inner]), 2, 2) as GroupElement;
    expect(scaledGroup.children[0]).toMatchObject({ x: 10, y: 10, width: 20, height: 20 });
    const image = createImageElement({ assetId: hash('a'), x: 0, y: 0, width: 10, height: 10, crop: { x: 0.1, y: 0.1, width: 0.5, height: 0.5 } });
    expect(scaleElement(image, 2, 2)).toEqual({ ...image, width: 20, height: 20 });
    expect(moduleOf(createTextElement({ x: 0, y: 0, width: 1, fontSize: 1000 })).scaleContent(createTextElement({ x: 0, y: 0, width: 1, fontSize: 1000 }), 1, 5, scaleElement)).toMatchObject({ fontSize: 2000 });
  });

  it('keeps a group’s ratio always, another element’s when its own lock says so', () => {
    expect(keepsAspectRatio(group([text('Inter')]))).toBe(true);
    expect(keepsAspectRatio(text('Inter'))).toBe(false);
    expect(keepsAspectRatio({ ...text('Inter'), aspectLocked: true })).toBe(true);
  });

  it('knows a still cannot show a video, even in a group', () => {
    expect(needsVideoExport([text('Inter'), group([createImageElement({ assetId: hash('a'), x: 0, y: 0, width: 1, height: 1 })])])).toBe(false);
    expect(needsVideoExport([text('Inter'), group([group([createVideoElement({ assetId: hash('b'), x: 0, y: 0, width: 1, height: 1 })])])])).toBe(true);
  });

  it('gives every shape kind its new size, colour and points', () => {
    expect(Object.keys(NEW_SHAPES).sort()).toEqual([...SHAPE_KINDS].sort());
    expect(NEW_SHAPES.star.sides).toBe(5);
    expect(NEW_SHAPES.polygon.sides).toBe(6);
    for (const { fill } of Object.values(NEW_SHAPES)) expect(fill).toMatch(/^#[0-9a-f]{6}$/);
  });
});

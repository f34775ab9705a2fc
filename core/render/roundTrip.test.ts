/**
 * What the editor relies on: building an element and reading its Fabric object back gives the
 * element's geometry again, so moving things around never makes them creep or shrink.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as fabricNode from 'fabric/node';
import { buildElement, readGeometry, fitPointsToBox, starPoints, polygonPoints, bubblePath, type AfficheTextbox, type FabricNS, type RenderEnv } from '.';
import { createShapeElement, createTextElement, SHAPE_KINDS, type Element, type GroupElement } from '../schema';

const env: RenderEnv = { fabric: fabricNode as unknown as FabricNS, loadImage: async () => null };

function expectSameBox(actual: ReturnType<typeof readGeometry>, el: Element, checkHeight = true) {
  expect(actual.x).toBeCloseTo(el.x, 1);
  expect(actual.y).toBeCloseTo(el.y, 1);
  expect(actual.width).toBeCloseTo(el.width, 1);
  if (checkHeight) expect(actual.height).toBeCloseTo(el.height, 1);
  expect(actual.rotation).toBeCloseTo(el.rotation, 1);
}

describe('build then read back', () => {
  it('every shape kind, any box and rotation (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SHAPE_KINDS),
        fc.record({
          x: fc.integer({ min: -500, max: 2000 }),
          y: fc.integer({ min: -500, max: 2000 }),
          width: fc.integer({ min: 4, max: 1500 }),
          height: fc.integer({ min: 4, max: 1500 }),
          rotation: fc.integer({ min: -179, max: 180 }),
          sides: fc.integer({ min: 3, max: 12 }),
        }),
        async (shape, box) => {
          const el = createShapeElement({ shape, ...box, stroke: { color: '#000000', width: 6 } });
          expectSameBox(readGeometry(await buildElement(env, el)), el);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a text box keeps x, y, width and rotation', async () => {
    const el = createTextElement({ x: 120, y: 340, width: 600, text: 'Deux\nlignes', fontSize: 80, rotation: 30 });
    const geometry = readGeometry(await buildElement(env, el));
    expectSameBox(geometry, el, false);
    expect(geometry.height).toBeGreaterThan(150);
  });

  it('dashed lines and bubbles with any corner radius fill their box (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('line' as const, 'bubble' as const, 'arrow' as const),
        fc.record({ x: fc.integer({ min: -500, max: 2000 }), y: fc.integer({ min: -500, max: 2000 }), width: fc.integer({ min: 2, max: 1500 }), height: fc.integer({ min: 2, max: 400 }) }),
        fc.integer({ min: 0, max: 300 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }),
        async (shape, box, cornerRadius, dash) => {
          const el = createShapeElement({ shape, ...box, cornerRadius, stroke: { color: '#000000', width: 4, dash } });
          expectSameBox(readGeometry(await buildElement(env, el)), el);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a highlight box does not change the text box', async () => {
    const plain = createTextElement({ x: 100, y: 200, width: 500, text: 'Promo', fontSize: 60 });
    const boxed = { ...plain, background: { color: '#ffcc00', padding: 40, radius: 16 } };
    const a = readGeometry(await buildElement(env, plain));
    const b = readGeometry(await buildElement(env, boxed));
    expect(b).toEqual(a);
    expectSameBox(b, plain, false);
  });

  it('auto-fit text shrinks its font and keeps the element box, height included', async () => {
    const el = createTextElement({ x: 40, y: 60, width: 300, height: 120, text: 'Un texte bien trop long pour tenir dans ce cadre', fontSize: 120, autoFit: true });
    const object = (await buildElement(env, el)) as AfficheTextbox;
    expectSameBox(readGeometry(object), el);
    expect(object.fontSize).toBeLessThan(120);
    expect(object.fontSize).toBeGreaterThanOrEqual(6);
    // The frame is the box (the ink inside it is checked on pixels: fitText.pixels.test.ts).
    expect(object.height).toBe(120);
    // Rebuilding from what was read back gives the same result: no creeping.
    const again = (await buildElement(env, { ...el, ...readGeometry(object) })) as AfficheTextbox;
    expect(again.fontSize).toBe(object.fontSize);
    // Text that already fits keeps its size.
    const short = (await buildElement(env, { ...el, text: 'Ok', fontSize: 40 })) as AfficheTextbox;
    expect(short.fontSize).toBe(40);
  });

  it('a word longer than the box is shrunk until it fits the width too', async () => {
    const el = createTextElement({ x: 0, y: 0, width: 200, height: 400, text: 'Anticonstitutionnellement', fontSize: 90, autoFit: true });
    const object = (await buildElement(env, el)) as AfficheTextbox;
    expect(readGeometry(object).width).toBeCloseTo(200, 1);
    expect(object.fontSize).toBeLessThan(90);
  });

  it('a group keeps its own box and its children their page positions', async () => {
    const group: GroupElement = {
      id: 'g', type: 'group', name: 'Logo', x: 900, y: 180, width: 240, height: 240, rotation: 0, opacity: 1, locked: false, hidden: false,
      children: [
        createShapeElement({ id: 'a', shape: 'polygon', sides: 6, x: 0, y: 0, width: 240, height: 240 }),
        createShapeElement({ id: 'b', shape: 'rect', x: 80, y: 70, width: 90, height: 100 }),
      ],
    };
    const object = await buildElement(env, group);
    expectSameBox(readGeometry(object), group);
    const [, child] = (object as unknown as { getObjects(): fabricNode.FabricObject[] }).getObjects();
    const center = child.getCenterPoint();
    expect(center.x).toBeCloseTo(900 + 80 + 45, 1);
    expect(center.y).toBeCloseTo(180 + 70 + 50, 1);
    expectSameBox(readGeometry(await buildElement(env, { ...group, rotation: 45 })), { ...group, rotation: 45 });
  });
});

describe('polygon points', () => {
  it('fill their box exactly', () => {
    for (const points of [starPoints(200, 100, 5), polygonPoints(200, 100, 6), polygonPoints(50, 80, 3)]) {
      const xs = points.map((p) => p.x);
      const ys = points.map((p) => p.y);
      expect(Math.min(...xs)).toBeCloseTo(0);
      expect(Math.min(...ys)).toBeCloseTo(0);
    }
    expect(Math.max(...starPoints(200, 100, 5).map((p) => p.x))).toBeCloseTo(200);
    expect(fitPointsToBox([{ x: 1, y: 1 }, { x: 3, y: 5 }], 10, 20)).toEqual([{ x: 0, y: 0 }, { x: 10, y: 20 }]);
  });

  it('a bubble path spans exactly its box', () => {
    const path = new (env.fabric.Path)(bubblePath(300, 200, 24));
    expect([path.width, path.height]).toEqual([300, 200]);
  });
});

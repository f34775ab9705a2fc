/**
 * What the editor relies on: building an element and reading its Fabric object back gives the
 * element's geometry again, so moving things around never makes them creep or shrink.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as fabricNode from 'fabric/node';
import { buildElement, readGeometry, fitPointsToBox, starPoints, polygonPoints, type FabricNS, type RenderEnv } from '.';
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
});

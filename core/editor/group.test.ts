import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Element } from '../schema/design';
import { childToPage } from './actions';
import { ACTIONS } from './registry';
import { cornersOf, rotatedBounds, selectionBounds } from './bounds';
import { byId, createTestEditor, elementsOf, rect } from './testing';

const shape = fc.record({
  x: fc.double({ min: -500, max: 1500, noNaN: true }),
  y: fc.double({ min: -500, max: 1500, noNaN: true }),
  width: fc.double({ min: 1, max: 600, noNaN: true }),
  height: fc.double({ min: 1, max: 600, noNaN: true }),
  rotation: fc.double({ min: -180, max: 180, noNaN: true }),
});
const shapes = fc.array(shape, { minLength: 2, maxLength: 6 });

function expectSameCorners(actual: Element, expected: { x: number; y: number; width: number; height: number; rotation: number }) {
  const a = cornersOf(actual);
  const e = cornersOf(expected);
  a.forEach((p, i) => {
    expect(Math.abs(p.x - e[i].x)).toBeLessThan(0.01);
    expect(Math.abs(p.y - e[i].y)).toBeLessThan(0.01);
  });
}

describe('HeadlessEditor: group and ungroup', () => {
  it('groups the selection into a box around the children rotated bounds, children relative to it', () => {
    const editor = createTestEditor();
    const [a, b, c] = editor.createElements([rect(100, 100, 50, 50), rect(300, 400, 200, 20, { rotation: 90 }), rect(0, 0, 5, 5)]);
    editor.select([a, b]);
    const g = editor.group()!;
    expect(editor.selection).toEqual([g]);
    const group = byId(editor, g);
    if (group.type !== 'group') throw new Error('not a group');
    // The bar shows as x 390..410, y 310..510.
    expect(group).toMatchObject({ x: 100, y: 100, rotation: 0 });
    expect(group.width).toBeCloseTo(310);
    expect(group.height).toBeCloseTo(410);
    expect(group.children.map((ch) => [ch.x, ch.y])).toEqual([[0, 0], [200, 300]]);
    // The group takes the paint position of its topmost member; the others keep theirs.
    expect(elementsOf(editor).map((e) => e.id)).toEqual([g, c]);
    editor.undo();
    expect(elementsOf(editor).map((e) => e.id)).toEqual([a, b, c]);
    expect(editor.selection).toEqual([a, b]);
  });

  it('leaves locked elements out of a group (they would move with it)', () => {
    const editor = createTestEditor();
    const [a, b, locked] = editor.createElements([rect(0, 0), rect(200, 0), rect(50, 50, 10, 10, { locked: true })]);
    const g = editor.group()!;
    const group = byId(editor, g);
    expect(group.type === 'group' && group.children.map((c) => c.id)).toEqual([a, b]);
    expect(elementsOf(editor).map((e) => e.id)).toEqual([g, locked]);
  });

  it('needs two elements to group, and ungroup needs a group', () => {
    const editor = createTestEditor();
    editor.createElements([rect(0, 0)]);
    expect(editor.group()).toBeNull();
    const before = editor.design;
    editor.ungroup();
    expect(editor.design).toBe(before);
    expect(editor.undoDepth).toBe(1);
  });

  it('ungrouping a rotated, faded group applies its rotation and opacity to the children', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0, 100, 100), rect(100, 0, 100, 100)]);
    const g = editor.group()!;
    editor.updateElements([{ id: g, patch: { rotation: 90, opacity: 0.5 } }]);
    expect(editor.ungroup()).toEqual([a, b]);
    // The group 200 x 100 centred on (100, 50) turned 90°: a goes above, b below.
    expect(byId(editor, a).x).toBeCloseTo(50);
    expect(byId(editor, a).y).toBeCloseTo(-50);
    expect(byId(editor, b).y).toBeCloseTo(50);
    expect(byId(editor, a)).toMatchObject({ rotation: 90, opacity: 0.5 });
  });

  it('property: group then ungroup keeps every child where it was (0.01 px)', () => {
    fc.assert(
      fc.property(shapes, (geometry) => {
        const editor = createTestEditor();
        const ids = editor.createElements(geometry.map((g) => rect(g.x, g.y, g.width, g.height, { rotation: g.rotation })));
        const before = ids.map((id) => byId(editor, id));
        editor.group();
        expect(editor.ungroup()).toEqual(ids);
        before.forEach((el) => {
          const after = byId(editor, el.id);
          expect(Math.abs(after.x - el.x)).toBeLessThan(0.01);
          expect(Math.abs(after.y - el.y)).toBeLessThan(0.01);
          expect(after.width).toBe(el.width);
          expect(after.height).toBe(el.height);
          expect(after.rotation).toBe(el.rotation);
        });
      }),
      { numRuns: 200 },
    );
  });

  it('property: the group box holds every child exactly (tight union of rotated bounds)', () => {
    fc.assert(
      fc.property(shapes, (geometry) => {
        const editor = createTestEditor();
        editor.createElements(geometry.map((g) => rect(g.x, g.y, g.width, g.height, { rotation: g.rotation })));
        const expected = selectionBounds(elementsOf(editor))!;
        const group = byId(editor, editor.group()!);
        expect(group.x).toBeCloseTo(expected.x, 6);
        expect(group.width).toBeCloseTo(expected.width, 6);
      }),
      { numRuns: 100 },
    );
  });

  it('property: after rotating the group, ungroup puts each child where the group showed it', () => {
    fc.assert(
      fc.property(shapes, fc.double({ min: -180, max: 180, noNaN: true }), (geometry, turn) => {
        const editor = createTestEditor();
        const ids = editor.createElements(geometry.map((g) => rect(g.x, g.y, g.width, g.height, { rotation: g.rotation })));
        const g = editor.group()!;
        editor.updateElements([{ id: g, patch: { rotation: turn } }]);
        const group = byId(editor, g);
        if (group.type !== 'group') throw new Error('not a group');
        // Reference: each child's corners as the group draws them, by composing the two rotations.
        const shown = group.children.map((child) => {
          const pivot = { x: group.x + group.width / 2, y: group.y + group.height / 2 };
          const local = cornersOf({ ...child, x: group.x + child.x, y: group.y + child.y });
          return local.map((p) => {
            const rad = (turn * Math.PI) / 180;
            const dx = p.x - pivot.x;
            const dy = p.y - pivot.y;
            return { x: pivot.x + dx * Math.cos(rad) - dy * Math.sin(rad), y: pivot.y + dx * Math.sin(rad) + dy * Math.cos(rad) };
          });
        });
        editor.ungroup();
        ids.forEach((id, i) => {
          cornersOf(byId(editor, id)).forEach((p, k) => {
            expect(Math.abs(p.x - shown[i][k].x)).toBeLessThan(0.01);
            expect(Math.abs(p.y - shown[i][k].y)).toBeLessThan(0.01);
          });
        });
      }),
      { numRuns: 200 },
    );
  });

  it('childToPage is the identity for an unrotated group at the origin', () => {
    const child = rect(10, 20, 30, 40, { rotation: 30 });
    const parent = { ...rect(0, 0, 100, 100), type: 'group' as const, children: [child] };
    expectSameCorners(childToPage(parent, child), child);
    expect(rotatedBounds(childToPage(parent, child))).toEqual(rotatedBounds(child));
  });
});

describe('HeadlessEditor: resizing a group scales its content', () => {
  it('scales children positions, sizes and font sizes with the group box', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(100, 100, 100, 100), rect(300, 100, 100, 100)]);
    const g = editor.group()!;
    editor.beginGesture();
    editor.resizeElements([{ id: g, box: { x: 100, y: 100, width: 600, height: 200 } }]);
    editor.endGesture();
    editor.ungroup();
    expect(byId(editor, a)).toMatchObject({ x: 100, y: 100, width: 200, height: 200 });
    expect(byId(editor, b)).toMatchObject({ x: 500, y: 100, width: 200, height: 200 });
    editor.undo();
    editor.undo();
    expect(byId(editor, g)).toMatchObject({ width: 300, height: 100 });
  });

  it('a locked element keeps its box; a plain element just takes the new one', () => {
    const editor = createTestEditor();
    const [a, locked] = editor.createElements([rect(0, 0), rect(0, 0, 10, 10, { locked: true })]);
    editor.resizeElements([{ id: a, box: { x: 5, y: 6, width: 7, height: 8 } }, { id: locked, box: { x: 1, y: 1, width: 1, height: 1 } }]);
    expect(byId(editor, a)).toMatchObject({ x: 5, y: 6, width: 7, height: 8 });
    expect(byId(editor, locked)).toMatchObject({ x: 0, y: 0, width: 10, height: 10 });
  });

  it('property: a uniform group scale scales every child about the group corner (0.01 px)', () => {
    fc.assert(
      fc.property(shapes, fc.double({ min: 0.1, max: 5, noNaN: true }), (geometry, s) => {
        const editor = createTestEditor();
        const ids = editor.createElements(geometry.map((g) => rect(g.x, g.y, g.width, g.height, { rotation: g.rotation })));
        const before = ids.map((id) => byId(editor, id));
        const g = byId(editor, editor.group()!);
        editor.resizeElements([{ id: g.id, box: { x: g.x, y: g.y, width: g.width * s, height: g.height * s } }]);
        editor.ungroup();
        before.forEach((el) => {
          const scaled = { x: g.x + (el.x - g.x) * s, y: g.y + (el.y - g.y) * s, width: el.width * s, height: el.height * s, rotation: el.rotation };
          expectSameCorners(byId(editor, el.id), scaled);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('transformElements (what the canvas reports after a gesture)', () => {
  it('scales a resized group children and patches the rest, in one step', () => {
    const editor = createTestEditor();
    const [a, b, c] = editor.createElements([rect(0, 0, 100, 100), rect(100, 100, 100, 100), rect(500, 500, 10, 10)]);
    editor.select([a, b]);
    const g = editor.group()!;
    const depth = editor.undoDepth;
    editor.run(ACTIONS.transform, {
      changes: [
        { id: g, patch: { x: 10, y: 20, width: 400, height: 400, rotation: 30 } },
        { id: c, patch: { x: 600 } },
      ],
    });
    expect(editor.undoDepth).toBe(depth + 1);
    const group = byId(editor, g);
    if (group.type !== 'group') throw new Error('not a group');
    expect(group).toMatchObject({ x: 10, y: 20, width: 400, height: 400, rotation: 30 });
    expect(group.children.map((ch) => [ch.x, ch.y, ch.width, ch.height])).toEqual([
      [0, 0, 200, 200],
      [200, 200, 200, 200],
    ]);
    expect(byId(editor, c).x).toBe(600);
  });

  it('a moved group keeps its children as they were', () => {
    const editor = createTestEditor();
    const ids = editor.createElements([rect(0, 0, 100, 100), rect(100, 100, 100, 100)]);
    editor.select(ids);
    const g = editor.group()!;
    const before = byId(editor, g);
    editor.run(ACTIONS.transform, { changes: [{ id: g, patch: { x: 50, y: 60, width: before.width, height: before.height } }] });
    const after = byId(editor, g);
    if (after.type !== 'group' || before.type !== 'group') throw new Error('not a group');
    expect(after.children).toBe(before.children);
    expect(after).toMatchObject({ x: 50, y: 60 });
  });
});

describe('setSize (the width and height fields)', () => {
  it('changes one side freely, or both when the ratio is locked; a group keeps its ratio and scales its children', () => {
    const editor = createTestEditor();
    const [free, locked] = editor.createElements([rect(10, 20, 200, 100), rect(0, 0, 200, 100, { aspectLocked: true })]);
    editor.run(ACTIONS.setSize, { id: free, width: 400 });
    expect(byId(editor, free)).toMatchObject({ x: 10, y: 20, width: 400, height: 100 });
    editor.run(ACTIONS.setSize, { id: locked, height: 50 });
    expect(byId(editor, locked)).toMatchObject({ width: 100, height: 50 });
    editor.select([free, locked]);
    const g = editor.group()!;
    const before = byId(editor, g);
    editor.run(ACTIONS.setSize, { id: g, width: before.width * 2 });
    const after = byId(editor, g);
    if (after.type !== 'group') throw new Error('not a group');
    expect(after.height).toBeCloseTo(before.height * 2);
    expect(after.children.map((c) => c.width)).toEqual([800, 200]);
  });

  it('never leaves the schema bounds, keeps the ratio doing so, and ignores nonsense', async () => {
    const { designSchema } = await import('../schema/design');
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9 }), fc.boolean(), (value, locked) => {
        const editor = createTestEditor();
        const [id] = editor.createElements([rect(0, 0, 300, 100, { aspectLocked: locked })]);
        editor.run(ACTIONS.setSize, { id, width: value });
        const el = byId(editor, id);
        expect(designSchema.safeParse(editor.design).success).toBe(true);
        if (locked) expect(el.width / el.height).toBeCloseTo(3, 6);
        else if (value >= 1) expect(el.height).toBe(100); // the other side is left alone
      }),
      // The bound itself and just above it (w * (max / w) can land a hair above max).
      { numRuns: 300, examples: [[21472584.25145451, false], [21472584.25145451, true], [100000.00000000001, true], [100000, false]] },
    );
  });
});

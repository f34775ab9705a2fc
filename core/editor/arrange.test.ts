import { describe, expect, it } from 'vitest';
import { rotatedBounds } from './bounds';
import { byId, createTestEditor, elementsOf, rect } from './testing';

describe('HeadlessEditor: move and nudge', () => {
  it('moves the selection; locked elements never move', () => {
    const editor = createTestEditor();
    const [a, locked] = editor.createElements([rect(0, 0), rect(200, 200, 50, 50, { locked: true })]);
    editor.moveSelection(15, -5);
    expect(byId(editor, a)).toMatchObject({ x: 15, y: -5 });
    expect(byId(editor, locked)).toMatchObject({ x: 200, y: 200 });
  });

  it('nudges 1 px, 10 px with shift; held-key repeats are one step', () => {
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(100, 100)]);
    editor.nudge('right');
    editor.nudge('down', true);
    editor.nudge('left', true);
    editor.nudge('up');
    expect(byId(editor, a)).toMatchObject({ x: 91, y: 109 });
    expect(editor.undoDepth).toBe(2);
    editor.undo();
    expect(byId(editor, a)).toMatchObject({ x: 100, y: 100 });
  });

  it('a locked element alone does not move and records no step', () => {
    const editor = createTestEditor();
    editor.createElements([rect(0, 0, 10, 10, { locked: true })]);
    const before = editor.design;
    editor.nudge('left');
    editor.align('right');
    expect(editor.design).toBe(before);
    expect(editor.undoDepth).toBe(1);
  });
});

describe('HeadlessEditor: align and distribute', () => {
  it('aligns to the selection bounds on each edge', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(10, 20, 100, 50), rect(300, 200, 40, 40)]);
    editor.align('left');
    expect([byId(editor, a).x, byId(editor, b).x]).toEqual([10, 10]);
    editor.align('right');
    expect([byId(editor, a).x, byId(editor, b).x]).toEqual([10, 70]);
    editor.align('center');
    expect([byId(editor, a).x, byId(editor, b).x]).toEqual([10, 40]);
    editor.align('top');
    expect([byId(editor, a).y, byId(editor, b).y]).toEqual([20, 20]);
    editor.align('bottom');
    expect([byId(editor, a).y, byId(editor, b).y]).toEqual([20, 30]);
    editor.align('middle');
    expect([byId(editor, a).y, byId(editor, b).y]).toEqual([20, 25]);
  });

  it('aligns one element, or any selection when asked, to the page', () => {
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(10, 20, 100, 50)]);
    editor.align('center');
    editor.align('bottom');
    expect(byId(editor, a)).toMatchObject({ x: 490, y: 1030 });
    const [b] = editor.createElements([rect(0, 0, 10, 10)]);
    editor.select([a, b]);
    editor.align('right', 'page');
    expect([byId(editor, a).x, byId(editor, b).x]).toEqual([980, 1070]);
  });

  it('aligns rotated elements by what the user sees (their rotated bounds)', () => {
    const editor = createTestEditor();
    // 200 x 20 turned 90 degrees: shows as 20 wide, 200 tall, centred on (100, 10).
    const [bar, box] = editor.createElements([rect(0, 0, 200, 20, { rotation: 90 }), rect(300, 300, 50, 50)]);
    editor.align('left');
    expect(rotatedBounds(byId(editor, bar)).x).toBeCloseTo(90);
    expect(byId(editor, box).x).toBeCloseTo(90);
    editor.align('top');
    expect(rotatedBounds(byId(editor, bar)).y).toBeCloseTo(-90);
    expect(byId(editor, box).y).toBeCloseTo(-90);
  });

  it('keeps locked elements in place but counts them in the bounds', () => {
    const editor = createTestEditor();
    const [locked, a] = editor.createElements([rect(0, 0, 10, 10, { locked: true }), rect(500, 500)]);
    editor.align('left');
    expect(byId(editor, locked).x).toBe(0);
    expect(byId(editor, a).x).toBe(0);
  });

  it('distributes with equal gaps, rotated elements by their visible bounds', () => {
    const editor = createTestEditor();
    const ids = editor.createElements([
      rect(0, 0, 100, 100),
      rect(600, 0, 100, 100),
      rect(130, 0, 200, 20, { rotation: 90 }), // visible 20 wide
      rect(700, 0, 100, 100),
    ]);
    editor.distribute('horizontal');
    const boxes = ids.map((id) => rotatedBounds(byId(editor, id))).sort((p, q) => p.x - q.x);
    const gaps = boxes.slice(1).map((b, i) => b.x - (boxes[i].x + boxes[i].width));
    // Span 0..800, widths 100 + 20 + 100 + 100 = 320: three gaps of 160.
    for (const gap of gaps) expect(gap).toBeCloseTo(160);
    expect(boxes[0].x).toBeCloseTo(0);
    expect(boxes[3].x + boxes[3].width).toBeCloseTo(800);
  });

  it('distributes vertically and needs three elements', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0, 10, 10), rect(0, 100, 10, 10)]);
    const before = editor.design;
    editor.distribute('vertical');
    expect(editor.design).toBe(before);
    const [c] = editor.createElements([rect(0, 20, 10, 30)]);
    editor.select([a, b, c]);
    editor.distribute('vertical');
    expect(byId(editor, c).y).toBeCloseTo(40);
  });
});

describe('HeadlessEditor: z-order', () => {
  const order = (editor: ReturnType<typeof createTestEditor>) => elementsOf(editor).map((e) => e.name);
  function setup() {
    const editor = createTestEditor();
    const ids = editor.createElements(['a', 'b', 'c', 'd'].map((name) => rect(0, 0, 10, 10, { name })));
    return { editor, ids };
  }

  it('brings forward and sends backward one step, as a block', () => {
    const { editor, ids } = setup();
    editor.select([ids[0], ids[1]]);
    editor.bringForward();
    expect(order(editor)).toEqual(['c', 'a', 'b', 'd']);
    editor.sendBackward();
    expect(order(editor)).toEqual(['a', 'b', 'c', 'd']);
    const before = editor.design;
    editor.sendBackward();
    expect(editor.design).toBe(before);
    // The top element can't go further up; a lone element moves past one neighbour.
    editor.select([ids[3]]);
    editor.bringForward();
    expect(editor.design).toBe(before);
    editor.sendBackward();
    expect(order(editor)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('brings to front and sends to back', () => {
    const { editor, ids } = setup();
    editor.select([ids[0], ids[2]]);
    editor.bringToFront();
    expect(order(editor)).toEqual(['b', 'd', 'a', 'c']);
    editor.select([ids[3]]);
    editor.sendToBack();
    expect(order(editor)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('reorders one element to an index (layers panel), clamped', () => {
    const { editor, ids } = setup();
    editor.reorder(ids[3], 1);
    expect(order(editor)).toEqual(['a', 'd', 'b', 'c']);
    editor.reorder(ids[0], 99);
    expect(order(editor)).toEqual(['d', 'b', 'c', 'a']);
    editor.undo();
    expect(order(editor)).toEqual(['a', 'd', 'b', 'c']);
  });
});

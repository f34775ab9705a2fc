/** The one walk over element trees (walk.ts): order, places, skip and stop, and no stack to overflow. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Element, GroupElement } from './design';
import { createDesign, createShapeElement, createTextElement } from './factory';
import { someElement, walkElements, type WalkPlace } from './walk';

const box = (id: string) => createShapeElement({ id, shape: 'rect', x: 0, y: 0, width: 10, height: 10 });
const group = (id: string, children: Element[]): GroupElement => ({ ...box(id), type: 'group', children }) as unknown as GroupElement;

function visited(tree: Parameters<typeof walkElements>[0], step?: (el: Element) => 'skip' | 'stop' | void): Array<[string, number, string | null, string, number]> {
  const out: Array<[string, number, string | null, string, number]> = [];
  walkElements(tree, (el, place: WalkPlace) => {
    out.push([el.id, place.depth, place.parent?.id ?? null, place.top.id, place.pageIndex]);
    return step?.(el);
  });
  return out;
}

describe('walkElements', () => {
  const tree = [box('a'), group('g', [box('b'), group('h', [box('c')])]), box('d')];

  it('visits every element in paint order, each before its children, with its depth, group and row', () => {
    expect(visited(tree)).toEqual([
      ['a', 0, null, 'a', 0],
      ['g', 0, null, 'g', 0],
      ['b', 1, 'g', 'g', 0],
      ['h', 1, 'g', 'g', 0],
      ['c', 2, 'h', 'g', 0],
      ['d', 0, null, 'd', 0],
    ]);
  });

  it('skips a group’s children on "skip" and ends on "stop"', () => {
    expect(visited(tree, (el) => (el.id === 'g' ? 'skip' : undefined)).map(([id]) => id)).toEqual(['a', 'g', 'd']);
    expect(visited(tree, (el) => (el.id === 'b' ? 'stop' : undefined)).map(([id]) => id)).toEqual(['a', 'g', 'b']);
    expect(someElement(tree, (el) => el.id === 'c')).toBe(true);
    expect(someElement(tree, (el) => el.id === 'z')).toBe(false);
  });

  it('walks every page of a design, numbering them, and a page on its own', () => {
    const design = createDesign({ name: 'W', format: { preset: null, width: 100, height: 100 } });
    design.pages = [
      { ...design.pages[0], elements: [box('p1')] },
      { ...design.pages[0], id: 'p2', elements: [group('g2', [createTextElement({ id: 't', x: 0, y: 0, width: 10 })])] },
    ];
    expect(visited(design).map(([id, , , , page]) => [id, page])).toEqual([
      ['p1', 0],
      ['g2', 1],
      ['t', 1],
    ]);
    expect(visited(design.pages[1]).map(([id]) => id)).toEqual(['g2', 't']);
  });

  it('keeps its own stack: 100,000 nested groups walk without a stack overflow', () => {
    let deep: Element = box('leaf');
    for (let i = 0; i < 100_000; i++) deep = group(`g${i}`, [deep]);
    let count = 0;
    let maxDepth = 0;
    walkElements([deep], (_el, { depth }) => {
      count++;
      maxDepth = Math.max(maxDepth, depth);
    });
    expect(count).toBe(100_001);
    expect(maxDepth).toBe(100_000);
  });

  it('visits each element of any tree exactly once (property)', () => {
    const arbTree: fc.Arbitrary<Element[]> = fc.letrec<{ list: Element[]; node: Element }>((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant(null).map(() => box('x')), tie('list').map((children) => group('x', children.length > 0 ? children : [box('x')]))),
      list: fc.array(tie('node'), { maxLength: 4 }),
    })).list;
    fc.assert(
      fc.property(arbTree, (elements) => {
        // Number the elements in paint order, pre-order, as a recursive walk would.
        let n = 0;
        const expected: string[] = [];
        const number = (list: Element[]): Element[] =>
          list.map((el) => {
            const id = `e${n++}`;
            expected.push(id);
            return el.type === 'group' ? { ...el, id, children: number(el.children) } : { ...el, id };
          });
        const numbered = number(elements);
        const seen: string[] = [];
        walkElements(numbered, (el) => void seen.push(el.id));
        expect(seen).toEqual(expected);
      }),
    );
  });
});

/**
 * The one walk over a design's element tree: every "for each element" need (asset usage, fonts,
 * ids, depth and count checks, what to preload) goes through `walkElements`, so group children are
 * never forgotten and deep nesting never overflows the stack (the walk keeps its own stack).
 */
import type { Design, Element, GroupElement, Page } from './design';

/** Where the walk is: the page (when walking a design or a page), the enclosing groups, the depth. */
export interface WalkPlace {
  /** Index of the page in the design; 0 when walking a page or a bare list. */
  pageIndex: number;
  /** The group the element sits in, or null at the top of the page. */
  parent: GroupElement | null;
  /** 0 for top-level elements, 1 for a group's children... */
  depth: number;
  /** The top-level element it belongs to (itself at depth 0): the row of the layers panel. */
  top: Element;
}

/** Return 'skip' to leave out an element's children, 'stop' to end the walk. */
export type WalkStep = void | 'skip' | 'stop';

export type ElementTree = Design | Page | readonly Element[];

function pagesOf(tree: ElementTree): ReadonlyArray<readonly Element[]> {
  if (Array.isArray(tree)) return [tree as readonly Element[]];
  if ('pages' in tree) return tree.pages.map((page) => page.elements);
  return [(tree as Page).elements];
}

/**
 * Visits every element of a design (every page), a page or a list, depth first in paint order:
 * an element, then its children, then its next sibling.
 */
export function walkElements(tree: ElementTree, visit: (element: Element, place: WalkPlace) => WalkStep): void {
  const pages = pagesOf(tree);
  for (let pageIndex = 0; pageIndex < pages.length; pageIndex++) {
    // Pending elements, next one last, so that popping them follows the paint order.
    const stack: Array<{ element: Element; place: WalkPlace }> = [];
    const push = (elements: readonly Element[], parent: GroupElement | null, depth: number, top: Element | null) => {
      for (let i = elements.length - 1; i >= 0; i--) stack.push({ element: elements[i], place: { pageIndex, parent, depth, top: top ?? elements[i] } });
    };
    push(pages[pageIndex], null, 0, null);
    for (let next = stack.pop(); next; next = stack.pop()) {
      const { element, place } = next;
      const step = visit(element, place);
      if (step === 'stop') return;
      if (step !== 'skip' && element.type === 'group') push(element.children, element, place.depth + 1, place.top);
    }
  }
}

/** True when some element of the tree passes `test` (the walk stops at the first). */
export function someElement(tree: ElementTree, test: (element: Element, place: WalkPlace) => boolean): boolean {
  let found = false;
  walkElements(tree, (element, place) => {
    if (!test(element, place)) return;
    found = true;
    return 'stop';
  });
  return found;
}

/**
 * Elements on every slide (design schema v9 `repeat`): a logo, a handle, a page number, a "swipe ->"
 * hint. Such an element lives once, on the page it was marked on (its home), and is drawn on every
 * page its rule names, over the page's own elements (docs/architecture.md, Carousels).
 *
 * `composePage` is the page as drawn and edited; `decomposePage` puts an edited composed page back:
 * a repeated element changed on any slide changes at its home, so it is edited once.
 */
import { PAGE_TOKENS, type RepeatRule } from '../schema/constants';
import type { Design, Element, Page } from '../schema/design';

/** Whether a rule draws its element on page `index` of `count`. */
export function repeatsOn(rule: RepeatRule, index: number, count: number): boolean {
  switch (rule) {
    case 'all':
      return true;
    case 'notFirst':
      return index > 0;
    case 'notLast':
      return index < count - 1;
    case 'notFirstOrLast':
      return index > 0 && index < count - 1;
  }
}

/** True when some page holds an element marked "on every slide". */
export function hasRepeated(design: Design): boolean {
  return design.pages.some((page) => page.elements.some((el) => el.repeat));
}

/**
 * Every repeated element of the design with its home page, in page order then paint order. An id
 * met again (a design already composed, as the editor's view is) counts once, at its first page.
 */
export function repeatedElements(design: Design): Array<{ element: Element; home: number }> {
  // Asked for each page of a design (composePage): found once per design object.
  const hit = repeatedCache.get(design);
  if (hit) return hit;
  const found: Array<{ element: Element; home: number }> = [];
  const seen = new Set<string>();
  design.pages.forEach((page, home) => {
    for (const element of page.elements) {
      if (!element.repeat || seen.has(element.id)) continue;
      seen.add(element.id);
      found.push({ element, home });
    }
  });
  repeatedCache.set(design, found);
  return found;
}
const repeatedCache = new WeakMap<Design, Array<{ element: Element; home: number }>>();

// Composed pages are cached per design object, so an unchanged design composes to the same page
// objects: the editor and its history tell "no change" by identity.
const cache = new WeakMap<Design, Map<number, Page>>();

/**
 * Page `index` as drawn and edited: its own elements that are not repeated, then every repeated
 * element of the design whose rule names this page (its own included), on top in page order. A
 * design with no repeated element gives its pages back unchanged.
 */
export function composePage(design: Design, index: number): Page {
  const page = design.pages[index];
  if (!page) throw new RangeError(`page ${index + 1} does not exist (the design has ${design.pages.length})`);
  const repeated = repeatedElements(design);
  if (repeated.length === 0) return page;
  let byIndex = cache.get(design);
  if (!byIndex) cache.set(design, (byIndex = new Map()));
  const hit = byIndex.get(index);
  if (hit) return hit;
  const count = design.pages.length;
  const shown = repeated.filter(({ element }) => repeatsOn(element.repeat!, index, count)).map(({ element }) => element);
  const composed: Page = { ...page, elements: [...page.elements.filter((el) => !el.repeat), ...shown] };
  byIndex.set(index, composed);
  return composed;
}

/**
 * Writes `edited` (the new element list of composed page `index`) back into `design`: elements that
 * are repeated go to their home page (changed, or removed when they were shown and are gone), new
 * or unmarked ones stay on this page, the others keep their place. Unchanged: the same design.
 */
export function decomposePage(design: Design, index: number, edited: readonly Element[]): Design {
  const page = design.pages[index];
  if (!page) throw new RangeError(`page ${index + 1} does not exist (the design has ${design.pages.length})`);
  const repeated = repeatedElements(design);
  if (repeated.length === 0 && !edited.some((el) => el.repeat)) {
    if (edited === page.elements) return design;
    return withPages(design, new Map([[index, edited as Element[]]]));
  }
  const composed = composePage(design, index);
  if (edited === composed.elements) return design;
  const homeOf = new Map(repeated.map(({ element, home }) => [element.id, home]));
  const shownIds = new Set(composed.elements.map((el) => el.id));
  const editedById = new Map(edited.map((el) => [el.id, el]));

  const next = new Map<number, Element[]>();
  // Repeated elements at home on other pages: changed in place, or gone when deleted here, or
  // moved here when unmarked on this page.
  design.pages.forEach((other, home) => {
    if (home === index || !other.elements.some((el) => el.repeat && shownIds.has(el.id))) return;
    const elements = other.elements.flatMap((el) => {
      if (!el.repeat || !shownIds.has(el.id)) return [el];
      const now = editedById.get(el.id);
      return now && now.repeat ? [now] : [];
    });
    next.set(home, elements);
  });
  // This page: everything edited except what lives elsewhere, plus its own repeated elements the
  // composition hid (a "not on the last slide" element at home on the last slide).
  const foreign = (el: Element) => el.repeat !== undefined && homeOf.has(el.id) && homeOf.get(el.id) !== index;
  const hiddenOwn = page.elements.filter((el) => el.repeat && !shownIds.has(el.id));
  next.set(index, [...edited.filter((el) => !foreign(el)), ...hiddenOwn]);
  return withPages(design, next);
}

function withPages(design: Design, changed: ReadonlyMap<number, Element[]>): Design {
  let dirty = false;
  const pages = design.pages.map((page, i) => {
    const elements = changed.get(i);
    if (!elements || sameList(elements, page.elements)) return page;
    dirty = true;
    return { ...page, elements };
  });
  return dirty ? { ...design, pages } : design;
}

function sameList(a: readonly Element[], b: readonly Element[]): boolean {
  return a.length === b.length && a.every((el, i) => el === b[i]);
}

/** True when a text holds a page token ({page} or {pages}). */
export function hasPageTokens(text: string): boolean {
  return text.includes(PAGE_TOKENS.page) || text.includes(PAGE_TOKENS.pages);
}

/** "{page}/{pages}" on slide 3 of 8: "3/8". */
export function fillPageTokens(text: string, index: number, count: number): string {
  return text.split(PAGE_TOKENS.page).join(String(index + 1)).split(PAGE_TOKENS.pages).join(String(count));
}

/**
 * The elements of page `index` as drawn: texts holding page tokens get this slide's numbers (their
 * style runs and fitted layout no longer match, so they are dropped: the text is measured again).
 * Groups' texts too. The same list when nothing holds a token.
 */
export function withPageNumbers(elements: readonly Element[], index: number, count: number): readonly Element[] {
  let changed = false;
  const map = (el: Element): Element => {
    if (el.type === 'text' && hasPageTokens(el.text)) {
      changed = true;
      const { styles: _styles, fitted: _fitted, ...rest } = el;
      return { ...rest, text: fillPageTokens(el.text, index, count) };
    }
    if (el.type === 'group') {
      const children = el.children.map(map);
      return children.some((c, i) => c !== el.children[i]) ? { ...el, children } : el;
    }
    return el;
  };
  const next = elements.map(map);
  return changed ? next : elements;
}

const composedDesigns = new WeakMap<Design, Design>();

/** The design with every page composed (the editor's view; same object when nothing repeats). */
export function composeDesign(design: Design): Design {
  if (!hasRepeated(design)) return design;
  let composed = composedDesigns.get(design);
  if (!composed) composedDesigns.set(design, (composed = { ...design, pages: design.pages.map((_, i) => composePage(design, i)) }));
  return composed;
}

/** Page `index` as exported and thumbnailed: composed, with its page numbers filled in. */
export function pageAsDrawn(design: Design, index: number): Page {
  const page = composePage(design, index);
  const elements = withPageNumbers(page.elements, index, design.pages.length);
  return elements === page.elements ? page : { ...page, elements: elements as Element[] };
}

/**
 * Every edit the editor makes, as a pure function Design -> Design (excalidraw-style actions).
 * Records are never mutated; an edit that changes nothing returns the same object, so history and
 * autosave can tell "no change" by identity.
 */
import type { Design, Element, ImageElement, Page, ShapeElement, TextElement } from '../../../core/schema/design';

type Editable<T> = Partial<Omit<T, 'id' | 'type'>>;
export type ElementPatch = Editable<TextElement> | Editable<ShapeElement> | Editable<ImageElement>;
export interface ElementChange {
  id: string;
  patch: ElementPatch;
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

/**
 * A key set to `undefined` removes an optional field (outline off, shadow off); keys that are
 * absent are left alone.
 */
export function patchElement<E extends Element>(el: E, patch: ElementPatch): E {
  const current = el as Record<string, unknown>;
  const changed = Object.entries(patch).some(([key, value]) => (value === undefined ? key in current : !same(current[key], value)));
  if (!changed) return el;
  const next: Record<string, unknown> = { ...el };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as E;
}

export function updatePage(design: Design, pageIndex: number, update: (page: Page) => Page): Design {
  const page = design.pages[pageIndex];
  if (!page) return design;
  const next = update(page);
  if (next === page) return design;
  const pages = design.pages.slice();
  pages[pageIndex] = next;
  return { ...design, pages };
}

function mapElements(page: Page, map: (el: Element) => Element): Page {
  let changed = false;
  const elements = page.elements.map((el) => {
    const next = map(el);
    if (next !== el) changed = true;
    return next;
  });
  return changed ? { ...page, elements } : page;
}

export function addElement(design: Design, pageIndex: number, element: Element): Design {
  return updatePage(design, pageIndex, (page) => ({ ...page, elements: [...page.elements, element] }));
}

export function applyChanges(design: Design, pageIndex: number, changes: readonly ElementChange[]): Design {
  if (changes.length === 0) return design;
  const byId = new Map(changes.map((c) => [c.id, c.patch]));
  return updatePage(design, pageIndex, (page) =>
    mapElements(page, (el) => {
      const patch = byId.get(el.id);
      return patch ? patchElement(el, patch) : el;
    }),
  );
}

/** The same patch on several elements (e.g. one colour for the whole selection). */
export function updateElements(design: Design, pageIndex: number, ids: readonly string[], patch: ElementPatch): Design {
  return applyChanges(
    design,
    pageIndex,
    ids.map((id) => ({ id, patch })),
  );
}

export function removeElements(design: Design, pageIndex: number, ids: readonly string[]): Design {
  const doomed = new Set(ids);
  return updatePage(design, pageIndex, (page) => {
    const elements = page.elements.filter((el) => !doomed.has(el.id));
    return elements.length === page.elements.length ? page : { ...page, elements };
  });
}

export function nudgeElements(design: Design, pageIndex: number, ids: readonly string[], dx: number, dy: number): Design {
  const moving = new Set(ids);
  return updatePage(design, pageIndex, (page) =>
    mapElements(page, (el) => (moving.has(el.id) && !el.locked ? { ...el, x: el.x + dx, y: el.y + dy } : el)),
  );
}


export function elementsById(page: Page | undefined, ids: readonly string[]): Element[] {
  if (!page) return [];
  const wanted = new Set(ids);
  return page.elements.filter((el) => wanted.has(el.id));
}

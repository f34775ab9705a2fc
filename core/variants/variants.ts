/**
 * Linked variants: one design (the master: `design.format` and `design.pages`) shown in other
 * formats. A variant stores only its format and, per element, the layout the user changed in it
 * (`overrides`); everything else is read from the master every time, so a content edit in the
 * master (text, picture, colours, fonts, order, new or deleted elements) reaches every variant.
 *
 * Resolving a variant: master elements -> smart layout for the variant's size (layout.ts) -> the
 * variant's overrides on top. Writing back (an edit made while a variant is shown): layout changes
 * become that variant's overrides, every other change goes to the master.
 */
import { newId } from '../schema/factory';
import type { Design, Element, FormatRef, Page } from '../schema/design';
import { scaleElement } from '../editor/scale';
import { layoutElement, layoutElements } from './layout';

export type Variant = NonNullable<Design['variants']>[number];
export type ElementLayout = Variant['overrides'][string];

/** The fields a variant may change on its own; everything else is content, shared with the master. */
export const LAYOUT_KEYS = ['x', 'y', 'width', 'height', 'rotation', 'fontSize', 'hidden'] as const;

export function findVariant(design: Design, variantId: string | null | undefined): Variant | undefined {
  return variantId ? design.variants?.find((v) => v.id === variantId) : undefined;
}

export function layoutOf(el: Element): ElementLayout {
  const layout: ElementLayout = { x: el.x, y: el.y, width: el.width, height: el.height, rotation: el.rotation };
  if (el.type === 'text') layout.fontSize = el.fontSize;
  layout.hidden = el.hidden;
  return layout;
}

/*
 * Overrides are keyed by element ids, which come from files: an id may be "constructor" or
 * "__proto__". Every read asks for an own property and every write defines one, so such an id is
 * an element like any other (SEC-09), never something inherited from Object.prototype.
 */

/** The layout a variant gives this element, if it has its own. */
export function overrideOf(overrides: Variant['overrides'], id: string): ElementLayout | undefined {
  return Object.hasOwn(overrides, id) ? overrides[id] : undefined;
}

function hasOverride(overrides: Variant['overrides'], id: string): boolean {
  return Object.hasOwn(overrides, id);
}

/** Sets an own entry (an assignment to "__proto__" would change the object's prototype instead). */
function setOverride(overrides: Variant['overrides'], id: string, layout: ElementLayout): void {
  Object.defineProperty(overrides, id, { value: layout, enumerable: true, writable: true, configurable: true });
}

function sameLayout(a: ElementLayout, b: ElementLayout): boolean {
  return LAYOUT_KEYS.every((key) => (a[key] ?? undefined) === (b[key] ?? undefined));
}

/** An element with a variant's layout on it; a group scales its children to its new size. */
export function withLayout(el: Element, layout: ElementLayout): Element {
  let next: Element = el;
  if (el.type === 'group' && (layout.width !== el.width || layout.height !== el.height)) {
    next = { ...el, children: el.children.map((c) => scaleElement(c, layout.width / el.width, layout.height / el.height)) };
  }
  const patched: Record<string, unknown> = { ...next, x: layout.x, y: layout.y, width: layout.width, height: layout.height, rotation: layout.rotation };
  if (next.type === 'text' && layout.fontSize !== undefined) patched.fontSize = layout.fontSize;
  patched.hidden = layout.hidden ?? el.hidden;
  return patched as Element;
}

// Resolved pages are cached per (master page, variant) object pair, so an unchanged page resolves
// to the same object: the editor and history tell "no change" by identity.
const cache = new WeakMap<Page, WeakMap<object, Page>>();

export function resolvePage(design: Design, page: Page, variant: Variant): Page {
  let byVariant = cache.get(page);
  if (!byVariant) cache.set(page, (byVariant = new WeakMap()));
  // The key also depends on the master's format: a different object when it changes.
  const key = variantKey(design.format, variant);
  const hit = byVariant.get(key);
  if (hit) return hit;
  const laid = layoutElements(page.elements, design.format, variant.format);
  const elements = laid.map((el) => {
    const override = overrideOf(variant.overrides, el.id);
    return override ? withLayout(el, override) : el;
  });
  const resolved: Page = { ...page, elements };
  byVariant.set(key, resolved);
  return resolved;
}

const keys = new WeakMap<Variant, Map<string, object>>();
function variantKey(format: FormatRef, variant: Variant): object {
  let byFormat = keys.get(variant);
  if (!byFormat) keys.set(variant, (byFormat = new Map()));
  const id = `${format.width}x${format.height}`;
  let key = byFormat.get(id);
  if (!key) byFormat.set(id, (key = {}));
  return key;
}

/** The design as the variant shows it: the variant's format and resolved pages (for the canvas and export). */
export function resolveDesign(design: Design, variantId: string | null | undefined): Design {
  const variant = findVariant(design, variantId);
  if (!variant) return design;
  return { ...design, format: variant.format, pages: design.pages.map((page) => resolvePage(design, page, variant)), variants: undefined };
}

/** Two format refs are the same format when preset and size both match. */
export function formatKey(format: FormatRef): string {
  return `${format.width}x${format.height}:${format.preset}`;
}

/** The formats a design already has: its own and each variant's (as formatKey). */
export function formatKeysOf(design: Design): Set<string> {
  return new Set([design.format, ...(design.variants ?? []).map((v) => v.format)].map(formatKey));
}

/** Adds variants for these formats (none twice for the same format); returns the new design and the new ids. */
export function addVariants(design: Design, formats: readonly FormatRef[]): { design: Design; ids: string[] } {
  const existing = formatKeysOf(design);
  const added: Variant[] = [];
  for (const format of formats) {
    const key = formatKey(format);
    if (existing.has(key)) continue;
    existing.add(key);
    added.push({ id: newId(), format: { ...format }, overrides: {} });
  }
  if (added.length === 0) return { design, ids: [] };
  return { design: { ...design, variants: [...(design.variants ?? []), ...added] }, ids: added.map((v) => v.id) };
}

function mapVariant(design: Design, variantId: string, update: (variant: Variant) => Variant | null): Design {
  const variants = design.variants ?? [];
  const index = variants.findIndex((v) => v.id === variantId);
  if (index === -1) return design;
  const next = update(variants[index]);
  if (next === variants[index]) return design;
  const list = variants.slice();
  if (next) list[index] = next;
  else list.splice(index, 1);
  return { ...design, variants: list.length > 0 ? list : undefined };
}

export function removeVariant(design: Design, variantId: string): Design {
  return mapVariant(design, variantId, () => null);
}

/** "Reset to master": the whole variant, or only these elements, follow the smart layout again. */
export function resetVariant(design: Design, variantId: string, elementIds?: readonly string[]): Design {
  return mapVariant(design, variantId, (variant) => {
    const ids = elementIds ?? Object.keys(variant.overrides);
    if (!ids.some((id) => hasOverride(variant.overrides, id))) return variant;
    const overrides = { ...variant.overrides };
    for (const id of ids) delete overrides[id];
    return { ...variant, overrides };
  });
}

/** Content of `edited` that differs from `shown`, applied to the master element `master`. */
function contentChanges(master: Element, shown: Element, edited: Element): Element {
  if (edited === shown) return master;
  const changed: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const removed: string[] = [];
  const layoutKeys = new Set<string>(LAYOUT_KEYS);
  for (const key of new Set([...Object.keys(shown), ...Object.keys(edited)])) {
    if (layoutKeys.has(key) || key === 'children' || key === 'id' || key === 'type') continue;
    const before = (shown as Record<string, unknown>)[key];
    const after = (edited as Record<string, unknown>)[key];
    if (before === after || JSON.stringify(before) === JSON.stringify(after)) continue;
    if (after === undefined) removed.push(key);
    else changed[key] = after;
  }
  let next: Record<string, unknown> | null = null;
  if (Object.keys(changed).length > 0 || removed.length > 0) {
    next = { ...master, ...changed };
    for (const key of removed) delete next[key];
  }
  if (master.type === 'group' && shown.type === 'group' && edited.type === 'group') {
    // Children: their content changes go to the master's children; their layout follows the group.
    const shownById = new Map(shown.children.map((c) => [c.id, c]));
    const editedById = new Map(edited.children.map((c) => [c.id, c]));
    let childrenChanged = false;
    const children = master.children.map((child) => {
      const s = shownById.get(child.id);
      const e = editedById.get(child.id);
      const out = s && e ? contentChanges(child, s, e) : child;
      if (out !== child) childrenChanged = true;
      return out;
    });
    if (childrenChanged) next = { ...(next ?? master), children };
  }
  return (next as Element | null) ?? master;
}

/**
 * An edit made while `variantId` is shown, written back: `edited` is the page's new element list
 * as the user sees it. Layout changes become the variant's overrides; content changes, new and
 * deleted elements and the order go to the master. A new element gets a master position mapped
 * back from where it was put, and keeps exactly that position in this variant.
 */
export function writeBack(design: Design, variantId: string, pageIndex: number, edited: readonly Element[]): Design {
  const variant = findVariant(design, variantId);
  const page = design.pages[pageIndex];
  if (!variant || !page) return design;
  const shown = resolvePage(design, page, variant).elements;
  const shownById = new Map(shown.map((el) => [el.id, el]));
  const masterById = new Map(page.elements.map((el) => [el.id, el]));
  const overrides = { ...variant.overrides };
  let overridesChanged = false;
  let masterChanged = edited.length !== page.elements.length;

  const masterElements = edited.map((el, index) => {
    const before = shownById.get(el.id);
    const master = masterById.get(el.id);
    if (!before || !master) {
      // New in this view: into the master, placed back by the inverse of the variant's layout.
      masterChanged = true;
      setOverride(overrides, el.id, layoutOf(el));
      overridesChanged = true;
      return layoutElement(el, variant.format, design.format);
    }
    if (page.elements[index] !== master) masterChanged = true;
    if (el === before) return master;
    const layout = layoutOf(el);
    if (!sameLayout(layout, layoutOf(before))) {
      setOverride(overrides, el.id, layout);
      overridesChanged = true;
    }
    const next = contentChanges(master, before, el);
    if (next !== master) masterChanged = true;
    return next;
  });

  // Overrides of elements that no longer exist go with them.
  const alive = new Set(edited.map((el) => el.id));
  for (const id of Object.keys(overrides)) {
    if (!alive.has(id) && masterById.has(id)) {
      delete overrides[id];
      overridesChanged = true;
    }
  }
  if (!masterChanged && !overridesChanged) return design;
  let next = design;
  if (masterChanged) {
    const pages = design.pages.slice();
    pages[pageIndex] = { ...page, elements: masterElements };
    next = { ...next, pages };
  }
  if (overridesChanged) next = mapVariant(next, variantId, (v) => ({ ...v, overrides }));
  return next;
}

/** Which elements of a page have their own layout in a variant (for "reset to master"). */
export function overriddenIds(design: Design, variantId: string | null | undefined): Set<string> {
  return new Set(Object.keys(findVariant(design, variantId)?.overrides ?? {}));
}


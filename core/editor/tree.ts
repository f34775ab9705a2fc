/**
 * Small immutable helpers over the current page's element tree. Every helper returns its input
 * unchanged (same object) when nothing changes, so history can detect a no-op by identity.
 */
import { newId } from '../schema/factory';
import type { Design, Element, Page } from '../schema/design';
import { walkElements } from '../schema/walk';
import type { EditorState, ElementPatch } from './types';
import { patchClearingRuns } from './textRuns';
import { findVariant, resolvePage, writeBack } from '../variants/variants';
import { composePage, decomposePage } from '../carousel/repeat';

/** The master's current page as edited: its own elements and the ones repeated on every slide. */
function masterPage(state: EditorState): Page {
  // pageIndex is kept valid by the editor; a broken index is a programming error, not user input.
  if (!state.design.pages[state.pageIndex]) throw new Error(`page ${state.pageIndex} does not exist`);
  return composePage(state.design, state.pageIndex);
}

/** The current page as the user sees it: the master's, or the shown variant's resolved page. */
export function currentPage(state: EditorState): Page {
  const page = masterPage(state);
  const variant = findVariant(state.design, state.variantId);
  return variant ? resolvePage(state.design, page, variant) : page;
}

/** The page size the user sees (the shown variant's format, or the design's). */
export function currentFormat(state: EditorState): { width: number; height: number } {
  return findVariant(state.design, state.variantId)?.format ?? state.design.format;
}

/** Replaces the current page's element list (and the selection) in one new state. */
export function withElements(state: EditorState, elements: readonly Element[], selection = state.selection): EditorState {
  const page = currentPage(state);
  const sameElements = elements === page.elements;
  const sameSelection = sameIdList(selection, state.selection);
  if (sameElements && sameSelection) return state;
  let design = state.design;
  if (!sameElements) {
    if (state.variantId && findVariant(design, state.variantId)) design = writeBackToVariant(design, state.variantId, state.pageIndex, elements);
    else design = decomposePage(design, state.pageIndex, elements);
  }
  return { ...state, design, selection: sameSelection ? state.selection : selection };
}

/**
 * An edit seen in a variant: core/variants writes it back against the composed master page (so a
 * repeated element's layout becomes the variant's override like any other), then the composed
 * page's elements go back to their home pages.
 */
function writeBackToVariant(design: Design, variantId: string, pageIndex: number, elements: readonly Element[]): Design {
  const composed = composePage(design, pageIndex);
  if (composed === design.pages[pageIndex]) return writeBack(design, variantId, pageIndex, elements);
  const pages = design.pages.slice();
  pages[pageIndex] = composed;
  const view = { ...design, pages };
  const written = writeBack(view, variantId, pageIndex, elements);
  if (written === view) return design;
  return decomposePage({ ...written, pages: design.pages }, pageIndex, written.pages[pageIndex].elements);
}

/** Page-level changes (background, timing) always go to the master page; elements through withElements. */
export function withPage(state: EditorState, update: (page: Page) => Page): EditorState {
  const page = currentPage(state);
  const next = update(page);
  if (next === page) return state;
  // A resolved variant page carries the master's page fields, so `fields` is the master's, updated.
  const { elements, ...fields } = next;
  const placed = withElements(state, elements);
  const pages = placed.design.pages.slice();
  pages[state.pageIndex] = { ...fields, elements: pages[state.pageIndex].elements };
  return { ...placed, design: { ...placed.design, pages } };
}

export function withSelection(state: EditorState, selection: readonly string[]): EditorState {
  return withElements(state, currentPage(state).elements, selection);
}

export function sameIdList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  // Paints, strokes and crops are small plain objects: comparing their JSON is exact enough.
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

export function patchElement<E extends Element>(el: E, patch: ElementPatch): E {
  // A text's style runs give way to a whole-element change of the same property (textRuns.ts).
  if (el.type === 'text') patch = patchClearingRuns(el, patch);
  // A key set to `undefined` removes an optional field (outline off, crop reset); absent keys stay.
  const current = el as Record<string, unknown>;
  const entries = Object.entries(patch).filter(([key]) => key !== 'id' && key !== 'type' && key !== 'children');
  if (!entries.some(([key, value]) => (value === undefined ? key in current : !same(current[key], value)))) return el;
  const next: Record<string, unknown> = { ...el };
  for (const [key, value] of entries) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next as E;
}

/** Maps every element at any depth; returns the same list when `map` changed nothing. */
export function mapDeep(elements: readonly Element[], map: (el: Element) => Element): readonly Element[] {
  let changed = false;
  const next = elements.map((el) => {
    let out = map(el);
    if (out.type === 'group') {
      const children = mapDeep(out.children, map);
      if (children !== out.children) out = { ...out, children: children as Element[] };
    }
    if (out !== el) changed = true;
    return out;
  });
  return changed ? next : elements;
}

/** Maps only top-level elements. */
export function mapTop(elements: readonly Element[], map: (el: Element) => Element): readonly Element[] {
  let changed = false;
  const next = elements.map((el) => {
    const out = map(el);
    if (out !== el) changed = true;
    return out;
  });
  return changed ? next : elements;
}

/** The selected top-level elements of the current page, in paint order (bottom first). */
export function selectedElements(state: EditorState): Element[] {
  const wanted = new Set(state.selection);
  return currentPage(state).elements.filter((el) => wanted.has(el.id));
}

/** Keeps only ids that exist at the top level of the current page (undo may remove some). */
export function existingIds(state: EditorState, ids: readonly string[]): string[] {
  const present = new Set(currentPage(state).elements.map((el) => el.id));
  return [...new Set(ids)].filter((id) => present.has(id));
}

/** A deep copy with fresh ids: duplicates and pastes must never share an id with anything. */
export function withFreshIds(el: Element): Element {
  return mapDeep([el], (e) => ({ ...e, id: newId('e') }))[0];
}

const slotKey = (name: string) => name.trim().toLocaleLowerCase('en');

/**
 * Slot names stay unique in a design (parseDesign refuses twins, case aside): `elements`, about
 * to join `design` (a copy, a paste, a new element), keep theirs when free and otherwise get the
 * next free number ("top" -> "top 2"). `exceptId`: an element of the design whose name is being
 * replaced (it does not count as taken).
 */
export function withUniqueSlotNames(design: Design, elements: readonly Element[], exceptId?: string): readonly Element[] {
  const taken = new Set<string>();
  walkElements(design, (el) => {
    if (el.slot && el.id !== exceptId) taken.add(slotKey(el.slot.name));
  });
  return mapDeep(elements, (el) => {
    if (!el.slot) return el;
    if (!taken.has(slotKey(el.slot.name))) {
      taken.add(slotKey(el.slot.name));
      return el;
    }
    const base = el.slot.name.trim().replace(/\s+\d+$/u, '').slice(0, 56);
    let n = 2;
    while (taken.has(slotKey(`${base} ${n}`))) n++;
    const name = `${base} ${n}`;
    taken.add(slotKey(name));
    return { ...el, slot: { ...el.slot, name } };
  });
}

/** Rotation kept inside the schema's -360..360 range, as (-180, 180]. */
export function normaliseRotation(degrees: number): number {
  let r = degrees % 360;
  if (r > 180) r -= 360;
  if (r <= -180) r += 360;
  return Object.is(r, -0) ? 0 : r;
}

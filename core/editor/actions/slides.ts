/**
 * Slides: a carousel's pages (and any multi-page design's) added, duplicated, inserted from a
 * template, moved, deleted; a slide's alt text; top-level elements marked "on every slide"
 * (docs/architecture.md, Carousels). The slide strip, its keys and the tests run these.
 *
 * `state.slides` holds the slides selected in the strip (page ids); none means the current one.
 * The user stays on the slide they were on: after a move or a delete, `pageIndex` follows it.
 */
import { LIMITS, PAGE_TOKENS, type RepeatRule } from '../../schema/constants';
import type { Design, Element, Page } from '../../schema/design';
import { createTextElement, newId } from '../../schema/factory';
import type { Box, EditorState, Perform } from '../types';
import { createElements } from './elements';
import { currentFormat, currentPage, mapTop, patchElement, withElements, withFreshIds, withUniqueSlotNames } from '../tree';
import { hasRepeated, repeatsOn } from '../../carousel/repeat';

/** The selected slides' ids in page order: the strip's selection, else the current slide. */
export function selectedSlideIds(state: EditorState): string[] {
  const wanted = new Set(state.slides ?? []);
  const ids = state.design.pages.filter((page) => wanted.has(page.id)).map((page) => page.id);
  return ids.length > 0 ? ids : [state.design.pages[state.pageIndex].id];
}

/** Whether the design has separate slides to edit (a panorama is one wide page: no). */
export function hasSlides(state: EditorState): boolean {
  return !state.design.panorama;
}

const roomFor = (state: EditorState, count: number) => state.design.pages.length + count <= LIMITS.maxPages;

/**
 * The state after `pages` replaced the design's pages: the user stays on slide `currentId` (or,
 * when it is gone, on `fallback`), the element selection goes with a page change, and the strip
 * selects `slides`.
 */
function withPages(state: EditorState, pages: Page[], currentId: string, fallback: number, slides: readonly string[]): EditorState {
  const found = pages.findIndex((page) => page.id === currentId);
  const pageIndex = found >= 0 ? found : Math.max(0, Math.min(fallback, pages.length - 1));
  const samePage = state.design.pages[state.pageIndex]?.id === pages[pageIndex].id;
  return {
    ...state,
    design: { ...state.design, pages },
    pageIndex,
    selection: samePage ? state.selection : [],
    slides: [...slides],
  };
}

/** A page with fresh ids for itself and every element (slot names made unique in `design`). */
function freshPage(design: Design, page: Page): Page {
  const elements = withUniqueSlotNames(design, page.elements.map(withFreshIds)) as Element[];
  return { ...page, id: newId('p'), elements };
}

/**
 * A slide after slide `after` (the current one when absent), which becomes the current slide.
 * `blank`: no elements, the background of slide `after`. `duplicate`: a copy of its own elements
 * with fresh ids and its alt text; elements on every slide are not copied (they are drawn on the
 * new slide by their rule already, and a copy would draw them twice).
 */
export const addSlide: Perform<{ after?: number; mode: 'blank' | 'duplicate' }> = (state, { after, mode }) => {
  const index = after ?? state.pageIndex;
  const source = state.design.pages[index];
  if (!source || !hasSlides(state) || !roomFor(state, 1)) return state;
  const own: Page = { ...source, elements: source.elements.filter((el) => !el.repeat) };
  const page: Page =
    mode === 'duplicate'
      ? freshPage(state.design, own)
      : { id: newId('p'), background: structuredClone(source.background), elements: [] };
  if (mode === 'blank' && source.durationMs !== undefined) page.durationMs = source.durationMs;
  const pages = state.design.pages.slice();
  pages.splice(index + 1, 0, page);
  return { ...withPages(state, pages, page.id, index + 1, [page.id]) };
};

/**
 * Slides from a template after slide `after` (the current one when absent): the caller builds
 * them at the design's format; they get fresh ids and unique slot names here. The first inserted
 * slide becomes the current one and all of them are selected. A carousel that already has
 * elements on every slide keeps its own: the template's (its page number, its swipe hint) are
 * left out, or both would be drawn.
 */
export const insertSlides: Perform<{ after?: number; pages: readonly Page[] }> = (state, { after, pages: incoming }) => {
  const index = after ?? state.pageIndex;
  if (incoming.length === 0 || !state.design.pages[index] || !hasSlides(state) || !roomFor(state, incoming.length)) return state;
  let design = state.design;
  const added: Page[] = [];
  const ownRepeated = hasRepeated(state.design);
  for (const template of incoming) {
    const source = ownRepeated ? { ...template, elements: template.elements.filter((el) => !el.repeat) } : template;
    const page = freshPage(design, source);
    added.push(page);
    // Later pages' slot names must also differ from the ones just added.
    design = { ...design, pages: [...design.pages, page] };
  }
  const pages = state.design.pages.slice();
  pages.splice(index + 1, 0, ...added);
  return withPages(state, pages, added[0].id, index + 1, added.map((page) => page.id));
};

/**
 * Moves slides (by page id) together, in their current order, so that the first lands at
 * position `to` of the new order (0 = first; clamped). They stay selected; the user stays on
 * the slide they were on.
 */
export const moveSlides: Perform<{ ids: readonly string[]; to: number }> = (state, { ids, to }) => {
  const wanted = new Set(ids);
  const moving = state.design.pages.filter((page) => wanted.has(page.id));
  if (moving.length === 0 || !Number.isFinite(to)) return state;
  const rest = state.design.pages.filter((page) => !wanted.has(page.id));
  const at = Math.max(0, Math.min(Math.round(to), rest.length));
  const pages = [...rest.slice(0, at), ...moving, ...rest.slice(at)];
  if (pages.every((page, i) => page === state.design.pages[i])) return selectSlidesOnly(state, moving);
  const current = state.design.pages[state.pageIndex].id;
  return withPages(state, pages, current, state.pageIndex, moving.map((page) => page.id));
};

function selectSlidesOnly(state: EditorState, pages: readonly Page[]): EditorState {
  const slides = pages.map((page) => page.id);
  return state.slides && state.slides.length === slides.length && state.slides.every((id, i) => id === slides[i]) ? state : { ...state, slides };
}

/**
 * The selected slides one place left (-1) or right (+1), keeping their order: a slide moves past
 * its neighbour unless that neighbour is selected too and cannot move (the keyboard's shortcut).
 */
export const moveSelectedSlides: Perform<{ by: -1 | 1 }> = (state, { by }) => {
  const selected = new Set(selectedSlideIds(state));
  const pages = state.design.pages.slice();
  const order = by < 0 ? pages.map((_, i) => i) : pages.map((_, i) => pages.length - 1 - i);
  let changed = false;
  for (const i of order) {
    const j = i + by;
    if (j < 0 || j >= pages.length || !selected.has(pages[i].id) || selected.has(pages[j].id)) continue;
    [pages[i], pages[j]] = [pages[j], pages[i]];
    changed = true;
  }
  if (!changed) return state;
  return withPages(state, pages, state.design.pages[state.pageIndex].id, state.pageIndex, [...selected]);
};

/**
 * Deletes slides by page id; the last slide of a design is never deleted (nothing happens when
 * all would go). An element on every slide whose home slide goes is not lost: it moves to the
 * nearest slide kept before it (else the first kept one) and goes on being drawn by its rule.
 * The user stays on their slide, or lands on the one now at its place.
 */
export const deleteSlides: Perform<{ ids: readonly string[] }> = (state, { ids }) => {
  const doomed = new Set(ids);
  const kept = state.design.pages.filter((page) => !doomed.has(page.id));
  if (kept.length === state.design.pages.length || kept.length === 0) return state;
  const pages = kept.slice();
  state.design.pages.forEach((page, index) => {
    if (!doomed.has(page.id)) return;
    const orphans = page.elements.filter((el) => el.repeat);
    if (orphans.length === 0) return;
    const before = state.design.pages.slice(0, index).reverse().find((p) => !doomed.has(p.id));
    const home = before ? pages.findIndex((p) => p.id === before.id) : 0;
    const target = pages[home];
    // Repeated elements are drawn in page order: after those of earlier pages, before later ones.
    pages[home] = { ...target, elements: before ? [...target.elements, ...orphans] : [...orphans, ...target.elements] };
  });
  const current = state.design.pages[state.pageIndex].id;
  const fallback = state.design.pages.slice(0, state.pageIndex).filter((page) => !doomed.has(page.id)).length;
  const next = withPages(state, pages, current, fallback, []);
  return { ...next, slides: [next.design.pages[next.pageIndex].id] };
};

/** The selected slides (strip), else the current slide, deleted. */
export const deleteSelectedSlides: Perform<void> = (state) => deleteSlides(state, { ids: selectedSlideIds(state) });

/** Duplicates the current slide (strip, menu, Mod+Shift+D... any caller: one place). */
export const duplicateSlide: Perform<void> = (state) => addSlide(state, { mode: 'duplicate' });

/**
 * The strip's selection. A plain click goes to the slide and selects it alone; `toggle`
 * (Ctrl/⌘-click) adds or removes it, `range` (Shift-click) selects from the current slide to it.
 * The slide clicked becomes the current one, except a slide toggled off.
 */
export const selectSlide: Perform<{ index: number; extend?: 'toggle' | 'range' }> = (state, { index, extend }) => {
  const page = state.design.pages[index];
  if (!page) return state;
  const current = selectedSlideIds(state);
  let slides: string[];
  let pageIndex = index;
  if (extend === 'toggle') {
    slides = current.includes(page.id) ? current.filter((id) => id !== page.id) : [...current, page.id];
    if (slides.length === 0) slides = [page.id];
    if (!slides.includes(page.id)) pageIndex = state.design.pages.findIndex((p) => p.id === slides[slides.length - 1]);
  } else if (extend === 'range') {
    const [from, till] = index < state.pageIndex ? [index, state.pageIndex] : [state.pageIndex, index];
    slides = state.design.pages.slice(from, till + 1).map((p) => p.id);
    // Shift-click extends from the slide the user is on, which stays current (the range's anchor).
    pageIndex = state.pageIndex;
  } else {
    slides = [page.id];
  }
  const order = new Map(state.design.pages.map((p, i) => [p.id, i]));
  slides.sort((a, b) => order.get(a)! - order.get(b)!);
  const samePage = pageIndex === state.pageIndex;
  const sameSlides = state.slides !== undefined && state.slides.length === slides.length && state.slides.every((id, i) => id === slides[i]);
  if (samePage && sameSlides) return state;
  return { ...state, pageIndex, selection: samePage ? state.selection : [], slides };
};

/** A slide's alt text (by index; the current slide when absent). An empty text removes it. */
export const setAltText: Perform<{ index?: number; altText: string }> = (state, { index, altText }) => {
  const at = index ?? state.pageIndex;
  const page = state.design.pages[at];
  if (!page) return state;
  const text = altText.slice(0, LIMITS.maxAltTextLength);
  if ((page.altText ?? '') === text) return state;
  const { altText: _old, ...rest } = page;
  const pages = state.design.pages.slice();
  pages[at] = text === '' ? rest : { ...rest, altText: text };
  return { ...state, design: { ...state.design, pages } };
};

/**
 * Marks top-level elements of the current slide "on every slide" with a rule, or unmarks them
 * (null). An element marked here lives here (its home); one unmarked here stays on this slide
 * only (core/carousel/repeat.ts decomposePage).
 */
export const setRepeat: Perform<{ ids?: readonly string[]; repeat: RepeatRule | null }> = (state, { ids, repeat }) => {
  const wanted = new Set(ids ?? state.selection);
  const elements = mapTop(currentPage(state).elements, (el) => (wanted.has(el.id) ? patchElement(el, { repeat: repeat ?? undefined }) : el));
  return withElements(state, elements);
};

/** The rule shared by the selected elements: a rule, null (none marked), or 'mixed'. */
export function selectionRepeat(state: EditorState): RepeatRule | null | 'mixed' {
  const wanted = new Set(state.selection);
  const rules = new Set(currentPage(state).elements.filter((el) => wanted.has(el.id)).map((el) => el.repeat ?? null));
  if (rules.size === 0) return null;
  return rules.size === 1 ? [...rules][0] : 'mixed';
}

/** A page number's words: this slide's number over the count ("3/8" on slide 3 of 8). */
export const PAGE_NUMBER_TEXT = `${PAGE_TOKENS.page}/${PAGE_TOKENS.pages}`;

/** How far a marker keeps from the safe zone's edge, and its type size, as shares of the page's shorter side. */
const MARKER_MARGIN_SHARE = 0.03;
const MARKER_FONT_SHARE = 0.035;

/**
 * Quick inserts for carousels, selected once added on the current slide (their home):
 * `pageNumber`, "{page}/{pages}" on every slide but the first, in the bottom-left corner;
 * `swipeHint`, the words the UI gives ("Swipe →") on every slide but the last, bottom right.
 * Both sit inside `safe` (the format's safe zone; the whole page when absent).
 */
export const addSlideMarker: Perform<{ kind: 'pageNumber' | 'swipeHint'; text?: string; safe?: Box }> = (state, { kind, text, safe }) => {
  const page = currentFormat(state);
  const area = safe ?? { x: 0, y: 0, width: page.width, height: page.height };
  const side = Math.min(page.width, page.height);
  const fontSize = Math.max(12, Math.round(side * MARKER_FONT_SHARE));
  const margin = Math.round(side * MARKER_MARGIN_SHARE);
  const width = Math.round(Math.min(area.width / 2, page.width * 0.3));
  const height = Math.round(fontSize * 1.2);
  const y = Math.round(area.y + area.height - margin - height);
  const pageNumber = kind === 'pageNumber';
  const words = pageNumber ? PAGE_NUMBER_TEXT : (text ?? '').trim().slice(0, 200);
  if (words === '') return state;
  const element = createTextElement({
    x: pageNumber ? Math.round(area.x + margin) : Math.round(area.x + area.width - margin - width),
    y,
    width,
    height,
    fontSize,
    fontWeight: 600,
    align: pageNumber ? 'left' : 'right',
    text: words,
    repeat: pageNumber ? 'notFirst' : 'notLast',
  });
  const created = createElements(state, { elements: [element] });
  // Not drawn on this slide (a page number added on the cover, a swipe hint on the last): the
  // user is taken to the nearest slide that shows it, with it selected, rather than left with an
  // invisible selection. A one-slide carousel shows it once it has a second slide.
  const count = created.design.pages.length;
  if (created === state || count < 2 || repeatsOn(element.repeat!, state.pageIndex, count)) return created;
  const shownOn = pageNumber ? 1 : count - 2;
  return { ...created, pageIndex: shownOn, slides: undefined };
};

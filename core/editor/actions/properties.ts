/** What the properties panel and in-place text editing change: fields of one element or of the selection. */
import type { Element, TextElement, TextStyleRun } from '../../schema/design';
import type { ElementPatch, Perform } from '../types';
import { currentPage, withUniqueSlotNames } from '../tree';
import { walkElements } from '../../schema/walk';
import { deleteElements, updateElements } from './elements';
import { selectedElements } from '../tree';

/** One patch on every selected element (a colour, a font size for the whole selection). */
export const updateSelection: Perform<{ patch: ElementPatch; control?: string }> = (state, { patch }) =>
  updateElements(state, { changes: state.selection.map((id) => ({ id, patch })) });

/** The position fields (x, y, rotation) of one element. */
export const setPosition: Perform<{ id: string; x?: number; y?: number; rotation?: number }> = (state, { id, ...patch }) =>
  updateElements(state, { changes: [{ id, patch }] });

/** How the element follows a resize to another format; undefined: inferred from where it sits (core/variants). */
export const setConstraints: Perform<{ id: string; constraints: Element['constraints'] }> = (state, { id, constraints }) =>
  updateElements(state, { changes: [{ id, patch: { constraints } }] });

/**
 * Marks an element as a template slot, changes its slot, or (undefined) makes it a plain element
 * again. A name another slot of the design has (case aside) gets the next free number.
 */
export const setSlot: Perform<{ id: string; slot: Element['slot'] }> = (state, { id, slot }) => {
  let element: Element | undefined;
  walkElements(currentPage(state).elements, (el) => {
    if (el.id !== id) return;
    element = el;
    return 'stop';
  });
  if (!element) return state;
  const [named] = slot ? withUniqueSlotNames(state.design, [{ ...element, slot }], id) : [element];
  return updateElements(state, { changes: [{ id, patch: { slot: slot ? named.slot : undefined } }] });
};

/** The aspect-ratio lock of the size fields and corner handles (absent when off). */
export const setAspectLocked: Perform<{ id: string; locked: boolean }> = (state, { id, locked }) =>
  updateElements(state, { changes: [{ id, patch: { aspectLocked: locked || undefined } }] });

/**
 * Typing in a text, as it happens (in-place editing sends each change, so autosave keeps what is
 * on screen): the words, and when in-place editing says so, the style runs (`styles` present and
 * undefined: none left) and the height the box now has. `burst` says which run of changes it
 * belongs to for undo (registry.ts): typing (absent), a style control being dragged over selected
 * characters, or none (null: a step of its own, a style button).
 */
export const setText: Perform<{ id: string; text: string; styles?: TextStyleRun[]; height?: number; burst?: string | null }> = (state, args) => {
  const patch: ElementPatch = { text: args.text };
  if ('styles' in args) patch.styles = args.styles;
  if (args.height !== undefined && args.height > 0) patch.height = args.height;
  return updateElements(state, { changes: [{ id: args.id, patch }] });
};

/**
 * Heights the canvas measured for texts whose box follows their words (auto-fit off): the height
 * of such a text is a fact of its words, font and width, so it is corrected wherever it went stale
 * (a new font size, a narrower box). Auto-fit texts keep the box the user set.
 */
export const setTextHeights: Perform<{ heights: ReadonlyArray<{ id: string; height: number }> }> = (state, { heights }) => {
  const texts = new Map(currentPage(state).elements.filter((el) => el.type === 'text' && !el.autoFit).map((el) => [el.id, el]));
  const changes = heights.filter(({ id, height }) => texts.has(id) && height > 0).map(({ id, height }) => ({ id, patch: { height } }));
  return updateElements(state, { changes });
};

/**
 * The size and line breaks the canvas fitted auto-fit texts to (TextElement.fitted), kept on the
 * text so every renderer draws the same layout while the text is unchanged: a measured fact, so
 * it corrects the present state without an undo step, like the heights above.
 */
export const setTextFits: Perform<{ fits: ReadonlyArray<{ id: string; fitted: NonNullable<TextElement['fitted']> }> }> = (state, { fits }) => {
  const texts = new Set(currentPage(state).elements.filter((el) => el.type === 'text' && el.autoFit).map((el) => el.id));
  const changes = fits.filter(({ id }) => texts.has(id)).map(({ id, fitted }) => ({ id, patch: { fitted } }));
  return updateElements(state, { changes });
};

/** End of in-place text editing: an emptied text box goes away, as in every design tool. */
export const commitTextEdit: Perform<{ id: string; edit: { text: string } & ElementPatch }> = (state, { id, edit }) =>
  edit.text.trim() === '' ? deleteElements(state, { ids: [id] }) : updateElements(state, { changes: [{ id, patch: edit }] });

/**
 * The selected icons in another colour (a swatch of the Elements panel): other selected elements
 * keep theirs. One step; picking swatch after swatch on one selection is one burst.
 */
export const recolorIcons: Perform<{ color: string }> = (state, { color }) =>
  updateElements(state, { changes: selectedElements(state).filter((el) => el.type === 'icon').map((el) => ({ id: el.id, patch: { color } })) });

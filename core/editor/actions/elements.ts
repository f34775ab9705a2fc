/** Creating, changing, deleting and duplicating elements of the current page. */
import type { Element } from '../../schema/design';
import { someElement, walkElements } from '../../schema/walk';
import type { Perform, ElementChange } from '../types';
import { currentPage, mapDeep, patchElement, withElements, withFreshIds, withUniqueSlotNames } from '../tree';

export const DUPLICATE_OFFSET = 20;

/** Adds elements on top of the page and selects them. Ids already on the page are refreshed. */
export const createElements: Perform<{ elements: readonly Element[] }> = (state, { elements }) => {
  if (elements.length === 0) return state;
  const page = currentPage(state);
  const taken = new Set<string>();
  const collect = (tree: readonly Element[]) => walkElements(tree, (el) => void taken.add(el.id));
  collect(page.elements);
  const added = withUniqueSlotNames(
    state.design,
    elements.map((el) => {
      const fresh = someElement([el], (e) => taken.has(e.id)) ? withFreshIds(el) : el;
      collect([fresh]); // two copies of one element in the same batch must differ too
      return fresh;
    }),
  );
  return withElements(state, [...page.elements, ...added], added.map((el) => el.id));
};

/**
 * Patches elements by id at any depth (group children included, e.g. from the layers panel).
 * A raw patch: a group's new width does not scale its children (resizeElements does).
 */
export const updateElements: Perform<{ changes: readonly ElementChange[] }> = (state, { changes }) => {
  if (changes.length === 0) return state;
  const byId = new Map(changes.map((c) => [c.id, c.patch]));
  const elements = mapDeep(currentPage(state).elements, (el) => {
    const patch = byId.get(el.id);
    return patch ? patchElement(el, patch) : el;
  });
  return withElements(state, elements);
};

/**
 * Removes top-level elements by id (layers panel, an emptied text box). Locked elements survive
 * (as in Canva: unlock first).
 */
export const deleteElements: Perform<{ ids: readonly string[] }> = (state, { ids }) => {
  const wanted = new Set(ids);
  const page = currentPage(state);
  const doomed = new Set(page.elements.filter((el) => wanted.has(el.id) && !el.locked).map((el) => el.id));
  if (doomed.size === 0) return state;
  return withElements(
    state,
    page.elements.filter((el) => !doomed.has(el.id)),
    state.selection.filter((id) => !doomed.has(id)),
  );
};

/** Deletes the selection; locked elements stay, and stay selected. */
export const deleteSelection: Perform<void> = (state) => deleteElements(state, { ids: state.selection });

/** Copies each selected element (deeply, new ids) just above itself, offset, and selects the copies. */
export const duplicateSelection: Perform<void> = (state) => {
  const chosen = new Set(state.selection);
  if (chosen.size === 0) return state;
  const copies: string[] = [];
  const originals = currentPage(state).elements.filter((el) => chosen.has(el.id));
  // The copies' slots are named apart from every slot of the design ("top" -> "top 2").
  const made = withUniqueSlotNames(
    state.design,
    originals.map((el) => ({ ...withFreshIds(el), x: el.x + DUPLICATE_OFFSET, y: el.y + DUPLICATE_OFFSET })),
  );
  const copyOf = new Map(originals.map((el, i) => [el.id, made[i]]));
  const elements = currentPage(state).elements.flatMap((el) => {
    const copy = copyOf.get(el.id);
    if (!copy) return [el];
    copies.push(copy.id);
    return [el, copy];
  });
  return withElements(state, elements, copies);
};

export const setLocked: Perform<{ ids: readonly string[]; locked: boolean }> = (state, { ids, locked }) =>
  updateElements(state, { changes: ids.map((id) => ({ id, patch: { locked } })) });

export const setHidden: Perform<{ ids: readonly string[]; hidden: boolean }> = (state, { ids, hidden }) =>
  updateElements(state, { changes: ids.map((id) => ({ id, patch: { hidden } })) });

/** Lock (or unlock, when every one of them is locked) the selected elements. */
export const toggleLock: Perform<void> = (state) => {
  const selected = currentPage(state).elements.filter((el) => state.selection.includes(el.id));
  return setLocked(state, { ids: state.selection, locked: !selected.every((el) => el.locked) });
};

/**
 * A layer's name (layers panel). Clearing it gives the layer back its own label: a text's first
 * words, else its kind (core/elements `elementLabel`).
 */
export const rename: Perform<{ id: string; name: string }> = (state, { id, name }) =>
  updateElements(state, { changes: [{ id, patch: { name: name.trim().slice(0, 200) } }] });

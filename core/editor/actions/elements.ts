/** Creating, changing, deleting and duplicating elements of the current page. */
import type { Element } from '../../schema/design';
import type { EditorAction, ElementChange } from '../types';
import { currentPage, mapDeep, patchElement, withElements, withFreshIds } from '../tree';

export const DUPLICATE_OFFSET = 20;

/** Adds elements on top of the page and selects them. Ids already on the page are refreshed. */
export const createElements: EditorAction<{ elements: readonly Element[] }> = (state, { elements }) => {
  if (elements.length === 0) return state;
  const page = currentPage(state);
  const taken = new Set<string>();
  const collect = (el: Element): void => {
    taken.add(el.id);
    if (el.type === 'group') el.children.forEach(collect);
  };
  page.elements.forEach(collect);
  const added = elements.map((el) => {
    const clashes = (e: Element): boolean => taken.has(e.id) || (e.type === 'group' && e.children.some(clashes));
    const fresh = clashes(el) ? withFreshIds(el) : el;
    collect(fresh); // two copies of one element in the same batch must differ too
    return fresh;
  });
  return withElements(state, [...page.elements, ...added], added.map((el) => el.id));
};

/**
 * Patches elements by id at any depth (group children included, e.g. from the layers panel).
 * A raw patch: a group's new width does not scale its children (resizeElements does).
 */
export const updateElements: EditorAction<{ changes: readonly ElementChange[] }> = (state, { changes }) => {
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
export const deleteElements: EditorAction<{ ids: readonly string[] }> = (state, { ids }) => {
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
export const deleteSelection: EditorAction<void> = (state) => deleteElements(state, { ids: state.selection });

/** Copies each selected element (deeply, new ids) just above itself, offset, and selects the copies. */
export const duplicateSelection: EditorAction<void> = (state) => {
  const chosen = new Set(state.selection);
  if (chosen.size === 0) return state;
  const copies: string[] = [];
  const elements = currentPage(state).elements.flatMap((el) => {
    if (!chosen.has(el.id)) return [el];
    const copy = { ...withFreshIds(el), x: el.x + DUPLICATE_OFFSET, y: el.y + DUPLICATE_OFFSET };
    copies.push(copy.id);
    return [el, copy];
  });
  return withElements(state, elements, copies);
};

export const setLocked: EditorAction<{ ids: readonly string[]; locked: boolean }> = (state, { ids, locked }) =>
  updateElements(state, { changes: ids.map((id) => ({ id, patch: { locked } })) });

export const setHidden: EditorAction<{ ids: readonly string[]; hidden: boolean }> = (state, { ids, hidden }) =>
  updateElements(state, { changes: ids.map((id) => ({ id, patch: { hidden } })) });

export const rename: EditorAction<{ id: string; name: string }> = (state, { id, name }) =>
  updateElements(state, { changes: [{ id, patch: { name: name.slice(0, 200) } }] });

/**
 * Multi-selection of a long list, the way file browsers do it: click selects one, Ctrl/Cmd-click
 * toggles one, Shift-click selects the range from the anchor (added to the selection with Ctrl).
 * Pure: the list is reached through `idAt(index)`, so unloaded pages simply give no id.
 */

export interface SelectionState {
  ids: ReadonlySet<string>;
  /** Index the next Shift-click ranges from (the last plain or Ctrl click). */
  anchor: number | null;
}

export const EMPTY_SELECTION: SelectionState = { ids: new Set(), anchor: null };

export interface ClickModifiers {
  /** Ctrl (Cmd on macOS). */
  toggle: boolean;
  /** Shift. */
  range: boolean;
}

/** The ids at from..to (either order, both included); indices without a loaded id are skipped. */
export function rangeIds(from: number, to: number, idAt: (index: number) => string | undefined): string[] {
  const [low, high] = from <= to ? [from, to] : [to, from];
  const ids: string[] = [];
  for (let i = low; i <= high; i++) {
    const id = idAt(i);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

export function clickSelection(
  state: SelectionState,
  index: number,
  idAt: (index: number) => string | undefined,
  modifiers: ClickModifiers,
): SelectionState {
  const id = idAt(index);
  if (id === undefined) return state;
  if (modifiers.range && state.anchor !== null) {
    const range = rangeIds(state.anchor, index, idAt);
    const ids = modifiers.toggle ? new Set([...state.ids, ...range]) : new Set(range);
    // The anchor stays put, so a second Shift-click re-draws the range from the same place.
    return { ids, anchor: state.anchor };
  }
  if (modifiers.toggle) {
    const ids = new Set(state.ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    return { ids, anchor: index };
  }
  return { ids: new Set([id]), anchor: index };
}

export function selectAll(ids: readonly string[]): SelectionState {
  return { ids: new Set(ids), anchor: ids.length > 0 ? 0 : null };
}

/** Drops ids that left the list (deleted, filtered out), keeping the rest selected. */
export function keepOnly(state: SelectionState, present: (id: string) => boolean): SelectionState {
  const ids = new Set([...state.ids].filter(present));
  return ids.size === state.ids.size ? state : { ids, anchor: ids.size === 0 ? null : state.anchor };
}

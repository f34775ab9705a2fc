import { describe, expect, it } from 'vitest';
import { clickSelection, EMPTY_SELECTION, keepOnly, rangeIds, selectAll, type SelectionState } from './selection';

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const idAt = (i: number) => ids[i];
const plain = { toggle: false, range: false };
const ctrl = { toggle: true, range: false };
const shift = { toggle: false, range: true };
const ctrlShift = { toggle: true, range: true };
const sorted = (s: SelectionState) => [...s.ids].sort();

describe('selection', () => {
  it('a click selects one and moves the anchor', () => {
    const s = clickSelection(clickSelection(EMPTY_SELECTION, 1, idAt, plain), 3, idAt, plain);
    expect(sorted(s)).toEqual(['d']);
    expect(s.anchor).toBe(3);
  });

  it('Ctrl-click adds and removes one', () => {
    let s = clickSelection(EMPTY_SELECTION, 0, idAt, plain);
    s = clickSelection(s, 2, idAt, ctrl);
    s = clickSelection(s, 4, idAt, ctrl);
    expect(sorted(s)).toEqual(['a', 'c', 'e']);
    s = clickSelection(s, 2, idAt, ctrl);
    expect(sorted(s)).toEqual(['a', 'e']);
  });

  it('Shift-click selects the range from the anchor, in either direction, and redraws it', () => {
    let s = clickSelection(EMPTY_SELECTION, 2, idAt, plain);
    s = clickSelection(s, 5, idAt, shift);
    expect(sorted(s)).toEqual(['c', 'd', 'e', 'f']);
    s = clickSelection(s, 0, idAt, shift);
    expect(sorted(s)).toEqual(['a', 'b', 'c']);
    expect(s.anchor).toBe(2);
  });

  it('Ctrl+Shift-click adds a range to what is selected', () => {
    let s = clickSelection(EMPTY_SELECTION, 0, idAt, plain);
    s = clickSelection(s, 3, idAt, ctrl);
    s = clickSelection(s, 5, idAt, ctrlShift);
    expect(sorted(s)).toEqual(['a', 'd', 'e', 'f']);
  });

  it('Shift-click with no anchor acts as a click', () => {
    expect(sorted(clickSelection(EMPTY_SELECTION, 4, idAt, shift))).toEqual(['e']);
  });

  it('skips what is not loaded and ignores a click on a placeholder', () => {
    const sparse = (i: number) => (i === 2 ? undefined : ids[i]);
    expect(rangeIds(4, 0, sparse)).toEqual(['a', 'b', 'd', 'e']);
    const s = clickSelection(EMPTY_SELECTION, 0, idAt, plain);
    expect(clickSelection(s, 2, sparse, plain)).toBe(s);
  });

  it('select all, then keep only what is still listed', () => {
    const all = selectAll(ids);
    expect(all.ids.size).toBe(6);
    const kept = keepOnly(all, (id) => id !== 'b' && id !== 'c');
    expect(sorted(kept)).toEqual(['a', 'd', 'e', 'f']);
    expect(keepOnly(kept, () => true)).toBe(kept);
    expect(keepOnly(kept, () => false).anchor).toBeNull();
  });
});

/**
 * Copy and paste. The payload is plain JSON so it can go through the system clipboard or IPC.
 * Media is referenced by asset id (sha256, content-addressed), so pasting into another design
 * keeps the same ids; `assetIds` lets the host make sure those assets exist in the target library.
 */
import { assetIdsOf } from '../../elements';
import type { Element } from '../../schema/design';
import type { Perform, EditorState } from '../types';
import { currentPage, selectedElements, withElements, withFreshIds, withUniqueSlotNames } from '../tree';

export const CLIPBOARD_KIND = 'affiche/elements';
export const PASTE_OFFSET = 20;

export interface ClipboardPayload {
  kind: typeof CLIPBOARD_KIND;
  version: 1;
  sourceDesignId: string;
  sourcePageId: string;
  elements: Element[];
  assetIds: string[];
}

/** A query, not an action: copying changes nothing. Null when nothing is selected. */
export function copySelection(state: EditorState): ClipboardPayload | null {
  const elements = selectedElements(state);
  if (elements.length === 0) return null;
  return {
    kind: CLIPBOARD_KIND,
    version: 1,
    sourceDesignId: state.design.id,
    sourcePageId: currentPage(state).id,
    // A deep copy: later edits of the design must not reach what is on the clipboard.
    elements: structuredClone(elements),
    assetIds: assetIdsOf(elements),
  };
}

/** Accepts only a payload this module wrote (the clipboard may hold anything). */
export function isClipboardPayload(value: unknown): value is ClipboardPayload {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ClipboardPayload>;
  return v.kind === CLIPBOARD_KIND && v.version === 1 && Array.isArray(v.elements) && typeof v.sourceDesignId === 'string';
}

/**
 * Pastes with fresh ids and selects the pasted elements. Into the page it came from, the copy is
 * offset by 20 px, and by 20 px more for each earlier paste still sitting there, so repeated
 * pastes cascade instead of stacking invisibly. Into another page or design it keeps its position.
 */
export const paste: Perform<{ payload: ClipboardPayload }> = (state, { payload }) => {
  if (!isClipboardPayload(payload) || payload.elements.length === 0) return state;
  const page = currentPage(state);
  let offset = 0;
  if (payload.sourceDesignId === state.design.id && payload.sourcePageId === page.id) {
    const anchor = payload.elements[0];
    const occupied = (d: number) => page.elements.some((el) => el.x === anchor.x + d && el.y === anchor.y + d);
    offset = PASTE_OFFSET;
    while (occupied(offset) && offset < PASTE_OFFSET * 100) offset += PASTE_OFFSET;
  }
  const pasted = withUniqueSlotNames(
    state.design,
    payload.elements.map((el) => ({ ...withFreshIds(structuredClone(el)), x: el.x + offset, y: el.y + offset })),
  );
  return withElements(
    state,
    [...page.elements, ...pasted],
    pasted.map((el) => el.id),
  );
};

/** Linked variants from the editor: show one, create them from formats, delete, reset to master. */
import type { FormatRef } from '../../schema/design';
import { addVariants, findVariant, removeVariant, resetVariant } from '../../variants/variants';
import type { Perform } from '../types';

/** Shows a variant (or the master with null). Like a page change: no undo step, selection cleared. */
export const showVariant: Perform<{ id: string | null }> = (state, { id }) => {
  const next = id && findVariant(state.design, id) ? id : null;
  if (next === (state.variantId ?? null)) return state;
  return { ...state, variantId: next, selection: [] };
};

/** "Resize to...": one linked variant per format (a size already present is skipped); shows the first new one. */
export const createVariants: Perform<{ formats: readonly FormatRef[] }> = (state, { formats }) => {
  // A panorama has no linked variants (core/carousel/panorama.ts): it is cut into slides instead.
  if (state.design.panorama) return state;
  const { design, ids } = addVariants(state.design, formats);
  if (ids.length === 0) return state;
  return { ...state, design, variantId: ids[0], selection: [] };
};

export const deleteVariant: Perform<{ id: string }> = (state, { id }) => {
  const design = removeVariant(state.design, id);
  if (design === state.design) return state;
  return { ...state, design, variantId: state.variantId === id ? null : state.variantId, selection: state.variantId === id ? [] : state.selection };
};

/** The shown variant's own layout goes: for these elements, or all of them. */
export const resetToMaster: Perform<{ ids?: readonly string[] } | void> = (state, args) => {
  if (!state.variantId) return state;
  const design = resetVariant(state.design, state.variantId, args ? args.ids : undefined);
  return design === state.design ? state : { ...state, design };
};

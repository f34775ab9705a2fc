/**
 * Library media in the design (issue 5): another picture in an image's frame, the design's
 * soundtrack, and a font family for the selected texts.
 */
import type { Design, Element } from '../../schema/design';
import type { Perform, EditorState } from '../types';
import { someElement } from '../../schema/walk';
import { currentPage, mapDeep, patchElement, selectedElements, withElements } from '../tree';

/**
 * Puts another picture in an image element (at any depth): its frame, rotation, opacity, corner
 * radius, mask, flips and filters stay; the crop goes, so the new picture covers the frame centred
 * (a crop chosen for the old picture means nothing for the new one). Not an image: no change.
 */
export const replaceImage: Perform<{ id: string; assetId: string; name?: string }> = (state, { id, assetId, name }) => {
  const elements = mapDeep(currentPage(state).elements, (el) => {
    if (el.id !== id || el.type !== 'image') return el;
    return patchElement(el, { assetId, crop: undefined, ...(name !== undefined ? { name: name.slice(0, 200) } : {}) });
  });
  return withElements(state, elements);
};

export type Soundtrack = NonNullable<Design['audio']>;

/**
 * Sets the design's soundtrack (a library sound under every page of a video or carousel), or
 * removes it with null. A new sound starts at full volume with no fades; changing the sound of an
 * existing soundtrack keeps its volume, fades, fit and ducking (its trim goes with the old sound).
 * The other settings: updateSoundtrack (./video.ts).
 */
export const setSoundtrack: Perform<{ assetId: string; volume?: number; startMs?: number; fadeInMs?: number; fadeOutMs?: number } | null> = (state, args) => {
  const current = state.design.audio;
  if (args === null) {
    if (!current) return state;
    const design = { ...state.design };
    delete design.audio;
    return { ...state, design };
  }
  const kept = current ?? { volume: 1, startMs: 0, fadeInMs: 0, fadeOutMs: 0 };
  const next: Soundtrack = {
    assetId: args.assetId,
    volume: clamp(args.volume ?? kept.volume, 0, 1),
    startMs: Math.max(0, Math.round(args.startMs ?? (current && current.assetId === args.assetId ? kept.startMs : 0))),
    fadeInMs: clamp(Math.round(args.fadeInMs ?? kept.fadeInMs), 0, 60_000),
    fadeOutMs: clamp(Math.round(args.fadeOutMs ?? kept.fadeOutMs), 0, 60_000),
  };
  // The fit and ducking are the soundtrack's; a trim belongs to its sound (kept only for the same sound).
  if (current?.fit) next.fit = current.fit;
  if (current?.ducking !== undefined) next.ducking = current.ducking;
  if (current && current.assetId === args.assetId) {
    if (current.trimInMs !== undefined) next.trimInMs = current.trimInMs;
    if (current.trimOutMs !== undefined) next.trimOutMs = current.trimOutMs;
  }
  if (current && JSON.stringify(current) === JSON.stringify(next)) return state;
  return { ...state, design: { ...state.design, audio: next } };
};

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * A font family for the selected texts, texts inside selected groups included (shapes and images
 * in the selection are left alone). Style runs keep their weights; the family is the element's.
 */
export const setFontFamily: Perform<{ family: string }> = (state, { family }) => {
  const name = family.trim().slice(0, 100);
  if (name === '' || state.selection.length === 0) return state;
  const chosen = new Set(state.selection);
  const inSelection = (el: Element): Element => {
    if (el.type === 'text') return patchElement(el, { fontFamily: name });
    if (el.type === 'group') {
      const children = mapDeep(el.children, (child) => (child.type === 'text' ? patchElement(child, { fontFamily: name }) : child));
      return children === el.children ? el : { ...el, children: children as Element[] };
    }
    return el;
  };
  const page = currentPage(state);
  let changed = false;
  const elements = page.elements.map((el) => {
    if (!chosen.has(el.id)) return el;
    const out = inSelection(el);
    if (out !== el) changed = true;
    return out;
  });
  return changed ? withElements(state, elements) : state;
};

/** True when the selection holds a text, directly or inside a group (fonts apply to it). */
export function selectionHasText(state: EditorState): boolean {
  return someElement(selectedElements(state), (el) => el.type === 'text');
}

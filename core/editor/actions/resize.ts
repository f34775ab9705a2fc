/**
 * Resizing from the handles. A plain element just takes the new box. A group scales its children
 * with it: "resize that only moves the frame" is a known weakness of other Fabric editors,
 * and children are stored relative to the group, so they must be scaled explicitly.
 */
import { LIMITS } from '../../schema/constants';
import type { Box, Perform, ElementChange } from '../types';
import { keepsAspectRatio, scaleElement } from '../scale';

export { scaleElement };
import { updateElements } from './elements';
import { currentPage, mapTop, patchElement, withElements } from '../tree';

const MIN_SIZE = 1e-3;

/** Gives top-level elements new boxes; groups scale their content. Locked elements keep theirs. */
export const resizeElements: Perform<{ changes: ReadonlyArray<{ id: string; box: Box }> }> = (state, { changes }) => {
  const byId = new Map(changes.map((c) => [c.id, c.box]));
  const elements = mapTop(currentPage(state).elements, (el) => {
    const box = byId.get(el.id);
    if (!box || el.locked || !(box.width > 0) || !(box.height > 0)) return el;
    if (el.type !== 'group' || (box.width === el.width && box.height === el.height)) return patchElement(el, box);
    const sx = box.width / el.width;
    const sy = box.height / el.height;
    return { ...el, ...box, children: el.children.map((c) => scaleElement(c, sx, sy)) };
  });
  return withElements(state, elements);
};

/**
 * What the canvas reports after a drag, resize or rotation: new geometry per element. A group whose
 * size changed scales its children (resizeElements); everything else is a plain patch.
 */
export const transformElements: Perform<{ changes: readonly ElementChange[] }> = (state, { changes }) => {
  const page = currentPage(state);
  const boxes: Array<{ id: string; box: Box }> = [];
  const patches: ElementChange[] = [];
  for (const change of changes) {
    const el = page.elements.find((e) => e.id === change.id);
    const { x, y, width, height, ...rest } = change.patch;
    const resized = el?.type === 'group' && ((width !== undefined && width !== el.width) || (height !== undefined && height !== el.height));
    if (!el || !resized) {
      patches.push(change);
      continue;
    }
    boxes.push({ id: el.id, box: { x: x ?? el.x, y: y ?? el.y, width: width ?? el.width, height: height ?? el.height } });
    if (Object.keys(rest).length > 0) patches.push({ id: el.id, patch: rest });
  }
  const resized = boxes.length > 0 ? resizeElements(state, { changes: boxes }) : state;
  return patches.length > 0 ? updateElements(resized, { changes: patches }) : resized;
};

/**
 * The size fields of the properties panel: a new width or height for one element, top-left corner
 * kept. A text's height is its own to set only with auto-fit on (otherwise its words decide it). An aspect-locked element keeps its width:height ratio (and so does a group, whose rotated
 * children cannot be stretched); a group scales its children with it.
 */
export const setSize: Perform<{ id: string; width?: number; height?: number }> = (state, { id, width, height }) => {
  const el = currentPage(state).elements.find((e) => e.id === id);
  if (!el || el.locked) return state;
  // A text's height follows its words unless it shrinks to fit a box the user sets (auto-fit).
  if (el.type === 'text' && !el.autoFit && !keepsAspectRatio(el)) height = undefined;
  if (width === undefined && height === undefined) return state;
  const ratio = el.width / el.height;
  let w = width ?? el.width;
  let h = height ?? el.height;
  if (keepsAspectRatio(el)) {
    if (width !== undefined) h = w / ratio;
    else if (height !== undefined) w = h * ratio;
  }
  if (!(w >= MIN_SIZE) || !(h >= MIN_SIZE)) return state;
  // Both sides stay within the schema's bounds: scaled together when the ratio is kept, each on its
  // own otherwise; min() again because w * (max / w) can land a hair above max in floating point.
  const ratioKept = keepsAspectRatio(el);
  const fit = Math.min(1, LIMITS.maxCoordinate / w, LIMITS.maxCoordinate / h);
  w = Math.min(LIMITS.maxCoordinate, ratioKept ? w * fit : w);
  h = Math.min(LIMITS.maxCoordinate, ratioKept ? h * fit : h);
  return resizeElements(state, { changes: [{ id, box: { x: el.x, y: el.y, width: w, height: h } }] });
};

/**
 * Group and ungroup. Children of a group are positioned relative to the group's top-left
 * (core/schema/design.ts) and the group's rotation turns them about the group's centre, the way
 * the renderer builds a fabric.Group (core/render/elements.ts).
 */
import { newId } from '../../schema/factory';
import type { Element, GroupElement } from '../../schema/design';
import type { Perform } from '../types';
import { centreOf, rotatePoint, selectionBounds } from '../bounds';
import { currentPage, normaliseRotation, withElements } from '../tree';

/**
 * Puts the selected unlocked top-level elements (two or more) into a new group, placed in the paint order
 * where the topmost of them was. The group box is the union of the children's rotated bounds,
 * so its handles hug what the user sees; the group itself starts unrotated.
 */
export const group: Perform<{ id?: string; name?: string } | void> = (state, args) => {
  const chosen = new Set(state.selection);
  const elements = currentPage(state).elements;
  // A locked element stays out: inside a group it would move with the group. So does one on
  // every slide: it lives on its own home slide, and a group's children are never repeated.
  const members = elements.filter((el) => chosen.has(el.id) && !el.locked && !el.repeat);
  if (members.length < 2) return state;
  const box = selectionBounds(members)!;
  const grouped: GroupElement = {
    id: (args && args.id) || newId('e'),
    type: 'group',
    name: (args && args.name) || 'Group',
    x: box.x,
    y: box.y,
    width: Math.max(box.width, 1e-6),
    height: Math.max(box.height, 1e-6),
    rotation: 0,
    opacity: 1,
    locked: false,
    hidden: false,
    children: members.map((el) => ({ ...el, x: el.x - box.x, y: el.y - box.y })),
  };
  const memberIds = new Set(members.map((el) => el.id));
  const topIndex = Math.max(...members.map((el) => elements.indexOf(el)));
  const next: Element[] = [];
  elements.forEach((el, i) => {
    if (i === topIndex) next.push(grouped);
    else if (!memberIds.has(el.id)) next.push(el);
  });
  return withElements(state, next, [grouped.id]);
};

/**
 * A group's child in page coordinates: its centre turned about the group's centre by the group's
 * rotation, its own rotation plus the group's. Opacity multiplies and hidden/locked carry over, so
 * ungrouping changes nothing on screen.
 */
export function childToPage(parent: GroupElement, child: Element): Element {
  const pivot = centreOf(parent);
  const centre = rotatePoint(
    { x: parent.x + child.x + child.width / 2, y: parent.y + child.y + child.height / 2 },
    pivot,
    parent.rotation,
  );
  return {
    ...child,
    x: centre.x - child.width / 2,
    y: centre.y - child.height / 2,
    rotation: parent.rotation === 0 ? child.rotation : normaliseRotation(child.rotation + parent.rotation),
    opacity: child.opacity * parent.opacity,
    hidden: child.hidden || parent.hidden,
    locked: child.locked || parent.locked,
  };
}

/** Replaces each selected group by its children, in place, and selects the children. */
export const ungroup: Perform<void> = (state) => {
  const chosen = new Set(state.selection);
  const elements = currentPage(state).elements;
  if (!elements.some((el) => chosen.has(el.id) && el.type === 'group')) return state;
  const selection: string[] = [];
  const next = elements.flatMap((el): Element[] => {
    if (!chosen.has(el.id)) return [el];
    if (el.type !== 'group') {
      selection.push(el.id);
      return [el];
    }
    const children = el.children.map((child) => childToPage(el, child));
    selection.push(...children.map((c) => c.id));
    return children;
  });
  return withElements(state, next, selection);
};

/**
 * A design's template slots (design schema v5, core/schema/design.ts `slotSchema`): what a fill
 * form, the CLI's `--set name=...` and previews list. A template is any design with slots
 * (docs/architecture.md, glossary: template, slot).
 */
import type { Design, Element, Slot } from '../schema/design';
import { walkElements } from '../schema/walk';

export interface SlotInfo {
  slot: Slot;
  /** The element carrying it, and its page. */
  elementId: string;
  pageIndex: number;
  /** The element's box on its page (a group child's is relative to its group). */
  box: { x: number; y: number; width: number; height: number };
}

/** Every slot of a design in paint order (page by page, back to front). */
export function listSlots(design: Design): SlotInfo[] {
  const slots: SlotInfo[] = [];
  walkElements(design, (el: Element, place) => {
    if (el.slot) slots.push({ slot: el.slot, elementId: el.id, pageIndex: place.pageIndex, box: { x: el.x, y: el.y, width: el.width, height: el.height } });
  });
  return slots;
}

/** Slot names compare case-insensitively (parseDesign refuses two that differ only by case). */
export function sameSlotName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');
}

/** Whether a design is a template: it has at least one slot. */
export function isTemplate(design: Design): boolean {
  let found = false;
  walkElements(design, (el) => {
    if (!el.slot) return;
    found = true;
    return 'stop';
  });
  return found;
}

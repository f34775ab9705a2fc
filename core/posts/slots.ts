/**
 * Recurring slots of the editorial line ("every Tuesday 9:00, Instagram, tips") as the calendar
 * shows them (docs/architecture.md, Posts): each weekly slot's occurrences in a range of days, in
 * the calendar's display zone, and whether a post fills it. A slot is empty when no post on its
 * network is planned within its hour that day (from its time to an hour later).
 */
import type { Post, PostInput, RecurringSlot } from '../schema/posts';
import { WEEKDAYS } from '../schema/postConstants';
import { addDays, weekdayIndex } from './time';
import { entriesByDay, newIdea } from './calendar';

export interface SlotOccurrence {
  slot: RecurringSlot;
  /** `YYYY-MM-DD` and `HH:mm` in the display zone. */
  day: string;
  time: string;
  /** No post on the slot's network within its hour that day. */
  empty: boolean;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Every occurrence of the slots from `from` to `to` (days, inclusive), by day then time. */
export function slotOccurrences(slots: readonly RecurringSlot[], posts: readonly Post[], from: string, to: string, zone: string): SlotOccurrence[] {
  const byDay = entriesByDay(posts, zone);
  const occurrences: SlotOccurrence[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const weekday = WEEKDAYS[weekdayIndex(day)];
    for (const slot of slots) {
      if (slot.weekday !== weekday) continue;
      const start = minutesOf(slot.time);
      const filled = (byDay.get(day) ?? []).some(
        (entry) => entry.minutes >= start && entry.minutes < start + 60 && entry.post.targets.some((target) => target.network === slot.network),
      );
      occurrences.push({ slot, day, time: slot.time, empty: !filled });
    }
  }
  return occurrences.sort((a, b) => a.day.localeCompare(b.day) || a.time.localeCompare(b.time) || a.slot.network.localeCompare(b.slot.network));
}

/** The empty ones only (the dashed tiles of the month and week views). */
export function emptySlots(slots: readonly RecurringSlot[], posts: readonly Post[], from: string, to: string, zone: string): SlotOccurrence[] {
  return slotOccurrences(slots, posts, from, to, zone).filter((occurrence) => occurrence.empty);
}

/** The post a click on an empty slot creates: an idea at the slot's time, on its network, with its pillar. */
export function postForSlot(occurrence: Pick<SlotOccurrence, 'slot' | 'day' | 'time'>, id: string, zone: string): PostInput {
  return newIdea(id, { day: occurrence.day, time: occurrence.time, zone, networks: [occurrence.slot.network], pillarId: occurrence.slot.pillarId });
}

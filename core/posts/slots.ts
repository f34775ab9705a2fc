/**
 * Recurring slots of the editorial line ("every Tuesday 9:00, Instagram, tips") as the calendar and
 * the mix panel show them (docs/architecture.md, Posts): each weekly slot's occurrences in a range
 * of days, in the calendar's display zone, with the post that fills it. One rule for both screens:
 * a post fills an occurrence when one of its targets is on the slot's network, planned that day
 * within the slot's hour (from its time to an hour later, the target's own time read in the
 * display zone), and its pillar is the slot's when both name one; each target fills one slot.
 */
import type { Network } from '../formats/constants';
import type { PostInput, RecurringSlot } from '../schema/posts';
import { WEEKDAYS } from '../schema/postConstants';
import { newIdea } from './calendar';
import { resolveTargets } from './resolve';
import { addDays, inZone, minuteOfDay, weekdayIndex } from './time';

export interface SlotOccurrence {
  slot: RecurringSlot;
  /** `YYYY-MM-DD` and `HH:mm` in the display zone. */
  day: string;
  time: string;
  /** The post planned in it, or null. */
  postId: string | null;
  /** No post fills it (a dashed tile in the calendar, "to fill" in the mix panel). */
  empty: boolean;
}

/** How long after a slot's time a post still fills it. */
export const SLOT_WINDOW_MINUTES = 60;

interface DayTarget {
  key: string;
  network: Network;
  postId: string;
  pillarId: string | undefined;
  minutes: number;
}

/** Each planned target (its own time, else the post's) by day in the display zone, earliest first. */
function targetsByDay(posts: readonly PostInput[], zone: string): Map<string, DayTarget[]> {
  const byDay = new Map<string, DayTarget[]>();
  for (const post of posts) {
    for (const target of resolveTargets(post)) {
      if (!target.at) continue;
      const local = inZone(target.at, zone).local;
      const day = local.slice(0, 10);
      const list = byDay.get(day) ?? [];
      list.push({ key: `${post.id}/${target.network}`, network: target.network, postId: post.id, pillarId: post.pillarId, minutes: minuteOfDay(local.slice(11, 16)) });
      byDay.set(day, list);
    }
  }
  for (const list of byDay.values()) list.sort((a, b) => a.minutes - b.minutes || a.postId.localeCompare(b.postId));
  return byDay;
}

/** Every occurrence of the slots from `from` to `to` (days, inclusive), by day then time. */
export function slotOccurrences(slots: readonly RecurringSlot[], posts: readonly PostInput[], from: string, to: string, zone: string): SlotOccurrence[] {
  const byDay = targetsByDay(posts, zone);
  const used = new Set<string>();
  const occurrences: SlotOccurrence[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const weekday = WEEKDAYS[weekdayIndex(day)];
    for (const slot of slots) {
      if (slot.weekday !== weekday) continue;
      const start = minuteOfDay(slot.time);
      const match = (byDay.get(day) ?? []).find(
        (target) =>
          target.network === slot.network &&
          target.minutes >= start &&
          target.minutes < start + SLOT_WINDOW_MINUTES &&
          (slot.pillarId === undefined || target.pillarId === undefined || target.pillarId === slot.pillarId) &&
          !used.has(target.key),
      );
      if (match) used.add(match.key);
      occurrences.push({ slot, day, time: slot.time, postId: match?.postId ?? null, empty: !match });
    }
  }
  return occurrences.sort((a, b) => a.day.localeCompare(b.day) || a.time.localeCompare(b.time) || a.slot.network.localeCompare(b.slot.network));
}

/** The empty ones only (the dashed tiles of the month and week views, the mix panel's slots to fill). */
export function emptySlots(slots: readonly RecurringSlot[], posts: readonly PostInput[], from: string, to: string, zone: string): SlotOccurrence[] {
  return slotOccurrences(slots, posts, from, to, zone).filter((occurrence) => occurrence.empty);
}

/** The post a click on an empty slot creates: an idea at the slot's time, on its network, with its pillar. */
export function postForSlot(occurrence: Pick<SlotOccurrence, 'slot' | 'day' | 'time'>, id: string, zone: string): PostInput {
  return newIdea(id, { day: occurrence.day, time: occurrence.time, zone, networks: [occurrence.slot.network], pillarId: occurrence.slot.pillarId });
}

/**
 * The calendar's first calls (`posts.list`, `editorial.get`), sent as soon as the app knows the
 * calendar is opening (App.tsx on the route change, main.tsx at boot on #/calendar), at the same
 * time as the screen's code loads instead of after it; useCalendarPosts takes them on mount.
 * Kept free of the screen's imports: it lives in the main bundle.
 */
import type { Editorial, Post } from '../../../core/schema/posts';
import { getBridge } from '../bridge';

export interface CalendarFirstData {
  posts: Promise<Post[]>;
  editorial: Promise<Editorial>;
}

let pending: CalendarFirstData | null = null;

/** Sends the calls unless some are already waiting to be taken. */
export function prefetchCalendarData(): void {
  if (pending) return;
  const api = getBridge().api;
  pending = {
    posts: api['posts.list']({}).then(({ posts }) => posts),
    editorial: api['editorial.get']({}).then(({ editorial }) => editorial),
  };
  // A failure is the taker's to show; one never taken is no unhandled rejection.
  pending.posts.catch(() => undefined);
  pending.editorial.catch(() => undefined);
}

/** The calls sent for this opening of the calendar, once; null when none were (then the screen asks). */
export function takeCalendarData(): CalendarFirstData | null {
  const taken = pending;
  pending = null;
  return taken;
}

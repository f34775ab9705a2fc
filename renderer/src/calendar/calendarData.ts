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

function send(): CalendarFirstData {
  const api = getBridge().api;
  const sent = {
    posts: api['posts.list']({}).then(({ posts }) => posts),
    editorial: api['editorial.get']({}).then(({ editorial }) => editorial),
  };
  // A failure is the taker's to show; one never taken is no unhandled rejection.
  sent.posts.catch(() => undefined);
  sent.editorial.catch(() => undefined);
  return sent;
}

/** Sends the calls unless some are already waiting to be taken. */
export function prefetchCalendarData(): void {
  pending ??= send();
}

/** The calls sent for this opening of the calendar (once), or new ones when none were. */
export function takeCalendarData(): CalendarFirstData {
  const taken = pending ?? send();
  pending = null;
  return taken;
}

/** The calendar was left before it showed: answers kept until the next visit would be stale. */
export function forgetCalendarData(): void {
  pending = null;
}

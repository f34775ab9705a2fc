/**
 * The calendar's first calls (`posts.list`, `editorial.get`), sent as soon as the app knows the
 * calendar is opening (App.tsx on the route change, main.tsx at boot on #/calendar), at the same
 * time as the screen's code loads instead of after it; useCalendarPosts takes them on mount.
 * A change to the posts or the editorial line announced while they wait (another window, the CLI)
 * makes them stale: the screen then sends fresh ones. Once taken, the screen's own subscription
 * follows the changes. Kept free of the screen's imports: it lives in the main bundle.
 */
import type { Editorial, Post } from '../../../core/schema/posts';
import { getBridge } from '../bridge';

export interface CalendarFirstData {
  posts: Promise<Post[]>;
  editorial: Promise<Editorial>;
}

interface Pending {
  data: CalendarFirstData;
  stale: boolean;
  unsubscribe: () => void;
}

let pending: Pending | null = null;

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

function watched(data: CalendarFirstData): Pending {
  const entry: Pending = { data, stale: false, unsubscribe: () => undefined };
  try {
    entry.unsubscribe = getBridge().events['library.changed'](({ scope }) => {
      if (scope === 'posts' || scope === 'editorial') entry.stale = true;
    });
  } catch {
    // No event channel: the answers are taken as they are, as the screen's own calls would be.
  }
  return entry;
}

function release(): Pending | null {
  const entry = pending;
  pending = null;
  entry?.unsubscribe();
  return entry;
}

/** Sends the calls unless some are already waiting to be taken. */
export function prefetchCalendarData(): void {
  pending ??= watched(send());
}

/** The calls sent for this opening of the calendar (once), or new ones when none were or a change made them stale. */
export function takeCalendarData(): CalendarFirstData {
  const entry = release();
  return entry && !entry.stale ? entry.data : send();
}

/** The calendar was left before it showed: answers kept until the next visit would be stale. */
export function forgetCalendarData(): void {
  release();
}

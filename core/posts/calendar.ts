/**
 * The editorial calendar's layouts and moves (docs/architecture.md, Posts). Pure: the screen lays
 * posts out with these and sends what a move returns through `posts.save`.
 *
 * Everything is shown in the calendar's display zone (`editorial.settings.timeZone`): a post
 * planned in another zone shows at the same instant's clock time and day there (`inZone`), and its
 * entry says which zone it was planned in. Moves keep each post's own zone and clock time: a 9:00
 * post moved across the March change is still at 9:00 (posts.md, Calendars).
 */
import type { Editorial, PlannedTime, Post, PostInput, PostStatus } from '../schema/posts';
import { POST_STATUSES, WEEKDAYS } from '../schema/postConstants';
import { addDays, formatLocal, inZone, minuteOfDay, parseLocal, plannedInstant, moveToDay as moveAtToDay, weekdayIndex } from './time';

/** A planned post as the calendar shows it: its time in the display zone. */
export interface CalendarEntry {
  post: Post;
  /** `YYYY-MM-DD` in the display zone. */
  day: string;
  /** `HH:mm` in the display zone. */
  time: string;
  /** Minutes since midnight of `day` (for the week view's slots). */
  minutes: number;
  /** The zone the post is planned in, when it is not the display zone (the chip says so). */
  plannedZone: string | null;
  /** The post's own clock time there (`HH:mm`), when `plannedZone` is set. */
  plannedTime: string | null;
}

/** The calendar entry of a planned post (null for an unplanned one). */
export function entryOf(post: Post, zone: string): CalendarEntry | null {
  if (!post.at) return null;
  const shown = inZone(post.at, zone);
  const day = shown.local.slice(0, 10);
  const time = shown.local.slice(11, 16);
  const other = post.at.zone !== zone;
  return {
    post,
    day,
    time,
    minutes: minuteOfDay(time),
    plannedZone: other ? post.at.zone : null,
    plannedTime: other ? post.at.local.slice(11, 16) : null,
  };
}

/** Entries by time, then title, then id (a stable order for equal times). */
export function compareEntries(a: CalendarEntry, b: CalendarEntry): number {
  return a.day.localeCompare(b.day) || a.minutes - b.minutes || a.post.title.localeCompare(b.post.title) || a.post.id.localeCompare(b.post.id);
}

/** Every planned post's entry, by day and time. */
export function entriesOf(posts: readonly Post[], zone: string): CalendarEntry[] {
  return posts.map((post) => entryOf(post, zone)).filter((entry): entry is CalendarEntry => entry !== null).sort(compareEntries);
}

/** Entries grouped by day (`YYYY-MM-DD` in the display zone), each day's sorted by time. */
export function entriesByDay(posts: readonly Post[], zone: string): Map<string, CalendarEntry[]> {
  const byDay = new Map<string, CalendarEntry[]>();
  for (const entry of entriesOf(posts, zone)) {
    const list = byDay.get(entry.day);
    if (list) list.push(entry);
    else byDay.set(entry.day, [entry]);
  }
  return byDay;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM` of a day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The first day of the month `YYYY-MM` moved by `months`. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${pad((index % 12) + 1)}`;
}

/** The first and last days of `YYYY-MM` (what a month's bundle, list and .ics take). */
export function monthDays(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: addDays(`${addMonths(month, 1)}-01`, -1) };
}

/** The Monday of the week holding `day`. */
export function weekStart(day: string): string {
  return addDays(day, -weekdayIndex(day));
}

/** The 7 days (Monday first) of the week holding `day`. */
export function weekDays(day: string): string[] {
  const monday = weekStart(day);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/**
 * The month grid of `YYYY-MM`: whole weeks from the Monday on or before the 1st to the Sunday on or
 * after the last day, so the adjacent months' days fill the first and last rows (4 to 6 weeks).
 */
export function monthWeeks(month: string): string[][] {
  const { from: first, to: last } = monthDays(month);
  const weeks: string[][] = [];
  for (let monday = weekStart(first); monday <= last; monday = addDays(monday, 7)) weeks.push(weekDays(monday));
  return weeks;
}

export interface MonthDay {
  day: string;
  /** False for the adjacent months' days. */
  inMonth: boolean;
  entries: CalendarEntry[];
}

/** The month view: its weeks, each day with its posts by time. */
export function monthView(posts: readonly Post[], month: string, zone: string): MonthDay[][] {
  const byDay = entriesByDay(posts, zone);
  return monthWeeks(month).map((week) => week.map((day) => ({ day, inMonth: monthOf(day) === month, entries: byDay.get(day) ?? [] })));
}

/**
 * What a day cell shows when it has room for `rows` chips: all of them when they fit, else
 * `rows - 1` chips and a "+N more" row standing for the N hidden ones.
 */
export function visibleEntries<T>(entries: readonly T[], rows: number): { visible: T[]; more: number } {
  const room = Math.max(0, Math.floor(rows));
  if (entries.length <= room) return { visible: [...entries], more: 0 };
  const shown = Math.max(0, room - 1);
  return { visible: entries.slice(0, shown), more: entries.length - shown };
}

export const SLOT_MINUTES = 30;
export const SLOTS_PER_DAY = (24 * 60) / SLOT_MINUTES;

/** Something placed in a day of the week view: its 30-minute slot and its column among overlapping ones. */
export interface Placed<T> {
  item: T;
  /** 0..47: the half hour it starts in. */
  slot: number;
  /** 0-based column, and how many columns its group of overlapping items takes. */
  column: number;
  columns: number;
}

/**
 * One day of the week view: each item takes 30 minutes from its time; items whose half hours
 * overlap sit side by side, each group as wide as its most crowded moment needs, each item in the
 * first column free at its start. Items starting together keep the order given.
 */
export function placeInDay<T>(items: readonly T[], minutesOf: (item: T) => number): Array<Placed<T>> {
  const sorted = items.map((item, index) => ({ item, index, start: minutesOf(item) })).sort((a, b) => a.start - b.start || a.index - b.index);
  const placed: Array<Placed<T>> = [];
  let group: Array<Placed<T>> = [];
  let groupEnd = -1;
  let columnEnds: number[] = [];
  const closeGroup = () => {
    for (const one of group) one.columns = columnEnds.length;
    group = [];
    columnEnds = [];
  };
  for (const { item, start } of sorted) {
    const end = start + SLOT_MINUTES;
    if (start >= groupEnd) closeGroup();
    let column = columnEnds.findIndex((columnEnd) => columnEnd <= start);
    if (column === -1) {
      column = columnEnds.length;
      columnEnds.push(end);
    } else columnEnds[column] = end;
    const one: Placed<T> = { item, slot: Math.floor(start / SLOT_MINUTES), column, columns: 1 };
    group.push(one);
    placed.push(one);
    groupEnd = Math.max(groupEnd, end);
  }
  closeGroup();
  return placed;
}

/** A post placed in the week view. */
export interface WeekItem {
  entry: CalendarEntry;
  slot: number;
  column: number;
  columns: number;
}

/** One day's posts in the week view (`placeInDay` of its entries by time). */
export function dayColumns(entries: readonly CalendarEntry[]): WeekItem[] {
  return placeInDay([...entries].sort(compareEntries), (entry) => entry.minutes).map(({ item, ...rest }) => ({ entry: item, ...rest }));
}

/** The week view of the week holding `day`: 7 days, Monday first, each with its placed posts. */
export function weekView(posts: readonly Post[], day: string, zone: string): Array<{ day: string; items: WeekItem[] }> {
  const byDay = entriesByDay(posts, zone);
  return weekDays(day).map((d) => ({ day: d, items: dayColumns(byDay.get(d) ?? []) }));
}

/** The list view: the planned posts from `from` to `to` (days, inclusive), grouped by day. */
export function listView(posts: readonly Post[], from: string, to: string, zone: string): Array<{ day: string; entries: CalendarEntry[] }> {
  return [...entriesByDay(posts, zone)].filter(([day]) => day >= from && day <= to).map(([day, entries]) => ({ day, entries }));
}

/** Planned posts first by instant, then unplanned ones by creation (the order of `posts.list`); each instant computed once. */
function sortForBoard(posts: readonly Post[]): Post[] {
  return posts
    .map((post) => ({ post, instant: post.at ? plannedInstant(post.at) : null }))
    .sort((a, b) => {
      if (a.instant !== null && b.instant !== null) return a.instant - b.instant || a.post.id.localeCompare(b.post.id);
      if (a.instant !== null) return -1;
      if (b.instant !== null) return 1;
      return a.post.createdAt.localeCompare(b.post.createdAt) || a.post.id.localeCompare(b.post.id);
    })
    .map(({ post }) => post);
}

/** The status board: one column per status, in the order of a post's life. */
export function boardColumns(posts: readonly Post[]): Array<{ status: PostStatus; posts: Post[] }> {
  const sorted = sortForBoard(posts);
  return POST_STATUSES.map((status) => ({ status, posts: sorted.filter((post) => post.status === status) }));
}

/** The unplanned tray: posts with no time yet, oldest first. */
export function unplannedPosts(posts: readonly Post[]): Post[] {
  return sortForBoard(posts.filter((post) => post.at === null));
}

/** What `posts.save` takes back from a stored post. */
export function postInputOf(post: Post): PostInput {
  const { sequence: _sequence, createdAt: _createdAt, updatedAt: _updatedAt, ...input } = post;
  return structuredClone(input);
}

function shiftDays(at: PlannedTime, days: number): PlannedTime {
  return days === 0 ? at : moveAtToDay(at, addDays(at.local.slice(0, 10), days));
}

/** A local clock time moved by wall-clock minutes (calendar arithmetic, the zone kept). */
function shiftMinutes(at: PlannedTime, minutes: number): PlannedTime {
  if (minutes === 0) return at;
  const f = parseLocal(at.local);
  const moved = new Date(Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute + minutes));
  return {
    local: formatLocal({ year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate(), hour: moved.getUTCHours(), minute: moved.getUTCMinutes() }),
    zone: at.zone,
  };
}

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function withTargetTimes(post: Post, at: PlannedTime | null, move: (at: PlannedTime) => PlannedTime | undefined): Post {
  return { ...post, at, targets: post.targets.map((target) => (target.at ? withAt(target, move(target.at)) : target)) };
}

function withAt<T extends { at?: PlannedTime }>(target: T, at: PlannedTime | undefined): T {
  const { at: _old, ...rest } = target;
  return (at ? { ...rest, at } : rest) as T;
}

/**
 * Drag to a day: the post goes to `day` (a day of the display zone) at the same clock time in its
 * own zone; per-network times move by the same number of days. An unplanned post is left as is
 * (see `planOn`).
 */
export function moveToDay(post: Post, day: string, zone: string): Post {
  const entry = entryOf(post, zone);
  if (!entry || !post.at) return post;
  const days = dayNumber(day) - dayNumber(entry.day);
  if (days === 0) return post;
  return withTargetTimes(post, shiftDays(post.at, days), (at) => shiftDays(at, days));
}

/**
 * Drag to a half hour of the week view: the post is shown at `time` on `day` in the display zone
 * (its own zone keeps its own clock: the move is the same wall-clock shift there); per-network
 * times move by the same shift. An unplanned post is planned there in the display zone.
 */
export function moveToSlot(post: Post, day: string, time: string, zone: string): Post {
  const entry = entryOf(post, zone);
  if (!entry || !post.at) return { ...post, at: { local: `${day}T${time}`, zone } };
  const target = (dayNumber(day) - dayNumber(entry.day)) * 24 * 60 + minuteOfDay(time) - entry.minutes;
  if (target === 0) return post;
  if (post.at.zone === zone) return withTargetTimes(post, { local: `${day}T${time}`, zone }, (at) => shiftMinutes(at, target));
  return withTargetTimes(post, shiftMinutes(post.at, target), (at) => shiftMinutes(at, target));
}

/** Back to the unplanned tray: no time, and no per-network times either. */
export function unplan(post: Post): Post {
  return { ...post, at: null, targets: post.targets.map((target) => withAt(target, undefined)) };
}

/**
 * The editorial line's best time on `network` that `day` (the earliest start among its presets for
 * that weekday), or null.
 */
export function bestTimeOn(editorial: Pick<Editorial, 'bestTimes'>, network: string | undefined, day: string): string | null {
  if (!network) return null;
  const weekday = WEEKDAYS[weekdayIndex(day)];
  const starts = editorial.bestTimes.filter((best) => best.network === network && best.weekdays.includes(weekday)).map((best) => best.from).sort();
  return starts[0] ?? null;
}

export const DEFAULT_PLAN_TIME = '09:00';

/**
 * An unplanned post dropped on a day: the editorial line's best time for its first network that
 * day, else 09:00 (never an arbitrary time), in the display zone. A planned post just moves there.
 */
export function planOn(post: Post, day: string, editorial: Pick<Editorial, 'bestTimes' | 'settings'>): Post {
  const zone = editorial.settings.timeZone;
  if (post.at) return moveToDay(post, day, zone);
  const time = bestTimeOn(editorial, post.targets[0]?.network, day) ?? DEFAULT_PLAN_TIME;
  return { ...post, at: { local: `${day}T${time}`, zone } };
}

export function setStatus(post: Post, status: PostStatus): Post {
  return post.status === status ? post : { ...post, status };
}

/** The board's column before (-1) or after (1) a status, in the order of a post's life; null past the ends. */
export function statusBeside(status: PostStatus, direction: -1 | 1): PostStatus | null {
  return POST_STATUSES[POST_STATUSES.indexOf(status) + direction] ?? null;
}

/** The day a new post goes on: `YYYY-MM-DD` of an instant in a zone (today, for "New post"). */
export function dayIn(ms: number, zone: string): string {
  return inZone({ local: new Date(ms).toISOString().slice(0, 16), zone: 'UTC' }, zone).local.slice(0, 10);
}

/** A new idea on `day` at `time` (display zone), with its networks and pillar. */
export function newIdea(id: string, options: { day?: string; time?: string; zone: string; networks?: readonly PostInput['targets'][number]['network'][]; pillarId?: string; title?: string }): PostInput {
  const at = options.day ? { local: `${options.day}T${options.time ?? DEFAULT_PLAN_TIME}`, zone: options.zone } : null;
  return {
    id,
    title: options.title ?? '',
    status: 'idea',
    ...(options.pillarId ? { pillarId: options.pillarId } : {}),
    notes: '',
    at,
    designIds: [],
    master: { caption: '', hashtags: [], firstComment: '', link: '' },
    targets: (options.networks ?? []).map((network) => ({ network })),
  };
}

/** A square of the Instagram profile grid preview. */
export interface GridTile {
  post: Post;
  /** The design whose first picture shows (Instagram's own, else the post's first), or null. */
  designId: string | null;
  /** When it goes out on Instagram (its own time there, else the post's). */
  at: PlannedTime;
}

/**
 * The Instagram profile grid of the upcoming posts: those planned on Instagram at or after `now`,
 * the latest first, as the profile will show them once they are all out (3 columns, 3:4 crops).
 */
export function instagramGrid(posts: readonly Post[], now: number): GridTile[] {
  const tiles: Array<GridTile & { instant: number }> = [];
  for (const post of posts) {
    const target = post.targets.find((t) => t.network === 'instagram');
    const at = target?.at ?? post.at;
    if (!target || !at) continue;
    const instant = plannedInstant(at);
    if (instant < now) continue;
    tiles.push({ post, designId: target.designId ?? post.designIds[0] ?? null, at, instant });
  }
  return tiles.sort((a, b) => b.instant - a.instant || a.post.id.localeCompare(b.post.id)).map(({ instant: _instant, ...tile }) => tile);
}

/**
 * Planned times (docs/architecture.md, Posts): a post keeps the clock time the user typed and its
 * IANA zone; the instant is computed only when one is needed (an .ics, a scheduler's CSV in UTC,
 * sorting posts planned in different zones). The zone rules are the runtime's (Intl), so a 9:00
 * post stays at 9:00 local across a clock change, and a post at 23:30 in Paris is on that day in
 * Paris whatever zone the computer is in.
 *
 * A local time that does not exist (the hour skipped in spring) resolves to the same number of
 * minutes after the gap, and one that happens twice (autumn) to the first, as a calendar app does
 * (Temporal's "compatible" rule).
 */
import type { PlannedTime } from '../schema/posts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** True when the runtime knows this IANA zone. */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone of the computer this runs on (a sensible default for new posts). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function fieldsAt(ms: number, zone: string): Fields & { second: number } {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** How far the zone's clock is ahead of UTC at an instant, in ms. */
export function zoneOffsetMs(ms: number, zone: string): number {
  const f = fieldsAt(ms, zone);
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

export function parseLocal(local: string): Fields {
  const [date, clock] = local.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = clock.split(':').map(Number);
  return { year, month, day, hour, minute };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatLocal(f: Fields): string {
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/**
 * Answers already computed, per zone and local time: a calendar reads the same posts' instants
 * many times (the month, the mix, the sort), each worth three or four Intl calls. Pure
 * functions of their input; emptied when large.
 */
const instants = new Map<string, number>();
const locals = new Map<string, string>();
const CACHE_MAX = 20_000;

function remembered<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    value = compute();
    cache.set(key, value);
  }
  return value;
}

/** The instant (ms since the epoch) a planned time stands for. */
export function plannedInstant(at: PlannedTime): number {
  return remembered(instants, `${at.zone} ${at.local}`, () => computeInstant(at));
}

function computeInstant(at: PlannedTime): number {
  const f = parseLocal(at.local);
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute);
  // The offsets a few hours either side bracket any clock change near this time.
  const before = zoneOffsetMs(wall - 12 * 3_600_000, at.zone);
  const after = zoneOffsetMs(wall + 12 * 3_600_000, at.zone);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((ms) => zoneOffsetMs(ms, at.zone) === wall - ms)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0];
  // In the gap: the clock jumped from before to after; keep the minutes past the jump.
  return wall - before;
}

/** The local clock time in `zone` at an instant, as `YYYY-MM-DDTHH:mm`. */
export function localAt(ms: number, zone: string): string {
  return remembered(locals, `${zone} ${ms}`, () => formatLocal(fieldsAt(ms, zone)));
}

/** The same moment seen in another zone (a post planned in Paris, shown in New York). */
export function inZone(at: PlannedTime, zone: string): PlannedTime {
  return at.zone === zone ? at : { local: localAt(plannedInstant(at), zone), zone };
}

/** `YYYY-MM-DD` of a planned time, in its own zone. */
export function dayOf(at: PlannedTime): string {
  return at.local.slice(0, 10);
}

/**
 * Whether a post planned at `at` falls in the days `from`..`to` (either end optional), each read in
 * the post's own zone: the one rule of `posts.list`, a bundle's range and the calendar's count of it.
 */
export function plannedInDays(at: PlannedTime | null, from: string | undefined, to: string | undefined): boolean {
  if (!at) return false;
  const day = dayOf(at);
  return (from === undefined || day >= from) && (to === undefined || day <= to);
}

/** The day after `YYYY-MM-DD` (calendar arithmetic, no zone). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Minutes since midnight of a clock time `HH:mm` ("09:30" is 570). */
export function minuteOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The clock time `HH:mm` of a minute of the day (0 to 1439): minuteOfDay's inverse (570 is "09:30"). */
export function clockTime(minute: number): string {
  return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
}

/** 0 = Monday ... 6 = Sunday, for `YYYY-MM-DD`. */
export function weekdayIndex(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** A planned time moved to another day, keeping its clock time and zone (drag to a day). */
export function moveToDay(at: PlannedTime, day: string): PlannedTime {
  return { local: `${day}T${at.local.slice(11)}`, zone: at.zone };
}

/** The UTC form an .ics or a UTC column wants: `YYYYMMDDTHHmmssZ`. */
export function icsUtc(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

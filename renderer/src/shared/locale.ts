/**
 * Numbers, percentages, sizes, durations, dates, times of day and lists as the UI language writes
 * them ("1,5 Mo", "46 %", "08/05/2025", "21:30" in French; "1.5 MB", "46%", "05/08/2025", "9:30 PM"
 * in English), and numbers, days and times typed back. Every label of the renderer that shows a number or a date goes
 * through here, so the two languages can never disagree on a separator.
 *
 * Each function takes the language last and defaults to the one the UI shows (components that
 * call them re-render on a language change through useTranslation). Intl formatters cost about a
 * millisecond to build, so each one is built once per language and options.
 */
import { currentLanguage, type UiLanguage } from '../i18n';
import { clockTime, minuteOfDay } from '../../../core/posts/time';

const NBSP = '\u00a0';

const formatters = new Map<string, unknown>();

/** One Intl formatter per kind, language and options, built at first use. */
function cached<T>(kind: string, language: UiLanguage, options: object, build: () => T): T {
  const key = `${kind}|${language}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = build()));
  return formatter;
}

const numberFormat = (language: UiLanguage, options: Intl.NumberFormatOptions) => cached('number', language, options, () => new Intl.NumberFormat(language, options));
const dateFormat = (language: UiLanguage, options: Intl.DateTimeFormatOptions) => cached('date', language, options, () => new Intl.DateTimeFormat(language, options));

/* Numbers ----------------------------------------------------------------------------------- */

export interface NumberOptions {
  /** Most digits after the separator (trailing zeros dropped); 2 by default. */
  decimals?: number;
  /** Thousands separators ("1 080"); on by default, off in fields the user types into. */
  grouping?: boolean;
}

/** 1234.5 -> "1 234,5" (fr) / "1,234.5" (en). */
export function formatNumber(value: number, { decimals = 2, grouping = true }: NumberOptions = {}, language: UiLanguage = currentLanguage()): string {
  return numberFormat(language, { maximumFractionDigits: decimals, useGrouping: grouping }).format(value);
}

/** Spaces of any width: French groups thousands with U+202F, people type U+0020. */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]/g;
const FRENCH_NUMBER = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;
const ENGLISH_NUMBER = /^[-+]?((\d{1,3}(,\d{3})+|\d+)(\.\d*)?|\.\d+)$/;

/**
 * What the user typed, read in the UI language; null when it is not a number. French takes a
 * comma or a point as the decimal separator ("1,25" and "1.25"); English a point, with commas
 * only between groups of three digits ("1,080"; "1,5" is refused rather than guessed). Spaces
 * between digits and a typographic minus are accepted in both.
 */
export function parseNumber(text: string, language: UiLanguage = currentLanguage()): number | null {
  const compact = text.replace(SPACES, '').replace(/[\u2212\u2012\u2013]/g, '-');
  let plain: string;
  if (language === 'fr') {
    if (!FRENCH_NUMBER.test(compact)) return null;
    plain = compact.replace(',', '.');
  } else {
    if (!ENGLISH_NUMBER.test(compact)) return null;
    plain = compact.replace(/,/g, '');
  }
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}

/** "1080 × 1350", or "1080 × 1350 px" with `unit`: no grouping, as the formats catalog writes sizes. */
export function pixelSize(width: number, height: number, { unit = false }: { unit?: boolean } = {}): string {
  return `${width} × ${height}${unit ? `${NBSP}px` : ''}`;
}

/** 0.46 -> "46 %" (fr, after a no-break space) / "46%" (en). */
export function formatPercent(fraction: number, language: UiLanguage = currentLanguage()): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** The units a value of the editor's fields is shown in. */
export type Unit = 'px' | '%' | '°';

/**
 * What goes around a number in `unit`: "px" after a no-break space in both languages, "%" as the
 * language writes it (glued in English, after a no-break space in French), "°" glued.
 */
export function unitAffixes(unit: Unit, language: UiLanguage = currentLanguage()): { prefix: string; suffix: string } {
  if (unit === 'px') return { prefix: '', suffix: `${NBSP}px` };
  const parts = numberFormat(language, { style: 'unit', unit: unit === '%' ? 'percent' : 'degree', unitDisplay: 'narrow' }).formatToParts(1);
  const number = parts.findIndex((part) => part.type === 'integer');
  const text = (from: number, to: number) =>
    parts
      .slice(from, to)
      .map((part) => part.value)
      .join('');
  return { prefix: text(0, number), suffix: text(number + 1, parts.length) };
}

/** 12 -> "12 px"; 45 with "%" -> "45 %" (fr) / "45%" (en); 30 with "°" -> "30°". */
export function formatUnit(value: number, unit: Unit, options: NumberOptions = {}, language: UiLanguage = currentLanguage()): string {
  const { prefix, suffix } = unitAffixes(unit, language);
  return `${prefix}${formatNumber(value, options, language)}${suffix}`;
}

/** Decimal units as the OS file managers show them (1 MB = 1,000,000 bytes): "1,5 Mo" / "1.5 MB". */
export function formatBytes(bytes: number, language: UiLanguage = currentLanguage()): string {
  const units = language === 'fr' ? ['o', 'ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const decimals = unit === 0 || value >= 100 ? 0 : 1;
  return `${formatNumber(value, { decimals }, language)}${NBSP}${units[unit]}`;
}

/** 65,000 ms -> "1:05"; an hour or more -> "1:02:03" (the same in both languages, as players show it). */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const ss = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

/** ["a", "b", "c"] -> "a, b et c" / "a, b, and c". */
export function formatList(items: readonly string[], language: UiLanguage = currentLanguage()): string {
  return cached('list', language, {}, () => new Intl.ListFormat(language, { type: 'conjunction' })).format(items);
}

/* Dates ------------------------------------------------------------------------------------- */

type DateInput = Date | string | number;

const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** "8 mai 2025" / "May 8, 2025"; with a time when `withTime`. */
export function formatDate(value: DateInput, { withTime = false }: { withTime?: boolean } = {}, language: UiLanguage = currentLanguage()): string {
  return dateFormat(language, withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(toDate(value));
}

/** "il y a 5 minutes" / "5 minutes ago", "hier" / "yesterday". */
export function formatRelative(amount: number, unit: Intl.RelativeTimeFormatUnit, language: UiLanguage = currentLanguage()): string {
  return cached('relative', language, {}, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' })).format(amount, unit);
}

const NUMERIC_DAY: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric' };

/** A calendar day ("yyyy-mm-dd", as date inputs give it) as the language writes it: "08/05/2025" / "05/08/2025". */
export function formatDay(day: string, language: UiLanguage = currentLanguage()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return '';
  // Noon, so no time zone can move it to another day.
  return dateFormat(language, NUMERIC_DAY).format(new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
}

/** The order the language writes a numeric date in: ['day', 'month', 'year'] in French. */
function dayOrder(language: UiLanguage): Array<'day' | 'month' | 'year'> {
  return dateFormat(language, NUMERIC_DAY)
    .formatToParts(new Date(2001, 10, 22, 12))
    .map((part) => part.type)
    .filter((type): type is 'day' | 'month' | 'year' => type === 'day' || type === 'month' || type === 'year');
}

/**
 * A typed day back to "yyyy-mm-dd", in the language's order ("8/5/2025" is 8 May in French, 5
 * August in English; any non-digit separates), or as ISO "2025-05-08" in both; a two-digit year
 * is taken as 20xx. Null when it is not a day of the calendar (31/02).
 */
export function parseDay(text: string, language: UiLanguage = currentLanguage()): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  let year: number, month: number, day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    const fields = trimmed.split(/\D+/).filter(Boolean);
    if (fields.length !== 3) return null;
    const order = dayOrder(language);
    const value = (type: 'day' | 'month' | 'year') => fields[order.indexOf(type)];
    const typedYear = value('year');
    if (!/^\d{2}$|^\d{4}$/.test(typedYear) || !/^\d{1,2}$/.test(value('month')) || !/^\d{1,2}$/.test(value('day'))) return null;
    year = Number(typedYear) + (typedYear.length === 2 ? 2000 : 0);
    month = Number(value('month'));
    day = Number(value('day'));
  }
  const date = new Date(year, month - 1, day, 12);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/* Times of day ------------------------------------------------------------------------------ */

const STORED_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** A stored "HH:MM" read for writing: its two fields as stored, and its hour on a 12-hour clock. */
function clockOf(time: string): { hh: string; mm: string; hour12: number; pm: boolean } | null {
  const match = STORED_TIME.exec(time);
  if (!match) return null;
  const hours = Number(match[1]);
  return { hh: match[1], mm: match[2], hour12: hours % 12 || 12, pm: hours >= 12 };
}

/**
 * A stored time of day ("HH:MM", 24 h) as the language writes it: "09:00" / "21:30" in French,
 * "9:00 AM" / "9:30 PM" in English. Written by hand rather than by Intl: ICU puts U+202F or a
 * plain space before "AM" depending on its version, and a typed field must read back what it shows.
 */
export function formatTime(time: string, language: UiLanguage = currentLanguage()): string {
  const clock = clockOf(time);
  if (!clock) return '';
  return language === 'fr' ? `${clock.hh}:${clock.mm}` : `${clock.hour12}:${clock.mm} ${clock.pm ? 'PM' : 'AM'}`;
}

/**
 * A stored time for tight places (month and week chips, slot tiles): "9am", "9:30am", "12pm" in
 * English (minutes only when not on the hour, as Google Calendar writes them); "09:00" in French,
 * as formatTime. parseTime reads it back.
 */
export function formatTimeCompact(time: string, language: UiLanguage = currentLanguage()): string {
  const clock = clockOf(time);
  if (!clock || language === 'fr') return formatTime(time, language);
  return `${clock.hour12}${clock.mm === '00' ? '' : `:${clock.mm}`}${clock.pm ? 'pm' : 'am'}`;
}

/**
 * An hour line's label (the week view's gutter): "9 AM", "12 PM" in English; "09:00" in French.
 * A stored time off the hour reads as formatTime ("9:30 AM").
 */
export function formatHourLabel(time: string, language: UiLanguage = currentLanguage()): string {
  const clock = clockOf(time);
  if (!clock || language === 'fr' || clock.mm !== '00') return formatTime(time, language);
  return `${clock.hour12} ${clock.pm ? 'PM' : 'AM'}`;
}

/** "am", "a.m.", "a" and the same with p, at the end. */
const MERIDIEM = /\s*([ap])(?:m|\.m\.)?$/;
/** Hours, then minutes after ":", "." or "h" ("9:30", "9.30", "9h30", "9 h 30"), or "h" alone ("9h"). */
const TYPED_CLOCK = /^(\d{1,2})(?:(?::|\.|\s*h\s*)(\d{2})|\s*h)?$/;

/**
 * A typed time of day back to "HH:MM" (24 h); null when it is not one. Both languages take every
 * form that cannot be misread, so a time pasted from elsewhere works: French writes "9h", "9h30",
 * "09:30", "21:00"; English "9:00", "9am", "9:30 pm", "21:00". With am/pm the hour is 1 to 12
 * ("12 am" is midnight); without, 0 to 23. A bare hour ("9") is on the hour.
 */
export function parseTime(text: string): string | null {
  let compact = text.replace(SPACES, ' ').trim().toLowerCase();
  const meridiem = MERIDIEM.exec(compact)?.[1];
  if (meridiem) compact = compact.replace(MERIDIEM, '');
  const match = TYPED_CLOCK.exec(compact);
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (minutes > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hours > 23) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * The time `steps` quarter hours after (or before, when negative) a stored "HH:MM", on the quarter
 * hours ("09:07" up one is "09:15"), round the clock as a time input's arrows go. The arrow keys of
 * TimeField (Shift: 4 steps, an hour).
 */
export function stepTime(time: string, steps: number): string {
  const QUARTER = 15;
  const DAY = 24 * 60;
  const minute = STORED_TIME.test(time) ? minuteOfDay(time) : 0;
  const onGrid = steps > 0 ? Math.floor(minute / QUARTER) : Math.ceil(minute / QUARTER);
  const next = ((((onGrid + steps) * QUARTER) % DAY) + DAY) % DAY;
  return clockTime(next);
}

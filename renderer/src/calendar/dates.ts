/** Month, week and day names for the calendar, in the UI's language (days are `YYYY-MM-DD`, zone-free). */
import { currentLanguage } from '../i18n';

const cache = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const language = currentLanguage();
  const key = `${language}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    cache.set(key, formatter);
  }
  return formatter;
}

const dateOf = (day: string) => new Date(`${day}T12:00:00Z`);
const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(currentLanguage()) + text.slice(1);

/** "December 2026", "Décembre 2026". */
export function monthTitle(month: string): string {
  return capitalised(format({ month: 'long', year: 'numeric' }).format(dateOf(`${month}-01`)));
}

/** "Tue", "mar." */
export function weekdayName(day: string): string {
  return format({ weekday: 'short' }).format(dateOf(day));
}

/** "Tuesday 8 December", "mardi 8 décembre" (as in a sentence). */
export function longDay(day: string): string {
  return format({ weekday: 'long', day: 'numeric', month: 'long' }).format(dateOf(day));
}

/** A day as a heading, its first letter a capital: "Tuesday 8 December", "Mardi 8 décembre". */
export function dayHeading(day: string): string {
  return capitalised(longDay(day));
}

/** A weekday as a column heading: "Tue", "Mar." */
export function weekdayHeading(day: string): string {
  return capitalised(weekdayName(day));
}

/** "8 Dec", "8 déc." */
export function shortDay(day: string): string {
  return format({ day: 'numeric', month: 'short' }).format(dateOf(day));
}

/** The day of the month, "8". */
export function dayNumber(day: string): string {
  return String(Number(day.slice(8, 10)));
}

/** "Edited 5 minutes ago" / "Modifié il y a 5 minutes", then a plain date after a week. */
export type RelativeTime = { kind: 'ago'; text: string } | { kind: 'on'; text: string } | { kind: 'now' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(iso: string, now: number, language: string): RelativeTime {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return { kind: 'now' };
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return { kind: 'now' };
  const rtf = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  if (elapsed < HOUR) return { kind: 'ago', text: rtf.format(-Math.floor(elapsed / MINUTE), 'minute') };
  if (elapsed < DAY) return { kind: 'ago', text: rtf.format(-Math.floor(elapsed / HOUR), 'hour') };
  if (elapsed < 7 * DAY) return { kind: 'ago', text: rtf.format(-Math.floor(elapsed / DAY), 'day') };
  return { kind: 'on', text: new Intl.DateTimeFormat(language, { dateStyle: 'medium' }).format(then) };
}

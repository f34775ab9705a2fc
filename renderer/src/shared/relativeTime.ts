/** "Edited 5 minutes ago" / "Modifié il y a 5 minutes", then a plain date after a week. */
import type { UiLanguage } from '../i18n';
import { formatDate, formatRelative } from './locale';

export type RelativeTime = { kind: 'ago'; text: string } | { kind: 'on'; text: string } | { kind: 'now' };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function relativeTime(iso: string, now: number, language: UiLanguage): RelativeTime {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return { kind: 'now' };
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE) return { kind: 'now' };
  if (elapsed < HOUR) return { kind: 'ago', text: formatRelative(-Math.floor(elapsed / MINUTE), 'minute', language) };
  if (elapsed < DAY) return { kind: 'ago', text: formatRelative(-Math.floor(elapsed / HOUR), 'hour', language) };
  if (elapsed < 7 * DAY) return { kind: 'ago', text: formatRelative(-Math.floor(elapsed / DAY), 'day', language) };
  return { kind: 'on', text: formatDate(then, {}, language) };
}

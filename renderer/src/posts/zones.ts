/**
 * The time zones the post editor offers: common IANA zones where community managers publish, plus
 * the editorial line's, the post's own and the computer's (each once, the known ones only).
 */
import { isKnownTimeZone } from '../../../core/posts/time';

export const COMMON_TIME_ZONES = [
  'UTC',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Amsterdam',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Rome',
  'Europe/Zurich',
  'Europe/Warsaw',
  'Europe/Athens',
  'Africa/Casablanca',
  'Africa/Dakar',
  'Africa/Abidjan',
  'Africa/Lagos',
  'Indian/Reunion',
  'America/Martinique',
  'America/Guadeloupe',
  'America/Montreal',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Los_Angeles',
  'America/Mexico_City',
  'America/Sao_Paulo',
  'Asia/Dubai',
  'Asia/Kolkata',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Pacific/Noumea',
  'Pacific/Tahiti',
  'Pacific/Auckland',
] as const;

export function zoneChoices(...first: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const zone of [...first, ...COMMON_TIME_ZONES]) {
    if (!zone || seen.has(zone) || !isKnownTimeZone(zone)) continue;
    seen.add(zone);
    out.push(zone);
  }
  return out;
}

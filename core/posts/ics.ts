/**
 * The editorial calendar as an iCalendar file (RFC 5545; docs/architecture.md, Posts), for a
 * calendar app (Google Calendar, Apple Calendar, Outlook, Thunderbird):
 *
 * - one VEVENT per post and network that is planned (the target's time, else the post's);
 * - `UID:<post>-<network>@affiche`, the same at every export, so importing again updates an event
 *   rather than adding a copy, and `SEQUENCE` the post's (raised by the store at each saved change),
 *   so the newer import wins;
 * - `DTSTAMP` (the export's time; Google refuses an event without one), `DTSTART` in UTC with `Z`
 *   and a `DURATION` of 15 minutes: no VTIMEZONE needed, the local time is converted only here;
 * - `SUMMARY` the network and the title, `DESCRIPTION` the posted text, `CATEGORIES` the network and
 *   the pillar, `STATUS` TENTATIVE for an idea or a draft, CONFIRMED from ready on;
 * - TEXT values escaped (`\\`, `;`, `,`, line breaks as `\n`), lines folded at 75 octets without
 *   cutting a UTF-8 sequence or an escape, CRLF line ends.
 */
import { NETWORK_LABELS } from '../formats/catalog';
import type { Network } from '../formats/constants';
import type { Post, PostStatus } from '../schema/posts';
import { postedText, resolveTargets } from './resolve';
import { dayOf, icsUtc, plannedInstant } from './time';

export interface CalendarIcsOptions {
  /** The export's time (DTSTAMP). */
  now: Date | number;
  /** A pillar's name from its id ('' or undefined when it has none or it was deleted). */
  pillarName: (pillarId: string) => string | undefined;
  /** First and last day (YYYY-MM-DD) wanted, read in each publication's own zone (as `posts.list` reads them). */
  from?: string;
  to?: string;
}

/** How long an event lasts in the calendar: a publication is a moment, shown as a short slot. */
export const EVENT_DURATION = 'PT15M';

/** The UID of a post's event on one network: stable across exports and edits. */
export function eventUid(postId: string, network: Network): string {
  return `${postId}-${network}@affiche`;
}

const STATUS: Record<PostStatus, 'TENTATIVE' | 'CONFIRMED'> = {
  idea: 'TENTATIVE',
  draft: 'TENTATIVE',
  ready: 'CONFIRMED',
  scheduled: 'CONFIRMED',
  published: 'CONFIRMED',
};

interface CalendarEvent {
  instant: number;
  lines: string[];
}

/** The .ics text of these posts' planned publications, events in time order. */
export function calendarIcs(posts: readonly Post[], options: CalendarIcsOptions): string {
  const stamp = icsUtc(typeof options.now === 'number' ? options.now : options.now.getTime());
  const events: CalendarEvent[] = [];
  for (const post of posts) {
    const pillar = post.pillarId ? (options.pillarName(post.pillarId) ?? '') : '';
    for (const target of resolveTargets(post)) {
      if (!target.at) continue;
      const day = dayOf(target.at);
      if ((options.from !== undefined && day < options.from) || (options.to !== undefined && day > options.to)) continue;
      const instant = plannedInstant(target.at);
      const network = NETWORK_LABELS[target.network];
      const title = target.title.trim();
      events.push({
        instant,
        lines: [
          'BEGIN:VEVENT',
          `UID:${eventUid(post.id, target.network)}`,
          `SEQUENCE:${post.sequence}`,
          `DTSTAMP:${stamp}`,
          `DTSTART:${icsUtc(instant)}`,
          `DURATION:${EVENT_DURATION}`,
          `SUMMARY:${escapeText(title ? `${network}: ${title}` : network)}`,
          `DESCRIPTION:${escapeText(postedText(target))}`,
          `CATEGORIES:${[network, pillar].filter((name) => name !== '').map(escapeText).join(',')}`,
          `STATUS:${STATUS[post.status]}`,
          'END:VEVENT',
        ],
      });
    }
  }
  events.sort((a, b) => a.instant - b.instant);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Affiche//Editorial calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((event) => event.lines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('');
}

/**
 * A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, each line break (CRLF, CR
 * or LF) as `\n`. Control characters other than tab are not allowed in a TEXT value and are
 * dropped; a lone surrogate (not encodable in UTF-8) becomes U+FFFD.
 */
export function escapeText(value: string): string {
  return value
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\r\n?|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

const encoder = new TextEncoder();
const MAX_OCTETS = 75;

/**
 * A content line folded (RFC 5545 3.1): no line longer than 75 octets, the continuation lines
 * starting with one space (which counts); cut between code points, never inside a UTF-8 sequence,
 * and never between a backslash and the character it escapes. Each line ends with CRLF.
 */
export function foldLine(line: string): string {
  const units = line.match(/\\.|[\s\S]/gu) ?? [];
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const unit of units) {
    const size = encoder.encode(unit).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += unit;
    octets += size;
  }
  out.push(current);
  return out.map((part) => `${part}\r\n`).join('');
}

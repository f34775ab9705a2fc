/** The calendar's .ics read back with an independent parser (ical.js), as a calendar app would (posts.md, .ics). */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Post } from '../schema/posts';
import { calendarIcs, escapeText, foldLine } from './ics';

const NOW = Date.parse('2026-12-04T03:30:00Z');
const pillars: Record<string, string> = { tips: 'Tips, tricks; more' };
const options = { now: NOW, pillarName: (id: string) => pillars[id] };

function post(id: string, overrides: Partial<Post> = {}): Post {
  return {
    id,
    title: `Post ${id}`,
    status: 'ready',
    notes: '',
    at: { local: '2026-12-10T23:30', zone: 'Europe/Paris' },
    designIds: [],
    master: { caption: 'Bonjour', hashtags: ['#un'], firstComment: '', link: '' },
    targets: [{ network: 'instagram' }],
    sequence: 0,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

interface ReadEvent {
  uid: string;
  sequence: number;
  dtstamp: string;
  dtstart: string;
  duration: string;
  summary: string;
  description: string;
  categories: string[];
  status: string;
}

function events(ics: string): ReadEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  return calendar.getAllSubcomponents('vevent').map((event) => ({
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence')),
    dtstamp: String(event.getFirstPropertyValue('dtstamp')),
    dtstart: String(event.getFirstPropertyValue('dtstart')),
    duration: String(event.getFirstPropertyValue('duration')),
    summary: String(event.getFirstPropertyValue('summary')),
    description: String(event.getFirstPropertyValue('description')),
    categories: (event.getFirstProperty('categories')?.getValues() ?? []).map(String),
    status: String(event.getFirstPropertyValue('status')),
  }));
}

describe('calendar .ics', () => {
  it('one event per planned post and network, with its UID, sequence, stamp, UTC start and duration', () => {
    const posts = [
      post('a', { targets: [{ network: 'instagram' }, { network: 'linkedin', title: 'For LinkedIn', caption: 'Hello' }], pillarId: 'tips', sequence: 3 }),
      post('b', { at: null, targets: [{ network: 'x' }, { network: 'threads', at: { local: '2026-12-11T08:00', zone: 'America/New_York' } }], status: 'draft' }),
      post('c', { at: null, targets: [{ network: 'bluesky' }] }),
    ];
    const ics = calendarIcs(posts, options);
    const read = events(ics);
    // a: two networks; b: only threads has a time; c: unplanned.
    expect(read.map((e) => e.uid)).toEqual(['a-instagram@affiche', 'a-linkedin@affiche', 'b-threads@affiche']);
    expect(read[0]).toEqual({
      uid: 'a-instagram@affiche',
      sequence: 3,
      dtstamp: '2026-12-04T03:30:00Z',
      dtstart: '2026-12-10T22:30:00Z',
      duration: 'PT15M',
      summary: 'Instagram: Post a',
      description: 'Bonjour\n\n#un',
      categories: ['Instagram', 'Tips, tricks; more'],
      status: 'CONFIRMED',
    });
    expect(read[1]).toMatchObject({ summary: 'LinkedIn: For LinkedIn', description: 'Hello\n\n#un' });
    expect(read[2]).toMatchObject({ dtstart: '2026-12-11T13:00:00Z', categories: ['Threads'], status: 'TENTATIVE', sequence: 0 });
    expect(ics).toContain('DTSTART:20261210T223000Z\r\n');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps the publications of the days asked, each read in its own zone', () => {
    const posts = [
      post('paris', { targets: [{ network: 'instagram' }, { network: 'x', at: { local: '2026-12-11T00:30', zone: 'Europe/Paris' } }] }),
      post('tokyo', { at: { local: '2026-12-11T06:00', zone: 'Asia/Tokyo' } }),
    ];
    // 23:30 in Paris on the 10th; 00:30 in Paris on the 11th; 06:00 in Tokyo on the 11th (21:00Z on the 10th).
    expect(events(calendarIcs(posts, { ...options, from: '2026-12-10', to: '2026-12-10' })).map((e) => e.uid)).toEqual(['paris-instagram@affiche']);
    expect(events(calendarIcs(posts, { ...options, from: '2026-12-11' })).map((e) => e.uid)).toEqual(['tokyo-instagram@affiche', 'paris-x@affiche']);
    expect(events(calendarIcs(posts, { ...options, to: '2026-12-09' }))).toEqual([]);
  });

  it('UIDs stay the same across an edit; the sequence given is written', () => {
    const before = events(calendarIcs([post('a', { targets: [{ network: 'instagram' }, { network: 'x' }] })], options));
    const after = events(calendarIcs([post('a', { title: 'Edited', at: { local: '2026-12-12T10:00', zone: 'Europe/Paris' }, sequence: 1, targets: [{ network: 'instagram' }, { network: 'x' }] })], options));
    expect(after.map((e) => e.uid)).toEqual(before.map((e) => e.uid));
    expect(after.map((e) => e.sequence)).toEqual([1, 1]);
  });

  it('a 9:00 post stays at 9:00 in Paris across the March change', () => {
    const week = ['2027-03-27', '2027-03-28', '2027-03-29'].map((day) => post(day, { at: { local: `${day}T09:00`, zone: 'Europe/Paris' } }));
    expect(events(calendarIcs(week, options)).map((e) => e.dtstart)).toEqual(['2027-03-27T08:00:00Z', '2027-03-28T07:00:00Z', '2027-03-29T07:00:00Z']);
  });

  it('escapes text and folds long lines at 75 octets, emoji and accents kept whole', () => {
    const caption = `Line one, with; a \\ backslash\nLine two ${'🎉é'.repeat(40)}`;
    const ics = calendarIcs([post('a', { master: { caption, hashtags: [], firstComment: '', link: '' } })], options);
    expect(ics).toContain('DESCRIPTION:Line one\\, with\\; a \\\\ backslash\\nLine two');
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(events(ics)[0].description).toBe(caption);
  });

  it('property: any caption and title survive escaping and folding; every line is at most 75 octets', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\\', ';', ',', '\n', '\r\n', ':', '"', '🎉', '👩‍👩‍👧', 'é', '\\n', ' '));
    const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, text, (caption, title) => {
        const ics = calendarIcs([post('a', { title, master: { caption, hashtags: [], firstComment: '', link: '' } })], options);
        for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        const [event] = events(ics);
        // Line breaks come back as LF, the one form a TEXT value has (RFC 5545 3.3.11).
        const expected = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(event.description).toBe(expected(caption.trimEnd()));
        expect(event.summary).toBe(title.trim() ? `Instagram: ${expected(title.trim())}` : 'Instagram');
      }),
      { numRuns: 300 },
    );
  });

  it('folds never cut a UTF-8 sequence or an escape', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom('\\', ',', '\n', 'é', '🎉')), { maxLength: 120 }).map((parts) => parts.join('')), (value) => {
        const folded = foldLine(`DESCRIPTION:${escapeText(value)}`);
        const parts = folded.split('\r\n').slice(0, -1);
        for (const [i, part] of parts.entries()) {
          const bytes = new TextEncoder().encode(part);
          expect(bytes.length).toBeLessThanOrEqual(75);
          // Each part decodes on its own: no sequence was cut.
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
          if (i > 0) expect(part.startsWith(' ')).toBe(true);
          expect(/(^|[^\\])(\\\\)*\\$/.test(part)).toBe(false);
        }
        expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(`DESCRIPTION:${escapeText(value)}`);
      }),
      { numRuns: 300 },
    );
  });
});

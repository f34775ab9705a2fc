/** The calendar's layouts and moves (posts.md, Calendars): grids, +N more, week columns, zones, clock changes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyEditorial } from '../schema/posts';
import {
  boardColumns,
  instagramGrid,
  dayColumns,
  entryOf,
  listView,
  monthView,
  monthDays,
  monthWeeks,
  moveToDay,
  moveToSlot,
  planOn,
  setStatus,
  statusBeside,
  unplan,
  unplannedPosts,
  visibleEntries,
  weekView,
  type CalendarEntry,
} from './calendar';
import { plannedInstant, localAt } from './time';
import { PARIS, post } from './testing/posts';


describe('month grid', () => {
  it('a month runs from its 1st to its last day, leap Februaries and Decembers included', () => {
    expect(monthDays('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(monthDays('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(monthDays('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthDays('2026-04').to).toBe('2026-04-30');
  });

  it('starts weeks on Monday and fills them with the adjacent months', () => {
    const weeks = monthWeeks('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]).toBe('2026-11-30');
    expect(weeks[0][1]).toBe('2026-12-01');
    expect(weeks.at(-1)!.at(-1)).toBe('2027-01-03');
    // February 2027 starts on a Monday and ends on a Sunday: exactly 4 weeks.
    expect(monthWeeks('2027-02')).toHaveLength(4);
    expect(monthWeeks('2027-02')[0][0]).toBe('2027-02-01');
  });

  it('every month: whole weeks, Monday first, each day once, every day of the month in it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (year, m) => {
        const month = `${year}-${String(m).padStart(2, '0')}`;
        const days = monthWeeks(month).flat();
        expect(days.length % 7).toBe(0);
        expect(new Set(days).size).toBe(days.length);
        expect(new Date(`${days[0]}T00:00Z`).getUTCDay()).toBe(1);
        const inMonth = days.filter((day) => day.startsWith(month));
        expect(inMonth.length).toBe(new Date(Date.UTC(year, m, 0)).getUTCDate());
        expect(days.length).toBeLessThanOrEqual(42);
      }),
    );
  });

  it('puts each post on its day, sorted by time, and marks the other months', () => {
    const posts = [post('b', '2026-12-10T14:00'), post('a', '2026-12-10T09:30'), post('c', '2026-11-30T08:00'), post('idea', null)];
    const weeks = monthView(posts, '2026-12', PARIS);
    const tenth = weeks.flat().find((d) => d.day === '2026-12-10')!;
    expect(tenth.entries.map((e) => `${e.post.id} ${e.time}`)).toEqual(['a 09:30', 'b 14:00']);
    const first = weeks[0][0];
    expect(first).toMatchObject({ day: '2026-11-30', inMonth: false });
    expect(first.entries.map((e) => e.post.id)).toEqual(['c']);
    expect(weeks.flat().flatMap((d) => d.entries)).toHaveLength(3);
  });
});

describe('+N more', () => {
  it('shows everything that fits, else rows - 1 chips and the count of the others', () => {
    expect(visibleEntries([1, 2, 3], 3)).toEqual({ visible: [1, 2, 3], more: 0 });
    expect(visibleEntries([1, 2, 3, 4], 3)).toEqual({ visible: [1, 2], more: 2 });
    expect(visibleEntries([1, 2], 1)).toEqual({ visible: [], more: 2 });
    expect(visibleEntries([], 0)).toEqual({ visible: [], more: 0 });
  });

  it('never hides a post nor takes more rows than given', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (items, rows) => {
        const { visible, more } = visibleEntries(items, rows);
        expect(visible.length + more).toBe(items.length);
        expect(visible.length + (more > 0 ? 1 : 0)).toBeLessThanOrEqual(rows);
        expect(visible).toEqual(items.slice(0, visible.length));
      }),
    );
  });
});

describe('time zones', () => {
  it('a post at 23:30 Paris is on that day in a Paris calendar', () => {
    const entry = entryOf(post('late', '2026-12-10T23:30'), PARIS)!;
    expect(entry).toMatchObject({ day: '2026-12-10', time: '23:30', plannedZone: null });
  });

  it('in another display zone it shows on the same instant’s day and clock there, and says where it was planned', () => {
    const late = post('late', '2026-12-10T23:30');
    expect(entryOf(late, 'Asia/Tokyo')).toMatchObject({ day: '2026-12-11', time: '07:30', plannedZone: PARIS, plannedTime: '23:30' });
    expect(entryOf(late, 'America/New_York')).toMatchObject({ day: '2026-12-10', time: '17:30', plannedZone: PARIS });
    const tokyoMonth = monthView([late], '2026-12', 'Asia/Tokyo').flat();
    expect(tokyoMonth.find((d) => d.day === '2026-12-11')!.entries).toHaveLength(1);
    expect(tokyoMonth.find((d) => d.day === '2026-12-10')!.entries).toHaveLength(0);
  });

  it('a 9:00 post moved across the March change stays at 9:00', () => {
    const moved = moveToDay(post('tip', '2027-03-26T09:00'), '2027-03-30', PARIS);
    expect(moved.at).toEqual({ local: '2027-03-30T09:00', zone: PARIS });
    expect(localAt(plannedInstant(moved.at!), PARIS)).toBe('2027-03-30T09:00');
    expect(entryOf(moved, PARIS)).toMatchObject({ day: '2027-03-30', time: '09:00' });
    // Seen from UTC the instant moved by 4 days less an hour.
    expect(plannedInstant(moved.at!) - plannedInstant({ local: '2027-03-26T09:00', zone: PARIS })).toBe(4 * 86_400_000 - 3_600_000);
  });

  it('moves a post planned in another zone by whole days of its own clock', () => {
    const ny = post('ny', { local: '2026-12-10T20:00', zone: 'America/New_York' }); // 02:00 on the 11th in Paris
    expect(entryOf(ny, PARIS)!.day).toBe('2026-12-11');
    const moved = moveToDay(ny, '2026-12-14', PARIS);
    expect(moved.at).toEqual({ local: '2026-12-13T20:00', zone: 'America/New_York' });
    expect(entryOf(moved, PARIS)!.day).toBe('2026-12-14');
  });
});

describe('moves', () => {
  it('moveToDay keeps the clock time and moves per-network times by the same days', () => {
    const p = post('p', '2026-12-10T18:15', {
      targets: [{ network: 'instagram' }, { network: 'linkedin', at: { local: '2026-12-11T08:00', zone: PARIS } }],
    });
    const moved = moveToDay(p, '2026-12-08', PARIS);
    expect(moved.at).toEqual({ local: '2026-12-08T18:15', zone: PARIS });
    expect(moved.targets).toEqual([{ network: 'instagram' }, { network: 'linkedin', at: { local: '2026-12-09T08:00', zone: PARIS } }]);
    expect(moveToDay(post('u', null), '2026-12-08', PARIS).at).toBeNull();
  });

  it('moveToSlot sets the day and time, and shifts per-network times by as much', () => {
    const p = post('p', '2026-12-10T18:15', { targets: [{ network: 'x', at: { local: '2026-12-10T19:15', zone: PARIS } }] });
    const moved = moveToSlot(p, '2026-12-11', '09:30', PARIS);
    expect(moved.at).toEqual({ local: '2026-12-11T09:30', zone: PARIS });
    expect(moved.targets[0].at).toEqual({ local: '2026-12-11T10:30', zone: PARIS });
    const ny = moveToSlot(post('ny', { local: '2026-12-10T09:00', zone: 'America/New_York' }), '2026-12-10', '16:30', PARIS);
    expect(ny.at).toEqual({ local: '2026-12-10T10:30', zone: 'America/New_York' });
    expect(moveToSlot(post('u', null), '2026-12-12', '07:00', PARIS).at).toEqual({ local: '2026-12-12T07:00', zone: PARIS });
  });

  it('unplan drops the post’s and its networks’ times', () => {
    const p = post('p', '2026-12-10T18:15', { targets: [{ network: 'x', at: { local: '2026-12-10T19:15', zone: PARIS }, caption: 'hi' }] });
    const out = unplan(p);
    expect(out.at).toBeNull();
    expect(out.targets).toEqual([{ network: 'x', caption: 'hi' }]);
  });

  it('planOn takes the best time of the first network that weekday, else 09:00 (never an arbitrary time)', () => {
    const editorial = emptyEditorial(PARIS);
    // Instagram's preset: Mon-Wed from 09:00; LinkedIn: Tue-Wed from 10:00; none on Sunday.
    expect(planOn(post('i', null, { targets: [{ network: 'linkedin' }] }), '2026-12-08', editorial).at).toEqual({ local: '2026-12-08T10:00', zone: PARIS });
    expect(planOn(post('i', null, { targets: [{ network: 'linkedin' }] }), '2026-12-13', editorial).at).toEqual({ local: '2026-12-13T09:00', zone: PARIS });
    expect(planOn(post('i', null, { targets: [] }), '2026-12-08', editorial).at).toEqual({ local: '2026-12-08T09:00', zone: PARIS });
    editorial.bestTimes.push({ network: 'facebook', weekdays: ['tue'], from: '07:45', to: '08:30', source: 'test' });
    expect(planOn(post('i', null, { targets: [{ network: 'facebook' }, { network: 'linkedin' }] }), '2026-12-08', editorial).at!.local).toBe('2026-12-08T07:45');
    // A planned post dropped on a day just moves there.
    expect(planOn(post('p', '2026-12-10T18:15'), '2026-12-12', editorial).at!.local).toBe('2026-12-12T18:15');
  });

  it('statusBeside gives the board column before or after, none past the ends', () => {
    expect(statusBeside('draft', 1)).toBe('ready');
    expect(statusBeside('draft', -1)).toBe('idea');
    expect(statusBeside('idea', -1)).toBeNull();
    expect(statusBeside('published', 1)).toBeNull();
  });

  it('setStatus changes only the status', () => {
    const p = post('p', '2026-12-10T18:15');
    expect(setStatus(p, 'draft')).toEqual({ ...p, status: 'draft' });
    expect(setStatus(p, 'idea')).toBe(p);
  });
});

describe('week, list, board and tray', () => {
  const e = (id: string, time: string): CalendarEntry => entryOf(post(id, `2026-12-10T${time}`), PARIS)!;

  it('puts each post in its half hour, overlapping ones side by side', () => {
    const items = dayColumns([e('a', '09:00'), e('b', '09:10'), e('c', '09:45'), e('d', '11:00')]);
    const by = Object.fromEntries(items.map((i) => [i.entry.post.id, [i.slot, i.column, i.columns]]));
    // a 9:00-9:30 and b 9:10-9:40 overlap: two columns; c at 9:45 starts after both end; d alone.
    expect(by).toEqual({ a: [18, 0, 2], b: [18, 1, 2], c: [19, 0, 1], d: [22, 0, 1] });
  });

  it('no two posts overlapping in time share a column, and every column fits its group', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 24 * 60 - 1 }), { maxLength: 25 }), (minutes) => {
        const entries = minutes.map((m, i) => e(`p${i}`, `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`));
        const items = dayColumns(entries);
        expect(items).toHaveLength(entries.length);
        for (const a of items) {
          expect(a.column).toBeLessThan(a.columns);
          for (const b of items) {
            if (a === b) continue;
            const overlap = Math.abs(a.entry.minutes - b.entry.minutes) < 30;
            if (overlap) {
              expect(a.column).not.toBe(b.column);
              expect(a.columns).toBe(b.columns);
            }
          }
        }
      }),
    );
  });

  it('week view: 7 days from Monday', () => {
    const week = weekView([post('a', '2026-12-10T09:00'), post('b', '2026-12-14T09:00')], '2026-12-10', PARIS);
    expect(week.map((d) => d.day)).toEqual(['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13']);
    expect(week[3].items.map((i) => i.entry.post.id)).toEqual(['a']);
    expect(week.flatMap((d) => d.items)).toHaveLength(1);
  });

  it('list view groups by day in the range; board by status; tray holds the unplanned', () => {
    const posts = [post('b', '2026-12-11T09:00', { status: 'ready' }), post('a', '2026-12-10T23:30'), post('z', '2027-01-10T09:00'), post('u', null, { status: 'draft' })];
    expect(listView(posts, '2026-12-01', '2026-12-31', PARIS).map((g) => [g.day, g.entries.map((x) => x.post.id)])).toEqual([
      ['2026-12-10', ['a']],
      ['2026-12-11', ['b']],
    ]);
    const board = boardColumns(posts);
    expect(board.map((c) => c.status)).toEqual(['idea', 'draft', 'ready', 'scheduled', 'published']);
    expect(board.map((c) => c.posts.map((p) => p.id))).toEqual([['a', 'z'], ['u'], ['b'], [], []]);
    expect(unplannedPosts(posts).map((p) => p.id)).toEqual(['u']);
  });
});

describe('Instagram profile grid', () => {
  it('shows upcoming Instagram posts, latest first, with Instagram’s design or the post’s first', () => {
    const now = plannedInstant({ local: '2026-12-10T12:00', zone: PARIS });
    const posts = [
      post('past', '2026-12-09T09:00', { designIds: ['d-past'] }),
      post('soon', '2026-12-11T09:00', { designIds: ['d-soon', 'd-other'] }),
      post('later', '2026-12-20T09:00', { designIds: ['d-later'], targets: [{ network: 'instagram', designId: 'd-ig' }] }),
      post('linkedin-only', '2026-12-15T09:00', { targets: [{ network: 'linkedin' }], designIds: ['d-li'] }),
      post('own-time', '2026-12-09T09:00', { targets: [{ network: 'instagram', at: { local: '2026-12-12T18:00', zone: PARIS } }] }),
      post('unplanned', null),
    ];
    expect(instagramGrid(posts, now).map((tile) => [tile.post.id, tile.designId])).toEqual([
      ['later', 'd-ig'],
      ['own-time', null],
      ['soon', 'd-soon'],
    ]);
  });
});

/** Planned times: local clock + IANA zone, to instants and back, across clock changes (posts.md, Calendars). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, clockTime, inZone, localAt, minuteOfDay, moveToDay, plannedInDays, plannedInstant, weekdayIndex } from './time';

const utc = (local: string, zone = 'Europe/Paris') => new Date(plannedInstant({ local, zone })).toISOString();

describe('planned times', () => {
  it('reads a local time in its zone, winter and summer', () => {
    expect(utc('2026-12-10T23:30')).toBe('2026-12-10T22:30:00.000Z');
    expect(utc('2026-07-01T12:00')).toBe('2026-07-01T10:00:00.000Z');
    expect(utc('2026-07-01T12:00', 'America/New_York')).toBe('2026-07-01T16:00:00.000Z');
    expect(utc('2026-07-01T12:00', 'UTC')).toBe('2026-07-01T12:00:00.000Z');
  });

  it('a 9:00 post stays at 9:00 local across the March change', () => {
    expect(utc('2027-03-27T09:00')).toBe('2027-03-27T08:00:00.000Z');
    expect(utc('2027-03-28T09:00')).toBe('2027-03-28T07:00:00.000Z');
    const saturday = { local: '2027-03-27T09:00', zone: 'Europe/Paris' };
    expect(localAt(plannedInstant(moveToDay(saturday, '2027-03-29')), 'Europe/Paris')).toBe('2027-03-29T09:00');
  });

  it('a time skipped in spring lands after the gap; a time seen twice in autumn is the first', () => {
    expect(utc('2027-03-28T02:30')).toBe('2027-03-28T01:30:00.000Z');
    expect(localAt(plannedInstant({ local: '2027-03-28T02:30', zone: 'Europe/Paris' }), 'Europe/Paris')).toBe('2027-03-28T03:30');
    expect(utc('2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z');
  });

  it('shows a moment in another zone', () => {
    expect(inZone({ local: '2026-12-10T23:30', zone: 'Europe/Paris' }, 'America/New_York')).toEqual({ local: '2026-12-10T17:30', zone: 'America/New_York' });
  });

  it('a range of days holds the posts planned on them in their own zone, never an unplanned one', () => {
    const lateInTokyo = { local: '2026-12-13T23:30', zone: 'Asia/Tokyo' };
    expect(plannedInDays(lateInTokyo, '2026-12-07', '2026-12-13')).toBe(true);
    expect(plannedInDays({ local: '2026-12-14T00:00', zone: 'Europe/Paris' }, '2026-12-07', '2026-12-13')).toBe(false);
    expect(plannedInDays({ local: '2026-12-07T00:00', zone: 'Europe/Paris' }, '2026-12-07', '2026-12-13')).toBe(true);
    expect(plannedInDays({ local: '2026-12-06T23:59', zone: 'Europe/Paris' }, '2026-12-07', undefined)).toBe(false);
    expect(plannedInDays({ local: '2026-12-06T23:59', zone: 'Europe/Paris' }, undefined, '2026-12-13')).toBe(true);
    expect(plannedInDays(null, '2026-12-07', '2026-12-13')).toBe(false);
  });

  it('day arithmetic', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(weekdayIndex('2026-12-07')).toBe(0); // a Monday
    expect(weekdayIndex('2026-12-13')).toBe(6);
  });

  it('property: any instant read back in its zone gives the same instant (zones with clock changes)', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'UTC', 'America/Sao_Paulo'];
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2040-01-01') }), fc.constantFrom(...zones), (ms, zone) => {
        const minute = Math.floor(ms / 60_000) * 60_000;
        const local = localAt(minute, zone);
        const back = plannedInstant({ local, zone });
        // A local time seen twice (autumn) reads as its first occurrence: the same or an hour earlier.
        expect([0, 3_600_000]).toContain(minute - back);
        expect(localAt(back, zone)).toBe(local);
      }),
      { numRuns: 500 },
    );
  });
});

describe('clock times', () => {
  it('reads and writes HH:mm as minutes of the day', () => {
    expect(minuteOfDay('09:30')).toBe(570);
    expect(clockTime(570)).toBe('09:30');
    expect(clockTime(0)).toBe('00:00');
    expect(clockTime(1439)).toBe('23:59');
  });

  it('property: clockTime and minuteOfDay are inverses over the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minute) => {
        const time = clockTime(minute);
        expect(time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(minuteOfDay(time)).toBe(minute);
      }),
    );
  });
});

/** One day check for the API, the jobs and the CLI: a day written YYYY-MM-DD that the calendar has. */
import { describe, expect, it } from 'vitest';
import { bundleArgsSchema } from '../api/jobs';
import { methods } from '../api/contract';
import { calendarDaySchema, isCalendarDay } from './posts';

describe('calendar days', () => {
  it.each(['2026-12-10', '2028-02-29', '2026-01-31', '1999-12-31'])('takes %s', (day) => {
    expect(isCalendarDay(day)).toBe(true);
    expect(calendarDaySchema.safeParse(day).success).toBe(true);
  });

  it.each(['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-12-00', '10/12/2026', '2026-1-5', ' 2026-12-10', '2026-12-10T09:00', ''])('refuses %j', (day) => {
    expect(isCalendarDay(day)).toBe(false);
    expect(calendarDaySchema.safeParse(day).success).toBe(false);
  });

  it('a bundle job and a posts list refuse a day the calendar does not have', () => {
    expect(bundleArgsSchema.safeParse({ from: '2026-12-01', to: '2026-02-30', zip: true, csv: [] }).success).toBe(false);
    expect(bundleArgsSchema.safeParse({ from: '2026-12-01', to: '2026-12-31', zip: true, csv: [] }).success).toBe(true);
    expect(methods['posts.list'].args.safeParse({ from: '2026-02-30' }).success).toBe(false);
  });
});

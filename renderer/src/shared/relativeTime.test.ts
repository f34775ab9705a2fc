import { describe, expect, it } from 'vitest';
import { relativeTime } from './relativeTime';

const now = Date.parse('2026-11-20T12:00:00Z');

describe('relativeTime', () => {
  it('says "just now" under a minute', () => {
    expect(relativeTime('2026-11-20T11:59:30Z', now, 'en')).toEqual({ kind: 'now' });
  });
  it('counts minutes, hours and days in the UI language', () => {
    expect(relativeTime('2026-11-20T11:55:00Z', now, 'en')).toEqual({ kind: 'ago', text: '5 minutes ago' });
    expect(relativeTime('2026-11-20T09:00:00Z', now, 'fr')).toEqual({ kind: 'ago', text: 'il y a 3 heures' });
    expect(relativeTime('2026-11-19T12:00:00Z', now, 'en')).toEqual({ kind: 'ago', text: 'yesterday' });
  });
  it('gives a date after a week', () => {
    const result = relativeTime('2026-10-01T12:00:00Z', now, 'en');
    expect(result.kind).toBe('on');
    expect(result.kind === 'on' && result.text).toContain('2026');
  });
  it('treats a bad date as now instead of crashing', () => {
    expect(relativeTime('not a date', now, 'en')).toEqual({ kind: 'now' });
  });
});

import { describe, expect, it } from 'vitest';
import { zoneCity, zoneShort } from './zoneLabel';

describe('zone labels on calendar chips', () => {
  it('names the city of an IANA zone', () => {
    expect(zoneCity('America/New_York')).toBe('New York');
    expect(zoneCity('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneCity('UTC')).toBe('UTC');
  });

  it('shortens it to fit a badge: initials of several words, a short name whole, else three capitals', () => {
    expect(zoneShort('America/New_York')).toBe('NY');
    expect(zoneShort('America/Los_Angeles')).toBe('LA');
    expect(zoneShort('Asia/Ho_Chi_Minh')).toBe('HCM');
    expect(zoneShort('America/Port-au-Prince')).toBe('PAP');
    expect(zoneShort('Europe/Paris')).toBe('Paris');
    expect(zoneShort('Etc/GMT+5')).toBe('GMT+5');
    expect(zoneShort('UTC')).toBe('UTC');
    expect(zoneShort('Australia/Sydney')).toBe('SYD');
    expect(zoneShort('Europe/Amsterdam')).toBe('AMS');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayMessage, formatMessage } from '../../../core/messages';
import type { UiLanguage } from '../i18n';
import { formatBytes, formatDate, formatDay, formatDuration, formatList, formatNumber, formatPercent, formatTime, formatTimeCompact, formatHourLabel, formatUnit, parseDay, parseNumber, parseTime, stepTime } from './locale';

const LANGUAGES: UiLanguage[] = ['fr', 'en'];
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('numbers', () => {
  it('are written with the language’s separators', () => {
    expect(formatNumber(1234.5, {}, 'fr')).toBe(`1${NNBSP}234,5`);
    expect(formatNumber(1234.5, {}, 'en')).toBe('1,234.5');
    expect(formatNumber(1.1, {}, 'fr')).toBe('1,1');
    expect(formatNumber(1.16, {}, 'en')).toBe('1.16');
    expect(formatNumber(1080, { grouping: false }, 'fr')).toBe('1080');
    expect(formatNumber(2 / 3, { decimals: 0 }, 'fr')).toBe('1');
    expect(formatNumber(-0.25, {}, 'fr')).toBe('-0,25');
  });

  it('are read back in French with a comma or a point, spaces between digits allowed', () => {
    expect(parseNumber('1,1', 'fr')).toBe(1.1);
    expect(parseNumber('1.25', 'fr')).toBe(1.25);
    expect(parseNumber(' 1 080 ', 'fr')).toBe(1080);
    expect(parseNumber(`1${NNBSP}080,5`, 'fr')).toBe(1080.5);
    expect(parseNumber('-3,5', 'fr')).toBe(-3.5);
    expect(parseNumber('−3,5', 'fr')).toBe(-3.5);
    expect(parseNumber(',5', 'fr')).toBe(0.5);
    expect(parseNumber('12,', 'fr')).toBe(12);
  });

  it('are read back in English with a point, commas only between thousands', () => {
    expect(parseNumber('1.1', 'en')).toBe(1.1);
    expect(parseNumber('1,080', 'en')).toBe(1080);
    expect(parseNumber('1,234,567.5', 'en')).toBe(1234567.5);
    expect(parseNumber('.5', 'en')).toBe(0.5);
    // Not a grouping: refused rather than guessed.
    expect(parseNumber('1,5', 'en')).toBeNull();
    expect(parseNumber('1,25', 'en')).toBeNull();
  });

  it('refuse what is not a number in both languages', () => {
    for (const language of LANGUAGES) {
      for (const text of ['', ' ', '-', 'abc', '1,2,3', '1.2.3', '1e5', '0x10', '12px', 'Infinity', '--1']) expect(parseNumber(text, language), `${language}: ${text}`).toBeNull();
    }
  });

  it('read back what they printed, to the digits printed (property, both languages)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        fc.constantFrom(...LANGUAGES),
        (value, decimals, grouping, language) => {
          const printed = formatNumber(value, { decimals, grouping }, language);
          const read = parseNumber(printed, language);
          expect(read, printed).not.toBeNull();
          expect(Math.abs(read! - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + Math.abs(value) * 1e-15);
          // Printing what was read gives the same text again.
          expect(formatNumber(read!, { decimals, grouping }, language)).toBe(printed);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('percentages, pixels and degrees follow French typography', () => {
    expect(formatPercent(0.46, 'fr')).toBe(`46${NBSP}%`);
    expect(formatPercent(0.46, 'en')).toBe('46%');
    expect(formatUnit(45, '%', {}, 'fr')).toBe(`45${NBSP}%`);
    expect(formatUnit(45, '%', {}, 'en')).toBe('45%');
    expect(formatUnit(12.5, 'px', {}, 'fr')).toBe(`12,5${NBSP}px`);
    expect(formatUnit(12.5, 'px', {}, 'en')).toBe(`12.5${NBSP}px`);
    expect(formatUnit(30, '°', {}, 'fr')).toBe('30°');
    expect(formatUnit(30, '°', {}, 'en')).toBe('30°');
  });

  it('sizes in decimal units, durations as players show them', () => {
    expect(formatBytes(532, 'en')).toBe(`532${NBSP}B`);
    expect(formatBytes(1_530_000, 'en')).toBe(`1.5${NBSP}MB`);
    expect(formatBytes(1_530_000, 'fr')).toBe(`1,5${NBSP}Mo`);
    expect(formatBytes(250_000_000_000, 'fr')).toBe(`250${NBSP}Go`);
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(999)).toBe('0:01');
    expect(formatDuration(65_000)).toBe('1:05');
    expect(formatDuration(83_500)).toBe('1:24');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
    expect(formatDuration(-5)).toBe('0:00');
  });

  it('lists', () => {
    expect(formatList(['le haut', 'le bas'], 'fr')).toBe('le haut et le bas');
    expect(formatList(['top', 'bottom', 'left'], 'en')).toBe('top, bottom, and left');
  });
});

describe('dates', () => {
  it('a day is written day first in French, month first in English', () => {
    expect(formatDay('2025-05-08', 'fr')).toBe('08/05/2025');
    expect(formatDay('2025-05-08', 'en')).toBe('05/08/2025');
    expect(formatDay('not a day', 'fr')).toBe('');
    expect(formatDate(new Date(2025, 4, 8, 12), {}, 'fr')).toBe('8 mai 2025');
    expect(formatDate(new Date(2025, 4, 8, 12), {}, 'en')).toBe('May 8, 2025');
    expect(formatDate(new Date(2025, 4, 8, 14, 5), { withTime: true }, 'fr')).toMatch(/^8 mai 2025.*14:05$/);
  });

  it('a typed day is read in the language’s order', () => {
    expect(parseDay('8/5/2025', 'fr')).toBe('2025-05-08');
    expect(parseDay('8/5/2025', 'en')).toBe('2025-08-05');
    expect(parseDay('08.05.25', 'fr')).toBe('2025-05-08');
    expect(parseDay(' 2025-05-08 ', 'en')).toBe('2025-05-08');
    expect(parseDay('2025-05-08', 'fr')).toBe('2025-05-08');
    expect(parseDay('31/12/1999', 'fr')).toBe('1999-12-31');
  });

  it('a day that is not in the calendar is refused', () => {
    for (const language of LANGUAGES) {
      for (const text of ['', '31/02/2025', '2025-13-01', '2025-02-30', '1/2', '1/2/3/4', 'hier', '1/2/202', '1/13/2025'.split('/').reverse().join('/')]) expect(parseDay(text, language), `${language}: ${text}`).toBeNull();
    }
    expect(parseDay('29/02/2024', 'fr')).toBe('2024-02-29');
    expect(parseDay('29/02/2025', 'fr')).toBeNull();
    expect(parseDay('02/31/2025', 'en')).toBeNull();
    expect(parseDay('13/01/2025', 'en')).toBeNull();
  });

  it('reads back every day it writes (property, both languages)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }), fc.constantFrom(...LANGUAGES), (date, language) => {
        const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        expect(parseDay(formatDay(day, language), language)).toBe(day);
      }),
      { numRuns: 1000 },
    );
  });

  it('a day inside a backend message (a bundle’s title in the jobs tray) is written as formatDay writes it (property, both languages)', () => {
    expect(formatMessage({ key: 'bundle.titleRange', params: { from: dayMessage('2026-12-07'), to: dayMessage('2026-12-13') } }, 'en')).toBe('Bundle of the posts from 12/07/2026 to 12/13/2026');
    expect(formatMessage({ key: 'bundle.titleRange', params: { from: dayMessage('2026-12-07'), to: dayMessage('2026-12-13') } }, 'fr')).toBe('Lot des publications du 07/12/2026 au 13/12/2026');
    fc.assert(
      fc.property(fc.date({ min: new Date(1000, 0, 1), max: new Date(9999, 11, 31), noInvalidDate: true }), fc.constantFrom(...LANGUAGES), (date, language) => {
        const day = `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
        const message = dayMessage(day);
        expect(typeof message === 'string' ? message : formatMessage(message, language)).toBe(formatDay(day, language));
      }),
      { numRuns: 500 },
    );
  });
});

describe('times of day', () => {
  const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

  it('are written 24 h in French, with AM/PM in English', () => {
    const table: Array<[string, string, string]> = [
      ['00:00', '00:00', '12:00 AM'],
      ['00:30', '00:30', '12:30 AM'],
      ['09:00', '09:00', '9:00 AM'],
      ['11:59', '11:59', '11:59 AM'],
      ['12:00', '12:00', '12:00 PM'],
      ['13:05', '13:05', '1:05 PM'],
      ['21:30', '21:30', '9:30 PM'],
      ['23:59', '23:59', '11:59 PM'],
    ];
    for (const [stored, fr, en] of table) {
      expect(formatTime(stored, 'fr'), stored).toBe(fr);
      expect(formatTime(stored, 'en'), stored).toBe(en);
    }
    for (const notStored of ['', '9:00', '24:00', '12:60', 'noon']) expect(formatTime(notStored, 'en'), notStored).toBe('');
  });

  it('are written short in tight places: "9am" in English, as always in French', () => {
    const table: Array<[string, string, string]> = [
      ['00:00', '00:00', '12am'],
      ['00:30', '00:30', '12:30am'],
      ['09:00', '09:00', '9am'],
      ['09:30', '09:30', '9:30am'],
      ['11:59', '11:59', '11:59am'],
      ['12:00', '12:00', '12pm'],
      ['13:05', '13:05', '1:05pm'],
      ['21:00', '21:00', '9pm'],
      ['23:45', '23:45', '11:45pm'],
    ];
    for (const [stored, fr, en] of table) {
      expect(formatTimeCompact(stored, 'fr'), stored).toBe(fr);
      expect(formatTimeCompact(stored, 'en'), stored).toBe(en);
    }
    for (const notStored of ['', '9:00', '24:00', 'noon']) expect(formatTimeCompact(notStored, 'en'), notStored).toBe('');
  });

  it('label the hour lines "9 AM" in English and "09:00" in French', () => {
    const table: Array<[string, string, string]> = [
      ['00:00', '00:00', '12 AM'],
      ['07:00', '07:00', '7 AM'],
      ['12:00', '12:00', '12 PM'],
      ['13:00', '13:00', '1 PM'],
      ['23:00', '23:00', '11 PM'],
      ['09:30', '09:30', '9:30 AM'],
    ];
    for (const [stored, fr, en] of table) {
      expect(formatHourLabel(stored, 'fr'), stored).toBe(fr);
      expect(formatHourLabel(stored, 'en'), stored).toBe(en);
    }
    expect(formatHourLabel('24:00', 'en')).toBe('');
  });

  it('give every minute of the day a short label and an hour label, the short one read back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), fc.constantFrom(...LANGUAGES), (minute, language) => {
        const stored = clock(minute);
        expect(formatTimeCompact(stored, language)).not.toBe('');
        expect(formatHourLabel(stored, language)).not.toBe('');
        expect(parseTime(formatTimeCompact(stored, language))).toBe(stored);
      }),
      { numRuns: 3000 },
    );
  });

  it('are read from what people type, in either language', () => {
    const accepted: Array<[string, string]> = [
      // French
      ['9h', '09:00'],
      ['9h30', '09:30'],
      ['9 h 30', '09:30'],
      ['09:30', '09:30'],
      ['21:00', '21:00'],
      ['21h', '21:00'],
      ['21H05', '21:05'],
      ['0h15', '00:15'],
      // English
      ['9:00', '09:00'],
      ['09:00', '09:00'],
      ['9am', '09:00'],
      ['9 AM', '09:00'],
      ['9:30 pm', '21:30'],
      ['9:30\u202fPM', '21:30'],
      ['9:30 p.m.', '21:30'],
      ['9.30pm', '21:30'],
      ['12 am', '00:00'],
      ['12:15 AM', '00:15'],
      ['12 pm', '12:00'],
      ['12:45 pm', '12:45'],
      ['11:59 PM', '23:59'],
      // both
      ['9', '09:00'],
      [' 7:05 ', '07:05'],
      ['0:00', '00:00'],
      ['23:59', '23:59'],
    ];
    for (const [typed, stored] of accepted) expect(parseTime(typed), typed).toBe(stored);
  });

  it('refuse what is not a time of day', () => {
    const refused = ['', ' ', 'h', 'am', '9:', '9:5', '9h5', '9:300', '930', '24:00', '25h', '12:60', '9:61 am', '0 am', '0:30 am', '13 pm', '21:00 pm', '9m', '9 am pm', '-9:00', '9:00:00', 'midi', 'noon', '9 heures', '1O:00'];
    for (const typed of refused) expect(parseTime(typed), typed).toBeNull();
  });

  it('step by quarter hours onto the quarter hours, round the clock', () => {
    expect(stepTime('09:00', 1)).toBe('09:15');
    expect(stepTime('09:00', -1)).toBe('08:45');
    expect(stepTime('09:07', 1)).toBe('09:15');
    expect(stepTime('09:07', -1)).toBe('09:00');
    expect(stepTime('09:00', 4)).toBe('10:00');
    expect(stepTime('23:50', 1)).toBe('00:00');
    expect(stepTime('00:00', -1)).toBe('23:45');
    expect(stepTime('21:15', -4)).toBe('20:15');
    expect(stepTime('21:07', -4)).toBe('20:15');
  });

  it('come back to a quarter hour stepped up then down (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 95 }), fc.integer({ min: -200, max: 200 }), (quarter, steps) => {
        const stored = clock(quarter * 15);
        expect(stepTime(stepTime(stored, steps), -steps)).toBe(stored);
      }),
    );
  });

  it('read back every minute of the day they write (property, both languages)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), fc.constantFrom(...LANGUAGES), (minute, language) => {
        const stored = clock(minute);
        expect(parseTime(formatTime(stored, language))).toBe(stored);
      }),
      { numRuns: 3000 },
    );
  });

  it('answer a stored time or nothing, whatever is typed, and show what they read as they read it (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^ ?\d{1,3}( ?[:.hH] ?\d{0,3})? ?([aApP]\.?[mM]?\.?)?$/)), fc.constantFrom(...LANGUAGES), (typed, language) => {
        const read = parseTime(typed);
        if (read === null) return;
        expect(read).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(parseTime(formatTime(read, language))).toBe(read);
      }),
      { numRuns: 2000 },
    );
  });
});

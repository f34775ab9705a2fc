import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMessage, errorDetail } from '../messages';
import { VIDEO_LIMITS } from '../schema/constants';
import { captionsSchema } from '../schema/design';
import { cleanText, formatCueTime, parseCaptions, parseSrt, parseVtt, toSrt, toVtt, wordTimes, graphemeCount, captionFormatOf } from './captions';

/** The refusal a parse throws, in both languages. */
function refusal(run: () => unknown): { en: string; fr: string } {
  try {
    run();
  } catch (error) {
    const detail = errorDetail(error);
    if (!detail) throw error;
    return { en: formatMessage(detail, 'en'), fr: formatMessage(detail, 'fr') };
  }
  throw new Error('expected a refusal');
}

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9'’,.!?«»&<>-]{1,12}$/);
const line = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
const cueText = fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => ls.join('\n')).filter((t) => cleanText(t) === t);
/** Ordered, non-overlapping cues on the hour the schema allows. */
const cues = fc
  .array(fc.record({ gap: fc.integer({ min: 0, max: 5000 }), length: fc.integer({ min: 1, max: 8000 }), text: cueText }), { minLength: 1, maxLength: 30 })
  .map((items) => {
    let t = 0;
    return items.map((item, i) => {
      const startMs = t + item.gap;
      t = startMs + item.length;
      return { id: `cue${i + 1}`, startMs, endMs: t, text: item.text };
    });
  });

describe('SRT', () => {
  it('reads and writes canonical SRT byte-identical (property)', () => {
    fc.assert(
      fc.property(cues, (list) => {
        const srt = toSrt(list);
        const back = parseSrt(srt);
        expect(back).toEqual(list);
        expect(toSrt(back)).toBe(srt);
      }),
      { numRuns: 300 },
    );
  });

  it('reads a file from the wild: BOM, CRLF, no numbers, dots, tags, settings, multi-line, extra blank lines', () => {
    const text = '\ufeff1\r\n00:00:01,000 --> 00:00:02,500\r\n<i>Bonjour</i> à tous\r\nsur deux lignes\r\n\r\n\r\n00:00:03.2 --> 00:00:04,000 X1:10 X2:20\r\n<font color="#ff0000">Rouge</font>\r\n';
    expect(parseSrt(text)).toEqual([
      { id: 'cue1', startMs: 1000, endMs: 2500, text: 'Bonjour à tous\nsur deux lignes' },
      { id: 'cue2', startMs: 3200, endMs: 4000, text: 'Rouge' },
    ]);
    expect(parseCaptions(text)).toEqual(parseSrt(text));
  });

  it('sorts cues and cuts one that runs into the next', () => {
    const text = '2\n00:00:05,000 --> 00:00:06,000\nB\n\n1\n00:00:01,000 --> 00:00:05,500\nA\n';
    expect(parseSrt(text).map((c) => [c.startMs, c.endMs, c.text])).toEqual([
      [1000, 5000, 'A'],
      [5000, 6000, 'B'],
    ]);
  });

  it('keeps control characters out of the words', () => {
    const [cue] = parseSrt('1\n00:00:01,000 --> 00:00:02,000\nA\u0000B\u0007\u202eC\tD\n');
    expect(cue.text).toBe('ABC D');
  });

  it('names the line of a bad time, in both languages', () => {
    const text = '1\n00:00:01,000 --> 00:00:02,000\nOK\n\n2\n00:00:03 --> 00:00:04,000\nbad\n';
    const { en, fr } = refusal(() => parseSrt(text));
    expect(en).toBe('Line 6: a time is written 00:00:01,000 (hours:minutes:seconds and milliseconds).');
    expect(fr).toBe('Ligne 6\u00a0: un temps s’écrit 00:00:01,000 (heures:minutes:secondes et millisecondes).');
  });

  it('names the line of a cue without times, of an end before its start, of a cue too long', () => {
    expect(refusal(() => parseSrt('1\nHello\n')).en).toBe('Line 2: a caption starts with its times, written 00:00:01,000 --> 00:00:03,000.');
    expect(refusal(() => parseSrt('\n\n1\n00:00:02,000 --> 00:00:01,000\nx\n')).en).toBe('Line 4: a caption must end after it starts.');
    expect(refusal(() => parseSrt(`1\n00:00:01,000 --> 00:00:02,000\n${'a'.repeat(VIDEO_LIMITS.maxCueLength + 1)}\n`)).fr).toBe(
      'Ligne 2\u00a0: un sous-titre contient au plus 1000\u00a0caractères.',
    );
    expect(refusal(() => parseSrt('1\n01:00:00,001 --> 01:00:02,000\nx\n')).en).toBe('Line 2: a caption cannot start or end after one hour.');
    expect(refusal(() => parseSrt('\n\n')).en).toBe('This file holds no captions.');
  });

  it('stays bounded on hostile input: a million lines, too many cues, a huge file', () => {
    const million = '\n'.repeat(1_000_000) + '1\n00:00:01,000 --> 00:00:02,000\nlast\n';
    expect(parseSrt(million)).toHaveLength(1);
    const many = Array.from({ length: VIDEO_LIMITS.maxCues + 1 }, (_, i) => `${formatCueTime(i * 100, 'srt')} --> ${formatCueTime(i * 100 + 50, 'srt')}\nx`).join('\n\n');
    expect(refusal(() => parseSrt(many)).en).toBe(`Line ${VIDEO_LIMITS.maxCues * 3 + 1}: a video holds at most 5000 captions.`);
    expect(refusal(() => parseCaptions('x'.repeat(6_000_000))).en).toMatch(/too large/);
  });
});

describe('WebVTT', () => {
  const vtt = [
    '\ufeffWEBVTT - a title',
    'Kind: captions',
    '',
    'NOTE a comment',
    'over two lines',
    '',
    'STYLE',
    '::cue { color: red }',
    '',
    'intro',
    '00:01.000 --> 00:02.500 align:start position:10%',
    '<v Roger>Hello &amp; <c.loud>welcome</c>',
    '',
    '00:00:03.000 --> 00:00:04.000',
    'a &lt; b',
    'second line',
    '',
  ].join('\r\n');

  it('reads: header, NOTE and STYLE ignored, identifiers, hours optional, settings ignored, tags stripped, references decoded', () => {
    expect(parseVtt(vtt)).toEqual([
      { id: 'cue1', startMs: 1000, endMs: 2500, text: 'Hello & welcome' },
      { id: 'cue2', startMs: 3000, endMs: 4000, text: 'a < b\nsecond line' },
    ]);
    expect(parseCaptions(vtt)).toEqual(parseVtt(vtt));
  });

  it('writes WebVTT that reads back to the same cues (property)', () => {
    fc.assert(
      fc.property(cues, (list) => {
        const text = toVtt(list);
        expect(text.startsWith('WEBVTT\n\n')).toBe(true);
        expect(parseVtt(text)).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });

  it('writes the times with a dot and escapes <, & and >', () => {
    expect(toVtt([{ startMs: 61_001, endMs: 3_599_999, text: 'a < b & c' }])).toBe('WEBVTT\n\n00:01:01.001 --> 00:59:59.999\na &lt; b &amp; c\n');
  });

  it('refuses a file without its WEBVTT line, in both languages', () => {
    const { en, fr } = refusal(() => parseVtt('00:01.000 --> 00:02.000\nx\n'));
    expect(en).toBe('Line 1: a WebVTT file starts with the word WEBVTT.');
    expect(fr).toBe('Ligne 1\u00a0: un fichier WebVTT commence par le mot WEBVTT.');
    expect(refusal(() => parseVtt('WEBVTT\n\n00:01,0000 --> 00:02.000\nx\n')).en).toBe('Line 3: a time is written 00:00:01.000 (hours:minutes:seconds and milliseconds).');
  });

  it('gives cues the schema accepts', () => {
    expect(captionsSchema.safeParse({ cues: parseVtt(vtt), burnIn: true, preset: 'highlight', position: 'bottom', fontFamily: 'Inter', fontSize: 64, color: '#ffffff', accent: '#ffd166' }).success).toBe(true);
  });
});

describe('captionFormatOf', () => {
  it('reads the extension', () => {
    expect(captionFormatOf('a/b.SRT')).toBe('srt');
    expect(captionFormatOf('x.vtt')).toBe('vtt');
    expect(captionFormatOf('x.txt')).toBeNull();
  });
});

describe('wordTimes', () => {
  it('splits the cue over its words by length, from its start to its end (property)', () => {
    fc.assert(
      fc.property(cues, (list) => {
        for (const cue of list) {
          const words = wordTimes(cue);
          expect(words.map((w) => w.text)).toEqual(cue.text.split(/\s+/));
          expect(words[0].startMs).toBe(cue.startMs);
          expect(words[words.length - 1].endMs).toBe(cue.endMs);
          expect(words.reduce((sum, w) => sum + (w.endMs - w.startMs), 0)).toBe(cue.endMs - cue.startMs);
          for (let i = 1; i < words.length; i++) expect(words[i].startMs).toBe(words[i - 1].endMs);
        }
      }),
    );
  });

  it('gives a long word more time than a short one, counting graphemes', () => {
    const words = wordTimes({ startMs: 0, endMs: 1000, text: 'a 👍🏽 abcdefgh' });
    expect(graphemeCount('👍🏽')).toBe(1);
    expect(words.map((w) => [w.startMs, w.endMs])).toEqual([
      [0, 100],
      [100, 200],
      [200, 1000],
    ]);
    expect(wordTimes({ startMs: 0, endMs: 900, text: 'un\ndeux' }).map((w) => w.line)).toEqual([0, 1]);
  });
});

describe('panel times', () => {
  it('formats mm:ss.mmm and reads it back (property), with a comma or fewer digits too', async () => {
    const { formatClock, parseClock } = await import('./captions');
    fc.assert(fc.property(fc.integer({ min: 0, max: 3_600_000 }), (ms) => {
      expect(parseClock(formatClock(ms))).toBe(ms);
    }));
    expect(formatClock(61_005)).toBe('01:01.005');
    expect(formatClock(3_600_000)).toBe('1:00:00.000');
    expect(parseClock('1:02,5')).toBe(62_500);
    expect(parseClock('7')).toBe(7000);
    expect(parseClock('1:75.000')).toBeNull();
    expect(parseClock('abc')).toBeNull();
    expect(parseClock('2:00:00.000')).toBeNull();
  });
});

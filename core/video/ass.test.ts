import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Captions } from '../schema/design';
import { assColor, assTime, balanceLines, captionArea, captionsToAss, escapeAssText, estimateWidth } from './ass';
import { wordTimes } from './captions';

const REEL = { preset: 'instagram-reel', width: 1080, height: 1920 };

function captions(patch: Partial<Captions> = {}): Captions {
  return { cues: [{ id: 'c1', startMs: 1000, endMs: 3000, text: 'Hello big world' }], burnIn: true, preset: 'outline', position: 'bottom', fontFamily: 'Inter', fontSize: 64, color: '#ffffff', accent: '#ffd166', ...patch };
}

const dialogues = (ass: string) => ass.split('\n').filter((l) => l.startsWith('Dialogue: '));
/** The Text field of a Dialogue line (the tenth field: commas after it are text). */
const textOf = (line: string) => line.split(',').slice(9).join(',');

/**
 * Reads ASS dialogue text as libass does: `\{` and `\}` are letters, `\N` a line break, a
 * backslash before anything else a letter; `{` opens an override block up to `}`. Returns the
 * letters shown and the override blocks.
 */
function readAss(text: string): { shown: string; blocks: string[] } {
  let shown = '';
  const blocks: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && (text[i + 1] === '{' || text[i + 1] === '}')) {
      shown += text[++i];
    } else if (c === '\\' && text[i + 1] === 'N') {
      shown += '\n';
      i++;
    } else if (c === '\\' && (text[i + 1] === 'n' || text[i + 1] === 'h')) {
      throw new Error(`an escape \\${text[i + 1]} libass would read`);
    } else if (c === '{') {
      const end = text.indexOf('}', i);
      blocks.push(text.slice(i, end + 1));
      i = end === -1 ? text.length : end;
    } else {
      shown += c;
    }
  }
  return { shown, blocks };
}

describe('escaping user text (EXP-05)', () => {
  it('no text opens an override block or an escape, and every letter is shown (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('{', '}', '\\', 'N', 'n', 'h', 'a', ' ', '\n', ',', 'é', '\u0007') , maxLength: 40 }), (text) => {
        const { shown, blocks } = readAss(escapeAssText(text));
        expect(blocks).toEqual([]);
        // eslint-disable-next-line no-control-regex
        expect(shown.replace(/\u2060/g, '')).toBe(text.replace(/[\u0000-\u0009\u000b-\u001f]/g, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('holds inside whole scripts: the only override blocks are the preset\'s (property)', () => {
    const ours = /^\{(\\an5\\pos\(\d+,\d+\)|\\1c&H[0-9A-F]{8}|\\r|\\fscx100\\fscy100\\t\(0,120,\\fscx125\\fscy125\)|\\3a&H(00|FF)&)\}$/;
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('outline', 'box', 'highlight', 'scale', 'pill' as const), fc.constantFrom('bottom', 'middle', 'top' as const), (text, preset, position) => {
        const ass = captionsToAss(captions({ preset, position, cues: [{ id: 'c', startMs: 0, endMs: 2000, text: `x ${text} y` }] }), REEL);
        for (const line of dialogues(ass)) for (const block of readAss(textOf(line)).blocks) expect(block).toMatch(ours);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the script', () => {
  it('has the format\'s size, the design\'s font and size, margins from the safe zone', () => {
    const ass = captionsToAss(captions(), REEL);
    expect(ass).toContain('PlayResX: 1080\nPlayResY: 1920');
    const style = ass.split('\n').find((l) => l.startsWith('Style: Caption,'))!.split(',');
    expect(style.slice(1, 3)).toEqual(['Inter', '64']);
    const area = captionArea(REEL);
    // Reels: 6 % each side, 35 % at the bottom, plus the padding.
    expect([area.x, area.y, area.width, area.height].map((n) => Math.round(n * 10) / 10)).toEqual([64.8, 268.8, 950.4, 979.2]);
    expect(style.slice(-4, -1).map(Number)).toEqual([Math.ceil(64.8 + 19), Math.ceil(64.8 + 19), Math.ceil(672 + 19)]);
    expect(dialogues(ass)).toEqual(['Dialogue: 0,0:00:01.00,0:00:03.00,Caption,,0,0,0,,Hello big world']);
  });

  it('keeps 5 % clear on a format without a safe zone', () => {
    expect(captionArea({ preset: null, width: 1000, height: 2000 })).toEqual({ x: 50, y: 100, width: 900, height: 1800 });
  });

  it('writes one event per word in the word presets, each from its start to the next word\'s', () => {
    const cue = { id: 'c1', startMs: 1000, endMs: 3000, text: 'Hello big world' };
    const times = wordTimes(cue);
    const highlight = dialogues(captionsToAss(captions({ preset: 'highlight', accent: '#ff0000' }), REEL));
    expect(highlight.map((l) => l.split(',').slice(1, 3))).toEqual(times.map((w) => [assTime(w.startMs), assTime(w.endMs)]));
    expect(textOf(highlight[1])).toBe('Hello {\\1c&H000000FF}big{\\r} world');
    const pill = dialogues(captionsToAss(captions({ preset: 'pill' }), REEL));
    expect(pill).toHaveLength(6);
    expect(textOf(pill[4])).toBe('{\\3a&HFF&}Hello {\\3a&HFF&}big {\\3a&H00&}world');
  });

  it('balances a long line into two of similar length, keeping the user\'s breaks', () => {
    const lines = balanceLines('one two three four five six seven eight nine ten eleven', 64, 1200);
    expect(lines).toHaveLength(2);
    const widths = lines.map((l) => estimateWidth(l.join(' '), 64));
    expect(Math.max(...widths)).toBeLessThanOrEqual(1200);
    expect(balanceLines('one two three four five six seven eight nine ten eleven', 64, 600).length).toBe(4);
    expect(Math.abs(widths[0] - widths[1])).toBeLessThan(estimateWidth('eleven ', 64));
    expect(balanceLines('short\nlines', 64, 600)).toEqual([['short'], ['lines']]);
  });

  it('writes colours and times as ASS does', () => {
    expect(assColor('#ffd166')).toBe('&H0066D1FF');
    expect(assColor('#ffd16680')).toBe('&H7F66D1FF');
    expect(assTime(3_723_456)).toBe('1:02:03.45');
  });
});

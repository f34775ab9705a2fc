/**
 * The fitting engine on its own (./fitText.ts), with a measurer whose numbers are known: what
 * breaks where, when words are cut, how the ink is judged. The same engine measured by node-canvas
 * is checked on real pixels in electron/services/render/fitText.pixels.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitText, firstBaseline, type FitInput, type FitResult, type TextMeasurer } from './fitText';
import { graphemes } from './textStyles';

/** Every grapheme 0.6 em wide (a space 0.3 em); capitals with accents rise to 1.0 em, others to 0.72; g j p q y go 0.22 below. */
const mono: TextMeasurer = {
  advance: (text, size) => graphemes(text).reduce((w, g) => w + (g === ' ' ? 0.3 : 0.6) * size, 0),
  ink: (text, size) => ({
    left: 0,
    right: mono.advance(text, size),
    ascent: (/[ÉÈÊÀÂÎÏÔÙÛÇ]/u.test(text) ? 1.0 : 0.72) * size,
    descent: (/[gjpqy,]/u.test(text) ? 0.22 : 0) * size,
  }),
};

function input(text: string, over: Partial<FitInput> = {}): FitInput {
  return { text, width: 600, height: 400, maxFontSize: 200, minFontSize: 6, lineHeight: 1.1, align: 'center', strokeWidth: () => 0, ...over };
}

const linesOf = (text: string, result: FitResult) => {
  const paragraphs = text.split('\n').map((p) => graphemes(p));
  return result.lines.map((l) => paragraphs[l.paragraph].slice(l.start, l.end).join('') + (l.hyphen ? '-' : ''));
};

describe('fitting text to its box', () => {
  it('finds the largest size whose ink fits, to a quarter pixel', () => {
    const text = 'abcdefghij';
    const result = fitText(input(text, { height: 1000 }), mono);
    // 10 letters x 0.6 em + 1 px each side <= 600 px: 99.67 px at most.
    expect(result.fontSize).toBeLessThanOrEqual(598 / 6);
    expect(result.fontSize).toBeGreaterThan(598 / 6 - 0.3);
    expect(result.fits).toBe(true);
  });

  it('moves the text down so an accented capital’s ink starts inside the box, and counts it in the height', () => {
    const plain = fitText(input('ETE', { maxFontSize: 100 }), mono);
    const accented = fitText(input('ÉTÉ', { maxFontSize: 100 }), mono);
    expect(plain.insetTop).toBe(0);
    // The É rises 1.0 em while the first baseline sits 0.879 em below the top.
    expect(accented.insetTop).toBeCloseTo(1.0 * 100 - firstBaseline(100) + 1, 5);
    // An outline adds its half width above the ink too.
    const outlined = fitText(input('ÉTÉ', { maxFontSize: 100, strokeWidth: (s) => s * 0.1 }), mono);
    expect(outlined.insetTop).toBeCloseTo(accented.insetTop + 5, 5);
  });

  it('no line starts with ? ! : ; or », no line ends with «, a no-break space never breaks', () => {
    const text = 'Vraiment ? Oui ! Alors : non ; « citation » fin\u00a0?';
    for (const width of [200, 260, 320, 400, 500, 700]) {
      const result = fitText(input(text, { width, maxFontSize: 60, minFontSize: 20 }), mono);
      for (const line of linesOf(text, result)) {
        expect(line).not.toMatch(/^[?!:;»]/);
        expect(line.trimEnd()).not.toMatch(/«$/);
        expect(line).not.toMatch(/^\u00a0|\u00a0$/);
      }
    }
  });

  it('balances lines: no lonely last word', () => {
    const text = 'one two three four five six seven eight nine';
    const result = fitText(input(text, { width: 700, height: 160, maxFontSize: 40, minFontSize: 40 }), mono);
    const lines = linesOf(text, result);
    expect(lines.length).toBe(2);
    const widths = lines.map((l) => mono.advance(l, 40));
    expect(Math.abs(widths[0] - widths[1])).toBeLessThanOrEqual(0.6 * 40 * 6);
    expect(lines[1].split(' ').length).toBeGreaterThan(2);
  });

  it('caps the lines at maxLines: the text gets smaller instead', () => {
    const text = 'one two three four five six';
    const free = fitText(input(text), mono);
    const capped = fitText(input(text, { maxLines: 1 }), mono);
    expect(free.lines.length).toBeGreaterThan(1);
    expect(capped.lines.length).toBe(1);
    expect(capped.fontSize).toBeLessThan(free.fontSize);
  });

  it('a word too long at the smallest size is hyphenated at a French point, then cut between graphemes', () => {
    const text = 'anticonstitutionnellement';
    const result = fitText(input(text, { width: 300, minFontSize: 40 }), mono);
    expect(result.fontSize).toBe(40);
    const lines = linesOf(text, result);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]).toMatch(/-$/);
    expect(lines.join('').replace(/-/g, '')).toBe(text);
    // French points only: "anti-cons-ti-tu-tion-nel-le-ment".
    for (const line of lines.slice(0, -1)) expect(['anti', 'cons', 'ti', 'tu', 'tion', 'nel', 'le'].some((end) => line.replace(/-$/, '').endsWith(end))).toBe(true);
    // Without any point, graphemes: every line but the last is full.
    const letters = 'x'.repeat(30);
    const cut = fitText(input(letters, { width: 300, minFontSize: 40 }), mono);
    expect(linesOf(letters, cut).join('')).toBe(letters);
    expect(cut.lines.every((l) => !l.hyphen)).toBe(true);
  });

  it('says so when even the smallest size cannot hold the text', () => {
    const text = 'word '.repeat(60).trim();
    const result = fitText(input(text, { width: 100, height: 40, minFontSize: 12 }), mono);
    expect(result.fontSize).toBe(12);
    expect(result.fits).toBe(false);
    expect(fitText(input('word', { width: 100, height: 40, minFontSize: 12 }), mono).fits).toBe(true);
  });

  it('a 40-letter word fits whole when a size at or above the smallest allows it', () => {
    const word = 'Intergouvernementalisationnellementissim';
    expect(graphemes(word).length).toBe(40);
    const result = fitText(input(word, { width: 900, height: 300 }), mono);
    expect(result.lines.length).toBe(1);
    expect(mono.advance(word, result.fontSize) + 2).toBeLessThanOrEqual(900);
  });

  it('the size never grows when characters are appended (property)', () => {
    const parts = ['été', 'À', 'l’île', '?', '!', '«', '»', 'anticonstitutionnellement', 'x', 'ok', '🔥', ' ', ' ', '\u00a0', '\n', 'ß'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { minLength: 1, maxLength: 12 }), fc.constantFrom(...parts), fc.integer({ min: 80, max: 700 }), fc.integer({ min: 40, max: 500 }), (words, more, width, height) => {
        const text = words.join('');
        const box = { width, height, maxFontSize: 160, minFontSize: 8, maxLines: 4 };
        const before = fitText(input(text, box), mono).fontSize;
        const after = fitText(input(text + more, box), mono).fontSize;
        expect(after).toBeLessThanOrEqual(before);
      }),
      { numRuns: 400 },
    );
  });
});

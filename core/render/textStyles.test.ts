import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as fabricNode from 'fabric/node';
import { TEXT_CASES } from '../schema/design';
import { fromFabricTextStyles, toFabricTextStyles } from './textStyles';

describe('style runs -> Fabric styles', () => {
  it('maps a run on one line to grapheme indexes', () => {
    const { text, styles } = toFabricTextStyles('BOLD thin', [{ start: 0, end: 4, fontWeight: 700, fill: '#ff0000' }]);
    expect(text).toBe('BOLD thin');
    expect(Object.keys(styles[0])).toEqual(['0', '1', '2', '3']);
    expect(styles[0][3]).toEqual({ fontWeight: 700, fill: '#ff0000' });
  });

  it('indexes by line and character, newlines excluded (\\n and \\r\\n)', () => {
    // 'ab\ncd\r\nef': c is offset 3, the run 4..7 covers d, \r, \n (no graphemes) and e.
    const { text, styles } = toFabricTextStyles('ab\ncd\r\nef', [{ start: 4, end: 8, underline: true }]);
    expect(text).toBe('ab\ncd\r\nef');
    expect(styles).toEqual({ 1: { 1: { underline: true } }, 2: { 0: { underline: true } } });
  });

  it('counts an emoji (surrogate pair, ZWJ sequence, skin tone) as one character, like Fabric', () => {
    const text = 'a👍🏽b👩‍👩‍👧c';
    // 'b' is after a (1) and 👍🏽 (4 code units): offset 5. 'c' is at 5 + 1 + 8 = 14.
    const { styles } = toFabricTextStyles(text, [{ start: 5, end: 6, fill: '#00ff00' }, { start: 14, end: 15, fontStyle: 'italic' }]);
    expect(styles[0]).toEqual({ 2: { fill: '#00ff00' }, 4: { fontStyle: 'italic' } });
    const textbox = new fabricNode.Textbox(text, { styles: { 0: styles[0] } });
    expect(textbox._textLines[0]).toHaveLength(5);
    expect(textbox._textLines[0][2]).toBe('b');
    expect(textbox._textLines[0][4]).toBe('c');
  });

  it('a run that starts inside a surrogate pair styles nothing it does not start', () => {
    // Offset 1 is the low half of 😀: no grapheme starts there.
    expect(toFabricTextStyles('😀x', [{ start: 1, end: 2, fill: '#000000' }]).styles).toEqual({});
    expect(toFabricTextStyles('😀x', [{ start: 0, end: 1, fill: '#000000' }]).styles).toEqual({ 0: { 0: { fill: '#000000' } } });
  });

  it('later runs win where runs overlap, and properties merge', () => {
    const { styles } = toFabricTextStyles('abc', [
      { start: 0, end: 3, fill: '#111111', fontWeight: 700 },
      { start: 1, end: 2, fill: '#222222' },
    ]);
    expect(styles[0]).toEqual({ 0: { fill: '#111111', fontWeight: 700 }, 1: { fill: '#222222', fontWeight: 700 }, 2: { fill: '#111111', fontWeight: 700 } });
  });

  it('upper-cases grapheme by grapheme so runs keep their letters (ß -> SS)', () => {
    const { text, styles } = toFabricTextStyles('aßb', [{ start: 1, end: 2, fill: '#ff0000' }], 'upper');
    expect(text).toBe('ASSB');
    expect(styles[0]).toEqual({ 1: { fill: '#ff0000' }, 2: { fill: '#ff0000' } });
    expect(toFabricTextStyles('sOldes\nd’été', undefined, 'upper').text).toBe('SOLDES\nD’ÉTÉ');
  });

  it('without runs gives the text back and no styles', () => {
    expect(toFabricTextStyles('x\ny', undefined)).toEqual({ text: 'x\ny', styles: {} });
    expect(toFabricTextStyles('', [])).toEqual({ text: '', styles: {} });
  });

  it('every styled index exists in the lines Fabric builds (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'é', ' ', '\n', '\r\n', '😀', '👍🏽', '🇫🇷', 'ß', 'x'), { maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(80), fc.nat(80)), { maxLength: 6 }),
        fc.constantFrom(...TEXT_CASES),
        (parts, pairs, textCase) => {
          const source = parts.join('');
          const runs = pairs
            .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }))
            .filter((r) => r.start < r.end && r.end <= source.length)
            .map((r) => ({ ...r, underline: true }));
          const { text, styles } = toFabricTextStyles(source, runs, textCase, { emojiFont: 'Noto Color Emoji' });
          const textbox = new fabricNode.Textbox(text, { width: 5000 });
          for (const [line, chars] of Object.entries(styles)) {
            for (const index of Object.keys(chars)) expect(textbox._unwrappedTextLines[Number(line)][Number(index)]).toBeDefined();
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('Fabric styles -> style runs (text edited on the canvas)', () => {
  it('merges neighbours with the same style, across a newline too', () => {
    const styles = { 0: { 1: { fontWeight: 'bold' }, 2: { fontWeight: 700 } }, 1: { 0: { fontWeight: 700 }, 2: { fill: '#ff0000', stroke: 'x' } } };
    expect(fromFabricTextStyles('abc\nd😀f', styles)).toEqual([
      { start: 1, end: 5, fontWeight: 700 },
      { start: 7, end: 8, fill: '#ff0000' },
    ]);
  });

  it('drops what runs cannot hold (gradients, unknown keys)', () => {
    expect(fromFabricTextStyles('ab', { 0: { 0: { fill: { type: 'linear' }, fontSize: 30 } } })).toEqual([]);
  });

  it('round-trips with toFabricTextStyles (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'é', ' ', '\n', '😀', '👍🏽', 'x'), { maxLength: 25 }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(60), fc.constantFrom({ fontWeight: 700 }, { fill: '#ff0000' }, { underline: true })), { maxLength: 5 }),
        (parts, pairs) => {
          const text = parts.join('');
          const runs = pairs
            .map(([a, b, style]) => ({ start: Math.min(a, b), end: Math.max(a, b), ...style }))
            .filter((r) => r.start < r.end && r.end <= text.length);
          const { styles } = toFabricTextStyles(text, runs);
          expect(toFabricTextStyles(text, fromFabricTextStyles(text, styles)).styles).toEqual(styles);
        },
      ),
      { numRuns: 300 },
    );
  });
});

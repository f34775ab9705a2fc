/**
 * Long words in a text box: Fabric widens a Textbox to its longest word, which let a pasted
 * address or a long hashtag push the box past the page. Affiche wraps at spaces and breaks a word
 * wider than the box between its letters (CSS `overflow-wrap: anywhere`, as Canva does), and
 * auto-fit shrinks the font so words stay whole when it can.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as fabricNode from 'fabric/node';
import { buildText, fitTextbox, type FabricNS } from '.';
import { createTextElement } from '../schema';

const fabric = fabricNode as unknown as FabricNS;
const LONG = 'Supercalifragilisticexpialidocious-antidisestablishmentarianism';

describe('wrapping a text to its box', () => {
  it('keeps the box width and breaks a word longer than the box between its letters', () => {
    const textbox = buildText(fabric, createTextElement({ x: 100, y: 0, width: 400, text: LONG, fontSize: 60 }));
    expect(textbox.width).toBe(400);
    expect(textbox._textLines.length).toBeGreaterThanOrEqual(3);
    // Every letter is still there, in order, and no line is wider than the box.
    expect(textbox._textLines.map((line) => line.join('')).join('')).toBe(LONG);
    for (let i = 0; i < textbox._textLines.length; i++) expect(textbox.getLineWidth(i)).toBeLessThanOrEqual(400 + 0.5);
    expect(textbox.left - textbox.width / 2).toBe(100);
  });

  it('wraps at spaces first: a long word starts a line of its own, short words stay whole', () => {
    const textbox = buildText(fabric, createTextElement({ x: 0, y: 0, width: 400, text: `Hello ${LONG} bye`, fontSize: 60, align: 'left' }));
    const lines = textbox._textLines.map((line) => line.join(''));
    expect(lines[0]).toBe('Hello');
    expect(lines[lines.length - 1].endsWith('bye')).toBe(true);
    expect(textbox.brokenLines.size).toBeGreaterThan(0);
    // Words that fit are never broken.
    const short = buildText(fabric, createTextElement({ x: 0, y: 0, width: 400, text: 'Soldes d’été sur toute la boutique ce week-end', fontSize: 60 }));
    expect(short.brokenLines.size).toBe(0);
    expect(short._textLines.length).toBeGreaterThan(1);
    for (const line of short._textLines) expect(line[0]).not.toBe(' ');
  });

  it('puts the cursor on the right character across a broken word (no space is missing there)', () => {
    const textbox = buildText(fabric, createTextElement({ x: 0, y: 0, width: 300, text: LONG, fontSize: 60, align: 'left' }));
    const firstLine = textbox._textLines[0].length;
    // The index right after the first line's last letter is the second line's first letter.
    expect(textbox.get2DCursorLocation(firstLine + 1)).toEqual({ lineIndex: 1, charIndex: 1 });
    const wrappedAtSpace = buildText(fabric, createTextElement({ x: 0, y: 0, width: 300, text: 'aaaa bbbb cccc dddd eeee ffff', fontSize: 60, align: 'left' }));
    const first = wrappedAtSpace._textLines[0].length;
    // At a space, the space is dropped: the next line starts one index further.
    expect(wrappedAtSpace.get2DCursorLocation(first + 1)).toEqual({ lineIndex: 1, charIndex: 0 });
  });

  it('counts a broken word\'s letters kerned as they are drawn ("O-" is wider than "O" and "-" apart)', () => {
    const textbox = buildText(fabric, createTextElement({ x: 0, y: 0, width: 152, text: 'O-.. @', fontSize: 85 }));
    for (let i = 0; i < textbox._textLines.length; i++) expect(textbox.getLineWidth(i)).toBeLessThanOrEqual(152.5);
    expect(textbox._textLines.map((line) => line.join('')).join('').replace(/ /g, '')).toBe('O-..@');
  });

  it('never draws a line wider than the box, whatever the words (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Z0-9éà#@.\-]{1,40}$/), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 60, max: 900 }),
        fc.integer({ min: 10, max: 120 }),
        (words, width, fontSize) => {
          const text = words.join(' ');
          const textbox = buildText(fabric, createTextElement({ x: 0, y: 0, width, text, fontSize }));
          expect(textbox.width).toBe(width);
          for (let i = 0; i < textbox._textLines.length; i++) {
            // A single letter wider than the box is the only thing allowed to stick out.
            if (textbox._textLines[i].length > 1) expect(textbox.getLineWidth(i)).toBeLessThanOrEqual(width + 0.5);
          }
          expect(textbox._textLines.map((line) => line.join('')).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('auto-fit shrinks the font until the longest word fits whole, and breaks it only at the smallest size', () => {
    const el = createTextElement({ x: 0, y: 0, width: 400, height: 300, text: LONG, fontSize: 120, autoFit: true });
    const textbox = buildText(fabric, el);
    expect(textbox.fontSize).toBeLessThan(120);
    expect(textbox.fontSize).toBeGreaterThan(6);
    // The compound breaks after its own hyphen, like a space: no hyphen added, no word cut.
    expect(textbox._textLines.map((line) => line.join(''))).toEqual(['Supercalifragilisticexpialidocious-', 'antidisestablishmentarianism']);
    expect(textbox.hyphenLines.size).toBe(0);
    for (let i = 0; i < 2; i++) expect(textbox.getLineWidth(i)).toBeLessThanOrEqual(400.5);
    // A box too narrow even at 6 px: the word breaks rather than leave the box.
    const narrow = buildText(fabric, { ...el, width: 40 });
    expect(narrow.fontSize).toBe(6);
    expect(narrow.width).toBe(40);
    expect(narrow.brokenLines.size).toBeGreaterThan(0);
    expect(fitTextbox(narrow, 120, 40, 300)).toBe(6);
  });
});

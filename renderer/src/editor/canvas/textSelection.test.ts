import { describe, expect, it } from 'vitest';
import * as fabricNode from 'fabric/node';
import type { Textbox } from 'fabric';
import { buildText } from '../../../../core/render/text';
import type { FabricNS } from '../../../../core/render/types';
import { createTextElement } from '../../../../core/schema/factory';
import type { TextElement } from '../../../../core/schema/design';
import { charStyleFromPatch, runsAfterEditing, selectionStyleOf, styleTextSelection } from './textSelection';

const fabric = fabricNode as unknown as FabricNS;
const element = (more: Partial<TextElement> = {}): TextElement => createTextElement({ x: 0, y: 0, width: 600, fontSize: 40, text: 'Hello world', ...more });

/** A textbox as the editor builds it, "being edited" with characters start..end selected. */
function editing(el: TextElement, start: number, end: number): Textbox {
  const textbox = buildText(fabric, el) as unknown as Textbox;
  Object.assign(textbox, { isEditing: true, selectionStart: start, selectionEnd: end });
  return textbox;
}

describe('charStyleFromPatch', () => {
  it('takes the properties characters can have', () => {
    expect(charStyleFromPatch({ fontWeight: 700 })).toEqual({ fontWeight: 700 });
    expect(charStyleFromPatch({ fill: '#e4572e', underline: true })).toEqual({ fill: '#e4572e', underline: true });
    expect(charStyleFromPatch({ fontStyle: 'italic', linethrough: false })).toEqual({ fontStyle: 'italic', linethrough: false });
  });

  it('refuses anything else: the patch is then for the whole element', () => {
    expect(charStyleFromPatch({})).toBeNull();
    expect(charStyleFromPatch({ fontSize: 20 })).toBeNull();
    expect(charStyleFromPatch({ fontFamily: 'Inter', fontWeight: 700 })).toBeNull();
    expect(charStyleFromPatch({ fill: { kind: 'radial', stops: [] } } as never)).toBeNull();
  });
});

describe('selectionStyleOf', () => {
  it('is on only when every selected character is', () => {
    const style = selectionStyleOf([
      { fontWeight: 700, fontStyle: 'italic', underline: true, fill: '#FF0000' },
      { fontWeight: 'bold', fontStyle: 'normal', underline: true, fill: '#00ff00' },
    ]);
    expect(style).toEqual({ bold: true, italic: false, underline: true, linethrough: false, fill: '#ff0000' });
    expect(selectionStyleOf([{ fontWeight: 400, fill: 'rgb(0,0,0)' }])).toMatchObject({ bold: false, fill: null });
    expect(selectionStyleOf([])).toBeNull();
  });
});

describe('styling the selected characters of a textbox', () => {
  it('styles exactly the selection, and editing ends with one run over it', () => {
    const el = element();
    const textbox = editing(el, 6, 11);
    expect(styleTextSelection(textbox, el, { fontWeight: 700 })).toBe(true);
    expect(styleTextSelection(textbox, el, { fill: '#e4572e' })).toBe(true);
    expect(textbox.getSelectionStyles(5, 7, true).map((s) => [s.fontWeight, s.fill])).toEqual([
      [400, '#111111'],
      [700, '#e4572e'],
    ]);
    expect(runsAfterEditing(el, textbox.text, textbox.styles)).toEqual([{ start: 6, end: 11, fontWeight: 700, fill: '#e4572e' }]);
  });

  it('does nothing without a selection, outside editing, or for a whole-element property', () => {
    const el = element();
    expect(styleTextSelection(editing(el, 3, 3), el, { fontWeight: 700 })).toBe(false);
    expect(styleTextSelection(editing(el, 0, 5), el, { fontSize: 12 })).toBe(false);
    const notEditing = editing(el, 0, 5);
    notEditing.isEditing = false;
    expect(styleTextSelection(notEditing, el, { fontWeight: 700 })).toBe(false);
    expect(styleTextSelection(null, el, { fontWeight: 700 })).toBe(false);
  });

  it('refits an auto-fit text after bolding widens it', () => {
    const el = element({ text: 'Wide wide wide', width: 300, height: 48, fontSize: 40, autoFit: true });
    const textbox = editing(el, 0, 14);
    const before = textbox.fontSize;
    styleTextSelection(textbox, el, { fontWeight: 700 });
    expect(textbox.fontSize).toBeLessThanOrEqual(before);
    expect(textbox.height).toBeCloseTo(48, 5);
  });
});

describe('runsAfterEditing', () => {
  it('drops runs that say what the element says, and keeps typed text with its styles', () => {
    const el = element({ styles: [{ start: 0, end: 5, fontWeight: 700 }] });
    const textbox = editing(el, 0, 5);
    styleTextSelection(textbox, el, { fontWeight: 400 });
    expect(runsAfterEditing(el, textbox.text, textbox.styles)).toEqual([]);
    // A new text: its runs are read over it as typed.
    expect(runsAfterEditing(el, 'Hi world', { 0: { 3: { underline: true }, 4: { underline: true } } })).toEqual([{ start: 3, end: 5, underline: true }]);
  });

  it('maps an upper-cased text back to the text as written when only styles changed', () => {
    // 'straße' shows as 'STRASSE': the style of the shown 'E' (index 6) belongs to the written 'e' (index 5).
    const el = element({ text: 'straße x', textCase: 'upper' });
    expect(runsAfterEditing(el, 'STRASSE X', { 0: { 4: { fill: '#ff0000' }, 5: { fill: '#ff0000' }, 6: { fill: '#ff0000' } } })).toEqual([
      { start: 4, end: 6, fill: '#ff0000' },
    ]);
  });
});

/**
 * Typing in a text box sends its words with the box where it now shows: the edge the text's
 * `verticalAlign` names (design schema v7) stays put, so a caption above a picture grows upward
 * in the editor as in every export.
 */
import { describe, expect, it } from 'vitest';
import * as fabricNode from 'fabric/node';
import type { Textbox } from 'fabric';
import { buildText } from '../../../../core/render/text';
import type { FabricNS } from '../../../../core/render/types';
import { createTextElement } from '../../../../core/schema/factory';
import type { TextElement } from '../../../../core/schema/design';
import { textEditFromObject } from './readBack';

const fabric = fabricNode as unknown as FabricNS;

/** The element's textbox after the user typed `text` into it. */
function typed(el: TextElement, text: string): Textbox {
  const textbox = buildText(fabric, el) as unknown as Textbox;
  textbox.set({ text });
  textbox.initDimensions();
  return textbox;
}

describe('a typed text keeps the edge it holds to', () => {
  const base = { x: 40, y: 300, width: 600, height: 48, fontSize: 40, text: 'One line' };

  it('bottom: more lines move its top up, its bottom edge stays', () => {
    const el = createTextElement({ ...base, verticalAlign: 'bottom' });
    const edit = textEditFromObject(el, typed(el, 'One line\ntwo lines\nthree lines'))!;
    expect(edit.height).toBeGreaterThan(base.height * 2.5);
    expect(edit.y + edit.height).toBeCloseTo(base.y + base.height, 6);
    // The record built again draws its last line where the typing showed it.
    const again = buildText(fabric, { ...el, text: edit.text, y: edit.y, height: edit.height });
    expect(again.top + again.height / 2).toBeCloseTo(base.y + base.height, 6);
  });

  it('top (and absent): its top edge stays, it grows downward', () => {
    for (const verticalAlign of [undefined, 'top'] as const) {
      const el = createTextElement({ ...base, verticalAlign });
      const edit = textEditFromObject(el, typed(el, 'One line\ntwo lines'))!;
      expect(edit.y).toBe(base.y);
      expect(edit.height).toBeGreaterThan(base.height * 1.5);
    }
  });

  it('auto-fit: the frame stays whatever the alignment', () => {
    const el = createTextElement({ ...base, height: 200, autoFit: true, verticalAlign: 'bottom' });
    const edit = textEditFromObject(el, typed(el, 'One line\ntwo lines'))!;
    expect([edit.y, edit.height]).toEqual([base.y, 200]);
  });
});

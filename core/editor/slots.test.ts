/**
 * Template slots in the editor: marking, renaming and unmarking an element is one action
 * (setSlot) with undo; slot names stay unique in a design whatever the user does (a name taken,
 * a duplicate, a paste, a copy between designs): every state saves (parseDesign accepts it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTextElement } from '../schema/factory';
import { parseDesign } from '../schema/parseDesign';
import type { Element } from '../schema/design';
import { walkElements } from '../schema/walk';
import { ACTIONS } from './registry';
import { byId, createTestEditor, rect } from './testing';

const slotNames = (design: Parameters<typeof walkElements>[0]) => {
  const names: string[] = [];
  walkElements(design, (el: Element) => void (el.slot && names.push(el.slot.name)));
  return names;
};

describe('template slots in the editor', () => {
  it('marks, renames and unmarks an element; each is undone', () => {
    const editor = createTestEditor();
    const [text] = editor.createElements([createTextElement({ x: 0, y: 0, width: 500, text: 'Hello' })]);
    editor.run(ACTIONS.setSlot, { id: text, slot: { kind: 'text', name: 'top', example: { en: 'Hello', fr: 'Bonjour' } } });
    expect(byId(editor, text).slot).toEqual({ kind: 'text', name: 'top', example: { en: 'Hello', fr: 'Bonjour' } });
    editor.tick(2000);
    editor.run(ACTIONS.setSlot, { id: text, slot: undefined });
    expect(byId(editor, text).slot).toBeUndefined();
    editor.undo();
    expect(byId(editor, text).slot).toMatchObject({ name: 'top' });
    editor.undo();
    expect(byId(editor, text).slot).toBeUndefined();
  });

  it('typing a name is one undo step', () => {
    const editor = createTestEditor();
    const [text] = editor.createElements([createTextElement({ x: 0, y: 0, width: 500, text: 'Hello' })]);
    editor.tick(2000);
    for (const name of ['t', 'ti', 'tit', 'titl', 'title']) editor.run(ACTIONS.setSlot, { id: text, slot: { kind: 'text', name } });
    expect(byId(editor, text).slot?.name).toBe('title');
    editor.undo();
    expect(byId(editor, text).slot).toBeUndefined();
  });

  it('a name another slot has (case aside) gets the next number; its own name stays', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([createTextElement({ x: 0, y: 0, width: 500, text: 'A' }), createTextElement({ x: 0, y: 100, width: 500, text: 'B' })]);
    editor.run(ACTIONS.setSlot, { id: a, slot: { kind: 'text', name: 'Top' } });
    editor.run(ACTIONS.setSlot, { id: b, slot: { kind: 'text', name: 'top' } });
    expect(byId(editor, b).slot?.name).toBe('top 2');
    editor.run(ACTIONS.setSlot, { id: a, slot: { kind: 'text', name: 'Top', required: true } });
    expect(byId(editor, a).slot).toEqual({ kind: 'text', name: 'Top', required: true });
  });

  it('a duplicate, a paste and an element created with a taken name are named apart', () => {
    const editor = createTestEditor();
    const [picture] = editor.createElements([rect(0, 0, 500, 500, { slot: { kind: 'image', name: 'picture 1', fit: 'cover', focalX: 0.5, focalY: 0.5 } })]);
    editor.select([picture]);
    const [copy] = editor.duplicateSelection();
    expect(byId(editor, copy).slot?.name).toBe('picture 2');
    editor.select([picture]);
    const payload = editor.copy()!;
    const [pasted] = editor.paste(payload);
    expect(byId(editor, pasted).slot?.name).toBe('picture 3');
    const [made] = editor.createElements([rect(0, 0, 10, 10, { slot: { kind: 'color', name: 'PICTURE 2', property: 'fill' } })]);
    expect(byId(editor, made).slot?.name).toBe('PICTURE 4');
    expect(() => parseDesign(editor.design)).not.toThrow();
  });

  it('whatever is marked, duplicated or pasted, the design stays valid (property)', () => {
    const step = fc.oneof(
      fc.record({ op: fc.constant('mark' as const), at: fc.nat(), name: fc.constantFrom('top', 'TOP', 'top 2', 'picture', 'label 3', ' x ') }),
      fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
      fc.record({ op: fc.constant('paste' as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const editor = createTestEditor();
        editor.createElements([createTextElement({ x: 0, y: 0, width: 300, text: 'a' }), createTextElement({ x: 0, y: 50, width: 300, text: 'b' })]);
        for (const s of steps) {
          const ids = editor.design.pages[0].elements.map((el) => el.id);
          const id = ids[s.at % ids.length];
          if (s.op === 'mark') editor.run(ACTIONS.setSlot, { id, slot: { kind: 'text', name: s.name } });
          editor.select([id]);
          if (s.op === 'duplicate') editor.duplicateSelection();
          if (s.op === 'paste') editor.paste(editor.copy()!);
        }
        const names = slotNames(editor.design).map((n) => n.trim().toLowerCase());
        expect(new Set(names).size).toBe(names.length);
        parseDesign(editor.design);
      }),
      { numRuns: 150 },
    );
  });
});

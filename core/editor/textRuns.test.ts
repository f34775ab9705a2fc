import { describe, expect, it } from 'vitest';
import { createTextElement } from '../schema/factory';
import type { TextElement } from '../schema/design';
import { clearOverriddenRuns, normalizeRuns, patchClearingRuns, sameRuns } from './textRuns';
import { createTestEditor, elementsOf } from './testing';

const text = (more: Partial<TextElement> = {}): TextElement => createTextElement({ x: 0, y: 0, width: 500, text: 'Hello big world', ...more });

describe('whole-element changes clear the runs they override', () => {
  const runs = [
    { start: 0, end: 5, fontWeight: 700, fill: '#ff0000' },
    { start: 6, end: 9, fontWeight: 400 },
  ];

  it('drops the property from every run, and runs left empty', () => {
    expect(clearOverriddenRuns(runs, { fontWeight: 700 })).toEqual([{ start: 0, end: 5, fill: '#ff0000' }]);
    expect(clearOverriddenRuns(runs, { fill: '#00ff00', fontWeight: 400 })).toEqual([]);
  });

  it('keeps the same list when no run sets a patched property, or when the patch sets the runs', () => {
    expect(clearOverriddenRuns(runs, { underline: true, fontSize: 30 })).toBe(runs);
    expect(clearOverriddenRuns(runs, { fontWeight: 700, styles: [] })).toBe(runs);
    expect(clearOverriddenRuns(undefined, { fontWeight: 700 })).toBeUndefined();
  });

  it('patchClearingRuns adds the new runs to the patch only when they change', () => {
    const el = text({ styles: runs });
    const patch = { italic: true } as never;
    expect(patchClearingRuns(el, patch)).toBe(patch);
    expect(patchClearingRuns(el, { fill: '#123456' })).toEqual({ fill: '#123456', styles: [{ start: 0, end: 5, fontWeight: 700 }, { start: 6, end: 9, fontWeight: 400 }] });
    const cleared = patchClearingRuns(el, { fontWeight: 400, fill: '#123456' });
    expect(cleared).toEqual({ fontWeight: 400, fill: '#123456', styles: undefined });
    expect('styles' in cleared).toBe(true);
  });

  it('applies through the headless editor: "make all bold" makes everything bold, and undo brings the runs back', () => {
    const editor = createTestEditor();
    const [id] = editor.createElements([text({ styles: runs })]);
    editor.updateSelection({ fontWeight: 700 });
    expect(elementsOf(editor)[0]).toMatchObject({ id, fontWeight: 700, styles: [{ start: 0, end: 5, fill: '#ff0000' }] });
    // A change of something else leaves the runs alone.
    editor.updateSelection({ fontSize: 80 });
    expect(elementsOf(editor)[0]).toMatchObject({ fontSize: 80, styles: [{ start: 0, end: 5, fill: '#ff0000' }] });
    editor.undo();
    editor.undo();
    expect(elementsOf(editor)[0]).toMatchObject({ fontWeight: 400, styles: runs });
    // The last runs going away remove the field.
    editor.updateSelection({ fontWeight: 400, fill: '#000000' });
    expect('styles' in elementsOf(editor)[0]).toBe(false);
  });
});

describe('normalizeRuns', () => {
  it('drops what the element already says and merges neighbours that become equal', () => {
    const el = text({ fontWeight: 400, fill: '#111111' });
    expect(
      normalizeRuns(
        [
          { start: 0, end: 3, fontWeight: 700 },
          { start: 3, end: 5, fontWeight: 700, fill: '#111111' },
          { start: 6, end: 9, fontWeight: 400, underline: true },
        ],
        el,
      ),
    ).toEqual([{ start: 0, end: 5, fontWeight: 700 }, { start: 6, end: 9, underline: true }]);
  });

  it('flattens overlaps (later runs win), clips to the text and sorts', () => {
    const el = text({ text: 'abcdef' });
    expect(
      normalizeRuns(
        [
          { start: 2, end: 10, fill: '#ff0000' },
          { start: 0, end: 4, fill: '#00ff00' },
        ],
        el,
      ),
    ).toEqual([{ start: 0, end: 4, fill: '#00ff00' }, { start: 4, end: 6, fill: '#ff0000' }]);
    expect(normalizeRuns(undefined, el)).toEqual([]);
  });

  it('sameRuns compares property by property', () => {
    expect(sameRuns([{ start: 0, end: 1, fontWeight: 700, fill: '#ff0000' }], [{ fill: '#ff0000', start: 0, end: 1, fontWeight: 700 }])).toBe(true);
    expect(sameRuns([{ start: 0, end: 1, fontWeight: 700 }], [{ start: 0, end: 2, fontWeight: 700 }])).toBe(false);
    expect(sameRuns([], [{ start: 0, end: 1, underline: true }])).toBe(false);
  });
});

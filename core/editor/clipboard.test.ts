import { describe, expect, it } from 'vitest';
import { createImageElement } from '../schema/factory';
import { isClipboardPayload, PASTE_OFFSET } from './actions';
import { byId, createTestEditor, elementsOf, rect, testDesign } from './testing';

const assetId = 'b'.repeat(64);

describe('HeadlessEditor: copy and paste', () => {
  it('copies a serialisable payload with the source design and asset ids, without a step', () => {
    const editor = createTestEditor();
    editor.createElements([rect(0, 0), createImageElement({ assetId, x: 10, y: 10, width: 50, height: 50 })]);
    editor.group();
    const depth = editor.undoDepth;
    const payload = editor.copy()!;
    expect(editor.undoDepth).toBe(depth);
    expect(payload.sourceDesignId).toBe(editor.design.id);
    expect(payload.assetIds).toEqual([assetId]);
    const wire = JSON.parse(JSON.stringify(payload));
    expect(wire).toEqual(payload);
    expect(isClipboardPayload(wire)).toBe(true);
    expect(isClipboardPayload({ kind: 'something else' })).toBe(false);
    editor.deselect();
    expect(editor.copy()).toBeNull();
  });

  it('the payload does not change when the design changes later', () => {
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(0, 0)]);
    const payload = editor.copy()!;
    editor.updateElements([{ id: a, patch: { x: 500 } }]);
    expect(payload.elements[0].x).toBe(0);
  });

  it('pastes into the same page with new ids, offset, cascading on repeated pastes', () => {
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(100, 100)]);
    const payload = editor.copy()!;
    const [first] = editor.paste(payload);
    const [second] = editor.paste(payload);
    expect(first).not.toBe(a);
    expect(byId(editor, first)).toMatchObject({ x: 100 + PASTE_OFFSET, y: 100 + PASTE_OFFSET });
    expect(byId(editor, second)).toMatchObject({ x: 100 + 2 * PASTE_OFFSET, y: 100 + 2 * PASTE_OFFSET });
    expect(editor.selection).toEqual([second]);
    editor.undo();
    expect(editor.selection).toEqual([first]);
  });

  it('pastes into another design at the same position, keeping asset ids, groups with new ids', () => {
    const source = createTestEditor();
    const [img] = source.createElements([createImageElement({ assetId, x: 10, y: 20, width: 50, height: 50 }), rect(200, 200)]);
    source.selectAll();
    const g = source.group()!;
    const payload = JSON.parse(JSON.stringify(source.copy()));

    const target = createTestEditor(testDesign('Other'));
    expect(target.design.id).not.toBe(source.design.id);
    const [pasted] = target.paste(payload);
    const group = byId(target, pasted);
    if (group.type !== 'group') throw new Error('not a group');
    expect(pasted).not.toBe(g);
    expect(group).toMatchObject({ x: 10, y: 20 });
    expect(group.children.some((c) => c.id === img)).toBe(false);
    const image = group.children.find((c) => c.type === 'image');
    expect(image && image.type === 'image' && image.assetId).toBe(assetId);
    expect(elementsOf(target)).toHaveLength(1);
  });

  it('ignores a payload that is not ours', () => {
    const editor = createTestEditor();
    const before = editor.design;
    expect(editor.paste({ kind: 'x' } as never)).toEqual([]);
    expect(editor.design).toBe(before);
  });
});

import { describe, expect, it } from 'vitest';
import { createTextElement } from '../schema/factory';
import { DUPLICATE_OFFSET } from './actions';
import { byId, createTestEditor, elementsOf, rect } from './testing';

describe('HeadlessEditor: elements and selection', () => {
  it('creates elements, selects them and returns their ids', () => {
    const editor = createTestEditor();
    const ids = editor.createElements([rect(0, 0), createTextElement({ x: 10, y: 10, width: 300 })]);
    expect(ids).toHaveLength(2);
    expect(editor.selection).toEqual(ids);
    expect(elementsOf(editor).map((e) => e.id)).toEqual(ids);
  });

  it('gives a fresh id to an element whose id is taken', () => {
    const editor = createTestEditor();
    const a = rect(0, 0);
    editor.createElements([a]);
    const [again] = editor.createElements([a]);
    expect(again).not.toBe(a.id);
    expect(elementsOf(editor)).toHaveLength(2);
  });

  it('gives distinct ids to the same element created twice in one batch', () => {
    const editor = createTestEditor();
    const a = rect(0, 0);
    const ids = editor.createElements([a, a]);
    expect(new Set(ids).size).toBe(2);
  });

  it('selects, extends, selects all (not locked or hidden) and deselects', () => {
    const editor = createTestEditor();
    const [a, b, c, d] = editor.createElements([rect(0, 0), rect(1, 1), rect(2, 2, 10, 10, { locked: true }), rect(3, 3, 10, 10, { hidden: true })]);
    editor.select([a]);
    expect(editor.selection).toEqual([a]);
    editor.select([b], true);
    expect(editor.selection).toEqual([a, b]);
    editor.select(['nope']);
    expect(editor.selection).toEqual([]);
    editor.selectAll();
    expect(editor.selection).toEqual([a, b]);
    expect(editor.selection).not.toContain(c);
    expect(editor.selection).not.toContain(d);
    editor.deselect();
    expect(editor.selection).toEqual([]);
  });

  it('updates elements at any depth and returns the same design for a no-op', () => {
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(0, 0)]);
    editor.updateElements([{ id: a, patch: { fill: '#ff0000', opacity: 0.5 } }]);
    expect(byId(editor, a)).toMatchObject({ fill: '#ff0000', opacity: 0.5 });
    const before = editor.design;
    const depth = editor.undoDepth;
    editor.updateElements([{ id: a, patch: { fill: '#ff0000' } }]);
    expect(editor.design).toBe(before);
    expect(editor.undoDepth).toBe(depth);
  });

  it('deletes the selection but not locked elements, and undo brings both elements and selection back', () => {
    const editor = createTestEditor();
    const [a, b, locked] = editor.createElements([rect(0, 0), rect(200, 0), rect(400, 0, 10, 10, { locked: true })]);
    editor.select([a, b, locked]);
    editor.deleteSelection();
    expect(elementsOf(editor).map((e) => e.id)).toEqual([locked]);
    expect(editor.selection).toEqual([locked]);
    editor.undo();
    expect(elementsOf(editor).map((e) => e.id)).toEqual([a, b, locked]);
    expect(editor.selection).toEqual([a, b, locked]);
    editor.redo();
    expect(elementsOf(editor)).toHaveLength(1);
  });

  it('duplicates deeply with new ids, offset by 20 px, and selects the copies', () => {
    const editor = createTestEditor();
    editor.createElements([rect(0, 0), rect(200, 0)]);
    const group = editor.group()!;
    const [copy] = editor.duplicateSelection();
    expect(copy).not.toBe(group);
    const original = byId(editor, group);
    const dup = byId(editor, copy);
    expect(dup.x).toBe(original.x + DUPLICATE_OFFSET);
    expect(dup.y).toBe(original.y + DUPLICATE_OFFSET);
    if (dup.type !== 'group' || original.type !== 'group') throw new Error('expected groups');
    const ids = new Set(original.children.map((c) => c.id));
    expect(dup.children.some((c) => ids.has(c.id))).toBe(false);
    expect(dup.children.map((c) => [c.x, c.y])).toEqual(original.children.map((c) => [c.x, c.y]));
    expect(editor.selection).toEqual([copy]);
  });

  it('locks, hides and renames, including a group child', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0), rect(200, 0)]);
    editor.setLocked([a], true);
    editor.setHidden([a], true);
    editor.rename(a, 'Background');
    expect(byId(editor, a)).toMatchObject({ locked: true, hidden: true, name: 'Background' });
    editor.setLocked([a], false); // a locked element stays out of a group
    editor.select([a, b]);
    const g = editor.group()!;
    editor.rename(b, 'Inner');
    const group = byId(editor, g);
    expect(group.type === 'group' && group.children.find((c) => c.id === b)?.name).toBe('Inner');
  });

  it('sets the page background fill and image, and removes the image', () => {
    const editor = createTestEditor();
    const assetId = 'a'.repeat(64);
    editor.setBackground({ fill: '#000000' });
    editor.setBackground({ image: { assetId, fit: 'cover', focalX: 0.5, focalY: 0.5 } });
    expect(editor.design.pages[0].background).toEqual({ fill: '#000000', image: { assetId, fit: 'cover', focalX: 0.5, focalY: 0.5 } });
    const depth = editor.undoDepth;
    editor.setBackground({ fill: '#000000' });
    expect(editor.undoDepth).toBe(depth);
    editor.setBackground({ image: null });
    expect(editor.design.pages[0].background).toEqual({ fill: '#000000' });
    editor.undo();
    expect(editor.design.pages[0].background.image?.assetId).toBe(assetId);
  });

  it('switches page without an undo step and clears the selection', () => {
    const design = createTestEditor().design;
    const twoPages = { ...design, pages: [design.pages[0], { ...design.pages[0], id: 'p2' }] };
    const editor = createTestEditor(twoPages);
    editor.createElements([rect(0, 0)]);
    editor.setPageIndex(1);
    expect(editor.pageIndex).toBe(1);
    expect(editor.selection).toEqual([]);
    expect(editor.undoDepth).toBe(1);
    editor.setPageIndex(5);
    expect(editor.pageIndex).toBe(1);
    // Undo goes back to the page where the step was taken, so the user sees what was undone.
    editor.undo();
    expect(editor.pageIndex).toBe(0);
    expect(elementsOf(editor)).toHaveLength(0);
  });

  it('notifies subscribers of every change, and stops after unsubscribe', () => {
    const editor = createTestEditor();
    const seen: number[] = [];
    const stop = editor.subscribe((state) => seen.push(state.design.pages[0].elements.length));
    editor.createElements([rect(0, 0)]);
    editor.undo();
    stop();
    editor.redo();
    expect(seen).toEqual([1, 0]);
  });

  it('keeps untouched elements by identity (the canvas rebuilds only what changed)', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0), rect(200, 0)]);
    const before = elementsOf(editor);
    editor.select([a]);
    editor.moveSelection(1, 1);
    expect(elementsOf(editor)[1]).toBe(before[1]);
    expect(byId(editor, b)).toBe(before[1]);
  });

  it('colours the whole selection; a quick burst is one step, but not across selections', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0), rect(200, 0)]);
    editor.select([a, b]);
    for (const fill of ['#000001', '#000002', '#000003']) editor.updateSelection({ fill }, 'fill');
    expect(editor.undoDepth).toBe(2);
    expect([byId(editor, a), byId(editor, b)].map((e) => e.type === 'shape' && e.fill)).toEqual(['#000003', '#000003']);
    editor.select([a]);
    editor.updateSelection({ fill: '#000004' }, 'fill');
    expect(editor.undoDepth).toBe(3);
  });

  it('deletes by id (layers panel) and removes a text box emptied by editing', () => {
    const editor = createTestEditor();
    const [a, t, locked] = editor.createElements([rect(0, 0), createTextElement({ x: 0, y: 0, width: 100 }), rect(5, 5, 5, 5, { locked: true })]);
    editor.deleteElements([a, locked]);
    expect(elementsOf(editor).map((e) => e.id)).toEqual([t, locked]);
    editor.commitTextEdit(t, { text: 'Hi', height: 90 });
    expect(byId(editor, t)).toMatchObject({ text: 'Hi', height: 90 });
    editor.commitTextEdit(t, { text: '  ' });
    expect(elementsOf(editor).map((e) => e.id)).toEqual([locked]);
  });

  it('renames the design; typing the name is one step', () => {
    const editor = createTestEditor();
    for (const name of ['P', 'Po', 'Pos', 'Post']) editor.renameDesign(name);
    expect(editor.design.name).toBe('Post');
    expect(editor.undoDepth).toBe(1);
  });
});

describe('HeadlessEditor: read-only designs', () => {
  it('selects and changes page but never changes the design', async () => {
    const { createEditor } = await import('./editor');
    const seed = createTestEditor();
    const [id] = seed.createElements([rect(0, 0)]);
    const editor = createEditor(seed.design, { readOnly: true });
    const before = editor.design;
    editor.select([id]);
    expect(editor.selection).toEqual([id]);
    editor.deleteSelection();
    editor.moveSelection(10, 10);
    editor.createElements([rect(5, 5)]);
    expect(editor.design).toBe(before);
    expect(editor.canUndo).toBe(false);
  });
});

describe('HeadlessEditor: patches', () => {
  it('a key set to undefined removes an optional field; absent keys are left alone', () => {
    const editor = createTestEditor();
    const [id] = editor.createElements([rect(0, 0, 100, 100, { stroke: { color: '#000000', width: 4 } })]);
    editor.updateElements([{ id, patch: { stroke: undefined } }]);
    expect('stroke' in byId(editor, id)).toBe(false);
    expect(byId(editor, id).width).toBe(100);
    const before = editor.design;
    editor.updateElements([{ id, patch: { stroke: undefined } }]);
    expect(editor.design).toBe(before);
    editor.undo();
    expect(byId(editor, id)).toMatchObject({ stroke: { color: '#000000', width: 4 } });
  });
});

import { describe, expect, it } from 'vitest';
import { createTextElement } from '../schema/factory';
import { COALESCE_MS, HISTORY_LIMIT } from './history';
import { byId, createTestEditor, elementsOf, rect } from './testing';

describe('HeadlessEditor: history', () => {
  it('loading a design is no undo step and starts a fresh history', () => {
    const editor = createTestEditor();
    editor.createElements([rect(0, 0)]);
    const other = createTestEditor().design;
    editor.load(other);
    expect(editor.design).toBe(other);
    expect(editor.canUndo).toBe(false);
    expect(editor.canRedo).toBe(false);
  });

  it('keeps 150 steps (more than the 100 required) and undoes them in order', () => {
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(0, 0)]);
    for (let i = 1; i <= 150; i++) {
      editor.updateElements([{ id: a, patch: { x: i } }]);
      editor.tick(10);
    }
    expect(editor.undoDepth).toBe(151);
    for (let i = 149; i >= 0; i--) {
      editor.undo();
      expect(byId(editor, a).x).toBe(i);
    }
    editor.undo();
    expect(elementsOf(editor)).toHaveLength(0);
    expect(editor.canUndo).toBe(false);
  });

  it('drops the oldest steps past the limit', () => {
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(0, 0)]);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i++) editor.updateElements([{ id: a, patch: { x: i } }]);
    expect(editor.undoDepth).toBe(HISTORY_LIMIT);
  });

  it('a drag is one step: begin, many moves, end', () => {
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(0, 0)]);
    const depth = editor.undoDepth;
    editor.beginGesture();
    for (let i = 0; i < 30; i++) {
      editor.moveSelection(5, 2);
      editor.tick(1500); // slower than the coalescing window: only the gesture merges these
    }
    editor.endGesture();
    expect(editor.undoDepth).toBe(depth + 1);
    expect(byId(editor, a)).toMatchObject({ x: 150, y: 60 });
    editor.undo();
    expect(byId(editor, a)).toMatchObject({ x: 0, y: 0 });
    editor.redo();
    expect(byId(editor, a)).toMatchObject({ x: 150, y: 60 });
  });

  it('a resize and a rotate are one step each; a gesture that changed nothing is none', () => {
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(0, 0)]);
    editor.beginGesture();
    editor.endGesture();
    expect(editor.undoDepth).toBe(1);
    editor.beginGesture();
    for (const w of [110, 120, 130]) editor.updateElements([{ id: a, patch: { width: w } }]);
    editor.endGesture();
    editor.beginGesture();
    for (const r of [5, 10, 15]) editor.updateElements([{ id: a, patch: { rotation: r } }]);
    editor.endGesture();
    expect(editor.undoDepth).toBe(3);
    editor.undo();
    expect(byId(editor, a)).toMatchObject({ width: 130, rotation: 0 });
  });

  it('cancelling a gesture puts everything back and records nothing', () => {
    const editor = createTestEditor();
    const [a] = editor.createElements([rect(0, 0)]);
    editor.beginGesture();
    editor.moveSelection(50, 50);
    editor.cancelGesture();
    expect(byId(editor, a)).toMatchObject({ x: 0, y: 0 });
    expect(editor.undoDepth).toBe(1);
  });

  it('typing merges into one step until a pause of a second', () => {
    const editor = createTestEditor();
    const [t] = editor.createElements([createTextElement({ x: 0, y: 0, width: 300, text: '' })]);
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) {
      editor.setText(t, text);
      editor.tick(200);
    }
    editor.tick(COALESCE_MS);
    editor.setText(t, 'Hello!');
    expect(editor.undoDepth).toBe(3);
    editor.undo();
    expect(byId(editor, t)).toMatchObject({ text: 'Hello' });
    editor.undo();
    expect(byId(editor, t)).toMatchObject({ text: '' });
  });

  it('selecting something else ends a typing burst', () => {
    const editor = createTestEditor();
    const [t, r] = editor.createElements([createTextElement({ x: 0, y: 0, width: 300, text: '' }), rect(0, 0)]);
    editor.setText(t, 'a');
    editor.select([r]);
    editor.select([t]);
    editor.setText(t, 'ab');
    expect(editor.undoDepth).toBe(3);
  });

  it('a selection change alone is no step, but undo restores the selection of its time', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0), rect(200, 0)]);
    editor.select([a]);
    editor.moveSelection(10, 0);
    editor.select([b]);
    expect(editor.undoDepth).toBe(2);
    editor.undo();
    expect(editor.selection).toEqual([a]);
    expect(byId(editor, a).x).toBe(0);
    editor.redo();
    expect(editor.selection).toEqual([b]);
    expect(byId(editor, a).x).toBe(10);
  });

  it('a new action drops the redo branch', () => {
    const editor = createTestEditor();
    editor.createElements([rect(0, 0)]);
    editor.undo();
    editor.createElements([rect(5, 5)]);
    expect(editor.canRedo).toBe(false);
  });
});

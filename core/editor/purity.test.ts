/**
 * The headless editor's actions never mutate their input (history keeps old states by reference,
 * so a mutation would corrupt undo). What it may import is checked with every other folder's rules
 * in scripts/importBoundaries.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { createImageElement } from '../schema/factory';
import * as actions from './actions';
import type { EditorState } from './types';
import { createTestEditor, rect } from './testing';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('core/editor purity', () => {
  it('no action mutates the state it is given', () => {
    const editor = createTestEditor();
    const ids = editor.createElements([
      rect(0, 0),
      rect(300, 100, 200, 50, { rotation: 30 }),
      rect(600, 400, 80, 80, { locked: true }),
      createImageElement({ assetId: 'c'.repeat(64), x: 10, y: 700, width: 100, height: 100 }),
    ]);
    editor.select(ids.slice(0, 2));
    editor.group();
    editor.selectAll();
    const state: EditorState = deepFreeze(structuredClone(editor.getState()));
    const payload = actions.copySelection(state)!;
    const runs: Array<(s: EditorState) => EditorState> = [
      (s) => actions.createElements(s, { elements: [rect(1, 1)] }),
      (s) => actions.updateElements(s, { changes: ids.map((id) => ({ id, patch: { opacity: 0.3 } })) }),
      (s) => actions.deleteSelection(s),
      (s) => actions.duplicateSelection(s),
      (s) => actions.moveSelection(s, { dx: 3, dy: 4 }),
      (s) => actions.nudge(s, { direction: 'left', shift: true }),
      (s) => actions.align(s, { edge: 'center' }),
      (s) => actions.distribute(s, { axis: 'vertical' }),
      (s) => actions.group(s),
      (s) => actions.resizeElements(s, { changes: s.selection.map((id) => ({ id, box: { x: 0, y: 0, width: 50, height: 60 } })) }),
      (s) => actions.ungroup(s),
      (s) => actions.bringForward(s),
      (s) => actions.sendBackward(s),
      (s) => actions.bringToFront(s),
      (s) => actions.sendToBack(s),
      (s) => actions.reorder(s, { id: ids[3], index: 0 }),
      (s) => actions.setLocked(s, { ids, locked: true }),
      (s) => actions.setHidden(s, { ids, hidden: true }),
      (s) => actions.rename(s, { id: ids[0], name: 'x' }),
      (s) => actions.paste(s, { payload }),
      (s) => actions.setBackground(s, { fill: '#123456' }),
      (s) => actions.renameDesign(s, { name: 'Renamed' }),
      (s) => actions.select(s, { ids: [ids[3]] }),
      (s) => actions.deselect(s),
      (s) => actions.replaceImage(s, { id: ids[3], assetId: 'd'.repeat(64) }),
      (s) => actions.setSoundtrack(s, { assetId: 'e'.repeat(64) }),
      (s) => actions.setFontFamily(s, { family: 'Brand' }),
      (s) => actions.toggleLock(s),
      (s) => actions.addText(s, { text: 'Hi', at: { x: 5, y: 5 } }),
      (s) => actions.addShape(s, { shape: 'star', name: 'Star' }),
      (s) => actions.insertMedia(s, { kind: 'video', assetId: 'f'.repeat(64), name: 'clip', width: 16, height: 9 }),
      (s) => actions.updateSelection(s, { patch: { opacity: 0.2 }, control: 'opacity' }),
      (s) => actions.setPosition(s, { id: ids[0], x: 7, rotation: 12 }),
      (s) => actions.setConstraints(s, { id: ids[0], constraints: { horizontal: 'right', vertical: 'top' } }),
      (s) => actions.setAspectLocked(s, { id: ids[0], locked: true }),
      (s) => actions.setText(s, { id: ids[0], text: 'x' }),
      (s) => actions.setText(s, { id: ids[0], text: 'xy', styles: undefined, height: 40 }),
      (s) => actions.setTextHeights(s, { heights: [{ id: ids[0], height: 12 }] }),
      (s) => actions.rename(s, { id: ids[0], name: '' }),
      (s) => actions.commitTextEdit(s, { id: ids[0], edit: { text: '' } }),
    ];
    const snapshot = structuredClone(state);
    // Mutating a frozen object throws in strict mode (ES modules), so each run proves it on its own.
    for (const run of runs) run(state);
    expect(state).toEqual(snapshot);
  });
});

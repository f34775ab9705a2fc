/**
 * The action registry (registry.ts) driven as the keyboard and the menus drive it: by key events
 * (HeadlessEditor.keyDown) and by action objects (run, can). What a key does, what bursts make one
 * undo step and when an action applies are decided here and nowhere in the UI.
 */
import { describe, expect, it } from 'vitest';
import { createTextElement } from '../schema/factory';
import type { KeyLike } from './keys';
import { ACTIONS, COPY, EDITOR_COMMANDS, HISTORY } from './registry';
import { byId, createTestEditor, elementsOf, rect, testDesign } from './testing';
import { HeadlessEditor } from './editor';
import { NUDGE_SHIFT_PX } from './actions';

/** 'Shift+Mod+Z' as a key event (Mod pressed as Ctrl). */
function press(combination: string): KeyLike {
  const parts = combination.split('+');
  const last = parts[parts.length - 1];
  return { key: last === 'Space' ? ' ' : last, ctrlKey: parts.includes('Mod'), metaKey: false, shiftKey: parts.includes('Shift'), altKey: parts.includes('Alt') };
}

describe('the registry', () => {
  it('names each action by its key, and no two commands share a name', () => {
    for (const [key, action] of Object.entries(ACTIONS)) expect(action.name).toBe(key);
    const names = EDITOR_COMMANDS.map((command) => command.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(['undo', 'redo', 'copy']);
  });

  it('every shortcut runs the command it belongs to', () => {
    for (const command of EDITOR_COMMANDS) {
      for (const shortcut of command.shortcuts ?? []) {
        for (const combination of shortcut.keys) {
          // Playback applies to a video, and its arrows step frames while nothing is selected.
          const playback = command.section === 'playback';
          const editor = createTestEditor(playback ? { ...testDesign(), kind: 'video' } : undefined);
          const seen: string[] = [];
          const original = editor.run.bind(editor);
          editor.run = ((action, ...args) => {
            seen.push(action.name);
            return original(action, ...args);
          }) as typeof editor.run;
          // Give every action something to act on, so that none is greyed out (slides: a second one).
          if (command.section === 'slides') editor.run(ACTIONS.addSlide, { mode: 'blank' });
          editor.createElements([rect(0, 0), rect(200, 0), createTextElement({ x: 0, y: 300, width: 200 })]);
          editor.selectAll();
          if (command === ACTIONS.ungroup) editor.group();
          if (command === HISTORY.redo) editor.undo();
          if (playback) editor.deselect();
          seen.length = 0;
          const handled = editor.keyDown(press(combination));
          if (shortcut.clipboard) {
            expect(handled, combination).toBe(false);
            continue;
          }
          expect(handled, combination).toBe(true);
          if (command === HISTORY.undo || command === HISTORY.redo) continue;
          expect(seen, combination).toEqual([command.name]);
        }
      }
    }
  });
});

describe('keyboard, as keyDown runs it', () => {
  it('Ctrl+A selects what the select-all action selects: locked and hidden elements stay out', () => {
    const editor = createTestEditor();
    const [free, locked, hidden] = editor.createElements([rect(0, 0), rect(200, 0, 100, 100, { locked: true }), rect(400, 0, 100, 100, { hidden: true })]);
    editor.deselect();
    expect(editor.keyDown(press('Mod+A'))).toBe(true);
    expect(editor.selection).toEqual([free]);
    expect(editor.selection).not.toContain(locked);
    expect(editor.selection).not.toContain(hidden);
  });

  it('arrows nudge 1 px, 10 px with Shift; a held arrow is one undo step, a pause starts another', () => {
    const editor = createTestEditor();
    const [id] = editor.createElements([rect(100, 100)]);
    const before = editor.undoDepth;
    for (let i = 0; i < 5; i++) {
      editor.keyDown(press('ArrowRight'));
      editor.tick(30);
    }
    editor.keyDown(press('Shift+ArrowDown'));
    expect(byId(editor, id)).toMatchObject({ x: 105, y: 100 + NUDGE_SHIFT_PX });
    expect(editor.undoDepth).toBe(before + 1);
    editor.tick(1500);
    editor.keyDown(press('ArrowLeft'));
    expect(editor.undoDepth).toBe(before + 2);
    editor.undo();
    editor.undo();
    expect(byId(editor, id)).toMatchObject({ x: 100, y: 100 });
  });

  it('nudging another selection is another step, even within the second', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0), rect(300, 0)]);
    editor.select([a]);
    const before = editor.undoDepth;
    editor.keyDown(press('ArrowRight'));
    editor.select([b]);
    editor.keyDown(press('ArrowRight'));
    expect(editor.undoDepth).toBe(before + 2);
  });

  it('a shortcut that does not apply is still the editor’s, and changes nothing', () => {
    const editor = createTestEditor();
    const before = editor.getState();
    expect(editor.keyDown(press('Mod+G'))).toBe(true);
    expect(editor.keyDown(press('Delete'))).toBe(true);
    expect(editor.getState()).toBe(before);
    expect(editor.keyDown(press('Mod+K'))).toBe(false);
    expect(editor.keyDown(press('Mod+C'))).toBe(false);
  });

  it('Delete, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y', () => {
    const editor = createTestEditor();
    const [id] = editor.createElements([rect(0, 0)]);
    editor.keyDown(press('Delete'));
    expect(elementsOf(editor)).toHaveLength(0);
    editor.keyDown(press('Mod+Z'));
    expect(elementsOf(editor).map((el) => el.id)).toEqual([id]);
    expect(editor.selection).toEqual([id]);
    editor.keyDown(press('Shift+Mod+Z'));
    expect(elementsOf(editor)).toHaveLength(0);
    editor.keyDown(press('Mod+Z'));
    editor.keyDown(press('Mod+Y'));
    expect(elementsOf(editor)).toHaveLength(0);
  });

  it('Shift+Ctrl+L locks the selection, and unlocks it when all of it is locked', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0), rect(200, 0, 100, 100, { locked: true })]);
    editor.select([a, b]);
    editor.keyDown(press('Shift+Mod+L'));
    expect([byId(editor, a).locked, byId(editor, b).locked]).toEqual([true, true]);
    editor.keyDown(press('Shift+Mod+L'));
    expect([byId(editor, a).locked, byId(editor, b).locked]).toEqual([false, false]);
  });

  it('a read-only design takes selection keys and refuses edits', () => {
    const design = testDesign();
    design.pages[0].elements.push(rect(0, 0));
    const editor = new HeadlessEditor(design, { readOnly: true });
    expect(editor.keyDown(press('Mod+A'))).toBe(true);
    expect(editor.selection).toHaveLength(1);
    expect(editor.keyDown(press('Delete'))).toBe(true);
    expect(editor.keyDown(press('ArrowLeft'))).toBe(true);
    expect(editor.design).toBe(design);
    expect(editor.can(ACTIONS.delete)).toBe(false);
    expect(editor.can(COPY)).toBe(true);
    expect(editor.can(HISTORY.undo)).toBe(false);
  });
});

describe('when actions apply (menus grey them out otherwise)', () => {
  it('follows the selection', () => {
    const editor = createTestEditor();
    const [a, b, c] = editor.createElements([rect(0, 0), rect(200, 0, 100, 100, { locked: true }), rect(400, 0)]);
    editor.deselect();
    expect([ACTIONS.duplicate, ACTIONS.delete, ACTIONS.group, ACTIONS.ungroup, ACTIONS.deselect, COPY].map((x) => editor.can(x))).toEqual([false, false, false, false, false, false]);
    expect(editor.can(ACTIONS.selectAll)).toBe(true);
    editor.select([b]);
    // A locked element can be copied but not deleted; it stays out of a group.
    expect([editor.can(COPY), editor.can(ACTIONS.delete), editor.can(ACTIONS.group)]).toEqual([true, false, false]);
    editor.select([a, b]);
    expect(editor.can(ACTIONS.group)).toBe(false);
    editor.select([a, c]);
    expect(editor.can(ACTIONS.group)).toBe(true);
    expect(editor.can(ACTIONS.distribute)).toBe(false);
    editor.group();
    expect(editor.can(ACTIONS.ungroup)).toBe(true);
  });

  it('runs nothing that does not apply', () => {
    const editor = createTestEditor();
    const before = editor.getState();
    expect(editor.run(ACTIONS.resetToMaster)).toBe(before);
    expect(editor.run(ACTIONS.updateSelection, { patch: { opacity: 0.5 } })).toBe(before);
  });
});

describe('bursts (one undo step per burst, by the action’s own rule)', () => {
  it('a control dragged on one selection merges; on another selection, or another control, it does not', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0), rect(200, 0)]);
    editor.select([a]);
    const before = editor.undoDepth;
    for (const opacity of [0.9, 0.8, 0.7]) editor.run(ACTIONS.updateSelection, { patch: { opacity }, control: 'opacity' });
    expect(editor.undoDepth).toBe(before + 1);
    editor.run(ACTIONS.updateSelection, { patch: { fill: '#000000' }, control: 'fill' });
    expect(editor.undoDepth).toBe(before + 2);
    editor.select([b]);
    editor.run(ACTIONS.updateSelection, { patch: { fill: '#111111' }, control: 'fill' });
    expect(editor.undoDepth).toBe(before + 3);
    // Without a control (a button), every change is its own step.
    editor.run(ACTIONS.updateSelection, { patch: { locked: true } });
    editor.run(ACTIONS.updateSelection, { patch: { locked: false } });
    expect(editor.undoDepth).toBe(before + 5);
  });

  it('renaming a layer merges per layer: typing in A then in B is two steps', () => {
    const editor = createTestEditor();
    const [a, b] = editor.createElements([rect(0, 0), rect(200, 0)]);
    const before = editor.undoDepth;
    for (const name of ['S', 'Su', 'Sun']) editor.run(ACTIONS.rename, { id: a, name });
    for (const name of ['M', 'Mo']) editor.run(ACTIONS.rename, { id: b, name });
    expect(editor.undoDepth).toBe(before + 2);
    expect([byId(editor, a).name, byId(editor, b).name]).toEqual(['Sun', 'Mo']);
  });

  it('the design’s name: trimmed, never empty, typing is one step', () => {
    const editor = createTestEditor();
    const before = editor.undoDepth;
    for (const name of ['W', 'We', 'Week ']) editor.run(ACTIONS.renameDesign, { name });
    expect(editor.design.name).toBe('Week');
    expect(editor.undoDepth).toBe(before + 1);
    const state = editor.getState();
    expect(editor.run(ACTIONS.renameDesign, { name: '   ' })).toBe(state);
  });

  it('the same field of the same element merges; another field does not', () => {
    const editor = createTestEditor();
    const [id] = editor.createElements([rect(0, 0)]);
    const before = editor.undoDepth;
    for (const x of [1, 12, 123]) editor.run(ACTIONS.setPosition, { id, x });
    editor.run(ACTIONS.setPosition, { id, y: 5 });
    expect(editor.undoDepth).toBe(before + 2);
    expect(byId(editor, id)).toMatchObject({ x: 123, y: 5 });
  });

  it('a background colour dragged merges per page', () => {
    const editor = createTestEditor();
    const before = editor.undoDepth;
    for (const fill of ['#000001', '#000002']) editor.run(ACTIONS.setBackground, { fill, control: 'background' });
    expect(editor.undoDepth).toBe(before + 1);
    expect(editor.design.pages[0].background.fill).toBe('#000002');
  });
});

describe('adding elements: placed and sized by core, whatever adds them', () => {
  it('a text is 70 % of the page wide, 6 % of its shorter side tall, centred; at a drop point, centred there', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.addText, { text: 'Bonjour' });
    const [added] = elementsOf(editor);
    // No name of its own: its layer is called after its words until the user names it.
    expect(added).toMatchObject({ type: 'text', text: 'Bonjour', name: '', width: 756, fontSize: 65, x: 162 });
    expect(added.y + added.height / 2).toBeCloseTo(540, 1);
    expect(editor.selection).toEqual([added.id]);
    editor.run(ACTIONS.addText, { text: 'Ici', fontFamily: 'Brand Sans', at: { x: 2000, y: 100 } });
    const dropped = elementsOf(editor)[1];
    expect(dropped).toMatchObject({ fontFamily: 'Brand Sans' });
    // Kept on the page: the centre is clamped to its right edge.
    expect(dropped.x + dropped.width / 2).toBeCloseTo(1080, 1);
    expect(dropped.y + dropped.height / 2).toBeCloseTo(100, 1);
  });

  it('a shape takes its kind’s proportions and colour', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.addShape, { shape: 'line', name: 'Line' });
    editor.run(ACTIONS.addShape, { shape: 'star', name: 'Star' });
    const [line, star] = elementsOf(editor);
    expect(line).toMatchObject({ width: 648, height: 9, fill: '#1c1b22' });
    expect(star).toMatchObject({ width: 432, height: 432, sides: 5, fill: '#ffd43b' });
  });

  it('a picture or a video fits 80 % of the page the user sees, ratio kept (the shown variant’s)', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.insertMedia, { kind: 'image', assetId: 'a'.repeat(64), name: 'photo.jpg', width: 4000, height: 2000 });
    expect(elementsOf(editor)[0]).toMatchObject({ type: 'image', width: 864, height: 432, x: 108, y: 324 });
    editor.run(ACTIONS.createVariants, { formats: [{ preset: null, width: 1080, height: 1920 }] });
    editor.run(ACTIONS.insertMedia, { kind: 'video', assetId: 'b'.repeat(64), name: 'clip.mp4', width: 1920, height: 1080 });
    const shown = editor.design.variants![0].overrides;
    const video = elementsOf(editor).find((el) => el.type === 'video')!;
    expect(shown[video.id]).toMatchObject({ width: 864, height: 486, x: 108 });
    expect(shown[video.id].y).toBeCloseTo((1920 - 486) / 2, 5);
  });

  it('a medium without a size is not placed', () => {
    const editor = createTestEditor();
    const before = editor.getState();
    editor.run(ACTIONS.insertMedia, { kind: 'image', assetId: 'a'.repeat(64), name: 'x', width: 0, height: 10 });
    expect(editor.getState()).toBe(before);
  });
});

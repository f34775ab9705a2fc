/**
 * Texts in the headless editor, as a new user met them (issue 10): words typed in place reach the
 * design at once and merge into one undo step per burst; the height of a text that follows its
 * words is corrected from what was drawn without an undo step of its own; only an auto-fit text
 * has a height the user sets; clearing a layer's name gives it its own label back.
 */
import { describe, expect, it } from 'vitest';
import { createTextElement } from '../schema/factory';
import { elementLabel } from '../elements';
import { createEditor } from './editor';
import { ACTIONS } from './registry';
import { COALESCE_MS } from './history';
import { byId, createTestEditor, rect } from './testing';

const text = (more: Parameters<typeof createTextElement>[0]) => createTextElement(more);

describe('typing in place', () => {
  it('each change reaches the design with its runs and height; a burst is one undo step, and the end of editing adds none', () => {
    const editor = createTestEditor();
    const [id] = editor.createElements([text({ x: 0, y: 0, width: 300, text: 'Your text here', height: 74 })]);
    const before = editor.undoDepth;
    editor.run(ACTIONS.setText, { id, text: 'S', height: 74 });
    editor.tick(150);
    editor.run(ACTIONS.setText, { id, text: 'Soldes', styles: [{ start: 0, end: 6, fontWeight: 700 }], height: 74 });
    editor.tick(150);
    editor.run(ACTIONS.setText, { id, text: 'Soldes\nd’été', styles: [{ start: 0, end: 6, fontWeight: 700 }], height: 148 });
    expect(byId(editor, id)).toMatchObject({ text: 'Soldes\nd’été', height: 148, styles: [{ start: 0, end: 6, fontWeight: 700 }] });
    expect(editor.undoDepth).toBe(before + 1);
    // Leaving the text sends what the design already holds: no second step.
    editor.commitTextEdit(id, { text: 'Soldes\nd’été', height: 148 });
    expect(editor.undoDepth).toBe(before + 1);
    // `styles` given as undefined removes the runs; absent leaves them.
    editor.tick(COALESCE_MS);
    editor.run(ACTIONS.setText, { id, text: 'Soldes\nd’été!', height: 148 });
    expect(byId(editor, id)).toMatchObject({ styles: [{ start: 0, end: 6, fontWeight: 700 }] });
    editor.run(ACTIONS.setText, { id, text: 'Soldes', styles: undefined, height: 74 });
    expect(byId(editor, id)).not.toHaveProperty('styles');
    editor.undo();
    expect(byId(editor, id)).toMatchObject({ text: 'Soldes\nd’été' });
  });
});

describe('styling selected characters while typing', () => {
  it('a style button is a step of its own, a dragged control one burst, never merged with the typing', () => {
    const editor = createTestEditor();
    const [id] = editor.createElements([text({ x: 0, y: 0, width: 300, text: '' })]);
    const steps = editor.undoDepth;
    editor.run(ACTIONS.setText, { id, text: 'Hello world' });
    const bold = [{ start: 6, end: 11, fontWeight: 700 }];
    editor.run(ACTIONS.setText, { id, text: 'Hello world', styles: bold, burst: null });
    for (const fill of ['#ff0000', '#ee0000', '#dd0000']) editor.run(ACTIONS.setText, { id, text: 'Hello world', styles: [{ ...bold[0], fill }], burst: 'style:fill' });
    expect(editor.undoDepth).toBe(steps + 3);
    editor.undo();
    expect(byId(editor, id)).toMatchObject({ styles: bold });
    editor.undo();
    expect(byId(editor, id)).toMatchObject({ text: 'Hello world' });
    expect(byId(editor, id)).not.toHaveProperty('styles');
  });
});

describe('a text’s height', () => {
  it('measured heights correct texts that follow their words, with no undo step; auto-fit boxes keep theirs', () => {
    const editor = createTestEditor();
    const [plain, fitted] = editor.createElements([
      text({ x: 0, y: 0, width: 300, height: 268 }),
      text({ x: 0, y: 400, width: 300, height: 200, autoFit: true }),
    ]);
    editor.updateElements([{ id: plain, patch: { fontSize: 30 } }]);
    const steps = editor.undoDepth;
    editor.run(ACTIONS.setTextHeights, { heights: [{ id: plain, height: 35 }, { id: fitted, height: 35 }] });
    expect(byId(editor, plain).height).toBe(35);
    expect(byId(editor, fitted).height).toBe(200);
    expect(editor.undoDepth).toBe(steps);
    // Undo goes back past the correction to the step before it, which was measured in its time.
    editor.undo();
    expect(byId(editor, plain)).toMatchObject({ fontSize: 64, height: 268 });
    editor.redo();
    expect(byId(editor, plain)).toMatchObject({ fontSize: 30, height: 35 });
  });

  it('the fitted size and lines of an auto-fit text are kept on it with no undo step; other texts take none', () => {
    const editor = createTestEditor();
    const [plain, meme] = editor.createElements([text({ x: 0, y: 0, width: 300, height: 268 }), text({ x: 0, y: 400, width: 300, height: 200, autoFit: true })]);
    const steps = editor.undoDepth;
    const fitted = { key: 'k', fontSize: 41.5, lines: [[0, 0, 4, false] as [number, number, number, boolean]] };
    editor.run(ACTIONS.setTextFits, { fits: [{ id: meme, fitted }, { id: plain, fitted }] });
    expect(byId(editor, meme)).toMatchObject({ fitted });
    expect(byId(editor, plain)).not.toHaveProperty('fitted');
    expect(editor.undoDepth).toBe(steps);
  });

  it('a correction during typing keeps the typing burst going', () => {
    const editor = createTestEditor();
    const [id, other] = editor.createElements([text({ x: 0, y: 0, width: 300, text: '' }), text({ x: 0, y: 500, width: 300, height: 10 })]);
    const steps = editor.undoDepth;
    editor.run(ACTIONS.setText, { id, text: 'a' });
    editor.run(ACTIONS.setTextHeights, { heights: [{ id: other, height: 80 }] });
    editor.run(ACTIONS.setText, { id, text: 'ab' });
    expect(editor.undoDepth).toBe(steps + 1);
  });

  it('is never changed on a read-only design', () => {
    const seed = createTestEditor();
    const [id] = seed.createElements([text({ x: 0, y: 0, width: 300, height: 268 })]);
    const editor = createEditor(seed.design, { readOnly: true });
    editor.run(ACTIONS.setTextHeights, { heights: [{ id, height: 74 }] });
    expect(editor.design).toBe(seed.design);
  });

  it('the height field sets an auto-fit text’s box, not the height of a text that follows its words', () => {
    const editor = createTestEditor();
    const [plain, fitted] = editor.createElements([text({ x: 0, y: 0, width: 300, height: 74 }), text({ x: 0, y: 400, width: 300, height: 74, autoFit: true })]);
    editor.run(ACTIONS.setSize, { id: plain, height: 400 });
    expect(byId(editor, plain)).toMatchObject({ width: 300, height: 74 });
    editor.run(ACTIONS.setSize, { id: plain, width: 500, height: 400 });
    expect(byId(editor, plain)).toMatchObject({ width: 500, height: 74 });
    editor.run(ACTIONS.setSize, { id: fitted, height: 400 });
    expect(byId(editor, fitted)).toMatchObject({ width: 300, height: 400, y: 400 });
  });
});

describe('layer names', () => {
  it('a text is called after its words until it is renamed; clearing the name brings the words back', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.addText, { text: 'Soldes d’été 🌞' });
    const [id] = editor.selection;
    expect(elementLabel(byId(editor, id))).toBe('Soldes d’été 🌞');
    editor.run(ACTIONS.setText, { id, text: 'Nouvelle collection' });
    expect(elementLabel(byId(editor, id))).toBe('Nouvelle collection');
    editor.rename(id, '  Titre principal ');
    editor.run(ACTIONS.setText, { id, text: 'Autre chose' });
    expect(elementLabel(byId(editor, id))).toBe('Titre principal');
    editor.tick(COALESCE_MS);
    editor.rename(id, '   ');
    expect(byId(editor, id).name).toBe('');
    expect(elementLabel(byId(editor, id))).toBe('Autre chose');
  });

  it('other elements keep the name they were given; without one the UI names their kind', () => {
    const editor = createTestEditor();
    const [shape] = editor.createElements([rect(0, 0, 10, 10, { name: 'Fond' })]);
    expect(elementLabel(byId(editor, shape))).toBe('Fond');
    editor.rename(shape, '');
    expect(elementLabel(byId(editor, shape))).toBeNull();
  });
});

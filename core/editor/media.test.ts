import { describe, expect, it } from 'vitest';
import { createImageElement, createTextElement } from '../schema/factory';
import type { ImageElement, TextElement } from '../schema/design';
import * as actions from './actions';
import { byId, createTestEditor, rect } from './testing';

const OLD = 'a'.repeat(64);
const NEW = 'b'.repeat(64);
const SOUND = 'c'.repeat(64);

function framedImage(): ImageElement {
  return createImageElement({
    assetId: OLD,
    x: 120,
    y: 80,
    width: 400,
    height: 300,
    rotation: 12,
    opacity: 0.8,
    cornerRadius: 24,
    mask: 'circle',
    flipX: true,
    filters: { brightness: 0.2, grayscale: true },
    crop: { x: 0.1, y: 0.2, width: 0.5, height: 0.5 },
  });
}

describe('replaceImage', () => {
  it('swaps the picture and keeps frame, rotation, radius, mask, flips and filters; the crop resets to cover', () => {
    const editor = createTestEditor();
    const [id] = editor.createElements([framedImage()]);
    const before = byId(editor, id) as ImageElement;
    editor.replaceImage(id, NEW, 'beach.jpg');
    const after = byId(editor, id) as ImageElement;
    expect(after.assetId).toBe(NEW);
    expect(after.name).toBe('beach.jpg');
    expect('crop' in after).toBe(false);
    const { assetId: _a, crop: _c, name: _n, ...keptBefore } = before;
    const { assetId: _a2, name: _n2, ...keptAfter } = after;
    expect(keptAfter).toEqual(keptBefore);
  });

  it('is one undo step, and undo brings back the old picture and its crop', () => {
    const editor = createTestEditor();
    const [id] = editor.createElements([framedImage()]);
    const depth = editor.undoDepth;
    editor.replaceImage(id, NEW);
    expect(editor.undoDepth).toBe(depth + 1);
    editor.undo();
    const restored = byId(editor, id) as ImageElement;
    expect(restored.assetId).toBe(OLD);
    expect(restored.crop).toEqual({ x: 0.1, y: 0.2, width: 0.5, height: 0.5 });
  });

  it('reaches images inside groups', () => {
    const editor = createTestEditor();
    const ids = editor.createElements([framedImage(), rect(700, 700)]);
    const image = ids[0];
    editor.select(ids);
    const group = editor.group()!;
    editor.replaceImage(image, NEW);
    const children = (byId(editor, group) as { children: ImageElement[] }).children;
    expect(children.find((c) => c.id === image)?.assetId).toBe(NEW);
  });

  it('changes nothing (and records no step) for a shape, an unknown id, or the same picture uncropped', () => {
    const editor = createTestEditor();
    const [shape] = editor.createElements([rect(0, 0)]);
    const [plain] = editor.createElements([createImageElement({ assetId: NEW, x: 0, y: 0, width: 10, height: 10 })]);
    const state = editor.getState();
    expect(actions.replaceImage(state, { id: shape, assetId: NEW })).toBe(state);
    expect(actions.replaceImage(state, { id: 'nope', assetId: NEW })).toBe(state);
    expect(actions.replaceImage(state, { id: plain, assetId: NEW })).toBe(state);
  });
});

describe('setSoundtrack', () => {
  it('sets a sound with full volume and no fades, undoably; null removes it', () => {
    const editor = createTestEditor();
    editor.setSoundtrack({ assetId: SOUND });
    expect(editor.design.audio).toEqual({ assetId: SOUND, volume: 1, startMs: 0, fadeInMs: 0, fadeOutMs: 0 });
    editor.setSoundtrack(null);
    expect(editor.design.audio).toBeUndefined();
    expect('audio' in editor.design).toBe(false);
    editor.undo();
    expect(editor.design.audio?.assetId).toBe(SOUND);
    editor.undo();
    expect(editor.design.audio).toBeUndefined();
    expect(editor.canUndo).toBe(false);
  });

  it('keeps volume and fades when the sound changes; the same sound again is no step', () => {
    const editor = createTestEditor();
    editor.setSoundtrack({ assetId: SOUND, volume: 0.4, fadeInMs: 500, startMs: 1200 });
    const depth = editor.undoDepth;
    editor.setSoundtrack({ assetId: SOUND });
    expect(editor.undoDepth).toBe(depth);
    editor.setSoundtrack({ assetId: NEW });
    expect(editor.design.audio).toEqual({ assetId: NEW, volume: 0.4, startMs: 0, fadeInMs: 500, fadeOutMs: 0 });
  });

  it('removing when there is none changes nothing', () => {
    const editor = createTestEditor();
    const state = editor.getState();
    expect(actions.setSoundtrack(state, null)).toBe(state);
  });
});

describe('setFontFamily', () => {
  const text = (x: number) => createTextElement({ x, y: 0, width: 200, text: 'Hi', fontFamily: 'Inter' });

  it('applies to selected texts, texts in selected groups, and leaves shapes alone', () => {
    const editor = createTestEditor();
    const [a, b, shape, other] = editor.createElements([text(0), text(300), rect(600, 0), text(900)]);
    editor.select([b, shape]);
    const group = editor.group()!;
    editor.select([a, group]);
    expect(editor.setFontFamily('Brand Sans')).toBe(true);
    expect((byId(editor, a) as TextElement).fontFamily).toBe('Brand Sans');
    const children = (byId(editor, group) as { children: Array<TextElement | { type: string; id: string }> }).children;
    expect((children.find((c) => c.id === b) as TextElement).fontFamily).toBe('Brand Sans');
    expect(children.find((c) => c.id === shape)).not.toHaveProperty('fontFamily');
    expect((byId(editor, other) as TextElement).fontFamily).toBe('Inter');
    editor.undo();
    expect((byId(editor, a) as TextElement).fontFamily).toBe('Inter');
  });

  it('reports false and records nothing without a text in the selection, or for a blank name', () => {
    const editor = createTestEditor();
    const [shape, t] = editor.createElements([rect(0, 0), text(300)]);
    editor.select([shape]);
    const depth = editor.undoDepth;
    expect(editor.setFontFamily('Brand Sans')).toBe(false);
    expect(actions.selectionHasText(editor.getState())).toBe(false);
    editor.select([t]);
    expect(actions.selectionHasText(editor.getState())).toBe(true);
    expect(editor.setFontFamily('   ')).toBe(false);
    expect(editor.undoDepth).toBe(depth);
  });
});

import { describe, expect, it } from 'vitest';
import { panoramaLayout } from '../carousel/panorama';
import { createDesign, createPage } from '../schema/factory';
import { parseDesign } from '../schema/parseDesign';
import type { Design } from '../schema/design';
import { ACTIONS } from './registry';
import { createTestEditor, rect } from './testing';

function panorama(): Design {
  const { format, panorama } = panoramaLayout({ preset: 'instagram-carousel', width: 1080, height: 1350 }, 3, 40);
  const design = createDesign({ name: 'Vue', kind: 'carousel', format, now: '2026-01-01T00:00:00.000Z' });
  return { ...design, panorama, pages: [{ ...design.pages[0], elements: [rect(1000, 100, 200, 100, { id: 'across' })] }] };
}

describe('panorama actions', () => {
  it('convert to separate slides and back: one undo step each, the first slide shown', () => {
    const editor = createTestEditor(panorama());
    editor.select(['across']);
    expect(editor.can(ACTIONS.convertToPanorama)).toBe(false);
    editor.run(ACTIONS.convertToSlides);
    expect(editor.design.pages).toHaveLength(3);
    expect(editor.design.panorama).toBeUndefined();
    expect(editor.getState()).toMatchObject({ pageIndex: 0, selection: [] });
    parseDesign(editor.design);
    editor.run(ACTIONS.setPageIndex, { index: 1 });
    editor.run(ACTIONS.convertToPanorama);
    expect(editor.design.panorama).toEqual({ slides: 3, slide: { preset: 'instagram-carousel', width: 1080, height: 1350 }, seamMargin: 40 });
    expect(editor.design.pages[0].elements.map((el) => [el.id, el.x])).toEqual([['across', 1000]]);
    expect(editor.getState().pageIndex).toBe(0);
    editor.undo();
    expect(editor.design.pages).toHaveLength(3);
    editor.undo();
    expect(editor.design.panorama).toEqual(panorama().panorama);
    expect(editor.design.pages[0].elements).toEqual(panorama().pages[0].elements);
  });

  it('converting to a panorama is refused (does not apply) with linked variants or a single slide', () => {
    const slides = createDesign({ name: 'S', kind: 'carousel', format: { preset: null, width: 500, height: 500 } });
    slides.pages = [createPage(), createPage()];
    expect(createTestEditor(slides).can(ACTIONS.convertToPanorama)).toBe(true);
    expect(createTestEditor({ ...slides, variants: [{ id: 'v', format: { preset: null, width: 400, height: 500 }, overrides: {} }] }).can(ACTIONS.convertToPanorama)).toBe(false);
    expect(createTestEditor({ ...slides, pages: [createPage()] }).can(ACTIONS.convertToPanorama)).toBe(false);
    expect(createTestEditor(slides).can(ACTIONS.convertToSlides)).toBe(false);
  });

  it('a panorama takes no linked variant ("Resize to..." does nothing)', () => {
    const editor = createTestEditor(panorama());
    editor.run(ACTIONS.createVariants, { formats: [{ preset: null, width: 500, height: 500 }] });
    expect(editor.design.variants ?? []).toEqual([]);
  });

  it('the seam margin: clamped to 0..400, typing is one undo step', () => {
    const editor = createTestEditor(panorama());
    editor.run(ACTIONS.setSeamMargin, { margin: 6 });
    editor.run(ACTIONS.setSeamMargin, { margin: 60 });
    expect(editor.design.panorama?.seamMargin).toBe(60);
    editor.run(ACTIONS.setSeamMargin, { margin: 9999 });
    expect(editor.design.panorama?.seamMargin).toBe(400);
    editor.undo();
    expect(editor.design.panorama?.seamMargin).toBe(40);
  });
});

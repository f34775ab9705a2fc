/**
 * The Elements panel's actions in the headless editor: an icon from the set and an emoji sticker
 * land centred (or on the drop point), selected, one undo step each; an icon recolours with one
 * updateSelection; the icon element's schema accepts only path data.
 */
import { describe, expect, it } from 'vitest';
import { ACTIONS } from './registry';
import { createTestEditor, elementsOf } from './testing';
import { elementSchema, type IconElement, type TextElement } from '../schema/design';
import { moduleOf } from '../elements';
import { parseDesign } from '../schema/parseDesign';

const HOME = ['M5 12l-2 0l9 -9l9 9l-2 0', 'M5 12v7a2 2 0 0 0 2 2h10a2 2 0 0 0 2 -2v-7', { d: 'M9 21v-6a2 2 0 0 1 2 -2h2a2 2 0 0 1 2 2v6', fill: true, stroke: false }];

describe('Elements panel actions', () => {
  it('addIcon puts the icon, square and selected, in the middle of the page with its drawing and colour', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.addIcon, { set: 'tabler', name: 'home', style: 'outline', viewBox: 24, paths: HOME, color: '#ff5a5f' });
    const [icon] = elementsOf(editor) as IconElement[];
    expect(icon).toMatchObject({ type: 'icon', icon: 'tabler:home', color: '#ff5a5f', width: 270, height: 270, x: 405, y: 405, viewBox: 24, strokeWidth: 2 });
    expect(icon.paths).toEqual([
      { d: HOME[0], fill: false, stroke: true },
      { d: HOME[1], fill: false, stroke: true },
      { d: (HOME[2] as { d: string }).d, fill: true, stroke: false },
    ]);
    expect(editor.selection).toEqual([icon.id]);
    expect(elementSchema.safeParse(icon).success).toBe(true);
    expect(moduleOf(icon).keepsRatio).toBe(true);
    editor.undo();
    expect(elementsOf(editor)).toEqual([]);
  });

  it('addIcon at a drop point centres the icon there', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.addIcon, { set: 'tabler', name: 'home', style: 'outline', viewBox: 24, paths: HOME, color: '#000000', at: { x: 200, y: 900 } });
    const [icon] = elementsOf(editor);
    expect(icon.x + icon.width / 2).toBe(200);
    expect(icon.y + icon.height / 2).toBe(900);
  });

  it('recolours the selected icon in one step (a swatch click), undone in one', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.addIcon, { set: 'tabler', name: 'home', style: 'outline', viewBox: 24, paths: HOME, color: '#000000' });
    editor.tick(5000);
    editor.run(ACTIONS.updateSelection, { patch: { color: '#6d4aff' } });
    expect((elementsOf(editor)[0] as IconElement).color).toBe('#6d4aff');
    editor.undo();
    expect((elementsOf(editor)[0] as IconElement).color).toBe('#000000');
  });

  it('recolorIcons recolours the selected icons only; swatch after swatch is one undo step', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.addIcon, { set: 'tabler', name: 'home', style: 'outline', viewBox: 24, paths: HOME, color: '#000000' });
    const iconId = editor.selection[0];
    editor.run(ACTIONS.addShape, { shape: 'rect', name: 'Rectangle' });
    const rectId = editor.selection[0];
    const rectFill = (elementsOf(editor)[1] as { fill: unknown }).fill;
    editor.run(ACTIONS.select, { ids: [iconId, rectId] });
    editor.tick(5000);
    expect(editor.can(ACTIONS.recolorIcons)).toBe(true);
    editor.run(ACTIONS.recolorIcons, { color: '#ff0000' });
    editor.tick(100);
    editor.run(ACTIONS.recolorIcons, { color: '#00ff00' });
    expect((elementsOf(editor)[0] as IconElement).color).toBe('#00ff00');
    expect((elementsOf(editor)[1] as { fill: unknown }).fill).toEqual(rectFill);
    editor.undo();
    expect((elementsOf(editor)[0] as IconElement).color).toBe('#000000');
    editor.run(ACTIONS.select, { ids: [rectId] });
    expect(editor.can(ACTIONS.recolorIcons)).toBe(false);
  });

  it('addEmoji adds a sticker: a large centred text holding just the emoji', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.addEmoji, { emoji: '🚀' });
    const [sticker] = elementsOf(editor) as TextElement[];
    expect(sticker).toMatchObject({ type: 'text', text: '🚀', fontSize: 216, align: 'center' });
    expect(sticker.x + sticker.width / 2).toBe(540);
    expect(editor.selection).toEqual([sticker.id]);
  });

  it('the icon schema refuses anything but path commands and numbers, and bounds the drawing', () => {
    const base = { id: 'i', type: 'icon', name: '', x: 0, y: 0, width: 10, height: 10, rotation: 0, opacity: 1, locked: false, hidden: false, icon: 'tabler:x', style: 'outline', viewBox: 24, color: '#000000', strokeWidth: 2 };
    const ok = { ...base, paths: [{ d: 'M1 1L2 2z', fill: false, stroke: true }] };
    expect(elementSchema.safeParse(ok).success).toBe(true);
    for (const d of ['M1 1 url(#x)', '<script>', 'M1 1"/><image href="x', '']) {
      expect(elementSchema.safeParse({ ...base, paths: [{ d, fill: false, stroke: true }] }).success, d).toBe(false);
    }
    expect(elementSchema.safeParse({ ...base, paths: [] }).success).toBe(false);
    expect(elementSchema.safeParse({ ...base, paths: Array.from({ length: 65 }, () => ok.paths[0]) }).success).toBe(false);
    expect(elementSchema.safeParse({ ...ok, icon: '../../etc' }).success).toBe(false);
    expect(elementSchema.safeParse({ ...ok, color: 'red' }).success).toBe(false);
  });

  it('a design with an icon round-trips through parseDesign', () => {
    const editor = createTestEditor();
    editor.run(ACTIONS.addIcon, { set: 'tabler', name: 'home', style: 'filled', viewBox: 24, paths: HOME, color: '#19a974' });
    const saved = JSON.parse(JSON.stringify(editor.design));
    expect(parseDesign(saved).design).toEqual(saved);
  });
});

describe('icons in other formats', () => {
  it('an icon set to stretch across the page keeps its square when the design is resized (it scales instead)', async () => {
    const { layoutElement } = await import('../variants/layout');
    const editor = createTestEditor();
    editor.run(ACTIONS.addIcon, { set: 'tabler', name: 'home', style: 'outline', viewBox: 24, paths: HOME, color: '#000000' });
    const icon = { ...(elementsOf(editor)[0] as IconElement), constraints: { horizontal: 'leftRight' as const, vertical: 'topBottom' as const } };
    const placed = layoutElement(icon, { width: 1080, height: 1080 }, { width: 1080, height: 1920 });
    expect(placed.width).toBeCloseTo(placed.height, 5);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '../editor/registry';
import { createTestEditor, rect, testDesign } from '../editor/testing';
import { designSchema, type Design, type Element } from '../schema/design';
import { createTextElement } from '../schema/factory';
import { parseDesign } from '../schema/parseDesign';
import { addVariants, overriddenIds, resetVariant, resolveDesign, resolvePage, writeBack } from './variants';

const STORY = { preset: 'instagram-story', width: 1080, height: 1920 };
const LANDSCAPE = { preset: 'linkedin-landscape', width: 1200, height: 627 };

function editorWithStory() {
  const editor = createTestEditor(); // 1080 x 1080 master
  const [box, title] = editor.createElements([rect(100, 100, 200, 200), createTextElement({ x: 140, y: 800, width: 800, text: 'Bonjour', fontSize: 60 })]);
  editor.run(ACTIONS.createVariants, { formats: [STORY] });
  const variantId = editor.getState().variantId!;
  return { editor, box, title, variantId };
}

const master = (design: Design, id: string) => design.pages[0].elements.find((el) => el.id === id)!;
const shown = (design: Design, variantId: string, id: string) => resolveDesign(design, variantId).pages[0].elements.find((el) => el.id === id)!;

describe('linked variants', () => {
  it('creates one variant per new size, shows the first, and skips sizes already there', () => {
    const { editor, variantId } = editorWithStory();
    expect(editor.design.variants).toHaveLength(1);
    expect(editor.getState().variantId).toBe(variantId);
    editor.run(ACTIONS.createVariants, { formats: [STORY, LANDSCAPE, { preset: null, width: 1080, height: 1080 }] });
    expect(editor.design.variants!.map((v) => v.format.preset)).toEqual(['instagram-story', 'linkedin-landscape']);
    expect(designSchema.safeParse(editor.design).success).toBe(true);
  });

  it('a move in a variant stays in that variant; the master and other variants keep their layout', () => {
    const { editor, box, variantId } = editorWithStory();
    editor.run(ACTIONS.createVariants, { formats: [LANDSCAPE] });
    const landscapeId = editor.getState().variantId!;
    editor.run(ACTIONS.showVariant, { id: variantId });
    const before = shown(editor.design, landscapeId, box);
    editor.select([box]);
    editor.moveSelection(50, 70);
    const moved = shown(editor.design, variantId, box);
    expect(master(editor.design, box)).toMatchObject({ x: 100, y: 100 });
    expect(editor.design.variants![0].overrides[box]).toMatchObject({ x: moved.x, y: moved.y });
    expect(shown(editor.design, landscapeId, box)).toEqual(before);
    // Undo takes the override away again.
    editor.undo();
    expect(editor.design.variants![0].overrides[box]).toBeUndefined();
  });

  it('content edits made in a variant reach the master and every variant', () => {
    const { editor, title, variantId } = editorWithStory();
    editor.updateElements([{ id: title, patch: { text: 'Salut', fill: '#ff0000' } }]);
    expect(master(editor.design, title)).toMatchObject({ text: 'Salut', fill: '#ff0000' });
    expect(shown(editor.design, variantId, title)).toMatchObject({ text: 'Salut', fill: '#ff0000' });
    expect(editor.design.variants![0].overrides[title]).toBeUndefined();
  });

  it('content edits in the master reach the variant; its own layout tweaks survive them', () => {
    const { editor, title, variantId } = editorWithStory();
    editor.select([title]);
    editor.moveSelection(0, -300);
    const tweaked = shown(editor.design, variantId, title);
    editor.run(ACTIONS.showVariant, { id: null });
    editor.updateElements([{ id: title, patch: { text: 'Nouveau texte' } }]);
    const after = shown(editor.design, variantId, title);
    expect(after).toMatchObject({ text: 'Nouveau texte', x: tweaked.x, y: tweaked.y });
  });

  it('elements added in a variant join the master (inside its page) and keep their exact place in the variant', () => {
    const { editor, variantId } = editorWithStory();
    const [added] = editor.createElements([rect(900, 1700, 100, 100)]);
    expect(shown(editor.design, variantId, added)).toMatchObject({ x: 900, y: 1700, width: 100, height: 100 });
    const m = master(editor.design, added);
    expect(m.x + m.width).toBeLessThanOrEqual(1080 + 1e-6);
    expect(m.y + m.height).toBeLessThanOrEqual(1080 + 1e-6);
  });

  it('deleting in a variant deletes everywhere (undo brings it back); hiding hides only there', () => {
    const { editor, box, title, variantId } = editorWithStory();
    editor.setHidden([title], true);
    expect(shown(editor.design, variantId, title).hidden).toBe(true);
    expect(master(editor.design, title).hidden).toBe(false);
    editor.select([box]);
    editor.deleteSelection();
    expect(editor.design.pages[0].elements.map((el) => el.id)).toEqual([title]);
    editor.undo();
    expect(editor.design.pages[0].elements.map((el) => el.id)).toEqual([box, title]);
  });

  it('reset to master per element and per variant', () => {
    const { editor, box, title } = editorWithStory();
    editor.select([box, title]);
    editor.moveSelection(10, 10);
    expect(Object.keys(editor.design.variants![0].overrides).sort()).toEqual([box, title].sort());
    editor.run(ACTIONS.resetToMaster, { ids: [box] });
    expect(Object.keys(editor.design.variants![0].overrides)).toEqual([title]);
    editor.run(ACTIONS.resetToMaster);
    expect(editor.design.variants![0].overrides).toEqual({});
  });

  it('align in a variant uses the variant page; deleting the shown variant goes back to the master', () => {
    const { editor, box, variantId } = editorWithStory();
    editor.select([box]);
    editor.align('bottom');
    const b = shown(editor.design, variantId, box);
    expect(b.y + b.height).toBeCloseTo(1920);
    editor.run(ACTIONS.deleteVariant, { id: variantId });
    expect(editor.getState().variantId).toBeNull();
    expect(editor.design.variants).toBeUndefined();
  });

  it('resolving is stable by identity and never mutates the design (property: any edits round-trip through the schema)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: -200, max: 200 })), { maxLength: 8 }), (moves) => {
        const { editor, box, variantId } = editorWithStory();
        const frozen = JSON.stringify(editor.design);
        const page = resolvePage(editor.design, editor.design.pages[0], editor.design.variants![0]);
        expect(resolvePage(editor.design, editor.design.pages[0], editor.design.variants![0])).toBe(page);
        expect(JSON.stringify(editor.design)).toBe(frozen);
        editor.select([box]);
        for (const [dx, dy] of moves) editor.moveSelection(dx, dy);
        const parsed = parseDesign(JSON.parse(JSON.stringify(editor.design))).design;
        expect(resolveDesign(parsed, variantId).pages[0].elements.find((el: Element) => el.id === box)).toEqual(shown(editor.design, variantId, box));
      }),
      { numRuns: 60 },
    );
  });

  it('writeBack with the shown elements unchanged changes nothing', () => {
    const design = addVariants({ ...testDesign(), pages: [{ ...testDesign().pages[0], elements: [rect(0, 0)] }] }, [STORY]).design;
    const variantId = design.variants![0].id;
    const elements = resolveDesign(design, variantId).pages[0].elements;
    expect(writeBack(design, variantId, 0, elements)).toBe(design);
  });
});

describe('element ids that are Object.prototype names (SEC-09)', () => {
  const ODD_IDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

  /** A design whose elements are called like Object.prototype's members, plus a plain one, all at one place. */
  function oddDesign(): { design: Design; variantId: string } {
    const design = testDesign();
    design.pages[0].elements = [...ODD_IDS, 'plain'].map((id) => rect(100, 200, 300, 150, { id }));
    const added = addVariants(design, [STORY]);
    return { design: added.design, variantId: added.ids[0] };
  }

  it('shown in a variant, each is laid out like an ordinary element', () => {
    const { design, variantId } = oddDesign();
    const page = resolveDesign(design, variantId).pages[0].elements;
    const plain = page.find((el) => el.id === 'plain')!;
    for (const id of ODD_IDS) {
      const el = page.find((e) => e.id === id)!;
      expect({ ...el, id: 'plain' }, id).toEqual(plain);
    }
    expect(overriddenIds(design, variantId).size).toBe(0);
  });

  it('moved in a variant, each gets an own override that survives saving, and reset removes it', () => {
    const { design: start, variantId } = oddDesign();
    let design = start;
    for (const [i, id] of ODD_IDS.entries()) {
      const shownPage = resolveDesign(design, variantId).pages[0].elements;
      const edited = shownPage.map((el) => (el.id === id ? { ...el, x: 10 + i, y: 20 + i } : el));
      design = writeBack(design, variantId, 0, edited);
    }
    const overrides = design.variants![0].overrides;
    expect(Object.keys(overrides).sort()).toEqual([...ODD_IDS].sort());
    expect(Object.getPrototypeOf(overrides)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    // The master did not move; the variant shows each where it was put.
    for (const [i, id] of ODD_IDS.entries()) {
      expect(master(design, id)).toMatchObject({ x: 100, y: 200 });
      expect(shown(design, variantId, id)).toMatchObject({ x: 10 + i, y: 20 + i });
    }
    expect(shown(design, variantId, 'plain')).toEqual(resolveDesign(start, variantId).pages[0].elements.find((el) => el.id === 'plain'));
    // Saved and opened again (the design file's JSON and its schema), nothing is lost.
    const reopened = parseDesign(JSON.parse(JSON.stringify(design))).design;
    expect(reopened).toEqual(design);
    for (const [i, id] of ODD_IDS.entries()) expect(shown(reopened, variantId, id)).toMatchObject({ x: 10 + i, y: 20 + i });
    // Reset to master, one id then all.
    const lessOne = resetVariant(reopened, variantId, ['__proto__']);
    expect(Object.keys(lessOne.variants![0].overrides).sort()).toEqual(ODD_IDS.filter((id) => id !== '__proto__').sort());
    expect(shown(lessOne, variantId, '__proto__')).toEqual(shown(start, variantId, '__proto__'));
    expect(Object.keys(resetVariant(reopened, variantId).variants![0].overrides)).toEqual([]);
  });

  it('deleting one in a variant drops its override, not another element', () => {
    const { design: start, variantId } = oddDesign();
    const moved = writeBack(start, variantId, 0, resolveDesign(start, variantId).pages[0].elements.map((el) => ({ ...el, x: el.x + 5 })));
    const gone = writeBack(moved, variantId, 0, resolveDesign(moved, variantId).pages[0].elements.filter((el) => el.id !== 'constructor'));
    expect(gone.pages[0].elements.map((el) => el.id)).toEqual(['__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'plain']);
    expect(Object.keys(gone.variants![0].overrides).sort()).toEqual(['__proto__', 'hasOwnProperty', 'plain', 'toString', 'valueOf']);
  });
});

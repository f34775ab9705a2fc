import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createTextElement } from '../schema/factory';
import type { Design, Page } from '../schema/design';
import { parseDesign } from '../schema/parseDesign';
import { composePage, pageAsDrawn } from '../carousel/repeat';
import { ACTIONS } from './registry';
import { selectedSlideIds } from './actions';
import { createTestEditor, rect, testDesign } from './testing';

/** A carousel of `count` slides, slide i holding one rectangle named `s<i>` and a background of its own. */
function carousel(count: number): Design {
  const design = testDesign('Carousel');
  const pages: Page[] = Array.from({ length: count }, (_, i) => ({
    id: `p${i}`,
    background: { fill: `#0000${String(i).padStart(2, '0')}` },
    elements: [rect(10 * i, 0, 100, 100, { id: `e${i}`, name: `s${i}` })],
  }));
  return { ...design, kind: 'carousel', pages };
}

const ids = (design: Design) => design.pages.map((page) => page.id);
const allIds = (design: Design) => design.pages.flatMap((page) => page.elements.map((el) => el.id));

describe('slide actions', () => {
  it('adds a blank slide after the current one with its background, and goes to it', () => {
    const editor = createTestEditor(carousel(3));
    editor.setPageIndex(1);
    editor.run(ACTIONS.addSlide, { mode: 'blank' });
    expect(editor.design.pages).toHaveLength(4);
    expect(editor.pageIndex).toBe(2);
    const added = editor.design.pages[2];
    expect(added.elements).toEqual([]);
    expect(added.background).toEqual({ fill: '#000001' });
    expect(ids(editor.design).slice(0, 2)).toEqual(['p0', 'p1']);
    expect(new Set(ids(editor.design)).size).toBe(4);
    editor.undo();
    expect(ids(editor.design)).toEqual(['p0', 'p1', 'p2']);
    expect(editor.pageIndex).toBe(1);
  });

  it('duplicates a slide with fresh ids and unique slot names, leaving repeated elements out', () => {
    const design = carousel(2);
    design.pages[0].elements.push(createTextElement({ id: 'title', x: 0, y: 0, width: 500, text: 'Hello', slot: { name: 'title', kind: 'text' } } as never));
    design.pages[0].elements.push(createTextElement({ id: 'num', x: 0, y: 900, width: 200, text: '{page}/{pages}', repeat: 'all' }));
    const editor = createTestEditor(design);
    editor.run(ACTIONS.duplicateSlide);
    const copy = editor.design.pages[1];
    expect(editor.pageIndex).toBe(1);
    expect(copy.elements.map((el) => el.id)).not.toContain('e0');
    expect(copy.elements.some((el) => el.repeat)).toBe(false);
    expect(copy.elements).toHaveLength(2);
    const slots = editor.design.pages.flatMap((p) => p.elements).filter((el) => el.slot).map((el) => el.slot!.name);
    expect(slots).toEqual(['title', 'title 2']);
    expect(new Set(allIds(editor.design)).size).toBe(allIds(editor.design).length);
    // The page number still shows once on the copy, through its rule.
    expect(composePage(editor.design, 1).elements.filter((el) => el.id === 'num')).toHaveLength(1);
    expect(() => parseDesign(editor.design)).not.toThrow();
  });

  it('inserts template slides with fresh ids after the given slide, the first one current', () => {
    const editor = createTestEditor(carousel(2));
    const template = carousel(2).pages;
    editor.run(ACTIONS.insertSlides, { after: 0, pages: template });
    expect(editor.design.pages).toHaveLength(4);
    expect(ids(editor.design)[0]).toBe('p0');
    expect(ids(editor.design)[3]).toBe('p1');
    expect(new Set(ids(editor.design)).size).toBe(4);
    expect(new Set(allIds(editor.design)).size).toBe(4);
    expect(editor.pageIndex).toBe(1);
    expect(selectedSlideIds(editor.getState())).toEqual(ids(editor.design).slice(1, 3));
    expect(editor.design.pages[1].background).toEqual({ fill: '#000000' });
  });

  it('template slides bring their page number only to a carousel that has none of its own', () => {
    const withNumber = (design: Design, id: string) => {
      design.pages[0].elements.push({ ...createTextElement({ id, x: 900, y: 1000, width: 120, text: '{page}/{pages}' }), repeat: 'notFirst' });
      return design;
    };
    const template = withNumber(carousel(2), 'tplnum').pages;
    const plain = createTestEditor(carousel(2));
    plain.run(ACTIONS.insertSlides, { after: 1, pages: template });
    expect(plain.design.pages.flatMap((p) => p.elements).filter((el) => el.repeat)).toHaveLength(1);
    const numbered = createTestEditor(withNumber(carousel(2), 'own'));
    numbered.run(ACTIONS.insertSlides, { after: 1, pages: template });
    const repeated = numbered.design.pages.flatMap((p) => p.elements).filter((el) => el.repeat);
    expect(repeated.map((el) => el.id)).toEqual(['own']);
    // Drawn once on an inserted slide.
    expect(composePage(numbered.design, 2).elements.filter((el) => el.type === 'text' && el.text === '{page}/{pages}')).toHaveLength(1);
  });

  it('moves several slides together to a position; the user stays on their slide', () => {
    const editor = createTestEditor(carousel(5));
    editor.setPageIndex(3);
    editor.run(ACTIONS.moveSlides, { ids: ['p3', 'p1'], to: 0 });
    expect(ids(editor.design)).toEqual(['p1', 'p3', 'p0', 'p2', 'p4']);
    expect(editor.pageIndex).toBe(1);
    expect(editor.getState().slides).toEqual(['p1', 'p3']);
    editor.undo();
    expect(ids(editor.design)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(editor.pageIndex).toBe(3);
  });

  it('moves the selected slides left and right with Ctrl+Shift+arrows', () => {
    const editor = createTestEditor(carousel(4));
    editor.run(ACTIONS.selectSlide, { index: 2 });
    const key = { key: 'ArrowLeft', ctrlKey: true, shiftKey: true, metaKey: false, altKey: false };
    expect(editor.keyDown(key)).toBe(true);
    expect(ids(editor.design)).toEqual(['p0', 'p2', 'p1', 'p3']);
    expect(editor.pageIndex).toBe(1);
    editor.keyDown(key);
    editor.keyDown(key); // already first: nothing moves
    expect(ids(editor.design)).toEqual(['p2', 'p0', 'p1', 'p3']);
    expect(editor.undoDepth).toBe(2);
    editor.keyDown({ ...key, key: 'ArrowRight' });
    expect(ids(editor.design)).toEqual(['p0', 'p2', 'p1', 'p3']);
  });

  it('selects slides by click, Ctrl-click and Shift-click', () => {
    const editor = createTestEditor(carousel(5));
    editor.run(ACTIONS.selectSlide, { index: 1 });
    editor.run(ACTIONS.selectSlide, { index: 3, extend: 'range' });
    expect(selectedSlideIds(editor.getState())).toEqual(['p1', 'p2', 'p3']);
    expect(editor.pageIndex).toBe(1);
    editor.run(ACTIONS.selectSlide, { index: 2, extend: 'toggle' });
    expect(selectedSlideIds(editor.getState())).toEqual(['p1', 'p3']);
    editor.run(ACTIONS.selectSlide, { index: 0, extend: 'toggle' });
    expect(selectedSlideIds(editor.getState())).toEqual(['p0', 'p1', 'p3']);
    expect(editor.pageIndex).toBe(0);
    expect(editor.undoDepth).toBe(0);
    editor.run(ACTIONS.selectSlide, { index: 4 });
    expect(selectedSlideIds(editor.getState())).toEqual(['p4']);
  });

  it('deletes several slides, never the last one, and undo brings them back selected', () => {
    const editor = createTestEditor(carousel(5));
    editor.run(ACTIONS.selectSlide, { index: 1 });
    editor.run(ACTIONS.selectSlide, { index: 3, extend: 'toggle' });
    editor.run(ACTIONS.deleteSelectedSlides);
    expect(ids(editor.design)).toEqual(['p0', 'p2', 'p4']);
    // The current slide (p3) went: the user lands on the slide now at its place.
    expect(editor.pageIndex).toBe(2);
    editor.undo();
    expect(ids(editor.design)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
    expect(selectedSlideIds(editor.getState())).toEqual(['p1', 'p3']);
    expect(editor.pageIndex).toBe(3);
    editor.run(ACTIONS.deleteSlides, { ids: ids(editor.design) });
    expect(editor.design.pages).toHaveLength(5);
    const single = createTestEditor(carousel(1));
    expect(single.can(ACTIONS.deleteSelectedSlides)).toBe(false);
  });

  it('moves an element on every slide to a kept slide when its home slide is deleted', () => {
    const design = carousel(4);
    design.pages[1].elements.push(createTextElement({ id: 'num', x: 0, y: 900, width: 200, text: '{page}/{pages}', repeat: 'notFirst' }));
    const editor = createTestEditor(design);
    editor.run(ACTIONS.deleteSlides, { ids: ['p1'] });
    expect(editor.design.pages[0].elements.map((el) => el.id)).toEqual(['e0', 'num']);
    expect(composePage(editor.design, 0).elements.map((el) => el.id)).toEqual(['e0']);
    const drawn = pageAsDrawn(editor.design, 2).elements.find((el) => el.id === 'num');
    expect(drawn && drawn.type === 'text' && drawn.text).toBe('3/3');
    // Home deleted with no slide before it: the first slide kept takes it, before its own repeated ones.
    const other = carousel(3);
    other.pages[0].elements.push(createTextElement({ id: 'a', x: 0, y: 0, width: 100, text: 'A', repeat: 'all' }));
    other.pages[1].elements.push(createTextElement({ id: 'b', x: 0, y: 0, width: 100, text: 'B', repeat: 'all' }));
    const second = createTestEditor(other);
    second.run(ACTIONS.deleteSlides, { ids: ['p0'] });
    expect(composePage(second.design, 1).elements.map((el) => el.id)).toEqual(['e2', 'a', 'b']);
  });

  it('sets and clears a slide’s alt text; typing is one step per pause', () => {
    const editor = createTestEditor(carousel(2));
    editor.run(ACTIONS.setAltText, { altText: 'A' });
    editor.tick(100);
    editor.run(ACTIONS.setAltText, { altText: 'A chart' });
    expect(editor.design.pages[0].altText).toBe('A chart');
    expect(editor.undoDepth).toBe(1);
    editor.tick(2000);
    editor.run(ACTIONS.setAltText, { index: 0, altText: '' });
    expect('altText' in editor.design.pages[0]).toBe(false);
    expect(editor.undoDepth).toBe(2);
  });

  it('marks an element on every slide with a rule, edited once, and unmarks it onto one slide', () => {
    const editor = createTestEditor(carousel(3));
    const id = editor.createElements([createTextElement({ x: 10, y: 10, width: 200, text: '@handle' })])[0];
    editor.run(ACTIONS.setRepeat, { repeat: 'notLast' });
    expect(composePage(editor.design, 1).elements.map((el) => el.id)).toContain(id);
    expect(composePage(editor.design, 2).elements.map((el) => el.id)).not.toContain(id);
    editor.setPageIndex(1);
    editor.select([id]);
    editor.moveSelection(5, 0);
    expect(editor.design.pages[0].elements.find((el) => el.id === id)!.x).toBe(15);
    editor.run(ACTIONS.setRepeat, { repeat: null });
    expect(editor.design.pages[0].elements.map((el) => el.id)).not.toContain(id);
    expect(editor.design.pages[1].elements.find((el) => el.id === id)!.repeat).toBeUndefined();
    expect(() => parseDesign(editor.design)).not.toThrow();
  });

  it('leaves a panorama’s one page alone', () => {
    const design = { ...carousel(1), panorama: { slides: 3, slide: { preset: null, width: 1080, height: 1080 }, seamMargin: 0 } } as Design;
    const editor = createTestEditor(design);
    expect(editor.can(ACTIONS.addSlide)).toBe(false);
    expect(editor.can(ACTIONS.moveSlidesLeft)).toBe(false);
  });
});

describe('slide moves and deletes (property)', () => {
  const setup = fc.integer({ min: 1, max: 12 }).chain((count) =>
    fc.record({
      count: fc.constant(count),
      picked: fc.subarray(Array.from({ length: count }, (_, i) => i), { minLength: 1 }),
      to: fc.integer({ min: -2, max: count + 2 }),
      current: fc.integer({ min: 0, max: count - 1 }),
    }),
  );

  it('moveSlides keeps every slide once: the rest in order, the moved ones together in order at the clamped position', () => {
    fc.assert(
      fc.property(setup, ({ count, picked, to, current }) => {
        const editor = createTestEditor(carousel(count));
        editor.setPageIndex(current);
        const before = ids(editor.design);
        const moving = picked.map((i) => `p${i}`);
        editor.run(ACTIONS.moveSlides, { ids: [...moving].reverse(), to });
        const after = ids(editor.design);
        const rest = before.filter((id) => !moving.includes(id));
        const at = Math.max(0, Math.min(to, rest.length));
        expect(after).toEqual([...rest.slice(0, at), ...moving, ...rest.slice(at)]);
        expect(after[editor.pageIndex]).toBe(before[current]);
      }),
    );
  });

  it('moving selected slides left then right n times never loses or duplicates a slide', () => {
    fc.assert(
      fc.property(setup, fc.array(fc.boolean(), { maxLength: 15 }), ({ count, picked, current }, steps) => {
        const editor = createTestEditor(carousel(count));
        editor.setPageIndex(current);
        for (const i of picked) editor.run(ACTIONS.selectSlide, { index: ids(editor.design).indexOf(`p${i}`), extend: 'toggle' });
        const chosen = selectedSlideIds(editor.getState());
        const onSlide = ids(editor.design)[editor.pageIndex];
        for (const left of steps) editor.run(left ? ACTIONS.moveSlidesLeft : ACTIONS.moveSlidesRight);
        const after = ids(editor.design);
        expect([...after].sort()).toEqual(Array.from({ length: count }, (_, i) => `p${i}`).sort());
        // The chosen slides keep their order among themselves, and so do the others.
        expect(after.filter((id) => chosen.includes(id))).toEqual(chosen);
        expect(after[editor.pageIndex]).toBe(onSlide);
      }),
    );
  });

  it('deleteSlides keeps the others in order, at least one slide, and undo restores all', () => {
    fc.assert(
      fc.property(setup, ({ count, picked, current }) => {
        const editor = createTestEditor(carousel(count));
        editor.setPageIndex(current);
        const before = ids(editor.design);
        const doomed = picked.map((i) => `p${i}`);
        editor.run(ACTIONS.deleteSlides, { ids: doomed });
        const after = ids(editor.design);
        if (doomed.length === count) expect(after).toEqual(before);
        else expect(after).toEqual(before.filter((id) => !doomed.includes(id)));
        expect(editor.pageIndex).toBeGreaterThanOrEqual(0);
        expect(editor.pageIndex).toBeLessThan(after.length);
        if (!doomed.includes(before[current])) expect(after[editor.pageIndex]).toBe(before[current]);
        editor.undo();
        expect(ids(editor.design)).toEqual(before);
      }),
    );
  });
});

describe('quick inserts', () => {
  it('adds a page number on every slide but the first, inside the safe zone, drawn 3/5 on slide 3', () => {
    const editor = createTestEditor(carousel(5));
    const safe = { x: 100, y: 50, width: 880, height: 900 };
    editor.run(ACTIONS.addSlideMarker, { kind: 'pageNumber', safe });
    const [id] = editor.selection;
    const el = editor.design.pages[0].elements.find((e) => e.id === id)!;
    expect(el).toMatchObject({ type: 'text', text: '{page}/{pages}', repeat: 'notFirst' });
    expect(el.x).toBeGreaterThanOrEqual(safe.x);
    expect(el.y + el.height).toBeLessThanOrEqual(safe.y + safe.height);
    expect(el.y).toBeGreaterThan(safe.y + safe.height / 2);
    expect(pageAsDrawn(editor.design, 0).elements.some((e) => e.id === id)).toBe(false);
    const third = pageAsDrawn(editor.design, 2).elements.find((e) => e.id === id);
    expect(third?.type === 'text' && third.text).toBe('3/5');
    // Added on the cover, which does not show it: the user lands on slide 2, where it is, selected.
    expect(editor.pageIndex).toBe(1);
    expect(editor.selection).toEqual([id]);
    editor.undo();
    expect(editor.pageIndex).toBe(0);
  });

  it('a swipe hint added on the last slide takes the user to the one before, where it shows', () => {
    const editor = createTestEditor(carousel(4));
    editor.setPageIndex(3);
    editor.run(ACTIONS.addSlideMarker, { kind: 'swipeHint', text: 'Swipe →' });
    expect(editor.pageIndex).toBe(2);
    expect(composePage(editor.design, 2).elements.some((e) => e.id === editor.selection[0])).toBe(true);
  });

  it('adds a swipe hint on every slide but the last, in the words given', () => {
    const editor = createTestEditor(carousel(3));
    editor.run(ACTIONS.addSlideMarker, { kind: 'swipeHint', text: 'Glissez →' });
    const [id] = editor.selection;
    expect(composePage(editor.design, 1).elements.find((e) => e.id === id)).toMatchObject({ text: 'Glissez →', repeat: 'notLast' });
    expect(composePage(editor.design, 2).elements.some((e) => e.id === id)).toBe(false);
    const el = editor.design.pages[0].elements.find((e) => e.id === id)!;
    expect(el.x + el.width).toBeLessThanOrEqual(1080);
  });
});

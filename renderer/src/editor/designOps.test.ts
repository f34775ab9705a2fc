import { describe, expect, it } from 'vitest';
import { createDesign, createShapeElement, createTextElement } from '../../../core/schema/factory';
import { designSchema } from '../../../core/schema/design';
import {
  addElement,
  patchElement,
  applyChanges,
  nudgeElements,
  removeElements,
  updateElements,
} from './designOps';

function sample() {
  const base = createDesign({ name: 'Test', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } });
  const a = createShapeElement({ shape: 'rect', x: 0, y: 0, width: 100, height: 100 });
  const b = createShapeElement({ shape: 'ellipse', x: 10, y: 10, width: 50, height: 50 });
  const c = createTextElement({ x: 20, y: 20, width: 300 });
  return { design: addElement(addElement(addElement(base, 0, a), 0, b), 0, c), a, b, c };
}

describe('design operations', () => {
  it('add and remove elements without touching the input', () => {
    const { design, a, b, c } = sample();
    const frozen = JSON.stringify(design);
    const removed = removeElements(design, 0, [b.id]);
    expect(removed.pages[0].elements.map((e) => e.id)).toEqual([a.id, c.id]);
    expect(JSON.stringify(design)).toBe(frozen);
    expect(designSchema.safeParse(removed).success).toBe(true);
  });

  it('returns the same object when nothing changes', () => {
    const { design, a } = sample();
    expect(applyChanges(design, 0, [{ id: a.id, patch: { x: 0, y: 0 } }])).toBe(design);
    expect(updateElements(design, 0, ['missing'], { x: 5 })).toBe(design);
    expect(removeElements(design, 0, ['missing'])).toBe(design);
    expect(applyChanges(design, 3, [{ id: a.id, patch: { x: 9 } }])).toBe(design);
  });

  it('keeps untouched elements by identity (the canvas rebuilds only what changed)', () => {
    const { design, a, b } = sample();
    const next = applyChanges(design, 0, [{ id: a.id, patch: { x: 40, rotation: 15 } }]);
    expect(next.pages[0].elements[0]).toMatchObject({ x: 40, rotation: 15 });
    expect(next.pages[0].elements[1]).toBe(design.pages[0].elements[1]);
    expect(next.pages[0].elements[1].id).toBe(b.id);
  });

  it('applies one colour to several elements', () => {
    const { design, a, b } = sample();
    const next = updateElements(design, 0, [a.id, b.id], { fill: '#ff0000' });
    expect(next.pages[0].elements.slice(0, 2).map((e) => (e as { fill: string }).fill)).toEqual(['#ff0000', '#ff0000']);
  });

  it('nudges only unlocked elements', () => {
    const { design, a, b } = sample();
    const locked = updateElements(design, 0, [b.id], { locked: true });
    const next = nudgeElements(locked, 0, [a.id, b.id], 10, -1);
    expect(next.pages[0].elements[0]).toMatchObject({ x: 10, y: -1 });
    expect(next.pages[0].elements[1]).toMatchObject({ x: 10, y: 10 });
  });
});

describe('patchElement removing optional fields', () => {
  it('a key set to undefined removes the field; absent keys stay', () => {
    const text = createTextElement({ x: 0, y: 0, width: 100, stroke: { color: '#000000', width: 4 } });
    const off = patchElement(text, { stroke: undefined });
    expect('stroke' in off).toBe(false);
    expect(off.fontSize).toBe(text.fontSize);
    expect(patchElement(off, { stroke: undefined })).toBe(off);
  });
});

/** Test helpers: an editor over a fresh 1080x1080 design with a fake clock (tests advance it). */
import { createDesign, createShapeElement } from '../schema/factory';
import type { Design, ShapeElement } from '../schema/design';
import { HeadlessEditor } from './editor';

export interface TestEditor extends HeadlessEditor {
  /** Advances the fake clock. */
  tick(ms: number): void;
}

export function testDesign(name = 'Test'): Design {
  return createDesign({ name, format: { preset: null, width: 1080, height: 1080 }, now: '2026-01-01T00:00:00.000Z' });
}

export function createTestEditor(design: Design = testDesign()): TestEditor {
  let clock = 10_000;
  const editor = new HeadlessEditor(design, { now: () => clock }) as TestEditor;
  editor.tick = (ms: number) => {
    clock += ms;
  };
  return editor;
}

export function rect(x: number, y: number, width = 100, height = 100, more: Partial<ShapeElement> = {}): ShapeElement {
  return createShapeElement({ shape: 'rect', x, y, width, height, ...more });
}

/** The current page's top-level elements. */
export function elementsOf(editor: HeadlessEditor) {
  return editor.design.pages[editor.pageIndex].elements;
}

export function byId(editor: HeadlessEditor, id: string) {
  const el = elementsOf(editor).find((e) => e.id === id);
  if (!el) throw new Error(`no element ${id}`);
  return el;
}

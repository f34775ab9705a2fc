/**
 * Design schema versions 2 (text style runs, auto-fit, image circle mask, bubble shape) and 3
 * (aspect ratio lock) and their migrations (REL-09: every past version's fixture opens; migrating twice changes nothing;
 * the input is never mutated).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DESIGN_SCHEMA_VERSION, LIMITS, SHAPE_KINDS, type Design, type TextElement } from './design';
import { createDesign, createImageElement, createTextElement } from './factory';
import { migrate, SchemaError } from './migrate';
import { DESIGN_MIGRATIONS, parseDesign } from './parseDesign';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const designFixtures = fs.readdirSync(fixturesDir).filter((name) => /^design\.v\d+\.json$/.test(name));
const readFixture = (name: string) => JSON.parse(fs.readFileSync(path.join(fixturesDir, name), 'utf8')) as Record<string, unknown>;

function withText(props: Partial<TextElement>): Design {
  const design = createDesign({ name: 'T', format: { preset: null, width: 500, height: 500 } });
  design.pages[0].elements.push(createTextElement({ x: 0, y: 0, width: 400, text: 'Hello world', ...props }));
  return design;
}

function problemOf(raw: unknown): string {
  try {
    parseDesign(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return (error as SchemaError).message;
  }
  throw new Error('expected a SchemaError');
}

describe('design schema v2', () => {
  it('is version 10 with one numbered step from each earlier version', () => {
    expect(DESIGN_SCHEMA_VERSION).toBe(10);
    expect(DESIGN_MIGRATIONS.map((m) => [m.from, m.name])).toEqual([
      [1, 'text styles and auto-fit'],
      [2, 'aspect ratio lock'],
      [3, 'design kind post renamed still'],
      [4, 'slot fields per kind'],
      [5, 'text case'],
      [6, 'text vertical align'],
      [7, 'icon elements'],
      [8, 'carousel slides'],
      [9, 'video timeline'],
    ]);
    expect(designFixtures).toEqual(expect.arrayContaining(['design.v1.json', 'design.v2.json', 'design.v3.json', 'design.v4.json', 'design.v5.json', 'design.v6.json', 'design.v7.json', 'design.v8.json', 'design.v9.json', 'design.v10.json']));
  });

  it.each(designFixtures)('%s migrates to the current version, twice changes nothing, input untouched', (name) => {
    const raw = readFixture(name);
    const snapshot = structuredClone(raw);
    const once = migrate(raw, DESIGN_MIGRATIONS, DESIGN_SCHEMA_VERSION, name);
    expect(once.doc.schemaVersion).toBe(DESIGN_SCHEMA_VERSION);
    const twice = migrate(once.doc, DESIGN_MIGRATIONS, DESIGN_SCHEMA_VERSION, name);
    expect(twice.doc).toEqual(once.doc);
    expect(twice.applied).toEqual([]);
    expect(raw).toEqual(snapshot);
    const parsed = parseDesign(raw, name);
    expect(parsed.design.schemaVersion).toBe(DESIGN_SCHEMA_VERSION);
    expect(parseDesign(parsed.design).design).toEqual(parsed.design);
    expect(raw).toEqual(snapshot);
  });

  it('a v1 file opens with nothing changed but its version', () => {
    const v1 = readFixture('design.v1.json');
    const { design, migratedFrom } = parseDesign(v1);
    expect(migratedFrom).toBe(1);
    // Read as v4: the v4 -> v5 step (slot fields) applies to both sides.
    expect(design).toEqual(parseDesign({ ...v1, schemaVersion: 4 }).design);
    expect(JSON.stringify(design)).not.toMatch(/"styles"|"autoFit"|"mask"|"aspectLocked"/);
  });

  it('the v3 fixture keeps its aspect lock; a v2 file opens with nothing changed but its version', () => {
    expect(JSON.stringify(parseDesign(readFixture('design.v3.json')).design)).toContain('"aspectLocked":true');
    const v2 = readFixture('design.v2.json');
    const { design, migratedFrom } = parseDesign(v2);
    expect(migratedFrom).toBe(2);
    expect(design).toEqual(parseDesign({ ...v2, schemaVersion: 4 }).design);
  });

  it('the v2 fixture uses every v2 feature', () => {
    const { design, migratedFrom } = parseDesign(readFixture('design.v2.json'));
    expect(migratedFrom).toBe(2);
    const json = JSON.stringify(design);
    for (const feature of ['"styles"', '"autoFit":true', '"mask":"circle"', '"shape":"bubble"', '"dash"']) expect(json).toContain(feature);
  });

  it('new designs are written at the current version', () => {
    expect(withText({}).schemaVersion).toBe(DESIGN_SCHEMA_VERSION);
    expect(SHAPE_KINDS).toContain('bubble');
  });

  it('accepts style runs inside the text, up to its end', () => {
    const design = withText({ styles: [{ start: 0, end: 5, fontWeight: 700 }, { start: 6, end: 11, fill: '#ff0000', underline: true }], autoFit: true });
    expect(parseDesign(structuredClone(design)).design).toEqual(design);
  });

  it.each([
    ['an empty run', { start: 3, end: 3 }, 'styles.0'],
    ['a reversed run', { start: 5, end: 2 }, 'styles.0'],
    ['a run past the end of the text', { start: 0, end: 12 }, 'outside the text'],
    ['a negative start', { start: -1, end: 2 }, 'styles.0.start'],
    ['a bad colour', { start: 0, end: 2, fill: 'red' }, 'colour'],
    ['a fractional offset', { start: 0.5, end: 2 }, 'styles.0.start'],
  ])('refuses %s', (_what, run, message) => {
    const design = withText({}) as unknown as { pages: Array<{ elements: Array<Record<string, unknown>> }> };
    design.pages[0].elements[0].styles = [run];
    expect(problemOf(design)).toContain(message);
  });

  it(`refuses more than ${LIMITS.maxStyleRuns} runs`, () => {
    const text = 'x'.repeat(LIMITS.maxStyleRuns + 1);
    const styles = Array.from({ length: LIMITS.maxStyleRuns + 1 }, (_, i) => ({ start: i, end: i + 1, fontWeight: 700 }));
    expect(problemOf(withText({ text, styles }))).toContain('styles');
    expect(() => parseDesign(withText({ text, styles: styles.slice(1) }))).not.toThrow();
  });

  it('accepts the circle mask and refuses other masks', () => {
    const design = createDesign({ name: 'I', format: { preset: null, width: 100, height: 100 } });
    design.pages[0].elements.push(createImageElement({ assetId: 'a'.repeat(64), x: 0, y: 0, width: 50, height: 50, mask: 'circle' }));
    expect(parseDesign(structuredClone(design)).design).toEqual(design);
    (design.pages[0].elements[0] as unknown as Record<string, unknown>).mask = 'star';
    expect(problemOf(design)).toContain('mask');
  });
});

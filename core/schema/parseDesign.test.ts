import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDesign, createShapeElement, createTextElement } from './factory';
import { parseDesign, parseDesignText } from './parseDesign';
import { migrate, SchemaError, type Migration } from './migrate';
import { DESIGN_SCHEMA_VERSION, LIMITS, type Design } from './design';

const base = (): Design => {
  const design = createDesign({ name: 'Test', format: { preset: 'instagram-portrait', width: 1080, height: 1350 } });
  design.pages[0].elements.push(createTextElement({ x: 10, y: 10, width: 300, text: 'Bonjour' }));
  design.pages[0].elements.push(createShapeElement({ shape: 'rect', x: 0, y: 0, width: 100, height: 100 }));
  return design;
};

function problemOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return (error as SchemaError).message;
  }
  throw new Error('expected a SchemaError');
}

describe('parseDesign', () => {
  it('accepts a design made by the factory and keeps it equal', () => {
    const design = base();
    expect(parseDesign(structuredClone(design)).design).toEqual(design);
  });

  it('round-trips through JSON text', () => {
    const design = base();
    expect(parseDesignText(JSON.stringify(design)).design).toEqual(design);
  });

  it.each([
    ['', 'is empty'],
    ['{"schemaVersion":1', 'not valid JSON'],
    ['\u0000\u0000\u0000', 'NUL bytes'],
    ['[1,2]', 'not a JSON object'],
    ['{"name":"x"}', 'no valid schemaVersion'],
    ['{"schemaVersion":99}', 'newer Affiche'],
  ])('rejects %j with a message saying %s', (text, message) => {
    expect(problemOf(() => parseDesignText(text, 'design.json'))).toContain(message);
  });

  it('marks a future version so the caller can open read-only', () => {
    try {
      parseDesign({ schemaVersion: DESIGN_SCHEMA_VERSION + 1 });
    } catch (error) {
      expect((error as SchemaError).problem).toBe('future-version');
      expect((error as SchemaError).foundVersion).toBe(DESIGN_SCHEMA_VERSION + 1);
    }
  });

  it('names the field that is wrong', () => {
    const design = base() as unknown as { pages: Array<{ elements: Array<Record<string, unknown>> }> };
    design.pages[0].elements[0].fill = 'javascript:alert(1)';
    expect(problemOf(() => parseDesign(design))).toMatch(/pages\.0\.elements\.0.*colour/);
  });

  it('drops unknown keys, including __proto__ and src, before anything is built', () => {
    const raw = JSON.parse(JSON.stringify(base())) as Record<string, unknown> & { pages: Array<{ elements: Array<Record<string, unknown>> }> };
    raw.pages[0].elements[1] = { ...raw.pages[0].elements[1], src: 'https://evil.example/x.png', onload: 'x' };
    const withProto = JSON.parse(JSON.stringify(raw).replace('"name":"Test"', '"name":"Test","__proto__":{"polluted":true}'));
    const { design } = parseDesign(withProto);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(design)).not.toContain('evil.example');
    expect(JSON.stringify(design)).not.toContain('onload');
  });

  it('refuses images that point anywhere but a library asset id', () => {
    const design = base() as unknown as { pages: Array<{ elements: unknown[] }> };
    for (const assetId of ['https://example.com/a.png', 'file:///etc/passwd', '../../secret', 'A'.repeat(64)]) {
      design.pages[0].elements = [{ id: 'i1', type: 'image', name: 'x', x: 0, y: 0, width: 10, height: 10, rotation: 0, opacity: 1, locked: false, hidden: false, assetId, flipX: false, flipY: false, cornerRadius: 0 }];
      expect(problemOf(() => parseDesign(design))).toContain('sha256');
    }
  });

  it('refuses too many elements, deep groups, duplicate ids and absurd sizes', () => {
    const many = base();
    many.pages[0].elements = Array.from({ length: LIMITS.maxElementsPerPage + 1 }, () => createShapeElement({ shape: 'rect', x: 0, y: 0, width: 1, height: 1 }));
    expect(problemOf(() => parseDesign(many))).toMatch(/elements|2000/);

    const deep = base();
    let el: Record<string, unknown> = createShapeElement({ shape: 'rect', x: 0, y: 0, width: 1, height: 1 });
    for (let i = 0; i < LIMITS.maxGroupDepth + 2; i++) {
      el = { id: `g${i}`, type: 'group', name: 'g', x: 0, y: 0, width: 1, height: 1, rotation: 0, opacity: 1, locked: false, hidden: false, children: [el] };
    }
    deep.pages[0].elements = [el as never];
    expect(problemOf(() => parseDesign(deep))).toContain('nested');

    const dup = base();
    dup.pages[0].elements[1].id = dup.pages[0].elements[0].id;
    expect(problemOf(() => parseDesign(dup))).toContain('used twice');

    const huge = base();
    huge.format.width = 100_000;
    expect(problemOf(() => parseDesign(huge))).toContain('format.width');
  });

  it('never throws anything but SchemaError on arbitrary JSON (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        try {
          parseDesign(value);
        } catch (error) {
          expect(error).toBeInstanceOf(SchemaError);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws anything but SchemaError on mutated designs (property)', () => {
    const json = JSON.stringify(base());
    fc.assert(
      fc.property(fc.nat(json.length), fc.string({ maxLength: 4 }), (at, insert) => {
        try {
          parseDesignText(json.slice(0, at) + insert + json.slice(at + insert.length));
        } catch (error) {
          expect(error).toBeInstanceOf(SchemaError);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('migrate', () => {
  const steps: Migration[] = [
    { from: 1, name: 'rename title to name', up: (doc) => ({ ...doc, name: doc.title, title: undefined }) },
    { from: 2, name: 'add tags', up: (doc) => ({ ...doc, tags: [] }) },
  ];

  it('runs numbered steps in order and stamps the version', () => {
    const input = { schemaVersion: 1, title: 'Old' };
    const result = migrate(input, steps, 3, 'file');
    expect(result.doc).toMatchObject({ schemaVersion: 3, name: 'Old', tags: [] });
    expect(result.applied).toEqual(['rename title to name', 'add tags']);
    expect(result.fromVersion).toBe(1);
  });

  it('never mutates its input', () => {
    const input = { schemaVersion: 1, title: 'Old', nested: { a: [1] } };
    const copy = structuredClone(input);
    migrate(input, steps, 3, 'file');
    expect(input).toEqual(copy);
  });

  it('migrating twice changes nothing the second time', () => {
    const once = migrate({ schemaVersion: 1, title: 'Old' }, steps, 3, 'file').doc;
    const twice = migrate(once, steps, 3, 'file');
    expect(twice.doc).toEqual(once);
    expect(twice.applied).toEqual([]);
  });

  it('says when a step is missing', () => {
    expect(() => migrate({ schemaVersion: 0 }, steps, 3, 'file')).toThrow(/no migration from schema version 0/);
  });
});

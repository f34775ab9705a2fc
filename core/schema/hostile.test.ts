/**
 * SEC-09: hostile designs. Whatever a file holds (nesting a million deep, a million elements,
 * prototype keys, remote or file: sources, script in colours, unknown types), reading it ends in a
 * SchemaError with a clear reason or in a clean design: never a stack overflow, never a polluted
 * Object.prototype, never a URL.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createDesign, createImageElement, createShapeElement, createTextElement } from './factory';
import { parseDesign, parseDesignText } from './parseDesign';
import { jsonTextTooDeep, MAX_JSON_DEPTH, parseJsonText, SchemaError, valueTooDeep } from './migrate';
import { formatMessage } from '../messages';
import type { Design } from './design';

const ASSET = 'a'.repeat(64);

function base(): Design {
  const design = createDesign({ name: 'Hostile', format: { preset: null, width: 1080, height: 1080 } });
  design.pages[0].elements.push(
    createTextElement({ x: 10, y: 10, width: 300, text: 'Bonjour' }),
    createShapeElement({ shape: 'rect', x: 0, y: 0, width: 100, height: 100 }),
    createImageElement({ assetId: ASSET, x: 0, y: 0, width: 100, height: 100 }),
  );
  return design;
}

/** The refusal `read` throws: always a SchemaError (anything else fails the test). */
function refusal(read: () => unknown): SchemaError {
  try {
    read();
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return error as SchemaError;
  }
  throw new Error('expected a refusal');
}

/** Depth of a JSON value, the plain recursive way (fine for the small values of a property test). */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** Every string of a value with the key it is under. */
function stringsOf(value: unknown, key = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[key, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => stringsOf(v, Array.isArray(value) ? key : k));
}

/** `levels` objects nested in each other, built without recursion. */
function nested(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let at = root;
  for (let i = 1; i < levels; i++) {
    const next: Record<string, unknown> = {};
    at.a = next;
    at = next;
  }
  return root;
}

describe('nesting depth (the one "too deeply nested" refusal)', () => {
  it('measures JSON text and values the way a recursive reader would (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 0, max: 10 }), (value, limit) => {
        const deep = depthOf(value) > limit;
        expect(jsonTextTooDeep(JSON.stringify(value), limit)).toBe(deep);
        expect(valueTooDeep(value, limit)).toBe(deep);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses JSON text a million levels deep, in arrays, objects and inside a design, with the same reason', () => {
    const texts = [
      '['.repeat(1e6) + ']'.repeat(1e6),
      '{"a":'.repeat(1e6) + '1' + '}'.repeat(1e6),
      JSON.stringify(base()).replace('"text":"Bonjour"', `"text":"Bonjour","x2":${'['.repeat(1e6)}`),
    ];
    for (const text of texts) {
      const error = refusal(() => parseDesignText(text, 'deep.json'));
      expect(error.detail.key).toBe('schema.tooDeeplyNested');
      expect(error.message).toBe(`deep.json is too deeply nested (more than ${MAX_JSON_DEPTH} levels)`);
      expect(formatMessage(error.detail, 'fr')).toBe(`deep.json\u00a0: imbrication trop profonde (plus de ${MAX_JSON_DEPTH}\u00a0niveaux)`);
    }
  });

  it('brackets inside strings do not count, escaped quotes do not end them', () => {
    const design = base();
    (design.pages[0].elements[0] as { text: string }).text = '['.repeat(3000) + '\\"{'.repeat(2000);
    expect(jsonTextTooDeep(JSON.stringify(design))).toBe(false);
    expect(parseDesignText(JSON.stringify(design)).design).toEqual(design);
  });

  it('refuses a value a million levels deep (what a transport hands over) before anything recursive sees it', () => {
    const deep = { ...base(), pages: [{ ...base().pages[0], elements: [nested(1e6)] }] };
    expect(refusal(() => parseDesign(deep)).detail.key).toBe('schema.tooDeeplyNested');
    // Groups nested 100,000 deep: refused for the nesting, not by a stack overflow in zod.
    let group: Record<string, unknown> = createShapeElement({ shape: 'rect', x: 0, y: 0, width: 1, height: 1 });
    for (let i = 0; i < 100_000; i++) group = { ...group, id: `g${i}`, type: 'group', name: 'g', children: [group] };
    const groups = { ...base(), pages: [{ ...base().pages[0], elements: [group] }] };
    expect(refusal(() => parseDesign(groups)).detail.key).toBe('schema.tooDeeplyNested');
  });

  it('counts a cycle as too deep and walks shared parts once', () => {
    const cyclic: Record<string, unknown> = { schemaVersion: 4 };
    cyclic.self = cyclic;
    expect(valueTooDeep(cyclic)).toBe(true);
    expect(refusal(() => parseDesign(cyclic)).detail.key).toBe('schema.tooDeeplyNested');
    // 2^80 paths through 80 shared levels: answered at once, and exactly.
    let shared: unknown = [];
    for (let i = 0; i < 80; i++) shared = [shared, shared];
    expect(valueTooDeep(shared, 81)).toBe(false);
    expect(valueTooDeep(shared, 80)).toBe(true);
  });

  it('lets a legitimate design with groups as deep as allowed through', () => {
    let group: Record<string, unknown> = createTextElement({ x: 0, y: 0, width: 10, text: 'x', styles: [{ start: 0, end: 1, fill: '#ff0000' }] });
    for (let i = 0; i < 8; i++) group = { id: `g${i}`, type: 'group', name: 'g', x: 0, y: 0, width: 10, height: 10, rotation: 0, opacity: 1, locked: false, hidden: false, children: [group] };
    const design = { ...base(), pages: [{ ...base().pages[0], elements: [group] }] } as Design;
    expect(depthOf(design)).toBeLessThan(MAX_JSON_DEPTH / 2);
    expect(parseDesignText(JSON.stringify(design)).design).toEqual(design);
  });
});

describe('SEC-09 hostile designs', () => {
  it('a million elements, pages or style runs: refused by their limit', () => {
    const many = base();
    const shape = many.pages[0].elements[1];
    many.pages[0].elements = Array.from({ length: 1e6 }, () => shape);
    expect(refusal(() => parseDesign(many)).message).toMatch(/elements|2000/);
    const pages = base();
    pages.pages = Array.from({ length: 1e6 }, () => pages.pages[0]);
    expect(refusal(() => parseDesign(pages)).message).toContain('pages');
    const runs = base() as unknown as { pages: Array<{ elements: Array<Record<string, unknown>> }> };
    runs.pages[0].elements[0].styles = Array.from({ length: 1e6 }, () => ({ start: 0, end: 1 }));
    expect(refusal(() => parseDesign(runs)).message).toContain('pages.0.elements.0.styles: 1000000 items, at most 2000 allowed');
  });

  it('prototype keys never pollute anything; "constructor" and "__proto__" ids are ids like any other', () => {
    const text = JSON.stringify(base())
      .replace('"name":"Hostile"', '"name":"Hostile","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}')
      .replace(/"id":"e[a-z0-9]+","type":"text"/, '"id":"constructor","type":"text","__proto__":{"polluted":2}')
      .replace(/"id":"e[a-z0-9]+","type":"shape"/, '"id":"__proto__","type":"shape"');
    const { design } = parseDesignText(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(design.pages[0].elements.map((el) => el.id).slice(0, 2)).toEqual(['constructor', '__proto__']);
    expect(Object.getPrototypeOf(design)).toBe(Object.prototype);
    expect(JSON.stringify(design)).not.toContain('polluted');
    // Two elements called "__proto__" are still two elements with one id.
    const twice = text.replace(/"id":"i?e?[a-z0-9]+","type":"image"/, '"id":"__proto__","type":"image"');
    expect(refusal(() => parseDesignText(twice)).message).toContain('used twice');
  });

  it('keeps a variant override keyed "__proto__" as an own entry, and refuses a bad one', () => {
    const design = base();
    design.pages[0].elements[1].id = '__proto__';
    design.variants = [{ id: 'v1', format: { preset: null, width: 500, height: 500 }, overrides: {} }];
    const layout = { x: 1, y: 2, width: 3, height: 4, rotation: 0 };
    const text = JSON.stringify(design).replace('"overrides":{}', `"overrides":{"__proto__":${JSON.stringify(layout)},"constructor":${JSON.stringify(layout)}}`);
    const parsed = parseDesignText(text).design;
    const overrides = parsed.variants![0].overrides;
    expect(Object.keys(overrides).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(overrides)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(overrides, '__proto__')?.value).toEqual(layout);
    // Saved and read again, it is still there.
    expect(parseDesignText(JSON.stringify(parsed)).design).toEqual(parsed);
    const bad = text.replace(`"__proto__":${JSON.stringify(layout)}`, '"__proto__":{"x":"javascript:alert(1)"}');
    expect(refusal(() => parseDesignText(bad)).message).toContain('variants.0.overrides.__proto__');
  });

  it('500 generated hostile designs: a SchemaError or a clean design, never anything else (property)', () => {
    const hostileValue = fc.oneof(
      fc.constantFrom(
        'https://evil.example/x.png',
        'file:///etc/passwd',
        'javascript:alert(1)',
        '<script>alert(1)</script>',
        'url(http://evil.example/)',
        '../../library.json',
        '\u0000',
        '__proto__',
        'constructor',
      ),
      fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER, -0, 1e-320),
      fc.constant(null),
      fc.constantFrom({ __proto__: { polluted: true } }, JSON.parse('{"__proto__":{"polluted":true}}'), { constructor: { prototype: { polluted: true } } }),
      fc.jsonValue({ maxDepth: 3 }),
    );
    const keys = fc.constantFrom('id', 'type', 'assetId', 'src', 'fill', 'stroke', 'text', 'children', 'fontFamily', 'x', 'width', '__proto__', 'constructor', 'onload', 'href', 'pages', 'variants', 'kind');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), keys, hostileValue), { minLength: 1, maxLength: 6 }), (edits) => {
        const design = base() as unknown as Record<string, unknown> & { pages: Array<{ elements: Array<Record<string, unknown>> }> };
        const targets: Record<string, unknown>[] = [design, design.pages[0] as unknown as Record<string, unknown>, ...design.pages[0].elements];
        for (const [at, key, value] of edits) Object.defineProperty(targets[at % targets.length], key, { value, enumerable: true, writable: true, configurable: true });
        const text = JSON.stringify(design);
        let read: Design | undefined;
        try {
          read = parseDesignText(text).design;
        } catch (error) {
          expect(error).toBeInstanceOf(SchemaError);
          expect((error as SchemaError).message.length).toBeGreaterThan(0);
        }
        // What is kept: no unknown key, and hostile strings only where words are data (a text,
        // a name, a font's family name), never where something is loaded from or run.
        if (read) {
          expect(JSON.stringify(read)).not.toMatch(/"(src|onload|href|polluted|__proto__)":/);
          for (const [key, value] of stringsOf(read)) {
            if (/evil\.example|file:|javascript:|<script/.test(value)) expect(['text', 'name', 'fontFamily']).toContain(key);
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('parseJsonText refuses before JSON.parse what would overflow a recursive reader later', () => {
    expect(refusal(() => parseJsonText('['.repeat(MAX_JSON_DEPTH + 1) + ']'.repeat(MAX_JSON_DEPTH + 1), 'x.json')).detail.key).toBe('schema.tooDeeplyNested');
    expect(parseJsonText('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH), 'x.json')).toBeInstanceOf(Array);
  });
});

/**
 * Design schema v4 and library schema v4: the design kind `post` is now `still` (a Post will be a
 * scheduled publication), and the brand kit's palettes list `colors`. REL-09: every past fixture migrates, migrating twice changes nothing, the
 * input is never mutated; a v3 file of kind `post` opens as `still`, other kinds stay.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DESIGN_KINDS, DESIGN_SCHEMA_VERSION } from './design';
import { createDesign } from './factory';
import { LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION, parseLibrary } from './library';
import { migrate } from './migrate';
import { DESIGN_MIGRATIONS, parseDesign } from './parseDesign';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const readFixture = (name: string) => JSON.parse(fs.readFileSync(path.join(fixturesDir, name), 'utf8')) as Record<string, unknown>;
const pastFixtures = (kind: 'design' | 'library', current: number) => Array.from({ length: current - 1 }, (_, i) => `${kind}.v${i + 1}.json`);

describe('design kind `still` (design schema v4)', () => {
  it('lists still, carousel, video and meme; a new design is a still', () => {
    expect([...DESIGN_KINDS]).toEqual(['still', 'carousel', 'video', 'meme']);
    expect(createDesign({ name: 'N', format: { preset: null, width: 10, height: 10 } }).kind).toBe('still');
  });

  it('a v3 design of kind post opens as a still, with nothing else changed', () => {
    const v3 = { ...readFixture('design.v3.json'), kind: 'post' };
    const snapshot = structuredClone(v3);
    const { design, migratedFrom } = parseDesign(v3);
    expect(migratedFrom).toBe(3);
    expect(design.kind).toBe('still');
    // Read as v4: the v4 -> v5 step (slot fields) applies to both sides.
    expect(design).toEqual(parseDesign({ ...v3, schemaVersion: 4, kind: 'still' }).design);
    expect(v3).toEqual(snapshot);
  });

  it.each(['carousel', 'video', 'meme'])('a v3 design of kind %s keeps its kind', (kind) => {
    expect(parseDesign({ ...readFixture('design.v3.json'), kind }).design.kind).toBe(kind);
  });

  it('`post` is no kind of a v4 design: a file that says so is refused', () => {
    expect(() => parseDesign({ ...readFixture('design.v4.json'), kind: 'post' })).toThrow(/kind/);
  });

  it.each(pastFixtures('design', 4))('%s reaches the current version as a still: twice changes nothing, input untouched', (name) => {
    const raw = { ...readFixture(name), kind: 'post' };
    const snapshot = structuredClone(raw);
    const once = migrate(raw, DESIGN_MIGRATIONS, DESIGN_SCHEMA_VERSION, name);
    expect(once.doc).toMatchObject({ schemaVersion: DESIGN_SCHEMA_VERSION, kind: 'still' });
    const twice = migrate(once.doc, DESIGN_MIGRATIONS, DESIGN_SCHEMA_VERSION, name);
    expect(twice.doc).toEqual(once.doc);
    expect(twice.applied).toEqual([]);
    expect(raw).toEqual(snapshot);
  });

  it('the v4 fixture is a still', () => {
    const { design, migratedFrom } = parseDesign(readFixture('design.v4.json'));
    expect(migratedFrom).toBe(4);
    expect(design.kind).toBe('still');
  });
});

describe('design index kinds (library schema v4)', () => {
  it('the step to version 4 renames the design kinds of the index', () => {
    expect(LIBRARY_SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
    expect(LIBRARY_MIGRATIONS.find((step) => step.from === 3)).toMatchObject({ name: 'design kind still, palette colors' });
  });

  it('a v3 library lists its posts as stills and leaves every other entry and kind alone', () => {
    const v3 = readFixture('library.v3.json');
    const snapshot = structuredClone(v3);
    const { library, migratedFrom } = parseLibrary(v3);
    expect(migratedFrom).toBe(3);
    const before = v3.designs as Record<string, { kind: string }>;
    const after = library.designs;
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(Object.values(before).map((d) => d.kind)).toContain('post');
    for (const [id, entry] of Object.entries(before)) expect(after[id].kind).toBe(entry.kind === 'post' ? 'still' : entry.kind);
    expect(library).toEqual(parseLibrary(readFixture('library.v4.json')).library);
    expect(v3).toEqual(snapshot);
  });

  it('the step keeps an entry whose id is __proto__ as an entry (ids from a file never reach a prototype)', () => {
    const v3 = JSON.parse('{"schemaVersion":3,"designs":{"__proto__":{"id":"__proto__","kind":"post"},"d1":{"id":"d1","kind":"meme"}}}');
    const { doc } = migrate(v3, LIBRARY_MIGRATIONS.filter((step) => step.from === 3), 4, 'library.json');
    expect(Object.keys(doc.designs as object)).toEqual(['__proto__', 'd1']);
    expect(Object.getPrototypeOf(doc.designs)).toBe(Object.prototype);
    expect(JSON.stringify(doc.designs)).toBe('{"__proto__":{"id":"__proto__","kind":"still"},"d1":{"id":"d1","kind":"meme"}}');
  });

  it('a v3 brand kit’s palettes list their `colours` as `colors`, swatches and names kept', () => {
    const v3 = readFixture('library.v3.json');
    const before = (v3.brandKit as { palettes: Array<{ colours: unknown[] }> }).palettes;
    expect(before[0].colours.length).toBeGreaterThan(0);
    const { library } = parseLibrary(v3);
    expect(library.brandKit.palettes.map((p) => p.colors)).toEqual(before.map((p) => p.colours));
    expect(JSON.stringify(library)).not.toContain('colours');
  });

  it.each(pastFixtures('library', LIBRARY_SCHEMA_VERSION))('%s reaches the current version as a still: twice changes nothing, input untouched, no post left', (name) => {
    const raw = readFixture(name);
    const snapshot = structuredClone(raw);
    const once = migrate(raw, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION, name);
    expect(once.doc.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    expect(JSON.stringify(once.doc.designs)).not.toContain('"kind":"post"');
    expect(JSON.stringify(once.doc.brandKit ?? {})).not.toContain('"colours"');
    const twice = migrate(once.doc, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION, name);
    expect(twice.doc).toEqual(once.doc);
    expect(twice.applied).toEqual([]);
    expect(raw).toEqual(snapshot);
  });
});

/**
 * Library schema v2: the user's own formats (issue "Sized for every network"). REL-09: the v1
 * fixture still opens, migrating twice changes nothing, the input is never mutated; a file from a
 * newer Affiche is refused here (the library then opens it read-only, jsonStore.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LIMITS } from './design';
import { emptyLibrary, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION, parseLibrary, USER_FORMAT_LIMITS, type UserFormat } from './library';
import { migrate, SchemaError } from './migrate';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const readFixture = (name: string) => JSON.parse(fs.readFileSync(path.join(fixturesDir, name), 'utf8')) as Record<string, unknown>;

const at = '2025-06-04T10:00:00.000Z';
function userFormat(props: Partial<UserFormat> = {}): UserFormat {
  return { id: 'fposter', name: 'Affiche A3', width: 1000, height: 1500, createdAt: at, updatedAt: at, ...props };
}
function withFormats(...formats: unknown[]) {
  return { ...emptyLibrary(), formats: Object.fromEntries(formats.map((f) => [(f as { id: string }).id, f])) };
}
function problemOf(raw: unknown): SchemaError {
  try {
    parseLibrary(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return error as SchemaError;
  }
  throw new Error('expected a SchemaError');
}

describe('library schema v2 (user formats)', () => {
  it('version 2 is reached by one numbered step from version 1', () => {
    // Later versions add steps after this one (libraryV3.test.ts); this one stays first.
    expect(LIBRARY_SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    expect(LIBRARY_MIGRATIONS.map((m) => [m.from, m.name])[0]).toEqual([1, 'user formats']);
  });

  it('a v1 library opens with no formats of its own, and nothing else changed', () => {
    const v1 = readFixture('library.v1.json');
    const snapshot = structuredClone(v1);
    const { library, migratedFrom } = parseLibrary(v1);
    expect(migratedFrom).toBe(1);
    expect(library.formats).toEqual({});
    // Same as the v1 file stamped v2 with an empty `formats`: the step adds nothing else.
    expect(library).toEqual(parseLibrary({ ...v1, schemaVersion: 2, formats: {} }).library);
    expect(Object.keys(library.designs)).toEqual(Object.keys(v1.designs as object));
    expect(v1).toEqual(snapshot);
  });

  it('a v1 file that somehow carries `formats` gets none: v1 never had them', () => {
    const v1 = { ...readFixture('library.v1.json'), formats: { junk: { id: 'junk' } } };
    expect(parseLibrary(v1).library.formats).toEqual({});
  });

  it.each(['library.v1.json', 'library.v2.json'])('%s: migrating twice changes nothing, input untouched', (name) => {
    const raw = readFixture(name);
    const snapshot = structuredClone(raw);
    const once = migrate(raw, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION, name);
    expect(once.doc.schemaVersion).toBe(LIBRARY_SCHEMA_VERSION);
    const twice = migrate(once.doc, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION, name);
    expect(twice.doc).toEqual(once.doc);
    expect(twice.applied).toEqual([]);
    expect(raw).toEqual(snapshot);
    const parsed = parseLibrary(raw).library;
    expect(parseLibrary(parsed).library).toEqual(parsed);
  });

  it('the v2 fixture has formats with and without limits, and a design made from one', () => {
    const { library, migratedFrom } = parseLibrary(readFixture('library.v2.json'));
    expect(migratedFrom === undefined || migratedFrom === 2).toBe(true);
    expect(library.formats.fa3poster01).toMatchObject({ name: 'Affiche A3', width: 1000, height: 1500, limits: { maxBytes: 5_000_000 } });
    expect(library.formats.fnewsletter1.limits).toBeUndefined();
    expect(library.designs.dposter0001.format.preset).toBe('user:fa3poster01');
  });

  it('a newer library is refused as future-version (opened read-only by the store)', () => {
    const future = { ...readFixture('library.v2.json'), schemaVersion: LIBRARY_SCHEMA_VERSION + 1 };
    expect(problemOf(future).problem).toBe('future-version');
  });

  it('accepts a format at the bounds', () => {
    const edge = userFormat({
      name: 'x'.repeat(USER_FORMAT_LIMITS.maxNameLength),
      width: 1,
      height: LIMITS.maxPageSide,
      limits: { maxBytes: USER_FORMAT_LIMITS.maxBytes, types: ['image/png'], note: 'n'.repeat(USER_FORMAT_LIMITS.maxNoteLength) },
    });
    expect(parseLibrary(withFormats(edge)).library.formats.fposter).toEqual(edge);
  });

  it.each([
    ['a blank name', { name: '   ' }, 'a format needs a name'],
    ['a long name', { name: 'x'.repeat(USER_FORMAT_LIMITS.maxNameLength + 1) }, 'formats.fposter.name'],
    ['a zero width', { width: 0 }, 'formats.fposter.width'],
    ['a huge height', { height: LIMITS.maxPageSide + 1 }, 'formats.fposter.height'],
    ['a fractional width', { width: 10.5 }, 'formats.fposter.width'],
    ['an unknown type', { limits: { types: ['image/bmp'] } }, 'formats.fposter.limits.types'],
    ['a type twice', { limits: { types: ['image/png', 'image/png'] } }, 'a type is listed twice'],
    ['no types in the list', { limits: { types: [] } }, 'formats.fposter.limits.types'],
    ['a zero byte cap', { limits: { maxBytes: 0 } }, 'formats.fposter.limits.maxBytes'],
    ['a long note', { limits: { note: 'n'.repeat(USER_FORMAT_LIMITS.maxNoteLength + 1) } }, 'formats.fposter.limits.note'],
    ['a bad id', { id: '../x' }, 'formats'],
  ])('refuses %s', (_what, props, message) => {
    const error = problemOf(withFormats(userFormat(props as Partial<UserFormat>)));
    expect(error.problem).toBe('invalid');
    expect(error.message).toContain(message);
  });

  it('refuses a key that is not the format id, and more formats than the cap', () => {
    expect(problemOf({ ...emptyLibrary(), formats: { other: userFormat() } }).message).toContain('does not match its key');
    const many = Array.from({ length: USER_FORMAT_LIMITS.maxFormats + 1 }, (_, i) => userFormat({ id: `f${i}` }));
    expect(problemOf(withFormats(...many)).message).toContain(`at most ${USER_FORMAT_LIMITS.maxFormats}`);
    expect(parseLibrary(withFormats(...many.slice(1))).library.formats).toBeDefined();
  });
});

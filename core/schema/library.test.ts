/**
 * REL-09: a fixture for every schema version ever released (fixtures/<file>.v<N>.json). Each must
 * parse with today's code, and migrating twice must change nothing. When a migration is added,
 * the old fixture stays and a new one for the new version joins it.
 */
import { parsePosts, POSTS_MIGRATIONS, POSTS_SCHEMA_VERSION } from './posts';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AssetSummary, DesignSummary, Settings } from '../api';
import { assetIdsOfDesign } from '../elements';
import { DESIGN_SCHEMA_VERSION } from './design';
import {
  emptyLibrary,
  LIBRARY_MIGRATIONS,
  LIBRARY_SCHEMA_VERSION,
  parseLibrary,
  parseLibraryText,
  type AssetRecord,
  type DesignIndexEntry,
  type LibraryFile,
} from './library';
import { migrate, SchemaError } from './migrate';
import { DESIGN_MIGRATIONS, parseDesign, parseDesignText } from './parseDesign';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const fixtures = fs.readdirSync(fixturesDir).filter((name) => name.endsWith('.json'));
const read = (name: string) => fs.readFileSync(path.join(fixturesDir, name), 'utf8');

const kinds = {
  design: { current: DESIGN_SCHEMA_VERSION, migrations: DESIGN_MIGRATIONS, parse: (raw: unknown) => parseDesign(raw).design },
  library: { current: LIBRARY_SCHEMA_VERSION, migrations: LIBRARY_MIGRATIONS, parse: (raw: unknown) => parseLibrary(raw).library },
  posts: { current: POSTS_SCHEMA_VERSION, migrations: POSTS_MIGRATIONS, parse: (raw: unknown) => parsePosts(raw).posts },
} as const;

describe('schema fixtures (REL-09)', () => {
  it('has a fixture for every version of every file kind', () => {
    for (const [kind, { current }] of Object.entries(kinds)) {
      for (let v = 1; v <= current; v++) expect(fixtures).toContain(`${kind}.v${v}.json`);
    }
  });

  it.each(fixtures)('%s parses, and migrating twice changes nothing', (name) => {
    const kind = name.split('.')[0] as keyof typeof kinds;
    const { current, migrations, parse } = kinds[kind];
    const raw = JSON.parse(read(name)) as unknown;
    const snapshot = structuredClone(raw);
    const once = migrate(raw, migrations, current, name);
    const twice = migrate(once.doc, migrations, current, name);
    expect(twice.doc).toEqual(once.doc);
    expect(twice.applied).toEqual([]);
    expect(raw).toEqual(snapshot); // migrations never mutate their input
    expect(parse(once.doc)).toEqual(parse(twice.doc));
  });

  it('the design fixture is realistic: text, image, shape and group, assets by sha256', () => {
    const { design } = parseDesignText(read('design.v1.json'));
    const types = new Set<string>();
    const visit = (els: (typeof design.pages)[0]['elements']) =>
      els.forEach((el) => {
        types.add(el.type);
        if (el.type === 'group') visit(el.children);
      });
    design.pages.forEach((page) => visit(page.elements));
    expect([...types].sort()).toEqual(['group', 'image', 'shape', 'text']);
    expect(assetIdsOfDesign(design).every((id) => /^[0-9a-f]{64}$/.test(id))).toBe(true);
  });

  it('the library fixture refers to the design fixture and its assets', () => {
    const { library } = parseLibraryText(read('library.v1.json'));
    const { design } = parseDesignText(read('design.v1.json'));
    expect(library.designs[design.id]).toMatchObject({ name: design.name, pageCount: design.pages.length });
    for (const id of assetIdsOfDesign(design)) expect(library.assets[id]?.kind).toBe('image');
  });
});

describe('library.json v5: templates in the design index', () => {
  it('a v4 library opens with its designs as designs and no bank favourites', () => {
    const { library, migratedFrom } = parseLibraryText(read('library.v4.json'));
    expect(migratedFrom).toBe(4);
    expect(library.bankFavourites).toEqual([]);
    expect(Object.values(library.designs).every((entry) => entry.template === undefined)).toBe(true);
  });

  it('the v5 fixture keeps a template’s mark (tags, favourite, slots) and the bank favourites', () => {
    const { library, migratedFrom } = parseLibraryText(read('library.v5.json'));
    expect(migratedFrom).toBeUndefined();
    expect(library.bankFavourites).toEqual(['bank:classic']);
    expect(library.designs.tmemechat01.template).toEqual({
      tags: ['lundi', 'chat'],
      favourite: true,
      slots: [
        { name: 'picture', kind: 'image', required: true },
        { name: 'top', kind: 'text' },
        { name: 'bottom', kind: 'text', required: true },
      ],
    });
  });

  it.each([
    ['a tag not stored normalised', { tags: ['Chat'], slots: [] }],
    ['a tag twice', { tags: ['chat', 'chat'], slots: [] }],
    ['an unknown slot kind', { tags: [], slots: [{ name: 'x', kind: 'video' }] }],
  ])('refuses a template mark with %s', (_what, template) => {
    const fixture = JSON.parse(read('library.v5.json'));
    fixture.designs.tmemechat01.template = template;
    expect(() => parseLibrary(fixture)).toThrow(SchemaError);
  });

  it('refuses a bank favourite that is not a bank id, or listed twice', () => {
    expect(() => parseLibrary({ ...emptyLibrary(), bankFavourites: ['d123'] })).toThrow(SchemaError);
    expect(() => parseLibrary({ ...emptyLibrary(), bankFavourites: ['bank:classic', 'bank:classic'] })).toThrow(SchemaError);
  });
});

describe('library.json schema', () => {
  it('accepts an empty library', () => {
    expect(parseLibrary(emptyLibrary()).library).toEqual(emptyLibrary());
  });

  it.each([
    ['not JSON', '{"schemaVersion":1,', 'not-json'],
    ['an array', '[]', 'not-object'],
    ['no version', '{}', 'no-version'],
    ['a newer version', JSON.stringify({ ...emptyLibrary(), schemaVersion: LIBRARY_SCHEMA_VERSION + 1 }), 'future-version'],
    ['a key that is not the record id', JSON.stringify({ ...emptyLibrary(), designs: { a: { id: 'b' } } }), 'invalid'],
    ['an unknown language', JSON.stringify({ ...emptyLibrary(), settings: { language: 'xx' } }), 'invalid'],
  ])('refuses %s with a SchemaError', (_what, text, problem) => {
    const error = (() => {
      try {
        parseLibraryText(text);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).problem).toBe(problem);
  });

  it('stays the same shape as the API types', () => {
    // Compile-time checks: the stored records are what the API returns.
    const asset: AssetSummary = {} as AssetRecord;
    const design: DesignSummary = {} as DesignIndexEntry;
    const settings: Settings = {} as LibraryFile['settings'];
    expect([asset, design, settings]).toHaveLength(3);
  });
});

describe('posts.json v2: deleted posts keep their sequence', () => {
  it('a v1 calendar opens with its posts as they were and no deleted sequence remembered', () => {
    const v1 = parsePosts(JSON.parse(read('posts.v1.json')));
    expect(v1.migratedFrom).toBe(1);
    expect(v1.posts.deletedSequences).toEqual({});
    expect(v1.posts.posts['post-launch'].sequence).toBe(2);
  });

  it('the v2 fixture remembers a deleted post’s sequence; a negative one is refused', () => {
    const fixture = JSON.parse(read('posts.v2.json'));
    expect(parsePosts(fixture).posts.deletedSequences).toEqual({ 'post-cancelled': 4 });
    expect(() => parsePosts({ ...fixture, deletedSequences: { 'post-cancelled': -1 } })).toThrow(SchemaError);
  });
});

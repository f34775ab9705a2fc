/** The entry-name parser and the manifest check, fuzzed (fast-check) and on hand-picked cases. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMessage, type Message } from '../../../../core/messages';
import { ARCHIVE_FORMAT, checkManifest, entryNameOf, parseEntryName, type EntryName } from './format';

const designId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const assetId = fc.stringMatching(/^[0-9a-f]{64}$/);
const entry: fc.Arbitrary<EntryName> = fc.oneof(
  fc.constant<EntryName>({ kind: 'manifest' }),
  fc.constant<EntryName>({ kind: 'index' }),
  designId.map((id): EntryName => ({ kind: 'design', id })),
  assetId.map((id): EntryName => ({ kind: 'blob', id })),
);

/** Characters that make names interesting: separators, dots, drive colons, controls, non-ASCII. */
const nameChars = fc.constantFrom('a', 'Z', '0', '-', '_', '.', '/', '\\', ':', ' ', '\u0000', '\n', 'é', '%', 'designs', 'blobs', '.json', '..');
const hostileName = fc.array(nameChars, { maxLength: 30 }).map((parts) => parts.join(''));

describe('parseEntryName', () => {
  it('reads back every name it writes', () => {
    fc.assert(
      fc.property(entry, (e) => {
        expect(parseEntryName(entryNameOf(e))).toEqual(e);
      }),
      { numRuns: 500 },
    );
  });

  it('never accepts a name that could leave the folder, and accepts only the four shapes', () => {
    fc.assert(
      fc.property(fc.oneof(hostileName, fc.string({ maxLength: 300 })), (name) => {
        const parsed = parseEntryName(name);
        if (parsed.kind === 'refused') {
          expect(formatMessage(parsed.reason, 'en').length).toBeGreaterThan(0);
          expect(formatMessage(parsed.reason, 'fr').length).toBeGreaterThan(0);
          return;
        }
        // Accepted: it is exactly what entryNameOf would write, hence safe.
        expect(entryNameOf(parsed)).toBe(name);
        expect(name.startsWith('/')).toBe(false);
        expect(name).not.toMatch(/\\|\.\.|:|[\u0000-\u001f]/);
        expect(name.split('/').length).toBeLessThanOrEqual(2);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['../x', 'leaves'],
    ['a/./b', 'leaves'],
    ['/abs', 'absolute'],
    ['c:evil', 'absolute'],
    ['a\\b', 'backslashes'],
    ['a\u0000b', 'control'],
    ['', 'no name'],
    ['x'.repeat(300), 'too long'],
    ['designs/a b.json', 'not part'],
    ['blobs/ABC', 'not part'],
    ['designs/', 'not part'],
  ])('refuses %j (%s)', (name, reason) => {
    const parsed = parseEntryName(name);
    expect(parsed.kind).toBe('refused');
    expect(formatMessage((parsed as { reason: Message }).reason, 'en')).toContain(reason);
  });
});

describe('checkManifest', () => {
  const valid = {
    format: ARCHIVE_FORMAT,
    version: 1,
    scope: 'library',
    createdAt: '2025-06-01T12:00:00.000Z',
    app: '0.1.0',
    librarySchemaVersion: 3,
    counts: { designs: 0, assets: 0, collections: 0, formats: 0, palettes: 0, logos: 0, fonts: 0 },
    entries: [{ name: 'library.json', bytes: 10 }],
  };

  it('accepts a valid manifest', () => {
    expect(checkManifest(valid)).toMatchObject({ ok: true });
  });

  it('never throws, and accepts only manifests whose every entry name parses', () => {
    const manifest = fc.record({
      format: fc.oneof(fc.constant(ARCHIVE_FORMAT), fc.string()),
      version: fc.oneof(fc.constant(1), fc.integer(), fc.double(), fc.string()),
      scope: fc.oneof(fc.constantFrom('library', 'brandKit'), fc.string()),
      createdAt: fc.constant(valid.createdAt),
      app: fc.string({ maxLength: 60 }),
      librarySchemaVersion: fc.integer({ min: -1, max: 5 }),
      counts: fc.constant(valid.counts),
      entries: fc.array(fc.record({ name: fc.oneof(hostileName, entry.map(entryNameOf)), bytes: fc.integer({ min: -1, max: 1e9 }) }), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.oneof(manifest, fc.anything()), (raw) => {
        const result = checkManifest(raw);
        if (!result.ok) {
          expect(formatMessage(result.reason, 'en').length).toBeGreaterThan(0);
          return;
        }
        expect(result.manifest.format).toBe(ARCHIVE_FORMAT);
        expect(result.manifest.version).toBe(1);
        const names = result.manifest.entries.map((e) => e.name);
        expect(new Set(names).size).toBe(names.length);
        for (const name of names) expect(['index', 'design', 'blob']).toContain(parseEntryName(name).kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('says when an archive is newer or not ours, in English and in French', () => {
    const reason = (raw: unknown, language: 'en' | 'fr' = 'en') => {
      const result = checkManifest(raw);
      return result.ok ? '' : formatMessage(result.reason, language);
    };
    expect(checkManifest({ ...valid, version: 2 })).toMatchObject({ ok: false, reason: { key: 'archive.manifest.newer', params: { found: 2, current: 1 } } });
    expect(reason({ ...valid, version: 2 })).toContain('newer Affiche');
    expect(reason({ ...valid, version: 2 }, 'fr')).toBe('cette archive vient d’une version plus récente d’Affiche (version d’archive 2\u202f; celle-ci lit jusqu’à la version 1)');
    expect(reason({ ...valid, format: 'zip' })).toContain('not an Affiche archive');
    expect(reason({ ...valid, entries: [{ name: '../x', bytes: 1 }] })).toContain('unsafe entry');
    expect(reason({ ...valid, entries: [{ name: '../x', bytes: 1 }] }, 'fr')).toBe('manifest.json cite une entrée dangereuse\u00a0: «\u00a0../x\u00a0» sort du dossier de l’archive');
    expect(reason({ ...valid, entries: [valid.entries[0], valid.entries[0]] })).toContain('twice');
  });
});

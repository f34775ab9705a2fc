/**
 * EXP-09 by property: any title gives a post folder name that is safe on every OS (letters, digits
 * and dashes, at most 60 characters, never empty, never a reserved name), several posts never
 * share a folder (case-insensitive), and the writer refuses any path it did not build.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Post } from '../../../core/schema/posts';
import { placePosts, titleSlug } from './bundleSelect';
import { sortedEntries } from './bundleWriter';

const post = (id: string, title: string, local: string | null): Post => ({
  id,
  title,
  status: 'draft',
  notes: '',
  at: local ? { local, zone: 'Europe/Paris' } : null,
  designIds: [],
  master: { caption: '', hashtags: [], firstComment: '', link: '' },
  targets: [],
  sequence: 0,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
});

describe('bundle names', () => {
  it('a title of any characters gives a short, safe, non-reserved folder name part', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (title) => {
        const slug = titleSlug(title);
        expect(slug).toMatch(/^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u);
        expect([...slug].length).toBeLessThanOrEqual(60);
        expect(slug).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)$/i);
      }),
      { numRuns: 2000 },
    );
    expect(titleSlug('Soldes d’été !')).toBe('soldes-d-ete');
    expect(titleSlug('CON')).toBe('post-con');
    expect(titleSlug('../..')).toBe('post');
  });

  it('several posts never share a folder, whatever their titles and days', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('Soldes', 'SOLDES', 'soldes!', '', 'Été', 'ete'), fc.constantFrom('2026-12-10T09:00', '2026-12-11T09:00', null)), { minLength: 2, maxLength: 12 }), (items) => {
        const placed = placePosts(items.map(([title, at], i) => post(`p${i}`, title, at)));
        const folders = placed.map((p) => p.folder.toLowerCase());
        expect(new Set(folders).size).toBe(folders.length);
        for (const { folder } of placed) expect(() => sortedEntries([{ path: `${folder}/x/caption.txt`, data: new Uint8Array() }])).not.toThrow();
      }),
    );
  });

  it('the writer refuses a path it did not build', () => {
    for (const bad of ['../x.txt', 'a/../b.txt', '/abs.txt', 'a\\b.txt', '.hidden', 'a/b/c/d.txt', 'x:y.txt', '']) {
      expect(() => sortedEntries([{ path: bad, data: new Uint8Array() }]), bad).toThrow();
    }
    expect(() => sortedEntries([{ path: 'A.txt', data: new Uint8Array() }, { path: 'a.txt', data: new Uint8Array() }])).toThrow(/twice/);
  });
});

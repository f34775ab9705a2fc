import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assetFacetsSchema } from '../../../core/api/assetArgs';
import { assetListArgsSchema } from '../../../core/api/assetArgs';
import { assetRecordSchema, type AssetRecord } from '../../../core/schema/library';
import { normaliseTag, normaliseTags } from '../../../core/schema/assetOrganisation';
import { assetFacets, fold, hexToLab, searchAssets } from './assetSearch';

const idOf = (n: number | string) => createHash('sha256').update(`asset-${n}`).digest('hex');

function asset(n: number, extra: Partial<AssetRecord> & Record<string, unknown> = {}): AssetRecord {
  return {
    id: idOf(n),
    kind: 'image',
    mime: 'image/jpeg',
    fileName: `file-${n}.jpg`,
    bytes: 1000 + n,
    createdAt: new Date(Date.UTC(2025, 0, 1 + n)).toISOString(),
    ...extra,
  } as AssetRecord;
}

const ids = (records: AssetRecord[]) => records.map((r) => r.id);

describe('tags are normalised', () => {
  it('trims, collapses spaces, drops "#", lower-cases, keeps accents, NFC', () => {
    expect(normaliseTag('  #Été   2025 ')).toBe('été 2025');
    expect(normaliseTag('e\u0301te\u0301')).toBe('été');
    expect(normaliseTag('   ')).toBe('');
    expect(normaliseTag('x'.repeat(80))).toHaveLength(50);
    expect(normaliseTags(['Plage', 'plage', ' PLAGE', '#plage', '', 'mer'])).toEqual(['plage', 'mer']);
  });

  it('a stored tag that is not normalised is refused by the schema (hand edit)', () => {
    expect(assetRecordSchema.safeParse(asset(1, { tags: ['Plage'] })).success).toBe(false);
    expect(assetRecordSchema.safeParse(asset(1, { tags: ['plage', 'plage'] })).success).toBe(false);
    expect(assetRecordSchema.safeParse(asset(1, { tags: ['plage'], favourite: true, name: 'Plage', deletedAt: '2025-01-01T00:00:00.000Z' })).success).toBe(true);
  });
});

describe('searchAssets', () => {
  const records = [
    asset(1, { name: 'Plage d’été', tags: ['mer'], favourite: true, colours: ['#ff0000'] }),
    asset(2, { fileName: 'ÉTÉ-SOLDES.png', kind: 'image', bytes: 99_999, notes: 'Pour la campagne', collections: ['c1'] }),
    asset(3, { kind: 'video', mime: 'video/mp4', credit: 'Photo: Jane Doe / Unsplash', tags: ['mer', 'plage'], colours: [{ hex: '#0000ff' }] }),
    asset(4, { name: 'zèbre', deletedAt: '2025-03-01T00:00:00.000Z', tags: ['mer'] }),
    asset(5, { name: 'Æther œuvre', licence: 'CC BY 4.0', colours: ['#ee1111'] }),
  ];

  it('folds case and accents: "ete" finds "été" in a name and a file name', () => {
    expect(fold('Été Œuvre Straße')).toBe('ete oeuvre strasse');
    expect(ids(searchAssets(records, { query: 'ete' }).records).sort()).toEqual([idOf(1), idOf(2)].sort());
    expect(ids(searchAssets(records, { query: 'ÉTÉ soldes' }).records)).toEqual([idOf(2)]);
  });

  it('searches tags, notes, credit and licence; every word must match', () => {
    expect(ids(searchAssets(records, { query: 'campagne' }).records)).toEqual([idOf(2)]);
    expect(ids(searchAssets(records, { query: 'jane unsplash' }).records)).toEqual([idOf(3)]);
    expect(ids(searchAssets(records, { query: 'jane soldes' }).records)).toEqual([]);
    expect(ids(searchAssets(records, { query: 'cc by' }).records)).toEqual([idOf(5)]);
    expect(ids(searchAssets(records, { query: 'oeuvre' }).records)).toEqual([idOf(5)]);
  });

  it('leaves the trash out, unless asked for the trash', () => {
    expect(searchAssets(records, {}).total).toBe(4);
    expect(ids(searchAssets(records, { trash: true }).records)).toEqual([idOf(4)]);
    expect(ids(searchAssets(records, { query: 'zebre', trash: true }).records)).toEqual([idOf(4)]);
  });

  it('filters by type, tags (all of them, normalised), collection, favourite, date range', () => {
    expect(ids(searchAssets(records, { kind: 'video' }).records)).toEqual([idOf(3)]);
    expect(ids(searchAssets(records, { tags: ['#MER'] }).records).sort()).toEqual([idOf(1), idOf(3)].sort());
    expect(ids(searchAssets(records, { tags: ['mer', 'plage'] }).records)).toEqual([idOf(3)]);
    expect(ids(searchAssets(records, { collection: 'c1' }).records)).toEqual([idOf(2)]);
    expect(ids(searchAssets(records, { favourite: true }).records)).toEqual([idOf(1)]);
    const range = { from: '2025-01-03T00:00:00.000Z', to: '2025-01-04T00:00:00.000Z' };
    expect(ids(searchAssets(records, range).records)).toEqual([idOf(3), idOf(2)]);
  });

  it('matches tags without case or accents, like words: "ete" finds "été" and "Été" finds "ete"', () => {
    const tagged = [
      asset(1, { tags: ['été', 'plage'] }),
      asset(2, { tags: ['ete'] }),
      asset(3, { tags: ['noël', 'œuvre'] }),
      asset(4, { tags: ['étés'] }),
      asset(5, { tags: ['été'], deletedAt: '2025-03-01T00:00:00.000Z' }),
    ];
    const found = (tags: string[], trash = false) => ids(searchAssets(tagged, { tags, trash }).records).sort();
    expect(found(['ete'])).toEqual([idOf(1), idOf(2)].sort());
    expect(found(['#ÉTÉ'])).toEqual([idOf(1), idOf(2)].sort());
    expect(found(['Ete', 'PLAGE'])).toEqual([idOf(1)]);
    expect(found(['noel', 'oeuvre'])).toEqual([idOf(3)]);
    // A whole tag, not a part of one: "ete" does not find "étés".
    expect(found(['et'])).toEqual([]);
    expect(found(['ete'], true)).toEqual([idOf(5)]);
  });

  it('for any tag, its lower-case form without accents finds it (property)', () => {
    const letters = [...'aeiouyclnszAEIOUCNSZéèêëàâäîïôöùûüÿçñÉÈÊÀÂÎÔÛÇŒœæÆß- 0123456789'];
    const stripped = (tag: string) => tag.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 20 }).map((chars) => chars.join('')),
        fc.array(fc.constantFrom('mer', 'plage', 'ete', 'logo'), { maxLength: 3 }),
        (typed, others) => {
          const tag = normaliseTag(typed);
          fc.pre(tag !== '' && stripped(tag).trim() !== '');
          const record = asset(1, { tags: normaliseTags([tag, ...others]) });
          const decoy = asset(2, { tags: normaliseTags(others.length > 0 ? others : ['autre']) });
          const result = ids(searchAssets([record, decoy], { tags: [stripped(tag)] }).records);
          expect(result).toContain(idOf(1));
          // And a decoy is found only when it carries the same tag under another spelling.
          if (result.includes(idOf(2))) expect(decoy.tags!.some((other) => fold(other) === fold(tag))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('finds by dominant colour within a distance, nearest first', () => {
    expect(hexToLab('#ffffff')![0]).toBeCloseTo(100, 0);
    expect(ids(searchAssets(records, { colour: '#ff0000' }).records)).toEqual([idOf(1), idOf(5)]);
    expect(ids(searchAssets(records, { colour: '#ff0000', colourDistance: 1 }).records)).toEqual([idOf(1)]);
    expect(ids(searchAssets(records, { colour: '#0000ff' }).records)).toEqual([idOf(3)]);
    expect(ids(searchAssets(records, { colour: '#00ff00' }).records)).toEqual([]);
  });

  it('sorts newest (default), oldest, by name (folded), by size (largest first); pages with offset/limit', () => {
    expect(ids(searchAssets(records, {}).records)).toEqual([5, 3, 2, 1].map(idOf));
    expect(ids(searchAssets(records, { sort: 'oldest' }).records)).toEqual([1, 2, 3, 5].map(idOf));
    // "Æther œuvre" < "ETE-SOLDES" < "file-3" < "Plage": accents and case do not reorder.
    expect(ids(searchAssets(records, { sort: 'name' }).records)).toEqual([5, 2, 3, 1].map(idOf));
    expect(ids(searchAssets(records, { sort: 'size' }).records)[0]).toBe(idOf(2));
    const page = searchAssets(records, { offset: 1, limit: 2 });
    expect(page.total).toBe(4);
    expect(ids(page.records)).toEqual([3, 2].map(idOf));
    expect(searchAssets(records, { offset: 10 }).records).toEqual([]);
  });

  it('sees a replaced record at once (the cache is keyed by record object)', () => {
    const list = [asset(1)];
    expect(searchAssets(list, { query: 'renamed' }).total).toBe(0);
    list[0] = { ...list[0], name: 'Renamed' };
    expect(searchAssets(list, { query: 'renamed' }).total).toBe(1);
  });

  it('the argument schema refuses what it cannot honour, with a reason', () => {
    expect(assetListArgsSchema.safeParse({}).success).toBe(true);
    expect(assetListArgsSchema.safeParse({ kind: 'image' }).success).toBe(true);
    const bad = [{ sort: 'random' }, { limit: 0 }, { offset: -1 }, { colour: 'red' }, { from: 'yesterday' }, { kind: 'pdf' }];
    for (const args of bad) expect(assetListArgsSchema.safeParse(args).success, JSON.stringify(args)).toBe(false);
    const backwards = assetListArgsSchema.safeParse({ from: '2025-02-01T00:00:00Z', to: '2025-01-01T00:00:00Z' });
    expect(backwards.success).toBe(false);
    expect(backwards.error?.issues[0].message).toMatch(/ends before it starts/);
  });

  it('searches 10,000 assets in well under 50 ms once prepared', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => asset(i, { tags: [`t${i % 50}`], name: i % 7 === 0 ? `Été ${i}` : undefined }));
    searchAssets(many, {});
    const start = performance.now();
    for (const args of [{ query: 'ete' }, { tags: ['t3'] }, { sort: 'name' as const }, { query: 'file 99', limit: 20 }]) searchAssets(many, args);
    // Four queries; a loose bound for a shared CI machine, the bench holds the real budget.
    expect(performance.now() - start).toBeLessThan(400);
  });
});

describe('assetFacets', () => {
  /** The obvious way: one filter per question. facets must agree with it on any library. */
  function naiveFacets(records: AssetRecord[]) {
    const live = records.filter((r) => r.deletedAt === undefined);
    const keys = [...new Set(live.flatMap((r) => (r.tags ?? []).map(fold)))];
    const tags = keys
      .map((key) => {
        const spellings = [...new Set(live.flatMap((r) => (r.tags ?? []).filter((tag) => fold(tag) === key)))];
        const uses = (tag: string) => live.filter((r) => r.tags?.includes(tag)).length;
        // The most used spelling; on a tie, the higher code points (the accented one).
        const shown = spellings.sort((a, b) => uses(b) - uses(a) || (a < b ? 1 : -1))[0];
        return { tag: shown, count: live.filter((r) => r.tags?.some((tag) => fold(tag) === key)).length, key };
      })
      .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ tag, count }) => ({ tag, count }));
    const kind = (k: AssetRecord['kind']) => live.filter((r) => r.kind === k).length;
    return {
      tags,
      kinds: { image: kind('image'), video: kind('video'), audio: kind('audio'), font: kind('font') },
      favourites: live.filter((r) => r.favourite === true).length,
      trash: records.length - live.length,
      total: live.length,
    };
  }

  it('counts each tag once per asset, leaves the trash out of every count but its own, counts kinds and favourites', () => {
    const records = [
      asset(1, { tags: ['mer', 'plage'], favourite: true }),
      asset(2, { tags: ['mer'], kind: 'video', mime: 'video/mp4' }),
      asset(3, { tags: ['plage', 'été'], kind: 'font', mime: 'font/ttf', favourite: true }),
      asset(4, { tags: ['mer', 'corbeille'], favourite: true, deletedAt: '2025-03-01T00:00:00.000Z' }),
      asset(5, { tags: ['ete'], kind: 'audio', mime: 'audio/mpeg' }),
      asset(6, { kind: 'audio', mime: 'audio/mpeg', deletedAt: '2025-03-01T00:00:00.000Z' }),
      asset(7),
    ];
    const facets = assetFacets(records);
    expect(assetFacetsSchema.safeParse(facets).success).toBe(true);
    // "mer" is on 1, 2 and the trashed 4: two. A tag only in the trash is not listed.
    // "été" (on 3) and "ete" (on 5) are one tag, as the tag filter sees them: two assets, shown
    // with its accents on a tie; ties in count by folded name.
    expect(facets.tags).toEqual([
      { tag: 'été', count: 2 },
      { tag: 'mer', count: 2 },
      { tag: 'plage', count: 2 },
    ]);
    // Each facet finds as many assets as it counts.
    for (const { tag, count } of facets.tags) expect(searchAssets(records, { tags: [tag] }).total).toBe(count);
    // The spelling most assets carry is the one shown.
    expect(assetFacets([asset(1, { tags: ['ete'] }), asset(2, { tags: ['ete'] }), asset(3, { tags: ['Été'.toLowerCase()] })]).tags).toEqual([{ tag: 'ete', count: 3 }]);
    expect(facets.kinds).toEqual({ image: 2, video: 1, audio: 1, font: 1 });
    expect(facets).toMatchObject({ favourites: 2, trash: 2, total: 5 });
    expect(assetFacets([])).toEqual({ tags: [], kinds: { image: 0, video: 0, audio: 0, font: 0 }, favourites: 0, trash: 0, total: 0 });
  });

  it('agrees with a naive recount on any library (property)', () => {
    const recordArb = fc.record({
      kind: fc.constantFrom('image', 'video', 'audio', 'font'),
      tags: fc.uniqueArray(fc.constantFrom('mer', 'plage', 'été', 'ete', 'zèbre', 'a', 'b', 'logo', 'noël'), { maxLength: 5 }),
      favourite: fc.option(fc.boolean(), { nil: undefined }),
      trashed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 60 }), (specs) => {
        const records = specs.map((spec, i) =>
          asset(i, {
            kind: spec.kind,
            ...(spec.tags.length > 0 ? { tags: spec.tags } : {}),
            ...(spec.favourite !== undefined ? { favourite: spec.favourite } : {}),
            ...(spec.trashed ? { deletedAt: '2025-06-01T00:00:00.000Z' } : {}),
          }),
        );
        const facets = assetFacets(records);
        expect(facets).toEqual(naiveFacets(records));
        // The order of the records never changes the answer.
        expect(assetFacets([...records].reverse())).toEqual(facets);
        // A tag's count is what filtering by it finds.
        for (const { tag, count } of facets.tags) expect(searchAssets(records, { tags: [tag] }).total).toBe(count);
      }),
      { numRuns: 300 },
    );
  });

  it('is exact over 10,000 assets (speed: it is one pass, measured by the search bench budget, not here)', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      asset(i, {
        kind: (['image', 'video', 'audio', 'font'] as const)[i % 4],
        tags: i % 3 === 0 ? [`t${i % 50}`, 'common'] : [`t${i % 50}`],
        ...(i % 10 === 0 ? { favourite: true } : {}),
        ...(i % 100 === 99 ? { deletedAt: '2025-06-01T00:00:00.000Z' } : {}),
      }),
    );
    const facets = assetFacets(many);
    expect(facets).toEqual(naiveFacets(many));
    expect(facets.total).toBe(9_900);
    expect(facets.trash).toBe(100);
    expect(facets.tags).toHaveLength(51);
    expect(facets.tags[0]).toEqual({ tag: 'common', count: many.filter((r, i) => i % 3 === 0 && r.deletedAt === undefined).length });
    expect(facets.tags.reduce((sum, t) => sum + (t.tag === 'common' ? 0 : t.count), 0)).toBe(9_900);
  });
});

/**
 * Asset search (`assets.list`): query, filters, sort and paging over library.json's records.
 *
 * Budget: <= 50 ms over 10,000 assets (bench `library-search-10k-assets`). The costly part of a
 * search is preparing each record (folding accents of six text fields, parsing dates and colours),
 * so that is done once per record and cached in a WeakMap keyed by the record object. Every write
 * of the library replaces a record object instead of mutating it (assetOrganise.ts, imports), so
 * a changed record simply misses the cache and is prepared again: the index cannot go stale and
 * needs no hook in the import path. What remains per query is one pass of cheap comparisons and
 * a sort of the matches.
 *
 * Tags match like words do, without case or accents: a filter on "ete" finds the "été" tags (in
 * the app, the CLI and archives alike), and the facets count "été" and "ete" as one tag.
 */
import type { AssetFacets, AssetListArgs, AssetSort } from '../../../core/api/assetArgs';
import { DEFAULT_COLOUR_DISTANCE } from '../../../core/api/assetArgs';
import { normaliseTag } from '../../../core/schema/assetOrganisation';
import type { AssetRecord } from '../../../core/schema/library';
import { fold } from '../../../core/search/fold';

/** Lower case without accents (core/search/fold.ts), re-exported for the library's callers. */
export { fold };

type Lab = readonly [number, number, number];

interface Prepared {
  /** Folded name, file name, tags, notes, credit, licence, one per line. */
  text: string;
  /** Folded display name, for sorting by name. */
  sortName: string;
  /** Folded tags, for tag filters. */
  tagKeys: ReadonlySet<string>;
  created: number;
  /** Computed at the first colour search: most searches never need them. */
  labs?: Lab[];
}

function srgbToLinear(c: number): number {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** #rrggbb to CIE Lab (D65): distances there follow what the eye sees better than RGB ones. */
export function hexToLab(hex: string): Lab | null {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})/i.exec(hex);
  if (!m) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => srgbToLinear(parseInt(h, 16)));
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function labDistance(a: Lab, b: Lab): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
}

/**
 * Dominant colours of an asset, when its media metadata has them (`colors`, core/schema/assetMedia.ts,
 * written at import by another part of v3). Read defensively (strings "#rrggbb" or `{ hex }`, other
 * spellings too) so search does not break if that shape moves.
 */
export function coloursOf(record: AssetRecord): string[] {
  const raw = record as unknown as Record<string, unknown>;
  const list = raw.colors ?? raw.colours ?? raw.dominantColours;
  if (!Array.isArray(list)) return [];
  return list
    .map((item) => (typeof item === 'string' ? item : typeof item === 'object' && item !== null ? (item as { hex?: unknown }).hex : undefined))
    .filter((hex): hex is string => typeof hex === 'string');
}

/** What a tag is matched by: normalised like a stored tag, then folded ("#Été" -> "ete"). */
export function tagKey(tag: string): string {
  return fold(normaliseTag(tag));
}

export function displayNameOf(record: AssetRecord): string {
  return record.name ?? record.fileName;
}

const cache = new WeakMap<AssetRecord, Prepared>();

function prepare(record: AssetRecord): Prepared {
  let prepared = cache.get(record);
  if (!prepared) {
    const parts = [record.name ?? '', record.fileName, ...(record.tags ?? []), record.notes ?? '', record.credit ?? '', record.licence ?? ''];
    prepared = {
      text: fold(parts.join('\n')),
      sortName: fold(displayNameOf(record)),
      tagKeys: new Set((record.tags ?? []).map(fold)),
      created: Date.parse(record.createdAt),
    };
    cache.set(record, prepared);
  }
  return prepared;
}

/** Prepares every record now (bench, or a caller with idle time), so the next search is fast. */
export function warmSearch(records: Iterable<AssetRecord>): void {
  for (const record of records) prepare(record);
}

export interface SearchResult {
  records: AssetRecord[];
  total: number;
}

function compare(sort: AssetSort): (a: [AssetRecord, Prepared, number], b: [AssetRecord, Prepared, number]) => number {
  const byId = (a: AssetRecord, b: AssetRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  switch (sort) {
    case 'newest':
      return ([a, pa], [b, pb]) => pb.created - pa.created || byId(a, b);
    case 'oldest':
      return ([a, pa], [b, pb]) => pa.created - pb.created || byId(a, b);
    case 'name':
      return ([a, pa], [b, pb]) => (pa.sortName < pb.sortName ? -1 : pa.sortName > pb.sortName ? 1 : byId(a, b));
    case 'size':
      // Largest first: the reason to sort by size is finding what takes the space.
      return ([a], [b]) => b.bytes - a.bytes || byId(a, b);
  }
}

export function searchAssets(records: Iterable<AssetRecord>, args: AssetListArgs = {}): SearchResult {
  const terms = fold(args.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const tags = (args.tags ?? []).map((tag) => tagKey(tag)).filter(Boolean);
  const from = args.from ? Date.parse(args.from) : -Infinity;
  const to = args.to ? Date.parse(args.to) : Infinity;
  const target = args.colour ? hexToLab(args.colour) : null;
  const maxDistance = args.colourDistance ?? DEFAULT_COLOUR_DISTANCE;
  const trash = args.trash === true;

  const matches: [AssetRecord, Prepared, number][] = [];
  for (const record of records) {
    if ((record.deletedAt !== undefined) !== trash) continue;
    if (args.kind && record.kind !== args.kind) continue;
    if (args.favourite === true && record.favourite !== true) continue;
    if (args.favourite === false && record.favourite === true) continue;
    if (args.collection && !record.collections?.includes(args.collection)) continue;
    if (tags.length > 0 && !record.tags) continue;
    const prepared = prepare(record);
    if (tags.length > 0 && !tags.every((tag) => prepared.tagKeys.has(tag))) continue;
    if (prepared.created < from || prepared.created > to) continue;
    if (terms.length > 0 && !terms.every((term) => prepared.text.includes(term))) continue;
    let distance = 0;
    if (target) {
      distance = Infinity;
      prepared.labs ??= coloursOf(record)
        .map(hexToLab)
        .filter((lab): lab is Lab => lab !== null);
      for (const lab of prepared.labs) distance = Math.min(distance, labDistance(lab, target));
      if (distance > maxDistance) continue;
    }
    matches.push([record, prepared, distance]);
  }
  if (target && !args.sort) {
    const tie = compare('newest');
    matches.sort((a, b) => a[2] - b[2] || tie(a, b));
  } else {
    matches.sort(compare(args.sort ?? 'newest'));
  }
  const offset = args.offset ?? 0;
  const end = args.limit === undefined ? undefined : offset + args.limit;
  return { records: matches.slice(offset, end).map(([record]) => record), total: matches.length };
}

/**
 * `assets.facets`: tag counts, counts per kind, favourites, trash and total in one pass over the
 * records (no preparing, no copies: ~1 ms for 10,000 assets, far under the search budget).
 * Tags that differ only by case or accents ("été", "ete") are one tag, as the tag filter sees
 * them: counted once per asset that has any of them, and shown as the spelling most assets carry
 * (on a tie, the one with accents: the higher code points). Ordered by count, then by the folded
 * tag, then by the tag itself, so the order never depends on the records' order.
 */
export function assetFacets(records: Iterable<AssetRecord>): AssetFacets {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  const kinds: AssetFacets['kinds'] = { image: 0, video: 0, audio: 0, font: 0 };
  let favourites = 0;
  let trash = 0;
  let total = 0;
  for (const record of records) {
    if (record.deletedAt !== undefined) {
      trash++;
      continue;
    }
    total++;
    kinds[record.kind]++;
    if (record.favourite === true) favourites++;
    if (!record.tags) continue;
    const counted = new Set<string>();
    for (const tag of record.tags) {
      const key = fold(tag);
      let entry = byKey.get(key);
      if (!entry) byKey.set(key, (entry = { count: 0, spellings: new Map() }));
      entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1);
      if (!counted.has(key)) {
        counted.add(key);
        entry.count++;
      }
    }
  }
  const tags = [...byKey].map(([key, { count, spellings }]) => {
    let shown = '';
    let most = 0;
    for (const [tag, uses] of spellings) if (uses > most || (uses === most && tag > shown)) [shown, most] = [tag, uses];
    return { tag: shown, count, key };
  });
  tags.sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  return { tags: tags.map(({ tag, count }) => ({ tag, count })), kinds, favourites, trash, total };
}

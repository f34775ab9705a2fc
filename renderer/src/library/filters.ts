/** What the user filters the library by, and the `assets.list` arguments it becomes. */
import type { AssetListArgs, AssetSort } from '../../../core/api/assetArgs';
import type { AssetKind } from '../../../core/schema/constants';

export type { AssetKind };
/** The contract's kinds, listed here so the screen does not load the contract's schemas for them. */
export type LibraryView = 'all' | 'favourites' | 'trash';
/** 'colour': nearest to the chosen colour first (the API's order when no sort is given). */
export type LibrarySort = AssetSort | 'colour';

export interface LibraryFilters {
  view: LibraryView;
  query: string;
  kind: AssetKind | null;
  collection: string | null;
  tags: string[];
  /** "#rrggbb". */
  colour: string | null;
  /** "yyyy-mm-dd" as an <input type=date> gives it, in the user's time zone. */
  from: string;
  to: string;
  sort: LibrarySort;
}

export const DEFAULT_FILTERS: LibraryFilters = {
  view: 'all',
  query: '',
  kind: null,
  collection: null,
  tags: [],
  colour: null,
  from: '',
  to: '',
  sort: 'newest',
};

/** A local calendar day to the instant it starts (or, with `endOfDay`, its last millisecond). */
export function dayToIso(day: string, endOfDay = false): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const at = endOfDay ? new Date(year, month, date, 23, 59, 59, 999) : new Date(year, month, date);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

export function toListArgs(filters: LibraryFilters): AssetListArgs {
  const args: AssetListArgs = {};
  if (filters.view === 'trash') args.trash = true;
  if (filters.view === 'favourites') args.favourite = true;
  const query = filters.query.trim();
  if (query) args.query = query.slice(0, 200);
  if (filters.kind) args.kind = filters.kind;
  if (filters.collection) args.collection = filters.collection;
  if (filters.tags.length > 0) args.tags = filters.tags.slice(0, 20);
  if (filters.colour) args.colour = filters.colour;
  let from = dayToIso(filters.from);
  let to = dayToIso(filters.to, true);
  // A range typed backwards is read the way it was meant rather than refused.
  if (from && to && from > to) [from, to] = [dayToIso(filters.to), dayToIso(filters.from, true)];
  if (from) args.from = from;
  if (to) args.to = to;
  if (filters.sort !== 'colour') args.sort = filters.sort;
  else if (!filters.colour) args.sort = 'newest';
  return args;
}

/** How many filters narrow the list (for "Clear filters"); the view and the sort are not filters. */
export function activeFilterCount(filters: LibraryFilters): number {
  return (
    (filters.query.trim() ? 1 : 0) +
    (filters.kind ? 1 : 0) +
    (filters.collection ? 1 : 0) +
    filters.tags.length +
    (filters.colour ? 1 : 0) +
    (filters.from ? 1 : 0) +
    (filters.to ? 1 : 0)
  );
}

export function clearFilters(filters: LibraryFilters): LibraryFilters {
  return { ...DEFAULT_FILTERS, view: filters.view, sort: filters.sort === 'colour' ? 'newest' : filters.sort };
}

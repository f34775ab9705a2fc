/**
 * The current search as pages of `assets.list`, fetched as the grid scrolls to them. `total` is
 * known from the first answer, so the scrollbar has its full height at once. When the library
 * changes, what is on screen stays until the fresh pages arrive (no flash of empty tiles).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AssetSummary } from '../../../core/api';
import type { AssetListArgs } from '../../../core/api/assetArgs';
import { getBridge } from '../bridge';
import { errorMessage } from '../shared/errors';

export const PAGE_SIZE = 200;
/** The API's largest page: used to gather every id of a search (select all). */
const ID_PAGE = 5000;

interface CachedPage {
  generation: number;
  assets: AssetSummary[];
}

export interface AssetPages {
  /** null until the first answer for this search. */
  total: number | null;
  error: string | null;
  /** Bumps whenever a page arrives: the grid re-reads `assetAt`. */
  version: number;
  assetAt(index: number): AssetSummary | undefined;
  findById(id: string): AssetSummary | undefined;
  /** The grid shows [start, end): fetch the pages it needs. */
  requestRange(start: number, end: number): void;
  /** Loads [start, end] (a Shift-click range across pages never seen). */
  ensureRange(start: number, end: number): Promise<void>;
  allIds(): Promise<string[]>;
  refresh(): void;
}

export function useAssetPages(args: AssetListArgs): AssetPages {
  const key = JSON.stringify(args);
  const argsRef = useRef(args);
  argsRef.current = args;
  const cache = useRef(new Map<number, CachedPage>());
  const inFlight = useRef(new Map<number, Promise<void>>());
  const generation = useRef(0);
  const wanted = useRef<[number, number]>([0, PAGE_SIZE]);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const fetchPage = useCallback((page: number): Promise<void> => {
    const gen = generation.current;
    const existing = inFlight.current.get(page);
    if (existing) return existing;
    let request: Promise<void> | undefined = undefined;
    request = (async () => {
      try {
        const result = await getBridge().api['assets.list']({ ...argsRef.current, offset: page * PAGE_SIZE, limit: PAGE_SIZE });
        if (gen !== generation.current) return;
        cache.current.set(page, { generation: gen, assets: result.assets });
        setTotal(result.total);
        setError(null);
        setVersion((v) => v + 1);
      } catch (e) {
        if (gen === generation.current) setError(errorMessage(e));
      } finally {
        if (inFlight.current.get(page) === request) inFlight.current.delete(page);
      }
    })();
    inFlight.current.set(page, request);
    return request;
  }, []);

  const missingPages = useCallback((start: number, end: number) => {
    const pages: number[] = [];
    if (end <= start) return pages;
    for (let page = Math.floor(start / PAGE_SIZE); page <= Math.floor((end - 1) / PAGE_SIZE); page++) {
      if (cache.current.get(page)?.generation !== generation.current) pages.push(page);
    }
    return pages;
  }, []);

  // Scrolling fast through 10,000 tiles crosses many pages: only fetch where the grid settles.
  const rangeTimer = useRef<number | undefined>(undefined);
  const requestRange = useCallback(
    (start: number, end: number) => {
      wanted.current = [start, end];
      window.clearTimeout(rangeTimer.current);
      const pages = missingPages(start, end);
      if (pages.length === 0) return;
      const settle = pages.every((page) => !cache.current.has(page)) ? 60 : 0;
      rangeTimer.current = window.setTimeout(() => {
        for (const page of missingPages(...wanted.current)) void fetchPage(page);
      }, settle);
    },
    [fetchPage, missingPages],
  );

  const ensureRange = useCallback(
    async (start: number, end: number) => {
      await Promise.all(missingPages(Math.min(start, end), Math.max(start, end) + 1).map(fetchPage));
    },
    [fetchPage, missingPages],
  );

  /** New generation: what is cached stays on screen, marked stale, until fresh pages replace it. */
  const refresh = useCallback(() => {
    generation.current++;
    inFlight.current.clear();
    const [start, end] = wanted.current;
    for (const page of missingPages(start, Math.max(end, start + 1))) void fetchPage(page);
  }, [fetchPage, missingPages]);

  // A new search: start from nothing.
  useEffect(() => {
    generation.current++;
    cache.current.clear();
    inFlight.current.clear();
    wanted.current = [0, PAGE_SIZE];
    setTotal(null);
    setError(null);
    setVersion((v) => v + 1);
    void fetchPage(0);
  }, [key, fetchPage]);

  useEffect(() => () => window.clearTimeout(rangeTimer.current), []);

  const assetAt = useCallback((index: number) => {
    const page = cache.current.get(Math.floor(index / PAGE_SIZE));
    return page?.assets[index % PAGE_SIZE];
  }, []);

  const findById = useCallback((id: string) => {
    for (const page of cache.current.values()) {
      const found = page.assets.find((asset) => asset.id === id);
      if (found) return found;
    }
    return undefined;
  }, []);

  const allIds = useCallback(async () => {
    const ids: string[] = [];
    for (let offset = 0; ; offset += ID_PAGE) {
      const result = await getBridge().api['assets.list']({ ...argsRef.current, offset, limit: ID_PAGE });
      ids.push(...result.assets.map((asset) => asset.id));
      if (result.assets.length < ID_PAGE || ids.length >= result.total) break;
    }
    return ids;
  }, []);

  return useMemo(
    () => ({ total, error, version, assetAt, findById, requestRange, ensureRange, allIds, refresh }),
    [total, error, version, assetAt, findById, requestRange, ensureRange, allIds, refresh],
  );
}

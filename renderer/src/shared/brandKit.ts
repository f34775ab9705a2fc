/**
 * The brand kit as the renderer knows it: one shared copy, loaded when the editor opens and after
 * any `library.changed` about the brand kit (another window, the CLI), replaced by the backend's
 * answer after this window's own updates so a change shows at once.
 *
 * A module-level store (like userFormats.ts) because every colour field shows the palettes: they
 * sit deep in the properties panel, and threading the kit through every section's props would touch
 * all of them for one list.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ArgsOf } from '../../../core/api';
import { emptyBrandKit } from '../../../core/schema/brandKitDefaults';
import type { BrandKit } from '../../../core/schema/brandKit';
import { getBridge } from '../bridge';
import { useLibraryChanged } from './useLibraryChanged';

let kit: BrandKit = emptyBrandKit();
const listeners = new Set<() => void>();

/** Replaces the kit (also for tests) and tells subscribers. */
export function setBrandKit(next: BrandKit): void {
  kit = next;
  for (const listener of listeners) listener();
}

export function brandKitNow(): BrandKit {
  return kit;
}

let loading: Promise<void> | null = null;

/** Fetches the kit; concurrent calls share one request. Never throws: the kit just stays as it was. */
export function loadBrandKit(): Promise<void> {
  loading ??= getBridge()
    .api['brandKit.get']({})
    .then(
      ({ brandKit }) => setBrandKit(brandKit),
      (error: unknown) => console.warn('brand kit unavailable', error),
    )
    .finally(() => {
      loading = null;
    });
  return loading;
}

type BrandKitPatch = ArgsOf<'brandKit.update'>;
let pending: Promise<unknown> = Promise.resolve();

/**
 * Sends a change; throws the backend's error (its message says what to fix). Changes are sent one
 * at a time, and a change given as a function is computed from the kit as the previous change left
 * it: two colours added in quick succession both stay (the second is not built from a stale list).
 */
export function updateBrandKit(change: BrandKitPatch | ((current: BrandKit) => BrandKitPatch)): Promise<BrandKit> {
  const next = pending.then(async () => {
    const patch = typeof change === 'function' ? change(kit) : change;
    const { brandKit } = await getBridge().api['brandKit.update'](patch);
    setBrandKit(brandKit);
    return brandKit;
  });
  // A refused change must not block the ones after it.
  pending = next.catch(() => undefined);
  return next;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The kit, re-rendering the caller when it changes. */
export function useBrandKit(): BrandKit {
  return useSyncExternalStore(subscribe, brandKitNow);
}

/** Once, where the kit is used (the editor): loads it and keeps it in step with the library. */
export function useBrandKitSync(): void {
  useEffect(() => {
    void loadBrandKit();
  }, []);
  useLibraryChanged('brandKit', () => void loadBrandKit());
}

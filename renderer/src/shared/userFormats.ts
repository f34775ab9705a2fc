/**
 * The user's own formats, as the renderer knows them: one shared list, loaded at boot and after
 * any `library.changed` about formats (another window, the CLI), updated in place after this
 * window's own saves so a saved format shows at once.
 *
 * It is a module-level store rather than React state because labels are plain functions
 * (formatLabel, used by the design cards, the editor's top bar, the properties panel): a design
 * made from a user format stores only `user:<id>`, and its label needs the name without every
 * caller threading the list through props. App subscribes (useUserFormatsSync), so a change
 * re-renders the screens and every label reads the fresh list.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { ArgsOf, UserFormatSummary } from '../../../core/api';
import { userFormatIdOf } from '../../../core/formats/userFormats';
import { getBridge } from '../bridge';
import { useLibraryChanged } from './useLibraryChanged';

let formats: readonly UserFormatSummary[] = [];
const listeners = new Set<() => void>();

const byName = (a: UserFormatSummary, b: UserFormatSummary) =>
  a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id);

/** Replaces the list (also for tests) and tells subscribers. */
export function setUserFormats(next: readonly UserFormatSummary[]): void {
  formats = [...next].sort(byName);
  for (const listener of listeners) listener();
}

export function userFormatsNow(): readonly UserFormatSummary[] {
  return formats;
}

/** The name of the user format behind a design's preset, or undefined (catalog, custom, deleted). */
export function userFormatName(preset: string | null | undefined): string | undefined {
  const id = userFormatIdOf(preset);
  return id === null ? undefined : formats.find((format) => format.id === id)?.name;
}

let loading: Promise<void> | null = null;
let loaded = false;

/** Fetches the list; concurrent calls share one request. Never throws: the lists just stay as they were. */
export function loadUserFormats(): Promise<void> {
  loading ??= getBridge()
    .api['formats.list']({})
    .then(
      ({ formats: next }) => {
        loaded = true;
        setUserFormats(next);
      },
      (error: unknown) => console.warn('user formats unavailable', error),
    )
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** Creates or updates one; throws the backend's error (its message says what to fix). */
export async function saveUserFormat(args: ArgsOf<'formats.save'>): Promise<UserFormatSummary> {
  const { format } = await getBridge().api['formats.save'](args);
  setUserFormats([...formats.filter((f) => f.id !== format.id), format]);
  return format;
}

export async function deleteUserFormat(id: string): Promise<void> {
  await getBridge().api['formats.delete']({ id });
  setUserFormats(formats.filter((f) => f.id !== id));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The list, re-rendering the caller when it changes. */
export function useUserFormats(): readonly UserFormatSummary[] {
  return useSyncExternalStore(subscribe, userFormatsNow);
}

/** Once, near the root: loads the list and keeps it in step with the library. */
export function useUserFormatsSync(): readonly UserFormatSummary[] {
  useEffect(() => {
    // main.tsx already asked at boot; ask again only if that answer never came.
    if (!loaded) void loadUserFormats();
  }, []);
  useLibraryChanged('formats', () => void loadUserFormats());
  return useUserFormats();
}

/**
 * The user's own formats (issue "Sized for every network": "name + size + optional limits, saved
 * in the library and listed with the built-in ones"), seen as catalog-like entries.
 *
 * The library stores them (core/schema/library.ts, `formats`); this module turns one into an entry
 * the preflight (core/preflight) and the UI lists can use next to the catalog. It does not widen
 * the catalog's `Format` type: a user format has no network, no text limits, no safe zone, and
 * code that reads `format.network` of a catalog entry must keep getting a real network. So the
 * adapter is its own type, `UserCatalogFormat`, with `network: 'custom'` as its marker.
 *
 * A design made from a user format stores the preset `user:<id>`. The prefix cannot clash with a
 * catalog id (those are lower-case words and dashes, no colon), and the id is the library's, so a
 * renamed format relabels its designs; a deleted one leaves them as plain custom sizes.
 *
 * Pure: the caller passes the user's formats in (the renderer from `formats.list`, the CLI from
 * the library file), nothing here reads a library.
 */
import { findFormat, ratioLabel } from './catalog';
import type { FileLimits, Format, FormatKind, MediaType } from './schema';

export const USER_PRESET_PREFIX = 'user:';

/** A user format as stored (structurally core/schema/library.ts's UserFormat; no import: core/schema already imports core/formats). */
export interface UserFormatInput {
  id: string;
  name: string;
  width: number;
  height: number;
  limits?: { maxBytes?: number; types?: readonly MediaType[]; note?: string };
}

/**
 * A user format as a catalog-like entry. Everything the preflight reads is there; what only a
 * network has (text limits, safe zone, crops, the date its figures were checked) is not.
 */
export interface UserCatalogFormat extends Omit<Format, 'id' | 'network' | 'name' | 'text' | 'safeZone' | 'crops' | 'checked'> {
  /** The preset a design made from it stores: `user:<id>`. */
  id: `${typeof USER_PRESET_PREFIX}${string}`;
  /** Marker: not a network's format. */
  network: 'custom';
  /** The user's name, the same in every language (it is theirs, we do not translate it). */
  name: { fr: string; en: string };
  /** The library's id of the user format (without the prefix). */
  userFormatId: string;
}

/** Either kind of entry, for lists and lookups that show both. */
export type AnyFormat = Format | UserCatalogFormat;

/** What core/preflight needs of a format: catalog entries and user formats both have it. */
export type PreflightFormat = Pick<Format, 'width' | 'height' | 'ratio' | 'kind' | 'confidence' | 'limits'>;

export function userPreset(id: string): `${typeof USER_PRESET_PREFIX}${string}` {
  return `${USER_PRESET_PREFIX}${id}`;
}

/** The user format id behind a design's preset, or null for a catalog id, a custom size or junk. */
export function userFormatIdOf(preset: string | null | undefined): string | null {
  if (typeof preset !== 'string' || !preset.startsWith(USER_PRESET_PREFIX)) return null;
  const id = preset.slice(USER_PRESET_PREFIX.length);
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

export function isUserCatalogFormat(format: AnyFormat): format is UserCatalogFormat {
  return format.network === 'custom';
}

/**
 * The kind follows the types the user allows: only videos make a video format, only PDF a
 * document; anything else (or nothing stated) is an image, which is what the editor makes.
 */
function kindOf(types: readonly MediaType[] | undefined): FormatKind {
  if (types && types.length > 0 && types.every((t) => t.startsWith('video/'))) return 'video';
  if (types && types.length > 0 && types.every((t) => t === 'application/pdf')) return 'document';
  return 'image';
}

export function toCatalogFormat(user: UserFormatInput): UserCatalogFormat {
  const name = user.name.trim();
  const limits: FileLimits = {
    // The user stated these figures: they are exactly the limits to check, hence 'H'.
    confidence: 'H',
    source: `your format "${name}"`,
  };
  if (user.limits?.types?.length) limits.types = [...user.limits.types];
  if (user.limits?.maxBytes !== undefined) limits.maxBytes = user.limits.maxBytes;
  if (user.limits?.note) limits.note = user.limits.note;
  return {
    id: userPreset(user.id),
    network: 'custom',
    name: { fr: name, en: name },
    width: user.width,
    height: user.height,
    // ratioLabel's "1.59:1" is within the preflight's 1 % of the exact ratio.
    ratio: ratioLabel(user.width, user.height),
    kind: kindOf(user.limits?.types),
    confidence: 'H',
    source: limits.source,
    limits,
    userFormatId: user.id,
    ...(user.limits?.note ? { note: user.limits.note } : {}),
  };
}

/** The user's formats, by name (as the user sees them in "My formats"), ids breaking ties. */
export function userCatalog(formats: Iterable<UserFormatInput>): UserCatalogFormat[] {
  return [...formats]
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true }) || a.id.localeCompare(b.id))
    .map(toCatalogFormat);
}

/** The entry behind a design's preset: a catalog format, one of the user's, or undefined. */
export function resolveFormat(preset: string | null | undefined, userFormats: Iterable<UserFormatInput> = []): AnyFormat | undefined {
  if (!preset) return undefined;
  const userId = userFormatIdOf(preset);
  if (userId === null) return findFormat(preset);
  for (const user of userFormats) if (user.id === userId) return toCatalogFormat(user);
  return undefined;
}

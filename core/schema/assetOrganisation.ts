/**
 * How the user organises imported media (library.json v3): tags, favourite, a display name, notes,
 * credit and licence, collections, the trash. Kept apart from ./library.ts because another part of
 * v3 (media metadata) is edited there at the same time; library.ts only spreads this shape.
 *
 * Every field is optional so a v2 file is already valid (the v2 -> v3 step is the identity), and a
 * record carries only what the user set: an untouched asset stays as small as before in an index
 * that is read whole at each start.
 */
import { z } from 'zod';
import { idSchema } from './design';

export const ASSET_ORGANISATION_LIMITS = {
  maxTags: 50,
  maxTagLength: 50,
  maxNameLength: 200,
  maxNotesLength: 2000,
  maxCreditLength: 300,
  maxLicenceLength: 300,
  maxCollectionsPerAsset: 100,
  maxCollections: 1000,
  maxCollectionNameLength: 80,
} as const;
const L = ASSET_ORGANISATION_LIMITS;

/**
 * One spelling per tag: Unicode NFC (an "é" typed on macOS and on Windows is the same tag),
 * spaces trimmed and collapsed, a leading "#" dropped (people paste hashtags), lower case.
 * Accents are kept (the tag reads as typed); search folds them. Returns "" for a blank tag.
 */
export function normaliseTag(tag: string): string {
  return tag.normalize('NFC').replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '').toLocaleLowerCase('und').slice(0, L.maxTagLength).trim();
}

/** Normalised, blanks dropped, first occurrence kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const tag of tags) {
    const clean = normaliseTag(tag);
    if (clean !== '' && !out.includes(clean)) out.push(clean);
  }
  return out;
}

const timestamp = z.string().datetime();

/** A stored tag is already normalised: anything else came from a hand edit or damage. */
export const tagSchema = z
  .string()
  .min(1)
  .max(L.maxTagLength)
  .refine((tag) => normaliseTag(tag) === tag, 'a tag is stored trimmed, in lower case, without "#"');

const unique = (values: readonly string[]) => new Set(values).size === values.length;

/** Spread into assetRecordSchema (and AssetSummary in core/api). */
export const assetOrganisationShape = {
  /** Display name the user gave; `fileName` keeps the name it was imported as. */
  name: z.string().min(1).max(L.maxNameLength).optional(),
  tags: z.array(tagSchema).max(L.maxTags).refine(unique, 'a tag is listed twice').optional(),
  favourite: z.boolean().optional(),
  notes: z.string().max(L.maxNotesLength).optional(),
  /** "Photo: Jane Doe / Unsplash". */
  credit: z.string().max(L.maxCreditLength).optional(),
  licence: z.string().max(L.maxLicenceLength).optional(),
  /** Ids of library.json `collections`. */
  collections: z.array(idSchema).max(L.maxCollectionsPerAsset).refine(unique, 'a collection is listed twice').optional(),
  /** Set while the asset is in the trash. */
  deletedAt: timestamp.optional(),
};

export const collectionSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(L.maxCollectionNameLength),
  createdAt: timestamp,
});
export type Collection = z.infer<typeof collectionSchema>;

/** library.json `collections` (an array since v1's placeholder, so v2 files need no step). */
export const collectionsSchema = z
  .array(collectionSchema)
  .max(L.maxCollections)
  .refine((list) => unique(list.map((c) => c.id)), 'a collection id is listed twice');

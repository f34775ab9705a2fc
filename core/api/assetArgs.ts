/**
 * Arguments of the asset organisation calls (core/api/contract.ts). Apart so the contract stays a
 * readable list; the backend (electron/services/library/assetSearch.ts) reads the same types.
 */
import { z } from 'zod';
import { assetIdSchema, idSchema } from '../schema/design';
import { ASSET_KINDS } from '../schema/constants';
import { ASSET_ORGANISATION_LIMITS as L, normaliseTag } from '../schema/assetOrganisation';

export const ASSET_SORTS = ['newest', 'oldest', 'name', 'size'] as const;
export type AssetSort = (typeof ASSET_SORTS)[number];

/** CIE76 distance in Lab: 2.3 is "just noticeable", 25 is "the same colour family". */
export const DEFAULT_COLOUR_DISTANCE = 25;

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');
const datetime = z.string().datetime({ offset: true, error: 'a date is an ISO 8601 date-time, e.g. 2025-06-01T00:00:00Z' });

/** Bulk calls take many ids at once (select all, then tag); bounded so one call stays one write. */
export const idsSchema = z.array(assetIdSchema).min(1, 'give at least one asset id').max(10_000);

export const tagListSchema = z
  .array(z.string().max(100, 'a tag is at most 100 characters as typed'))
  .max(L.maxTags, `at most ${L.maxTags} tags at once`)
  .refine((tags) => tags.every((tag) => normaliseTag(tag) !== ''), 'a tag cannot be blank');

export const assetListArgsSchema = z
  .object({
    kind: z.enum(ASSET_KINDS).optional(),
    /** Words found in the name, file name, tags, notes, credit or licence; case and accents ignored. */
    query: z.string().max(200).optional(),
    /** Assets carrying every one of these tags (normalised like stored tags). */
    tags: z.array(z.string().max(100)).max(20).optional(),
    collection: idSchema.optional(),
    /** true: favourites only. */
    favourite: z.boolean().optional(),
    /** Assets with a dominant colour within `colourDistance` (CIE76) of this one, nearest first unless sorted. */
    colour: hexColour.optional(),
    colourDistance: z.number().min(0).max(200).optional(),
    /** Imported at or after / at or before. */
    from: datetime.optional(),
    to: datetime.optional(),
    sort: z.enum(ASSET_SORTS).optional(),
    offset: z.number().int().min(0).optional(),
    limit: z.number().int().min(1).max(5000).optional(),
    /** true: the trash instead of the library. */
    trash: z.boolean().optional(),
  })
  .refine((args) => !args.from || !args.to || Date.parse(args.from) <= Date.parse(args.to), 'the date range ends before it starts');
export type AssetListArgs = z.output<typeof assetListArgsSchema>;

const clearable = (max: number, what: string) => z.string().max(max, `${what} is at most ${max} characters`).nullable().optional();

export const assetUpdateArgsSchema = z.object({
  id: assetIdSchema,
  /** Display name; null or blank goes back to the imported file name. */
  name: clearable(L.maxNameLength, 'a name'),
  notes: clearable(L.maxNotesLength, 'a note'),
  credit: clearable(L.maxCreditLength, 'a credit'),
  licence: clearable(L.maxLicenceLength, 'a licence'),
  favourite: z.boolean().optional(),
});
export type AssetUpdateArgs = z.output<typeof assetUpdateArgsSchema>;

export const assetUsageSchema = z.object({
  designs: z.array(z.object({ id: idSchema, name: z.string(), trashed: z.boolean() })),
  /** A logo of the brand kit. */
  brandKit: z.boolean(),
});
export type AssetUsage = z.output<typeof assetUsageSchema>;

export const assetFavouriteArgsSchema = z.object({ ids: idsSchema, favourite: z.boolean() });

/**
 * What the library holds at a glance (`assets.facets`): every tag with the number of assets
 * carrying it, most used first then by name; counts per kind and of favourites. All of these
 * leave the trash out; `trash` counts what is in it and `total` everything outside it.
 */
export const assetFacetsSchema = z.object({
  tags: z.array(z.object({ tag: z.string(), count: z.number().int().min(1) })),
  kinds: z.object({ image: z.number().int(), video: z.number().int(), audio: z.number().int(), font: z.number().int() }),
  favourites: z.number().int(),
  trash: z.number().int(),
  total: z.number().int(),
});
export type AssetFacets = z.output<typeof assetFacetsSchema>;

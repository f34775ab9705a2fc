/**
 * library.json, schema version 1 (docs/architecture.md, Data): the index of the on-disk library.
 *
 * It holds what must be listed fast (asset records, design summaries, settings). Designs
 * themselves live in designs/<id>.json, media in blobs/<sha256>. The file is read on every start
 * and may have been damaged by a crash, a full disk or a hand edit, so it is parsed as strictly as
 * a design: anything that does not match is refused, and the library falls back to a backup.
 *
 * This module imports only zod, the design schema and the format catalog's media types, so it
 * stays usable from the CLI, the tests and any future migration tool without Electron.
 */
import { z } from 'zod';
import { MEDIA_TYPES } from '../formats/schema';
import { assetIdSchema, DESIGN_KINDS, formatRefSchema, idSchema, LIMITS } from './design';
import { ASSET_KINDS, USER_FORMAT_LIMITS } from './constants';

export { USER_FORMAT_LIMITS } from './constants';
import { describeZodError, renamePostKind } from './parseDesign';
import { msg } from '../messages';
import { migrate, parseJsonText, SchemaError, type FileSubject, type JsonObject, type Migration } from './migrate';
import { brandKitSchema, emptyBrandKit } from './brandKit';
import { assetOrganisationShape, collectionsSchema, tagSchema, ASSET_ORGANISATION_LIMITS } from './assetOrganisation';
import type { SlotKind } from './design';

/** Every kind of template slot (design schema v5); the compiler checks none is missing. */
const SLOT_KINDS = ['text', 'image', 'color'] as const satisfies readonly SlotKind[];
const allSlotKinds: [SlotKind] extends [(typeof SLOT_KINDS)[number]] ? true : never = true;
void allSlotKinds;
import { assetMediaShape } from './assetMedia';

export const LIBRARY_SCHEMA_VERSION = 5;

/**
 * Library migrations, numbered by the version they read. Each released version keeps a fixture
 * (`fixtures/library.v<N>.json`) that proves old libraries still open (REL-09).
 */
export const LIBRARY_MIGRATIONS: readonly Migration[] = [
  // v2 added the user's own formats. A v1 file never had them: start with none. Any `formats` key
  // a v1 file carries came from a hand edit or a damaged write, so it is not trusted either.
  { from: 1, name: 'user formats', up: (doc) => ({ ...doc, formats: {} }) },
  // v3 added optional per-asset fields: media metadata (pixel size, duration, codecs, fps,
  // colours, font names) and organisation (tags, favourite, notes, credit, licence, collections,
  // trash). All are optional, so a v2 file is already a valid v3 file: the step is the identity.
  // v3 also gave the `brandKit` placeholder its shape (./brandKit.ts); every field is defaulted,
  // so the v2 `{}` stays valid and needs no step of its own.
  { from: 2, name: 'asset metadata and organisation', up: (doc) => doc },
  // v4: the design index says `still` where it said `post`, as design files do from their v4; the
  // brand kit's palettes list `colors` (identifiers say color, as CSS and Fabric do).
  { from: 3, name: 'design kind still, palette colors', up: (doc) => renamePaletteColors(renameIndexedPostKinds(doc)) },
  // v5: the user's own templates are designs whose index entry carries `template` (tags, favourite,
  // its slots' names and kinds), optional, so v4 entries are plain designs as they were; the bank's
  // favourites (`bankFavourites`, ids `bank:<slug>`) start empty.
  { from: 4, name: 'templates in the design index', up: (doc) => ({ ...doc, bankFavourites: [] }) },
];

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function renameIndexedPostKinds(doc: JsonObject): JsonObject {
  const designs = doc.designs;
  if (!isObject(designs)) return doc;
  // fromEntries defines own keys, so an id such as "__proto__" stays an entry like any other.
  return { ...doc, designs: Object.fromEntries(Object.entries(designs).map(([id, entry]) => [id, isObject(entry) ? renamePostKind(entry) : entry])) };
}

function renamePaletteColors(doc: JsonObject): JsonObject {
  const kit = doc.brandKit;
  if (!isObject(kit) || !Array.isArray(kit.palettes)) return doc;
  const palettes = kit.palettes.map((palette: unknown) => {
    if (!isObject(palette) || !('colours' in palette)) return palette;
    const { colours, ...rest } = palette;
    return { ...rest, colors: colours };
  });
  return { ...doc, brandKit: { ...kit, palettes } };
}

const timestamp = z.string().datetime();

/** One imported original. Mirrors AssetSummary in core/api/contract.ts (checked by a type test). */
export const assetRecordSchema = z.object({
  id: assetIdSchema,
  kind: z.enum(ASSET_KINDS),
  mime: z.string().min(1).max(100),
  /** Name the user imported it as: display only, never used to build a path. */
  fileName: z.string().max(255),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  bytes: z.number().int().min(0),
  createdAt: timestamp,
  // v3 organisation (optional; ./assetOrganisation.ts): name, tags, favourite, notes, credit,
  // licence, collections, deletedAt.
  ...assetOrganisationShape,
  // v3 media metadata (optional; ./assetMedia.ts): duration, codecs, fps, colours, font names.
  ...assetMediaShape,
});
export type AssetRecord = z.infer<typeof assetRecordSchema>;

/** Limits of the user's own templates (library schema v5). */
export const TEMPLATE_LIMITS = { maxSlots: 200, maxBankFavourites: 1000 } as const;

/** A bank template's id (core/templates/bank): `bank:<slug>`. */
export const bankIdSchema = z.string().regex(/^bank:[a-z0-9][a-z0-9-]{0,62}$/, 'bank template ids are bank:<slug>');

/**
 * Since v5: the index entry of one of the user's own templates. A template is a design file like
 * any other; this mark keeps it out of the design list and carries what the template list shows
 * and searches without opening the file (tags, favourite, its slots' names and kinds).
 */
export const templateMarkSchema = z.object({
  tags: z
    .array(tagSchema)
    .max(ASSET_ORGANISATION_LIMITS.maxTags)
    .refine((tags) => new Set(tags).size === tags.length, 'a tag is listed twice'),
  favourite: z.boolean().optional(),
  slots: z.array(z.object({ name: z.string().min(1).max(64), kind: z.enum(SLOT_KINDS), required: z.boolean().optional() })).max(TEMPLATE_LIMITS.maxSlots),
});
export type TemplateMark = z.infer<typeof templateMarkSchema>;

/** What the design list shows without opening designs/<id>.json. Mirrors DesignSummary. */
export const designIndexEntrySchema = z.object({
  id: idSchema,
  name: z.string().max(200),
  kind: z.enum(DESIGN_KINDS),
  format: formatRefSchema,
  pageCount: z.number().int().min(0),
  createdAt: timestamp,
  updatedAt: timestamp,
  /** Set while the design is in the trash. */
  deletedAt: timestamp.optional(),
  thumbnailVersion: z.string().max(64).optional(),
  /** Since v5: set on the user's own templates (listed by templates.list, never by designs.list). */
  template: templateMarkSchema.optional(),
});
export type DesignIndexEntry = z.infer<typeof designIndexEntrySchema>;


const side = (what: 'width' | 'height') =>
  z
    .number({ error: `the ${what} must be a number of pixels` })
    .int(`the ${what} must be a whole number of pixels`)
    .min(1, `the ${what} must be at least 1 px`)
    .max(LIMITS.maxPageSide, `the ${what} must be at most ${LIMITS.maxPageSide} px`);

/** The file limits a user may state for a format of their own: a byte cap, accepted types, a note. */
export const userFormatLimitsSchema = z.object({
  maxBytes: z
    .number({ error: 'the size cap must be a number of bytes' })
    .int('the size cap must be a whole number of bytes')
    .min(1, 'the size cap must be at least 1 byte')
    .max(USER_FORMAT_LIMITS.maxBytes, `the size cap must be at most ${USER_FORMAT_LIMITS.maxBytes} bytes`)
    .optional(),
  types: z
    .array(z.enum(MEDIA_TYPES, { error: `file types are among ${MEDIA_TYPES.join(', ')}` }))
    .min(1, 'list at least one file type, or none at all')
    .max(MEDIA_TYPES.length)
    .refine((types) => new Set(types).size === types.length, 'a type is listed twice')
    .optional(),
  note: z.string().max(USER_FORMAT_LIMITS.maxNoteLength, `a note is at most ${USER_FORMAT_LIMITS.maxNoteLength} characters`).optional(),
});
export type UserFormatLimits = z.infer<typeof userFormatLimitsSchema>;

/** What the user types for a format of their own; also the `formats.save` arguments (core/api). */
export const userFormatFieldsSchema = z.object({
  name: z
    .string({ error: 'a format needs a name' })
    .max(USER_FORMAT_LIMITS.maxNameLength, `a format name is at most ${USER_FORMAT_LIMITS.maxNameLength} characters`)
    .refine((name) => name.trim().length > 0, 'a format needs a name'),
  width: side('width'),
  height: side('height'),
  limits: userFormatLimitsSchema.optional(),
});

/**
 * A size the user named and saved ("Affiche A3", 1000 x 1500). Designs made from it store the
 * preset `user:<id>` (core/formats/userFormats.ts), so renaming it renames how they are labelled.
 */
export const userFormatSchema = z.object({
  id: idSchema,
  ...userFormatFieldsSchema.shape,
  createdAt: timestamp,
  updatedAt: timestamp,
});
export type UserFormat = z.infer<typeof userFormatSchema>;

export const librarySettingsSchema = z.object({
  language: z.enum(['system', 'fr', 'en']),
});

/**
 * Keys must equal the record's id: a mismatch means a hand edit or damage, and silently trusting
 * either side could point a design at the wrong media.
 */
function keyedBy<T extends { id: string }>(keySchema: z.ZodString, valueSchema: z.ZodType<T>) {
  return z.record(keySchema, valueSchema).superRefine((record, ctx) => {
    for (const [key, value] of Object.entries(record)) {
      if (value.id !== key) ctx.addIssue({ code: 'custom', path: [key, 'id'], message: 'does not match its key' });
    }
  });
}

export const librarySchema = z.object({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  assets: keyedBy(assetIdSchema, assetRecordSchema),
  designs: keyedBy(idSchema, designIndexEntrySchema),
  settings: librarySettingsSchema,
  formats: keyedBy(idSchema, userFormatSchema).refine(
    (formats) => Object.keys(formats).length <= USER_FORMAT_LIMITS.maxFormats,
    `at most ${USER_FORMAT_LIMITS.maxFormats} formats of your own`,
  ),
  // Placeholders for later issues (tags, collections, brand kit, templates). Their shape is not
  // decided yet; v1 files carry them empty so adding them later does not need a migration.
  tags: z.array(z.unknown()).max(10_000),
  // Since v3: the user's collections of assets (id, name, createdAt; ./assetOrganisation.ts).
  collections: collectionsSchema,
  // Since v3 (./brandKit.ts): palettes, text presets, logos. Every field is defaulted, so the
  // `{}` placeholder of a v2 file opens as an empty kit with the default text styles.
  brandKit: brandKitSchema,
  templates: z.array(z.unknown()).max(10_000),
  // Since v5: bank templates the user marked as favourites (the user's own carry theirs in `template`).
  bankFavourites: z
    .array(bankIdSchema)
    .max(TEMPLATE_LIMITS.maxBankFavourites)
    .refine((ids) => new Set(ids).size === ids.length, 'a template is listed twice'),
});
export type LibraryFile = z.infer<typeof librarySchema>;

export function emptyLibrary(): LibraryFile {
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    assets: {},
    designs: {},
    settings: { language: 'system' },
    formats: {},
    tags: [],
    collections: [],
    brandKit: emptyBrandKit(),
    templates: [],
    bankFavourites: [],
  };
}

export interface ParsedLibrary {
  library: LibraryFile;
  /** Set when migrations ran: the version the file had. */
  migratedFrom?: number;
}

/** Validate (and migrate) a parsed library.json. Throws SchemaError with a clear message. */
export function parseLibrary(raw: unknown, what: FileSubject = 'library.json'): ParsedLibrary {
  const { doc, fromVersion } = migrate(raw, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION, what);
  const result = librarySchema.safeParse(doc);
  if (!result.success) {
    throw new SchemaError('invalid', msg('schema.invalidLibrary', { what, detail: describeZodError(result.error) }), fromVersion);
  }
  return fromVersion === LIBRARY_SCHEMA_VERSION ? { library: result.data } : { library: result.data, migratedFrom: fromVersion };
}

export function parseLibraryText(text: string, what: FileSubject = 'library.json'): ParsedLibrary {
  return parseLibrary(parseJsonText(text, what), what);
}

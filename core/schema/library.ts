/**
 * library.json, schema version 1 (DESIGN.md §2): the index of the on-disk library.
 *
 * It holds what must be listed fast (asset records, design summaries, settings). Designs
 * themselves live in designs/<id>.json, media in blobs/<sha256>. The file is read on every start
 * and may have been damaged by a crash, a full disk or a hand edit, so it is parsed as strictly as
 * a design: anything that does not match is refused, and the library falls back to a backup.
 *
 * This module imports only zod and the design schema, so it stays usable from the CLI, the tests
 * and any future migration tool without Electron.
 */
import { z } from 'zod';
import { assetIdSchema, DESIGN_KINDS, formatRefSchema, idSchema } from './design';
import { describeZodError } from './parseDesign';
import { migrate, parseJsonText, SchemaError, type Migration } from './migrate';

export const LIBRARY_SCHEMA_VERSION = 1;

/**
 * Library migrations, numbered by the version they read. Version 1 is the first released format;
 * the next change adds `{ from: 1, ... }` and a fixture `fixtures/library.v1.json` keeps proving
 * that old libraries still open (REL-09).
 */
export const LIBRARY_MIGRATIONS: readonly Migration[] = [];

const timestamp = z.string().datetime();

/** One imported original. Mirrors AssetSummary in core/api/contract.ts (checked by a type test). */
export const assetRecordSchema = z.object({
  id: assetIdSchema,
  kind: z.enum(['image', 'video', 'audio', 'font']),
  mime: z.string().min(1).max(100),
  /** Name the user imported it as: display only, never used to build a path. */
  fileName: z.string().max(255),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  bytes: z.number().int().min(0),
  createdAt: timestamp,
});
export type AssetRecord = z.infer<typeof assetRecordSchema>;

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
});
export type DesignIndexEntry = z.infer<typeof designIndexEntrySchema>;

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
  // Placeholders for later issues (tags, collections, brand kit, templates). Their shape is not
  // decided yet; v1 files carry them empty so adding them later does not need a migration.
  tags: z.array(z.unknown()).max(10_000),
  collections: z.array(z.unknown()).max(10_000),
  brandKit: z.record(z.string(), z.unknown()),
  templates: z.array(z.unknown()).max(10_000),
});
export type LibraryFile = z.infer<typeof librarySchema>;

export function emptyLibrary(): LibraryFile {
  return {
    schemaVersion: LIBRARY_SCHEMA_VERSION,
    assets: {},
    designs: {},
    settings: { language: 'system' },
    tags: [],
    collections: [],
    brandKit: {},
    templates: [],
  };
}

export interface ParsedLibrary {
  library: LibraryFile;
  /** Set when migrations ran: the version the file had. */
  migratedFrom?: number;
}

/** Validate (and migrate) a parsed library.json. Throws SchemaError with a clear message. */
export function parseLibrary(raw: unknown, what = 'library.json'): ParsedLibrary {
  const { doc, fromVersion } = migrate(raw, LIBRARY_MIGRATIONS, LIBRARY_SCHEMA_VERSION, what);
  const result = librarySchema.safeParse(doc);
  if (!result.success) {
    throw new SchemaError('invalid', `${what} is not a valid library index (${describeZodError(result.error)})`, fromVersion);
  }
  return fromVersion === LIBRARY_SCHEMA_VERSION ? { library: result.data } : { library: result.data, migratedFrom: fromVersion };
}

export function parseLibraryText(text: string, what = 'library.json'): ParsedLibrary {
  return parseLibrary(parseJsonText(text, what), what);
}

/**
 * Library archives (issue 5): a whole library, or the brand kit alone, as one zip to move to
 * another computer or keep as a backup: the counts and the import report of the two jobs
 * `library.exportArchive` and `library.importArchive` (./jobs.ts); the backend is
 * electron/services/library/archive/.
 */
import { z } from 'zod';
import { messageSchema } from './message';

export const ARCHIVE_SCOPES = ['library', 'brandKit'] as const;
export type ArchiveScope = (typeof ARCHIVE_SCOPES)[number];

/** Brand kit on import: merged into the current one, or replacing it. */
export const BRAND_KIT_MODES = ['merge', 'replace'] as const;
export type BrandKitMode = (typeof BRAND_KIT_MODES)[number];

export const archiveCountsSchema = z.object({
  designs: z.number().int().min(0),
  assets: z.number().int().min(0),
  collections: z.number().int().min(0),
  formats: z.number().int().min(0),
  palettes: z.number().int().min(0),
  logos: z.number().int().min(0),
  fonts: z.number().int().min(0),
  /** The user's own templates (an archive written before they travelled has none). */
  templates: z.number().int().min(0).optional(),
});
export type ArchiveCounts = z.infer<typeof archiveCountsSchema>;

/** `template`: one of the user's own templates, or a bank template's favourite mark. */
export const ARCHIVE_ITEM_KINDS = ['design', 'template', 'asset', 'collection', 'format', 'palette', 'preset', 'logo'] as const;
export const ARCHIVE_ITEM_STATUSES = ['imported', 'merged', 'skipped', 'refused'] as const;
export type ArchiveItemKind = (typeof ARCHIVE_ITEM_KINDS)[number];
export type ArchiveItemStatus = (typeof ARCHIVE_ITEM_STATUSES)[number];

export const archiveItemSchema = z.object({
  kind: z.enum(ARCHIVE_ITEM_KINDS),
  name: z.string(),
  status: z.enum(ARCHIVE_ITEM_STATUSES),
  /**
   * Why it was skipped or refused, or what changed (a copy with a new id, a name made unique): a
   * message (./message.ts) the client renders in its language.
   */
  reason: messageSchema.optional(),
  /** Its id in this library, when it is in it. */
  id: z.string().optional(),
});
export type ArchiveItem = z.infer<typeof archiveItemSchema>;

export const archiveReportSchema = z.object({
  scope: z.enum(ARCHIVE_SCOPES),
  mode: z.enum(BRAND_KIT_MODES),
  /** What the archive's manifest says it holds. */
  counts: archiveCountsSchema,
  totals: z.object({
    imported: z.number().int().min(0),
    merged: z.number().int().min(0),
    skipped: z.number().int().min(0),
    refused: z.number().int().min(0),
  }),
  items: z.array(archiveItemSchema),
});
export type ArchiveReport = z.infer<typeof archiveReportSchema>;

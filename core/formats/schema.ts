/**
 * The shape of a catalog entry, as a zod schema so the whole catalog is validated by a test and any
 * JSON copy of it (`affiche formats --json`) can be checked by whoever reads it. Types are inferred
 * from the schema: one definition, no drift.
 *
 * Units: pixels, bytes, seconds, frames per second. Where networks.md says "MB", the catalog uses
 * 1 MB = 1,000,000 bytes: the stricter of the two readings (a MiB is larger), so a file that passes
 * here passes whichever one the platform meant.
 */
import { z } from 'zod';
import { FORMAT_KINDS, MEDIA_TYPES, NETWORKS } from './constants';

export { FORMAT_KINDS, MEDIA_TYPES, NETWORKS, type FormatKind, type Network } from './constants';


/** networks.md's confidence: H = official or agreeing sources, M = one reputable source, L = third-party measurement. */
export const confidenceSchema = z.enum(['H', 'M', 'L']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const mediaTypeSchema = z.enum(MEDIA_TYPES);
export type MediaType = z.infer<typeof mediaTypeSchema>;

const localizedSchema = z.object({ fr: z.string().min(1), en: z.string().min(1) });
const positive = z.number().positive();
const positiveInt = z.number().int().positive();

/** An inclusive range; either end may be unknown. */
export const rangeSchema = z
  .object({ min: positive.optional(), max: positive.optional() })
  .refine((r) => r.min !== undefined || r.max !== undefined, 'a range needs a min or a max')
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must not exceed max');
export type Range = z.infer<typeof rangeSchema>;

/**
 * What the platform accepts for one file. Absent fields are ones networks.md does not state: the
 * preflight skips a rule it has no figure for rather than guessing one.
 */
export const fileLimitsSchema = z.object({
  /** Accepted types; absent when networks.md does not list them. */
  types: z.array(mediaTypeSchema).min(1).optional(),
  maxBytes: positiveInt.optional(),
  /** A type-specific cap that replaces maxBytes (X: GIF 15 MB while other images get 5 MB). */
  maxBytesByType: z.partialRecord(mediaTypeSchema, positiveInt).optional(),
  minBytes: positiveInt.optional(),
  /** Pixel bounds of the file (not the preset size). */
  width: rangeSchema.optional(),
  height: rangeSchema.optional(),
  /** Accepted width / height ratios (Instagram API 4:5..1.91:1). */
  aspect: rangeSchema.optional(),
  durationSeconds: rangeSchema.optional(),
  fps: rangeSchema.optional(),
  /** Images (or slides) in one post, as the network's own app takes them. */
  maxItems: positiveInt.optional(),
  /** Fewer through the publishing API that schedulers use, where networks.md says so. */
  apiMaxItems: positiveInt.optional(),
  /** Pages of a document (LinkedIn PDF). */
  maxPages: positiveInt.optional(),
  confidence: confidenceSchema,
  source: z.string().min(1),
  /** Which of the in-app and API figures was kept, and anything a figure alone does not say. */
  note: z.string().optional(),
});
export type FileLimits = z.infer<typeof fileLimitsSchema>;

const countLimitSchema = z.object({
  max: positiveInt,
  /** Characters before the app folds the text behind "more" (networks.md says "about"). */
  visible: positiveInt.optional(),
  /**
   * How the network counts (core/posts/count.ts). Absent: characters (code points). `weighted`: X's
   * count (URLs 23, emoji and CJK 2); `bytes`: UTF-8 bytes (YouTube's description, posts.md).
   */
  unit: z.enum(['characters', 'graphemes', 'weighted', 'bytes']).optional(),
  /** A second cap in UTF-8 bytes (Bluesky: 300 graphemes and 3,000 bytes). */
  maxBytes: positiveInt.optional(),
  note: z.string().optional(),
});

/** Caption, hashtag and alt-text limits: per network, shared by all its formats. */
export const textLimitsSchema = z.object({
  caption: countLimitSchema,
  title: countLimitSchema.optional(),
  hashtags: z
    .object({
      max: positiveInt.optional(),
      /** How many the platform displays (YouTube shows the first 3). */
      shown: positiveInt.optional(),
      note: z.string().optional(),
    })
    .optional(),
  /** Absent: networks.md has no figure. `confirmed: false`: a field exists but its limit is unconfirmed. */
  altText: z
    .object({ max: positiveInt.optional(), required: z.boolean().optional(), confirmed: z.boolean().optional() })
    .optional(),
  confidence: confidenceSchema,
  source: z.string().min(1),
});
export type TextLimits = z.infer<typeof textLimitsSchema>;

export const rectSchema = z.object({
  x: z.number().nonnegative(),
  y: z.number().nonnegative(),
  width: positive,
  height: positive,
});
export type Rect = z.infer<typeof rectSchema>;

const insetsSchema = z.object({
  top: z.number().nonnegative(),
  right: z.number().nonnegative(),
  bottom: z.number().nonnegative(),
  left: z.number().nonnegative(),
});
export type Insets = z.infer<typeof insetsSchema>;

/**
 * A platform UI element drawn over the frame (buttons column, caption, reply bar), so a later UI can
 * draw a faint mock. networks.md gives margins, not widget geometry: each rectangle is the band the
 * margin protects, which is where the widget sits, and is only as exact as the safe zone it comes from.
 */
export const overlaySchema = z.object({
  id: z.enum(['header', 'buttons', 'caption', 'reply-bar']),
  label: localizedSchema,
  rect: rectSchema,
});
export type Overlay = z.infer<typeof overlaySchema>;

/** Where the platform's own UI covers the frame. */
export const safeZoneSchema = z.object({
  id: z.string().min(1),
  label: localizedSchema,
  /** Official: published by the platform (Meta ads guide). Approximate: third-party measurements. */
  status: z.enum(['official', 'approximate']),
  /** 'fraction' of the frame's width/height, or 'px' at `reference` size (scale for other sizes). */
  unit: z.enum(['fraction', 'px']),
  reference: z.object({ width: positiveInt, height: positiveInt }),
  /** The margins to keep clear: for measured ranges, the wide end (the safe side). */
  insets: insetsSchema,
  /** The measured ranges behind approximate insets, as networks.md gives them. */
  ranges: z.partialRecord(z.enum(['top', 'right', 'bottom', 'left']), z.tuple([z.number().nonnegative(), z.number().nonnegative()])).optional(),
  overlays: z.array(overlaySchema),
  confidence: confidenceSchema,
  source: z.string().min(1),
});
export type SafeZone = z.infer<typeof safeZoneSchema>;

/** A part of the frame a platform shows on its own (Instagram's 3:4 grid thumbnail). Fractions of the frame. */
export const cropSchema = z.object({
  id: z.string().min(1),
  label: localizedSchema,
  rect: rectSchema,
  confidence: confidenceSchema,
  source: z.string().min(1),
});
export type Crop = z.infer<typeof cropSchema>;

export const formatSchema = z.object({
  /** Stable: designs store it (design.format.preset). Never rename one. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  network: z.enum(NETWORKS),
  name: localizedSchema,
  width: positiveInt,
  height: positiveInt,
  /** As networks.md writes it: "4:5", "9:16", "1.91:1". Must match width/height within 1%. */
  ratio: z.string().regex(/^\d+(\.\d+)?:\d+(\.\d+)?$/),
  kind: z.enum(FORMAT_KINDS),
  /** Confidence in the preset size itself. */
  confidence: confidenceSchema,
  source: z.string().min(1),
  /** When the figures were checked (YYYY-MM). */
  checked: z.string().regex(/^\d{4}-\d{2}$/),
  limits: fileLimitsSchema,
  text: textLimitsSchema,
  safeZone: safeZoneSchema.optional(),
  crops: z.array(cropSchema).optional(),
  /** Why this preset exists when networks.md does not list it as such (derived presets). */
  note: z.string().optional(),
});
export type Format = z.infer<typeof formatSchema>;

/**
 * Arguments and results of the template calls (core/api/contract.ts `templates.*`, the
 * `templates.fill` job): one list holds the bank's templates (`bank:<slug>`, read-only) and the
 * user's own (design ids, library schema v5), searched alike.
 */
import { z } from 'zod';
import { assetIdSchema, DESIGN_KINDS, formatRefSchema, idSchema, LIMITS } from '../schema/design';
import { bankIdSchema, TEMPLATE_LIMITS } from '../schema/library';
import { tagListSchema } from './assetArgs';
import { stagingIdSchema } from './staging';

export const UI_LANGUAGES = ['en', 'fr'] as const;
export const uiLanguageSchema = z.enum(UI_LANGUAGES);

/** A bank template (`bank:classic`) or one of the user's own (a design id). */
export const templateIdSchema = z.union([bankIdSchema, idSchema]);

export const TEMPLATE_CATEGORIES = ['meme', 'post', 'carousel'] as const;
export const TEMPLATE_SLOT_KINDS = ['text', 'image', 'color'] as const;

export const templateSlotSummarySchema = z.object({
  name: z.string(),
  kind: z.enum(TEMPLATE_SLOT_KINDS),
  required: z.boolean().optional(),
});

export const templateSummarySchema = z.object({
  id: templateIdSchema,
  /** `bank`: shipped with Affiche, read-only (duplicate it to change it); `user`: the user's own. */
  source: z.enum(['bank', 'user']),
  /** In the language asked for (bank), or as the user named it. */
  name: z.string(),
  category: z.enum(TEMPLATE_CATEGORIES),
  kind: z.enum(DESIGN_KINDS),
  /** Its slots in paint order: the boxes a fill form or `--set` fills. */
  slots: z.array(templateSlotSummarySchema),
  tags: z.array(z.string()),
  favourite: z.boolean(),
  /** Catalog format ids it is offered in, the first its default (a user template: its own, if from the catalog). */
  formats: z.array(z.string()),
  /** The format it is drawn at by default. */
  format: formatRefSchema,
  /** A user template's preview (`design-thumb` media), changed whenever the picture changes. */
  thumbnailVersion: z.string().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  deletedAt: z.string().optional(),
});
export type TemplateSummary = z.infer<typeof templateSummarySchema>;

export const templateListArgsSchema = z.object({
  /** The language of the bank's names, tags and example words. */
  language: uiLanguageSchema,
  /** Words found in the name, tags or slot names; case and accents ignored. */
  query: z.string().max(200).optional(),
  /** Templates carrying every one of these tags. */
  tags: z.array(z.string().max(100)).max(20).optional(),
  /** Exactly this many boxes (slots). */
  boxes: z.number().int().min(0).max(TEMPLATE_LIMITS.maxSlots).optional(),
  category: z.enum(TEMPLATE_CATEGORIES).optional(),
  source: z.enum(['bank', 'user']).optional(),
  favourite: z.boolean().optional(),
  /** true: the user's templates in the trash (the bank is never there). */
  trash: z.boolean().optional(),
});
export type TemplateListArgs = z.output<typeof templateListArgsSchema>;

/** What a fill puts in a slot: words, a library picture (its size is read by the backend), a colour. */
export const slotInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().max(LIMITS.maxTextLength) }),
  z.object({ kind: z.literal('image'), assetId: assetIdSchema }),
  z.object({ kind: z.literal('color'), color: z.string().max(40) }),
]);
export type SlotInput = z.infer<typeof slotInputSchema>;

export const slotInputsSchema = z
  .record(z.string().min(1).max(64), slotInputSchema)
  .refine((values) => Object.keys(values).length <= TEMPLATE_LIMITS.maxSlots, `at most ${TEMPLATE_LIMITS.maxSlots} slots`);

export const templateUpdateArgsSchema = z.object({
  id: templateIdSchema,
  name: z.string().min(1).max(200).optional(),
  /** Replaces the tags (normalised like asset tags). */
  tags: tagListSchema.optional(),
  favourite: z.boolean().optional(),
});

export const templateUseArgsSchema = z.object({
  id: templateIdSchema,
  /** A catalog or `user:` format id; absent: the template's own format. */
  formatId: z.string().min(1).max(100).optional(),
  language: uiLanguageSchema,
  /** The new design's name; absent: the template's name. */
  name: z.string().min(1).max(200).optional(),
  values: slotInputsSchema.optional(),
});

/** The template a fill starts from: the bank's or the user's (`id`), or a `.affiche` file staged by the CLI. */
export const templateSourceSchema = z.union([z.object({ id: templateIdSchema }), z.object({ portable: stagingIdSchema })]);

/**
 * Arguments and results of text to carousel (core/api/contract.ts `carousels.planText`,
 * `carousels.fromText`; core/carousel/fromText.ts): pasted text, a carousel template, a format.
 */
import { z } from 'zod';
import { templateIdSchema, uiLanguageSchema } from './templateArgs';

/** The longest text read (about 15 pages of prose: more than any carousel holds). */
export const CAROUSEL_TEXT_MAX = 50_000;

export const carouselTextArgsSchema = z.object({
  text: z.string().max(CAROUSEL_TEXT_MAX),
  /** A carousel template (bank or the user's own); default: the bank's `DEFAULT_CAROUSEL_TEMPLATE`. */
  templateId: templateIdSchema.optional(),
  /** A catalog or `user:` format id; default: the template's first format. */
  formatId: z.string().min(1).max(100).optional(),
  /** The template's example words (the title slide when the text has no title, the end slide) come in this language. */
  language: uiLanguageSchema,
});

export const carouselTextPlanSchema = z.object({
  /** The text's title (the first line when it stands alone), or null. */
  title: z.string().nullable(),
  /** Items read from the text. */
  items: z.number().int().min(0),
  /** Slides the carousel will have: title, one or more per item, end. */
  slides: z.number().int().min(0),
});
export type CarouselTextPlan = z.infer<typeof carouselTextPlanSchema>;

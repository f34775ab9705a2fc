/**
 * The brand kit kept in library.json (`brandKit`, library schema v3): named colour palettes, the
 * four text style presets and the logos (images already in the library).
 *
 * Every field is defaulted, so a v2 file, whose `brandKit` was an empty placeholder `{}`, is a
 * valid v3 file as it stands (the v2 -> v3 migration stays the identity) and opens with an empty
 * kit and the default text styles. Lists are bounded because the whole index is read at each start.
 *
 * Pure: zod and the design schema only (usable from the renderer, the backend and the CLI).
 */
import { z } from 'zod';
import { assetIdSchema, idSchema } from './design';
import { BRAND_KIT_LIMITS, DEFAULT_TEXT_PRESETS, defaultTextPresets, type TextRole } from './brandKitDefaults';

export { BRAND_KIT_LIMITS, DEFAULT_TEXT_PRESETS, defaultTextPresets, emptyBrandKit, TEXT_ROLES, type TextRole } from './brandKitDefaults';

/**
 * A palette colour: opaque or with alpha, never `transparent` (a swatch must show a colour).
 * Stored lower-case so "#FF0000" and "#ff0000" are the same swatch.
 */
export const brandHexSchema = z
  .string({ error: 'a colour is a hex code like #ff5a5f' })
  .regex(/^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/, 'a colour is a hex code like #ff5a5f')
  .transform((hex) => hex.toLowerCase());

const nameOf = (what: string) =>
  z
    .string({ error: `a ${what} name is text` })
    .max(BRAND_KIT_LIMITS.maxNameLength, `a ${what} name is at most ${BRAND_KIT_LIMITS.maxNameLength} characters`);

export const brandColorSchema = z.object({
  hex: brandHexSchema,
  name: nameOf('colour').optional(),
});
export type BrandColor = z.infer<typeof brandColorSchema>;

export const paletteSchema = z.object({
  id: idSchema,
  name: nameOf('palette').refine((name) => name.trim().length > 0, 'a palette needs a name'),
  /** `colours` until library schema v4. */
  colors: z
    .array(brandColorSchema)
    .max(BRAND_KIT_LIMITS.maxColorsPerPalette, `a palette holds at most ${BRAND_KIT_LIMITS.maxColorsPerPalette} colours`),
});
export type Palette = z.infer<typeof paletteSchema>;

/** The same bounds as a text element's own fields (core/schema/design.ts), so a preset always applies. */
export const textPresetSchema = z.object({
  fontFamily: z.string().min(1, 'a text style needs a font').max(100),
  fontSize: z.number({ error: 'the font size is a number' }).finite().min(1, 'the font size is at least 1 px').max(2000, 'the font size is at most 2000 px'),
  fontWeight: z.number().int().min(100).max(900),
  fontStyle: z.enum(['normal', 'italic']),
  /** Solid only: a preset's colour also shows as a swatch, a gradient would not. */
  fill: z.string().regex(/^(#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?|transparent)$/, 'a text colour is a hex code like #111111'),
  /** Thousandths of an em, like TextElement.letterSpacing. */
  letterSpacing: z.number().finite().min(-500).max(2000),
  /** Multiple of the font size. */
  lineHeight: z.number().finite().min(0.5).max(5),
  uppercase: z.boolean(),
});
export type TextPreset = z.infer<typeof textPresetSchema>;

const presetFor = (role: TextRole) => textPresetSchema.default(() => ({ ...DEFAULT_TEXT_PRESETS[role] }));

export const textPresetsSchema = z
  .object({
    heading: presetFor('heading'),
    subheading: presetFor('subheading'),
    body: presetFor('body'),
    caption: presetFor('caption'),
  })
  .default(defaultTextPresets);

const uniqueBy =
  <T>(key: (item: T) => string) =>
  (items: readonly T[]) =>
    new Set(items.map(key)).size === items.length;

export const brandKitSchema = z.object({
  palettes: z
    .array(paletteSchema)
    .max(BRAND_KIT_LIMITS.maxPalettes, `at most ${BRAND_KIT_LIMITS.maxPalettes} palettes`)
    .refine(uniqueBy<Palette>((palette) => palette.id), 'two palettes have the same id')
    .default(() => []),
  presets: textPresetsSchema,
  /** Asset ids of library images, in the order the panel shows them. */
  logos: z
    .array(assetIdSchema)
    .max(BRAND_KIT_LIMITS.maxLogos, `at most ${BRAND_KIT_LIMITS.maxLogos} logos`)
    .refine(uniqueBy<string>((id) => id), 'a logo is listed twice')
    .default(() => []),
});
export type BrandKit = z.infer<typeof brandKitSchema>;

/**
 * What `brandKit.update` takes (core/api): each part given replaces that part; parts left out stay.
 * A palette without an id is new (the backend gives it one). A preset set to null goes back to
 * its default. Logos are the whole ordered list.
 */
export const brandKitPatchSchema = z.object({
  palettes: z
    .array(paletteSchema.extend({ id: idSchema.optional() }))
    .max(BRAND_KIT_LIMITS.maxPalettes, `at most ${BRAND_KIT_LIMITS.maxPalettes} palettes`)
    .optional(),
  presets: z
    .object({
      heading: textPresetSchema.nullable().optional(),
      subheading: textPresetSchema.nullable().optional(),
      body: textPresetSchema.nullable().optional(),
      caption: textPresetSchema.nullable().optional(),
    })
    .strict()
    .optional(),
  logos: z.array(assetIdSchema).max(BRAND_KIT_LIMITS.maxLogos, `at most ${BRAND_KIT_LIMITS.maxLogos} logos`).optional(),
});
export type BrandKitPatch = z.input<typeof brandKitPatchSchema>;

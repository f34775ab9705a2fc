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

export const BRAND_KIT_LIMITS = {
  maxPalettes: 50,
  maxColoursPerPalette: 64,
  maxNameLength: 80,
  maxLogos: 50,
} as const;

/** The roles a text can play in a design; a preset per role is always defined. */
export const TEXT_ROLES = ['heading', 'subheading', 'body', 'caption'] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

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

export const brandColourSchema = z.object({
  hex: brandHexSchema,
  name: nameOf('colour').optional(),
});
export type BrandColour = z.infer<typeof brandColourSchema>;

export const paletteSchema = z.object({
  id: idSchema,
  name: nameOf('palette').refine((name) => name.trim().length > 0, 'a palette needs a name'),
  colours: z
    .array(brandColourSchema)
    .max(BRAND_KIT_LIMITS.maxColoursPerPalette, `a palette holds at most ${BRAND_KIT_LIMITS.maxColoursPerPalette} colours`),
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

/**
 * Defaults drawn from the bundled fonts (Montserrat and Inter have real bold faces, so nothing is
 * faux-bolded in an export). Sizes suit a 1080 px post; the user saves their own from a text.
 */
export const DEFAULT_TEXT_PRESETS: Readonly<Record<TextRole, TextPreset>> = {
  heading: { fontFamily: 'Montserrat', fontSize: 88, fontWeight: 700, fontStyle: 'normal', fill: '#111111', letterSpacing: 0, lineHeight: 1.1, uppercase: false },
  subheading: { fontFamily: 'Montserrat', fontSize: 52, fontWeight: 700, fontStyle: 'normal', fill: '#333333', letterSpacing: 0, lineHeight: 1.15, uppercase: false },
  body: { fontFamily: 'Inter', fontSize: 36, fontWeight: 400, fontStyle: 'normal', fill: '#222222', letterSpacing: 0, lineHeight: 1.35, uppercase: false },
  caption: { fontFamily: 'Inter', fontSize: 24, fontWeight: 400, fontStyle: 'normal', fill: '#555555', letterSpacing: 60, lineHeight: 1.3, uppercase: true },
};

export const defaultTextPresets = (): Record<TextRole, TextPreset> => structuredClone(DEFAULT_TEXT_PRESETS) as Record<TextRole, TextPreset>;

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

export function emptyBrandKit(): BrandKit {
  return { palettes: [], presets: defaultTextPresets(), logos: [] };
}

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

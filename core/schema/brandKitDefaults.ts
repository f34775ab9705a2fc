/**
 * The brand kit's bounds, roles and defaults, without zod (see constants.ts: the editor's first
 * frame reads the kit but never builds its schemas). brandKit.ts re-exports all of it.
 */
import type { BrandKit, TextPreset } from './brandKit';

export const BRAND_KIT_LIMITS = {
  maxPalettes: 50,
  maxColorsPerPalette: 64,
  maxNameLength: 80,
  maxLogos: 50,
} as const;

/** The roles a text can play in a design; a preset per role is always defined. */
export const TEXT_ROLES = ['heading', 'subheading', 'body', 'caption'] as const;
export type TextRole = (typeof TEXT_ROLES)[number];

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

export function emptyBrandKit(): BrandKit {
  return { palettes: [], presets: defaultTextPresets(), logos: [] };
}

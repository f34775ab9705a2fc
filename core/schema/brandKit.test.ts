/**
 * The brand kit in library.json (schema v3): a v2 placeholder `{}` opens as defaults (the v2 -> v3
 * step stays the identity), the four text roles are always there, lists and names are bounded,
 * and the v3 fixture's kit opens as written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BRAND_KIT_LIMITS, brandKitPatchSchema, brandKitSchema, DEFAULT_TEXT_PRESETS, emptyBrandKit, TEXT_ROLES } from './brandKit';
import { BUNDLED_FONTS } from '../render/fonts';
import { emptyLibrary, parseLibrary } from './library';

const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const readFixture = (name: string) => JSON.parse(fs.readFileSync(path.join(fixturesDir, name), 'utf8')) as Record<string, unknown>;
const sha = (digit: string) => digit.repeat(64);

describe('brand kit schema', () => {
  it('an empty placeholder (every v1 and v2 file) is an empty kit with the four default text styles', () => {
    expect(brandKitSchema.parse({})).toEqual(emptyBrandKit());
    expect(Object.keys(emptyBrandKit().presets)).toEqual([...TEXT_ROLES]);
    const v2 = readFixture('library.v2.json');
    expect(v2.brandKit).toEqual({});
    const { library } = parseLibrary(v2);
    expect(library.brandKit).toEqual(emptyBrandKit());
  });

  it('a role left out gets its default; the others keep what was saved', () => {
    const heading = { ...DEFAULT_TEXT_PRESETS.heading, fontFamily: 'Lora', fontSize: 120 };
    const kit = brandKitSchema.parse({ presets: { heading } });
    expect(kit.presets.heading).toEqual(heading);
    expect(kit.presets.body).toEqual(DEFAULT_TEXT_PRESETS.body);
    expect(kit.presets.caption).toEqual(DEFAULT_TEXT_PRESETS.caption);
  });

  it('the defaults use bundled fonts with real faces (nothing faux-bolded in an export)', () => {
    for (const role of TEXT_ROLES) {
      const preset = DEFAULT_TEXT_PRESETS[role];
      const family = BUNDLED_FONTS.find((font) => font.family === preset.fontFamily);
      expect(family, role).toBeDefined();
      expect(family?.faces.some((face) => face.weight === preset.fontWeight && face.style === preset.fontStyle)).toBe(true);
    }
  });

  it('the v3 fixture has a palette, a saved heading and a logo', () => {
    const { library } = parseLibrary(readFixture('library.v3.json'));
    const kit = library.brandKit;
    expect(kit.palettes[0]).toMatchObject({ name: "Soldes d'été", colors: [{ hex: '#ff5a5f', name: 'Corail' }, { hex: '#ffb547' }, { hex: '#1e88e580' }] });
    expect(kit.presets.heading.fontFamily).toBe('Playfair Display');
    expect(kit.presets.subheading).toEqual(DEFAULT_TEXT_PRESETS.subheading);
    expect(library.assets[kit.logos[0]]?.kind).toBe('image');
  });

  it('colours are hex, stored lower-case; transparent and names are refused', () => {
    const palette = (hex: string) => ({ palettes: [{ id: 'p1', name: 'Brand', colors: [{ hex }] }] });
    expect(brandKitSchema.parse(palette('#FF5A5F')).palettes[0].colors[0].hex).toBe('#ff5a5f');
    expect(brandKitSchema.parse(palette('#ff5a5f80')).palettes[0].colors[0].hex).toBe('#ff5a5f80');
    for (const bad of ['transparent', 'red', '#fff', 'url(x)']) {
      const result = brandKitSchema.safeParse(palette(bad));
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0].message).toBe('a colour is a hex code like #ff5a5f');
    }
  });

  it('is bounded: palettes, colours per palette, names, logos; no duplicate ids or logos', () => {
    const colors = (n: number) => Array.from({ length: n }, (_, i) => ({ hex: `#${i.toString(16).padStart(6, '0')}` }));
    const palettes = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}`, name: `P${i}`, colors: [] }));
    expect(brandKitSchema.safeParse({ palettes: palettes(BRAND_KIT_LIMITS.maxPalettes) }).success).toBe(true);
    expect(brandKitSchema.safeParse({ palettes: palettes(BRAND_KIT_LIMITS.maxPalettes + 1) }).success).toBe(false);
    expect(brandKitSchema.safeParse({ palettes: [{ id: 'p', name: 'P', colors: colors(BRAND_KIT_LIMITS.maxColorsPerPalette) }] }).success).toBe(true);
    expect(brandKitSchema.safeParse({ palettes: [{ id: 'p', name: 'P', colors: colors(BRAND_KIT_LIMITS.maxColorsPerPalette + 1) }] }).success).toBe(false);
    expect(brandKitSchema.safeParse({ palettes: [{ id: 'p', name: 'x'.repeat(BRAND_KIT_LIMITS.maxNameLength + 1), colors: [] }] }).success).toBe(false);
    expect(brandKitSchema.safeParse({ palettes: [{ id: 'p', name: '   ', colors: [] }] }).success).toBe(false);
    expect(brandKitSchema.safeParse({ palettes: [...palettes(1), ...palettes(1)] }).success).toBe(false);
    expect(brandKitSchema.safeParse({ palettes: [{ id: '../x', name: 'P', colors: [] }] }).success).toBe(false);

    const logos = (n: number) => Array.from({ length: n }, (_, i) => i.toString(16).padStart(64, '0'));
    expect(brandKitSchema.safeParse({ logos: logos(BRAND_KIT_LIMITS.maxLogos) }).success).toBe(true);
    expect(brandKitSchema.safeParse({ logos: logos(BRAND_KIT_LIMITS.maxLogos + 1) }).success).toBe(false);
    expect(brandKitSchema.safeParse({ logos: [sha('a'), sha('a')] }).success).toBe(false);
    expect(brandKitSchema.safeParse({ logos: ['not-a-sha'] }).success).toBe(false);
  });

  it('text presets share a text element bounds', () => {
    const preset = (patch: object) => ({ presets: { body: { ...DEFAULT_TEXT_PRESETS.body, ...patch } } });
    expect(brandKitSchema.safeParse(preset({ fontSize: 2000, lineHeight: 5, letterSpacing: -500 })).success).toBe(true);
    for (const bad of [{ fontSize: 0 }, { fontSize: 2001 }, { lineHeight: 0.1 }, { letterSpacing: 5000 }, { fontWeight: 950 }, { fontWeight: 450.5 }, { fontStyle: 'oblique' }, { fill: 'red' }, { fontFamily: '' }]) {
      expect(brandKitSchema.safeParse(preset(bad)).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('a library with a damaged kit is refused like any other damage (the backups take over)', () => {
    expect(() => parseLibrary({ ...emptyLibrary(), brandKit: { palettes: 'nope' } })).toThrow(/library index/);
    expect(() => parseLibrary({ ...emptyLibrary(), brandKit: [] })).toThrow(/library index/);
  });

  it('the update arguments: new palettes have no id, a preset may be null (back to default), unknown roles are refused', () => {
    expect(brandKitPatchSchema.safeParse({ palettes: [{ name: 'New', colors: [] }], presets: { heading: null } }).success).toBe(true);
    expect(brandKitPatchSchema.safeParse({ presets: { title: DEFAULT_TEXT_PRESETS.heading } }).success).toBe(false);
    expect(brandKitPatchSchema.safeParse({}).success).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { preflight, passes } from '../preflight';
import { FORMATS, ratioValue } from './catalog';
import { safeAreaFor } from './safeArea';
import { isUserCatalogFormat, resolveFormat, toCatalogFormat, userCatalog, userFormatIdOf, userPreset, type UserFormatInput } from './userFormats';

const poster: UserFormatInput = { id: 'fposter', name: ' Affiche A3 ', width: 1000, height: 1500, limits: { maxBytes: 500_000, types: ['image/jpeg'] } };
const banner: UserFormatInput = { id: 'fbanner', name: 'bannière', width: 1200, height: 400 };

describe('user formats as catalog-like entries', () => {
  it('turns a user format into an entry with the custom marker and the user:<id> preset', () => {
    const entry = toCatalogFormat(poster);
    expect(entry).toMatchObject({
      id: 'user:fposter',
      network: 'custom',
      name: { fr: 'Affiche A3', en: 'Affiche A3' },
      width: 1000,
      height: 1500,
      ratio: '2:3',
      kind: 'image',
      userFormatId: 'fposter',
      limits: { maxBytes: 500_000, types: ['image/jpeg'], confidence: 'H' },
    });
    expect(isUserCatalogFormat(entry)).toBe(true);
    expect(isUserCatalogFormat(FORMATS[0])).toBe(false);
    // The input is not shared with the entry (a list the UI edits must not change the stored one).
    entry.limits.types!.push('image/png');
    expect(poster.limits!.types).toEqual(['image/jpeg']);
  });

  it('states no limit the user did not give', () => {
    const entry = toCatalogFormat(banner);
    expect(entry.limits).toEqual({ confidence: 'H', source: 'your format "bannière"' });
    expect(entry.note).toBeUndefined();
  });

  it('infers the kind from the accepted types', () => {
    expect(toCatalogFormat({ ...banner, limits: { types: ['video/mp4', 'video/quicktime'] } }).kind).toBe('video');
    expect(toCatalogFormat({ ...banner, limits: { types: ['application/pdf'] } }).kind).toBe('document');
    expect(toCatalogFormat({ ...banner, limits: { types: ['image/png', 'video/mp4'] } }).kind).toBe('image');
  });

  it.each([
    [1000, 1500],
    [1234, 777],
    [1, 8000],
    [8000, 1],
    [7999, 33],
  ])('%ix%i: the ratio label is within the preflight tolerance of the size', (width, height) => {
    const entry = toCatalogFormat({ ...banner, width, height });
    expect(Math.abs(ratioValue(entry.ratio) / (width / height) - 1)).toBeLessThanOrEqual(0.01);
  });

  it('runs through the preflight like a catalog entry: its byte cap and types, its size', () => {
    const entry = toCatalogFormat(poster);
    const ok = preflight({ type: 'image/jpeg', bytes: 400_000, width: 1000, height: 1500 }, entry);
    expect(passes(ok)).toBe(true);
    expect(ok.map((r) => r.id)).toEqual(['type', 'bytes', 'size', 'ratio']);
    const bad = preflight({ type: 'image/png', bytes: 600_000, width: 1000, height: 1500 }, entry);
    expect(bad.filter((r) => !r.ok).map((r) => r.id)).toEqual(['type', 'bytes']);
    // No limits: only the preset rules.
    expect(preflight({ type: 'image/png', bytes: 9e9, width: 1200, height: 400 }, toCatalogFormat(banner)).map((r) => r.id)).toEqual(['size', 'ratio']);
  });

  it('presets: user:<id> round-trips, catalog ids and junk are not user formats', () => {
    expect(userFormatIdOf(userPreset('fposter'))).toBe('fposter');
    for (const preset of ['instagram-portrait', null, undefined, '', 'user:', 'user:../x', `user:${'a'.repeat(65)}`]) {
      expect(userFormatIdOf(preset)).toBeNull();
    }
    expect(FORMATS.some((f) => f.id.includes(':'))).toBe(false);
  });

  it('resolves a preset to the catalog or to the user format, and a deleted one to nothing', () => {
    expect(resolveFormat('instagram-portrait', [poster])?.network).toBe('instagram');
    expect(resolveFormat('user:fposter', [banner, poster])?.name.en).toBe('Affiche A3');
    expect(resolveFormat('user:fgone', [poster])).toBeUndefined();
    expect(resolveFormat(null, [poster])).toBeUndefined();
  });

  it('lists by name, accents and case aside', () => {
    expect(userCatalog([poster, banner, { ...banner, id: 'fz', name: 'Zine' }]).map((f) => f.userFormatId)).toEqual(['fposter', 'fbanner', 'fz']);
  });

  it('a user format has no safe zone: it reads as a custom size', () => {
    expect(safeAreaFor({ preset: 'user:fposter', width: 1000, height: 1500 })).toEqual({ ok: false, reason: 'custom' });
  });
});

import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import { elide } from './elision';
import { addFrenchElision } from './index';

describe('French elision', () => {
  it('"de" and "le"/"la" lose their vowel before a vowel or a Y, accented or not', () => {
    expect(elide('de', 'Instagram Story')).toBe('d’Instagram Story');
    expect(elide('de', 'TikTok Vidéo')).toBe('de TikTok Vidéo');
    expect(elide('de', 'Écran large')).toBe('d’Écran large');
    expect(elide('de', 'YouTube Miniature')).toBe('d’YouTube Miniature');
    expect(elide('de', 'affiche A3')).toBe('d’affiche A3');
    expect(elide('de', 'X Image 16:9')).toBe('de X Image 16:9');
    expect(elide('de', '1080 × 1350')).toBe('de 1080 × 1350');
    expect(elide('le', 'Olympia')).toBe('l’Olympia');
    expect(elide('la', 'Île')).toBe('l’Île');
    expect(elide('la', 'Bretagne')).toBe('la Bretagne');
  });

  it('elides exactly when the name starts with a vowel or a Y (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('de' as const, 'le' as const, 'la' as const), (name, word) => {
        const base = name.charAt(0).normalize('NFD').charAt(0).toLowerCase();
        expect(elide(word, name)).toBe('aeiouy'.includes(base) ? `${word === 'de' ? 'd’' : 'l’'}${name}` : `${word} ${name}`);
      }),
    );
  });

  it('is what the translations get: variant and format menus in both languages', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources: { en: { translation: en }, fr: { translation: fr } }, lng: 'fr', interpolation: { escapeValue: false } });
    addFrenchElision(i18n);
    const menu = (name: string, lng: string) => i18n.t('editor.variants.menu', { name, lng });
    expect(menu('Instagram Story', 'fr')).toBe('Options d’Instagram Story');
    expect(menu('Écran titre', 'fr')).toBe('Options d’Écran titre');
    expect(menu('TikTok Vidéo', 'fr')).toBe('Options de TikTok Vidéo');
    expect(menu('Instagram Story', 'en')).toBe('Instagram Story options');
    expect(i18n.t('newDesign.formatMenu', { name: 'Affiche A3', lng: 'fr' })).toBe('Options d’Affiche A3');
    expect(i18n.t('newDesign.formatMenu', { name: 'Bannière', lng: 'fr' })).toBe('Options de Bannière');
  });
});

describe('French strings', () => {
  it('never write "de", "le" or "la" before an inserted name without the elision formatter', () => {
    const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : []);
    const offending = strings(fr).filter((text) => /\b(de|le|la|De|Le|La) \{\{\s*(name|names|format|role|title|network)\s*\}\}/.test(text));
    expect(offending).toEqual([]);
  });
});

/**
 * UI strings: every visible word lives in fr.json / en.json (same keys, checked by i18n.test.ts).
 * The language follows the OS unless the user picked one in Settings.
 */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ELIDED_WORDS, elide, type ElidedWord } from './elision';
import en from './en.json';
import fr from './fr.json';

export const UI_LANGUAGES = ['fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export type LanguageSetting = 'system' | UiLanguage;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof en };
    returnNull: false;
  }
}

/** The OS language as the browser reports it: French for any fr-*, English otherwise. */
export function systemLanguage(languages: readonly string[] = navigatorLanguages()): UiLanguage {
  for (const tag of languages) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}

function navigatorLanguages(): string[] {
  if (typeof navigator === 'undefined') return [];
  return [navigator.language, ...(navigator.languages ?? [])].filter(Boolean);
}

export function resolveLanguage(setting: LanguageSetting, languages?: readonly string[]): UiLanguage {
  return setting === 'system' ? systemLanguage(languages) : setting;
}

/** The language the UI currently shows. */
export function currentLanguage(): UiLanguage {
  return i18next.language === 'fr' ? 'fr' : 'en';
}

function reflectInDocument(language: UiLanguage): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.name');
}

/** `{{name, de}}`, `{{name, le}}`, `{{name, la}}` in a translation: the word and the name, elided in French (./elision.ts). */
export function addFrenchElision(instance: i18n): void {
  for (const word of Object.keys(ELIDED_WORDS) as ElidedWord[]) instance.services.formatter?.add(word, (value) => elide(word, String(value)));
}

export async function initI18n(language: UiLanguage): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addFrenchElision(i18next);
  reflectInDocument(language);
}

export async function applyLanguage(language: UiLanguage): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  reflectInDocument(language);
}

import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import { ELIDED_WORDS } from './elision';
import { resolveLanguage, systemLanguage } from './index';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

/** i18next plural forms differ per language (fr has _many); compare base keys. */
const base = (keys: string[]) => [...new Set(keys.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

describe('UI strings', () => {
  it('French and English hold the same keys', () => {
    expect(base(keysOf(fr))).toEqual(base(keysOf(en)));
  });

  it('no string is empty', () => {
    const empty = (obj: unknown) => keysOf(obj).filter((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], obj) === '');
    expect(empty(en)).toEqual([]);
    expect(empty(fr)).toEqual([]);
  });

  it('keeps interpolation variables identical across languages', () => {
    // French may elide a word before a name (`{{name, de}}`, ./elision.ts): the variable is the same.
    const elision = new RegExp(`,(${Object.keys(ELIDED_WORDS).join('|')})}}$`);
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)[^}]*}}/g)].map((m) => m[0].replace(/\s+/g, '').replace(elision, '}}')).sort();
    const lookup = (obj: unknown, key: string) => key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], obj);
    for (const key of keysOf(en)) {
      const frValue = lookup(fr, key);
      if (typeof frValue !== 'string') continue;
      expect(vars(frValue), key).toEqual(vars(lookup(en, key) as string));
    }
  });
});

describe('language choice', () => {
  it('follows the OS for any French or English locale', () => {
    expect(systemLanguage(['fr-CA'])).toBe('fr');
    expect(systemLanguage(['en-GB', 'fr'])).toBe('en');
    expect(systemLanguage(['de-DE', 'fr-FR'])).toBe('fr');
    expect(systemLanguage(['ja'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
  });

  it('lets the setting win over the OS', () => {
    expect(resolveLanguage('fr', ['en-US'])).toBe('fr');
    expect(resolveLanguage('en', ['fr-FR'])).toBe('en');
    expect(resolveLanguage('system', ['fr-BE'])).toBe('fr');
  });
});

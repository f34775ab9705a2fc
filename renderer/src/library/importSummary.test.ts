import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from '../i18n/en.json';
import fr from '../i18n/fr.json';
import { emptyProgress } from './importQueue';
import { importSummary } from './importSummary';

const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: en }, fr: { translation: fr } }, lng: 'en', interpolation: { escapeValue: false } });
const t = (language: 'en' | 'fr') => (key: string, options?: Record<string, unknown>) => String(i18n.getFixedT(language)(key as never, options as never));

describe('import summary', () => {
  it('counts each outcome and names each refusal with its reason', () => {
    const result = { ...emptyProgress(16), done: 16, imported: 12, duplicates: 3, finished: true, refused: [{ name: 'notes.txt', reason: 'not a media file' }] };
    const summary = importSummary(result, t('en'));
    expect(summary.message).toBe('12 imported, 3 already in the library, 1 refused');
    expect(summary.detail).toBe('notes.txt: not a media file');
    expect(summary.kind).toBe('success');
    expect(importSummary(result, t('fr')).message).toBe('12 importés, 3 déjà dans la bibliothèque, 1 refusé');
    expect(importSummary(result, t('fr')).detail).toBe('notes.txt\u00a0: not a media file');
  });

  it('says a single file was already there, by name', () => {
    const result = { ...emptyProgress(1), done: 1, duplicates: 1, duplicateIds: ['x'], duplicateNames: ['beach.jpg'], finished: true };
    expect(importSummary(result, t('en')).message).toBe('“beach.jpg” is already in the library');
  });

  it('says how many were not imported after a cancel, and lists at most five refusals', () => {
    const refused = Array.from({ length: 7 }, (_, i) => ({ name: `bad-${i}.txt`, reason: 'unknown type' }));
    const result = { ...emptyProgress(60), done: 10, imported: 3, refused, cancelled: true, finished: true };
    const summary = importSummary(result, t('en'));
    expect(summary.message).toBe('3 imported, 7 refused, import cancelled (50 files not imported)');
    expect(summary.detail?.split('\n')).toHaveLength(6);
    expect(summary.detail).toContain('and 2 more');
  });

  it('is an error when nothing came in', () => {
    const result = { ...emptyProgress(1), done: 1, refused: [{ name: 'a.exe', reason: 'no' }], finished: true };
    expect(importSummary(result, t('en')).kind).toBe('error');
  });
});

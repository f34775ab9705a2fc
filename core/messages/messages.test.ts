import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { catalogueKeys, catalogueText, formatMessage, formatNumber, isMessageKey, msg, type Language, type Message, type MessageParams } from './format';
import { errorDetail, errorReason, MessageError } from './error';

const vars = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('French and English hold the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(catalogueKeys('fr')).toEqual(catalogueKeys('en'));
  });

  it('use the same parameters in both languages, and no text is empty', () => {
    for (const [key, text] of Object.entries(en)) {
      expect(text.trim(), key).not.toBe('');
      expect(vars(fr[key as keyof typeof en]), key).toEqual(vars(text));
    }
  });

  it('French texts keep French typography', () => {
    for (const [key, text] of Object.entries(fr)) {
      expect(text, `${key}: a straight apostrophe`).not.toMatch(/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/);
      expect(text, `${key}: an ordinary space before a colon`).not.toMatch(/ [:;!?]/);
      expect(text, `${key}: no space at all before a colon`).not.toMatch(/[^\s\u00a0\u202f]:( |$)/);
      expect(text, `${key}: « without a no-break space after it`).not.toMatch(/«(?!\u00a0)/);
      expect(text, `${key}: » without a no-break space before it`).not.toMatch(/(?<!\u00a0)»/);
      expect(text, `${key}: English quotation marks`).not.toMatch(/"/);
    }
  });

  it('plural keys have both forms', () => {
    for (const key of Object.keys(en)) {
      const plural = /^(.*)_(one|other)$/.exec(key);
      if (plural) expect(Object.keys(en), key).toEqual(expect.arrayContaining([`${plural[1]}_one`, `${plural[1]}_other`]));
    }
  });
});

describe('formatMessage', () => {
  it('fills parameters and writes numbers the language’s way', () => {
    const tooLarge = msg('call.tooLarge', { limit: 4_000_000 });
    expect(formatMessage(tooLarge, 'en')).toBe('The request is too large (the limit is 4,000,000 bytes).');
    expect(formatMessage(tooLarge, 'fr')).toBe('La requête est trop volumineuse (la limite est de 4\u202f000\u202f000\u00a0octets).');
    expect(formatNumber(1080, 'fr')).toBe('1080');
    expect(formatNumber(1.5, 'fr')).toBe('1,5');
    expect(formatNumber(1.5, 'en')).toBe('1.5');
  });

  it('renders nested messages in the same language', () => {
    const nested = msg('call.internal', { method: 'designs.save', detail: msg('disk.full') });
    expect(formatMessage(nested, 'fr')).toContain('Le disque est plein');
    expect(formatMessage(nested, 'en')).toContain('The disk is full');
  });

  it('falls back to English, then to the key, for keys it does not know', () => {
    expect(formatMessage({ key: 'no.such.key' }, 'fr')).toBe('no.such.key');
    expect(isMessageKey('call.internal')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('__proto__')).toBe(false);
  });

  it('never loops on a message that contains itself', () => {
    const loop: Message = { key: 'call.internal', params: { method: 'x' } };
    loop.params!.detail = loop;
    expect(formatMessage(loop, 'en')).toMatch(/^Something went wrong/);
  });

  it('checks parameters at compile time', () => {
    // @ts-expect-error a parameter is missing
    msg('call.tooLarge');
    // @ts-expect-error this message has no parameter
    msg('disk.full', { x: 1 });
    expect(msg('disk.full')).toEqual({ key: 'disk.full' });
  });
});

/**
 * Every key rendered in both languages with sample parameters. A heuristic guard against an
 * untranslated or half-translated French text: it differs from the English (unless the text has
 * no words of its own, like "{{method}}: {{detail}}"), and holds none of the common English words.
 */
describe('every message, rendered', () => {
  // Only words that are not also French ("font", "large", "on", "a" are).
  const COMMON_ENGLISH = new Set(
    (
      'the is are was were be been being of and not cannot can with this that these those has have had from to its it by for which there your you ' +
      'than into only would could may must at in or no nothing something already missing damaged changed saved file files library sound fonts ' +
      'too larger here where when what how again first please try keep kept opened open read written its'
    ).split(' '),
  );
  /** Words of a text, leaving out what is not prose: CLI options, file names and paths, tags. */
  const words = (text: string) =>
    text
      .split(/\s+/)
      .filter((token) => !/^--|[/<>]|\.(json|zip|affiche)\b/.test(token))
      .join(' ')
      .toLowerCase()
      .match(/\p{L}[\p{L}’']*/gu)
      ?.filter((word) => word.length > 1) ?? [];

  /** Sample values: numbers (formatted per language) and a neutral token, never an English word. */
  function samples(key: string, count?: number): MessageParams {
    const texts = [catalogueText('en', key), catalogueText('en', `${key}_one`), catalogueText('en', `${key}_other`)].filter((t): t is string => t !== undefined);
    const params: MessageParams = {};
    for (const text of texts) for (const [, name] of text.matchAll(/{{(\w+)}}/g)) params[name] = name === 'count' ? (count ?? 1) : 12_345;
    if (count !== undefined) params.count = count;
    return params;
  }

  const cases = catalogueKeys('en').flatMap((key): { key: string; count: number | undefined }[] => {
    const plural = catalogueText('en', `${key}_one`) !== undefined;
    return plural ? [{ key, count: 1 }, { key, count: 3 }] : [{ key, count: undefined }];
  });

  it.each(cases)('$key ($count)', ({ key, count }) => {
    const message: Message = { key, params: samples(key, count) };
    const rendered = {} as Record<Language, string>;
    for (const language of ['en', 'fr'] as const) {
      rendered[language] = formatMessage(message, language);
      expect(rendered[language].trim(), `${language}: empty`).not.toBe('');
      expect(rendered[language], `${language}: a placeholder left`).not.toContain('{{');
    }
    const english = words(rendered.en);
    if (english.length > 0) expect(rendered.fr, 'French identical to English').not.toBe(rendered.en);
    const leftovers = words(rendered.fr).filter((word) => COMMON_ENGLISH.has(word));
    expect(leftovers, `English words in French: ${rendered.fr}`).toEqual([]);
  });

  it('the guard would catch an untranslated text', () => {
    expect(words('"x.png" is larger than 12 MB, the limit for an image').filter((w) => COMMON_ENGLISH.has(w))).toEqual(['is', 'larger', 'than', 'the', 'for']);
    expect(words('--library pick library.json').filter((w) => COMMON_ENGLISH.has(w))).toEqual([]);
  });
});

describe('errors carrying a message', () => {
  it('keep the message in detail and its English text in message', () => {
    const error = new MessageError(msg('asset.empty', { name: 'photo.png' }));
    expect(error.message).toBe('"photo.png" is empty');
    expect(errorDetail(error)).toEqual({ key: 'asset.empty', params: { name: 'photo.png' } });
    expect(errorDetail(new Error('plain'))).toBeUndefined();
    expect(errorDetail({ detail: 'not a message' })).toBeUndefined();
    expect(errorReason(new Error('plain'))).toBe('plain');
    expect(formatMessage(msg('design.notice.notAdded', { file: 'designs/d1.json', reason: errorReason(error) }), 'fr')).toBe(
      'designs/d1.json n’a pas pu être ajouté à la bibliothèque\u00a0: «\u00a0photo.png\u00a0» est vide',
    );
  });
});

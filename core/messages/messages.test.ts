import { describe, expect, it } from 'vitest';
import { en } from './en';
import { fr } from './fr';
import { catalogueKeys, formatMessage, formatNumber, isMessageKey, msg, type Message } from './format';

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

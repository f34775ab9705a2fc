/**
 * Caption counting against the rules written in ./count.ts, on a table worked out by hand:
 * - code points: each Unicode scalar value once (a surrogate pair is one);
 * - UTF-8 bytes: 1 below U+0080, 2 below U+0800, 3 below U+10000, 4 above;
 * - graphemes: what a reader sees as one character (an emoji sequence, a flag, e + accent: 1);
 * - X: the text in NFC; each URL 23; each emoji cluster 2; else 1 per code point in U+0000-10FF,
 *   U+2000-200D, U+2010-201F, U+2032-2037 and 2 for any other.
 * Each row's comment shows the sum.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints, findHashtags, findUrls, foldOffset, graphemes, measure, utf8Bytes, xWeightedLength } from './count';

interface Row {
  name: string;
  text: string;
  x: number;
  graphemes: number;
  bytes: number;
  codePoints: number;
}

const URL_30 = 'https://example.com/soldes?x=1'; // 8 + 11 + 7 + 4 = 30 characters

const TABLE: Row[] = [
  // ASCII: 11 code points of weight 1, 1 byte each.
  { name: 'plain ASCII', text: 'Hello world', x: 11, graphemes: 11, bytes: 11, codePoints: 11 },
  // U+00E9: one code point of weight 1, 2 bytes.
  { name: 'é precomposed', text: '\u00e9', x: 1, graphemes: 1, bytes: 2, codePoints: 1 },
  // e + U+0301: 2 code points (1 + 2 bytes); one grapheme; X normalises to é first: 1.
  { name: 'e + combining acute', text: 'e\u0301', x: 1, graphemes: 1, bytes: 3, codePoints: 2 },
  // 10 code points all below U+10FF; é and è take 2 bytes: 8 + 4 = 12.
  { name: 'French accents', text: 'café crème', x: 10, graphemes: 10, bytes: 12, codePoints: 10 },
  // U+1F44D: 4 bytes; an emoji cluster: 2 on X.
  { name: 'thumbs up', text: '\u{1F44D}', x: 2, graphemes: 1, bytes: 4, codePoints: 1 },
  // U+1F44D U+1F3FD (skin tone): 8 bytes, one cluster: 2.
  { name: 'thumbs up, medium skin tone', text: '\u{1F44D}\u{1F3FD}', x: 2, graphemes: 1, bytes: 8, codePoints: 2 },
  // man ZWJ woman ZWJ girl ZWJ boy: 4 x 4 bytes + 3 ZWJ x 3 bytes = 25; 7 code points; one cluster: 2.
  { name: 'family ZWJ sequence', text: '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}', x: 2, graphemes: 1, bytes: 25, codePoints: 7 },
  // woman, medium skin tone, ZWJ, laptop: 4 + 4 + 3 + 4 = 15 bytes; one cluster: 2.
  { name: 'technologist with skin tone', text: '\u{1F469}\u{1F3FD}\u200D\u{1F4BB}', x: 2, graphemes: 1, bytes: 15, codePoints: 4 },
  // Regional indicators F + R: 2 x 4 bytes; one flag: 2.
  { name: 'flag of France', text: '\u{1F1EB}\u{1F1F7}', x: 2, graphemes: 1, bytes: 8, codePoints: 2 },
  // 1 + U+FE0F + U+20E3: 1 + 3 + 3 bytes; a keycap is one emoji: 2 (by code point it would be 1 + 2 + 2 = 5).
  { name: 'keycap one', text: '1\uFE0F\u20E3', x: 2, graphemes: 1, bytes: 7, codePoints: 3 },
  // U+2764 + U+FE0F: 3 + 3 bytes; emoji presentation: 2.
  { name: 'red heart', text: '\u2764\uFE0F', x: 2, graphemes: 1, bytes: 6, codePoints: 2 },
  // U+00A9 without U+FE0F is text, not emoji: weight 1 (below U+10FF), 2 bytes.
  { name: 'copyright sign as text', text: '\u00a9', x: 1, graphemes: 1, bytes: 2, codePoints: 1 },
  // 3 CJK code points (U+65E5 U+672C U+8A9E): 3 bytes each, weight 2 each.
  { name: 'Japanese', text: '日本語', x: 6, graphemes: 3, bytes: 9, codePoints: 3 },
  // "Voir " 5 + URL 23 + " !" 2 = 30 on X; 5 + 30 + 2 = 37 code points, all ASCII.
  { name: 'scheme URL', text: `Voir ${URL_30} !`, x: 30, graphemes: 37, bytes: 37, codePoints: 37 },
  // "Go to " 6 + example.com 23 + "." 1 = 30 (the full stop is not part of the URL); 18 code points.
  { name: 'bare domain with a full stop after it', text: 'Go to example.com.', x: 30, graphemes: 18, bytes: 18, codePoints: 18 },
  // 8 + 100 + 4 = 112 characters, one URL: 23.
  { name: 'long URL', text: `https://${'a'.repeat(100)}.com`, x: 23, graphemes: 112, bytes: 112, codePoints: 112 },
  // An e-mail address is no URL: 14 ASCII characters.
  { name: 'e-mail address', text: 'me@example.com', x: 14, graphemes: 14, bytes: 14, codePoints: 14 },
  // A file name is no URL (txt is no top-level domain): 9.
  { name: 'file name', text: 'notes.txt', x: 9, graphemes: 9, bytes: 9, codePoints: 9 },
  // "Bonjour" 7, U+00A0 (1, 2 bytes), ":" , " ", "ça" (ç 2 bytes), " ", "va", U+202F (weight 2, 3 bytes), "?":
  // 17 code points; X 16 x 1 + 2 = 18; bytes 14 ASCII + 2 + 2 + 3 = 21.
  { name: 'French no-break spaces', text: 'Bonjour\u00a0: ça va\u202f?', x: 18, graphemes: 17, bytes: 21, codePoints: 17 },
  // « U+00AB, U+00A0, Soldes, U+00A0, » U+00BB: 10 code points below U+10FF; 4 x 2 bytes + 6 = 14.
  { name: 'guillemets', text: '«\u00a0Soldes\u00a0»', x: 10, graphemes: 10, bytes: 14, codePoints: 10 },
  // “ U+201C (1), Hi, ” U+201D (1), space, — U+2014 (1), space, ok, … U+2026 (outside the ranges: 2):
  // 10 code points, X 9 + 2 = 11; bytes 4 x 3 + 6 = 18.
  { name: 'curly quotes, em dash, ellipsis', text: '“Hi” — ok…', x: 11, graphemes: 10, bytes: 18, codePoints: 10 },
];

describe('caption counting', () => {
  it.each(TABLE)('$name', (row) => {
    expect({ x: xWeightedLength(row.text), graphemes: graphemes(row.text), bytes: utf8Bytes(row.text), codePoints: codePoints(row.text) }).toEqual({
      x: row.x,
      graphemes: row.graphemes,
      bytes: row.bytes,
      codePoints: row.codePoints,
    });
  });

  it('finds URLs with a scheme and bare domains with a known top-level domain, never e-mails or file names', () => {
    const urls = (text: string) => findUrls(text).map((url) => url.url);
    expect(urls('Voir https://example.com/a_(b) et www.shop.fr/soldes, ou example.org.')).toEqual(['https://example.com/a_(b)', 'www.shop.fr/soldes', 'example.org']);
    expect(urls('(see https://example.com/page)')).toEqual(['https://example.com/page']);
    expect(urls('«\u00a0https://boutique.paris\u00a0»')).toEqual(['https://boutique.paris']);
    expect(urls('contact@shop.fr notes.txt e.g. v1.2 localhost http://localhost @example.com')).toEqual([]);
    expect(urls('HTTPS://EXAMPLE.COM and Example.Com')).toEqual(['HTTPS://EXAMPLE.COM', 'Example.Com']);
  });

  it('finds hashtags once each, not inside URLs', () => {
    expect(findHashtags('#Soldes et #soldes, #été https://example.com/#top #1 C#')).toEqual(['#Soldes', '#été']);
  });

  it('measures a caption in its network’s unit, with Bluesky’s second cap in bytes and the fold before "more"', () => {
    expect(measure('a'.repeat(281), 'x')).toMatchObject({ used: 281, max: 280, unit: 'weighted', over: true });
    expect(measure(`${'a'.repeat(260)} ${'https://example.com/'.padEnd(200, 'z')}`, 'x')).toMatchObject({ used: 284, over: true });
    expect(measure('日'.repeat(140), 'x')).toMatchObject({ used: 280, over: false });
    // 300 family emoji: 300 graphemes but 7,500 bytes.
    const families = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'.repeat(300);
    expect(measure(families, 'bluesky')).toMatchObject({ used: 300, max: 300, unit: 'graphemes', over: true, bytes: { used: 7500, max: 3000, over: true } });
    expect(measure('é'.repeat(2600), 'youtube')).toMatchObject({ used: 5200, max: 5000, unit: 'bytes', over: true });
    const caption = `${'\u{1F44D}'.repeat(130)}`;
    const fold = measure(caption, 'instagram').visibleEnd;
    // 125 graphemes of 2 UTF-16 units each: the fold never cuts an emoji in half.
    expect(fold).toBe(250);
    expect(measure('short', 'instagram').visibleEnd).toBeUndefined();
    expect(measure('a'.repeat(141), 'linkedin').visibleEnd).toBe(140);
    expect(foldOffset('a'.repeat(140), 140)).toBeUndefined();
  });
});

/**
 * Tokens a user types on X, each appended whole. Left out on purpose: U+FE0F and U+20E3 alone
 * (appending them to a digit makes a keycap, 2 instead of 1 + 2) and "." (appending "m" to
 * "aaaa….co" makes a URL counted 23): both are X's rules lowering the count, not mistakes.
 */
const X_TOKENS = ['a', 'Z', ' ', '!', 'é', 'e', '\u0301', '日', '한', '\u00a0', '\u202f', '…', '—', '\u{1F44D}', '\u{1F3FD}', '\u200D', '\u{1F469}', '\u{1F1EB}', '\u{1F1F7}', '#', '1', '/', ':', 'h'];

describe('counting properties', () => {
  it('appending a character never lowers a count', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), (text, char) => {
        const longer = text + char;
        expect(codePoints(longer)).toBeGreaterThan(codePoints(text));
        expect(utf8Bytes(longer)).toBeGreaterThan(utf8Bytes(text));
        expect(graphemes(longer)).toBeGreaterThanOrEqual(graphemes(text));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...X_TOKENS), { maxLength: 40 }), fc.constantFrom(...X_TOKENS), (tokens, token) => {
        const text = tokens.join('');
        expect(xWeightedLength(text + token)).toBeGreaterThanOrEqual(xWeightedLength(text));
      }),
      { numRuns: 500 },
    );
  });

  it('counts UTF-8 bytes as an encoder writes them', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(utf8Bytes(text)).toBe(Buffer.byteLength(text, 'utf8'));
      }),
      { numRuns: 500 },
    );
  });

  it('graphemes never outnumber code points', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(graphemes(text)).toBeLessThanOrEqual(codePoints(text));
      }),
      { numRuns: 500 },
    );
  });

  it('X counts plain ASCII without URLs as its length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 300 }), (text) => {
        fc.pre(findUrls(text).length === 0);
        expect(xWeightedLength(text)).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });
});

/**
 * How each network counts a caption (docs/architecture.md, Posts; the units are in the catalog's
 * text limits, core/formats/textLimits.ts):
 * - `characters`: Unicode code points (an emoji of several code points counts several: the safe
 *   side where a network does not say how it counts);
 * - `graphemes`: what a reader sees as one character, found with Intl.Segmenter (Bluesky);
 * - `bytes`: UTF-8 bytes (Bluesky's second cap, YouTube's description);
 * - `weighted`: X's count (twitter-text v3 rules): the text in NFC, each URL 23, each emoji cluster
 *   2 whatever its code points, then per code point 1 in U+0000-10FF, U+2000-200D, U+2010-201F,
 *   U+2032-2037 and 2 everywhere else (CJK, most symbols). twitter-text itself is not used: it is
 *   unmaintained and over-counts newer emoji sequences.
 *
 * The URL recogniser (`findUrls`) is the one the checks use to count links too: a URL with a scheme
 * (http, https) and a host with a dot, or a bare domain whose last label is a known top-level domain
 * (example.com, www.shop.fr/soldes), never an e-mail address, a file name (notes.txt) or a word
 * after "@". Trailing punctuation (a full stop, a closing bracket with no opening one) is left out.
 */
import type { Network } from '../formats/constants';
import { TEXT_LIMITS } from '../formats/textLimits';

export type CountUnit = 'characters' | 'graphemes' | 'weighted' | 'bytes';

/** What twitter-text v3 counts a URL as, whatever its length. */
export const X_URL_WEIGHT = 23;
/** What X counts an emoji cluster as. */
export const X_EMOJI_WEIGHT = 2;

const graphemeSegmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function graphemes(text: string): number {
  let count = 0;
  for (const _ of graphemeSegmenter.segment(text)) count++;
  return count;
}

/** UTF-8 bytes: 1 below U+0080, 2 below U+0800, 3 below U+10000 (a lone surrogate too: it is sent as U+FFFD), 4 above. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/**
 * An emoji as X draws it: a flag (regional indicators), a keycap (digit + U+20E3), or a pictograph
 * shown as emoji (emoji presentation, or forced by U+FE0F; ZWJ sequences and skin tones are one
 * cluster). A bare text-style symbol such as © counts by its code point.
 */
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}|\uFE0F/u;
export function isEmojiCluster(grapheme: string): boolean {
  if (REGIONAL_INDICATOR.test(grapheme) || grapheme.includes('\u20E3')) return true;
  return PICTOGRAPH.test(grapheme) && EMOJI_PRESENTATION.test(grapheme);
}

function codePointWeight(cp: number): number {
  const light = cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037);
  return light ? 1 : 2;
}

function weightOfPlainText(text: string): number {
  let weight = 0;
  for (const { segment } of graphemeSegmenter.segment(text)) {
    if (isEmojiCluster(segment)) {
      weight += X_EMOJI_WEIGHT;
      continue;
    }
    for (const char of segment) weight += codePointWeight(char.codePointAt(0)!);
  }
  return weight;
}

/** X's weighted length (its limit is 280). */
export function xWeightedLength(text: string): number {
  const normalized = text.normalize('NFC');
  let weight = 0;
  let from = 0;
  for (const url of findUrls(normalized)) {
    weight += weightOfPlainText(normalized.slice(from, url.start)) + X_URL_WEIGHT;
    from = url.end;
  }
  return weight + weightOfPlainText(normalized.slice(from));
}

export function countIn(text: string, unit: CountUnit): number {
  switch (unit) {
    case 'characters':
      return codePoints(text);
    case 'graphemes':
      return graphemes(text);
    case 'bytes':
      return utf8Bytes(text);
    case 'weighted':
      return xWeightedLength(text);
  }
}

// ---------------------------------------------------------------------------------------------
// URLs

export interface UrlMatch {
  /** UTF-16 offsets in the text. */
  start: number;
  end: number;
  url: string;
}

/**
 * Top-level domains a bare domain is recognised with: the generic ones, the countries of the
 * languages the app speaks and their neighbours, and the new ones small brands use. A rarer one is
 * recognised with its scheme (https://...).
 */
export const KNOWN_TLDS: ReadonlySet<string> = new Set(
  (
    'com net org edu gov int mil info biz name pro mobi ' +
    'io co me tv ai app dev page link site online store shop blog news live media studio design art tech cloud email club agency xyz eco bio ' +
    'fr be ch lu ca qc mc re gp mq yt nc pf ma dz tn sn ci cm ' +
    'uk ie de at nl dk se no fi is es pt it gr pl cz sk hu ro bg hr si ee lv lt ua ' +
    'eu us mx br ar cl jp cn kr in au nz za ru tr ' +
    'paris bzh alsace corsica quebec brussels berlin london nyc'
  ).split(/\s+/),
);

/** What can end a URL's host: a letter, a digit (Unicode letters for internationalised names). */
const HOST_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const PORT_AND_PATH = String.raw`(?::\d{1,5})?(?:[/?#][^\s<>"«»\u00a0\u202f]*)?`;
const SCHEME_URL = String.raw`https?://${HOST_LABEL}(?:\.${HOST_LABEL})+${PORT_AND_PATH}`;
/** ASCII labels only: a bare domain is not recognised in the middle of a word or after @ . / - _. */
const BARE_DOMAIN = String.raw`(?<![\p{L}\p{N}@._/\-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,24})(?![\p{L}\p{N}_\-@]|\.[\p{L}\p{N}])${PORT_AND_PATH}`;
const URL_PATTERN = new RegExp(`(?:${SCHEME_URL})|(?:${BARE_DOMAIN})`, 'giu');

/** Punctuation that closes a sentence rather than a URL. */
const TRAILING = /[.,;:!?'"’”)\]}…*]$/u;

function trimTrailing(url: string): string {
  let out = url;
  while (TRAILING.test(out)) {
    const last = out[out.length - 1];
    // A closing bracket that matches an opening one in the URL belongs to it (wikipedia links).
    if (last === ')' && count(out, '(') >= count(out, ')')) break;
    out = out.slice(0, -1);
  }
  return out;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

export function findUrls(text: string): UrlMatch[] {
  const found: UrlMatch[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const tld = match[1];
    if (tld !== undefined && !KNOWN_TLDS.has(tld.toLowerCase())) continue;
    const url = trimTrailing(match[0]);
    if (url === '' || /^https?:\/\/$/i.test(url)) continue;
    found.push({ start: match.index, end: match.index + url.length, url });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Hashtags

const HASHTAG = /(?<![\p{L}\p{N}_&/#])#([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*)/gu;

/** The hashtags of a text outside its URLs (`example.com/#top` is no hashtag), each once (case-insensitive), in order. */
export function findHashtags(text: string): string[] {
  const urls = findUrls(text);
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const match of text.matchAll(HASHTAG)) {
    if (urls.some((url) => match.index >= url.start && match.index < url.end)) continue;
    const key = match[0].toLocaleLowerCase('en');
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(match[0]);
  }
  return tags;
}

// ---------------------------------------------------------------------------------------------
// A caption against its network's limit

export interface Measure {
  used: number;
  max: number;
  unit: CountUnit;
  /** Over the limit, in this unit or in the second cap in bytes. */
  over: boolean;
  /** The second cap in UTF-8 bytes, where the network has one (Bluesky). */
  bytes?: { used: number; max: number; over: boolean };
  /** Where the app folds the text behind "more" (a UTF-16 offset at a grapheme boundary), when it does. */
  visibleEnd?: number;
}

export function captionUnit(network: Network): CountUnit {
  return TEXT_LIMITS[network].caption.unit ?? 'characters';
}

/** UTF-16 offset after the first `visible` graphemes, or undefined when the text is not longer. */
export function foldOffset(text: string, visible: number): number | undefined {
  let seen = 0;
  for (const { index, segment } of graphemeSegmenter.segment(text)) {
    seen++;
    if (seen === visible) {
      const end = index + segment.length;
      return end < text.length ? end : undefined;
    }
  }
  return undefined;
}

/** A caption (the text as posted) against its network's limit. */
export function measure(text: string, network: Network): Measure {
  const limit = TEXT_LIMITS[network].caption;
  const unit = captionUnit(network);
  const used = countIn(text, unit);
  const result: Measure = { used, max: limit.max, unit, over: used > limit.max };
  if (limit.maxBytes !== undefined) {
    const bytes = utf8Bytes(text);
    result.bytes = { used: bytes, max: limit.maxBytes, over: bytes > limit.maxBytes };
    if (result.bytes.over) result.over = true;
  }
  const visibleEnd = limit.visible !== undefined ? foldOffset(text, limit.visible) : undefined;
  if (visibleEnd !== undefined) result.visibleEnd = visibleEnd;
  return result;
}

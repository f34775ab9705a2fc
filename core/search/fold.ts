/**
 * The one folding every search applies to words (the library's assets and tags, the Elements
 * panel's icons and emoji): lower case without accents, so "Été", "ete" and "ÉTÉ" match, and
 * "cœur" matches "coeur".
 */

/** Letters NFD does not split into base + accent. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/** Lower case without accents: "Été" and "ete" fold to the same text. */
export function fold(text: string): string {
  // Most words are plain ASCII: skipping the Unicode work for them makes preparing 10k library
  // records several times faster (it runs at every open).
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[œæßøłđı]/g, (ch) => LIGATURES[ch] ?? ch);
}

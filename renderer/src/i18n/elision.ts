/**
 * French elision of "de", "le" and "la" before a name the UI inserts: "Options d’Instagram Story"
 * but "Options de TikTok Vidéo". A translation asks for it with a formatter named after the word,
 * `{{name, de}}`, which writes the word and the name together (registered in ./index.ts); English
 * strings never use it.
 */

/** The words that lose their vowel, and how they are written then. */
export const ELIDED_WORDS = { de: 'd’', le: 'l’', la: 'l’' } as const;
export type ElidedWord = keyof typeof ELIDED_WORDS;

/**
 * `word` and `name` as French writes them together: "de TikTok" but "d’Instagram", "d’Écran",
 * "d’YouTube". A vowel (accented or not) or a Y elides; a silent h is not told from an
 * aspirated one (it stays "de").
 */
export function elide(word: ElidedWord, name: string): string {
  const first = name.charAt(0).normalize('NFD').charAt(0);
  return /[aeiouy]/i.test(first) ? `${ELIDED_WORDS[word]}${name}` : `${word} ${name}`;
}

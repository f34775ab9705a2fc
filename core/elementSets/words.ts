/**
 * How the Elements panel matches typed words (icons and emoji alike): case and accents folded
 * (core/search/fold.ts), a typed word matches a word that starts with it, and a typed plural
 * ("maisons", "cœurs", "animaux") matches its singular.
 */
import { fold } from '../search/fold';

/** French and English words too common to say what an icon shows ("boîte de réception" is two words). */
const STOP_WORDS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'un', 'une', 'et', 'a', 'au', 'aux', 'en', 'the', 'an', 'of', 'and', 'with']);

/** The folded words of a text, split at spaces, hyphens, apostrophes and punctuation. */
export function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** The words of a query that say something (stop words dropped, unless nothing else is left). */
export function queryWords(query: string): string[] {
  const words = wordsOf(query);
  const meaningful = words.filter((word) => !STOP_WORDS.has(word));
  return meaningful.length > 0 ? meaningful : words;
}

/** A typed word without its plural ending: "maisons" -> "maison", "animaux" -> "animal". */
function singular(word: string): string | null {
  if (word.length > 4 && word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  if (word.length > 3 && (word.endsWith('s') || word.endsWith('x'))) return word.slice(0, -1);
  return null;
}

/** How well one typed word matches a word: 2 the same word, 1 the start of it, 0 not at all. */
export function wordMatch(typed: string, word: string): 0 | 1 | 2 {
  if (word === typed) return 2;
  if (word.startsWith(typed)) return 1;
  const one = singular(typed);
  return one !== null && word === one ? 2 : 0;
}

/** The best match of a typed word among words (2, 1 or 0). */
export function bestMatch(typed: string, words: readonly string[]): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  for (const word of words) {
    const match = wordMatch(typed, word);
    if (match === 2) return 2;
    if (match > best) best = match;
  }
  return best;
}

/**
 * The icon set ready to search (`indexIconSet`, once when the panel loads the set) and the search
 * itself (`searchIcons`): English from the set's names and tags, French from the vocabulary
 * (./frenchVocabulary.ts) applied to the same words, whatever the UI's language (a French user
 * typing "home" finds the house too).
 */
import { FRENCH_CATEGORIES, FRENCH_WORDS } from './frenchVocabulary';
import type { IconPathRecord, IconSetFile } from './types';
import { bestMatch, queryWords, wordsOf } from './words';

export type IconStyle = 'outline' | 'filled';

export interface IconEntry {
  name: string;
  category: string;
  outline: readonly IconPathRecord[] | null;
  filled: readonly IconPathRecord[] | null;
  /** Folded words of the name and their French words. */
  nameWords: readonly string[];
  /** Folded words of the tags and their French words. */
  tagWords: readonly string[];
}

export interface IconIndex {
  set: string;
  viewBox: number;
  strokeWidth: number;
  /** Category names as the set gives them (English), in the set's order. */
  categories: readonly string[];
  icons: readonly IconEntry[];
}

/** The French words of English words (none for a word the vocabulary does not know). */
function frenchOf(words: readonly string[]): string[] {
  const french: string[] = [];
  for (const word of words) {
    const known = Object.hasOwn(FRENCH_WORDS, word) ? FRENCH_WORDS[word] : undefined;
    if (known) french.push(...wordsOf(known));
  }
  return french;
}

export function indexIconSet(file: IconSetFile): IconIndex {
  const icons = file.icons.map(([name, category, tags, outline, filled]): IconEntry => {
    const nameWords = wordsOf(name);
    const tagWords = [...new Set(wordsOf(tags))];
    return {
      name,
      category: file.categories[category] ?? 'Other',
      outline,
      filled,
      nameWords: [...new Set([...nameWords, ...frenchOf(nameWords)])],
      tagWords: [...new Set([...tagWords, ...frenchOf(tagWords)])],
    };
  });
  return { set: file.set, viewBox: file.viewBox, strokeWidth: file.strokeWidth, categories: file.categories, icons };
}

/** A category's name in the UI's language. */
export function categoryName(category: string, language: 'en' | 'fr'): string {
  return language === 'fr' ? (FRENCH_CATEGORIES[category] ?? category) : category;
}

export interface IconQuery {
  text: string;
  /** Only this category (as the set names it). */
  category?: string | null;
  /** Only icons drawn in this style. */
  style?: IconStyle;
  limit?: number;
}

/**
 * Icons whose name or tags match every typed word, best first: a word of the name before a tag,
 * the whole word before its start, the plain icon before its "off" and variant forms (shorter
 * names first). No words: the category's (or the whole set's) icons in the set's order.
 */
export function searchIcons(index: IconIndex, query: IconQuery): IconEntry[] {
  const typed = queryWords(query.text);
  const style = query.style ?? 'outline';
  const scored: { icon: IconEntry; score: number }[] = [];
  for (const icon of index.icons) {
    if (icon[style] === null) continue;
    if (query.category && icon.category !== query.category) continue;
    let score = 0;
    for (const word of typed) {
      const inName = bestMatch(word, icon.nameWords);
      const inTags = inName === 2 ? 0 : bestMatch(word, icon.tagWords);
      const best = inName === 2 ? 6 : inName === 1 ? Math.max(4, inTags + 1) : inTags === 2 ? 3 : inTags;
      if (best === 0) {
        score = -1;
        break;
      }
      score += best;
    }
    if (score < 0) continue;
    if (typed.length > 0 && icon.nameWords.includes('off') && !typed.includes('off')) score -= 1;
    scored.push({ icon, score });
  }
  if (typed.length > 0) {
    scored.sort((a, b) => b.score - a.score || a.icon.name.length - b.icon.name.length || (a.icon.name < b.icon.name ? -1 : 1));
  }
  const found = scored.map((entry) => entry.icon);
  return query.limit === undefined ? found : found.slice(0, query.limit);
}

/** The icon named so in the index, if any. */
export function findIcon(index: IconIndex, name: string): IconEntry | undefined {
  return index.icons.find((icon) => icon.name === name);
}

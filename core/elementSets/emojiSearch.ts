/**
 * The emoji set ready to search (`indexEmojiSet`) and the search (`searchEmoji`): names and
 * keywords are Unicode CLDR annotations in English and French (emojibase-data), matched in both
 * languages whatever the UI's, with the words' case and accents folded (./words.ts).
 */
import type { EmojiSetFile } from './types';
import { bestMatch, queryWords, wordsOf } from './words';

export interface EmojiEntry {
  emoji: string;
  group: string;
  /** Its name in English and in French (the grid's tooltip in the UI's language). */
  name: { en: string; fr: string };
  nameWords: readonly string[];
  keywordWords: readonly string[];
}

export interface EmojiIndex {
  groups: readonly string[];
  emoji: readonly EmojiEntry[];
}

export function indexEmojiSet(file: EmojiSetFile): EmojiIndex {
  const emoji = file.emoji.map(([emoji, group, en, enKeywords, fr, frKeywords]): EmojiEntry => ({
    emoji,
    group: file.groups[group] ?? '',
    name: { en, fr },
    nameWords: [...new Set([...wordsOf(en), ...wordsOf(fr)])],
    keywordWords: [...new Set([...wordsOf(enKeywords), ...wordsOf(frKeywords)])],
  }));
  return { groups: file.groups, emoji };
}

/** Emoji whose name or keywords match every typed word, best first; no words: the group's, in order. */
export function searchEmoji(index: EmojiIndex, query: { text: string; group?: string | null; limit?: number }): EmojiEntry[] {
  const typed = queryWords(query.text);
  const scored: { entry: EmojiEntry; score: number; order: number }[] = [];
  index.emoji.forEach((entry, order) => {
    if (query.group && entry.group !== query.group) return;
    let score = 0;
    for (const word of typed) {
      const inName = bestMatch(word, entry.nameWords);
      const inKeywords = bestMatch(word, entry.keywordWords);
      const best = inName === 2 ? 6 : inKeywords === 2 ? 4 : inName === 1 ? 3 : inKeywords;
      if (best === 0) return;
      score += best;
    }
    scored.push({ entry, score, order });
  });
  // Equal scores: the shorter name first ("cœur rouge" before "visage souriant avec yeux en forme de cœur").
  if (typed.length > 0) scored.sort((a, b) => b.score - a.score || a.entry.nameWords.length - b.entry.nameWords.length || a.order - b.order);
  const found = scored.map((item) => item.entry);
  return query.limit === undefined ? found : found.slice(0, query.limit);
}

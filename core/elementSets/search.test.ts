/**
 * The Elements panel's searches over the bundled sets (assets/icons/tabler.json,
 * assets/emoji/emoji.json): French and English, accents and case folded, plurals, categories.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexIconSet, searchIcons, categoryName } from './iconSearch';
import { indexEmojiSet, searchEmoji } from './emojiSearch';
import { FRENCH_CATEGORIES, FRENCH_WORDS } from './frenchVocabulary';
import type { EmojiSetFile, IconSetFile } from './types';
import { wordsOf } from './words';

const iconFile = JSON.parse(readFileSync(new URL('../../assets/icons/tabler.json', import.meta.url), 'utf8')) as IconSetFile;
const emojiFile = JSON.parse(readFileSync(new URL('../../assets/emoji/emoji.json', import.meta.url), 'utf8')) as EmojiSetFile;
const icons = indexIconSet(iconFile);
const emoji = indexEmojiSet(emojiFile);
const firstIcons = (text: string, count = 3) => searchIcons(icons, { text, limit: count }).map((icon) => icon.name);

describe('icon search', () => {
  it('bundles at least 3,000 icons, each drawn in at least one style', () => {
    expect(icons.icons.length).toBeGreaterThanOrEqual(3000);
    expect(icons.icons.every((icon) => (icon.outline?.length ?? 0) > 0 || (icon.filled?.length ?? 0) > 0)).toBe(true);
  });

  it.each([
    ['maison', 'home'],
    ['cœur', 'heart'],
    ['étoile', 'star'],
    ['flèche droite', 'arrow-right'],
    ['téléphone', 'phone'],
    ['calendrier', 'calendar'],
    ['panier', 'basket'],
    ['utilisateur', 'user'],
    ['mot de passe', 'password'],
    ['loupe', 'search'],
  ])('French "%s" finds %s first', (query, name) => {
    expect(firstIcons(query, 1)).toEqual([name]);
  });

  it('"flèche" finds arrows, and nothing else in its first results', () => {
    const found = firstIcons('flèche', 20);
    expect(found.length).toBe(20);
    expect(found.every((name) => /arrow|caret|chevron/.test(name))).toBe(true);
  });

  it.each([['home'], ['heart'], ['star'], ['phone'], ['calendar'], ['user']])('English "%s" finds the icon of that name first', (name) => {
    expect(firstIcons(name, 1)).toEqual([name]);
  });

  it('ignores case and accents, and takes plurals', () => {
    for (const [a, b] of [['cœur', 'COEUR'], ['étoile', 'Etoile'], ['téléphone', 'TELEPHONE'], ['maison', 'maisons'], ['flèche', 'FLÈCHE'], ['calendrier', 'calendriers']]) {
      expect(firstIcons(a, 10)).toEqual(firstIcons(b, 10));
    }
  });

  it('finds by tag: "shopping cart" and "panier" include the shopping cart', () => {
    expect(firstIcons('shopping cart', 5)).toContain('shopping-cart');
    expect(firstIcons('caddie', 10)).toContain('shopping-cart');
  });

  it('every found icon matches every typed word, in its name or tags (any query)', () => {
    fc.assert(
      fc.property(fc.constantFrom('maison', 'heart', 'flèche haut', 'user plus', 'étoile', 'xyzzy', 'chat', 'calendrier'), (query) => {
        for (const icon of searchIcons(icons, { text: query })) {
          for (const word of wordsOf(query).filter((w) => w.length > 2)) {
            const words = [...icon.nameWords, ...icon.tagWords];
            expect(words.some((candidate) => candidate.startsWith(word) || candidate === word.replace(/s$/, ''))).toBe(true);
          }
        }
      }),
    );
  });

  it('a word no icon has finds nothing', () => {
    expect(searchIcons(icons, { text: 'zzqqxx' })).toEqual([]);
  });

  it('filters by category and by style', () => {
    const weather = searchIcons(icons, { text: '', category: 'Weather' });
    expect(weather.length).toBeGreaterThan(20);
    expect(weather.every((icon) => icon.category === 'Weather')).toBe(true);
    const filled = searchIcons(icons, { text: 'cœur', style: 'filled' });
    expect(filled[0].name).toBe('heart');
    expect(filled.every((icon) => icon.filled !== null)).toBe(true);
  });

  it('has a French name for every category, and every vocabulary word occurs in the set', () => {
    for (const category of icons.categories) expect(categoryName(category, 'fr')).toBe(FRENCH_CATEGORIES[category]);
    const setWords = new Set(icons.icons.flatMap((icon) => [...wordsOf(icon.name), ...iconFile.icons.flatMap(() => [])]));
    for (const row of iconFile.icons) for (const word of wordsOf(row[2])) setWords.add(word);
    const unknown = Object.keys(FRENCH_WORDS).filter((word) => !setWords.has(word));
    expect(unknown).toEqual([]);
    expect(Object.keys(FRENCH_WORDS).length).toBeGreaterThanOrEqual(300);
  });
});

describe('emoji search', () => {
  const first = (text: string, count = 1) => searchEmoji(emoji, { text, limit: count }).map((entry) => entry.emoji);

  it('bundles the emoji with English and French names, no skin-tone components', () => {
    expect(emoji.emoji.length).toBeGreaterThan(1500);
    expect(emoji.groups).not.toContain('component');
    expect(emoji.emoji.every((entry) => entry.name.en !== '' && entry.name.fr !== '')).toBe(true);
  });

  it.each([
    ['cœur rouge', '❤️'],
    ['red heart', '❤️'],
    ['pizza', '🍕'],
    ['soleil', '☀️'],
    ['sun', '☀️'],
    ['fusée', '🚀'],
    ['rocket', '🚀'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(first(query)).toEqual([expected]);
  });

  it('ignores accents and case, in both languages', () => {
    expect(first('FUSEE')).toEqual(first('fusée'));
    expect(first('coeur rouge')).toEqual(first('Cœur Rouge'));
  });

  it('filters by group', () => {
    const food = searchEmoji(emoji, { text: '', group: 'food-drink' });
    expect(food.length).toBeGreaterThan(50);
    expect(food.every((entry) => entry.group === 'food-drink')).toBe(true);
  });
});

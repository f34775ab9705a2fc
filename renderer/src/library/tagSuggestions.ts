/** Which known tags to offer while a tag is being typed (sidebar filter, bulk bar, details panel). */
import { normaliseTag } from '../../../core/schema/assetOrganisation';
import { fold } from '../../../core/search/fold';

/**
 * Lower case without accents, so "ete" offers "été": the folding every search applies
 * (core/search/fold.ts), so the screen agrees with the library's search.
 */
export { fold };

/** Whether two tags are one for the tag filter ("été", "Ete", "#ete"). */
export function sameTag(a: string, b: string): boolean {
  return fold(normaliseTag(a)) === fold(normaliseTag(b));
}

/** `tags` with `tag` added, unless it is already there under any spelling. */
export function withTag(tags: readonly string[], tag: string): string[] {
  const clean = normaliseTag(tag);
  return clean === '' || tags.some((other) => sameTag(other, clean)) ? [...tags] : [...tags, clean];
}

/**
 * Known tags (most used first) containing the fragment being typed (after the last comma, a
 * leading "#" ignored; case and accents too), minus `exclude` (under any spelling); at most `limit`,
 * in the known order.
 */
export function suggestTags(known: readonly string[], typed: string, exclude: readonly string[] = [], limit = 8): string[] {
  const fragment = fold(typed.split(/[,;]/).pop() ?? '')
    .trim()
    .replace(/^#/, '')
    .trim();
  const skip = new Set(exclude.map((tag) => fold(normaliseTag(tag))));
  const out: string[] = [];
  for (const tag of known) {
    if (out.length >= limit) break;
    if (skip.has(fold(tag))) continue;
    if (fragment === '' || fold(tag).includes(fragment)) out.push(tag);
  }
  return out;
}

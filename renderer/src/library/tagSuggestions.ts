/** Which known tags to offer while a tag is being typed (sidebar filter, bulk bar, details panel). */

/** Lower case without accents, so "ete" offers "été". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * Known tags (most used first) containing the fragment being typed (after the last comma, a
 * leading "#" ignored; case and accents too), minus `exclude`; at most `limit`, in the known order.
 */
export function suggestTags(known: readonly string[], typed: string, exclude: readonly string[] = [], limit = 8): string[] {
  const fragment = fold(typed.split(/[,;]/).pop() ?? '')
    .trim()
    .replace(/^#/, '')
    .trim();
  const skip = new Set(exclude);
  const out: string[] = [];
  for (const tag of known) {
    if (out.length >= limit) break;
    if (skip.has(tag)) continue;
    if (fragment === '' || fold(tag).includes(fragment)) out.push(tag);
  }
  return out;
}

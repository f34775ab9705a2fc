/// <reference path="./hyphen.d.ts" />
/**
 * French hyphenation points, from the `hyphen` package's French patterns (ISC licence; the
 * patterns are Liang's TeX patterns for French). Used only for a word too wide for its line at the
 * smallest size allowed (./fitText.ts).
 */
import hyphenFr from 'hyphen/fr';

const SOFT_HYPHEN = '\u00ad';

/** UTF-16 offsets inside `word` where a line may break with a hyphen (never at its ends). */
export function frenchBreakPoints(word: string): number[] {
  const lower = word.toLowerCase();
  // A case change that alters the length (rare letters) would shift the offsets: no points then.
  if (lower.length !== word.length || word.length < 5) return [];
  const marked = hyphenFr.hyphenateSync(lower);
  const points: number[] = [];
  let offset = 0;
  for (const ch of marked) {
    if (ch === SOFT_HYPHEN) points.push(offset);
    else offset += ch.length;
  }
  return points.filter((p) => p > 0 && p < word.length);
}

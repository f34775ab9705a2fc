/**
 * Text cases (design schema v6 `textCase`): how a text's letters are shown, never how they are
 * stored. Applied one grapheme at a time, so style runs keep covering the same letters (./textStyles.ts)
 * and everything that is not a letter (no-break spaces, the curly apostrophe, « ») stays as typed.
 */
import type { TextCase } from '../schema/design';

/** Language rules for upper and lower case: the document's or the UI's ('fr', 'en'); 'und' is the root rules (no Turkish dotted i). */
export type CaseLocale = string;

const LETTER = /\p{L}/u;
/** Ends a sentence (a line break too): the next letter after it starts a new one. */
const SENTENCE_END = /[.!?…\n]/u;

/** A running case transform: feed it the graphemes in order. */
export function caseTransformer(textCase: TextCase, locale: CaseLocale = 'und'): (grapheme: string) => string {
  switch (textCase) {
    case 'asTyped':
      return (g) => g;
    case 'upper':
      return (g) => g.toLocaleUpperCase(locale);
    case 'sentence': {
      let startOfSentence = true;
      return (g) => {
        if (LETTER.test(g)) {
          const shown = startOfSentence ? g.toLocaleUpperCase(locale) : g.toLocaleLowerCase(locale);
          startOfSentence = false;
          return shown;
        }
        if (SENTENCE_END.test(g)) startOfSentence = true;
        return g;
      };
    }
    case 'alternating': {
      // Letters only count: spaces and punctuation never shift the pattern (aLtErNaTiNg).
      let letters = 0;
      return (g) => {
        if (!LETTER.test(g)) return g;
        return letters++ % 2 === 0 ? g.toLocaleLowerCase(locale) : g.toLocaleUpperCase(locale);
      };
    }
  }
}

/** The whole text in `textCase`. */
export function applyTextCase(text: string, textCase: TextCase, locale?: CaseLocale): string {
  if (textCase === 'asTyped') return text;
  const next = caseTransformer(textCase, locale);
  let out = '';
  for (const g of segmentGraphemes(text)) out += next(g);
  return out;
}

let segmenter: Intl.Segmenter | undefined;
function segmentGraphemes(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * The brand kit's text styles keep their `uppercase` flag (library schema unchanged): this pair is
 * the one place it maps to a text's case and back. A preset stores upper or as typed only, so a
 * text in sentence or alternating case makes a preset as typed.
 */
export function presetTextCase(uppercase: boolean): TextCase {
  return uppercase ? 'upper' : 'asTyped';
}

export function presetUppercase(textCase: TextCase): boolean {
  return textCase === 'upper';
}

/** Text (schema: textElementSchema in core/schema/design.ts; Fabric: core/render/text.ts). */
import type { TextElement } from '../schema/design';
import { EMOJI_FONT_FAMILY } from '../render/fonts';
import { graphemes, isEmojiGrapheme } from '../render/textStyles';
import { givenName, type ElementModule } from './module';

/** Font sizes a scaled text keeps within (the schema's bounds). */
const MIN_FONT_SIZE = 1;
const MAX_FONT_SIZE = 2000;

/** A text's layer label is at most this many characters (graphemes: an emoji is one) of its words. */
export const TEXT_LABEL_LENGTH = 40;

/**
 * Names earlier versions gave a text by themselves, never typed by a user: the default name, the
 * new-text name in both UI languages, the brand kit's text roles in both. A text named one of
 * these (or after its own font, as the library's font panel named them) counts as unnamed. New
 * texts are created with no name at all (core/editor addText, the brand kit).
 */
const AUTOMATIC_NAMES = new Set(
  ['Text', 'Texte', 'Heading', 'Subheading', 'Body text', 'Caption', 'Titre', 'Sous-titre', 'Texte courant', 'Légende'].map((name) => name.toLocaleLowerCase()),
);

function isAutomaticName(name: string, element: TextElement): boolean {
  const lower = name.toLocaleLowerCase();
  return AUTOMATIC_NAMES.has(lower) || lower === element.fontFamily.toLocaleLowerCase();
}

let segmenter: Intl.Segmenter | null | undefined;

function graphemesOf(text: string): string[] {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/**
 * A text's first words as one line: spaces and line breaks collapsed, at most `max` graphemes (an
 * emoji or an accented letter is one, never cut in half), cut after a whole word when one ends in
 * the second half, with an ellipsis when something was left out. Null for a text with no visible word.
 */
export function firstWords(text: string, max = TEXT_LABEL_LENGTH): string | null {
  const line = text.replace(/\s+/gu, ' ').trim();
  if (line === '') return null;
  const chars = graphemesOf(line);
  if (chars.length <= max) return line;
  let end = max;
  const lastSpace = chars.lastIndexOf(' ', max);
  if (lastSpace >= max / 2) end = lastSpace;
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

export const text: ElementModule<'text'> = {
  type: 'text',
  assetIds: () => [],
  // Emoji are drawn in the bundled colour emoji face: a text holding one needs it loaded too.
  fontFamilies: (element) => (graphemes(element.text).some(isEmojiGrapheme) ? [element.fontFamily, EMOJI_FONT_FAMILY] : [element.fontFamily]),
  // The user's name, else its words: two texts are told apart by what they say (as in Canva).
  label: (element) => {
    const name = givenName(element);
    return name !== null && !isAutomaticName(name, element) ? name : firstWords(element.text);
  },
  keepsRatio: false,
  needsVideoExport: false,
  // The vertical scale becomes the font size, as core/render/readBack.ts reads a scaled text box.
  scaleContent: (element, _sx, sy) => ({ ...element, fontSize: Math.min(MAX_FONT_SIZE, Math.max(MIN_FONT_SIZE, element.fontSize * sy)) }),
};

/**
 * The template bank shipped with Affiche (docs/architecture.md, glossary: template): layouts
 * built from bundled fonts and shapes, with neutral stand-ins where the user's pictures go, so
 * the bank ships no picture whose rights we do not hold.
 */
import type { Design, FormatRef } from '../../schema';

/** `carousel`: a carousel of kind `carousel` whose slides are title, content, end (./carousels.ts). */
export type BankCategory = 'meme' | 'post' | 'carousel';

export interface BankTemplate {
  /** Stable, `bank:<slug>` (the CLI's `--layout`, saved favourites): `bank:classic` is the top/bottom meme. */
  id: `bank:${string}`;
  category: BankCategory;
  name: { en: string; fr: string };
  /** Search words in each language (besides the name). */
  tags: { en: readonly string[]; fr: readonly string[] };
  /** Catalog format ids it is offered in, the first being its default. */
  formats: readonly string[];
  /**
   * The template at a format's size, its text slots holding their example words in `language`.
   * A new design each call (fresh ids), valid by parseDesign.
   */
  build(format: FormatRef, language: 'en' | 'fr'): Design;
}

/**
 * The Elements panel's bundled sets as they are stored (assets/icons/tabler.json,
 * assets/emoji/emoji.json, written by scripts/make-element-sets.ts from their npm packages).
 * Rows are arrays rather than objects: the icon file holds thousands of them and is fetched
 * when the panel first opens, never in the editor's first frame.
 */

import type { IconPathRecord } from '../elements/icon';

/** One path of an icon's drawing: a bare `d` is stroked and not filled (the outline style's rule). */
export type { IconPathRecord };

/** name, category index, tags (space-separated), outline drawing, filled drawing (null: no such style). */
export type IconRow = [name: string, category: number, tags: string, outline: IconPathRecord[] | null, filled: IconPathRecord[] | null];

export interface IconSetFile {
  /** The set's id in an icon element's `icon` field (`tabler:home`). */
  set: string;
  package: string;
  version: string;
  license: string;
  /** Side of the square every drawing is made in. */
  viewBox: number;
  /** The outline style's stroke width, in viewBox units. */
  strokeWidth: number;
  categories: string[];
  icons: IconRow[];
}

/** emoji, group index, English name, English keywords, French name, French keywords (keywords space-separated). */
export type EmojiRow = [emoji: string, group: number, en: string, enKeywords: string, fr: string, frKeywords: string];

export interface EmojiSetFile {
  package: string;
  version: string;
  license: string;
  /** Group keys in display order (`smileys-emotion`, `people-body`, ...). */
  groups: string[];
  emoji: EmojiRow[];
}

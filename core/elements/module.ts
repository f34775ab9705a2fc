/**
 * What every element type provides, in one module per type (./text.ts, ./image.ts, ./shape.ts,
 * ./group.ts, ./video.ts, ./icon.ts), gathered in ./index.ts as `ELEMENTS: { [T in ElementType]: ... }`:
 * a new type in the schema fails to compile until its module exists. The other parts of a type
 * live in their layer, each in one exhaustive table keyed the same way:
 *
 * | part | where |
 * |---|---|
 * | schema (the type's fields and bounds; where a type starts) | core/schema/design.ts |
 * | this module: assets, fonts, resize rules | core/elements/<type>.ts |
 * | Fabric build (editor canvas, exports) | core/render/elements.ts `BUILDERS` |
 * | its kind's name, icon, properties panel (the UI) | renderer/src/editor/elements/<type>.tsx |
 */
import type { Element, ElementType } from '../schema/design';

export type ElementOf<T extends ElementType> = Extract<Element, { type: T }>;

export interface ElementModule<T extends ElementType> {
  readonly type: T;
  /**
   * The library assets the element itself shows or plays, by asset id: what the library counts as
   * used, what an archive or a .affiche file carries. A group's children are the walk's business.
   */
  assetIds(element: ElementOf<T>): readonly string[];
  /** The font families its text is drawn in (loaded before drawing, packed when they are the library's). */
  fontFamilies(element: ElementOf<T>): readonly string[];
  /**
   * Whether a resize always keeps its width:height ratio, whatever its own lock says (a stretched
   * group would need its rotated children skewed, which the model cannot express).
   */
  readonly keepsRatio: boolean;
  /**
   * A still image (an image export, a thumbnail) cannot show it: a video's picture needs the video
   * export (docs/architecture.md, the render path); until then a still shows its first frame and the export says so.
   */
  readonly needsVideoExport: boolean;
  /**
   * What its layer is called in the layers panel, the export's warnings and the clipboard, when it
   * says more than its kind: the name the user gave it, else what its content says (a text's first
   * words). Null: the UI says what kind of element it is, in its language. Read it through
   * `elementLabel` (./index.ts).
   */
  label(element: ElementOf<T>): string | null;
  /**
   * Its content after its box was scaled by sx, sy (the box itself is already scaled): a text's
   * font size follows the vertical scale, a group's children scale with it (`scaleChild`).
   */
  scaleContent(element: ElementOf<T>, sx: number, sy: number, scaleChild: (child: Element, sx: number, sy: number) => Element): ElementOf<T>;
}

/** The name the user gave an element (an empty name is none). */
export function givenName(element: Element): string | null {
  const name = element.name.trim();
  return name === '' ? null : name;
}

/**
 * The end of an exhaustive switch: `value` is `never` when every case is handled, so a new element
 * type (or shape kind, asset kind...) fails to compile there until it is.
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`unknown ${what}: ${String(value)}`);
}

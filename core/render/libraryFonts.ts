/**
 * Brand fonts (issue 5): fonts the user imported into the library, usable in designs next to the
 * bundled ones.
 *
 * How a text refers to one: by family name, like a bundled font. A text element stores only
 * `fontFamily` (the family read from the font's own 'name' table at import, `fontFamily` on the
 * asset summary), never an asset id, so a design stays readable and renders with a fallback face
 * on a machine that lacks the font, and re-importing the same font (or a newer file of it) keeps
 * working. Each renderer resolves the family when it draws: the browser registers the library
 * faces with FontFace (renderer/src/fonts), Node with node-canvas' registerFont
 * (electron/services/render). A bundled family always wins over a library font of the same name,
 * so every bundled design draws the same everywhere.
 */
import { fontFamiliesOf } from '../elements';
import type { Design } from '../schema/design';
import { isBundledFont } from './fonts';

/** One face of a library font: which asset holds it, and the family/weight/style it answers to. */
export interface LibraryFontFace {
  assetId: string;
  family: string;
  /** CSS weight, 100..900. */
  weight: number;
  style: 'normal' | 'italic';
  /** The style name as the font says it ("Bold Italic", "SemiBold"), for labels. */
  styleName: string;
}

/** What the resolution needs of an asset summary (core/api AssetSummary fits). */
export interface FontAssetLike {
  id: string;
  kind: string;
  fontFamily?: string;
  fontStyle?: string;
}

const WEIGHT_WORDS: Array<[RegExp, number]> = [
  [/\b(hairline|thin)\b/, 100],
  [/\b(extra|ultra)[ -]?light\b/, 200],
  [/\blight\b/, 300],
  [/\b(semi|demi)[ -]?bold\b/, 600],
  [/\b(extra|ultra)[ -]?bold\b/, 800],
  [/\b(black|heavy)\b/, 900],
  [/\bmedium\b/, 500],
  [/\bbold\b/, 700],
];

/**
 * CSS weight and style from a font's style name ('name' table subfamily: "Bold Italic",
 * "SemiBold", "Light Oblique", "700"). Unknown words read as regular.
 */
export function faceOfStyleName(styleName: string | undefined): { weight: number; style: 'normal' | 'italic' } {
  const lower = (styleName ?? '').toLowerCase();
  const style = /italic|oblique/.test(lower) ? 'italic' : 'normal';
  // "BoldItalic" has no space: take the slant out before looking for the weight's word.
  const name = lower.replace(/italic|oblique/g, ' ');
  const numeric = /\b([1-9]00)\b/.exec(name);
  if (numeric) return { weight: Number(numeric[1]), style };
  for (const [pattern, weight] of WEIGHT_WORDS) if (pattern.test(name)) return { weight, style };
  return { weight: 400, style };
}

/**
 * Library assets -> the faces they give, for families that are not bundled. The first asset of a
 * family/weight/style wins (assets.list gives the newest first: the latest import of a font).
 */
export function libraryFontFaces(assets: readonly FontAssetLike[]): LibraryFontFace[] {
  const seen = new Set<string>();
  const faces: LibraryFontFace[] = [];
  for (const asset of assets) {
    const family = asset.fontFamily?.trim();
    if (asset.kind !== 'font' || !family || isBundledFont(family)) continue;
    const face = faceOfStyleName(asset.fontStyle);
    const key = `${family.toLowerCase()}|${face.weight}|${face.style}`;
    if (seen.has(key)) continue;
    seen.add(key);
    faces.push({ assetId: asset.id, family, ...face, styleName: asset.fontStyle ?? 'Regular' });
  }
  return faces;
}

/** The faces needed to draw these families (a design's texts); bundled and unknown names give none. */
export function libraryFacesFor(faces: readonly LibraryFontFace[], families: Iterable<string>): LibraryFontFace[] {
  const wanted = new Set([...families].map((family) => family.toLowerCase()));
  return faces.filter((face) => wanted.has(face.family.toLowerCase()));
}

/** Family names of the library faces, once each, sorted for a menu. */
export function libraryFamilyNames(faces: readonly LibraryFontFace[]): string[] {
  return [...new Set(faces.map((face) => face.family))].sort((a, b) => a.localeCompare(b));
}

/** Every font family a design's texts use, on every page (or the pages given), groups included. */
export function designFontFamilies(design: Design, pages: readonly Design['pages'][number][] = design.pages): Set<string> {
  const families = new Set<string>();
  for (const page of pages) for (const family of fontFamiliesOf(page)) families.add(family);
  return families;
}

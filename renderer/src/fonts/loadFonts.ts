/**
 * Registers every bundled font face (core/render BUNDLED_FONTS) with the document, under the
 * family names core/render uses, so the editor, the font picker and in-app export draw the same
 * glyphs as the CLI export. Fonts are served next to index.html (`fonts/<file>`, vite publicDir).
 *
 * Canvas text is measured when a Fabric object is built: a face that is still loading would be
 * measured with a fallback and cached wrong. Faces are downloaded on demand: the editor waits for
 * the families its design uses, and text built later asks for its own (RenderEnv.ensureFont).
 */
import { BUNDLED_FONTS } from '../../../core/render';
import type { Design, Element } from '../../../core/schema/design';

/** Every font family a design's texts use, on every page, groups included. */
export function designFontFamilies(design: Design): Set<string> {
  const families = new Set<string>();
  const visit = (el: Element): void => {
    if (el.type === 'text') families.add(el.fontFamily);
    if (el.type === 'group') el.children.forEach(visit);
  };
  design.pages.forEach((page) => page.elements.forEach(visit));
  return families;
}

export interface FontLoadReport {
  loaded: number;
  failed: string[];
}

interface RegisteredFace {
  family: string;
  label: string;
  face: FontFace;
  loading?: Promise<boolean>;
}

let registered: RegisteredFace[] | undefined;
let pending: Promise<FontLoadReport> | undefined;

export function fontUrl(file: string): string {
  return `fonts/${file}`;
}

/** Every bundled face known to the document; none is downloaded until asked for. */
function faces(): RegisteredFace[] {
  registered ??= BUNDLED_FONTS.flatMap((family) =>
    family.faces.map((face) => {
      const fontFace = new FontFace(family.family, `url("${fontUrl(face.file)}")`, {
        weight: String(face.weight),
        style: face.style,
        display: 'block',
      });
      document.fonts.add(fontFace);
      return { family: family.family, label: `${family.family} ${face.weight}${face.style === 'italic' ? ' italic' : ''}`, face: fontFace };
    }),
  );
  return registered;
}

function load(entry: RegisteredFace): Promise<boolean> {
  entry.loading ??= entry.face.load().then(
    () => true,
    () => false,
  );
  return entry.loading;
}

/**
 * Loads every face of these families (a design's fonts before its canvas measures text, a
 * family picked in the font menu). Unknown names are ignored: they fall back like any CSS font.
 */
export async function loadFontFamilies(families: Iterable<string>): Promise<void> {
  const wanted = new Set(families);
  await Promise.all(faces().filter((entry) => wanted.has(entry.family)).map(load));
}

/** Loads every bundled face (export, the font picker's previews). */
export function loadBundledFonts(): Promise<FontLoadReport> {
  pending ??= (async () => {
    const all = faces();
    const results = await Promise.all(all.map(load));
    const failed = all.filter((_, i) => !results[i]).map((entry) => entry.label);
    return { loaded: all.length - failed.length, failed };
  })();
  return pending;
}

/** Resolves once every bundled face has loaded (or failed): safe to measure any text. */
export function fontsReady(): Promise<FontLoadReport> {
  return loadBundledFonts();
}

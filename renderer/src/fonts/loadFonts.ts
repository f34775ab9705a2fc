/**
 * Registers the bundled font faces (core/render BUNDLED_FONTS) with the document, under the
 * family names core/render uses, so the editor, the font picker and in-app export draw the same
 * glyphs as the CLI export. Fonts are served next to index.html (`fonts/<file>`, vite publicDir).
 *
 * Canvas text is measured when a Fabric object is built: a face that is still loading would be
 * measured with a fallback and cached wrong. Faces are downloaded on demand: the editor waits for
 * the families its design uses, and text built later asks for its own (RenderEnv.ensureFont).
 * The interface's own face (Inter) is preloaded by index.html; the rest of the collection (font
 * picker, export) is fetched in the background, a few faces at a time (loadBundledFonts).
 */
import { BUNDLED_FONTS, EMOJI_FONT, designFontFamilies, isBundledFont } from '../../../core/render';
import { loadLibraryFamilies } from './libraryFonts';

/** Every font family a design's texts use, on every page, groups included. */
export { designFontFamilies };

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

const registered = new Map<string, RegisteredFace[]>();
let pending: Promise<FontLoadReport> | undefined;

export function fontUrl(file: string): string {
  return `fonts/${file}`;
}

/**
 * One family's faces, made known to the document the first time they are asked for (each
 * FontFace added costs the document a little; opening a design needs one or two families, not ten).
 * None is downloaded until loaded, or until CSS uses it.
 */
function familyFaces(name: string): RegisteredFace[] {
  let entries = registered.get(name);
  if (!entries) {
    const family = [...BUNDLED_FONTS, EMOJI_FONT].find((candidate) => candidate.family === name);
    entries = (family?.faces ?? []).map((face) => {
      const fontFace = new FontFace(name, `url("${fontUrl(face.file)}")`, {
        weight: String(face.weight),
        style: face.style,
        display: 'block',
      });
      document.fonts.add(fontFace);
      return { family: name, label: `${name} ${face.weight}${face.style === 'italic' ? ' italic' : ''}`, face: fontFace };
    });
    registered.set(name, entries);
  }
  return entries;
}

/** Every bundled face, known to the document. */
function faces(): RegisteredFace[] {
  return BUNDLED_FONTS.flatMap((family) => familyFaces(family.family));
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
 * family picked in the font menu): bundled faces, and the library's brand fonts (./libraryFonts.ts)
 * for other names. Unknown names are ignored: they fall back like any CSS font.
 */
export async function loadFontFamilies(families: Iterable<string>): Promise<void> {
  const names = [...new Set(families)];
  const others = names.filter((name) => !isBundledFont(name) && name !== EMOJI_FONT.family);
  await Promise.all([...names.flatMap(familyFaces).map(load), others.length > 0 ? loadLibraryFamilies(others) : undefined]);
}

/**
 * Background loads: at most this many faces at a time, each started when the page is idle. All
 * ten families are ~6 MB: fetched at once they would take every connection the browser allows
 * per server (6 over HTTP/1.1) and the main thread's font decoding, while the editor is still
 * fetching page 1's photos and drawing it.
 */
const BACKGROUND_CONCURRENCY = 2;
/** An idle period is awaited at most this long before the next background face starts anyway. */
const IDLE_TIMEOUT_MS = 1000;

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

/** Loads these faces a few at a time, in idle periods; a face asked for meanwhile (load()) starts at once. */
async function loadGently(entries: RegisteredFace[]): Promise<boolean[]> {
  const results: boolean[] = new Array<boolean>(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const index = next++;
      if (!entries[index].loading) await whenIdle();
      results[index] = await load(entries[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(BACKGROUND_CONCURRENCY, entries.length) }, worker));
  return results;
}

/**
 * Loads every bundled face (export, the font picker's previews), in the background: faces the
 * editor asks for meanwhile (loadFontFamilies) are not queued behind the others.
 */
export function loadBundledFonts(): Promise<FontLoadReport> {
  pending ??= (async () => {
    const all = faces();
    const results = await loadGently(all);
    const failed = all.filter((_, i) => !results[i]).map((entry) => entry.label);
    return { loaded: all.length - failed.length, failed };
  })();
  return pending;
}

/** Resolves once every bundled face has loaded (or failed): safe to measure any text. */
export function fontsReady(): Promise<FontLoadReport> {
  return loadBundledFonts();
}

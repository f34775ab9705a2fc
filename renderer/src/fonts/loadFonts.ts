/**
 * Registers every bundled font face (core/render BUNDLED_FONTS) with the document, under the
 * family names core/render uses, so the editor, the font picker and in-app export draw the same
 * glyphs as the CLI export. Fonts are served next to index.html (`fonts/<file>`, vite publicDir).
 *
 * Canvas text is measured when a Fabric object is built: a face that is still loading would be
 * measured with a fallback and cached wrong, so canvases wait for `fontsReady()` first.
 */
import { BUNDLED_FONTS } from '../../../core/render';

export interface FontLoadReport {
  loaded: number;
  failed: string[];
}

let pending: Promise<FontLoadReport> | undefined;

export function fontUrl(file: string): string {
  return `fonts/${file}`;
}

export function loadBundledFonts(): Promise<FontLoadReport> {
  pending ??= (async () => {
    const faces = BUNDLED_FONTS.flatMap((family) =>
      family.faces.map((face) => ({
        label: `${family.family} ${face.weight}${face.style === 'italic' ? ' italic' : ''}`,
        face: new FontFace(family.family, `url("${fontUrl(face.file)}")`, {
          weight: String(face.weight),
          style: face.style,
          display: 'block',
        }),
      })),
    );
    const results = await Promise.allSettled(
      faces.map(async ({ face }) => {
        document.fonts.add(face);
        await face.load();
      }),
    );
    await document.fonts.ready;
    const failed = faces.filter((_, i) => results[i].status === 'rejected').map((f) => f.label);
    return { loaded: faces.length - failed.length, failed };
  })();
  return pending;
}

/** Resolves once every bundled face has loaded (or failed): safe to measure text. */
export function fontsReady(): Promise<FontLoadReport> {
  return loadBundledFonts();
}

/**
 * Brand fonts in Node (issue 5): the library's font assets registered with node-canvas before a
 * design that uses them is rendered (CLI `affiche render`, design thumbnails). Texts refer to a
 * library font by family name (core/render/libraryFonts.ts); node-canvas needs a file path, which
 * the library gives for each asset (its content-addressed blob).
 */
import { registerFont } from 'canvas';
import { libraryFontFaces, type LibraryFontFace } from '../../../core/render';
import type { LibraryStore } from '../library/types';

/** A library face and the file that holds it. */
export interface LibraryFontFile extends LibraryFontFace {
  path: string;
}

/** Every usable library font face of `library` (bundled family names excluded), with its file. */
export function libraryFontFiles(library: Pick<LibraryStore, 'listAssets' | 'assetPath'>): LibraryFontFile[] {
  return libraryFontFaces(library.listAssets({ kind: 'font' })).flatMap((face) => {
    const path = library.assetPath(face.assetId);
    return path ? [{ ...face, path }] : [];
  });
}

/**
 * Registers library faces with node-canvas; returns how many it took. A file node-canvas refuses
 * is skipped: its texts fall back to the default face rather than failing the whole render.
 */
export function registerLibraryFaces(faces: readonly LibraryFontFile[]): number {
  let added = 0;
  for (const face of faces) {
    try {
      registerFont(face.path, { family: face.family, weight: String(face.weight), style: face.style });
      added++;
    } catch (error) {
      console.warn(`[affiche] font "${face.family}" (${face.styleName}) could not be registered:`, error);
    }
  }
  return added;
}

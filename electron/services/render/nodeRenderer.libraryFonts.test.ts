/**
 * Brand fonts in the Node renderer (issue 5): a font imported into the library draws the texts that
 * name its family (CLI export, design thumbnails); without it, they fall back to the default face.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTextElement } from '../../../core/schema';
import { openLibrary } from '../library/library';
import type { LibraryStore } from '../library/types';
import { findAssetsDir, renderDesignPage } from './nodeRenderer';
import { libraryFontFiles, type LibraryFontFile } from './libraryFonts';
import { designOf, noAssets, pixels } from './pixelTestUtils';
import { renameFontFamily } from './renamedFont';

/** Pacifico (a script face, unlike any fallback), renamed so only the library can provide it. */
const LIBRARY_FAMILY = 'Marquise';

function textDesign(fontFamily: string) {
  const design = designOf(600, 200);
  design.pages[0].elements.push(createTextElement({ x: 0, y: 40, width: 600, text: 'Brand fonts', fontFamily, fontSize: 72, fill: '#000000' }));
  return design;
}

async function inkOf(bytes: Buffer): Promise<boolean[]> {
  const p = await pixels(bytes);
  const ink: boolean[] = [];
  for (let y = 0; y < p.info.height; y++) for (let x = 0; x < p.info.width; x++) ink.push(p.at(x, y)[0] < 128);
  return ink;
}

function differing(a: boolean[], b: boolean[]): number {
  return a.reduce((count, value, i) => count + (value !== b[i] ? 1 : 0), 0);
}

describe('node renderer: library fonts', () => {
  let dir: string;
  let library: LibraryStore;
  let fonts: LibraryFontFile[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'affiche-fonts-'));
    library = await openLibrary({ dir });
    const ttf = await readFile(path.join(findAssetsDir(), 'fonts/Pacifico/Pacifico_400Regular.ttf'));
    const { asset } = await library.importAsset('marquise.ttf', renameFontFamily(new Uint8Array(ttf), 'Pacifico', LIBRARY_FAMILY));
    expect(asset).toMatchObject({ kind: 'font', fontFamily: LIBRARY_FAMILY });
    fonts = libraryFontFiles(library);
  });

  afterAll(async () => {
    await library.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lists the imported face with its blob path', () => {
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatchObject({ family: LIBRARY_FAMILY, weight: 400, style: 'normal' });
    expect(fonts[0].path).toBe(library.assetPath(fonts[0].assetId));
  });

  it('draws a text in the library font: unlike the fallback, like the same glyphs bundled', async () => {
    // What a text in a family nobody provides looks like (the default face).
    const fallback = await inkOf(await renderDesignPage(textDesign('No Such Family'), 0, 'png', noAssets));
    const withLibrary = await inkOf(await renderDesignPage(textDesign(LIBRARY_FAMILY), 0, 'png', { ...noAssets, libraryFonts: fonts }));
    const bundledPacifico = await inkOf(await renderDesignPage(textDesign('Pacifico'), 0, 'png', noAssets));
    const inked = withLibrary.filter(Boolean).length;
    expect(inked).toBeGreaterThan(2000);
    // The fallback face is another face: a large share of the ink lands elsewhere.
    expect(differing(withLibrary, fallback)).toBeGreaterThan(inked * 0.5);
    // Same outlines as the bundled Pacifico: (almost) every pixel agrees.
    expect(differing(withLibrary, bundledPacifico)).toBeLessThan(inked * 0.02);
  });

  it('leaves bundled families alone: a library font named like one is not used', async () => {
    const ttf = await readFile(path.join(findAssetsDir(), 'fonts/Anton/Anton_400Regular.ttf'));
    await library.importAsset('anton-copy.ttf', renameFontFamily(new Uint8Array(ttf), 'Anton', 'Inter'));
    expect(libraryFontFiles(library).map((f) => f.family)).toEqual([LIBRARY_FAMILY]);
  });
});

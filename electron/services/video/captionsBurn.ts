/**
 * Burned-in captions for the MP4 export (issue 13, "Captions"; docs/architecture.md, "Video"):
 * writes the design's captions as an ASS script (core/video/ass.ts) into the export's work folder
 * and gives the `ass` filter that draws it, for the end of the video's filter chain. Null when
 * there is nothing to burn (no cues, or burn-in off).
 *
 * Fonts: libass reads the bundled family's own folder (assets/fonts/<Family>, `fontsdir`; libass
 * does not look into sub-folders). A family that is not bundled, or whose files are missing, is
 * drawn in Inter, the app's default.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Design } from '../../../core/schema';
import type { FormatSize } from '../../../core/formats/safeArea';
import { BUNDLED_FONTS, DEFAULT_FONT } from '../../../core/render/fonts';
import { createCanvas } from 'canvas';
import { captionsToAss, estimateWidth, hasBurnedCaptions } from '../../../core/video/ass';
import { unpackedAsarPath } from '../ffmpeg/locate';
import { findAssetsDir, registerBundledFonts } from '../render/nodeRenderer';

export const CAPTIONS_FILE = 'captions.ass';

export async function burnCaptions({ design, format, workDir }: { design: Design; format: FormatSize; workDir: string }): Promise<{ filter: string } | null> {
  const captions = design.captions;
  if (!hasBurnedCaptions(captions)) return null;
  const font = captionFont(captions.fontFamily);
  const file = path.join(workDir, CAPTIONS_FILE);
  await writeFile(file, captionsToAss(captions, format, { fontFamily: font.family, measure: libassWidth(font.family) }), 'utf8');
  // ffmpeg is another process: it reads the fonts where the package unpacked them (asarUnpack), not inside app.asar.
  return { filter: `ass=filename=${filterValue(file)}:fontsdir=${filterValue(unpackedAsarPath(font.dir))}` };
}

/** The family libass draws the captions in and the folder of its files: the design's when bundled and present, else Inter. */
export function captionFont(family: string, assetsDir = findAssetsDir()): { family: string; dir: string } {
  const find = (name: string) => {
    const bundled = BUNDLED_FONTS.find((f) => f.family === name);
    if (!bundled || !bundled.faces.every((face) => existsSync(path.join(assetsDir, 'fonts', face.file)))) return null;
    return { family: bundled.family, dir: path.join(assetsDir, 'fonts', path.dirname(bundled.faces[0].file)) };
  };
  const found = find(family) ?? find(DEFAULT_FONT);
  if (!found) throw new Error(`the bundled ${DEFAULT_FONT} font is missing from ${assetsDir}`);
  return found;
}

/**
 * A line's width as libass draws it, measured with the same bundled font on node-canvas. libass
 * (like VSFilter) sizes a font so that its ascent plus descent, not its em, is the font size: the
 * canvas width at that size is scaled by size / (ascent + descent).
 */
export function libassWidth(family: string): (text: string, fontSize: number) => number {
  registerBundledFonts();
  const context = createCanvas(1, 1).getContext('2d');
  return (text, fontSize) => {
    context.font = `700 ${fontSize}px "${family}"`;
    const metrics = context.measureText(text);
    const cell = metrics.emHeightAscent + metrics.emHeightDescent;
    return cell > 0 && Number.isFinite(metrics.width) ? (metrics.width * fontSize) / cell : estimateWidth(text, fontSize);
  };
}

/**
 * A value (a path) inside a filter graph: escaped once for the filter's option parser (`\`, `'`,
 * `:`), then once more for the graph parser (`\`, `'`, `[`, `]`, `,`, `;`), as ffmpeg's
 * filtergraph syntax reads them in that order.
 */
export function filterValue(value: string): string {
  const option = value.replace(/[\\':]/g, '\\$&');
  return option.replace(/[\\'[\],;]/g, '\\$&');
}

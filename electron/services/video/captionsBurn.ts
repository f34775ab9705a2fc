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
import { captionsToAss, hasBurnedCaptions } from '../../../core/video/ass';
import { findAssetsDir } from '../render/nodeRenderer';

export const CAPTIONS_FILE = 'captions.ass';

export async function burnCaptions({ design, format, workDir }: { design: Design; format: FormatSize; workDir: string }): Promise<{ filter: string } | null> {
  const captions = design.captions;
  if (!hasBurnedCaptions(captions)) return null;
  const font = captionFont(captions.fontFamily);
  const file = path.join(workDir, CAPTIONS_FILE);
  await writeFile(file, captionsToAss(captions, format, { fontFamily: font.family }), 'utf8');
  return { filter: `ass=filename=${filterValue(file)}:fontsdir=${filterValue(font.dir)}` };
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
 * A value (a path) inside a filter graph: escaped once for the filter's option parser (`\`, `'`,
 * `:`), then once more for the graph parser (`\`, `'`, `[`, `]`, `,`, `;`), as ffmpeg's
 * filtergraph syntax reads them in that order.
 */
export function filterValue(value: string): string {
  const option = value.replace(/[\\':]/g, '\\$&');
  return option.replace(/[\\'[\],;]/g, '\\$&');
}

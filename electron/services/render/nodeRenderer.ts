/**
 * Pixels from Node: core/render's mapping on fabric/node + node-canvas (CLI export, thumbnails).
 * The same element -> Fabric code as the editor, so the CLI writes what the user sees.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fabricNode from 'fabric/node';
import { deregisterAllFonts, loadImage, registerFont, type Image } from 'canvas';
import sharp from 'sharp';
import { BUNDLED_FONTS, designFontFamilies, libraryFacesFor, renderPage, type FabricNS, type RenderEnv } from '../../../core/render';
import type { ImageFileType } from '../../../core/files/imageTypes';
import type { Design } from '../../../core/schema';
import { registerLibraryFaces, type LibraryFontFile } from './libraryFonts';
import { videoFramePng } from './videoFrame';


/** The repo's (or the installed app's) assets folder, found by walking up from this file. */
export function findAssetsDir(start = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = start;
  for (let i = 0; i < 8; i++) {
    if (existsSync(path.join(dir, 'assets', 'fonts'))) return path.join(dir, 'assets');
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new Error('Affiche’s assets folder (fonts) was not found next to the program');
}

let fontsRegistered = false;

/** node-canvas needs fonts registered before the first canvas is created. */
export function registerBundledFonts(assetsDir = findAssetsDir(), again = false): void {
  if (fontsRegistered && !again) return;
  for (const family of BUNDLED_FONTS) {
    for (const face of family.faces) {
      registerFont(path.join(assetsDir, 'fonts', face.file), {
        family: family.family,
        weight: String(face.weight),
        style: face.style,
      });
    }
  }
  fontsRegistered = true;
}

/**
 * The fonts one page needs: the bundled ones, plus the library faces its texts name.
 *
 * node-canvas resolves a family to the font file's own (SFNT) family name and asks fontconfig for
 * it, among every file ever registered in the process. Importing a font draws its specimen from a
 * temporary file (library/mediaImport/thumbs.ts) that is deleted afterwards, and fontconfig can
 * only forget all app fonts at once: so a page that uses library fonts starts from a clean slate
 * (forget all, register the bundled fonts again, then its library faces), otherwise the text could
 * resolve to the deleted file and draw nothing. Pages with bundled fonts only skip this.
 */
function prepareFonts(design: Design, pageIndex: number, options: NodeRenderOptions): void {
  const page = design.pages[pageIndex];
  const faces = page && options.libraryFonts ? (libraryFacesFor(options.libraryFonts, designFontFamilies(design, [page])) as LibraryFontFile[]) : [];
  if (faces.length === 0) return registerBundledFonts(options.assetsDir);
  deregisterAllFonts();
  registerBundledFonts(options.assetsDir, true);
  registerLibraryFaces(faces);
}

export interface NodeRenderOptions {
  /** Reads an asset's bytes, or null when it is missing. */
  readAsset: (assetId: string) => Promise<Uint8Array | null>;
  /**
   * The asset's file on disk when the library holds it: a video's still is read from there, not
   * from a copy of the whole video in memory (readAsset serves it otherwise, from an .affiche file).
   */
  assetFile?: (assetId: string) => string | null;
  assetsDir?: string;
  /**
   * The library's font faces (./libraryFonts.ts libraryFontFiles): texts whose family is one of
   * them are drawn with it; without them such texts fall back to the default face.
   */
  libraryFonts?: readonly LibraryFontFile[];
}

/**
 * Video stills already drawn, as PNG bytes, by asset and time: assets are content-addressed, so a
 * frame never goes stale, and thumbnails redraw a design after every save. Oldest first, at most
 * FRAME_CACHE_BYTES in all.
 */
const frames = new Map<string, Promise<Buffer | null>>();
const frameBytes = new Map<string, number>();
const FRAME_CACHE_BYTES = 64 * 1024 * 1024;

function cachedFrame(key: string, draw: () => Promise<Buffer | null>): Promise<Buffer | null> {
  const known = frames.get(key);
  if (known) return known;
  const pending = draw().then((png) => {
    if (!png) frames.delete(key);
    else {
      frameBytes.set(key, png.length);
      let total = [...frameBytes.values()].reduce((sum, n) => sum + n, 0);
      for (const old of frameBytes.keys()) {
        if (total <= FRAME_CACHE_BYTES || old === key) break;
        total -= frameBytes.get(old) ?? 0;
        frameBytes.delete(old);
        frames.delete(old);
      }
    }
    return png;
  });
  frames.set(key, pending);
  return pending;
}

export function nodeRenderEnv(readAsset: NodeRenderOptions['readAsset'], assetFile?: NodeRenderOptions['assetFile']): RenderEnv {
  const cache = new Map<string, Promise<Image | null>>();
  return {
    fabric: fabricNode as unknown as FabricNS,
    // A video's frame through ffmpeg (./videoFrame.ts); the placeholder box when there is none.
    loadVideoFrame: async (assetId, atMs) => {
      const png = await cachedFrame(`${assetId}@${atMs}`, async () => {
        const file = assetFile?.(assetId);
        if (file) return videoFramePng({ file }, atMs);
        const bytes = await readAsset(assetId);
        return bytes ? videoFramePng({ bytes }, atMs) : null;
      });
      return png ? loadImage(png) : null;
    },
    loadImage: (assetId) => {
      let pending = cache.get(assetId);
      if (!pending) {
        pending = readAsset(assetId).then(async (bytes) => {
          if (!bytes) return null;
          // node-canvas cannot decode WebP/AVIF: normalise through sharp (EXIF orientation applied).
          const png = await sharp(bytes).rotate().png().toBuffer();
          return loadImage(png);
        });
        cache.set(assetId, pending);
      }
      return pending;
    },
  };
}

/** Renders one page to an encoded image at the design's exact pixel size (or scaled by `scale`). */
export async function renderDesignPage(
  design: Design,
  pageIndex: number,
  type: ImageFileType,
  options: NodeRenderOptions & { quality?: number; scale?: number },
): Promise<Buffer> {
  prepareFonts(design, pageIndex, options);
  const canvas = new fabricNode.StaticCanvas(undefined, { width: design.format.width, height: design.format.height, enableRetinaScaling: false });
  try {
    await renderPage(nodeRenderEnv(options.readAsset, options.assetFile), canvas as never, design, pageIndex);
    const scale = options.scale ?? 1;
    let png: Buffer;
    if (scale === 1) {
      png = canvas.getNodeCanvas().toBuffer('image/png');
    } else {
      png = Buffer.from(canvas.toDataURL({ format: 'png', multiplier: scale }).split(',')[1], 'base64');
    }
    return encodeImage(png, type, options.quality);
  } finally {
    canvas.dispose();
  }
}

/** PNG bytes to the requested type; JPEG has no alpha, so transparent areas become white. */
export async function encodeImage(png: Buffer, type: ImageFileType, quality = 92): Promise<Buffer> {
  if (type === 'png') return png;
  if (type === 'jpeg') return sharp(png).flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true }).toBuffer();
  return sharp(png).webp({ quality }).toBuffer();
}

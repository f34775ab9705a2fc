/**
 * Pixels from Node: core/render's mapping on fabric/node + node-canvas (CLI export, thumbnails).
 * The same element -> Fabric code as the editor, so the CLI writes what the user sees.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fabricNode from 'fabric/node';
import { createCanvas, createImageData, deregisterAllFonts, registerFont, type Canvas } from 'canvas';
import sharp from 'sharp';
import { BUNDLED_FONTS, EMOJI_FONT, designFontFamilies, libraryFacesFor, renderPage, type FabricNS, type RenderEnv } from '../../../core/render';
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
  // The colour emoji face too: emoji draw in colour with or without an emoji font on the system.
  for (const family of [...BUNDLED_FONTS, EMOJI_FONT]) {
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

/** One promise per key: a page that shows a picture twice reads, decodes or resamples it once. */
function once<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let pending = cache.get(key);
  if (!pending) {
    pending = make();
    cache.set(key, pending);
  }
  return pending;
}

/**
 * Decoded pixels as a node-canvas canvas Fabric can draw: raw RGBA straight from sharp, no PNG in
 * between (node-canvas cannot decode WebP/AVIF, and an encode + decode of a photo costs more
 * than the decode itself). Any input (grey, CMYK, 16-bit, with or without alpha) ends as 8-bit sRGB
 * with alpha.
 */
async function canvasOf(image: sharp.Sharp): Promise<Canvas> {
  const { data, info } = await image.toColourspace('srgb').ensureAlpha().raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
  if (info.channels !== 4) throw new Error(`decoded ${info.channels} channels where 4 were expected`);
  const canvas = createCanvas(info.width, info.height);
  canvas.getContext('2d').putImageData(createImageData(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height), 0, 0);
  return canvas;
}

/**
 * core/render's environment on fabric/node. Pictures are decoded with sharp (EXIF orientation
 * applied) and, when drawn smaller than the part shown, resampled to their drawn size first
 * (RenderEnv.resample: lanczos once instead of cairo's filter at draw time). `scale` is the
 * export's scale (thumbnails), so resampled pictures keep one pixel per output pixel.
 */
export function nodeRenderEnv(readAsset: NodeRenderOptions['readAsset'], options: { scale?: number; assetFile?: NodeRenderOptions['assetFile'] } = {}): RenderEnv {
  const scale = options.scale ?? 1;
  const files = new Map<string, Promise<Uint8Array | null>>();
  const images = new Map<string, Promise<Canvas | null>>();
  const sizes = new Map<string, Promise<{ width: number; height: number } | null>>();
  const parts = new Map<string, Promise<Canvas | null>>();
  const read = (assetId: string) => once(files, assetId, () => readAsset(assetId));
  const size = (assetId: string) =>
    once(sizes, assetId, async () => {
      const bytes = await read(assetId);
      if (!bytes) return null;
      const meta = await sharp(bytes).metadata();
      if (!meta.width || !meta.height) return null;
      // Orientations 5-8 turn the picture a quarter: drawn, its width and height are swapped.
      const swapped = (meta.orientation ?? 1) >= 5;
      return meta.autoOrient ?? { width: swapped ? meta.height : meta.width, height: swapped ? meta.width : meta.height };
    });
  return {
    fabric: fabricNode as unknown as FabricNS,
    // A video's frame through ffmpeg (./videoFrame.ts); the placeholder box when there is none.
    loadVideoFrame: async (assetId, atMs) => {
      const png = await cachedFrame(`${assetId}@${atMs}`, async () => {
        const file = options.assetFile?.(assetId);
        if (file) return videoFramePng({ file }, atMs);
        const bytes = await readAsset(assetId);
        return bytes ? videoFramePng({ bytes }, atMs) : null;
      });
      return png ? canvasOf(sharp(png)) : null;
    },
    loadImage: (assetId) =>
      once(images, assetId, async () => {
        const bytes = await read(assetId);
        return bytes ? canvasOf(sharp(bytes).rotate()) : null;
      }),
    resample: {
      size,
      part: async (assetId, crop, width, height) => {
        const whole = await size(assetId);
        if (!whole) return null;
        // sharp extracts whole pixels: the crop's edges move by at most half a picture pixel.
        const left = Math.min(whole.width - 1, Math.max(0, Math.round(crop.x)));
        const top = Math.min(whole.height - 1, Math.max(0, Math.round(crop.y)));
        const right = Math.max(left + 1, Math.min(whole.width, Math.round(crop.x + crop.width)));
        const bottom = Math.max(top + 1, Math.min(whole.height, Math.round(crop.y + crop.height)));
        const outWidth = Math.max(1, Math.round(width * scale));
        const outHeight = Math.max(1, Math.round(height * scale));
        if (outWidth >= right - left || outHeight >= bottom - top) return null; // not smaller once scaled: draw it whole
        return once(parts, `${assetId}:${left},${top},${right},${bottom}:${outWidth}x${outHeight}`, async () => {
          const bytes = await read(assetId);
          if (!bytes) return null;
          return canvasOf(
            sharp(bytes)
              .rotate()
              .extract({ left, top, width: right - left, height: bottom - top })
              .resize(outWidth, outHeight, { fit: 'fill' }),
          );
        });
      },
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
  return encodePixels(await renderPagePixels(design, pageIndex, options), type, options.quality);
}

/** One page's pixels at the design's exact size (or scaled by `scale`), before any encoding. */
export async function renderPagePixels(design: Design, pageIndex: number, options: NodeRenderOptions & { scale?: number }): Promise<PagePixels> {
  prepareFonts(design, pageIndex, options);
  const scale = options.scale ?? 1;
  const canvas = new fabricNode.StaticCanvas(undefined, {
    width: Math.max(1, Math.round(design.format.width * scale)),
    height: Math.max(1, Math.round(design.format.height * scale)),
    enableRetinaScaling: false,
  });
  try {
    await renderPage(nodeRenderEnv(options.readAsset, { scale, assetFile: options.assetFile }), canvas as never, design, pageIndex, { scale });
    return pixelsOf(canvas.getNodeCanvas());
  } finally {
    canvas.dispose();
  }
}

/** A canvas's pixels, straight (not premultiplied) RGBA, and whether every one of them is opaque. */
export interface PagePixels {
  data: Buffer;
  width: number;
  height: number;
  opaque: boolean;
}

function pixelsOf(canvas: Pick<Canvas, 'width' | 'height' | 'getContext'>): PagePixels {
  const { width, height } = canvas;
  const image = canvas.getContext('2d').getImageData(0, 0, width, height);
  const data = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  let opaque = true;
  for (let i = 3; i < data.length; i += 4) {
    if (data[i] !== 255) {
      opaque = false;
      break;
    }
  }
  return { data, width, height, opaque };
}

/**
 * An unfiltered PNG this many times smaller than the raw pixels is kept: the page is flat colour
 * and text, where PNG's row filters gain ~15 % of the size for 4-5x the encoding time. Anything
 * larger holds photographic areas, where filters halve the file: it is encoded again with them.
 */
const FLAT_PAGE_RATIO = 8;

/**
 * Encodes a rendered page with sharp (libspng and zlib-ng: 3-5x faster than node-canvas' PNG
 * writer on the same pixels). A page without any transparent pixel is written without an alpha
 * channel (smaller, the same picture); JPEG has no alpha, so transparent areas become white.
 */
export async function encodePixels(pixels: PagePixels, type: ImageFileType, quality = 92): Promise<Buffer> {
  // A new pipeline per encoding: sharp's clone() copies the 6 MB of pixels first.
  const image = () => {
    const raw = sharp(pixels.data, { raw: { width: pixels.width, height: pixels.height, channels: 4 } });
    return pixels.opaque ? raw.removeAlpha() : raw;
  };
  if (type === 'jpeg') return image().flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true }).toBuffer();
  if (type === 'webp') return image().webp({ quality }).toBuffer();
  const plain = await image().png().toBuffer();
  if (plain.length * FLAT_PAGE_RATIO <= pixels.data.length) return plain;
  const filtered = await image().png({ adaptiveFiltering: true }).toBuffer();
  return filtered.length < plain.length ? filtered : plain;
}

/**
 * Pixels from Node: core/render's mapping on fabric/node + node-canvas (CLI export, thumbnails).
 * The same element -> Fabric code as the editor, so the CLI writes what the user sees.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fabricNode from 'fabric/node';
import { loadImage, registerFont, type Image } from 'canvas';
import sharp from 'sharp';
import { BUNDLED_FONTS, renderPage, type FabricNS, type RenderEnv } from '../../../core/render';
import type { Design } from '../../../core/schema';

export type ImageType = 'png' | 'jpg' | 'webp';
export const IMAGE_TYPES: readonly ImageType[] = ['png', 'jpg', 'webp'];

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
export function registerBundledFonts(assetsDir = findAssetsDir()): void {
  if (fontsRegistered) return;
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

export interface NodeRenderOptions {
  /** Reads an asset's bytes, or null when it is missing. */
  readAsset: (assetId: string) => Promise<Uint8Array | null>;
  assetsDir?: string;
}

export function nodeRenderEnv(readAsset: NodeRenderOptions['readAsset']): RenderEnv {
  const cache = new Map<string, Promise<Image | null>>();
  return {
    fabric: fabricNode as unknown as FabricNS,
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
  type: ImageType,
  options: NodeRenderOptions & { quality?: number; scale?: number },
): Promise<Buffer> {
  registerBundledFonts(options.assetsDir);
  const canvas = new fabricNode.StaticCanvas(undefined, { width: design.format.width, height: design.format.height, enableRetinaScaling: false });
  try {
    await renderPage(nodeRenderEnv(options.readAsset), canvas as never, design, pageIndex);
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
export async function encodeImage(png: Buffer, type: ImageType, quality = 92): Promise<Buffer> {
  if (type === 'png') return png;
  if (type === 'jpg') return sharp(png).flatten({ background: '#ffffff' }).jpeg({ quality, mozjpeg: true }).toBuffer();
  return sharp(png).webp({ quality }).toBuffer();
}

/**
 * core/render's RenderEnv for the browser: Fabric's browser build, and images loaded from the
 * bridge's media URLs. crossOrigin 'anonymous' keeps canvases untainted so export can read pixels
 * (the media servers answer with CORS headers). Assets are content-addressed (sha256), so a loaded
 * image never goes stale and is cached for the session; failures are not cached (retried next time).
 */
import * as fabric from 'fabric';
import type { RenderEnv } from '../../../../core/render';
import { getBridge } from '../../bridge';
import { loadFontFamilies } from '../../fonts/loadFonts';

const images = new Map<string, Promise<HTMLImageElement | null>>();

export function loadHtmlImage(url: string): Promise<HTMLImageElement | null> {
  return new Promise((resolve) => {
    const image = new Image();
    image.crossOrigin = 'anonymous';
    image.decoding = 'async';
    image.onload = () => resolve(image);
    image.onerror = () => resolve(null);
    image.src = url;
  });
}

export function loadAssetImage(assetId: string): Promise<HTMLImageElement | null> {
  let pending = images.get(assetId);
  if (!pending) {
    pending = loadHtmlImage(getBridge().mediaUrl('asset', assetId)).then((image) => {
      if (!image) images.delete(assetId);
      return image;
    });
    images.set(assetId, pending);
  }
  return pending;
}

let env: RenderEnv | undefined;

export function browserRenderEnv(): RenderEnv {
  env ??= { fabric, loadImage: loadAssetImage, ensureFont: (family) => loadFontFamilies([family]) };
  return env;
}

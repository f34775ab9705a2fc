/** A whole page onto a Fabric canvas: background paint, background image, then elements in order. */
import type { FabricObject, StaticCanvas } from 'fabric';
import type { Design, Page } from '../schema/design';
import { pageAsDrawn } from '../carousel/repeat';
import { buildElement } from './elements';
import { containBox, coverCrop } from './geometry';
import { toFabricPaint } from './paint';
import { loadPicture } from './picture';
import type { FabricImageSource, RenderEnv } from './types';

export async function buildBackgroundImage(env: RenderEnv, page: Page, width: number, height: number): Promise<FabricObject | undefined> {
  const bg = page.background.image;
  if (!bg) return undefined;
  const cover = bg.fit === 'cover';
  const picture = await loadPicture(env, bg.assetId, {
    cropOf: (w, h) => (cover ? coverCrop(w, h, width / height, bg.focalX, bg.focalY) : { x: 0, y: 0, width: w, height: h }),
    drawnSize: (crop) => (cover ? { width, height } : containBox(crop.width, crop.height, width, height)),
  });
  if (!picture) return undefined;
  const { source, crop } = picture;
  const common = { originX: 'left', originY: 'top', selectable: false, evented: false } as const;
  if (cover) {
    return new env.fabric.FabricImage(source as FabricImageSource, {
      ...common,
      left: 0,
      top: 0,
      cropX: crop.x,
      cropY: crop.y,
      width: crop.width,
      height: crop.height,
      scaleX: width / crop.width,
      scaleY: height / crop.height,
    });
  }
  const box = containBox(source.width, source.height, width, height);
  return new env.fabric.FabricImage(source as FabricImageSource, {
    ...common,
    left: box.x,
    top: box.y,
    scaleX: box.width / source.width,
    scaleY: box.height / source.height,
  });
}

/** Fabric objects for every element of a page, in paint order (first = bottom). */
export async function buildPageObjects(env: RenderEnv, page: Page): Promise<FabricObject[]> {
  return Promise.all(page.elements.map((el) => buildElement(env, el)));
}

/**
 * Draws page `pageIndex` of `design` onto `canvas` at the design's exact pixel size (times `scale`,
 * for thumbnails: the page is drawn once, already small), replacing whatever the canvas held. The
 * caller exports pixels from the canvas afterwards.
 */
export async function renderPage(env: RenderEnv, canvas: StaticCanvas, design: Design, pageIndex: number, options: { scale?: number } = {}): Promise<void> {
  if (!design.pages[pageIndex]) throw new RangeError(`page ${pageIndex + 1} does not exist (the design has ${design.pages.length})`);
  // Elements on every slide drawn here too, page numbers filled in (core/carousel/repeat.ts).
  const page = pageAsDrawn(design, pageIndex);
  const { width, height } = design.format;
  const scale = options.scale ?? 1;
  const pixelWidth = Math.max(1, Math.round(width * scale));
  const pixelHeight = Math.max(1, Math.round(height * scale));
  canvas.clear();
  // Resizing a canvas reallocates its pixels, even to the same size (node-canvas: 6 MB at 1080x1350).
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) canvas.setDimensions({ width: pixelWidth, height: pixelHeight });
  canvas.setViewportTransform([scale, 0, 0, scale, 0, 0]);
  canvas.backgroundColor = toFabricPaint(env.fabric, page.background.fill, { width, height });
  canvas.backgroundImage = await buildBackgroundImage(env, page, width, height);
  const objects = await buildPageObjects(env, page);
  if (objects.length > 0) canvas.add(...objects);
  canvas.renderAll();
}

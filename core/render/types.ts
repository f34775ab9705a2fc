import type * as FabricModule from 'fabric';

/**
 * The fabric namespace: `import * as fabric from 'fabric'` in the browser or `'fabric/node'` in
 * Node. core/render never imports fabric's runtime itself, so the same mapping serves both.
 */
export type FabricNS = typeof FabricModule;

/**
 * Anything Fabric can draw as an image: a browser image or canvas, node-canvas's Image in Node.
 * Core reads only its size and hands it on to Fabric as Fabric's own `ImageSource`.
 */
export interface ImageSource {
  readonly width: number;
  readonly height: number;
}

/** The image type Fabric's FabricImage takes (named by Fabric, so core names no DOM type itself). */
export type FabricImageSource = FabricModule.ImageSource;

/**
 * The 2D context Fabric draws with (a browser canvas's, or node-canvas's in Node), as Fabric's
 * types name it; core overrides a few of Fabric's drawing methods and must not name DOM types.
 */
export type Context2D = Parameters<FabricModule.Textbox['_renderBackground']>[0];

export interface RenderEnv {
  fabric: FabricNS;
  /** Loads an asset's pixels, or returns null when it is missing (a placeholder is drawn instead). */
  loadImage(assetId: string): Promise<ImageSource | null>;
  /**
   * A still of a video asset: its frame at `atMs` (the first one it plays, after its trim), or
   * null when none can be had (a placeholder box is drawn instead). Until video export exists, a
   * still image of a page shows a video this way, in the editor and in every export alike.
   */
  loadVideoFrame?(assetId: string, atMs: number): Promise<ImageSource | null>;
  /**
   * Makes sure a font family can be measured before text is built with it (the browser loads
   * faces on demand; Node registers them all up front and leaves this out).
   */
  ensureFont?(family: string): Promise<void>;
  /**
   * Optional, for pages drawn once (Node export, thumbnails): pictures resampled to the size they
   * are drawn at before drawing (./picture.ts). The editor leaves it out: it keeps each whole
   * picture to crop, zoom and scale it live.
   */
  resample?: ImageResampler;
}

/**
 * Resamples pictures ahead of drawing. One good resample of a big photo down to its drawn size
 * costs less than letting the canvas filter it down while drawing (node-canvas' cairo: ~30 ms for
 * a 1600x1200 photo drawn at 900x760), and it is sharper (docs/architecture.md, Budgets: still export).
 */
export interface ImageResampler {
  /** The picture's size as drawn (EXIF orientation applied), read without decoding it; null when missing or unreadable. */
  size(assetId: string): Promise<{ width: number; height: number } | null>;
  /**
   * `crop` of the picture (in the pixels `size` gives) resampled to `width` x `height` page pixels
   * (the env may give more pixels for a page exported at a larger scale): null to draw the whole
   * picture instead.
   */
  part(assetId: string, crop: CropBox, width: number, height: number): Promise<ImageSource | null>;
}

/** A rectangle of a picture, in its pixels. */
export interface CropBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fabric objects built from an element carry its id, so the editor can map back. */
export const ELEMENT_ID_KEY = 'afficheElementId';

export function elementIdOf(object: object): string | undefined {
  const id = (object as Record<string, unknown>)[ELEMENT_ID_KEY];
  return typeof id === 'string' ? id : undefined;
}

export function tagWithElementId(object: object, id: string): void {
  (object as Record<string, unknown>)[ELEMENT_ID_KEY] = id;
}

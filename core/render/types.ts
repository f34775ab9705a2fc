import type * as FabricModule from 'fabric';

/**
 * The fabric namespace: `import * as fabric from 'fabric'` in the browser or `'fabric/node'` in
 * Node. core/render never imports fabric's runtime itself, so the same mapping serves both.
 */
export type FabricNS = typeof FabricModule;

/** Anything Fabric can draw as an image: HTMLImageElement in the browser, node-canvas Image in Node. */
export type ImageSource = HTMLImageElement | HTMLCanvasElement | ImageBitmap | { width: number; height: number };

export interface RenderEnv {
  fabric: FabricNS;
  /** Loads an asset's pixels, or returns null when it is missing (a placeholder is drawn instead). */
  loadImage(assetId: string): Promise<ImageSource | null>;
  /**
   * Makes sure a font family can be measured before text is built with it (the browser loads
   * faces on demand; Node registers them all up front and leaves this out).
   */
  ensureFont?(family: string): Promise<void>;
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

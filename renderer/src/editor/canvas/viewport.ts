/** Zoom-to-fit: the page centred in the visible area with a margin, never upscaled past 100 %... unless tiny. */

export interface Size {
  width: number;
  height: number;
}

export interface Viewport {
  zoom: number;
  /** Page's top-left corner in view pixels. */
  offsetX: number;
  offsetY: number;
}

/** Small pages (a 64 px icon) may grow up to this zoom to stay workable. */
export const MAX_FIT_ZOOM = 4;

export function fitViewport(view: Size, page: Size, margin = 40): Viewport {
  const availableWidth = Math.max(1, view.width - 2 * margin);
  const availableHeight = Math.max(1, view.height - 2 * margin);
  const zoom = Math.min(MAX_FIT_ZOOM, availableWidth / page.width, availableHeight / page.height);
  return {
    zoom,
    offsetX: (view.width - page.width * zoom) / 2,
    offsetY: (view.height - page.height * zoom) / 2,
  };
}

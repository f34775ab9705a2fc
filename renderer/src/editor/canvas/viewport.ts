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

/** Zoom limits of the editor view (5 % to 800 %). */
export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 8;

/** The stops the zoom buttons and shortcuts step through. */
export const ZOOM_STEPS = [0.05, 0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 1, 1.25, 1.5, 2, 3, 4, 6, 8];

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** Zooms so that the page point under `point` (view pixels) stays under it: the pointer, or the view's centre. */
export function zoomAround(viewport: Viewport, zoom: number, point: { x: number; y: number }): Viewport {
  const next = clampZoom(zoom);
  const ratio = next / viewport.zoom;
  return {
    zoom: next,
    offsetX: point.x - (point.x - viewport.offsetX) * ratio,
    offsetY: point.y - (point.y - viewport.offsetY) * ratio,
  };
}

export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { zoom: viewport.zoom, offsetX: viewport.offsetX + dx, offsetY: viewport.offsetY + dy };
}

/** The next stop up (direction 1) or down (-1) from the current zoom. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  const epsilon = 1e-3;
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom + epsilon) ?? MAX_ZOOM;
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - epsilon) ?? MIN_ZOOM;
}

/** 100 %: one page pixel per screen pixel, page centred. */
export function actualSizeViewport(view: Size, page: Size): Viewport {
  return { zoom: 1, offsetX: (view.width - page.width) / 2, offsetY: (view.height - page.height) / 2 };
}

/** A round grid step (page pixels) giving about 20 cells across the shorter side of the page. */
export function gridStep(page: Size): number {
  const target = Math.min(page.width, page.height) / 20;
  const steps = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500];
  return steps.reduce((best, step) => (Math.abs(step - target) < Math.abs(best - target) ? step : best), steps[0]);
}

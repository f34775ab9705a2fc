/** Our paint (colour or gradient) to Fabric fill values. */
import type { TFiller } from 'fabric';
import type { Paint } from '../schema/design';
import type { FabricNS } from './types';

/** A linear gradient's endpoints in the unit box, for an angle in degrees (0 = left to right). */
export function linearGradientCoords(angleDeg: number): { x1: number; y1: number; x2: number; y2: number } {
  const a = (angleDeg * Math.PI) / 180;
  const dx = Math.cos(a) / 2;
  const dy = Math.sin(a) / 2;
  return { x1: 0.5 - dx, y1: 0.5 - dy, x2: 0.5 + dx, y2: 0.5 + dy };
}

/**
 * Fabric fill for a paint. Objects take gradients in units of their own box; the canvas background
 * has no box, so pass `pixelSize` to get pixel coordinates over the page instead.
 */
export function toFabricPaint(fabric: FabricNS, paint: Paint, pixelSize?: { width: number; height: number }): string | TFiller {
  if (typeof paint === 'string') return paint;
  const colorStops = paint.stops.map((stop) => ({ offset: stop.offset, color: stop.color }));
  const w = pixelSize?.width ?? 1;
  const h = pixelSize?.height ?? 1;
  const gradientUnits = pixelSize ? 'pixels' : 'percentage';
  if (paint.kind === 'linear') {
    const c = linearGradientCoords(paint.angle);
    return new fabric.Gradient<'linear'>({
      type: 'linear',
      gradientUnits,
      coords: { x1: c.x1 * w, y1: c.y1 * h, x2: c.x2 * w, y2: c.y2 * h },
      colorStops,
    });
  }
  return new fabric.Gradient<'radial'>({
    type: 'radial',
    gradientUnits,
    coords: { x1: 0.5 * w, y1: 0.5 * h, r1: 0, x2: 0.5 * w, y2: 0.5 * h, r2: 0.5 * Math.max(w, h) },
    colorStops,
  });
}

/** A representative solid colour of a paint (for swatches and for a stroke that follows the fill). */
export function paintToSolid(paint: Paint): string {
  return typeof paint === 'string' ? paint : paint.stops[0].color;
}

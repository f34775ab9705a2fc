/**
 * Geometry of rotated boxes. An element's x/y/width/height describe its unrotated box and
 * `rotation` turns it clockwise about the box centre (core/schema/design.ts), so what a user sees
 * aligned or grouped is the axis-aligned box around the four rotated corners, not x/y/width/height.
 */
import type { Box, Point } from './types';

export interface RotatedBox extends Box {
  /** Degrees clockwise about the centre. */
  rotation: number;
}

export function centreOf(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Clockwise in screen coordinates (y grows downwards), like Fabric's `angle`. */
export function rotatePoint(point: Point, about: Point, degrees: number): Point {
  if (degrees === 0) return point;
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const dx = point.x - about.x;
  const dy = point.y - about.y;
  return { x: about.x + dx * cos - dy * sin, y: about.y + dx * sin + dy * cos };
}

/** The four corners after rotation: top-left, top-right, bottom-right, bottom-left. */
export function cornersOf(box: RotatedBox): Point[] {
  const c = centreOf(box);
  const { x, y, width: w, height: h } = box;
  return [
    { x, y },
    { x: x + w, y },
    { x: x + w, y: y + h },
    { x, y: y + h },
  ].map((p) => rotatePoint(p, c, box.rotation));
}

export function boundsOfPoints(points: readonly Point[]): Box {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** Axis-aligned bounding box of a rotated box. */
export function rotatedBounds(box: RotatedBox): Box {
  if (box.rotation % 360 === 0) return { x: box.x, y: box.y, width: box.width, height: box.height };
  return boundsOfPoints(cornersOf(box));
}

/** The smallest box holding every box; null for none. */
export function unionBounds(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  return boundsOfPoints(boxes.flatMap((b) => [{ x: b.x, y: b.y }, { x: b.x + b.width, y: b.y + b.height }]));
}

/** Bounds of several rotated elements together (what align and group measure). */
export function selectionBounds(boxes: readonly RotatedBox[]): Box | null {
  return unionBounds(boxes.map(rotatedBounds));
}

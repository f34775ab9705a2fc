/**
 * The editor's way back from Fabric to our elements: after a move, resize or rotation the
 * Fabric object holds the truth, and these functions turn it into element fields.
 */
import type { FabricObject } from 'fabric';

export interface Geometry {
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
}

/** Angle in (-180, 180], rounded to 1/100 degree so tiny float drift never becomes a change. */
export function normalizeRotation(angle: number): number {
  let a = angle % 360;
  if (a > 180) a -= 360;
  if (a <= -180) a += 360;
  return Math.round(a * 100) / 100;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Box of a Fabric object in page pixels (top-left of the unrotated box, size including scale). */
export function readGeometry(object: FabricObject): Geometry {
  const center = object.getCenterPoint();
  const width = object.width * Math.abs(object.scaleX);
  const height = object.height * Math.abs(object.scaleY);
  return {
    x: round(center.x - width / 2),
    y: round(center.y - height / 2),
    width: round(Math.max(1, width)),
    height: round(Math.max(1, height)),
    rotation: normalizeRotation(object.angle),
  };
}

/**
 * A text box scaled by a corner handle keeps its letters proportional: the vertical scale becomes
 * a new font size and the horizontal one a new box width.
 */
export function readTextScale(object: FabricObject, fontSize: number): { fontSize: number; width: number } {
  return {
    fontSize: round(Math.max(1, fontSize * Math.abs(object.scaleY))),
    width: round(Math.max(1, object.width * Math.abs(object.scaleX))),
  };
}

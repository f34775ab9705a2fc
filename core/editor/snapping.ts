/**
 * Smart-guide snapping, pure. While a box is dragged, its left/centre/right (and top/middle/bottom)
 * snap to the page's edges and centre and to the other elements' edges and centres when within a
 * threshold. The threshold is in screen pixels, divided by the zoom, so snapping feels the same at
 * every zoom level (Figma and Canva behave this way).
 */
import type { Element } from '../schema/design';
import { rotatedBounds } from './bounds';
import type { Box } from './types';

export const SNAP_THRESHOLD_PX = 6;
export const ROTATION_STEP_DEG = 15;

/** A line to draw: vertical (axis 'x', at x = position) or horizontal (axis 'y', at y = position). */
export interface Guide {
  axis: 'x' | 'y';
  position: number;
  /** Extent along the other axis, covering the moving box and what it snapped to. */
  from: number;
  to: number;
}

export interface SnapInput {
  /** The moving box where the pointer would put it (use rotated bounds for rotated elements). */
  moving: Box;
  others: readonly Box[];
  page: { width: number; height: number };
  zoom: number;
  thresholdPx?: number;
}

export interface SnapResult {
  /** Add to the proposed position to snap. 0 when nothing is close enough. */
  dx: number;
  dy: number;
  guides: Guide[];
}

interface Target {
  value: number;
  /** Extent of the thing snapped to, along the other axis. */
  from: number;
  to: number;
}

type Axis = 'x' | 'y';
const lo = (b: Box, axis: Axis) => (axis === 'x' ? b.x : b.y);
const len = (b: Box, axis: Axis) => (axis === 'x' ? b.width : b.height);
const lines = (b: Box, axis: Axis) => [lo(b, axis), lo(b, axis) + len(b, axis) / 2, lo(b, axis) + len(b, axis)];

function targetsFor(input: SnapInput, axis: Axis): Target[] {
  const other: Axis = axis === 'x' ? 'y' : 'x';
  const pageBox = { x: 0, y: 0, width: input.page.width, height: input.page.height };
  return [pageBox, ...input.others].flatMap((b) =>
    lines(b, axis).map((value) => ({ value, from: lo(b, other), to: lo(b, other) + len(b, other) })),
  );
}

/** Best correction along one axis, and the guides it produces. */
function snapAxis(input: SnapInput, axis: Axis, threshold: number): { delta: number; targets: Target[] } {
  const targets = targetsFor(input, axis);
  const own = lines(input.moving, axis);
  let delta = 0;
  let best = Infinity;
  for (const t of targets)
    for (const v of own) {
      const d = t.value - v;
      if (Math.abs(d) <= threshold && Math.abs(d) < Math.abs(best)) {
        best = d;
        delta = d;
      }
    }
  if (best === Infinity) return { delta: 0, targets: [] };
  // Every target the snapped box now touches gets a guide (e.g. left edge and centre at once).
  const eps = 1e-6;
  const matched = targets.filter((t) => own.some((v) => Math.abs(v + delta - t.value) < eps));
  return { delta, targets: matched };
}

function guidesFor(axis: Axis, moving: Box, targets: Target[]): Guide[] {
  const other: Axis = axis === 'x' ? 'y' : 'x';
  const byPosition = new Map<number, Guide>();
  for (const t of targets) {
    const key = Math.round(t.value * 1000) / 1000;
    const from = Math.min(t.from, lo(moving, other));
    const to = Math.max(t.to, lo(moving, other) + len(moving, other));
    const g = byPosition.get(key);
    if (g) {
      g.from = Math.min(g.from, from);
      g.to = Math.max(g.to, to);
    } else byPosition.set(key, { axis, position: t.value, from, to });
  }
  return [...byPosition.values()];
}

export function snapMove(input: SnapInput): SnapResult {
  const threshold = (input.thresholdPx ?? SNAP_THRESHOLD_PX) / (input.zoom > 0 ? input.zoom : 1);
  const x = snapAxis(input, 'x', threshold);
  const y = snapAxis(input, 'y', threshold);
  const snapped = { ...input.moving, x: input.moving.x + x.delta, y: input.moving.y + y.delta };
  return { dx: x.delta, dy: y.delta, guides: [...guidesFor('x', snapped, x.targets), ...guidesFor('y', snapped, y.targets)] };
}

/**
 * Rotation snapping to 15° steps. Without a threshold it always rounds (shift held); with one it
 * only pulls the angle in when it is that close to a step (plain rotate, a soft detent).
 */
export function snapRotation(degrees: number, options: { step?: number; thresholdDeg?: number } = {}): number {
  const step = options.step ?? ROTATION_STEP_DEG;
  const nearest = Math.round(degrees / step) * step;
  if (options.thresholdDeg !== undefined && Math.abs(nearest - degrees) > options.thresholdDeg) return degrees;
  return Object.is(nearest, -0) ? 0 : nearest;
}

/** What a drag can snap to: the visible bounds of every shown element not being moved. */
export function snapTargetsOf(elements: readonly Element[], moving: readonly string[]): Box[] {
  const skip = new Set(moving);
  return elements.filter((el) => !el.hidden && !skip.has(el.id)).map(rotatedBounds);
}

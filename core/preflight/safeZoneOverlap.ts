/**
 * Unsafe overlap warnings: which texts and logos of a page sit where the platform's own UI (header,
 * buttons column, caption, reply bar) will cover them. Pure; the layers panel and the export dialog
 * show the result, neither blocks anything (the designer may mean it: a full-bleed photo is fine).
 *
 * What is checked, and why only that:
 * - texts: covered words are the classic failure (a title under the caption);
 * - logo-like images: images whose box is smaller than LOGO_MAX_PAGE_FRACTION of the page. Small
 *   pictures are marks, badges and logos, which must stay whole; large ones are backgrounds and
 *   photos that are meant to run under the UI.
 * Shapes, videos and big images never warn; hidden elements (or children of hidden groups) and
 * texts with no visible character are skipped.
 *
 * The test is on the element's real rotated box (not the axis-aligned box around it), clipped to the
 * page: what lies off the page is never seen, so it cannot be covered. An element overlaps when part
 * of it lies more than OVERLAP_TOLERANCE pixels outside the safe rectangle.
 */
import { cornersOf, rotatePoint } from '../editor/bounds';
import type { PixelSafeZone } from '../formats/geometry';
import type { Insets, Overlay, Rect } from '../formats/schema';
import type { Element } from '../schema/design';
import { elementLabel } from '../elements';

/** Below this share of the page's area, an image counts as logo-like (15 %: a 1080x1920 page allows about 560 px square). */
export const LOGO_MAX_PAGE_FRACTION = 0.15;
/** Design pixels an element may cross the safe edge by without a warning (snapped edges, rounding). */
export const OVERLAP_TOLERANCE = 1;

type Side = keyof Insets;
export type UnsafeArea = { kind: 'overlay'; id: Overlay['id'] } | { kind: 'margin'; side: Side };

export interface UnsafeOverlap {
  /** The element that overlaps (a group child keeps its own id). */
  elementId: string;
  /** The top-level element holding it: the row the layers panel shows. Equal to elementId at the top level. */
  topLevelId: string;
  /** Its label (core/elements `elementLabel`: the user's name or a text's words); empty: say its kind. */
  name: string;
  role: 'text' | 'logo';
  /**
   * What covers it: the platform UI overlays it touches, in the zone's order. When it touches none
   * (a side margin with no widget drawn there, or a zone without overlays), the margins it crosses.
   */
  areas: UnsafeArea[];
}

interface Point {
  x: number;
  y: number;
}

/** Maps a point from an element's parent coordinates to page coordinates. */
type ToPage = (p: Point) => Point;

const SIDES: readonly Side[] = ['top', 'right', 'bottom', 'left'];
/** Areas below this (square design pixels) are rounding noise, not an overlap. */
const AREA_EPSILON = 0.01;

export function isLogoLike(element: Element, page: { width: number; height: number }): boolean {
  return element.type === 'image' && element.width * element.height < LOGO_MAX_PAGE_FRACTION * page.width * page.height;
}

function roleOf(element: Element, page: { width: number; height: number }): UnsafeOverlap['role'] | null {
  if (element.type === 'text') return element.text.trim() === '' ? null : 'text';
  return isLogoLike(element, page) ? 'logo' : null;
}

/** Sutherland–Hodgman clipping of a convex polygon to an axis-aligned rectangle. */
export function clipToRect(polygon: readonly Point[], rect: Rect): Point[] {
  const edges: Array<{ inside: (p: Point) => boolean; cross: (a: Point, b: Point) => Point }> = [
    { inside: (p) => p.x >= rect.x, cross: (a, b) => atX(a, b, rect.x) },
    { inside: (p) => p.x <= rect.x + rect.width, cross: (a, b) => atX(a, b, rect.x + rect.width) },
    { inside: (p) => p.y >= rect.y, cross: (a, b) => atY(a, b, rect.y) },
    { inside: (p) => p.y <= rect.y + rect.height, cross: (a, b) => atY(a, b, rect.y + rect.height) },
  ];
  let output: Point[] = [...polygon];
  for (const edge of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i];
      const previous = input[(i + input.length - 1) % input.length];
      if (edge.inside(current)) {
        if (!edge.inside(previous)) output.push(edge.cross(previous, current));
        output.push(current);
      } else if (edge.inside(previous)) output.push(edge.cross(previous, current));
    }
    if (output.length === 0) break;
  }
  return output;
}

function atX(a: Point, b: Point, x: number): Point {
  const t = (x - a.x) / (b.x - a.x);
  return { x, y: a.y + t * (b.y - a.y) };
}

function atY(a: Point, b: Point, y: number): Point {
  const t = (y - a.y) / (b.y - a.y);
  return { x: a.x + t * (b.x - a.x), y };
}

export function polygonArea(polygon: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i];
    const b = polygon[(i + 1) % polygon.length];
    sum += a.x * b.y - b.x * a.y;
  }
  return Math.abs(sum) / 2;
}

function touches(polygon: readonly Point[], rect: Rect): boolean {
  return rect.width > 0 && rect.height > 0 && polygonArea(clipToRect(polygon, rect)) > AREA_EPSILON;
}

/**
 * The sides of the safe rectangle this (page-clipped, convex) polygon crosses by more than the
 * tolerance. A convex polygon lies inside a rectangle exactly when its corners do, so corners suffice.
 */
function crossedSides(visible: readonly Point[], safe: Rect): Side[] {
  const t = OVERLAP_TOLERANCE;
  const crossed: Record<Side, boolean> = {
    top: visible.some((p) => p.y < safe.y - t),
    right: visible.some((p) => p.x > safe.x + safe.width + t),
    bottom: visible.some((p) => p.y > safe.y + safe.height + t),
    left: visible.some((p) => p.x < safe.x - t),
  };
  return SIDES.filter((side) => crossed[side]);
}

/**
 * Texts and logo-like images of a page whose visible part crosses into the unsafe bands of `zone`
 * (already in the page's pixels: core/formats/safeArea.ts), in page order, group children included.
 */
export function unsafeOverlaps(elements: readonly Element[], zone: PixelSafeZone, page: { width: number; height: number }): UnsafeOverlap[] {
  const pageRect: Rect = { x: 0, y: 0, width: page.width, height: page.height };
  const found: UnsafeOverlap[] = [];

  const visit = (element: Element, toPage: ToPage, topLevelId: string): void => {
    if (element.hidden) return;
    if (element.type === 'group') {
      // Children are placed from the group's top-left corner and turn with it about its centre.
      const centre = { x: element.x + element.width / 2, y: element.y + element.height / 2 };
      const childToPage: ToPage = (p) => toPage(rotatePoint({ x: element.x + p.x, y: element.y + p.y }, centre, element.rotation));
      for (const child of element.children) visit(child, childToPage, topLevelId);
      return;
    }
    const role = roleOf(element, page);
    if (!role) return;
    const visible = clipToRect(cornersOf(element).map(toPage), pageRect);
    if (polygonArea(visible) <= AREA_EPSILON) return;
    const sides = crossedSides(visible, zone.safe);
    if (sides.length === 0) return;
    const overlays: UnsafeArea[] = zone.overlays.filter((o) => touches(visible, o.rect)).map((o) => ({ kind: 'overlay', id: o.id }));
    const margins: UnsafeArea[] = sides.map((side) => ({ kind: 'margin', side }));
    found.push({ elementId: element.id, topLevelId, name: elementLabel(element) ?? '', role, areas: overlays.length > 0 ? overlays : margins });
  };

  for (const element of elements) visit(element, (p) => p, element.id);
  return found;
}

/** The same, grouped by layers-panel row (top-level element id). */
export function unsafeOverlapsByRow(overlaps: readonly UnsafeOverlap[]): Map<string, UnsafeOverlap[]> {
  const rows = new Map<string, UnsafeOverlap[]>();
  for (const overlap of overlaps) rows.set(overlap.topLevelId, [...(rows.get(overlap.topLevelId) ?? []), overlap]);
  return rows;
}

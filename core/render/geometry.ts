/** Pure geometry shared by the renderer and the editor. */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The centred part of a w x h source that fills a frame of the given aspect ratio (CSS object-fit: cover). */
export function coverCrop(sourceWidth: number, sourceHeight: number, frameRatio: number, focalX = 0.5, focalY = 0.5): Box {
  const sourceRatio = sourceWidth / sourceHeight;
  if (sourceRatio > frameRatio) {
    const width = sourceHeight * frameRatio;
    return { x: (sourceWidth - width) * clamp(focalX, 0, 1), y: 0, width, height: sourceHeight };
  }
  const height = sourceWidth / frameRatio;
  return { x: 0, y: (sourceHeight - height) * clamp(focalY, 0, 1), width: sourceWidth, height };
}

/** Where a w x h source sits inside a frame so that all of it shows (object-fit: contain). */
export function containBox(sourceWidth: number, sourceHeight: number, frameWidth: number, frameHeight: number): Box {
  const scale = Math.min(frameWidth / sourceWidth, frameHeight / sourceHeight);
  const width = sourceWidth * scale;
  const height = sourceHeight * scale;
  return { x: (frameWidth - width) / 2, y: (frameHeight - height) / 2, width, height };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export type Point = { x: number; y: number };

/**
 * Stretches points so their bounding box is exactly 0..width x 0..height. Fabric sizes a polygon
 * to its points, so a shape that did not fill its box would shrink each time it is read back.
 */
export function fitPointsToBox(points: readonly Point[], width: number, height: number): Point[] {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const spanX = Math.max(...xs) - minX || 1;
  const spanY = Math.max(...ys) - minY || 1;
  return points.map((p) => ({ x: ((p.x - minX) / spanX) * width, y: ((p.y - minY) / spanY) * height }));
}

/** A star with `points` tips filling a w x h box. */
export function starPoints(width: number, height: number, points: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? 0.5 : 0.2;
    const a = (Math.PI * i) / points - Math.PI / 2;
    out.push({ x: width / 2 + Math.cos(a) * r * width, y: height / 2 + Math.sin(a) * r * height });
  }
  return fitPointsToBox(out, width, height);
}

/** A regular polygon with `sides` sides filling a w x h box. */
export function polygonPoints(width: number, height: number, sides: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < sides; i++) {
    const a = (2 * Math.PI * i) / sides - Math.PI / 2;
    out.push({ x: width / 2 + (Math.cos(a) * width) / 2, y: height / 2 + (Math.sin(a) * height) / 2 });
  }
  return fitPointsToBox(out, width, height);
}

/** A right-pointing arrow filling a w x h box: a shaft 40% of the height and a head. */
export function arrowPoints(width: number, height: number): Point[] {
  const head = Math.min(width * 0.4, height * 1.2);
  const shaftTop = height * 0.3;
  const shaftBottom = height * 0.7;
  return [
    { x: 0, y: shaftTop },
    { x: width - head, y: shaftTop },
    { x: width - head, y: 0 },
    { x: width, y: height / 2 },
    { x: width - head, y: height },
    { x: width - head, y: shaftBottom },
    { x: 0, y: shaftBottom },
  ];
}

/**
 * A speech bubble filling a w x h box as SVG path data: a rounded body over the top 78% and a
 * tail down to the bottom edge, near the left. Straight edges touch x = 0, x = w and y = 0 and
 * the tail's tip touches y = h, so the path's bounding box is exactly the element's box (the
 * corner curves stay inside it) and reading it back never shrinks it.
 */
export function bubblePath(width: number, height: number, cornerRadius = 0): string {
  const body = height * 0.78;
  const wanted = cornerRadius > 0 ? cornerRadius : Math.min(width, body) * 0.2;
  // A quarter of the width at most, so the tail always has straight bottom edge to start from.
  const r = Math.max(0, Math.min(wanted, width / 4, body / 2));
  const inner = width - 2 * r;
  const tailLeft = r + inner * 0.15;
  const tailRight = r + inner * 0.4;
  const tipX = r + inner * 0.05;
  const n = (v: number) => Math.round(v * 1000) / 1000;
  return [
    `M ${n(r)} 0`,
    `L ${n(width - r)} 0`,
    `Q ${n(width)} 0 ${n(width)} ${n(r)}`,
    `L ${n(width)} ${n(body - r)}`,
    `Q ${n(width)} ${n(body)} ${n(width - r)} ${n(body)}`,
    `L ${n(tailRight)} ${n(body)}`,
    `L ${n(tipX)} ${n(height)}`,
    `L ${n(tailLeft)} ${n(body)}`,
    `L ${n(r)} ${n(body)}`,
    `Q 0 ${n(body)} 0 ${n(body - r)}`,
    `L 0 ${n(r)}`,
    `Q 0 0 ${n(r)} 0`,
    'Z',
  ].join(' ');
}

/**
 * A horizontal centre line across a w x h box, for a dashed line stroked as thick as the box.
 * The two zero-length segments at opposite corners draw nothing (butt caps) but make Fabric's
 * path bounds the whole box, so the line reads back with its thickness as its height.
 */
export function dashedLinePath(width: number, height: number): string {
  return `M 0 0 L 0 0 M ${width} ${height} L ${width} ${height} M 0 ${height / 2} L ${width} ${height / 2}`;
}

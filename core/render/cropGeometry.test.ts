/**
 * Crop mode's geometry: a crop and the picture box it implies convert both ways, the picture
 * always covers the frame whatever the user drags, the crop stays inside the source, and applying
 * an edit never moves what stays visible on the page (rotation and flips included).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  covers,
  cropEdit,
  cropFromPicture,
  effectiveCrop,
  keepCovering,
  localToPage,
  movePicture,
  pageToLocal,
  pictureFromCrop,
  resizeFrame,
  scalePictureFromCorner,
  shownCrop,
  sourcePointOnPage,
  type CropFractions,
  type CropFrameElement,
  type FrameHandle,
  type PictureCorner,
} from './cropGeometry';
import type { Box } from './geometry';
import { coverCrop } from './geometry';
import { createImageElement, createVideoElement } from '../schema/factory';
import { clipSourceRect } from '../video/clipCrop';

const size = fc.double({ min: 4, max: 4000, noNaN: true });
const coordinate = fc.double({ min: -3000, max: 3000, noNaN: true });
const bool = fc.boolean();

/** A crop inside the source: width and height in (0, 1], start so that start + size <= 1. */
const crop: fc.Arbitrary<CropFractions> = fc
  .record({ w: fc.double({ min: 0.02, max: 1, noNaN: true }), h: fc.double({ min: 0.02, max: 1, noNaN: true }), sx: fc.double({ min: 0, max: 1, noNaN: true }), sy: fc.double({ min: 0, max: 1, noNaN: true }) })
  .map(({ w, h, sx, sy }) => ({ x: sx * (1 - w), y: sy * (1 - h), width: w, height: h }));

const element: fc.Arbitrary<CropFrameElement> = fc.record({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  rotation: fc.double({ min: -360, max: 360, noNaN: true }),
  flipX: bool,
  flipY: bool,
});

const localBox: fc.Arbitrary<Box> = fc.record({ x: coordinate, y: coordinate, width: size, height: size });

function expectCropInSource(c: CropFractions) {
  for (const v of [c.x, c.y]) {
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThanOrEqual(1);
  }
  for (const v of [c.width, c.height]) {
    expect(v).toBeGreaterThan(0);
    expect(v).toBeLessThanOrEqual(1);
  }
  expect(c.x + c.width).toBeLessThanOrEqual(1 + 1e-9);
  expect(c.y + c.height).toBeLessThanOrEqual(1 + 1e-9);
}

function close(a: number, b: number, scale = 1) {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(scale), Math.abs(a), Math.abs(b));
}

function expectBoxClose(actual: Box, expected: Box) {
  const scale = Math.max(expected.width, expected.height);
  for (const key of ['x', 'y', 'width', 'height'] as const) expect(close(actual[key], expected[key], scale), `${key}: ${actual[key]} vs ${expected[key]}`).toBe(true);
}

const aspect = (b: Box) => b.width / b.height;

describe('crop <-> picture box', () => {
  it('crop -> picture -> crop gives the crop back, flipped or not (property)', () => {
    fc.assert(
      fc.property(size, size, crop, bool, bool, (w, h, c, flipX, flipY) => {
        const frame = { x: 0, y: 0, width: w, height: h };
        const picture = pictureFromCrop(frame, c, flipX, flipY);
        expect(covers(picture, frame, 1e-6 * Math.max(picture.width, picture.height))).toBe(true);
        const back = cropFromPicture(frame, picture, flipX, flipY);
        for (const key of ['x', 'y', 'width', 'height'] as const) expect(close(back[key], c[key])).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('picture -> crop -> picture gives the picture back when it covers the frame (property)', () => {
    fc.assert(
      fc.property(localBox, localBox, bool, bool, (frame, rawPicture, flipX, flipY) => {
        const picture = keepCovering(frame, rawPicture);
        const c = cropFromPicture(frame, picture, flipX, flipY);
        expectCropInSource(c);
        // pictureFromCrop is relative to the frame's own corner.
        const again = pictureFromCrop(frame, c, flipX, flipY);
        expectBoxClose({ ...again, x: again.x + frame.x, y: again.y + frame.y }, picture);
      }),
      { numRuns: 500 },
    );
  });

  it('the crop always stays within the source, whatever the picture (property)', () => {
    fc.assert(
      fc.property(localBox, localBox, bool, bool, (frame, picture, flipX, flipY) => {
        expectCropInSource(cropFromPicture(frame, picture, flipX, flipY));
      }),
      { numRuns: 500 },
    );
  });

  it('no crop means the centred cover crop, as buildImage draws it', () => {
    // 300 x 200 source in a square frame: the middle 200 x 200.
    expect(effectiveCrop(undefined, 300, 200, 50, 50)).toEqual({ x: 50 / 300, y: 0, width: 200 / 300, height: 1 });
    expect(effectiveCrop({ x: 0.1, y: 0.2, width: 0.3, height: 0.4 }, 300, 200, 50, 50)).toEqual({ x: 0.1, y: 0.2, width: 0.3, height: 0.4 });
  });

  it('a flip mirrors where the picture lies behind the frame', () => {
    const frame = { width: 100, height: 100 };
    const left = { x: 0, y: 0, width: 0.5, height: 1 };
    // Unflipped, the left half shows: the picture runs off to the right.
    expect(pictureFromCrop(frame, left)).toEqual({ x: -0, y: -0, width: 200, height: 100 });
    // Mirrored, the left half of the source is drawn on the right of the picture: it runs off to the left.
    expect(pictureFromCrop(frame, left, true)).toEqual({ x: -100, y: -0, width: 200, height: 100 });
  });
});

describe('dragging keeps the frame covered', () => {
  it('keepCovering covers the frame and keeps the aspect ratio (property)', () => {
    fc.assert(
      fc.property(localBox, localBox, (frame, picture) => {
        const kept = keepCovering(frame, picture);
        expect(covers(kept, frame, 1e-6 * Math.max(kept.width, kept.height))).toBe(true);
        expect(close(aspect(kept), aspect(picture))).toBe(true);
        // A picture that already covers stays exactly where it is.
        expectBoxClose(keepCovering(frame, kept), kept);
      }),
      { numRuns: 500 },
    );
  });

  it('movePicture stops at the frame edges', () => {
    const frame = { x: 0, y: 0, width: 100, height: 100 };
    const picture = { x: -50, y: 0, width: 200, height: 100 };
    expect(movePicture(frame, picture, 30, 0)).toEqual({ x: -20, y: 0, width: 200, height: 100 });
    expect(movePicture(frame, picture, 500, 40)).toEqual({ x: 0, y: 0, width: 200, height: 100 });
    expect(movePicture(frame, picture, -500, 0)).toEqual({ x: -100, y: 0, width: 200, height: 100 });
  });

  it('corner scaling keeps the aspect ratio, the opposite corner and the cover (property)', () => {
    const corner = fc.constantFrom<PictureCorner>('tl', 'tr', 'br', 'bl');
    fc.assert(
      fc.property(localBox, localBox, corner, coordinate, coordinate, (frame, raw, which, px, py) => {
        const picture = keepCovering(frame, raw);
        const scaled = scalePictureFromCorner(frame, picture, which, { x: px, y: py });
        const eps = 1e-6 * Math.max(scaled.width, scaled.height, picture.width);
        expect(covers(scaled, frame, eps)).toBe(true);
        expect(close(aspect(scaled), aspect(picture))).toBe(true);
        // The opposite corner stays put.
        const anchorX = which.includes('l') ? picture.x + picture.width : picture.x;
        const anchorY = which.includes('t') ? picture.y + picture.height : picture.y;
        expect(close(which.includes('l') ? scaled.x + scaled.width : scaled.x, anchorX, picture.width)).toBe(true);
        expect(close(which.includes('t') ? scaled.y + scaled.height : scaled.y, anchorY, picture.height)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('dragging a corner outwards grows the picture, inwards stops at the frame', () => {
    const frame = { x: 0, y: 0, width: 100, height: 100 };
    const picture = { x: 0, y: 0, width: 200, height: 100 };
    expect(scalePictureFromCorner(frame, picture, 'br', { x: 400, y: 200 })).toEqual({ x: 0, y: 0, width: 400, height: 200 });
    // Shrinking: the height reaches the frame's first.
    expect(scalePictureFromCorner(frame, picture, 'br', { x: 10, y: 10 })).toEqual({ x: 0, y: 0, width: 200, height: 100 });
  });

  it('resizing the frame keeps it inside the picture and at least minSize (property)', () => {
    const handle = fc.constantFrom<FrameHandle>('tl', 't', 'tr', 'r', 'br', 'b', 'bl', 'l');
    fc.assert(
      fc.property(localBox, localBox, handle, coordinate, coordinate, (frame, raw, which, px, py) => {
        const picture = keepCovering(frame, raw);
        const resized = resizeFrame(frame, picture, which, { x: px, y: py }, 2);
        const eps = 1e-6 * Math.max(picture.width, picture.height);
        expect(covers(picture, resized, eps)).toBe(true);
        expect(resized.width).toBeGreaterThanOrEqual(Math.min(2, frame.width) - eps);
        expect(resized.height).toBeGreaterThanOrEqual(Math.min(2, frame.height) - eps);
        // Edges the handle doesn't name stay where they were.
        if (!which.includes('l')) expect(resized.x).toBe(frame.x);
        if (!which.includes('t')) expect(resized.y).toBe(frame.y);
      }),
      { numRuns: 500 },
    );
  });
});

describe('applying the edit', () => {
  it('local <-> page round trip, any rotation (property)', () => {
    fc.assert(
      fc.property(element, coordinate, coordinate, (el, x, y) => {
        const back = pageToLocal(el, localToPage(el, { x, y }));
        expect(close(back.x, x, 4000)).toBe(true);
        expect(close(back.y, y, 4000)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('nothing moved: the same box and crop come back (rotation 0 and rotated, flipped)', () => {
    for (const el of [
      { x: 10, y: 20, width: 300, height: 200, rotation: 0, flipX: false, flipY: false },
      { x: 10, y: 20, width: 300, height: 200, rotation: 35, flipX: true, flipY: false },
    ]) {
      const c = { x: 0.1, y: 0.2, width: 0.5, height: 0.6 };
      const frame = { x: 0, y: 0, width: el.width, height: el.height };
      const edit = cropEdit(el, frame, pictureFromCrop(frame, c, el.flipX, el.flipY));
      expect(edit.x).toBeCloseTo(el.x, 9);
      expect(edit.y).toBeCloseTo(el.y, 9);
      expect(edit.width).toBe(el.width);
      expect(edit.height).toBe(el.height);
      for (const key of ['x', 'y', 'width', 'height'] as const) expect(edit.crop[key]).toBeCloseTo(c[key], 9);
    }
  });

  it('cropping the right half away, unrotated: the box shrinks to the left half, the crop halves', () => {
    const el = { x: 100, y: 100, width: 200, height: 100, rotation: 0, flipX: false, flipY: false };
    const frame = { x: 0, y: 0, width: 200, height: 100 };
    const picture = pictureFromCrop(frame, { x: 0, y: 0, width: 1, height: 1 });
    const edit = cropEdit(el, resizeFrame(frame, picture, 'r', { x: 100, y: 50 }, 1), picture);
    expect(edit).toEqual({ crop: { x: 0, y: 0, width: 0.5, height: 1 }, x: 100, y: 100, width: 100, height: 100 });
  });

  it('cropping the right half away, rotated 90°: the kept half is the upper one on the page', () => {
    // Rotated 90° clockwise about its centre (200, 150), the element's local right points down.
    const el = { x: 100, y: 100, width: 200, height: 100, rotation: 90, flipX: false, flipY: false };
    const frame = { x: 0, y: 0, width: 200, height: 100 };
    const picture = pictureFromCrop(frame, { x: 0, y: 0, width: 1, height: 1 });
    const edit = cropEdit(el, resizeFrame(frame, picture, 'r', { x: 100, y: 50 }, 1), picture);
    expect(edit.crop).toEqual({ x: 0, y: 0, width: 0.5, height: 1 });
    // The kept half's centre: local (50, 50) -> page (200, 100); the new unrotated box is centred there.
    expect(edit.x).toBeCloseTo(150, 9);
    expect(edit.y).toBeCloseTo(50, 9);
    expect([edit.width, edit.height]).toEqual([100, 100]);
  });

  it('what stays visible stays put on the page, whatever the rotation, flips and edit (property)', () => {
    const corner = fc.constantFrom<PictureCorner>('tl', 'tr', 'br', 'bl');
    const handle = fc.constantFrom<FrameHandle>('tl', 't', 'tr', 'r', 'br', 'b', 'bl', 'l');
    fc.assert(
      fc.property(element, crop, handle, corner, coordinate, coordinate, coordinate, coordinate, coordinate, coordinate, (el, c, h, k, fx, fy, sx, sy, mx, my) => {
        const frame0 = { x: 0, y: 0, width: el.width, height: el.height };
        let picture = pictureFromCrop(frame0, c, el.flipX, el.flipY);
        picture = movePicture(frame0, picture, mx, my);
        picture = scalePictureFromCorner(frame0, picture, k, { x: sx, y: sy });
        const frame = resizeFrame(frame0, picture, h, { x: fx, y: fy }, 1);
        const edit = cropEdit(el, frame, picture);
        expectCropInSource(edit.crop);
        const after = { ...el, x: edit.x, y: edit.y, width: edit.width, height: edit.height };
        // The source's point at the new frame's centre: same spot on the page through the edit's
        // picture (before) and through the applied element (after).
        const u = edit.crop.x + edit.crop.width / 2;
        const v = edit.crop.y + edit.crop.height / 2;
        const expected = localToPage(el, { x: picture.x + (el.flipX ? 1 - u : u) * picture.width, y: picture.y + (el.flipY ? 1 - v : v) * picture.height });
        const actual = sourcePointOnPage(after, edit.crop, u, v);
        const scale = Math.max(picture.width, picture.height, 4000);
        expect(close(actual.x, expected.x, scale)).toBe(true);
        expect(close(actual.y, expected.y, scale)).toBe(true);
        // And that point is the new frame's centre.
        const centre = localToPage(el, { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 });
        expect(close(actual.x, centre.x, scale)).toBe(true);
        expect(close(actual.y, centre.y, scale)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the crop crop mode starts from', () => {
  const pixelSide = fc.integer({ min: 16, max: 4000 });

  it('an image: its own crop as stored (stretched over its frame), else the centred cover crop', () => {
    const image = createImageElement({ assetId: 'a'.repeat(64), x: 0, y: 0, width: 300, height: 100 });
    const cover = coverCrop(600, 600, 3);
    expect(shownCrop(image, { width: 600, height: 600 })).toEqual({ x: 0, y: cover.y / 600, width: 1, height: cover.height / 600 });
    const own = { x: 0.1, y: 0.2, width: 0.5, height: 0.5 };
    expect(shownCrop({ ...image, crop: own }, { width: 600, height: 600 })).toEqual(own);
  });

  it('a clip: the part its crop keeps (whole pixels, clipSourceRect) cut to its box shape about its centre (property)', () => {
    fc.assert(
      fc.property(pixelSide, pixelSide, size, size, crop, bool, (sw, sh, bw, bh, c, cropped) => {
        const clip = createVideoElement({ assetId: 'a'.repeat(64), x: 0, y: 0, width: bw, height: bh, ...(cropped ? { crop: c } : {}) });
        const shown = shownCrop(clip, { width: sw, height: sh });
        expectCropInSource(shown);
        // The box's shape, in the source's pixels.
        expect((shown.width * sw) / (shown.height * sh)).toBeCloseTo(bw / bh, 6);
        // Inside the kept pixels, centred in them.
        const kept = clipSourceRect(clip, { width: sw, height: sh });
        const left = shown.x * sw - kept.x;
        const right = kept.x + kept.width - (shown.x + shown.width) * sw;
        expect(left).toBeGreaterThanOrEqual(-1e-6);
        expect(right).toBeGreaterThanOrEqual(-1e-6);
        expect(left).toBeCloseTo(right, 6);
        // Crop mode's picture from it gives it back when the user changes nothing.
        const frame = { x: 0, y: 0, width: bw, height: bh };
        const back = cropEdit(clip, frame, keepCovering(frame, pictureFromCrop(frame, shown))).crop;
        for (const key of ['x', 'y', 'width', 'height'] as const) expect(back[key]).toBeCloseTo(shown[key], 6);
      }),
    );
  });
});

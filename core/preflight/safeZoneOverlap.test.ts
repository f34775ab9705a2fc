import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cornersOf, rotatedBounds } from '../editor/bounds';
import { FORMATS } from '../formats/catalog';
import { profileGridCropFor, safeAreaFor } from '../formats/safeArea';
import type { PixelSafeZone } from '../formats/geometry';
import { createImageElement, createShapeElement, createTextElement } from '../schema/factory';
import type { Element, GroupElement } from '../schema/design';
import { clipToRect, isLogoLike, polygonArea, unsafeOverlaps, unsafeOverlapsByRow, LOGO_MAX_PAGE_FRACTION, OVERLAP_TOLERANCE } from './safeZoneOverlap';

const ASSET = 'a'.repeat(64);
const REEL = { width: 1080, height: 1920 };

function zoneOf(preset: string, width = 1080, height = 1920): PixelSafeZone {
  const found = safeAreaFor({ preset, width, height });
  if (!found.ok) throw new Error(`${preset} has no safe zone`);
  return found.pixels;
}

const reels = zoneOf('instagram-reel');
const text = (props: Partial<Parameters<typeof createTextElement>[0]> & { x: number; y: number; width: number }) =>
  createTextElement({ text: 'Title', name: 'Title', ...props });
const logo = (x: number, y: number, size = 160) => createImageElement({ assetId: ASSET, x, y, width: size, height: size, name: 'Logo' });

function group(children: Element[], props: Partial<GroupElement> = {}): GroupElement {
  return { id: 'g1', name: 'Group', type: 'group', x: 0, y: 0, width: 1080, height: 1920, rotation: 0, opacity: 1, locked: false, hidden: false, children, ...props };
}

describe('safe area lookup (core/formats/safeArea.ts)', () => {
  it('gives Meta Reels its official zone in the design’s pixels', () => {
    const found = safeAreaFor({ preset: 'instagram-reel', width: 1080, height: 1920 });
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.zone.status).toBe('official');
    expect(found.pixels.safe.y).toBeCloseTo(0.14 * 1920);
    expect(found.pixels.safe.y + found.pixels.safe.height).toBeCloseTo(0.65 * 1920);
    expect(found.pixels.safe.x).toBeCloseTo(0.06 * 1080);
  });

  it('scales a zone to a larger copy of the same proportions, and refuses a reshaped page', () => {
    const double = safeAreaFor({ preset: 'tiktok-video', width: 2160, height: 3840 });
    expect(double.ok && double.zone.status).toBe('approximate');
    if (double.ok) expect(double.pixels.insets.bottom).toBeCloseTo(920);
    expect(safeAreaFor({ preset: 'tiktok-video', width: 1080, height: 1080 })).toMatchObject({ ok: false, reason: 'reshaped' });
  });

  it('says why there is none: custom size, unknown preset, format without a zone', () => {
    expect(safeAreaFor({ preset: null, width: 1000, height: 1000 })).toMatchObject({ ok: false, reason: 'custom' });
    expect(safeAreaFor({ preset: 'not-a-format', width: 1000, height: 1000 })).toMatchObject({ ok: false, reason: 'unknown-preset' });
    expect(safeAreaFor({ preset: 'youtube-thumbnail', width: 1280, height: 720 })).toMatchObject({ ok: false, reason: 'none' });
  });

  it('finds the centred 3:4 profile-grid crop of Instagram feed posts only', () => {
    const crop = profileGridCropFor({ preset: 'instagram-portrait', width: 1080, height: 1350 });
    expect(crop?.rect.height).toBeCloseTo(1350);
    expect(crop?.rect.width).toBeCloseTo(1012.5);
    expect(crop?.rect.x).toBeCloseTo(33.75);
    expect(profileGridCropFor({ preset: 'instagram-square', width: 1080, height: 1080 })?.rect.width).toBeCloseTo(810);
    expect(profileGridCropFor({ preset: 'instagram-reel', width: 1080, height: 1920 })).toBeNull();
    expect(profileGridCropFor({ preset: null, width: 1080, height: 1350 })).toBeNull();
  });

  it('every catalog zone leaves a non-empty safe area at the preset size', () => {
    for (const format of FORMATS.filter((f) => f.safeZone)) {
      const found = safeAreaFor({ preset: format.id, width: format.width, height: format.height });
      expect(found.ok, format.id).toBe(true);
      if (found.ok) expect(found.pixels.safe.width * found.pixels.safe.height, format.id).toBeGreaterThan(0);
    }
  });
});

describe('unsafe overlaps', () => {
  it('flags a title in the Reels caption area and names that area', () => {
    const title = text({ x: 140, y: 1500, width: 800 });
    expect(unsafeOverlaps([title], reels, REEL)).toEqual([
      { elementId: title.id, topLevelId: title.id, name: 'Title', role: 'text', areas: [{ kind: 'overlay', id: 'caption' }] },
    ]);
  });

  it('leaves a centred title alone', () => {
    expect(unsafeOverlaps([text({ x: 140, y: 900, width: 800 })], reels, REEL)).toEqual([]);
  });

  it('flags a small logo under the header or the buttons column, not a full-bleed photo', () => {
    const topLogo = logo(900, 40);
    const sideLogo = logo(960, 800, 100);
    const photo = createImageElement({ assetId: ASSET, x: 0, y: 0, width: 1080, height: 1920 });
    const found = unsafeOverlaps([photo, topLogo, sideLogo], reels, REEL);
    expect(found.map((f) => [f.elementId, f.role, f.areas])).toEqual([
      [topLogo.id, 'logo', [{ kind: 'overlay', id: 'header' }]],
      [sideLogo.id, 'logo', [{ kind: 'overlay', id: 'buttons' }]],
    ]);
  });

  it('names the margin when no platform widget is drawn there (Reels’ left 6 %)', () => {
    const found = unsafeOverlaps([text({ x: 20, y: 900, width: 400 })], reels, REEL);
    expect(found[0].areas).toEqual([{ kind: 'margin', side: 'left' }]);
  });

  it('ignores hidden elements, children of hidden groups, shapes, empty texts, and what lies off the page', () => {
    const low = { x: 100, y: 1600, width: 600 };
    const elements: Element[] = [
      text({ ...low, hidden: true }),
      group([text(low)], { hidden: true }),
      createShapeElement({ shape: 'rect', x: 0, y: 1700, width: 1080, height: 220 }),
      text({ ...low, text: '   ' }),
      text({ x: 100, y: 1930, width: 600 }),
    ];
    expect(unsafeOverlaps(elements, reels, REEL)).toEqual([]);
  });

  it('uses the rotated box: a tall text turned upright reaches the header', () => {
    // 900 x 77 centred at (540, 700): flat it spans x 90..990 (safe: 65..1015); turned 90° it spans y 250..1150 (header: 0..269).
    const turned = text({ x: 90, y: 662, width: 900, height: 77 });
    expect(unsafeOverlaps([turned], reels, REEL)).toEqual([]);
    const upright = unsafeOverlaps([{ ...turned, rotation: 90 }], reels, REEL);
    expect(upright[0].areas).toEqual([{ kind: 'overlay', id: 'header' }]);
  });

  it('places group children from the group’s corner and rotation, and reports them on the group’s row', () => {
    const child = text({ x: 40, y: 0, width: 400 });
    const g = group([child], { x: 100, y: 1400, width: 600, height: 200 });
    const found = unsafeOverlaps([g], reels, REEL);
    expect(found.map((f) => [f.elementId, f.topLevelId])).toEqual([[child.id, 'g1']]);
    expect([...unsafeOverlapsByRow(found).keys()]).toEqual(['g1']);
  });

  it('defines logo-like as an image under 15 % of the page', () => {
    const side = Math.sqrt(LOGO_MAX_PAGE_FRACTION * 1080 * 1920);
    expect(isLogoLike(logo(0, 0, side - 1), REEL)).toBe(true);
    expect(isLogoLike(logo(0, 0, side + 1), REEL)).toBe(false);
    expect(isLogoLike(createShapeElement({ shape: 'rect', x: 0, y: 0, width: 10, height: 10 }), REEL)).toBe(false);
  });

  it('clips polygons to rectangles', () => {
    const square = [
      { x: -10, y: -10 },
      { x: 10, y: -10 },
      { x: 10, y: 10 },
      { x: -10, y: 10 },
    ];
    expect(polygonArea(clipToRect(square, { x: 0, y: 0, width: 100, height: 100 }))).toBeCloseTo(100);
    expect(clipToRect(square, { x: 50, y: 50, width: 10, height: 10 })).toEqual([]);
  });
});

describe('unsafe overlaps (properties)', () => {
  const zones = FORMATS.filter((f) => f.safeZone).map((f) => ({ id: f.id, page: { width: f.width, height: f.height }, zone: zoneOf(f.id, f.width, f.height) }));
  const zoneArb = fc.constantFrom(...zones);
  const rotationArb = fc.double({ min: -360, max: 360, noNaN: true });
  const textArb = (page: { width: number; height: number }) =>
    fc.record({
      x: fc.double({ min: -200, max: page.width, noNaN: true }),
      y: fc.double({ min: -200, max: page.height, noNaN: true }),
      width: fc.double({ min: 5, max: 900, noNaN: true }),
      height: fc.double({ min: 5, max: 400, noNaN: true }),
      rotation: rotationArb,
    });

  it('never flags an element whose rotated bounds stay inside the safe area', () => {
    fc.assert(
      fc.property(zoneArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true }), rotationArb, (z, fx, fy, size, rotation) => {
        const { safe } = z.zone;
        // A box whose rotated bounds fit: its diagonal fits the safe area's smaller side.
        const side = (size * Math.min(safe.width, safe.height)) / Math.SQRT2;
        const x = safe.x + fx * (safe.width - side * Math.SQRT2) + (side * Math.SQRT2 - side) / 2;
        const y = safe.y + fy * (safe.height - side * Math.SQRT2) + (side * Math.SQRT2 - side) / 2;
        const el = text({ x, y, width: side, height: side, rotation });
        const bounds = rotatedBounds(el);
        fc.pre(bounds.x >= safe.x && bounds.y >= safe.y && bounds.x + bounds.width <= safe.x + safe.width && bounds.y + bounds.height <= safe.y + safe.height);
        expect(unsafeOverlaps([el], z.zone, z.page)).toEqual([]);
      }),
    );
  });

  it('always flags a text whose centre lies on the page deeper than the tolerance in an unsafe band', () => {
    fc.assert(
      fc.property(zoneArb.chain((z) => fc.tuple(fc.constant(z), textArb(z.page))), ([z, box]) => {
        const el = text(box);
        const c = { x: el.x + el.width / 2, y: el.y + el.height / 2 };
        const { safe } = z.zone;
        const t = OVERLAP_TOLERANCE + 1e-6;
        const onPage = c.x > 0 && c.y > 0 && c.x < z.page.width && c.y < z.page.height;
        const unsafe = c.x < safe.x - t || c.y < safe.y - t || c.x > safe.x + safe.width + t || c.y > safe.y + safe.height + t;
        fc.pre(onPage && unsafe);
        const found = unsafeOverlaps([el], z.zone, z.page);
        expect(found).toHaveLength(1);
        expect(found[0].areas.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives the same answer for a rotation and its half-turn, and for a child of an unrotated group', () => {
    fc.assert(
      fc.property(zoneArb.chain((z) => fc.tuple(fc.constant(z), textArb(z.page), fc.double({ min: -300, max: 300, noNaN: true }), fc.double({ min: -300, max: 300, noNaN: true }))), ([z, box, gx, gy]) => {
        const el = text(box);
        const direct = unsafeOverlaps([el], z.zone, z.page).map((f) => f.areas);
        const flipped = unsafeOverlaps([{ ...el, rotation: el.rotation + (el.rotation > 0 ? -180 : 180) }], z.zone, z.page).map((f) => f.areas);
        const grouped = unsafeOverlaps([group([{ ...el, x: el.x - gx, y: el.y - gy }], { x: gx, y: gy, width: 50, height: 50 })], z.zone, z.page).map((f) => f.areas);
        // Corners land within float noise of each other; only a box grazing the tolerance could differ.
        const grazing = cornersOf(el).some((p) =>
          [p.x - z.zone.safe.x, p.y - z.zone.safe.y, p.x - z.zone.safe.x - z.zone.safe.width, p.y - z.zone.safe.y - z.zone.safe.height, p.x, p.y, p.x - z.page.width, p.y - z.page.height].some(
            (d) => Math.abs(Math.abs(d) - OVERLAP_TOLERANCE) < 1e-6 || Math.abs(d) < 1e-6,
          ),
        );
        fc.pre(!grazing);
        expect(flipped).toEqual(direct);
        expect(grouped).toEqual(direct);
      }),
    );
  });

  it('flags only texts and logo-like images, never shapes or large images, and never hidden ones', () => {
    fc.assert(
      fc.property(
        zoneArb.chain((z) => fc.tuple(fc.constant(z), fc.array(fc.tuple(textArb(z.page), fc.constantFrom('text', 'image', 'shape'), fc.boolean()), { maxLength: 8 }))),
        ([z, specs]) => {
          const elements: Element[] = specs.map(([box, kind, hidden]) =>
            kind === 'text' ? text({ ...box, hidden }) : kind === 'image' ? createImageElement({ assetId: ASSET, ...box, hidden }) : createShapeElement({ shape: 'rect', ...box, hidden }),
          );
          const byId = new Map(elements.map((el) => [el.id, el]));
          for (const found of unsafeOverlaps(elements, z.zone, z.page)) {
            const el = byId.get(found.elementId)!;
            expect(el.hidden).toBe(false);
            expect(el.type === 'text' || isLogoLike(el, z.page)).toBe(true);
            expect(found.role).toBe(el.type === 'text' ? 'text' : 'logo');
          }
        },
      ),
    );
  });
});

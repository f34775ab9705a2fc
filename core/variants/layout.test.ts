import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rotatedBounds } from '../editor/bounds';
import { FORMATS } from '../formats';
import { createImageElement, createShapeElement, createTextElement } from '../schema/factory';
import type { Element } from '../schema/design';
import { LAYOUT_KEYS } from './variants';
import { inferConstraints, layoutElement, layoutElements, recropForFrame, uniformScale, type Size } from './layout';

const ASSET = 'a'.repeat(64);
const sizes = FORMATS.map((f) => ({ width: f.width, height: f.height }));
const EPS = 1e-6;

const element = (page: Size) =>
  fc
    .record({
      kind: fc.constantFrom('rect', 'text', 'image', 'ellipse'),
      fx: fc.double({ min: -0.2, max: 1, noNaN: true }),
      fy: fc.double({ min: -0.2, max: 1, noNaN: true }),
      fw: fc.double({ min: 0.01, max: 1.2, noNaN: true }),
      fh: fc.double({ min: 0.01, max: 1.2, noNaN: true }),
      rotation: fc.oneof(fc.constant(0), fc.double({ min: -180, max: 180, noNaN: true })),
      cropped: fc.boolean(),
    })
    .map(({ kind, fx, fy, fw, fh, rotation, cropped }): Element => {
      const box = { x: fx * page.width, y: fy * page.height, width: fw * page.width, height: fh * page.height };
      if (kind === 'text') return { ...createTextElement({ x: box.x, y: box.y, width: box.width, fontSize: Math.max(1, box.height / 3), text: 'Soldes d’été' }), height: box.height, rotation };
      if (kind === 'image')
        return { ...createImageElement({ assetId: ASSET, ...box }), rotation, ...(cropped ? { crop: { x: 0.1, y: 0.2, width: 0.5, height: 0.6 } } : {}) };
      return { ...createShapeElement({ shape: kind === 'rect' ? 'rect' : 'ellipse', ...box }), rotation };
    });

const inside = (el: Element, page: Size) => {
  const b = rotatedBounds(el);
  const tol = 1e-6 * Math.max(page.width, page.height);
  return b.x >= -tol && b.y >= -tol && b.x + b.width <= page.width + tol && b.y + b.height <= page.height + tol;
};

function contentOf(el: Element): Record<string, unknown> {
  const skip = new Set<string>([...LAYOUT_KEYS, 'crop']);
  return Object.fromEntries(Object.entries(el).filter(([key]) => !skip.has(key)));
}

describe('smart resize (layoutElements)', () => {
  it('keeps inside-page elements inside, never lets text overflow, keeps order and content (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...sizes).chain((from) => fc.tuple(fc.constant(from), fc.constantFrom(...sizes), fc.array(element(from), { minLength: 1, maxLength: 12 }))),
        ([from, to, elements]) => {
          const out = layoutElements(elements, from, to);
          const s = uniformScale(from, to);
          expect(out.map((el) => el.id)).toEqual(elements.map((el) => el.id));
          out.forEach((after, i) => {
            const before = elements[i];
            expect(contentOf(after)).toEqual(contentOf(before));
            if (inside(before, from)) expect(inside(after, to), `${before.type} ${JSON.stringify(rotatedBounds(before))} -> ${JSON.stringify(rotatedBounds(after))}`).toBe(true);
            if (after.type === 'text' && before.type === 'text') {
              // Same wrap or fewer lines: the box is at least as wide, relative to the font, as before,
              // and as tall relative to it.
              const font = after.fontSize / before.fontSize;
              expect(after.width / before.width).toBeGreaterThanOrEqual(font - EPS);
              expect(after.height / before.height).toBeGreaterThanOrEqual(font - EPS);
              if (before.fontSize * s >= 1 && before.fontSize * s <= 2000) expect(font).toBeCloseTo(s, 9);
            }
            expect(after.width).toBeGreaterThan(0);
            expect(after.height).toBeGreaterThan(0);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the same size changes nothing', () => {
    const els = [createShapeElement({ shape: 'rect', x: 1, y: 2, width: 3, height: 4 })];
    expect(layoutElements(els, { width: 100, height: 100 }, { width: 100, height: 100 })).toEqual(els);
  });

  it('a background stretches to the new page; a corner logo stays in its corner; a centred title stays centred', () => {
    const from = { width: 1080, height: 1350 };
    const to = { width: 1080, height: 1920 };
    const background = createImageElement({ assetId: ASSET, x: 0, y: 0, width: 1080, height: 1350 });
    const logo = createImageElement({ assetId: ASSET, x: 960, y: 1230, width: 80, height: 80 });
    const title = createTextElement({ x: 140, y: 200, width: 800, fontSize: 72, text: 'Titre' });
    expect(inferConstraints(background, from)).toEqual({ horizontal: 'leftRight', vertical: 'topBottom' });
    expect(inferConstraints(logo, from)).toEqual({ horizontal: 'right', vertical: 'bottom' });
    expect(inferConstraints(title, from).horizontal).toBe('center');

    const [bg, lg, tt] = layoutElements([background, logo, title], from, to);
    expect(bg).toMatchObject({ x: 0, y: 0, width: 1080, height: 1920 });
    // Same margins to the bottom-right corner (s = 1 here), same size.
    expect(lg).toMatchObject({ x: 960, y: 1920 - 120, width: 80, height: 80 });
    expect(tt.x + tt.width / 2).toBeCloseTo(540);
    expect(tt.type === 'text' && tt.fontSize).toBe(72);
  });

  it('explicit constraints win over inferred ones', () => {
    const el = { ...createShapeElement({ shape: 'rect', x: 100, y: 100, width: 100, height: 100 }), constraints: { horizontal: 'right' as const, vertical: 'top' as const } };
    const out = layoutElement(el, { width: 1000, height: 1000 }, { width: 2000, height: 1000 });
    expect(out).toMatchObject({ x: 2000 - 900, y: 100, width: 100, height: 100 });
  });

  it('a cropped picture whose frame changes shape keeps its aspect and its focal point', () => {
    // A 2:1 frame showing the middle half of a 4:1 picture... source ratio = 2 * (1 / 0.5) = 4.
    const el = { ...createImageElement({ assetId: ASSET, x: 0, y: 0, width: 200, height: 100 }), crop: { x: 0.25, y: 0, width: 0.5, height: 1 } };
    const crop = recropForFrame(el, 100, 100)!;
    const sourceRatio = 4;
    expect((crop.width * sourceRatio) / crop.height).toBeCloseTo(1);
    expect(crop.x + crop.width / 2).toBeCloseTo(0.5);
    expect(crop.x).toBeGreaterThanOrEqual(0);
    expect(crop.x + crop.width).toBeLessThanOrEqual(1);
  });
});

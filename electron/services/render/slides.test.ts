import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import sharp from 'sharp';
import { panoramaLayout, panoramaToSlides, slidesToPanorama } from '../../../core/carousel/panorama';
import { createDesign, createImageElement, createShapeElement, createTextElement } from '../../../core/schema/factory';
import { parseDesign } from '../../../core/schema/parseDesign';
import type { Design, Element } from '../../../core/schema/design';
import { renderPagePixels, type NodeRenderOptions } from './nodeRenderer';
import { pictureAsset } from './pixelTestUtils';
import { renderSlideImages, slideCount } from './slides';

/** RGBA pixels of an encoded image. */
async function rgba(bytes: Buffer) {
  const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The slides laid side by side, as one RGBA buffer. */
async function sideBySide(images: Buffer[]) {
  const parts = await Promise.all(images.map(rgba));
  const width = parts.reduce((sum, part) => sum + part.width, 0);
  const height = parts[0].height;
  const out = Buffer.alloc(width * height * 4);
  let x = 0;
  for (const part of parts) {
    expect(part.height).toBe(height);
    for (let y = 0; y < height; y++) part.data.copy(out, (y * width + x) * 4, y * part.width * 4, (y + 1) * part.width * 4);
    x += part.width;
  }
  return { data: out, width, height };
}

/** The largest difference of any channel of any pixel between two images of one size. */
function largestDifference(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length);
  let most = 0;
  for (let i = 0; i < a.length; i++) most = Math.max(most, Math.abs(a[i] - b[i]));
  return most;
}

/** The wide page's pixels with the alpha a PNG of them carries (an opaque page is written without it). */
async function widePixels(design: Design, options: NodeRenderOptions) {
  const wide = await renderPagePixels(design, 0, options);
  return { data: wide.data, width: wide.width, height: wide.height };
}

function panoramaOf(slide: { width: number; height: number }, slides: number, elements: Element[], fill = '#f4efe6'): Design {
  const { format, panorama } = panoramaLayout({ preset: null, ...slide }, slides, 0);
  const design = createDesign({ name: 'Panorama', kind: 'carousel', format, now: '2026-01-01T00:00:00.000Z' });
  return parseDesign({ ...design, panorama, pages: [{ ...design.pages[0], background: { fill }, elements }] }).design;
}

const colour = fc.constantFrom('#d62828', '#003049', '#f77f00', '#2a9d8f', '#6a4c93', '#80ed99');

describe('a panorama cut into slides', () => {
  it('property: the slides laid side by side are the wide render, pixel for pixel, and so are the separate slides it converts to', async () => {
    const picture = await pictureAsset(90, 60, '#3a86ff', [{ left: 10, top: 10, width: 30, height: 20, color: '#ffbe0b' }]);
    const options: NodeRenderOptions = { readAsset: picture.readAsset };
    const element = (slideWidth: number, slides: number, height: number) =>
      fc.oneof(
        fc.record({ x: fc.integer({ min: -40, max: slideWidth * slides }), y: fc.integer({ min: -20, max: height }), w: fc.integer({ min: 5, max: Math.round(slideWidth * 1.5) }), h: fc.integer({ min: 5, max: height }), fill: colour, rotation: fc.constantFrom(0, 0, 15, -30) }).map(
          ({ x, y, w, h, fill, rotation }): Element => createShapeElement({ shape: 'rect', x, y, width: w, height: h, fill, rotation }),
        ),
        fc.record({ x: fc.integer({ min: -20, max: slideWidth * slides }), y: fc.integer({ min: 0, max: height - 20 }), w: fc.integer({ min: 30, max: slideWidth }), words: fc.constantFrom('Été', 'Soldes 50 %', 'Swipe →', 'Hello world') }).map(
          ({ x, y, w, words }): Element => createTextElement({ x, y, width: w, height: 30, text: words, fontSize: 20, fill: '#111111' }),
        ),
        fc.record({ x: fc.integer({ min: -30, max: slideWidth * slides }), y: fc.integer({ min: -10, max: height }), w: fc.integer({ min: 10, max: slideWidth }), h: fc.integer({ min: 10, max: height }) }).map(
          ({ x, y, w, h }): Element => createImageElement({ assetId: picture.assetId, x, y, width: w, height: h }),
        ),
      );
    const wideDesign = fc
      .record({ slideWidth: fc.integer({ min: 40, max: 160 }), height: fc.integer({ min: 40, max: 120 }), slides: fc.integer({ min: 2, max: 4 }), fill: colour })
      .chain(({ slideWidth, height, slides, fill }) => fc.array(element(slideWidth, slides, height), { maxLength: 6 }).map((elements) => panoramaOf({ width: slideWidth, height }, slides, elements, fill)));

    await fc.assert(
      fc.asyncProperty(wideDesign, async (design) => {
        const wide = await widePixels(design, options);
        const cut = await renderSlideImages(design, 'png', options);
        expect(cut).toHaveLength(design.panorama!.slides);
        for (const image of cut) {
          const meta = await sharp(image).metadata();
          expect([meta.width, meta.height]).toEqual([design.panorama!.slide.width, design.panorama!.slide.height]);
        }
        const joined = await sideBySide(cut);
        expect([joined.width, joined.height]).toEqual([wide.width, wide.height]);
        expect(joined.data.equals(wide.data)).toBe(true);
        // The same picture from separate slides: the panorama converted, each page rendered alone.
        const separate = panoramaToSlides(design);
        const pages = await sideBySide(await renderSlideImages(separate, 'png', options));
        // Fabric draws a turned shape through a cache sized by the canvas: a few of its edge pixels
        // come out a few levels apart on a narrower canvas, even where nothing moved.
        expect(largestDifference(pages.data, wide.data)).toBeLessThanOrEqual(12);
      }),
      { numRuns: 25, seed: 20261203 },
    );
  });

  it('round trip: slides -> panorama -> slides renders every slide as it was', async () => {
    const picture = await pictureAsset(120, 80, '#8338ec', [{ left: 0, top: 0, width: 60, height: 80, color: '#fb5607' }]);
    const options: NodeRenderOptions = { readAsset: picture.readAsset };
    const design = createDesign({ name: 'Slides', kind: 'carousel', format: { preset: null, width: 200, height: 150 }, now: '2026-01-01T00:00:00.000Z' });
    design.pages = [
      { id: 'p1', background: { fill: '#ffffff' }, elements: [createTextElement({ x: 20, y: 20, width: 160, height: 40, text: 'Titre', fontSize: 28 })] },
      { id: 'p2', background: { fill: { kind: 'linear', angle: 0, stops: [{ offset: 0, color: '#ff0000' }, { offset: 1, color: '#0000ff' }] } }, elements: [createShapeElement({ shape: 'ellipse', x: 150, y: 40, width: 100, height: 60, fill: '#00ff00' })] },
      { id: 'p3', background: { fill: '#222222', image: { assetId: picture.assetId, fit: 'cover', focalX: 0.2, focalY: 0.5 } }, elements: [] },
    ];
    const size = () => ({ width: 120, height: 80 });
    const before = await renderSlideImages(design, 'png', options);
    const wide = parseDesign(slidesToPanorama(design, { pictureSize: size })).design;
    const viaWide = await renderSlideImages(wide, 'png', options);
    const back = parseDesign(panoramaToSlides(wide, { pictureSize: size })).design;
    expect(slideCount(back)).toBe(3);
    const after = await renderSlideImages(back, 'png', options);
    for (let i = 0; i < 3; i++) {
      const [a, b, c] = await Promise.all([rgba(before[i]), rgba(viaWide[i]), rgba(after[i])]);
      // Slide 3's picture is resampled once for its slot and once in a wider box; a gradient drawn
      // on a rectangle instead of the page may round a level apart.
      const tolerance = i === 2 ? 3 : 2;
      expect(largestDifference(a.data, b.data)).toBeLessThanOrEqual(tolerance);
      expect(largestDifference(a.data, c.data)).toBeLessThanOrEqual(tolerance);
    }
  });

  it('a background picture spanning the wide page becomes a picture cut the same way on each slide', async () => {
    const picture = await pictureAsset(300, 100, '#06d6a0', [{ left: 0, top: 0, width: 100, height: 100, color: '#ef476f' }, { left: 200, top: 50, width: 100, height: 50, color: '#118ab2' }]);
    const options: NodeRenderOptions = { readAsset: picture.readAsset };
    const design = panoramaOf({ width: 90, height: 120 }, 3, [createShapeElement({ shape: 'ellipse', x: 60, y: 30, width: 60, height: 60, fill: '#ffd166' })]);
    design.pages[0].background.image = { assetId: picture.assetId, fit: 'cover', focalX: 0.3, focalY: 0.5 };
    const wide = await widePixels(design, options);
    const slides = parseDesign(panoramaToSlides(design, { pictureSize: () => ({ width: 300, height: 100 }) })).design;
    expect(slides.pages.map((page) => page.elements[0].type)).toEqual(['image', 'image', 'image']);
    const pages = await sideBySide(await renderSlideImages(slides, 'png', options));
    // The picture is drawn from the same crop at the same size: at most a level of rounding apart.
    expect(largestDifference(pages.data, wide.data)).toBeLessThanOrEqual(3);
  });

  it('a design that is not a panorama: a slide per page; a slide that does not exist is refused', async () => {
    const design = createDesign({ name: 'One', format: { preset: null, width: 30, height: 20 } });
    const images = await renderSlideImages(design, 'jpeg', { readAsset: async () => null });
    expect(images).toHaveLength(1);
    await expect(renderSlideImages(design, 'png', { readAsset: async () => null }, [1])).rejects.toThrow('slide 2 does not exist');
  });
});

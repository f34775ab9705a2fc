/**
 * Pictures drawn smaller than they are (the usual case for photos) are resampled once to their
 * drawn size before drawing (core/render/picture.ts, RenderEnv.resample); rendered pages are
 * encoded from raw pixels with sharp. Both must leave the picture where it was and lose nothing.
 */
import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import * as fabricNode from 'fabric/node';
import { createDesign, createImageElement, type Design } from '../../../core/schema';
import { renderPage, type RenderEnv } from '../../../core/render';
import { nodeRenderEnv, registerBundledFonts, renderDesignPage } from './nodeRenderer';
import { noisyImage } from '../preflight/testImages';

type Rgb = [number, number, number];
const RED: Rgb = [255, 0, 0];
const BLUE: Rgb = [0, 0, 255];
const GREEN: Rgb = [0, 255, 0];
const YELLOW: Rgb = [255, 255, 0];
const WHITE: Rgb = [255, 255, 255];

async function decoded(bytes: Buffer) {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  return {
    info,
    data,
    at(x: number, y: number): number[] {
      const i = (y * info.width + x) * info.channels;
      return [...data.subarray(i, i + info.channels)];
    },
  };
}

const near = (actual: number[], expected: number[], tolerance = 16) => expected.every((value, i) => Math.abs(actual[i] - value) <= tolerance);

/** A w x h picture in four quadrants: red, blue / green, yellow (as stored, before any EXIF turn). */
async function quadrants(width: number, height: number, orientation?: number): Promise<Buffer> {
  const half = (background: string) => ({ input: { create: { width: width / 2, height: height / 2, channels: 3 as const, background } } });
  let image = sharp({ create: { width, height, channels: 3, background: '#ff0000' } }).composite([
    { ...half('#0000ff'), left: width / 2, top: 0 },
    { ...half('#00ff00'), left: 0, top: height / 2 },
    { ...half('#ffff00'), left: width / 2, top: height / 2 },
  ]);
  if (orientation) image = sharp(await image.jpeg({ quality: 95 }).toBuffer()).withMetadata({ orientation });
  return orientation ? image.jpeg({ quality: 95 }).toBuffer() : image.png().toBuffer();
}

function library(...files: Buffer[]) {
  const byId = new Map(files.map((file) => [createHash('sha256').update(file).digest('hex'), new Uint8Array(file)]));
  return { ids: [...byId.keys()], readAsset: async (id: string) => byId.get(id) ?? null };
}

function designOf(width: number, height: number, fill = '#ffffff'): Design {
  const design = createDesign({ name: 'Pictures', format: { preset: null, width, height } });
  design.pages[0].background.fill = fill;
  return design;
}

/** The same page drawn with the whole pictures, as the editor draws them (no resampler). */
async function wholePicturePixels(design: Design, readAsset: (id: string) => Promise<Uint8Array | null>) {
  registerBundledFonts();
  const env: RenderEnv = { ...nodeRenderEnv(readAsset), resample: undefined };
  const canvas = new fabricNode.StaticCanvas(undefined, { width: design.format.width, height: design.format.height, enableRetinaScaling: false });
  try {
    await renderPage(env, canvas as never, design, 0);
    return Buffer.from(canvas.getNodeCanvas().toBuffer('raw'));
  } finally {
    canvas.dispose();
  }
}

describe('pictures drawn smaller than they are', () => {
  it('keep their place, their crop and their quadrants', async () => {
    const { ids, readAsset } = library(await quadrants(1600, 1200));
    const design = designOf(400, 400);
    // Cover crop of the whole picture (same 4:3 shape), a tenth of its size, at (20, 30).
    design.pages[0].elements.push(createImageElement({ assetId: ids[0], x: 20, y: 30, width: 160, height: 120 }));
    // Only the yellow quarter, drawn at 100 x 75 below.
    design.pages[0].elements.push(createImageElement({ assetId: ids[0], x: 220, y: 250, width: 100, height: 75, crop: { x: 0.5, y: 0.5, width: 0.5, height: 0.5 } }));
    const page = await decoded(await renderDesignPage(design, 0, 'png', { readAsset }));
    expect(near(page.at(60, 60), RED)).toBe(true);
    expect(near(page.at(140, 60), BLUE)).toBe(true);
    expect(near(page.at(60, 120), GREEN)).toBe(true);
    expect(near(page.at(140, 120), YELLOW)).toBe(true);
    // The frame's edges: white just outside, the picture just inside.
    expect(near(page.at(18, 60), WHITE)).toBe(true);
    expect(near(page.at(22, 60), RED)).toBe(true);
    expect(near(page.at(140, 152), WHITE)).toBe(true);
    expect(near(page.at(140, 147), YELLOW)).toBe(true);
    for (const [x, y] of [[224, 254], [270, 287], [316, 321]]) expect(near(page.at(x, y), YELLOW)).toBe(true);
    expect(near(page.at(270, 330), WHITE)).toBe(true);
  });

  it('are turned upright by their EXIF orientation first', async () => {
    // Orientation 6: the stored picture is shown turned a quarter clockwise, 1200 x 1600.
    const { ids, readAsset } = library(await quadrants(1600, 1200, 6));
    const design = designOf(300, 400);
    design.pages[0].elements.push(createImageElement({ assetId: ids[0], x: 0, y: 0, width: 300, height: 400 }));
    const page = await decoded(await renderDesignPage(design, 0, 'png', { readAsset }));
    expect(near(page.at(75, 100), GREEN, 24)).toBe(true);
    expect(near(page.at(225, 100), RED, 24)).toBe(true);
    expect(near(page.at(75, 300), YELLOW, 24)).toBe(true);
    expect(near(page.at(225, 300), BLUE, 24)).toBe(true);
  });

  it('look like the whole picture drawn by the canvas, rounded corners, circle masks and rotation included', async () => {
    const photo = await noisyImage(1600, 1200, { seed: 4, noise: 30 }).jpeg({ quality: 90 }).toBuffer();
    const { ids, readAsset } = library(photo);
    const design = designOf(600, 500, '#202020');
    design.pages[0].elements.push(
      createImageElement({ assetId: ids[0], x: 10, y: 10, width: 280, height: 210 }),
      { ...createImageElement({ assetId: ids[0], x: 310, y: 10, width: 280, height: 210 }), cornerRadius: 40 },
      { ...createImageElement({ assetId: ids[0], x: 10, y: 240, width: 250, height: 250 }), mask: 'circle' as const },
      { ...createImageElement({ assetId: ids[0], x: 320, y: 260, width: 240, height: 180 }), rotation: 30 },
    );
    const resampled = await decoded(await renderDesignPage(design, 0, 'png', { readAsset }));
    const whole = await wholePicturePixels(design, readAsset);
    // node-canvas gives premultiplied BGRA; the page is opaque, so only B and R swap.
    let difference = 0;
    let far = 0;
    for (let i = 0, j = 0; i < resampled.data.length; i += resampled.info.channels, j += 4) {
      const d = Math.abs(resampled.data[i] - whole[j + 2]) + Math.abs(resampled.data[i + 1] - whole[j + 1]) + Math.abs(resampled.data[i + 2] - whole[j]);
      difference += d;
      if (d > 90) far++;
    }
    const pixels = resampled.info.width * resampled.info.height;
    // Two filters (lanczos ahead, cairo's while drawing) never give the same bits on grain, but
    // the same picture: a small mean difference, and no area that differs (a shift or a lost mask would).
    expect(difference / pixels / 3).toBeLessThan(12);
    expect(far / pixels).toBeLessThan(0.01);
    // The masks still mask: the rounded corner and outside the circle show the background.
    expect(near(resampled.at(312, 12), [0x20, 0x20, 0x20], 6)).toBe(true);
    expect(near(resampled.at(14, 244), [0x20, 0x20, 0x20], 6)).toBe(true);
  });

  it('fill the page as a background image, cover and contain', async () => {
    const { ids, readAsset } = library(await quadrants(1600, 1200));
    const cover = designOf(300, 300);
    cover.pages[0].background.image = { assetId: ids[0], fit: 'cover', focalX: 0.5, focalY: 0.5 };
    const c = await decoded(await renderDesignPage(cover, 0, 'png', { readAsset }));
    // The centred square: red and blue on top, green and yellow below, meeting in the middle.
    expect(near(c.at(10, 10), RED)).toBe(true);
    expect(near(c.at(290, 10), BLUE)).toBe(true);
    expect(near(c.at(10, 290), GREEN)).toBe(true);
    expect(near(c.at(290, 290), YELLOW)).toBe(true);
    expect(near(c.at(140, 140), RED)).toBe(true);
    expect(near(c.at(160, 160), YELLOW)).toBe(true);

    const contain = designOf(300, 300, '#000000');
    contain.pages[0].background.image = { assetId: ids[0], fit: 'contain', focalX: 0.5, focalY: 0.5 };
    const k = await decoded(await renderDesignPage(contain, 0, 'png', { readAsset }));
    // 300 x 225, centred: black bands above and below.
    expect(near(k.at(150, 20), [0, 0, 0])).toBe(true);
    expect(near(k.at(150, 280), [0, 0, 0])).toBe(true);
    expect(near(k.at(10, 50), RED)).toBe(true);
    expect(near(k.at(290, 250), YELLOW)).toBe(true);
  });

  it('are resampled for the export scale too (thumbnails)', async () => {
    const { ids, readAsset } = library(await quadrants(1600, 1200));
    const design = designOf(800, 600);
    design.pages[0].elements.push(createImageElement({ assetId: ids[0], x: 0, y: 0, width: 800, height: 600 }));
    const small = await decoded(await renderDesignPage(design, 0, 'png', { readAsset, scale: 0.25 }));
    expect([small.info.width, small.info.height]).toEqual([200, 150]);
    expect(near(small.at(40, 30), RED)).toBe(true);
    expect(near(small.at(160, 120), YELLOW)).toBe(true);
  });
});

describe('encoding a rendered page', () => {
  it('writes every pixel of the canvas, exactly, in a PNG', async () => {
    const { ids, readAsset } = library(await noisyImage(600, 400, { seed: 9, noise: 60 }).png().toBuffer());
    const design = designOf(500, 400, '#3366cc');
    design.pages[0].elements.push(createImageElement({ assetId: ids[0], x: 50, y: 50, width: 600, height: 400 }));
    const png = await decoded(await renderDesignPage(design, 0, 'png', { readAsset }));
    const canvas = await wholePicturePixels(design, readAsset);
    // Drawn at its size or larger, the picture is drawn whole in both: the same bits.
    expect(png.info.channels).toBe(3); // opaque page: no alpha channel
    let mismatches = 0;
    for (let i = 0, j = 0; i < png.data.length; i += 3, j += 4) {
      if (png.data[i] !== canvas[j + 2] || png.data[i + 1] !== canvas[j + 1] || png.data[i + 2] !== canvas[j]) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('keeps transparency where the page has some', async () => {
    const design = designOf(100, 100, 'transparent');
    const png = await decoded(await renderDesignPage(design, 0, 'png', { readAsset: async () => null }));
    expect(png.info.channels).toBe(4);
    expect(png.at(50, 50)[3]).toBe(0);
    // JPEG has no alpha: transparent areas become white.
    const jpeg = await decoded(await renderDesignPage(design, 0, 'jpeg', { readAsset: async () => null }));
    expect(near(jpeg.at(50, 50), WHITE, 2)).toBe(true);
  });

  it('uses PNG row filters on a photographic page, where they halve the file', async () => {
    const photo = await noisyImage(1080, 1350, { seed: 2, noise: 25 }).jpeg({ quality: 90 }).toBuffer();
    const { ids, readAsset } = library(photo);
    const design = designOf(1080, 1350);
    design.pages[0].elements.push(createImageElement({ assetId: ids[0], x: 0, y: 0, width: 1080, height: 1350 }));
    const png = await renderDesignPage(design, 0, 'png', { readAsset });
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const unfiltered = await sharp(data, { raw: info }).png().toBuffer();
    expect(png.length).toBeLessThan(unfiltered.length * 0.8);
  });
});

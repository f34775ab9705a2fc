import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { createHash } from 'node:crypto';
import { createDesign, createImageElement, createShapeElement, createTextElement, type Design } from '../../../core/schema';
import { IMAGE_FILE_TYPES } from '../../../core/files/imageTypes';
import { renderDesignPage } from './nodeRenderer';

async function pixels(bytes: Buffer) {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return {
    info,
    at(x: number, y: number): [number, number, number] {
      const i = (y * info.width + x) * info.channels;
      return [data[i], data[i + 1], data[i + 2]];
    },
  };
}

const near = (actual: number[], expected: number[], tolerance = 12) =>
  actual.every((value, i) => Math.abs(value - expected[i]) <= tolerance);

function designOf(width: number, height: number): Design {
  return createDesign({ name: 'Test', format: { preset: null, width, height } });
}

const noAssets = { readAsset: async () => null };

describe('node renderer (core/render on fabric/node)', () => {
  it('writes the exact pixel size in every type', async () => {
    const design = designOf(1080, 1350);
    for (const type of IMAGE_FILE_TYPES) {
      const meta = await sharp(await renderDesignPage(design, 0, type, noAssets)).metadata();
      expect([meta.width, meta.height, meta.format]).toEqual([1080, 1350, type]);
    }
  });

  it('places shapes where the design says, rotation about their centre', async () => {
    const design = designOf(200, 200);
    design.pages[0].background.fill = '#ffffff';
    design.pages[0].elements.push(createShapeElement({ shape: 'rect', x: 20, y: 20, width: 60, height: 40, fill: '#ff0000' }));
    design.pages[0].elements.push(createShapeElement({ shape: 'rect', x: 100, y: 140, width: 80, height: 20, fill: '#0000ff', rotation: 90 }));
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    expect(near(p.at(25, 25), [255, 0, 0])).toBe(true);
    expect(near(p.at(85, 25), [255, 255, 255])).toBe(true);
    // Rotated 90° about its centre (140, 150): now 20 wide and 80 tall.
    expect(near(p.at(140, 115), [0, 0, 255])).toBe(true);
    expect(near(p.at(105, 150), [255, 255, 255])).toBe(true);
  });

  it('draws a linear gradient background from the first colour to the last', async () => {
    const design = designOf(300, 100);
    design.pages[0].background.fill = { kind: 'linear', angle: 0, stops: [{ offset: 0, color: '#ff0000' }, { offset: 1, color: '#0000ff' }] };
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    expect(near(p.at(2, 50), [255, 0, 0], 20)).toBe(true);
    expect(near(p.at(297, 50), [0, 0, 255], 20)).toBe(true);
    const mid = p.at(150, 50);
    expect(mid[0]).toBeGreaterThan(80);
    expect(mid[2]).toBeGreaterThan(80);
  });

  it('draws a text outline under the fill (meme style)', async () => {
    const design = designOf(400, 200);
    design.pages[0].background.fill = '#00ff00';
    design.pages[0].elements.push(
      createTextElement({ x: 0, y: 40, width: 400, text: 'III', fontFamily: 'Anton', fontSize: 120, fill: '#ffffff', stroke: { color: '#000000', width: 12 } }),
    );
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    const counts = { white: 0, black: 0 };
    for (let y = 0; y < 200; y++) {
      for (let x = 0; x < 400; x++) {
        const px = p.at(x, y);
        if (near(px, [255, 255, 255], 30)) counts.white++;
        if (near(px, [0, 0, 0], 30)) counts.black++;
      }
    }
    // Both the fill and the outline are visible: the outline did not eat the letters.
    expect(counts.white).toBeGreaterThan(1500);
    expect(counts.black).toBeGreaterThan(1500);
  });

  it('crops images to cover their frame, and honours an explicit crop', async () => {
    // Left half red, right half blue.
    const image = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ff0000' } })
      .composite([{ input: { create: { width: 100, height: 100, channels: 3, background: '#0000ff' } }, left: 100, top: 0 }])
      .png()
      .toBuffer();
    const assetId = createHash('sha256').update(image).digest('hex');
    const readAsset = async (id: string) => (id === assetId ? new Uint8Array(image) : null);

    const cover = designOf(100, 100);
    cover.pages[0].elements.push(createImageElement({ assetId, x: 0, y: 0, width: 100, height: 100 }));
    const c = await pixels(await renderDesignPage(cover, 0, 'png', { readAsset }));
    // The centred square crop shows red on the left, blue on the right.
    expect(near(c.at(10, 50), [255, 0, 0])).toBe(true);
    expect(near(c.at(90, 50), [0, 0, 255])).toBe(true);

    const cropped = designOf(100, 100);
    cropped.pages[0].elements.push(createImageElement({ assetId, x: 0, y: 0, width: 100, height: 100, crop: { x: 0.5, y: 0, width: 0.5, height: 1 } }));
    const k = await pixels(await renderDesignPage(cropped, 0, 'png', { readAsset }));
    expect(near(k.at(10, 50), [0, 0, 255])).toBe(true);
    expect(near(k.at(90, 50), [0, 0, 255])).toBe(true);
  });

  it('draws a grey placeholder for a missing image instead of failing', async () => {
    const design = designOf(100, 100);
    design.pages[0].elements.push(createImageElement({ assetId: 'a'.repeat(64), x: 0, y: 0, width: 100, height: 100 }));
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    expect(near(p.at(50, 50), [0xd9, 0xd9, 0xde])).toBe(true);
  });

  it('says which page does not exist', async () => {
    await expect(renderDesignPage(designOf(10, 10), 3, 'png', noAssets)).rejects.toThrow('page 4 does not exist');
  });
});

/** Shapes, images and page backgrounds as exported from Node, checked on raw pixels. */
import { describe, expect, it } from 'vitest';
import { createImageElement, createShapeElement } from '../../../core/schema';
import { renderDesignPage } from './nodeRenderer';
import { designOf, near, noAssets, pictureAsset, pixels } from './pixelTestUtils';

const WHITE = [255, 255, 255];
const RED = [255, 0, 0];
const BLUE = [0, 0, 255];
const GREEN = [0, 255, 0];

/** 200 x 100: left half red, right half blue. */
const redBlue = () => pictureAsset(200, 100, '#ff0000', [{ left: 100, top: 0, width: 100, height: 100, color: '#0000ff' }]);

describe('node renderer: shapes', () => {
  it('fills a shape with a linear gradient from one end to the other', async () => {
    const design = designOf(320, 120);
    const fill = { kind: 'linear' as const, angle: 0, stops: [{ offset: 0, color: '#ff0000' }, { offset: 1, color: '#0000ff' }] };
    design.pages[0].elements.push(createShapeElement({ shape: 'rect', x: 10, y: 10, width: 300, height: 100, fill }));
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    expect(near(p.at(13, 60), RED, 20)).toBe(true);
    expect(near(p.at(307, 60), BLUE, 20)).toBe(true);
    const mid = p.at(160, 60);
    expect(mid[0]).toBeGreaterThan(80);
    expect(mid[2]).toBeGreaterThan(80);
    expect(near(p.at(5, 60), WHITE)).toBe(true);
  });

  it('draws a speech bubble: rounded body and a tail down to the bottom of its box', async () => {
    const design = designOf(240, 240);
    design.pages[0].elements.push(createShapeElement({ shape: 'bubble', x: 20, y: 20, width: 200, height: 200, fill: '#ff0000' }));
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    // Body (top 78% of the box) and the body's straight edges.
    expect(near(p.at(120, 70), RED)).toBe(true);
    expect(near(p.at(21, 100), RED, 40)).toBe(true);
    expect(near(p.at(218, 100), RED, 40)).toBe(true);
    // Rounded corners leave the box's corners empty.
    expect(near(p.at(22, 22), WHITE)).toBe(true);
    expect(near(p.at(217, 22), WHITE)).toBe(true);
    // The tail, below the body on the left; nothing below the body on the right.
    expect(near(p.at(20 + 58, 20 + 170), RED)).toBe(true);
    expect(near(p.at(20 + 150, 20 + 170), WHITE)).toBe(true);
    // Its tip reaches the bottom of the box and no further.
    const tail = p.where((px) => near(px, RED, 60), 0, 20 + 190, 240, 240);
    expect(tail.length).toBeGreaterThan(0);
    expect(Math.max(...tail.map((pt) => pt.y))).toBeLessThanOrEqual(220);
  });

  it('draws a dashed line as dashes of its thickness', async () => {
    const design = designOf(240, 100);
    design.pages[0].elements.push(
      createShapeElement({ shape: 'line', x: 20, y: 40, width: 200, height: 10, fill: '#000000', stroke: { color: '#000000', width: 10, dash: [20, 20] } }),
    );
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    expect(near(p.at(30, 45), [0, 0, 0])).toBe(true); // first dash: 20..40
    expect(near(p.at(50, 45), WHITE)).toBe(true); // gap: 40..60
    expect(near(p.at(70, 45), [0, 0, 0])).toBe(true); // second dash
    expect(near(p.at(30, 37), WHITE)).toBe(true); // thickness is the box height
    expect(near(p.at(30, 53), WHITE)).toBe(true);
  });

  it('draws an arrow with a dashed outline', async () => {
    const design = designOf(240, 140);
    design.pages[0].elements.push(
      createShapeElement({ shape: 'arrow', x: 20, y: 20, width: 200, height: 100, fill: 'transparent', stroke: { color: '#000000', width: 4, dash: [10, 10] } }),
    );
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    // Along the top edge of the shaft (30% of the height, up to where the 80 px head starts).
    const row = Array.from({ length: 100 }, (_, i) => near(p.at(30 + i, 50), [0, 0, 0], 80));
    const changes = row.filter((dark, i) => i > 0 && dark !== row[i - 1]).length;
    expect(row.filter(Boolean).length).toBeGreaterThan(30);
    expect(changes).toBeGreaterThanOrEqual(8);
    expect(near(p.at(60, 70), WHITE)).toBe(true); // not filled
  });
});

describe('node renderer: images', () => {
  it('flips images horizontally and vertically', async () => {
    const { assetId, readAsset } = await redBlue();
    const flipX = designOf(200, 100);
    flipX.pages[0].elements.push(createImageElement({ assetId, x: 0, y: 0, width: 200, height: 100, flipX: true }));
    const x = await pixels(await renderDesignPage(flipX, 0, 'png', { readAsset }));
    expect(near(x.at(10, 50), BLUE)).toBe(true);
    expect(near(x.at(190, 50), RED)).toBe(true);

    // Top red, bottom blue.
    const tb = await pictureAsset(100, 200, '#ff0000', [{ left: 0, top: 100, width: 100, height: 100, color: '#0000ff' }]);
    const flipY = designOf(100, 200);
    flipY.pages[0].elements.push(createImageElement({ assetId: tb.assetId, x: 0, y: 0, width: 100, height: 200, flipY: true }));
    const y = await pixels(await renderDesignPage(flipY, 0, 'png', { readAsset: tb.readAsset }));
    expect(near(y.at(50, 10), BLUE)).toBe(true);
    expect(near(y.at(50, 190), RED)).toBe(true);
  });

  it('clips an image to a circle with mask: circle', async () => {
    const { assetId, readAsset } = await pictureAsset(100, 100, '#0000ff');
    const design = designOf(120, 120);
    design.pages[0].elements.push(createImageElement({ assetId, x: 10, y: 10, width: 100, height: 100, mask: 'circle', cornerRadius: 0 }));
    const p = await pixels(await renderDesignPage(design, 0, 'png', { readAsset }));
    for (const [px, py] of [[13, 13], [106, 13], [13, 106], [106, 106]]) expect(near(p.at(px, py), WHITE)).toBe(true);
    for (const [px, py] of [[60, 60], [60, 13], [13, 60], [106, 60], [60, 106]]) expect(near(p.at(px, py), BLUE, 40)).toBe(true);
  });
});

describe('node renderer: page background image', () => {
  it('cover follows the focal point', async () => {
    const { assetId, readAsset } = await redBlue();
    for (const [focalX, expected] of [[0, RED], [1, BLUE]] as const) {
      const design = designOf(100, 100);
      design.pages[0].background.image = { assetId, fit: 'cover', focalX, focalY: 0.5 };
      const p = await pixels(await renderDesignPage(design, 0, 'png', { readAsset }));
      // The square crop sits at the left (focal 0) or right (focal 1) edge: one colour everywhere.
      for (const x of [3, 50, 96]) expect(near(p.at(x, 50), expected)).toBe(true);
    }
    const centred = designOf(100, 100);
    centred.pages[0].background.image = { assetId, fit: 'cover', focalX: 0.5, focalY: 0.5 };
    const c = await pixels(await renderDesignPage(centred, 0, 'png', { readAsset }));
    expect(near(c.at(10, 50), RED)).toBe(true);
    expect(near(c.at(90, 50), BLUE)).toBe(true);
  });

  it('contain shows all of the image, centred, over the background fill', async () => {
    const { assetId, readAsset } = await redBlue();
    const design = designOf(100, 100, '#00ff00');
    design.pages[0].background.image = { assetId, fit: 'contain', focalX: 0.5, focalY: 0.5 };
    const p = await pixels(await renderDesignPage(design, 0, 'png', { readAsset }));
    // 200 x 100 into 100 x 100: 100 x 50, from y = 25 to 75.
    expect(near(p.at(50, 10), GREEN)).toBe(true);
    expect(near(p.at(50, 90), GREEN)).toBe(true);
    expect(near(p.at(10, 50), RED)).toBe(true);
    expect(near(p.at(90, 50), BLUE)).toBe(true);
    expect(near(p.at(10, 28), RED)).toBe(true);
    expect(near(p.at(10, 22), GREEN)).toBe(true);
  });
});

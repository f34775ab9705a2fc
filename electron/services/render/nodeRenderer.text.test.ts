/**
 * Text features as exported from Node (fabric/node + node-canvas), checked on raw pixels: what the
 * editor shows is built by the same core/render code, so these pin down what users get.
 */
import { describe, expect, it } from 'vitest';
import * as fabricNode from 'fabric/node';
import { buildText, type FabricNS } from '../../../core/render';
import { createShapeElement, createTextElement } from '../../../core/schema';
import { renderDesignPage } from './nodeRenderer';
import { designOf, near, noAssets, pixels, type RGB } from './pixelTestUtils';

const isBlack = (px: RGB) => near(px, [0, 0, 0], 60);
const isRed = (px: RGB) => px[0] > 190 && px[1] < 70 && px[2] < 70;

describe('node renderer: text', () => {
  it('casts a text shadow at its offset from the glyphs', async () => {
    const design = designOf(300, 220);
    design.pages[0].elements.push(
      createTextElement({ x: 0, y: 20, width: 300, text: 'I', fontFamily: 'Anton', fontSize: 150, fill: '#000000', shadow: { color: '#ff0000', blur: 0, offsetX: 20, offsetY: 0 } }),
    );
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    const y = 110;
    const black = p.where(isBlack, 0, y, 300, y + 1).map((pt) => pt.x);
    expect(black.length).toBeGreaterThan(10);
    const right = Math.max(...black);
    // Just right of the letter, inside its copy 20 px to the right: the shadow colour.
    expect(isRed(p.at(right + 10, y))).toBe(true);
    // Left of the letter there is no shadow.
    expect(near(p.at(Math.min(...black) - 10, y), [255, 255, 255])).toBe(true);
  });

  it('draws the highlight box with padding and rounded corners behind the text', async () => {
    const design = designOf(400, 300);
    const el = createTextElement({ x: 100, y: 100, width: 200, text: 'Hi', fontSize: 40, fill: '#000000', background: { color: '#ff0000', padding: 20, radius: 20 } });
    design.pages[0].elements.push(el);
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    // Padding area (left of the text box, above it, below it): box colour.
    expect(isRed(p.at(90, 120))).toBe(true);
    expect(isRed(p.at(200, 88))).toBe(true);
    expect(isRed(p.at(105, 104))).toBe(true);
    // Outside the padding: background.
    expect(near(p.at(75, 120), [255, 255, 255])).toBe(true);
    expect(near(p.at(200, 75), [255, 255, 255])).toBe(true);
    // The box's very corners are cut by the radius: background stays.
    expect(near(p.at(81, 81), [255, 255, 255])).toBe(true);
    expect(near(p.at(318, 81), [255, 255, 255])).toBe(true);
    // ...while the middle of its top edge is box colour.
    expect(isRed(p.at(200, 82))).toBe(true);
  });

  it('keeps the padded box whole when Fabric caches the object (as the browser editor does)', async () => {
    // fabric/node draws uncached; the browser caches each object on a canvas of its own size.
    const textbox = buildText(fabricNode as unknown as FabricNS, createTextElement({ x: 100, y: 100, width: 200, text: 'Hi', fontSize: 20, fill: '#000000', background: { color: '#ff0000', padding: 40, radius: 0 } }));
    textbox.objectCaching = true;
    const canvas = new fabricNode.StaticCanvas(undefined, { width: 400, height: 300, enableRetinaScaling: false, backgroundColor: '#ffffff' });
    canvas.add(textbox);
    canvas.renderAll();
    expect(textbox.shouldCache()).toBe(true);
    const p = await pixels(canvas.getNodeCanvas().toBuffer('image/png'));
    expect(isRed(p.at(65, 112))).toBe(true); // 35 px left of the text box, inside the 40 px padding
    expect(isRed(p.at(200, 65))).toBe(true); // above it
    expect(near(p.at(55, 112), [255, 255, 255])).toBe(true);
    canvas.dispose();
  });

  it('mixes styles in one text: a bold red word next to a normal black one', async () => {
    const design = designOf(500, 120);
    design.pages[0].elements.push(
      createTextElement({ x: 10, y: 20, width: 480, text: 'BOLD thin', fontSize: 60, fill: '#000000', align: 'left', styles: [{ start: 0, end: 4, fontWeight: 700, fill: '#ff0000' }] }),
    );
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    const red = p.where(isRed);
    const black = p.where(isBlack);
    expect(red.length).toBeGreaterThan(300);
    expect(black.length).toBeGreaterThan(150);
    // The red word comes first and the black one after it: no overlap between them.
    expect(Math.max(...red.map((pt) => pt.x))).toBeLessThan(Math.min(...black.map((pt) => pt.x)));
  });

  it('a bold run is heavier than the same letters in regular weight', async () => {
    const ink = async (fontWeight: number) => {
      const design = designOf(400, 120);
      design.pages[0].elements.push(
        createTextElement({ x: 10, y: 20, width: 380, text: 'MMMM', fontSize: 60, fill: '#000000', align: 'left', styles: [{ start: 0, end: 4, fontWeight }] }),
      );
      return (await pixels(await renderDesignPage(design, 0, 'png', noAssets))).where(isBlack).length;
    };
    expect(await ink(700)).toBeGreaterThan((await ink(400)) * 1.2);
  });

  it('draws colour emoji, not silhouettes and not boxes', async () => {
    const design = designOf(200, 140);
    design.pages[0].elements.push(createTextElement({ x: 0, y: 20, width: 200, text: '🔥', fontSize: 80, fill: '#000000' }));
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    const inked = p.where((px) => !near(px, [255, 255, 255], 20));
    expect(inked.length).toBeGreaterThan(1000);
    // Where the emoji is, the pixels are coloured (the flame is orange), not the black fill.
    const coloured = inked.filter(({ x, y }) => {
      const [r, g, b] = p.at(x, y);
      return r > 180 && r - b > 80 && g > 40;
    });
    expect(coloured.length).toBeGreaterThan(300);
    const xs = inked.map((pt) => pt.x);
    expect(Math.min(...xs)).toBeGreaterThan(40);
    expect(Math.max(...xs)).toBeLessThan(160);
  });

  it('an emoji keeps its colours and casts its shadow', async () => {
    const design = designOf(200, 260);
    design.pages[0].elements.push(
      createTextElement({ x: 0, y: 10, width: 200, text: '🔥', fontSize: 80, fill: '#000000', shadow: { color: '#0000ff', blur: 0, offsetX: 0, offsetY: 120 } }),
    );
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    const isBlue = ([r, g, b]: RGB) => b > 180 && r < 80 && g < 80;
    const orange = p.where(([r, g, b]) => r > 180 && r - b > 80 && g > 40);
    const emoji = p.where((px) => !near(px, [255, 255, 255], 20) && !isBlue(px));
    const blue = p.where(isBlue);
    expect(orange.length).toBeGreaterThan(300);
    expect(blue.length).toBeGreaterThan(300);
    // The shadow is the emoji's shape moved 120 px down (below it: nothing hides it).
    const top = (pts: Array<{ y: number }>) => Math.min(...pts.map((pt) => pt.y));
    expect(Math.abs(top(blue) - top(emoji) - 120)).toBeLessThanOrEqual(3);
  });

  it('auto-fit shrinks the text into its box', async () => {
    const design = designOf(300, 300);
    design.pages[0].elements.push(
      createTextElement({ x: 50, y: 50, width: 200, height: 80, text: 'Beaucoup trop de texte pour cette boîte', fontSize: 120, fill: '#000000', autoFit: true }),
    );
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    const inked = p.where(isBlack);
    expect(inked.length).toBeGreaterThan(200);
    // A few pixels of slack for antialiasing and glyph overhang.
    expect(Math.max(...inked.map((pt) => pt.y))).toBeLessThanOrEqual(50 + 80 + 4);
    expect(Math.min(...inked.map((pt) => pt.x))).toBeGreaterThanOrEqual(50 - 4);
    expect(Math.max(...inked.map((pt) => pt.x))).toBeLessThanOrEqual(250 + 4);
  });

  it('a text inside a group keeps its highlight box and styles', async () => {
    const design = designOf(300, 200);
    design.pages[0].elements.push({
      id: 'g', type: 'group', name: 'g', x: 50, y: 50, width: 200, height: 100, rotation: 0, opacity: 1, locked: false, hidden: false,
      children: [
        createShapeElement({ shape: 'rect', x: 0, y: 0, width: 10, height: 10, fill: '#00ff00' }),
        createTextElement({ x: 40, y: 30, width: 120, text: 'ok', fontSize: 30, fill: '#000000', background: { color: '#ff0000', padding: 10, radius: 0 } }),
      ],
    });
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    expect(isRed(p.at(50 + 40 - 5, 50 + 30 + 10))).toBe(true);
    expect(near(p.at(50 + 40 - 15, 50 + 30 + 10), [255, 255, 255])).toBe(true);
  });
});

/**
 * Icons from the Elements panel's set as exported from Node (core/render/icon.ts), on raw pixels:
 * the drawing matches the icon's own SVG drawn by another renderer (librsvg, through sharp), in
 * the element's colour and nothing else; recolouring changes the colour and not a pixel of the
 * shape; rotation turns the drawing; a v8 file with icons renders.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ACTIONS, HeadlessEditor } from '../../../core/editor';
import { iconPathOf } from '../../../core/elements';
import type { IconSetFile } from '../../../core/elementSets/types';
import { createIconElement, parseDesign, type IconElement, type IconPath } from '../../../core/schema';
import { renderDesignPage } from './nodeRenderer';
import { designOf, near, noAssets, pixels, type RGB } from './pixelTestUtils';

const set = JSON.parse(readFileSync(new URL('../../../assets/icons/tabler.json', import.meta.url), 'utf8')) as IconSetFile;

function drawing(name: string, style: 'outline' | 'filled' = 'outline'): IconPath[] {
  const row = set.icons.find((icon) => icon[0] === name);
  const records = row?.[style === 'outline' ? 3 : 4];
  if (!records) throw new Error(`no ${style} icon ${name}`);
  return records.map(iconPathOf);
}

const icon = (name: string, props: Partial<IconElement> = {}) =>
  createIconElement({ icon: `tabler:${name}`, paths: drawing(name, props.style), x: 20, y: 20, width: 240, height: 240, color: '#e03131', ...props });

async function render(elements: IconElement[], size = 280) {
  const design = designOf(size, size);
  design.pages[0].elements.push(...elements);
  return pixels(await renderDesignPage(design, 0, 'png', noAssets));
}

/** The icon as its own SVG (what the set's SVG file says), drawn by librsvg on white. */
async function svgReference(paths: IconPath[], color: string, size = 280, box = { x: 20, y: 20, side: 240 }) {
  const body = paths.map((p) => `<path d="${p.d}" fill="${p.fill ? color : 'none'}" stroke="${p.stroke ? color : 'none'}"/>`).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="#ffffff"/>
    <svg x="${box.x}" y="${box.y}" width="${box.side}" height="${box.side}" viewBox="0 0 24 24" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg></svg>`;
  return pixels(await sharp(Buffer.from(svg)).png().toBuffer());
}

type Pixels = Awaited<ReturnType<typeof pixels>>;
const inked = (px: RGB) => px[0] < 250 || px[1] < 250 || px[2] < 250;
/** Pixels whose ink (not white) differs between two renders, out of the inked pixels of either. */
function inkMismatch(a: Pixels, b: Pixels): { differing: number; inked: number } {
  let differing = 0;
  let total = 0;
  for (let y = 0; y < a.info.height; y++) {
    for (let x = 0; x < a.info.width; x++) {
      const pa = a.at(x, y);
      const pb = b.at(x, y);
      if (!inked(pa) && !inked(pb)) continue;
      total++;
      if (!near(pa, pb, 64)) differing++;
    }
  }
  return { differing, inked: total };
}

describe('node renderer: icons', () => {
  it.each([['heart'], ['home'], ['calendar'], ['user'], ['phone']])('draws the outline icon %s as its SVG draws (librsvg), in its colour', async (name) => {
    const ours = await render([icon(name)]);
    const reference = await svgReference(drawing(name), '#e03131');
    const { differing, inked: total } = inkMismatch(ours, reference);
    expect(total).toBeGreaterThan(2000);
    // Antialiased edges differ between two rasterisers; the strokes themselves do not.
    expect(differing / total).toBeLessThan(0.04);
    // Only the icon's colour (and its blend with white at the edges) is on the page.
    const foreign = ours.where((px) => inked(px) && !(px[0] > 200 && Math.abs(px[1] - px[2]) < 30));
    expect(foreign).toEqual([]);
  });

  it('an icon added through the editor (addIcon, then a swatch: recolorIcons) exports in the colour chosen', async () => {
    const design = designOf(400, 400);
    const editor = new HeadlessEditor(design);
    const row = set.icons.find((entry) => entry[0] === 'heart')!;
    editor.run(ACTIONS.addIcon, { set: set.set, name: 'heart', style: 'outline', viewBox: set.viewBox, paths: row[3]!, color: '#1c1b22' });
    editor.run(ACTIONS.recolorIcons, { color: '#19a974' });
    const added = editor.design.pages[0].elements[0] as IconElement;
    expect(added).toMatchObject({ width: 100, height: 100, x: 150, y: 150, color: '#19a974' });
    const p = await pixels(await renderDesignPage(editor.design, 0, 'png', noAssets));
    const green = p.where((px) => near(px, [0x19, 0xa9, 0x74], 6));
    expect(green.length).toBeGreaterThan(300);
    // All of it inside the icon's box; nothing of the first colour anywhere.
    expect(green.every(({ x, y }) => x >= 150 && x < 250 && y >= 150 && y < 250)).toBe(true);
    expect(p.where((px) => near(px, [0x1c, 0x1b, 0x22], 6))).toEqual([]);
  });

  it('draws filled icons filled: the star is solid in its middle', async () => {
    const ours = await render([icon('star', { style: 'filled', color: '#1c7ed6' })]);
    expect(near(ours.at(140, 150), [0x1c, 0x7e, 0xd6], 4)).toBe(true);
    const reference = await svgReference(drawing('star', 'filled'), '#1c7ed6');
    const { differing, inked: total } = inkMismatch(ours, reference);
    expect(differing / total).toBeLessThan(0.04);
  });

  it('recolouring changes every inked pixel to the new colour and leaves the shape as it was', async () => {
    const red = await render([icon('heart', { color: '#ff0000' })]);
    const blue = await render([icon('heart', { color: '#0000ff' })]);
    let solid = 0;
    let coverageDiffers = 0;
    let notRecoloured = 0;
    for (let y = 0; y < 280; y++) {
      for (let x = 0; x < 280; x++) {
        const r = red.at(x, y);
        const b = blue.at(x, y);
        // Same coverage: red's green channel equals blue's (both are white blended by coverage).
        if (Math.abs(r[1] - b[1]) > 1) coverageDiffers++;
        if (near(r, [255, 0, 0], 2)) {
          solid++;
          if (!near(b, [0, 0, 255], 2)) notRecoloured++;
        }
      }
    }
    expect(solid).toBeGreaterThan(1500);
    expect({ coverageDiffers, notRecoloured }).toEqual({ coverageDiffers: 0, notRecoloured: 0 });
  });

  it('turns with its rotation: arrow-right turned 90 degrees draws arrow-down', async () => {
    const turned = await render([icon('arrow-right', { rotation: 90 })]);
    const down = await render([icon('arrow-down')]);
    const { differing, inked: total } = inkMismatch(turned, down);
    expect(total).toBeGreaterThan(1000);
    expect(differing / total).toBeLessThan(0.02);
  });

  it('draws strokes as wide as its line width says, scaled with the icon', async () => {
    // A horizontal line across the middle: "minus" is M5 12l14 0; at 240 px a unit is 10 px.
    const thin = await render([icon('minus', { strokeWidth: 1 })]);
    const thick = await render([icon('minus', { strokeWidth: 3 })]);
    const column = (p: Pixels) => p.where((px) => near(px, [0xe0, 0x31, 0x31], 40), 140, 0, 141, 280).length;
    expect(Math.abs(column(thin) - 10)).toBeLessThanOrEqual(2);
    expect(Math.abs(column(thick) - 30)).toBeLessThanOrEqual(2);
  });

  it('renders the v8 fixture, icons inside and outside groups', async () => {
    const raw = JSON.parse(readFileSync(new URL('../../../core/schema/fixtures/design.v8.json', import.meta.url), 'utf8'));
    const { design } = parseDesign(raw);
    const heart = design.pages[0].elements.find((el) => el.id === 'e-icon-heart') as IconElement;
    design.pages[0].elements = [heart, { ...heart, id: 'g', type: 'group' as const, children: [{ ...heart, id: 'child', x: 0, y: 0 }] } as never];
    design.pages[0].background = { fill: '#ffffff' };
    const p = pixels(await renderDesignPage(design, 0, 'png', noAssets));
    const ink = (await p).where((px) => near(px, [0xef, 0x47, 0x6f], 30));
    expect(ink.length).toBeGreaterThan(500);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { runCli } from './testing';
import { panoramaLayout } from '../../core/carousel/panorama';
import { createDesign, createShapeElement, createTextElement } from '../../core/schema/factory';
import { packDesign } from '../services/portable';

const cli = (...argv: string[]) => runCli(argv);

let tmp: string;
let panoramaFile: string;
let stillFile: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-carousel-'));
  // Three Instagram slides side by side: a red square astride the first seam, a text across the second.
  const slide = { preset: 'instagram-carousel', width: 1080, height: 1350 };
  const { format, panorama } = panoramaLayout(slide, 3, 40);
  const design = { ...createDesign({ name: 'Vue sur mer', kind: 'carousel', format }), panorama };
  design.pages[0].background.fill = '#ffffff';
  design.pages[0].elements = [
    createShapeElement({ shape: 'rect', x: 980, y: 500, width: 200, height: 200, fill: '#ff0000' }),
    createTextElement({ x: 2000, y: 1000, width: 400, height: 100, text: 'Au large', fontSize: 60, fill: '#000000' }),
  ];
  panoramaFile = path.join(tmp, 'vue.affiche');
  writeFileSync(panoramaFile, await packDesign(design, async () => null));
  stillFile = path.join(tmp, 'still.affiche');
  writeFileSync(stillFile, await packDesign(createDesign({ name: 'Seule', format: slide }), async () => null));
});

/** Whether the pixel at (x, y) of an image file is red. */
async function redAt(file: string, x: number, y: number): Promise<boolean> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return data[i] > 200 && data[i + 1] < 60 && data[i + 2] < 60;
}

describe('affiche carousel split', () => {
  it('writes the numbered slides of a panorama at the exact slide size; the seam cuts nothing away; a cut text is a note', async () => {
    const out = path.join(tmp, 'split');
    const result = await cli('carousel', 'split', panoramaFile, '--out', out);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.out).toHaveLength(3);
    expect(result.out.map((file) => path.basename(file))).toEqual([...result.out.map((file) => path.basename(file))].sort());
    for (const file of result.out) expect(await sharp(file).metadata()).toMatchObject({ width: 1080, height: 1350 });
    // The square runs from x 980 to 1180 on the wide page: 980..1079 on slide 1, 0..99 on slide 2.
    expect(await redAt(result.out[0], 1079, 600)).toBe(true);
    expect(await redAt(result.out[0], 979, 600)).toBe(false);
    expect(await redAt(result.out[1], 0, 600)).toBe(true);
    expect(await redAt(result.out[1], 99, 600)).toBe(true);
    expect(await redAt(result.out[1], 100, 600)).toBe(false);
    expect(result.err).toContain('affiche: note: The seam between slides 2 and 3 cuts the text "Au large": move it inside one slide.');
  });

  it('affiche render writes the same slides', async () => {
    const out = path.join(tmp, 'render');
    const result = await cli('render', panoramaFile, '--out', out, '--page', '2');
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.out).toHaveLength(1);
    expect(await redAt(result.out[0], 0, 600)).toBe(true);
  });

  it('the example panorama renders as its 3 Instagram slides', async () => {
    const example = path.resolve(__dirname, '../../assets/examples/panorama-calanques.affiche');
    const result = await cli('carousel', 'split', example, '--out', path.join(tmp, 'example'));
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.out.map((file) => path.basename(file))).toEqual(['Les calanques en panorama-01.png', 'Les calanques en panorama-02.png', 'Les calanques en panorama-03.png']);
    for (const file of result.out) expect(await sharp(file).metadata()).toMatchObject({ width: 1080, height: 1350 });
    // Its texts are kept clear of the seams: no note.
    expect(result.err.filter((line) => line.includes('note'))).toEqual([]);
  });

  it('a design that is not a panorama exits 1 with one clear line, and writes nothing', async () => {
    const out = path.join(tmp, 'refused');
    const result = await cli('carousel', 'split', stillFile, '--out', out);
    expect(result.code).toBe(1);
    expect(result.out).toEqual([]);
    expect(result.err).toEqual(['affiche: "Seule" is not a panorama: only a panorama is split into slides.']);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('usage: --out is needed, help documents the command', async () => {
    expect((await cli('carousel', 'split', panoramaFile)).err[0]).toContain('carousel split needs --out DIR');
    expect((await cli('carousel', 'slice')).err[0]).toContain('unknown carousel command "slice"');
    expect((await cli('--help')).out.join('\n')).toContain('carousel split <design> --out DIR');
    expect((await cli('help', 'carousel')).out.join('\n')).toContain('exits 1');
  });
});

/**
 * Meme text that always fits and always reads, on real pixels from the Node renderer (fabric/node
 * + node-canvas, the bundled fonts): the fitting engine (core/render/fitText.ts) measured by
 * node-canvas keeps every text's ink, outline included, inside its box; accents are not clipped;
 * emoji are drawn in colour from the bundled emoji face and never outlined, even on a system
 * without any emoji font.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as fabricNode from 'fabric/node';
import { buildText, fitKey, renderPage, storedLines, type FabricNS } from '../../../core/render';
import { createTextElement, type Design, type TextElement } from '../../../core/schema';
import { designOf, noAssets, pixels } from './pixelTestUtils';
import { nodeRenderEnv, registerBundledFonts, renderDesignPage } from './nodeRenderer';

const fabric = fabricNode as unknown as FabricNS;
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** A page's raw RGBA pixels, drawn straight on a node-canvas (no encoding: the property test draws hundreds). */
async function raw(design: Design) {
  registerBundledFonts();
  const canvas = new fabricNode.StaticCanvas(undefined, { width: design.format.width, height: design.format.height, enableRetinaScaling: false });
  try {
    await renderPage(nodeRenderEnv(noAssets.readAsset), canvas as never, design, 0);
    const { data, width } = canvas.getNodeCanvas().getContext('2d').getImageData(0, 0, design.format.width, design.format.height);
    return { at: (x: number, y: number) => [data[(y * width + x) * 4], data[(y * width + x) * 4 + 1], data[(y * width + x) * 4 + 2]] as const, width, height: design.format.height };
  } finally {
    canvas.dispose();
  }
}

type Box = { x: number; y: number; width: number; height: number };

/** Pixels that are not the white page outside the boxes, the ink inside them, and the topmost inked row. */
async function inkAround(design: Design, boxOrBoxes: Box | Box[]) {
  const boxes = Array.isArray(boxOrBoxes) ? boxOrBoxes : [boxOrBoxes];
  const p = await raw(design);
  let outside = 0;
  let inside = 0;
  let top = Infinity;
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const [r, g, b] = p.at(x, y);
      // Antialiasing below a tenth of full ink is no visible ink.
      if (r > 230 && g > 230 && b > 230) continue;
      const within = boxes.some((box) => x >= box.x && x < box.x + box.width && y >= box.y && y < box.y + box.height);
      if (within) {
        inside++;
        top = Math.min(top, y);
      } else outside++;
    }
  }
  return { outside, inside, top };
}

function pageWith(el: TextElement, margin = 30): Design {
  const design = designOf(Math.ceil(el.x + el.width + margin), Math.ceil(el.y + el.height + margin));
  design.pages[0].elements.push(el);
  return design;
}

const meme = (text: string, over: Partial<TextElement> = {}) =>
  createTextElement({ x: 30, y: 30, width: 600, height: 200, text, fontFamily: 'Anton', fontSize: 300, fill: '#ffffff', textCase: 'upper', stroke: { color: '#000000', width: 0, widthRatio: 0.08 }, autoFit: true, ...over });

describe('fitting meme text (Node renderer pixels)', () => {
  it('ÉTÉ À L’ÎLE ? keeps its accents and outline inside the box, and “?” never starts a line', async () => {
    for (const width of [600, 330, 240]) {
      const el = meme('été à l’île ?', { width });
      const { outside, inside, top } = await inkAround(pageWith(el), el);
      expect(outside).toBe(0);
      expect(inside).toBeGreaterThan(500);
      // The accents' outline is the first ink: right under the box's top edge, not cut by it.
      expect(top).toBeGreaterThanOrEqual(el.y);
      expect(top).toBeLessThanOrEqual(el.y + 6);
      const lines = buildText(fabric, el)._textLines.map((line) => line.join(''));
      for (const line of lines) expect(line.trimStart()).not.toMatch(/^\?/);
      expect(lines.join(' ')).toContain('ÎLE ?');
    }
  });

  it('a 40-letter word fits in one line, outline inside the box', async () => {
    const word = 'intergouvernementalisationnellementissim';
    const el = meme(word, { width: 700, height: 160 });
    const textbox = buildText(fabric, el);
    expect(textbox._textLines.length).toBe(1);
    expect(textbox.fontSize).toBeGreaterThan(20);
    const { outside, inside } = await inkAround(pageWith(el), el);
    expect(outside).toBe(0);
    expect(inside).toBeGreaterThan(500);
  });

  it('the outline grows with the fitted size (stroke.widthRatio) and is drawn under the fill, round-joined', () => {
    const big = buildText(fabric, meme('ok', { width: 600 }));
    const small = buildText(fabric, meme('ok ok ok ok ok ok ok ok ok ok', { width: 600 }));
    expect(small.fontSize).toBeLessThan(big.fontSize);
    expect(big.strokeWidth / big.fontSize).toBeCloseTo(0.08, 5);
    expect(small.strokeWidth / small.fontSize).toBeCloseTo(0.08, 5);
    expect([big.paintFirst, big.strokeLineJoin, big.strokeMiterLimit]).toEqual(['stroke', 'round', 2]);
  });

  it('an outlined, fitted text casts the shadow of its whole outlined letters', async () => {
    const design = designOf(400, 300);
    const el = createTextElement({ x: 20, y: 20, width: 360, height: 150, text: 'I I', fontFamily: 'Anton', fontSize: 200, fill: '#ffffff', stroke: { color: '#000000', width: 0, widthRatio: 0.06 }, shadow: { color: '#ff0000', blur: 0, offsetX: 0, offsetY: 110 }, styles: [{ start: 0, end: 1, fontWeight: 400 }], autoFit: true });
    design.pages[0].elements.push(el);
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    const red = p.where(([r, g, b]) => r > 200 && g < 60 && b < 60);
    const dark = p.where(([r, g, b]) => r < 60 && g < 60 && b < 60);
    expect(dark.length).toBeGreaterThan(50);
    // The shadow is the outlined letters' whole shape 110 px lower (the shadow counts in the fit, so
    // the letters are small): solid, far more pixels than the outline ring alone.
    expect(red.length).toBeGreaterThan(dark.length * 3);
    const top = (pts: Array<{ y: number }>) => Math.min(...pts.map((pt) => pt.y));
    expect(Math.abs(top(red) - top(dark) - 110)).toBeLessThanOrEqual(3);
  });

  it('draws the stored size and line breaks when the text has not changed since it was fitted (browser and Node alike)', () => {
    const el = meme('top text bottom text', { width: 600 });
    const lines = [[0, 0, 8, false], [0, 9, 20, false]] as Array<[number, number, number, boolean]>;
    const stored = buildText(fabric, { ...el, fitted: { key: fitKey(el), fontSize: 50, lines } });
    expect(stored.fontSize).toBe(50);
    expect(stored._textLines.map((line) => line.join(''))).toEqual(['TOP TEXT', 'BOTTOM TEXT']);
    // Edited since: fitted again, the stored layout is ignored.
    const edited = buildText(fabric, { ...el, text: 'top text bottom', fitted: { key: fitKey(el), fontSize: 50, lines } });
    expect(edited.fontSize).not.toBe(50);
    // And what the engine stores for a text is what it draws.
    const fresh = buildText(fabric, el);
    const again = buildText(fabric, { ...el, fitted: { key: fitKey(el), fontSize: fresh.fontSize, lines: storedLines(fresh.fitLayout!.lines) } });
    expect(again._textLines).toEqual(fresh._textLines);
  });

  it('1,000 generated strings (accents, emoji, long words, French punctuation) keep their ink inside their boxes (property)', async () => {
    const NBSP = '\u00a0';
    const word = fc.constantFrom(
      'été', 'ÉTÉ', 'À', 'l’île', 'Ça', 'déjà', 'œuvre', 'Noël', 'ÎLE', 'garçon', 'quoi', 'gypsy',
      `vraiment${NBSP}?`, `non${NBSP}!`, `«${NBSP}bof${NBSP}»`, `alors${NBSP}:`, '?', '!', ';', '»', '«',
      '🔥', '😂', '👍🏽', '🇫🇷', '👨‍👩‍👧',
      'anticonstitutionnellement', 'intergouvernementalisationnellementissim', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    );
    const text = fc.record({
      // Sized so that every string fits at the smallest size (6 px): what cannot is reported, not drawn inside (core/render/fitText.test.ts).
      words: fc.array(word, { minLength: 1, maxLength: 5 }),
      fontFamily: fc.constantFrom('Anton', 'Oswald', 'Bebas Neue', 'Inter', 'Montserrat'),
      width: fc.integer({ min: 120, max: 260 }),
      height: fc.integer({ min: 100, max: 160 }),
      ratio: fc.constantFrom(undefined, 0.05, 0.1),
      shadow: fc.boolean(),
      textCase: fc.constantFrom('asTyped', 'upper', 'sentence', 'alternating' as const),
      align: fc.constantFrom('left', 'center', 'right' as const),
    });
    // Eight texts a page, each in its own cell with a gap around its box: ink anywhere but inside
    // a box is a text that left its box (one page drawn per eight strings keeps the run short).
    const PER_PAGE = 8;
    const CELL = { width: 290, height: 190 };
    let strings = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: PER_PAGE, maxLength: PER_PAGE }), async (texts) => {
        const design = designOf(CELL.width * 4, CELL.height * 2);
        const boxes = texts.map((t, i) => {
          strings++;
          const el = createTextElement({
            x: (i % 4) * CELL.width + 15, y: Math.floor(i / 4) * CELL.height + 15, width: t.width, height: t.height,
            text: t.words.join(' '), fontFamily: t.fontFamily, fontSize: 120, minFontSize: 6, fill: '#ffffff', textCase: t.textCase, align: t.align,
            stroke: t.ratio ? { color: '#000000', width: 0, widthRatio: t.ratio } : undefined,
            shadow: t.shadow ? { color: '#000000', blur: 3, offsetX: 2, offsetY: 3 } : undefined,
            autoFit: true,
          });
          design.pages[0].elements.push(el);
          return el;
        });
        const { outside } = await inkAround(design, boxes);
        expect(outside).toBe(0);
      }),
      { numRuns: 1000 / PER_PAGE },
    );
    expect(strings).toBe(1000);
  }, 120_000);
});

describe('colour emoji (the bundled face)', () => {
  it('an emoji in outlined text is in colour, with no outline colour around it', async () => {
    const design = designOf(360, 200);
    const el = createTextElement({ x: 20, y: 20, width: 320, height: 160, text: 'OK 🔥', fontFamily: 'Anton', fontSize: 120, fill: '#ffffff', stroke: { color: '#00ff00', width: 12 }, autoFit: true });
    design.pages[0].background.fill = '#3050ff';
    design.pages[0].elements.push(el);
    const p = await pixels(await renderDesignPage(design, 0, 'png', noAssets));
    const orange = p.where(([r, g, b]) => r > 180 && r - b > 80 && g > 40 && g < 220);
    expect(orange.length).toBeGreaterThan(300);
    const xs = orange.map((pt) => pt.x);
    const ys = orange.map((pt) => pt.y);
    const green = ([r, g, b]: readonly number[]) => g > 200 && r < 90 && b < 90;
    // The letters are outlined in green; around the flame (its box plus 8 px) there is none.
    expect(p.where(green).length).toBeGreaterThan(200);
    expect(p.where(green, Math.min(...xs) - 8 + 4, Math.min(...ys) - 8, Math.max(...xs) + 8, Math.max(...ys) + 8).length).toBe(0);
  });

  it('draws colour emoji with no emoji font on the system (only the bundled one)', () => {
    // The system's own fontconfig setup, every colour font on the system refused: what a machine
    // without an emoji font sees (the fonts Affiche registers itself are not filtered).
    const dir = mkdtempSync(path.join(tmpdir(), 'affiche-fonts-'));
    try {
      writeFileSync(
        path.join(dir, 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n<cachedir>${dir}/cache</cachedir>\n` +
          `<selectfont><rejectfont><pattern><patelt name="color"><bool>true</bool></patelt></pattern></rejectfont></selectfont>\n</fontconfig>\n`,
      );
      const script = `
        import { renderDesignPage } from './electron/services/render/nodeRenderer.ts';
        import { createDesign, createTextElement } from './core/schema/index.ts';
        import sharp from 'sharp';
        const design = createDesign({ name: 'e', format: { preset: null, width: 200, height: 140 } });
        design.pages[0].background.fill = '#ffffff';
        design.pages[0].elements.push(createTextElement({ x: 0, y: 20, width: 200, text: '🔥', fontSize: 80, fill: '#000000', stroke: { color: '#00ff00', width: 8 } }));
        const png = await renderDesignPage(design, 0, 'png', { readAsset: async () => null });
        const { data } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        let orange = 0, green = 0, left = 200, right = 0;
        for (let i = 0; i < data.length; i += 3) {
          const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
          if (r > 180 && r - b > 80 && g > 40 && g < 220) {
            orange++;
            left = Math.min(left, (i / 3) % 200);
            right = Math.max(right, (i / 3) % 200);
          }
          if (g > 200 && r < 90 && b < 90) green++;
        }
        console.log(JSON.stringify({ orange, green, left, right }));
      `;
      const env = { ...process.env, FONTCONFIG_FILE: path.join(dir, 'fonts.conf') };
      // The setup hides the system's emoji fonts indeed (when fontconfig's own tool is there to ask).
      const listed = spawnSync('fc-list', [':', 'family'], { env, encoding: 'utf8' });
      if (listed.status === 0) expect(listed.stdout).not.toMatch(/emoji/i);
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: repo,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.stderr).not.toMatch(/Error/);
      const { orange, green, left, right } = JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, number>;
      expect(orange).toBeGreaterThan(300);
      expect(green).toBe(0);
      // Measured at its size like any glyph: centred in the 200 px box.
      expect(Math.abs(left + right - 200)).toBeLessThanOrEqual(12);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

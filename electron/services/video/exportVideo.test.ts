/**
 * The video export (designs.exportVideo) read back with ffprobe and ffmpeg as a user's tools read
 * it: an upload-safe MP4 (EXP-03), its pixels against the still export (colours and soft edges
 * of layers composed in yuv at odd pixels, over a Ken Burns photo), layers that come in on
 * time and follow their easing, a fade at its midpoint, Ken Burns without a backward step, a
 * cropped clip showing only what it keeps (a phone clip turned a quarter cropped as it is seen),
 * refusals in both languages, cancel leaving nothing (EXP-01) and hostile names (EXP-05).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { createImageElement, createPage, createShapeElement, createTextElement, createVideoElement } from '../../../core/schema/factory';
import type { Design, Element } from '../../../core/schema';
import { ease, layerStateAt } from '../../../core/video/motion';
import { createBackend, type Backend } from '../backend';
import { setRunLogger } from '../ffmpeg/run';
import { seededRandom } from '../library/testing/corrupt';
import { callOn, runJobOn, staged, stageTarget } from '../testing/backendTesting';
import { allFrames, centreOf, expectUploadSafeMp4, frameAt, psnr } from './mp4Testing';

let dir: string;
let backend: Backend;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-video-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
});
afterAll(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const SMALL = { preset: null, width: 270, height: 480 };

/** A saved video design: one scene per entry. */
async function videoDesign(name: string, scenes: { fill: string; elements: Element[]; durationMs: number; transitionOut?: { kind: string; durationMs: number } }[], format: { preset: string | null; width: number; height: number } = SMALL, fps?: 24 | 25 | 30): Promise<Design> {
  const { design } = await callOn(backend, 'designs.create', { name, kind: 'video', format });
  design.pages = scenes.map((scene) => ({ ...createPage(), background: { fill: scene.fill }, elements: scene.elements, durationMs: scene.durationMs, ...(scene.transitionOut ? { transitionOut: scene.transitionOut } : {}) }));
  if (fps) design.video = { fps };
  await callOn(backend, 'designs.save', { design });
  return design;
}

async function exportMp4(design: Design, extra: { quality?: 'draft' | 'final'; formatId?: string } = {}) {
  const target = stageTarget(backend, 'out.mp4');
  const fractions: number[] = [];
  const outcome = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: target.id, ...extra }, { onProgress: (p) => fractions.push(p.fraction) });
  return { ...outcome, file: target.path, fractions };
}

/** The still export of one page, as RGBA. */
async function stillOf(design: Design, page: number): Promise<Buffer> {
  const target = stageTarget(backend, 'still.png');
  await runJobOn(backend, 'designs.exportImages', { design: { id: design.id }, type: 'png', pages: [page], target: target.id });
  return sharp(readFileSync(target.path)).ensureAlpha().raw().toBuffer();
}

const RED: [number, number, number] = [230, 30, 40];

/** RGBA pixels as RGB. */
function rgbOf(rgba: Buffer): Uint8Array {
  const out = new Uint8Array((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) out.set(rgba.subarray(i, i + 3), j);
  return out;
}

describe('video export', () => {
  it('writes an upload-safe MP4: H.264 High yuv420p, CFR, keyframe every 2 s, AAC 48 kHz, exact length, index first, progress monotonic to 100 once', async () => {
    const design = await videoDesign('Deux scènes', [
      { fill: '#1b3a5c', durationMs: 2500, transitionOut: { kind: 'fade', durationMs: 500 }, elements: [createTextElement({ x: 20, y: 60, width: 230, text: 'Bonjour', fontSize: 40, fill: '#ffffff' })] },
      { fill: '#ffd166', durationMs: 2000, elements: [createTextElement({ x: 20, y: 300, width: 230, text: 'Lien en bio', fontSize: 32, fill: '#111111' })] },
    ]);
    const { result, file, fractions } = await exportMp4(design);
    expect(result).toMatchObject({ fileName: 'out.mp4', width: 270, height: 480, fps: 30, durationMs: 4000, frames: 120, quality: 'final' });
    expectUploadSafeMp4(file, { width: 270, height: 480, fps: 30, durationMs: 4000 }, readFileSync(file));
    expect(fractions.filter((f) => f === 1)).toHaveLength(1);
    expect(fractions[fractions.length - 1]).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    // Nothing but the file and its cover pictures beside it.
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['out-cover-3x4.jpg', 'out-cover.jpg', 'out.mp4']);
  });

  it('1080x1920: a mid-scene frame matches the still export of its page (PSNR >= 40 dB on the text), and a layer shows from its in-time only', async () => {
    const FULL = { preset: 'instagram-reel', width: 1080, height: 1920 };
    const square = createShapeElement({ shape: 'rect', x: 600, y: 1440, width: 240, height: 240, fill: '#e61e28', timing: { inMs: 1000 } });
    const design = await videoDesign('Titre et carré', [
      {
        fill: '#f4efe6',
        durationMs: 2000,
        elements: [
          createTextElement({ x: 80, y: 160, width: 920, text: 'Nouvelle collection', fontSize: 120, fill: '#1d1d28' }),
          createShapeElement({ shape: 'ellipse', x: 120, y: 800, width: 400, height: 400, fill: '#2a9d8f' }),
          square,
        ],
      },
    ], FULL);
    const { file, result } = await exportMp4(design);
    expect(result.format).toBe('instagram-reel');
    expectUploadSafeMp4(file, { width: 1080, height: 1920, fps: 30, durationMs: 2000 }, readFileSync(file));
    const still = await stillOf(design, 0);
    const late = frameAt(file, 1.5, FULL);
    // The text's area against the still export's pixels.
    expect(psnr(late, still, 1080, { x: 40, y: 120, width: 1000, height: 400 }, 4)).toBeGreaterThanOrEqual(40);
    // Before its in-time the square's place shows the background; after, the square, as the still has it.
    const early = frameAt(file, 0.5, FULL);
    const at = (rgb: Buffer, x: number, y: number) => [...rgb.subarray((y * 1080 + x) * 3, (y * 1080 + x) * 3 + 3)];
    at(early, 720, 1560).forEach((v, i) => expect(Math.abs(v - [0xf4, 0xef, 0xe6][i])).toBeLessThanOrEqual(4));
    at(late, 720, 1560).forEach((v, i) => expect(Math.abs(v - RED[i])).toBeLessThanOrEqual(6));
    expect(psnr(late, still, 1080, { x: 600, y: 1440, width: 240, height: 240 }, 4)).toBeGreaterThanOrEqual(40);
    expect(psnr(early, still, 1080, { x: 40, y: 120, width: 1000, height: 400 }, 4)).toBeGreaterThanOrEqual(40);
  });

  it('composed in yuv: coloured text and a half-transparent shape at odd pixels, faded and slid in, match the still export once at rest', async () => {
    // Odd positions and soft edges are what a 4:2:0 overlay gets wrong first (a pixel off, or colour fringes).
    const text = createTextElement({ x: 33, y: 201, width: 200, text: 'Lien en bio', fontSize: 36, fill: '#ffd166', timing: { inMs: 200, animationIn: { kind: 'slideUp', durationMs: 400, easing: 'easeOut', fade: true } } });
    const disc = createShapeElement({ shape: 'ellipse', x: 151, y: 301, width: 81, height: 81, fill: '#2a9d8f', opacity: 0.5, timing: { inMs: 100, animationIn: { kind: 'fade', durationMs: 300, easing: 'linear' } } });
    const design = await videoDesign('Couleurs', [{ fill: '#1b3a5c', durationMs: 1500, elements: [text, disc] }]);
    const { file } = await exportMp4(design);
    const still = await stillOf(design, 0);
    const late = frameAt(file, 1.2, SMALL);
    // Saturated yellow on navy in thin strokes is where 4:2:0 loses most (27 dB, the same as when
    // composed in RGBA); the same text one pixel off scores under 20.
    expect(psnr(late, still, 270, { x: 25, y: 190, width: 220, height: 60 }, 4)).toBeGreaterThanOrEqual(25);
    expect(psnr(late, still, 270, { x: 143, y: 293, width: 97, height: 97 }, 4)).toBeGreaterThanOrEqual(37);
    // The text's yellow, read where a glyph is solid, is the yellow asked for.
    const yellow = centreOf(late, 270, [0xff, 0xd1, 0x66], 30);
    expect(yellow?.count ?? 0).toBeGreaterThan(150);
    expect(Math.abs(yellow!.x - centreOf(Buffer.from(rgbOf(still)), 270, [0xff, 0xd1, 0x66], 30)!.x)).toBeLessThanOrEqual(0.5);
    // Before its fade the text is not there at all: the navy background.
    const early = frameAt(file, 0.1, SMALL);
    expect(centreOf(early, 270, [0xff, 0xd1, 0x66], 30)).toBeNull();
  });

  it('a half-transparent layer over a Ken Burns photo: its soft edge matches the still export where the photo has not moved yet', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="540" height="960"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f4a261"/><stop offset="1" stop-color="#264653"/></linearGradient></defs><rect width="540" height="960" fill="url(#g)"/></svg>`;
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const photo = (await callOn(backend, 'assets.import', await staged(backend, 'gradient.png', new Uint8Array(png)))).asset.id;
    const design = await videoDesign('Bord doux', [{
      fill: '#ffffff',
      durationMs: 1500,
      elements: [
        createImageElement({ assetId: photo, x: 0, y: 0, width: 270, height: 480, kenBurns: { kind: 'zoomIn', amount: 0.2 } }),
        createShapeElement({ shape: 'ellipse', x: 61, y: 131, width: 121, height: 121, fill: '#e61e28', opacity: 0.6 }),
        createTextElement({ x: 21, y: 301, width: 230, text: 'Nouveau', fontSize: 40, fill: '#ffffff' }),
      ],
    }]);
    const { file } = await exportMp4(design);
    const still = await stillOf(design, 0);
    // Frame 0: the zoom is 1, the photo as the still draws it; the disc's edge and the text over it.
    const first = frameAt(file, 0, SMALL);
    expect(psnr(first, still, 270, { x: 55, y: 125, width: 133, height: 133 }, 4)).toBeGreaterThanOrEqual(36);
    expect(psnr(first, still, 270, { x: 15, y: 295, width: 240, height: 60 }, 4)).toBeGreaterThanOrEqual(37);
    expect(psnr(first, still, 270, { x: 0, y: 0, width: 270, height: 100 }, 4)).toBeGreaterThanOrEqual(40);
  });

  it('a slide follows its easing: the square\'s centre within 1 px of motion.ts at several times', async () => {
    const square = createShapeElement({
      shape: 'rect', x: 100, y: 300, width: 60, height: 60, fill: '#e61e28',
      timing: { inMs: 200, animationIn: { kind: 'slideUp', durationMs: 1000, easing: 'easeOut', distance: 150 } },
    });
    const design = await videoDesign('Glisse', [{ fill: '#ffffff', durationMs: 2000, elements: [square] }]);
    const { file } = await exportMp4(design);
    const frames = allFrames(file, SMALL);
    expect(frames).toHaveLength(60);
    for (const n of [9, 12, 15, 21, 27, 33, 45]) {
      const t = n / 30;
      const p = Math.max(0, Math.min(1, (t - 0.2) / 1));
      const expectedY = 300 + 30 + 150 * (1 - ease('easeOut', p));
      const centre = centreOf(frames[n], 270, RED, 60)!;
      expect(centre, `frame ${n}`).not.toBeNull();
      expect(Math.abs(centre.x - 130), `frame ${n}`).toBeLessThanOrEqual(1);
      expect(Math.abs(centre.y - expectedY), `frame ${n} at ${t.toFixed(3)} s`).toBeLessThanOrEqual(1);
    }
  });

  it('a layer\'s fades follow their easing: at every frame of a fade in (easeOut, linear) and out (easeInOut), its opacity within 2 % of motion.ts', async () => {
    // Black squares over white: a pixel's level is 255 x (1 - opacity).
    const eased = createShapeElement({ shape: 'rect', x: 40, y: 100, width: 80, height: 80, fill: '#000000', timing: { inMs: 300, outMs: 1800, animationIn: { kind: 'fade', durationMs: 600, easing: 'easeOut' }, animationOut: { kind: 'fade', durationMs: 500, easing: 'easeInOut' } } });
    const linear = createShapeElement({ shape: 'rect', x: 150, y: 301, width: 80, height: 80, fill: '#000000', timing: { inMs: 100, animationIn: { kind: 'slideUp', durationMs: 700, easing: 'linear', distance: 0, fade: true } } });
    const design = await videoDesign('Fondus', [{ fill: '#ffffff', durationMs: 2000, elements: [eased, linear] }]);
    const { file } = await exportMp4(design);
    const frames = allFrames(file, SMALL);
    const level = (n: number, x: number, y: number) => frames[n][(y * 270 + x) * 3 + 1];
    const checked: number[] = [];
    for (let n = 0; n < 60; n++) {
      const ms = (n * 1000) / 30;
      const a = layerStateAt(eased, SMALL, 2000, ms)?.opacity ?? 0;
      const b = layerStateAt(linear, SMALL, 2000, ms)?.opacity ?? 0;
      expect(Math.abs(level(n, 80, 140) - 255 * (1 - a)), `eased, frame ${n}: opacity ${a.toFixed(3)}`).toBeLessThanOrEqual(5);
      expect(Math.abs(level(n, 190, 341) - 255 * (1 - b)), `linear, frame ${n}: opacity ${b.toFixed(3)}`).toBeLessThanOrEqual(5);
      if (a > 0.05 && a < 0.95) checked.push(n);
    }
    // The fades' own frames were among them (in and out), not only the ends.
    expect(checked.filter((n) => n < 30).length).toBeGreaterThanOrEqual(8);
    expect(checked.filter((n) => n > 30).length).toBeGreaterThanOrEqual(8);
  });

  it('a fade at its midpoint is the mix of both scenes', async () => {
    const design = await videoDesign('Fondu', [
      { fill: '#c83232', durationMs: 2000, transitionOut: { kind: 'fade', durationMs: 600 }, elements: [] },
      { fill: '#3232c8', durationMs: 2000, elements: [] },
    ]);
    const { file, result } = await exportMp4(design);
    expect(result.durationMs).toBe(3400);
    expectUploadSafeMp4(file, { width: 270, height: 480, fps: 30, durationMs: 3400 }, readFileSync(file));
    const frames = allFrames(file, SMALL);
    const pixel = (n: number) => [...frames[n].subarray((240 * 270 + 135) * 3, (240 * 270 + 135) * 3 + 3)];
    // The transition runs from 1.4 s to 2.0 s: frame 51 (1.7 s) is its midpoint.
    const mid = pixel(51);
    const mix = [0xc8, 0x32, 0x32].map((a, i) => (a + [0x32, 0x32, 0xc8][i]) / 2);
    for (let i = 0; i < 3; i++) expect(Math.abs(mid[i] - mix[i])).toBeLessThanOrEqual(6);
    for (let i = 0; i < 3; i++) expect(Math.abs(pixel(30)[i] - [0xc8, 0x32, 0x32][i])).toBeLessThanOrEqual(4);
    for (let i = 0; i < 3; i++) expect(Math.abs(pixel(90)[i] - [0x32, 0x32, 0xc8][i])).toBeLessThanOrEqual(4);
  });

  it('Ken Burns: a dot tracked frame to frame never steps back', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="540" height="960"><rect width="540" height="960" fill="#ffffff"/><circle cx="120" cy="220" r="14" fill="#000000"/></svg>`;
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    const photo = (await callOn(backend, 'assets.import', await staged(backend, 'dot.png', new Uint8Array(png)))).asset.id;
    const design = await videoDesign('Zoom', [{ fill: '#ffffff', durationMs: 2000, elements: [createImageElement({ assetId: photo, x: 0, y: 0, width: 270, height: 480, kenBurns: { kind: 'zoomIn', amount: 0.3 } })] }]);
    const { file } = await exportMp4(design);
    const frames = allFrames(file, SMALL);
    // The dot's centre weighted by darkness: it moves away from the picture's centre, up and left.
    const track = frames.map((rgb) => {
      let sx = 0, sy = 0, sw = 0;
      for (let y = 0; y < 240; y++) for (let x = 0; x < 135; x++) {
        const w = 255 - rgb[(y * 270 + x) * 3 + 1];
        if (w < 40) continue;
        sx += x * w; sy += y * w; sw += w;
      }
      return { x: sx / sw, y: sy / sw };
    });
    expect(Math.abs(track[0].x - 60)).toBeLessThanOrEqual(1.5);
    expect(track[59].x).toBeLessThan(track[0].x - 15);
    for (let i = 1; i < track.length; i++) {
      expect(track[i].x, `frame ${i}`).toBeLessThanOrEqual(track[i - 1].x + 0.02);
      expect(track[i].y, `frame ${i}`).toBeLessThanOrEqual(track[i - 1].y + 0.02);
    }
  });

  it('a pop grows the layer about its centre as motion.ts says', async () => {
    const square = createShapeElement({
      shape: 'rect', x: 105, y: 210, width: 60, height: 60, fill: '#e61e28',
      timing: { inMs: 0, animationIn: { kind: 'pop', durationMs: 1000, easing: 'linear', scale: 0.5 } },
    });
    const design = await videoDesign('Pop', [{ fill: '#ffffff', durationMs: 1500, elements: [square] }]);
    const { file } = await exportMp4(design);
    const frames = allFrames(file, SMALL);
    for (const n of [0, 9, 15, 24, 36]) {
      const state = layerStateAt(square, SMALL, 1500, (n * 1000) / 30)!;
      const found = centreOf(frames[n], 270, RED, 60)!;
      expect(Math.abs(Math.sqrt(found.count) - 60 * state.scale), `frame ${n}`).toBeLessThanOrEqual(2.5);
      expect(Math.abs(found.x - 135), `frame ${n}`).toBeLessThanOrEqual(1);
      expect(Math.abs(found.y - 240), `frame ${n}`).toBeLessThanOrEqual(1);
    }
  });

  it('a clip: trimmed, sped up, fitted over a blurred copy of itself, shown in its window only', async () => {
    const clipDir = mkdtempSync(path.join(os.tmpdir(), "affiche clip's: dir,[x];"));
    const source = path.join(clipDir, 'clip.mp4');
    // 4 s of a counter on green, with a tone: 160x90.
    spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=0x20c040:s=160x90:r=30:d=4', '-f', 'lavfi', '-i', 'sine=f=440:d=4', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', source]);
    const asset = (await callOn(backend, 'assets.import', await staged(backend, 'clip.mp4', new Uint8Array(readFileSync(source))))).asset.id;
    rmSync(clipDir, { recursive: true, force: true });
    const clip = createVideoElement({ assetId: asset, x: 35, y: 100, width: 200, height: 200, trimInMs: 500, trimOutMs: 3500, speed: 2, fit: 'blurFill', timing: { inMs: 500, outMs: 1800 } });
    const design = await videoDesign('Clip', [{ fill: '#000000', durationMs: 2000, elements: [clip] }]);
    const { file } = await exportMp4(design);
    expectUploadSafeMp4(file, { width: 270, height: 480, fps: 30, durationMs: 2000 }, readFileSync(file));
    const at = (rgb: Buffer, x: number, y: number) => [...rgb.subarray((y * 270 + x) * 3, (y * 270 + x) * 3 + 3)];
    const green = (rgb: number[]) => rgb[1] > 150 && rgb[0] < 80 && rgb[2] < 110;
    // Before its in-time and after its out-time: the black background. In its window: the clip, its
    // centre green, and (blur fill) the box's top and bottom filled too, not black.
    expect(at(frameAt(file, 0.3, SMALL), 135, 200).every((v) => v < 10)).toBe(true);
    const shown = frameAt(file, 1.0, SMALL);
    expect(green(at(shown, 135, 200))).toBe(true);
    expect(at(shown, 135, 110).some((v) => v > 40)).toBe(true);
    expect(at(frameAt(file, 1.9, SMALL), 135, 200).every((v) => v < 10)).toBe(true);
  });

  it('a cropped clip shows only the part kept: its top-left quarter fills the box; uncropped, all four quarters show', async () => {
    const clipDir = mkdtempSync(path.join(os.tmpdir(), 'affiche-quarters-'));
    const source = path.join(clipDir, 'quarters.mp4');
    // 1 s of four coloured quarters, 160x96: red, green / blue, yellow.
    const quarters = 'color=c=0xff0000:s=160x96:r=30:d=1,drawbox=x=80:y=0:w=80:h=48:c=0x00ff00:t=fill,drawbox=x=0:y=48:w=80:h=48:c=0x0000ff:t=fill,drawbox=x=80:y=48:w=80:h=48:c=0xffff00:t=fill';
    spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', quarters, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', source]);
    const asset = (await callOn(backend, 'assets.import', await staged(backend, 'quarters.mp4', new Uint8Array(readFileSync(source))))).asset.id;
    rmSync(clipDir, { recursive: true, force: true });
    const box = { x: 35, y: 100, width: 200, height: 200 };
    const colourAt = (rgb: Buffer, x: number, y: number): string => {
      const [r, g, b] = rgb.subarray((y * 270 + x) * 3, (y * 270 + x) * 3 + 3);
      const hi = (v: number) => v > 180;
      const lo = (v: number) => v < 70;
      if (hi(r) && lo(g) && lo(b)) return 'red';
      if (lo(r) && hi(g) && lo(b)) return 'green';
      if (lo(r) && lo(g) && hi(b)) return 'blue';
      if (hi(r) && hi(g) && lo(b)) return 'yellow';
      return `rgb(${r},${g},${b})`;
    };
    const exported = async (crop?: { x: number; y: number; width: number; height: number }) => {
      const clip = createVideoElement({ assetId: asset, ...box, ...(crop ? { crop } : {}) });
      const design = await videoDesign(crop ? 'Cropped' : 'Whole', [{ fill: '#000000', durationMs: 1000, elements: [clip] }]);
      const { file } = await exportMp4(design);
      expectUploadSafeMp4(file, { width: 270, height: 480, fps: 30, durationMs: 1000 }, readFileSync(file));
      return frameAt(file, 0.5, SMALL);
    };

    // Cropped to the top-left quarter: every point of the box (6 px in from its edges) is red.
    const cropped = await exported({ x: 0, y: 0, width: 0.5, height: 0.5 });
    const seen = new Set<string>();
    for (let y = box.y + 6; y < box.y + box.height - 6; y += 4) for (let x = box.x + 6; x < box.x + box.width - 6; x += 4) seen.add(colourAt(cropped, x, y));
    expect([...seen]).toEqual(['red']);
    // Outside the box, the black background.
    expect(colourAt(cropped, box.x - 10, box.y + 100)).toBe('rgb(0,0,0)');

    // Uncropped (cover): each quarter of the box shows its own quarter of the clip.
    const whole = await exported();
    const quarter = (fx: number, fy: number) => colourAt(whole, Math.round(box.x + box.width * fx), Math.round(box.y + box.height * fy));
    expect([quarter(0.25, 0.25), quarter(0.75, 0.25), quarter(0.25, 0.75), quarter(0.75, 0.75)]).toEqual(['red', 'green', 'blue', 'yellow']);
  });

  it('a phone clip turned a quarter is cropped as it is seen: its upright top-left quarter fills the box', async () => {
    const clipDir = mkdtempSync(path.join(os.tmpdir(), 'affiche-turned-'));
    const source = path.join(clipDir, 'turned.mp4');
    // Stored 320x192 (red, green / blue, yellow), shown turned a quarter (a phone's display matrix):
    // 192x320, blue at its top left.
    const quarters = 'color=c=0xff0000:s=320x192:r=30:d=1,drawbox=x=160:y=0:w=160:h=96:c=0x00ff00:t=fill,drawbox=x=0:y=96:w=160:h=96:c=0x0000ff:t=fill,drawbox=x=160:y=96:w=160:h=96:c=0xffff00:t=fill';
    spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', quarters, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', source]);
    const bytes = turnedAQuarter(readFileSync(source));
    const asset = (await callOn(backend, 'assets.import', await staged(backend, 'turned.mp4', new Uint8Array(bytes)))).asset;
    rmSync(clipDir, { recursive: true, force: true });
    expect([asset.width, asset.height]).toEqual([192, 320]);
    const box = { x: 35, y: 100, width: 150, height: 250 };
    const clip = createVideoElement({ assetId: asset.id, ...box, crop: { x: 0, y: 0, width: 0.5, height: 0.5 } });
    const design = await videoDesign('Turned', [{ fill: '#000000', durationMs: 1000, elements: [clip] }]);
    const { file } = await exportMp4(design);
    const frame = frameAt(file, 0.5, SMALL);
    const blue = (x: number, y: number) => {
      const [r, g, b] = frame.subarray((y * 270 + x) * 3, (y * 270 + x) * 3 + 3);
      return r < 70 && g < 70 && b > 180;
    };
    for (let y = box.y + 6; y < box.y + box.height - 6; y += 8) for (let x = box.x + 6; x < box.x + box.width - 6; x += 8) expect(blue(x, y), `${x},${y}`).toBe(true);
  });

  it('refuses a transition the installed ffmpeg does not know, naming it in English and French, and writes nothing', async () => {
    const design = await videoDesign('Inconnue', [
      { fill: '#000000', durationMs: 1000, transitionOut: { kind: 'nosuchthing', durationMs: 300 }, elements: [] },
      { fill: '#ffffff', durationMs: 1000, elements: [] },
    ]);
    const target = stageTarget(backend, 'no.mp4');
    const error = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: target.id }).then(
      () => null,
      (e: { code?: string; detail?: Parameters<typeof formatMessage>[0] }) => e,
    );
    expect(error?.code).toBe('invalid-args');
    expect(formatMessage(error!.detail!, 'en')).toBe('The transition "nosuchthing" after scene 1 is not one the installed ffmpeg knows: choose another transition.');
    expect(formatMessage(error!.detail!, 'fr')).toBe('La transition «\u00a0nosuchthing\u00a0» après la scène 1 n’est pas connue du ffmpeg installé\u00a0: choisissez une autre transition.');
    expect(readdirSync(path.dirname(target.path))).toEqual([]);
  });

  it('refuses a video longer than the format\'s network takes, in both languages, before drawing anything', async () => {
    const scenes = Array.from({ length: 4 }, () => ({ fill: '#000000', durationMs: 30_000, elements: [] as Element[] }));
    const design = await videoDesign('Trop long', scenes);
    const target = stageTarget(backend, 'long.mp4');
    const error = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, formatId: 'facebook-reel', target: target.id }).then(
      () => null,
      (e: { code?: string; detail?: Parameters<typeof formatMessage>[0] }) => e,
    );
    expect(error?.code).toBe('invalid-args');
    expect(formatMessage(error!.detail!, 'en')).toBe('This video lasts 120 s; facebook Reel takes at most 90 s: shorten its scenes.');
    expect(formatMessage(error!.detail!, 'fr')).toBe('Cette vidéo dure 120\u00a0s\u202f; facebook Reel accepte au plus 90\u00a0s\u00a0: raccourcissez ses scènes.');
    expect(readdirSync(path.dirname(target.path))).toEqual([]);
  });

  it('a long graph goes to a script file (the Windows command line limit) and the export still holds every scene', async () => {
    const scenes = Array.from({ length: 14 }, (_, i) => ({
      fill: i % 2 ? '#203040' : '#f0e0d0',
      durationMs: 500,
      transitionOut: { kind: i % 3 === 0 ? 'cut' : 'fade', durationMs: 100 },
      elements: [
        createShapeElement({ shape: 'rect', x: 20, y: 20 + i * 10, width: 40, height: 40, fill: '#e61e28', timing: { inMs: 0, animationIn: { kind: 'slideRight', durationMs: 200, easing: 'easeInOut', fade: true } } }),
        createShapeElement({ shape: 'ellipse', x: 150, y: 300, width: 60, height: 60, fill: '#2a9d8f', timing: { inMs: 100, outMs: 400, animationIn: { kind: 'pop', durationMs: 200, easing: 'back' }, animationOut: { kind: 'slideDown', durationMs: 100, easing: 'easeIn' } } }),
      ],
    }));
    const design = await videoDesign('Quatorze scènes', scenes);
    const seen: string[] = [];
    const previous = setRunLogger((entry) => {
      if (entry.event === 'start') seen.push(entry.commandLine);
    });
    try {
      const { file, result } = await exportMp4(design, { quality: 'draft' });
      // 14 x 500 ms, less 9 fades of 100 ms (every third scene cuts).
      const cuts = scenes.slice(0, 13).filter((scene) => scene.transitionOut.kind === 'cut').length;
      expect(result.durationMs).toBe(7000 - (13 - cuts) * 100);
      expectUploadSafeMp4(file, { width: 270, height: 480, fps: 30, durationMs: result.durationMs }, readFileSync(file));
    } finally {
      setRunLogger(previous);
    }
    const encode = seen.find((line) => line.includes('libx264'))!;
    expect(encode).toContain('-filter_complex_script');
    expect(encode).not.toContain('xfade');
  });

  it('a clip missing from the library fails with a clear message in both languages, and writes nothing', async () => {
    const design = await videoDesign('Sans clip', [{ fill: '#000000', durationMs: 1000, elements: [createVideoElement({ assetId: 'f'.repeat(64), x: 0, y: 0, width: 100, height: 100 })] }]);
    const target = stageTarget(backend, 'missing.mp4');
    const error = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: target.id }).then(
      () => null,
      (e: { code?: string; detail?: Parameters<typeof formatMessage>[0] }) => e,
    );
    expect(error?.code).toBe('not-found');
    expect(formatMessage(error!.detail!, 'en')).toBe('A clip or the soundtrack of this video is missing (it is neither in the library nor in the file).');
    expect(formatMessage(error!.detail!, 'fr')).toBe('Un clip ou la musique de cette vidéo manque (ni dans la bibliothèque ni dans le fichier).');
    expect(readdirSync(path.dirname(target.path))).toEqual([]);
  });

  it('refuses a design that is not a video, in both languages', async () => {
    const { design } = await callOn(backend, 'designs.create', { name: 'Affiche', format: SMALL });
    const error = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: stageTarget(backend, 'x.mp4').id }).then(
      () => null,
      (e: { code?: string; detail?: Parameters<typeof formatMessage>[0] }) => e,
    );
    expect(formatMessage(error!.detail!, 'en')).toBe('"Affiche" is not a video design: export its pages as images or a PDF.');
    expect(formatMessage(error!.detail!, 'fr')).toBe('«\u00a0Affiche\u00a0» n’est pas un design vidéo\u00a0: exportez ses pages en images ou en PDF.');
  });
});

/** ffmpeg processes this test process started that are still there. */
function ffmpegChildren(): string[] {
  const out = spawnSync('pgrep', ['-P', String(process.pid), '-x', 'ffmpeg'], { encoding: 'utf8' });
  return out.stdout.split('\n').filter(Boolean);
}

async function noFfmpegWithin(ms: number): Promise<string[]> {
  const until = Date.now() + ms;
  let left = ffmpegChildren();
  while (left.length > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    left = ffmpegChildren();
  }
  return left;
}

/** EXP-01 soak: AFFICHE_EXP01_VIDEO_RUNS=50 cancels 50 times (a few by default). */
const CANCEL_RUNS = Number(process.env.AFFICHE_EXP01_VIDEO_RUNS ?? 4);

describe('cancel and hostile names', () => {
  it(`EXP-01: cancelled at ${CANCEL_RUNS} random points, nothing at the destination, no ffmpeg left after 5 s, status cancelled`, async () => {
    const moving = createTextElement({ x: 20, y: 200, width: 230, text: 'En mouvement', fontSize: 30, fill: '#ffffff', timing: { inMs: 0, animationIn: { kind: 'fade', durationMs: 2000, easing: 'linear' } } });
    const design = await videoDesign('Annulée', [
      { fill: '#1b3a5c', durationMs: 4000, transitionOut: { kind: 'wipeleft', durationMs: 500 }, elements: [moving] },
      { fill: '#264653', durationMs: 4000, elements: [] },
    ]);
    const started = performance.now();
    await exportMp4(design);
    const duration = performance.now() - started;
    const next = seededRandom(1313);
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'affiche-video-cancel-'));
    let cancelled = 0;
    for (let run = 0; run < CANCEL_RUNS; run++) {
      const target = path.join(outDir, `reel-${run}.mp4`);
      const controller = new AbortController();
      // Half the runs cancel once the encode reports progress, half at a random moment.
      const delay = Math.floor(next() * 0.9 * duration);
      const timer = run % 2 === 0 ? setTimeout(() => controller.abort(), delay) : undefined;
      let status = '';
      const outcome = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: backend.staging.target(target).id }, {
        signal: controller.signal,
        onProgress: (p) => {
          if (run % 2 === 1 && p.fraction > 0.1 + 0.8 * next()) controller.abort();
        },
        onStart: () => undefined,
      }).then(
        () => 'done',
        (error: { code?: string }) => error.code ?? 'error',
      );
      clearTimeout(timer);
      status = outcome;
      expect(['done', 'cancelled'], `run ${run}`).toContain(status);
      if (status === 'cancelled') {
        cancelled++;
        expect(existsSync(target), `run ${run}: nothing at the destination`).toBe(false);
        expect(readdirSync(outDir).filter((name) => name.startsWith(`reel-${run}`) || name.includes('.tmp')), `run ${run}`).toEqual([]);
      }
      expect(await noFfmpegWithin(5000), `run ${run}: ffmpeg gone within 5 s`).toEqual([]);
    }
    expect(cancelled).toBeGreaterThan(0);
    expect(backend.jobs.runningCount).toBe(0);
    rmSync(outDir, { recursive: true, force: true });
  }, 60_000 + CANCEL_RUNS * 15_000);

  it('EXP-05: a design named with quotes, colons, % and ../ exports, its text intact, its download under one safe file name', async () => {
    const name = `../../x l'été: "50 %" ; [a]`;
    const design = await videoDesign(name, [{ fill: '#ffffff', durationMs: 1000, elements: [createTextElement({ x: 10, y: 100, width: 250, text: `l'été: "50 %"`, fontSize: 28, fill: '#000000', timing: { inMs: 100 } })] }]);
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'affiche-video-names-'));
    const target = path.join(outDir, 'clip.mp4');
    await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: backend.staging.target(target).id });
    expect(readdirSync(outDir).sort()).toEqual(['clip-cover-3x4.jpg', 'clip-cover.jpg', 'clip.mp4']);
    expectUploadSafeMp4(target, { width: 270, height: 480, fps: 30, durationMs: 1000 }, readFileSync(target));
    const still = await stillOf(design, 0);
    expect(psnr(frameAt(target, 0.6, SMALL), still, 270, { x: 0, y: 90, width: 270, height: 80 }, 4)).toBeGreaterThanOrEqual(40);
    // Without a target (browser mode): a download named from the design, one safe file name.
    const { result } = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, quality: 'draft' });
    expect(result.downloadId).toBeTruthy();
    expect(result.fileName).toMatch(/\.mp4$/);
    expect(result.fileName).not.toMatch(/[/\\]|^\.|\.\./);
    for (const cover of result.cover!.files) expect(cover.fileName).toBe(result.fileName.replace(/\.mp4$/, cover.crop === 'frame' ? '-cover.jpg' : '-cover-3x4.jpg'));
    rmSync(outDir, { recursive: true, force: true });
  });
});

/**
 * An MP4 whose video track is shown turned a quarter, as a phone records portrait video: its
 * track header's matrix rewritten (ffmpeg 5.1 has no option to write one).
 */
function turnedAQuarter(mp4: Buffer): Buffer {
  const out = Buffer.from(mp4);
  const tkhd = out.indexOf('tkhd', 0, 'latin1');
  const version = out[tkhd + 4];
  // After the version and flags: times, track id, reserved, duration (32 or 64 bits), then 8
  // reserved bytes, layer, alternate group, volume and 2 reserved bytes: the 3x3 matrix.
  const matrix = tkhd + 8 + (version === 1 ? 32 : 20) + 16;
  [0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000].forEach((v, i) => out.writeInt32BE(v, matrix + i * 4));
  return out;
}

/**
 * Burned-in captions drawn by the real ffmpeg (libass) over a plain colour: which word is
 * highlighted when, where the text lands against the safe zone, the font libass is given, and
 * work folders whose names need escaping in a filter graph.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDesign } from '../../../core/schema';
import type { Captions, Design } from '../../../core/schema';
import { safeAreaFor } from '../../../core/formats/safeArea';
import { wordTimes } from '../../../core/video/captions';
import { burnCaptions, captionFont, CAPTIONS_FILE, libassWidth } from './captionsBurn';
import fixture from '../../../core/schema/fixtures/design.v10.json';

const root = mkdtempSync(join(tmpdir(), 'affiche-captions-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Half the Reel's size: the same proportions, so the Reel's safe zone scaled. */
const FORMAT = { preset: 'instagram-reel', width: 540, height: 960 };
const BG = [0x20, 0x40, 0x60] as const;

function design(patch: Partial<Captions>): Design {
  const base = parseDesign(fixture).design;
  return { ...base, captions: { cues: [{ id: 'c1', startMs: 0, endMs: 2400, text: 'ONE TWO THREE FOUR' }], burnIn: true, preset: 'highlight', position: 'middle', fontFamily: 'Inter', fontSize: 40, color: '#ffffff', accent: '#ff0000', ...patch } };
}

let n = 0;
async function frame(d: Design, atMs: number, workDir = join(root, `w${n++}`)): Promise<{ at: (x: number, y: number) => [number, number, number] }> {
  mkdirSync(workDir, { recursive: true });
  const burn = await burnCaptions({ design: d, format: FORMAT, workDir });
  if (!burn) throw new Error('no captions to burn');
  const bg = BG.map((c) => c.toString(16).padStart(2, '0')).join('');
  const raw = execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `color=c=0x${bg}:s=${FORMAT.width}x${FORMAT.height}:r=100:d=${atMs / 1000 + 0.05}`, '-vf', burn.filter, '-ss', String(atMs / 1000), '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', 'pipe:1'], { maxBuffer: 64 << 20 });
  expect(raw.length).toBe(FORMAT.width * FORMAT.height * 3);
  return { at: (x, y) => [raw[(y * FORMAT.width + x) * 3], raw[(y * FORMAT.width + x) * 3 + 1], raw[(y * FORMAT.width + x) * 3 + 2]] };
}

function pixels(img: { at: (x: number, y: number) => [number, number, number] }, test: (p: [number, number, number]) => boolean): { count: number; cx: number; box: { x0: number; y0: number; x1: number; y1: number } } {
  let count = 0;
  let sx = 0;
  const box = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (let y = 0; y < FORMAT.height; y++) {
    for (let x = 0; x < FORMAT.width; x++) {
      if (!test(img.at(x, y))) continue;
      count++;
      sx += x;
      box.x0 = Math.min(box.x0, x);
      box.x1 = Math.max(box.x1, x);
      box.y0 = Math.min(box.y0, y);
      box.y1 = Math.max(box.y1, y);
    }
  }
  return { count, cx: sx / Math.max(1, count), box };
}

const red = ([r, g, b]: [number, number, number]) => r > 200 && g < 70 && b < 70;
const notBackground = (p: [number, number, number]) => p.some((c, i) => Math.abs(c - BG[i]) > 24);

describe('burned-in captions', () => {
  it('highlights word k from its start time, left to right', async () => {
    const d = design({});
    const words = wordTimes(d.captions!.cues[0]);
    let previous = -Infinity;
    for (const word of words) {
      const red0 = pixels(await frame(d, Math.ceil(word.startMs / 10) * 10), red);
      expect(red0.count, `word "${word.text}" in the accent colour`).toBeGreaterThan(100);
      expect(red0.cx).toBeGreaterThan(previous + 20);
      previous = red0.cx;
    }
  });

  it('scales the current word and draws a box behind it (scale, pill)', async () => {
    const d = design({ preset: 'pill' });
    const second = wordTimes(d.captions!.cues[0])[1];
    const pill = pixels(await frame(d, Math.ceil(second.startMs / 10) * 10 + 50), red);
    // The box behind "TWO": a solid block about one word wide, not the whole line.
    expect(pill.count).toBeGreaterThan(1000);
    expect(pill.box.x1 - pill.box.x0).toBeLessThan(FORMAT.width / 3);
    const plain = pixels(await frame(design({ preset: 'outline' }), 1000), notBackground);
    const scaled = pixels(await frame(design({ preset: 'scale', cues: [{ id: 'c', startMs: 0, endMs: 2400, text: 'ONE TWO THREE FOUR' }] }), 1000), notBackground);
    expect(scaled.box.x1 - scaled.box.x0).toBeGreaterThan(plain.box.x1 - plain.box.x0);
  });

  it('keeps every line inside the safe zone, at each position and preset, breaking long cues', async () => {
    const safe = safeAreaFor(FORMAT);
    if (!safe.ok) throw new Error('the Reel has a safe zone');
    const { x, y, width, height } = safe.pixels.safe;
    const text = 'Une légende bien trop longue pour tenir sur une seule ligne de ce format vertical';
    for (const [position, preset] of [['bottom', 'box'], ['middle', 'outline'], ['top', 'pill'], ['bottom', 'scale']] as const) {
      const { box } = pixels(await frame(design({ position, preset, fontSize: 44, cues: [{ id: 'c', startMs: 0, endMs: 6000, text }] }), 5900), notBackground);
      expect(box.y1 - box.y0, `${position} ${preset}: several lines`).toBeGreaterThan(2 * 44);
      expect(box.x0, `${position} ${preset}`).toBeGreaterThanOrEqual(x);
      expect(box.x1).toBeLessThan(x + width);
      expect(box.y0).toBeGreaterThanOrEqual(y);
      expect(box.y1).toBeLessThan(y + height);
    }
  });

  it('measures a line as libass draws it, and balances a cue that needs two lines into two', async () => {
    const text = 'Une légende bien longue';
    const ink = pixels(await frame(design({ preset: 'outline', fontSize: 40, cues: [{ id: 'c', startMs: 0, endMs: 1000, text }] }), 500), notBackground).box;
    const measured = libassWidth('Inter')(text, 40);
    // The advance width holds the ink (and the thin outline) within a few pixels; it is at most a quarter wider (side bearings, the last space).
    expect(measured).toBeGreaterThan(ink.x1 - ink.x0 - 8);
    expect(measured).toBeLessThan((ink.x1 - ink.x0) * 1.25);
    const dir = join(root, 'two-lines');
    mkdirSync(dir);
    await burnCaptions({ design: design({ preset: 'outline', fontSize: 40, cues: [{ id: 'c', startMs: 0, endMs: 1000, text: 'Une légende un peu trop longue pour une ligne' }] }), format: FORMAT, workDir: dir });
    const line = readFileSync(join(dir, CAPTIONS_FILE), 'utf8').split('\n').find((l) => l.startsWith('Dialogue:'))!;
    const lines = line.split(',').slice(9).join(',').replace(/^\{[^}]*\}/, '').split('\\N');
    expect(lines).toHaveLength(2);
    const widths = lines.map((l) => libassWidth('Inter')(l, 40));
    expect(Math.min(...widths) / Math.max(...widths)).toBeGreaterThan(0.6);
  });

  it('escapes a work folder named with quotes, colons, commas, brackets and spaces', async () => {
    const odd = join(root, "it's: a, [strange] folder; ok");
    const img = await frame(design({ preset: 'outline', color: '#ff0000' }), 500, odd);
    expect(pixels(img, red).count).toBeGreaterThan(100);
    expect(readFileSync(join(odd, CAPTIONS_FILE), 'utf8')).toContain('[Events]');
  });

  it('gives libass the bundled family\'s folder, or Inter\'s for a family Affiche does not bundle', async () => {
    expect(captionFont('Playfair Display')).toMatchObject({ family: 'Playfair Display' });
    expect(captionFont('Playfair Display').dir).toMatch(/fonts[\\/]PlayfairDisplay$/);
    expect(captionFont('Comic Sans MS')).toMatchObject({ family: 'Inter' });
    const dir = join(root, 'fallback');
    mkdirSync(dir);
    const burn = await burnCaptions({ design: design({ fontFamily: 'Comic Sans MS' }), format: FORMAT, workDir: dir });
    expect(burn!.filter).toMatch(/fontsdir=.*Inter$/);
    expect(readFileSync(join(dir, CAPTIONS_FILE), 'utf8')).toMatch(/^Style: Caption,Inter,40,/m);
  });

  it('burns nothing without cues or with burn-in off', async () => {
    expect(await burnCaptions({ design: design({ cues: [] }), format: FORMAT, workDir: root })).toBeNull();
    expect(await burnCaptions({ design: design({ burnIn: false }), format: FORMAT, workDir: root })).toBeNull();
    const { captions: _, ...none } = parseDesign(fixture).design;
    expect(await burnCaptions({ design: none, format: FORMAT, workDir: root })).toBeNull();
  });
});

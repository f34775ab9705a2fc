/**
 * Animated GIF and WebP import as video assets (./animated.ts): real files made by ffmpeg and
 * sharp, imported into a real library, the stored clip probed by ffprobe.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeVideoFile } from '../../video/probe';
import { openLibrary } from '../library';
import { steppingClock } from '../testing/helpers';
import type { LibraryStore } from '../types';
import { animationTiming } from './animated';

let dir: string;
let library: LibraryStore;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affiche-animated-'));
  library = await openLibrary({ dir: path.join(dir, 'library'), now: steppingClock() });
});
afterAll(async () => {
  await library.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** An animated WebP of `delays.length` frames of 200x150, each a different grey, with those delays. */
async function animatedWebp(delays: number[]): Promise<Buffer> {
  const frames = await Promise.all(delays.map((_, i) => sharp({ create: { width: 200, height: 150, channels: 3, background: { r: 40 * i, g: 100, b: 200 - 30 * i } } }).png().toBuffer()));
  return sharp(frames, { join: { animated: true } }).webp({ delay: delays, loop: 0 }).toBuffer();
}

describe('animated GIF and WebP import as video clips', () => {
  it('an animated GIF (20 frames at 100 ms) is a video asset of 2 s, 320x240, 10 fps, stored as H.264 MP4', async () => {
    const gif = path.join(dir, 'dance.gif');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=10:d=2', '-loop', '0', gif]);
    const { asset } = await library.importAsset('dance.gif', fs.readFileSync(gif));
    expect(asset).toMatchObject({ kind: 'video', mime: 'video/mp4', fileName: 'dance.gif', width: 320, height: 240, fps: 10, videoCodec: 'h264' });
    expect(Math.abs(asset.durationMs! - 2000)).toBeLessThanOrEqual(100);
    const info = await probeVideoFile(library.assetPath(asset.id)!);
    expect(info.video).toMatchObject({ codec: 'h264', pixFmt: 'yuv420p', width: 320, height: 240, constantFps: true, frames: 20 });
    expect(info.faststart).toBe(true);
    // The same GIF again is the same clip (the conversion is reproducible).
    expect((await library.importAsset('dance-again.gif', fs.readFileSync(gif))).duplicate).toBe(true);
  });

  it('an animated WebP with uneven delays lasts their sum (±1 frame at 30 fps), each frame shown for its delay', async () => {
    const delays = [100, 200, 100, 50, 50, 300];
    const { asset } = await library.importAsset('loop.webp', await animatedWebp(delays));
    expect(asset).toMatchObject({ kind: 'video', mime: 'video/mp4', width: 200, height: 150, fps: 30 });
    expect(Math.abs(asset.durationMs! - 800)).toBeLessThanOrEqual(34);
    // The 4th frame (shown 400..450 ms) is there at 420 ms: its colour, not its neighbours' (80, 160).
    const png = execFileSync('ffmpeg', ['-v', 'error', '-ss', '0.42', '-i', library.assetPath(asset.id)!, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', '-']);
    const { data } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(Math.abs(data[0] - 120)).toBeLessThanOrEqual(12);
  });

  it('a still GIF or WebP stays an image', async () => {
    const still = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c33' } }).gif().toBuffer();
    expect((await library.importAsset('still.gif', still)).asset).toMatchObject({ kind: 'image', mime: 'image/gif' });
  });

  it('property: the timing plays each frame for its delay, to the frame', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 2, maxLength: 60 }), (delays) => {
        const { fps, repeats } = animationTiming(delays);
        const effective = delays.map((d) => (d > 10 ? d : 100));
        const total = effective.reduce((a, b) => a + b, 0);
        const frames = repeats.reduce((a, b) => a + b, 0);
        expect(repeats.every((r) => r >= 1)).toBe(true);
        expect(Math.abs((frames * 1000) / fps - total)).toBeLessThanOrEqual(1000 / fps + 1e-6 + (effective.filter((d) => d < 1000 / fps).length * 1000) / fps);
      }),
    );
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIF_LIMITS } from '../../../core/formats/videoLimits';
import { formatMessage } from '../../../core/messages';
import { isUserError } from '../errors';
import { encodeGif, encodeWebp, MIN_FPS, MIN_WIDTH, nextSettings } from './gif';

const dir = mkdtempSync(join(tmpdir(), 'affiche-gif-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function clip(name: string, graph: string): string {
  const out = join(dir, name);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', graph, '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '18', '-pix_fmt', 'yuv420p', out]);
  return out;
}

function ffprobe(file: string): { codec: string; width: number; height: number } {
  const json = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_streams', file]).toString()) as { streams: Array<{ codec_name: string; width: number; height: number }> };
  return { codec: json.streams[0].codec_name, width: json.streams[0].width, height: json.streams[0].height };
}

let moving: string;
let short: string;
let tiny: string;
beforeAll(() => {
  // 15 s where every pixel moves (a test pattern with moving grain), 9:16.
  moving = clip('moving.mp4', 'testsrc2=s=540x960:r=30:d=15,noise=alls=14:allf=t');
  short = clip('short.mp4', 'testsrc2=s=640x360:r=30:d=3,noise=alls=10:allf=t');
  tiny = clip('tiny.mp4', 'testsrc2=s=320x180:r=30:d=2,noise=alls=10:allf=t');
}, 120_000);

describe('GIF from a video', () => {
  it('a 15 s moving clip to LinkedIn’s 5 MB: at most 5 MB, a looping GIF, even size as reported', async () => {
    const target = GIF_LIMITS.linkedin!.maxBytes;
    const out = join(dir, 'linkedin.gif');
    const fractions: number[] = [];
    const result = await encodeGif({ input: moving, out, maxBytes: target, onProgress: (f) => fractions.push(f) });
    expect(statSync(out).size).toBe(result.bytes);
    expect(result.bytes).toBeLessThanOrEqual(target);
    const probed = ffprobe(out);
    expect(probed).toEqual({ codec: 'gif', width: result.width, height: result.height });
    expect(result.width % 2).toBe(0);
    expect(result.height % 2).toBe(0);
    expect(result.height).toBe(Math.floor((result.width * 960) / 540 / 2) * 2);
    const meta = await sharp(out, { animated: true }).metadata();
    expect(meta.loop).toBe(0);
    expect(meta.pages).toBeGreaterThanOrEqual(Math.floor(15 * result.fps) - 1);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(readdirSync(dir).filter((name) => name.includes('linkedin'))).toEqual(['linkedin.gif']);
  }, 300_000);

  it('an impossible target fails naming the smallest GIF reached and the target, and leaves nothing', async () => {
    const out = join(dir, 'impossible.gif');
    const error = await encodeGif({ input: short, out, maxBytes: 20_000 }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    const detail = (error as { detail: never }).detail;
    expect(formatMessage(detail, 'en')).toMatch(new RegExp(`^the smallest GIF is [\\d.]+ MB at ${MIN_WIDTH} px, ${MIN_FPS} fps, 32 colours; the target is 0.02 MB: shorten the video$`));
    expect(formatMessage(detail, 'fr')).toMatch(/^le plus petit GIF pèse [\d,]+\u00a0Mo à 240\u00a0px, 6\u00a0i\/s, 32\u00a0couleurs\u202f; la cible est de 0,02\u00a0Mo\u00a0: raccourcissez la vidéo$/);
    expect(readdirSync(dir).filter((name) => name.includes('impossible'))).toEqual([]);
  }, 180_000);

  it('X’s frame cap lowers the frame rate so the GIF has at most that many frames', async () => {
    const out = join(dir, 'frames.gif');
    const result = await encodeGif({ input: short, out, maxFrames: 20, maxWidth: 320 });
    const meta = await sharp(out, { animated: true }).metadata();
    expect(meta.pages).toBeLessThanOrEqual(20);
    expect(result.fps).toBe(6);
    expect(meta.width).toBe(320);
  });

  it('property: whenever it succeeds, the GIF is at most the target', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 30_000, max: 600_000 }), async (target) => {
        const out = join(dir, `p-${target}.gif`);
        const result = await encodeGif({ input: tiny, out, maxBytes: target }).catch((e: unknown) => (isUserError(e) ? null : Promise.reject(e)));
        if (result) expect(statSync(out).size).toBeLessThanOrEqual(target);
        rmSync(out, { force: true });
      }),
      { numRuns: 3 },
    );
  }, 300_000);

  it('steps: width first, then frame rate, then colours, then gives up', () => {
    let settings = { width: 480, fps: 12, level: 0 };
    const seen: string[] = [];
    for (let next = nextSettings(settings, 3); next; next = nextSettings(settings, 3)) {
      seen.push(next.width !== settings.width ? 'width' : next.fps !== settings.fps ? 'fps' : 'colours');
      settings = next;
    }
    expect(seen.join(' ')).toMatch(/^(width )+(fps )+colours colours colours$/);
    expect(settings).toEqual({ width: MIN_WIDTH, fps: MIN_FPS, level: 3 });
  });
});

describe('animated WebP from a video', () => {
  it('writes a looping animated WebP under the target', async () => {
    const out = join(dir, 'clip.webp');
    const result = await encodeWebp({ input: short, out, maxBytes: 400_000 });
    expect(result.bytes).toBeLessThanOrEqual(400_000);
    const meta = await sharp(out, { animated: true }).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.loop).toBe(0);
    expect(meta.pages).toBeGreaterThan(10);
    expect(meta.width).toBe(result.width);
  });
});

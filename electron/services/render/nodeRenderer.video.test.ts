/**
 * A page holding a video, rendered as a still (issue 10): until video export exists, the image
 * shows the frame the video starts on, not a grey box. Real videos made by the real ffmpeg, real
 * pixels read back.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVideoElement } from '../../../core/schema';
import { renderDesignPage } from './nodeRenderer';
import { designOf, near, pixels, type RGB } from './pixelTestUtils';
import { videoFramePng } from './videoFrame';

const GREY: RGB = [0xd9, 0xd9, 0xde];
const RED: RGB = [255, 0, 0];
const BLUE: RGB = [0, 0, 255];

let dir: string;
/** Red for its first second, blue for the next: the frame at 1.5 s is blue. */
const videos: Record<'mp4' | 'webm', { id: string; bytes: Uint8Array; file: string }> = {} as never;

function makeVideo(name: string, codec: string[]): { id: string; bytes: Uint8Array; file: string } {
  const file = path.join(dir, name);
  execFileSync('ffmpeg', [
    '-v', 'error', '-y',
    '-f', 'lavfi', '-i', 'color=c=red:s=160x90:r=10:d=1',
    '-f', 'lavfi', '-i', 'color=c=blue:s=160x90:r=10:d=1',
    '-filter_complex', '[0:v][1:v]concat=n=2:v=1[v]', '-map', '[v]', ...codec, '-pix_fmt', 'yuv420p', file,
  ]);
  const bytes = new Uint8Array(readFileSync(file));
  return { id: createHash('sha256').update(bytes).digest('hex'), bytes, file };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-video-still-'));
  videos.mp4 = makeVideo('clip.mp4', ['-c:v', 'libx264']);
  videos.webm = makeVideo('clip.webm', ['-c:v', 'libvpx-vp9']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pageWithVideo(assetId: string, trimInMs = 0) {
  const design = designOf(400, 300);
  design.pages[0].elements.push(createVideoElement({ assetId, x: 40, y: 60, width: 320, height: 180, trimInMs }));
  return design;
}

describe('node renderer: a video in a still', () => {
  it.each(['mp4', 'webm'] as const)('shows the first frame of a %s, covering the video’s box, where a grey box used to be', async (kind) => {
    const video = videos[kind];
    const readAsset = async (id: string) => (id === video.id ? video.bytes : null);
    const p = await pixels(await renderDesignPage(pageWithVideo(video.id), 0, 'png', { readAsset }));
    for (const [x, y] of [[45, 65], [200, 150], [355, 235]]) expect(near(p.at(x, y), RED, 40), `${kind} at ${x},${y}: ${p.at(x, y)}`).toBe(true);
    // Outside the box: the page.
    expect(near(p.at(20, 20), [255, 255, 255])).toBe(true);
    expect(p.where((px) => near(px, GREY, 4)).length).toBe(0);
  });

  it('starts where the video is trimmed to, and reads the library’s file when given one', async () => {
    const video = videos.mp4;
    let read = 0;
    const readAsset = async (id: string) => {
      read += 1;
      return id === video.id ? video.bytes : null;
    };
    const p = await pixels(await renderDesignPage(pageWithVideo(video.id, 1500), 0, 'png', { readAsset, assetFile: (id) => (id === video.id ? video.file : null) }));
    expect(near(p.at(200, 150), BLUE, 40), String(p.at(200, 150))).toBe(true);
    expect(read).toBe(0);
  });

  it('a trim past the end shows the first frame; bytes that are not a video leave the placeholder box', async () => {
    expect(await videoFramePng({ bytes: videos.webm.bytes }, 60_000)).not.toBeNull();
    const notVideo = new TextEncoder().encode('#EXTM3U\nhttp://example.com/a.ts\n');
    expect(await videoFramePng({ bytes: notVideo }, 0)).toBeNull();
    const file = path.join(dir, 'broken.mp4');
    writeFileSync(file, videos.mp4.bytes.subarray(0, 64));
    expect(await videoFramePng({ file }, 0)).toBeNull();
    const id = 'e'.repeat(64);
    const p = await pixels(await renderDesignPage(pageWithVideo(id), 0, 'png', { readAsset: async () => notVideo }));
    expect(near(p.at(200, 150), GREY, 4)).toBe(true);
  });

  it('a cropped clip shows the part it keeps: cropped to its top-left quarter, the box is all that quarter’s colour', async () => {
    const file = path.join(dir, 'quarters.mp4');
    const quarters = 'color=c=0xff0000:s=160x96:r=10:d=1,drawbox=x=80:y=0:w=80:h=48:c=0x00ff00:t=fill,drawbox=x=0:y=48:w=80:h=48:c=0x0000ff:t=fill,drawbox=x=80:y=48:w=80:h=48:c=0xffff00:t=fill';
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', quarters, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', file]);
    const bytes = new Uint8Array(readFileSync(file));
    const id = createHash('sha256').update(bytes).digest('hex');
    const design = designOf(400, 300);
    const clip = createVideoElement({ assetId: id, x: 40, y: 60, width: 200, height: 200 });
    design.pages[0].elements.push({ ...clip, crop: { x: 0, y: 0, width: 0.5, height: 0.5 } });
    const p = await pixels(await renderDesignPage(design, 0, 'png', { readAsset: async (asked) => (asked === id ? bytes : null) }));
    for (const [x, y] of [[46, 66], [140, 160], [234, 254], [46, 254], [234, 66]]) expect(near(p.at(x, y), RED, 40), `at ${x},${y}: ${p.at(x, y)}`).toBe(true);
    // Uncropped, the same box shows the green quarter at its top right (cover, centred).
    design.pages[0].elements = [clip];
    const whole = await pixels(await renderDesignPage(design, 0, 'png', { readAsset: async (asked) => (asked === id ? bytes : null) }));
    expect(near(whole.at(190, 110), [0, 255, 0], 40), String(whole.at(190, 110))).toBe(true);
  });
});

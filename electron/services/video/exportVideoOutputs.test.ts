/**
 * What else a video design exports (issue 13, "Export", "Cover", "Animated memes"): a GIF and an
 * animated WebP under a size target, read back as a user's tools read them; a target no setting
 * reaches refused in both languages with nothing written; progress monotonic to 100 once; cancel
 * leaving nothing (EXP-01); and the cover pictures written beside the MP4: the MP4's own frame at
 * the cover time, and its centre 3:4 crop.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GIF_LIMITS } from '../../../core/formats/videoLimits';
import { formatMessage } from '../../../core/messages';
import { createImageElement, createPage, createShapeElement, createTextElement } from '../../../core/schema/factory';
import type { Design, Element } from '../../../core/schema';
import { createBackend, type Backend } from '../backend';
import { callOn, runJobOn, staged, stageTarget } from '../testing/backendTesting';
import { frameAt, psnr } from './mp4Testing';

let dir: string;
let backend: Backend;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'affiche-video-outputs-'));
  backend = await createBackend({ libraryDir: dir, transport: 'inprocess', validateResults: true });
});
afterAll(async () => {
  await backend.close();
  rmSync(dir, { recursive: true, force: true });
});

const SMALL = { preset: null, width: 270, height: 480 };

async function videoDesign(name: string, scenes: { fill: string; elements: Element[]; durationMs: number }[], options: { format?: typeof SMALL | { preset: string; width: number; height: number }; coverMs?: number } = {}): Promise<Design> {
  const { design } = await callOn(backend, 'designs.create', { name, kind: 'video', format: options.format ?? SMALL });
  design.pages = scenes.map((scene) => ({ ...createPage(), background: { fill: scene.fill }, elements: scene.elements, durationMs: scene.durationMs }));
  if (options.coverMs !== undefined) design.video = { coverMs: options.coverMs };
  await callOn(backend, 'designs.save', { design });
  return design;
}

/** Two scenes of different colours, a title sliding in over the first. */
function twoScenes(): { fill: string; elements: Element[]; durationMs: number }[] {
  return [
    {
      fill: '#1b3a5c',
      durationMs: 1000,
      elements: [createTextElement({ x: 20, y: 200, width: 230, text: 'Bonjour', fontSize: 40, fill: '#ffffff', timing: { inMs: 0, animationIn: { kind: 'slideUp', durationMs: 800, easing: 'easeOut', distance: 120 } } })],
    },
    { fill: '#ffd166', durationMs: 1000, elements: [createShapeElement({ shape: 'rect', x: 60, y: 60, width: 150, height: 150, fill: '#e61e28' })] },
  ];
}

function probeStream(file: string): { codec: string; width: number; height: number; frames: number } {
  const json = JSON.parse(
    execFileSync('ffprobe', ['-v', 'error', '-count_frames', '-select_streams', 'v:0', '-show_entries', 'stream=codec_name,width,height,nb_read_frames', '-of', 'json', file]).toString(),
  ) as { streams: Array<{ codec_name: string; width: number; height: number; nb_read_frames?: string }> };
  const s = json.streams[0];
  return { codec: s.codec_name, width: s.width, height: s.height, frames: Number(s.nb_read_frames ?? 0) };
}

function expectMonotonicToOneOnce(fractions: number[]): void {
  expect(fractions[fractions.length - 1]).toBe(1);
  expect(fractions.filter((f) => f === 1)).toHaveLength(1);
  for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
}

/** A picture of grain, zooming: every frame differs, so no small file holds it. */
async function noiseDesign(name: string): Promise<Design> {
  const { data, info } = await sharp({ create: { width: 270, height: 480, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } } }).raw().toBuffer({ resolveWithObject: true });
  const png = await sharp(data, { raw: info }).png().toBuffer();
  const photo = (await callOn(backend, 'assets.import', await staged(backend, `${name}.png`, new Uint8Array(png)))).asset.id;
  return videoDesign(name, [{ fill: '#ffffff', durationMs: 2000, elements: [createImageElement({ assetId: photo, x: 0, y: 0, width: 270, height: 480, kenBurns: { kind: 'zoomIn', amount: 0.3 } })] }]);
}

describe('GIF and WebP from a video design', () => {
  it('a GIF: parses back as a GIF of the reported size and frame count, under X’s 15 MB (a custom size), progress monotonic to 100 once, alone in its folder', async () => {
    const design = await videoDesign('Mon mème', twoScenes());
    const target = stageTarget(backend, 'Mon mème.gif');
    const fractions: number[] = [];
    const stages: { key: string; fraction: number }[] = [];
    const { result } = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, type: 'gif', target: target.id }, {
      onProgress: (p) => {
        fractions.push(p.fraction);
        if (p.stage) stages.push({ key: p.stage.key, fraction: p.fraction });
      },
    });
    expect(result).toMatchObject({ type: 'gif', fileName: 'Mon mème.gif', width: 270, height: 480, durationMs: 2000 });
    const animated = result.animated!;
    expect(animated).toMatchObject({ network: 'x', maxBytes: GIF_LIMITS.x!.maxBytes, width: 270, fps: 12, colors: 256, quality: 0 });
    expect(result.cover).toBeUndefined();
    const probed = probeStream(target.path);
    expect(probed).toMatchObject({ codec: 'gif', width: animated.width, height: animated.height });
    expect(animated.height).toBe(480);
    expect(Math.abs(probed.frames - 24)).toBeLessThanOrEqual(1);
    expect(animated.frames).toBe(24);
    expect(readFileSync(target.path).subarray(0, 6).toString('latin1')).toBe('GIF89a');
    expect(statSync(target.path).size).toBe(result.bytes);
    expect(result.bytes).toBeLessThanOrEqual(GIF_LIMITS.x!.maxBytes);
    // The line the tray shows, in both languages.
    const mb = (result.bytes / 1e6).toFixed(2).replace(/\.?0+$/, '');
    expect(formatMessage(animated.summary, 'en')).toBe(`GIF 270 px, 12 fps, ${mb} MB of 15 MB`);
    expect(formatMessage(animated.summary, 'fr')).toBe(`GIF 270\u00a0px, 12\u00a0i/s, ${mb.replace('.', ',')}\u00a0Mo sur 15\u00a0Mo`);
    expectMonotonicToOneOnce(fractions);
    // Two passes on one bar: the MP4's encode in the first half, the GIF's from the middle on (a stage change is sent at once).
    const encode = stages.filter((st) => st.key === 'videoExport.encode');
    const gif = stages.filter((st) => st.key === 'videoExport.animate');
    expect(encode.length).toBeGreaterThan(0);
    expect(Math.max(...encode.map((st) => st.fraction))).toBeLessThanOrEqual(0.5);
    expect(gif.length).toBeGreaterThan(0);
    expect(Math.min(...gif.map((st) => st.fraction))).toBeGreaterThanOrEqual(0.5);
    expect(readdirSync(path.dirname(target.path))).toEqual(['Mon mème.gif']);
  });

  it('a LinkedIn format takes LinkedIn’s 5 MB target; an animated WebP parses back with its frames and size', async () => {
    const design = await videoDesign('Anim', twoScenes());
    const target = stageTarget(backend, 'anim.webp');
    const { result } = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, type: 'webp', formatId: 'linkedin-video', target: target.id });
    const animated = result.animated!;
    expect(result.type).toBe('webp');
    expect(animated).toMatchObject({ network: 'linkedin', maxBytes: GIF_LIMITS.linkedin!.maxBytes, colors: 0, quality: 75 });
    const bytes = readFileSync(target.path);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('RIFF');
    expect(bytes.subarray(8, 12).toString('latin1')).toBe('WEBP');
    expect(bytes.length).toBeLessThanOrEqual(GIF_LIMITS.linkedin!.maxBytes);
    // ffmpeg 5.1 cannot decode an animated WebP: sharp reads its frames.
    const meta = await sharp(bytes, { animated: true }).metadata();
    expect(meta.format).toBe('webp');
    expect(meta.width).toBe(animated.width);
    expect(meta.pageHeight).toBe(animated.height);
    // libwebp merges identical frames (the still second scene) into one longer frame: the delays add up to the video's length.
    expect(meta.pages).toBeGreaterThan(2);
    expect(Math.abs((meta.delay ?? []).reduce((sum, d) => sum + d, 0) - 2000)).toBeLessThanOrEqual(100);
    expect(meta.loop).toBe(0);
  });

  it('a target no setting reaches: encodeGif’s keyed message in English and French, and nothing written', async () => {
    const design = await noiseDesign('Grain');
    const target = stageTarget(backend, 'grain.gif');
    const error = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, type: 'gif', maxBytes: 10_000, target: target.id }).then(
      () => null,
      (e: { code?: string; detail?: Parameters<typeof formatMessage>[0] }) => e,
    );
    expect(error?.code).toBe('bad-file');
    expect(formatMessage(error!.detail!, 'en')).toMatch(/^the smallest GIF is [\d.]+ MB at 240 px, 6 fps, 32 colours; the target is 0\.01 MB: shorten the video$/);
    expect(formatMessage(error!.detail!, 'fr')).toMatch(/^le plus petit GIF pèse [\d,]+\u00a0Mo à 240\u00a0px, 6\u00a0i\/s, 32\u00a0couleurs\u202f; la cible est de 0,01\u00a0Mo\u00a0: raccourcissez la vidéo$/);
    expect(readdirSync(path.dirname(target.path))).toEqual([]);
  }, 120_000);

  it('EXP-01: a GIF export cancelled at a few random points leaves nothing and ends cancelled', async () => {
    // Grain under a 1 MB target: a few attempts, so the GIF pass lasts long enough to be cancelled.
    const design = await noiseDesign('Annulé');
    const outDir = mkdtempSync(path.join(os.tmpdir(), 'affiche-gif-cancel-'));
    // Seeded points across both passes (the MP4 pass below 0.5, the GIF pass above).
    const points = [0.05, 0.3, 0.55, 0.7];
    let cancelled = 0;
    for (const [run, point] of points.entries()) {
      const file = path.join(outDir, `anim-${run}.gif`);
      const controller = new AbortController();
      const status = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, type: 'gif', maxBytes: 1_000_000, target: backend.staging.target(file).id }, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.fraction >= point) controller.abort();
        },
      }).then(
        () => 'done',
        (error: { code?: string }) => error.code ?? 'error',
      );
      expect(['done', 'cancelled'], `run ${run}`).toContain(status);
      if (status === 'cancelled') {
        cancelled++;
        expect(existsSync(file), `run ${run}`).toBe(false);
      }
      expect(readdirSync(outDir).filter((name) => name.startsWith(`anim-${run}`) || name.includes('.tmp') || name.includes('partial')), `run ${run}`).toEqual(status === 'done' ? [`anim-${run}.gif`] : []);
    }
    expect(cancelled).toBeGreaterThanOrEqual(3);
    expect(backend.jobs.runningCount).toBe(0);
    rmSync(outDir, { recursive: true, force: true });
  }, 120_000);
});

/** The JPEG as packed RGB. */
async function rgbOf(file: string): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

describe('the cover picture beside the MP4', () => {
  it('the frame at coverMs taken from the MP4 (PSNR >= 35 dB), and its centre 3:4 crop', async () => {
    // 1.2 s: in the second, yellow scene, while the first frame is blue.
    const design = await videoDesign('Couverture', twoScenes(), { coverMs: 1200 });
    const target = stageTarget(backend, 'reel.mp4');
    const { result } = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: target.id, quality: 'draft' });
    const folder = path.dirname(target.path);
    expect(readdirSync(folder).sort()).toEqual(['reel-cover-3x4.jpg', 'reel-cover.jpg', 'reel.mp4']);
    expect(result.cover).toMatchObject({ atMs: 1200 });
    expect(result.cover!.files.map((f) => [f.fileName, f.crop, f.width, f.height])).toEqual([
      ['reel-cover.jpg', 'frame', 270, 480],
      ['reel-cover-3x4.jpg', 'grid', 270, 360],
    ]);
    const cover = await rgbOf(path.join(folder, 'reel-cover.jpg'));
    expect([cover.width, cover.height]).toEqual([270, 480]);
    const frame = frameAt(target.path, 1.2, SMALL);
    const whole = { x: 0, y: 0, width: 270, height: 480 };
    expect(psnr(cover.data, frame, 270, whole)).toBeGreaterThanOrEqual(35);
    // Not the first frame: that one is another scene.
    expect(psnr(cover.data, frameAt(target.path, 0, SMALL), 270, whole)).toBeLessThan(20);
    // The grid crop is the cover's rows 60..420: the same pixels.
    const grid = await rgbOf(path.join(folder, 'reel-cover-3x4.jpg'));
    expect([grid.width, grid.height]).toEqual([270, 360]);
    const centre = frame.subarray(60 * 270 * 3, 420 * 270 * 3);
    expect(psnr(grid.data, centre, 270, { x: 0, y: 0, width: 270, height: 360 })).toBeGreaterThanOrEqual(35);
    // And not an off-centre band (the red square sits in the top rows).
    expect(psnr(grid.data, frame.subarray(0, 360 * 270 * 3), 270, { x: 0, y: 0, width: 270, height: 360 })).toBeLessThan(25);
    expect(statSync(path.join(folder, 'reel-cover.jpg')).size).toBe(result.cover!.files[0].bytes);
  });

  it('no coverMs: the first frame; cover: false writes only the MP4', async () => {
    const design = await videoDesign('Première image', twoScenes());
    const target = stageTarget(backend, 'first.mp4');
    const { result } = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: target.id, quality: 'draft' });
    expect(result.cover!.atMs).toBe(0);
    const cover = await rgbOf(path.join(path.dirname(target.path), 'first-cover.jpg'));
    expect(psnr(cover.data, frameAt(target.path, 0, SMALL), 270, { x: 0, y: 0, width: 270, height: 480 })).toBeGreaterThanOrEqual(35);

    const bare = stageTarget(backend, 'bare.mp4');
    const { result: without } = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, target: bare.id, quality: 'draft', cover: false });
    expect(without.cover).toBeUndefined();
    expect(readdirSync(path.dirname(bare.path))).toEqual(['bare.mp4']);
  });

  it('1080x1920: the cover is 1080x1920 and its grid crop 1080x1440; in browser mode each is its own download', async () => {
    const design = await videoDesign('Reel', [{ fill: '#2a9d8f', durationMs: 500, elements: [createTextElement({ x: 80, y: 900, width: 920, text: 'Lien en bio', fontSize: 100, fill: '#ffffff' })] }], {
      format: { preset: 'instagram-reel', width: 1080, height: 1920 },
    });
    const { result } = await runJobOn(backend, 'designs.exportVideo', { design: { id: design.id }, quality: 'draft' });
    expect(result.downloadId).toBeTruthy();
    const files = result.cover!.files;
    expect(files.map((f) => [f.fileName, f.width, f.height])).toEqual([
      ['Reel-cover.jpg', 1080, 1920],
      ['Reel-cover-3x4.jpg', 1080, 1440],
    ]);
    for (const file of files) {
      expect(file.downloadId).toBeTruthy();
      const served = backend.staging.takeDownload(file.downloadId!);
      expect(served?.fileName).toBe(file.fileName);
      const meta = await sharp(served!.path).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', file.width, file.height]);
    }
  });
});

/**
 * The video examples (scripts/make-examples.ts): the benchmark reel of docs/architecture.md
 * ("Video", the benchmark reel), a TikTok video with French captions and a meme over a clip. Each
 * opens (parseDesign, no migration), carries exactly the media it references, says what the reel
 * says (scene lengths, transition, Ken Burns, layer timings, soundtrack, loudness), and `affiche
 * render` writes each as an upload-safe MP4 whose frames show the layers where they belong.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { assetIdsOfDesign } from '../../core/elements';
import { parseDesign, type Design, type Element, type TextElement } from '../../core/schema';
import { videoTimeline } from '../../core/video/timeline';
import { ebur128, expectUploadSafeMp4, frameAt } from '../services/video/mp4Testing';
import { runCli } from './testing';

const examplesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../assets/examples');
const VIDEO_EXAMPLES = ['benchmark-reel.affiche', 'tiktok-captions.affiche', 'meme-video-reunion.affiche'];

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-video-examples-'));
});

/** design.json parsed from the file's bytes, and its blobs by name. */
function open(file: string): { design: Design; migratedFrom?: number; blobs: Map<string, Uint8Array> } {
  const entries = unzipSync(new Uint8Array(readFileSync(path.join(examplesDir, file))));
  const { design, migratedFrom } = parseDesign(JSON.parse(new TextDecoder().decode(entries['design.json'])), file);
  const blobs = new Map(Object.entries(entries).flatMap(([name, bytes]) => (name.startsWith('blobs/') ? [[name.slice('blobs/'.length), bytes] as const] : [])));
  return { design, migratedFrom, blobs };
}

const byId = (design: Design, id: string): Element => {
  const found = design.pages.flatMap((p) => p.elements).find((el) => el.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};

/** ffprobe's view of a medium written to a temp file (tests may run ffprobe directly). */
function probe(bytes: Uint8Array, name: string): { streams: { codec_type: string; codec_name: string; width?: number; height?: number }[]; format: { duration: string } } {
  const file = path.join(tmp, name);
  writeFileSync(file, bytes);
  return JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file], { encoding: 'utf8' }));
}

/** The MP4's frame at `seconds`, as a PNG file for sharp. */
async function framePng(mp4: string, seconds: number, size: { width: number; height: number }, name: string): Promise<string> {
  const file = path.join(tmp, name);
  await sharp(frameAt(mp4, seconds, size), { raw: { ...size, channels: 3 } }).png().toFile(file);
  return file;
}

async function pixel(file: string, x: number, y: number): Promise<[number, number, number]> {
  const { data } = await sharp(file).extract({ left: x, top: y, width: 1, height: 1 }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return [data[0], data[1], data[2]];
}

const near = (actual: readonly number[], hex: string, tolerance = 12) => {
  const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return actual.every((c, i) => Math.abs(c - want[i]) <= tolerance);
};

/** Share of pixels in a band that are close to `hex`. */
async function shareOf(file: string, band: { left: number; top: number; width: number; height: number }, hex: string, tolerance = 24): Promise<number> {
  const { data, info } = await sharp(file).extract(band).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let hits = 0;
  for (let i = 0; i < data.length; i += info.channels) if (near([data[i], data[i + 1], data[i + 2]], hex, tolerance)) hits++;
  return hits / (info.width * info.height);
}

describe('video examples', () => {
  it.each(VIDEO_EXAMPLES)('%s opens as a current video design and carries exactly the media it references, each hashing to its id', (file) => {
    const { design, migratedFrom, blobs } = open(file);
    expect(design.kind).toBe('video');
    expect(migratedFrom).toBeUndefined();
    expect([...blobs.keys()].sort()).toEqual([...new Set(assetIdsOfDesign(design))].sort());
    for (const [id, bytes] of blobs) expect(createHash('sha256').update(bytes).digest('hex')).toBe(id);
  });

  it('the benchmark reel is the reel of the spec: 1080x1920, 30 fps, 15 s in three scenes, a slide then a cut', () => {
    const { design } = open('benchmark-reel.affiche');
    expect(design.format).toMatchObject({ width: 1080, height: 1920 });
    const timeline = videoTimeline(design);
    expect(timeline.fps).toBe(30);
    expect(timeline.durationMs).toBe(15_000);
    expect(timeline.scenes.map((s) => [s.startMs, s.durationMs])).toEqual([
      [0, 5500],
      [5000, 5000],
      [10_000, 5000],
    ]);
    expect(timeline.scenes.map((s) => s.transitionOut)).toEqual([{ kind: 'slideleft', durationMs: 500 }, { kind: 'cut', durationMs: 0 }, null]);
    expect(design.pages[2].background.fill).toBe('#1B3A5C');
    expect(byId(design, 'reel-photo-a')).toMatchObject({ type: 'image', width: 1080, height: 1920, kenBurns: { kind: 'zoomIn', amount: 0.15 } });
    expect(byId(design, 'reel-photo-b')).toMatchObject({ type: 'image', kenBurns: { kind: 'panRight', amount: 0.1 } });
    const title = byId(design, 'reel-title') as TextElement;
    expect(title).toMatchObject({ text: 'Nouvelle collection', fontSize: 84, fill: '#ffffff', timing: { inMs: 300, animationIn: { kind: 'slideUp', durationMs: 400, easing: 'easeOut', distance: 80, fade: true } } });
    expect(title.shadow).toBeDefined();
    // From outside the page: a slide with no distance.
    const pill = byId(design, 'reel-pill') as TextElement;
    expect(pill.timing).toEqual({ inMs: 800, animationIn: { kind: 'slideRight', durationMs: 500, easing: 'easeOut' } });
    expect(pill.background).toBeDefined();
    expect(byId(design, 'reel-logo').timing).toEqual({ inMs: 200, animationIn: { kind: 'fade', durationMs: 400, easing: 'easeOut' } });
    expect(byId(design, 'reel-cta')).toMatchObject({ fill: '#FFD166', timing: { inMs: 600, animationIn: { kind: 'slideUp', durationMs: 400, fade: true } } });
    expect(design.audio).toMatchObject({ startMs: 0, fadeInMs: 500, fadeOutMs: 1000, fit: 'fitToVideo' });
    expect(design.video?.loudness).toEqual({ lufs: -14, truePeak: -1 });
  });

  it('the benchmark reel carries photo A 2400x3200, photo B 3200x2400, a 320x320 logo and 20 s of AAC music', async () => {
    const { design, blobs } = open('benchmark-reel.affiche');
    const sizeOf = async (id: string) => {
      const meta = await sharp(blobs.get(id)!).metadata();
      return [meta.format, meta.width, meta.height];
    };
    expect(await sizeOf((byId(design, 'reel-photo-a') as { assetId: string }).assetId)).toEqual(['jpeg', 2400, 3200]);
    expect(await sizeOf((byId(design, 'reel-photo-b') as { assetId: string }).assetId)).toEqual(['jpeg', 3200, 2400]);
    expect(await sizeOf((byId(design, 'reel-logo') as { assetId: string }).assetId)).toEqual(['png', 320, 320]);
    const music = probe(blobs.get(design.audio!.assetId)!, 'music.m4a');
    expect(music.streams.map((s) => [s.codec_type, s.codec_name])).toEqual([['audio', 'aac']]);
    expect(Number(music.format.duration)).toBeCloseTo(20, 0);
  });

  it('the TikTok example carries 6 to 8 French cues in order, inside the video, burned in with the highlight preset', () => {
    const { design } = open('tiktok-captions.affiche');
    expect(design.format).toMatchObject({ preset: 'tiktok-video', width: 1080, height: 1920 });
    const captions = design.captions!;
    expect(captions).toMatchObject({ burnIn: true, preset: 'highlight' });
    expect(captions.cues.length).toBeGreaterThanOrEqual(6);
    expect(captions.cues.length).toBeLessThanOrEqual(8);
    const end = videoTimeline(design).durationMs;
    captions.cues.forEach((cue, i) => {
      expect(cue.startMs).toBeLessThan(cue.endMs);
      expect(cue.endMs).toBeLessThanOrEqual(end);
      if (i > 0) expect(cue.startMs).toBeGreaterThanOrEqual(captions.cues[i - 1].endMs);
      // French typography: curly apostrophe, a no-break space before ":" and a narrow one before "?" and "!".
      expect(cue.text).not.toMatch(/'|[^\u00a0]:|[^\u202f][?!]/);
    });
  });

  it('the video meme plays a 6 s clip with its sound under a top line and a punchline that pops in later', () => {
    const { design, blobs } = open('meme-video-reunion.affiche');
    const clip = byId(design, 'meme-video-clip');
    expect(clip).toMatchObject({ type: 'video', muted: false, width: 1080, height: 1080 });
    const media = probe(blobs.get((clip as { assetId: string }).assetId)!, 'clip.mp4');
    expect(media.streams.map((s) => s.codec_type).sort()).toEqual(['audio', 'video']);
    expect(Number(media.format.duration)).toBeCloseTo(6, 0);
    const top = byId(design, 'meme-video-top') as TextElement;
    const bottom = byId(design, 'meme-video-bottom') as TextElement;
    expect([top.textCase, bottom.textCase]).toEqual(['upper', 'upper']);
    expect(bottom.timing!.inMs).toBeGreaterThan(top.timing!.inMs);
    expect(bottom.timing!.animationIn?.kind).toBe('pop');
  });

  it('affiche render writes the benchmark reel as an upload-safe MP4 whose mid-scene frames show each scene\'s layers in place', async () => {
    const out = path.join(tmp, 'reel');
    const result = await runCli(['render', path.join(examplesDir, 'benchmark-reel.affiche'), '--out', out, '--quality', 'draft']);
    expect(result.code, result.err.join('\n')).toBe(0);
    // The MP4, then its cover pictures (the first frame and its 3:4 crop), one path per line.
    expect(result.out.map((file) => path.basename(file))).toEqual(['Reel de référence.mp4', 'Reel de référence-cover.jpg', 'Reel de référence-cover-3x4.jpg']);
    const mp4 = result.out[0];
    expectUploadSafeMp4(mp4, { width: 1080, height: 1920, fps: 30, durationMs: 15_000 }, readFileSync(mp4));
    // Scene 1 (0-5.5 s), scene 2 (5-10 s, after the slide), scene 3 (10-15 s), each once its layers are in.
    const [scene1, scene2, scene3] = await Promise.all([3, 8, 13].map((t) => framePng(mp4, t, { width: 1080, height: 1920 }, `reel-${t}.png`)));
    // Scene 1: the white title over the photo.
    expect(await shareOf(scene1, { left: 90, top: 1250, width: 900, height: 110 }, '#ffffff')).toBeGreaterThan(0.05);
    // Scene 2: the red pill at the left, on one line.
    expect(await shareOf(scene2, { left: 90, top: 1480, width: 200, height: 70 }, '#E63946')).toBeGreaterThan(0.3);
    expect(await shareOf(scene2, { left: 90, top: 1600, width: 760, height: 60 }, '#E63946')).toBe(0);
    // Scene 3: the navy card, the orange logo in the middle, the yellow call to action.
    expect(near(await pixel(scene3, 20, 20), '#1B3A5C', 4)).toBe(true);
    expect(near(await pixel(scene3, 540, 800), '#FF5733', 6)).toBe(true);
    expect(await shareOf(scene3, { left: 90, top: 1060, width: 900, height: 120 }, '#FFD166')).toBeGreaterThan(0.05);
    // The music, brought to the reel's loudness target.
    expect(Math.abs(ebur128(mp4).lufs - -14)).toBeLessThanOrEqual(1);
  }, 300_000);

  it.each([
    ['tiktok-captions.affiche', { width: 1080, height: 1920 }],
    ['meme-video-reunion.affiche', { width: 1080, height: 1080 }],
  ] as const)('affiche render writes %s as an upload-safe MP4 of its clip at its size', async (file, size) => {
    const out = path.join(tmp, file);
    const { design } = open(file);
    // --no-cover: the MP4 alone (the cover pictures are checked on the benchmark reel above).
    const result = await runCli(['render', path.join(examplesDir, file), '--out', out, '--quality', 'draft', '--no-cover']);
    expect(result.code, result.err.join('\n')).toBe(0);
    expect(result.out).toHaveLength(1);
    expect(readdirSync(out)).toEqual([path.basename(result.out[0])]);
    const durationMs = videoTimeline(design).durationMs;
    expectUploadSafeMp4(result.out[0], { ...size, fps: 30, durationMs }, readFileSync(result.out[0]));
    const late = await framePng(result.out[0], (durationMs - 500) / 1000, size, `${file}.png`);
    const stats = await sharp(late).stats();
    expect(stats.channels.slice(0, 3).some((c) => c.stdev > 10)).toBe(true);
    if (file.startsWith('meme')) expect(await shareOf(late, { left: 40, top: 40, width: 1000, height: 120 }, '#ffffff', 16)).toBeGreaterThan(0.08);
  }, 300_000);
});

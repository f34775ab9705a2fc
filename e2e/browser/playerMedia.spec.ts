/**
 * The editor's player plays sound and shows clips' frames (issue 13, "Timeline": what plays is
 * what exports). A reel with a soundtrack (a tone) and a clip whose frames carry their frame number
 * in their red channel, both made by ffmpeg here and imported into the library:
 * - playing, the soundtrack's audio element and the clip's video element run at the moments
 *   core/video's musicAt and clipMediaMsAt give for the playhead (trim-in, speed), the music at
 *   its ducked gain under the speaking clip;
 * - paused on a scrubbed time, the player's canvas shows the clip's frame for that time;
 * - a pause stops the sound;
 * - a paused frame of the player is, pixel for pixel within 10 levels, the exported MP4's frame at
 *   that time (the clip trimmed, at 1.5x, contained: its margins show the page; over its blurred
 *   copy: its sides show the clip).
 * The clip is H.264 + AAC in MP4, which Debian's Chromium plays. Screenshots (en + fr) of the
 * editor playing go to the shots folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createTextElement, createVideoElement } from '../../core/schema/factory';
import type { Design, VideoElement } from '../../core/schema/design';
import { clipSpan, musicAt, musicSpan } from '../../core/video/audio';
import { clipMediaMsAt } from '../../core/video/clip';
import { layerWindow } from '../../core/video/timeline';
import { expect, test, type App } from './fixtures';
import { createDesignViaApi, editorDesign, waitForCanvas } from './helpers';

const shotsDir = process.env.AFFICHE_SHOTS_DIR ?? path.join(os.tmpdir(), 'affiche-shots');
const SCENE_MS = 8000;
const MUSIC_MS = 6000;
const CLIP_MS = 8000;
/** The clip's red channel: 1.5 per frame at 30 fps (frame n has red round(1.5 n)). */
const RED_PER_FRAME = 1.5;

function ffmpeg(out: string, args: string[]): Buffer {
  const run = spawnSync('ffmpeg', ['-v', 'error', '-y', ...args, out]);
  if (run.status !== 0) throw new Error(String(run.stderr));
  return readFileSync(out);
}

const work = () => mkdtempSync(path.join(os.tmpdir(), 'affiche-player-'));
/** Six seconds of a 440 Hz tone. */
const toneWav = () => ffmpeg(path.join(work(), 'tone.wav'), ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${MUSIC_MS / 1000}:sample_rate=48000`]);
/** Eight seconds of 320x240 at 30 fps whose red channel counts the frames, with a 1 kHz voice. */
const clipMp4 = () =>
  ffmpeg(path.join(work(), 'frames.mp4'), [
    '-f', 'lavfi', '-i', `color=c=black:s=320x240:r=30:d=${CLIP_MS / 1000},format=rgb24,geq=r='${RED_PER_FRAME}*N':g='128':b='32'`,
    '-f', 'lavfi', '-i', `sine=frequency=1000:duration=${CLIP_MS / 1000}:sample_rate=48000`,
    '-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '8', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-movflags', '+faststart',
  ]);

async function openReel(app: App, page: Page, language: 'en' | 'fr'): Promise<{ design: Design; clip: VideoElement }> {
  await app.call('settings.update', { language });
  await app.open();
  const design = await createDesignViaApi(app.call, language === 'fr' ? 'Bobine' : 'Reel', { preset: 'instagram-reel', width: 1080, height: 1920 });
  const { asset: tone } = await app.importAsset<{ asset: { id: string } }>('tone.wav', toneWav());
  const { asset: frames } = await app.importAsset<{ asset: { id: string } }>('frames.mp4', clipMp4());
  design.kind = 'video';
  // From 1 s to 5.5 s, from 0.5 s into its file, at 1.5x: a landscape clip covering a portrait box.
  const clip = createVideoElement({ assetId: frames.id, x: 140, y: 400, width: 800, height: 1000, trimInMs: 500, speed: 1.5, volume: 0.9 });
  clip.id = 'clip';
  clip.timing = { inMs: 1000, outMs: 5500 };
  const title = createTextElement({ x: 90, y: 1500, width: 900, text: language === 'fr' ? 'Nouvelle collection' : 'New collection', fontSize: 96, fontWeight: 700, fill: '#1c1b22' });
  title.id = 'title';
  design.pages[0] = { ...design.pages[0], background: { fill: '#fde8c8' }, elements: [clip, title], durationMs: SCENE_MS };
  design.audio = { assetId: tone.id, volume: 0.8, startMs: 0, trimInMs: 1000, fadeInMs: 300, fadeOutMs: 0, fit: 'loop' };
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);
  await expect(page.getByTestId('timeline')).toBeVisible();
  return { design: await editorDesign(page), clip };
}

const playback = (page: Page) => page.evaluate(() => window.__afficheEditor!.playback()!);

/** The player canvas's pixel at a point of the design (1080x1920), read in the page. */
function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number, number]> {
  return page.getByTestId('player-canvas').evaluate((canvas: HTMLCanvasElement, [dx, dy]) => {
    const scale = canvas.width / 1080;
    return [...canvas.getContext('2d')!.getImageData(Math.round(dx * scale), Math.round(dy * scale), 1, 1).data] as [number, number, number, number];
  }, [x, y]);
}

/** Where the soundtrack and the clip should be at `ms` on the video's clock, by core/video. */
function expected(design: Design, clip: VideoElement, ms: number) {
  const window = layerWindow(clip, SCENE_MS);
  const span = musicSpan(design.audio!, MUSIC_MS, SCENE_MS)!;
  const heard = [clipSpan({ index: 0, element: clip, sceneStartMs: 0, window, hasAudio: true, audioMs: CLIP_MS }, SCENE_MS)!];
  return { music: musicAt(design.audio!, span, heard, ms), clipMs: clipMediaMsAt(clip, window, ms) };
}

/** Whether the soundtrack and the clip both play at the moments core/video gives for the playhead (within 0.25 s). */
async function inSync(page: Page, design: Design, clip: VideoElement): Promise<boolean> {
  const { playheadMs, playing, media } = await playback(page);
  const want = expected(design, clip, playheadMs);
  const video = media!.clips.find((c) => c.key.endsWith('/clip'))!;
  return (
    playing &&
    !media!.music!.paused &&
    !video.paused &&
    Math.abs(media!.music!.currentTime - want.music!.sourceMs / 1000) < 0.25 &&
    Math.abs(video.currentTime - want.clipMs! / 1000) < 0.25
  );
}

test('en: playing runs the soundtrack and the clip at the playhead; a scrub shows the clip frame for that time; a pause stops the sound', async ({ page, app }) => {
  const { design, clip } = await openReel(app, page, 'en');

  // Play from the start; once the clip is in (1 s), read everything in one go.
  await page.keyboard.press('Space');
  await expect.poll(async () => (await playback(page)).playheadMs, { timeout: 15_000 }).toBeGreaterThan(2200);
  // The media answer their clocks a tick behind: sample until both have settled at the playhead.
  await expect.poll(() => inSync(page, design, clip), { timeout: 10_000 }).toBe(true);
  const { playheadMs, media } = await playback(page);
  const want = expected(design, clip, playheadMs);
  expect(playheadMs).toBeLessThan(SCENE_MS);
  const video = media!.clips.find((c) => c.key.endsWith('/clip'))!;
  // The clip speaks at its volume and 1.5x; the music is heard at musicAt's gain (ducked under it).
  expect(video.muted).toBe(false);
  expect(video.volume).toBeCloseTo(0.9, 6);
  expect(video.playbackRate).toBeCloseTo(1.5, 6);
  expect(media!.music!.volume).toBeCloseTo(want.music!.gain, 1);
  expect(want.music!.gain).toBeCloseTo(0.8 * 0.25, 6);
  await page.screenshot({ path: path.join(shotsDir, 'player-media-en.png') });

  // A seek while playing (a press on the ruler at 1.5 s): the media follow the playhead there.
  const ruler = (await page.getByTestId('timeline-ruler').boundingBox())!;
  const scene = (await page.getByTestId('timeline-scene').first().boundingBox())!;
  const pxPerMs = scene.width / SCENE_MS;
  await page.mouse.click(scene.x + 1500 * pxPerMs, ruler.y + ruler.height / 2);
  expect((await playback(page)).playheadMs).toBeLessThan(2000);
  await expect.poll(() => inSync(page, design, clip), { timeout: 10_000 }).toBe(true);
  // L: 2x, still heard, the clip at 1.5 x 2; L again: 4x, the pictures run and nothing is heard.
  await page.keyboard.press('l');
  await expect
    .poll(async () => {
      const { media: m, playing } = await playback(page);
      const v = m!.clips.find((c) => c.key.endsWith('/clip'))!;
      return playing && v.playbackRate === 3 && !v.muted && m!.music!.playbackRate === 2 && !m!.music!.paused;
    })
    .toBe(true);
  await page.keyboard.press('l');
  await expect
    .poll(async () => {
      const { media: m, playing } = await playback(page);
      const v = m!.clips.find((c) => c.key.endsWith('/clip'))!;
      return playing && v.playbackRate === 6 && v.muted && !v.paused && m!.music!.paused;
    })
    .toBe(true);
  // K, back to 2 s, Space: at 1x again, heard again.
  await page.keyboard.press('k');
  await page.mouse.click(scene.x + 2000 * pxPerMs, ruler.y + ruler.height / 2);
  await page.keyboard.press('Space');
  await expect.poll(() => inSync(page, design, clip), { timeout: 10_000 }).toBe(true);

  // K pauses: nothing sounds any more and the media clocks stop.
  await page.keyboard.press('k');
  await expect.poll(async () => (await playback(page)).playing).toBe(false);
  await expect.poll(async () => (await playback(page)).media!.music!.paused).toBe(true);
  const stopped = (await playback(page)).media!;
  expect(stopped.clips.every((c) => c.paused)).toBe(true);
  await page.waitForTimeout(400);
  expect((await playback(page)).media!.music!.currentTime).toBe(stopped.music!.currentTime);

  // Scrub (paused) to two times on the ruler: the canvas shows the clip's frame for each.
  const reds: number[] = [];
  for (const at of [1600, 3800]) {
    await page.mouse.click(scene.x + at * pxPerMs, ruler.y + ruler.height / 2);
    await expect.poll(async () => (await playback(page)).frame?.timeMs ?? -1).toBeCloseTo((await playback(page)).playheadMs, 6);
    const { playheadMs: t } = await playback(page);
    const clipMs = expected(design, clip, t).clipMs!;
    const frame = Math.floor((clipMs * 30) / 1000 + 1e-6);
    // The clip's box centre (the title is elsewhere): its red is the frame number's.
    await expect.poll(async () => Math.abs((await pixelAt(page, 540, 900))[0] - RED_PER_FRAME * frame), { timeout: 10_000 }).toBeLessThanOrEqual(6);
    const [r, g, b] = await pixelAt(page, 540, 900);
    expect(Math.abs(g - 128)).toBeLessThanOrEqual(8);
    expect(Math.abs(b - 32)).toBeLessThanOrEqual(8);
    reds.push(r);
  }
  // 2.2 s of video at 1.5x apart: 99 frames, about 148 levels of red.
  expect(reds[1] - reds[0]).toBeGreaterThan(120);
  // Before the clip's in-time the background shows where it will be.
  await page.mouse.click(scene.x + 500 * pxPerMs, ruler.y + ruler.height / 2);
  await expect.poll(async () => (await pixelAt(page, 540, 900)).slice(0, 3)).toEqual([0xfd, 0xe8, 0xc8]);
});

test('fr: the editor playing a reel with a clip', async ({ page, app }) => {
  await openReel(app, page, 'fr');
  await page.keyboard.press('Space');
  await expect.poll(async () => (await playback(page)).playheadMs, { timeout: 15_000 }).toBeGreaterThan(2000);
  await expect.poll(async () => (await playback(page)).media!.clips.some((c) => !c.paused)).toBe(true);
  await expect(page.getByTestId('timeline-play')).toHaveAttribute('title', /Pause/);
  await page.screenshot({ path: path.join(shotsDir, 'player-media-fr.png') });
  await page.keyboard.press('k');
  await expect.poll(async () => (await playback(page)).media!.music!.paused).toBe(true);
});

/** Frame `n` of an MP4 as RGB bytes, decoded by ffmpeg. */
function exportedFrame(file: string, n: number, width: number, height: number): Buffer {
  const run = spawnSync('ffmpeg', ['-v', 'error', '-i', file, '-vf', `select=eq(n\\,${n})`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(String(run.stderr));
  expect(run.stdout.length).toBe(width * height * 3);
  return run.stdout;
}

test('a paused frame of the player is the exported frame at that time (a clip trimmed, at 1.5x, contained or over its blur)', async ({ page, app }) => {
  await app.open();
  const design = await createDesignViaApi(app.call, 'Same frame', { preset: null, width: 270, height: 480 });
  const { asset: frames } = await app.importAsset<{ asset: { id: string } }>('frames.mp4', clipMp4());
  design.kind = 'video';
  // A 4:3 clip contained in a 4:5 box: the box's top and bottom show the page behind.
  const clip = createVideoElement({ assetId: frames.id, x: 35, y: 100, width: 200, height: 250, trimInMs: 500, speed: 1.5, fit: 'contain' });
  clip.timing = { inMs: 1000 };
  // The same clip in a 2:1 box over a blurred copy of itself: its sides show the clip, not the page.
  const filled = createVideoElement({ assetId: frames.id, x: 35, y: 370, width: 200, height: 100, trimInMs: 500, speed: 1.5, fit: 'blurFill', muted: true });
  filled.timing = { inMs: 1000 };
  design.pages[0] = { ...design.pages[0], background: { fill: '#fde8c8' }, elements: [clip, filled], durationMs: 3000 };
  await app.call('designs.save', { design });
  await page.goto(page.url().replace(/#.*$/, '') + `#/design/${design.id}`);
  await waitForCanvas(page);

  await page.getByTestId('open-export').click();
  const dialog = page.getByTestId('export-dialog');
  // The MP4 (and its cover pictures, in any order).
  const downloads: import('@playwright/test').Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByTestId('export-download').click();
  await expect.poll(() => downloads.some((d) => d.suggestedFilename().endsWith('.mp4')), { timeout: 120_000 }).toBe(true);
  const file = path.join(work(), 'same-frame.mp4');
  await downloads.find((d) => d.suggestedFilename().endsWith('.mp4'))!.saveAs(file);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  // The playhead on a frame: a press on the ruler, then one frame on (Right lands on n / 30 s).
  const ruler = (await page.getByTestId('timeline-ruler').boundingBox())!;
  const scene = (await page.getByTestId('timeline-scene').first().boundingBox())!;
  for (const at of [1700, 2600]) {
    await page.mouse.click(scene.x + (at / 3000) * scene.width, ruler.y + ruler.height / 2);
    await page.keyboard.press('ArrowRight');
    const n = Math.round(((await playback(page)).playheadMs * 30) / 1000);
    await expect.poll(async () => (await playback(page)).frame?.timeMs ?? -1).toBeCloseTo((n * 1000) / 30, 6);
    const exported = exportedFrame(file, n, 270, 480);
    const expectedAt = (x: number, y: number) => [...exported.subarray((y * 270 + x) * 3, (y * 270 + x) * 3 + 3)];
    // The clip's middle (its frame number in red), the contained picture's margins, the page, the
    // blur-filled clip's middle and its sides.
    for (const [x, y] of [[135, 225], [135, 110], [135, 340], [20, 20], [135, 420], [45, 420], [225, 420]] as const) {
      await expect
        .poll(async () => {
          const shown = (await pixelAt(page, (x * 1080) / 270, (y * 1080) / 270)).slice(0, 3);
          return Math.max(...shown.map((v, i) => Math.abs(v - expectedAt(x, y)[i])));
        }, { message: `frame ${n} at ${x},${y}` })
        .toBeLessThanOrEqual(10);
    }
  }
});

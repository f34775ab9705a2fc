import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFormat } from '../../../core/formats/catalog';
import { formatMessage } from '../../../core/messages';
import { videoPreflight, type VideoPreflightFormat } from '../../../core/preflight/video';
import { isUserError } from '../errors';
import { bitrateFor, fixVideo, targetFps } from './fix';
import { detectMediaType } from './files';
import { probeVideoFile } from './probe';

const dir = mkdtempSync(join(tmpdir(), 'affiche-fix-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A source made by ffmpeg's lavfi: `video` is the lavfi graph, `extra` the encoder options. */
function source(name: string, video: string, extra: string[], audio = true): string {
  const out = join(dir, name);
  const seconds = /d=([\d.]+)/.exec(video)![1];
  const audioIn = audio ? ['-f', 'lavfi', '-i', `sine=f=440:d=${seconds}:sample_rate=44100`] : [];
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', video, ...audioIn, ...extra, out]);
  return out;
}

/** A small 9:16 reel format (360x640) with the Facebook Reels limits, so the tests encode little. */
function smallReel(limits: Partial<VideoPreflightFormat['limits']> = {}): VideoPreflightFormat {
  const reel = findFormat('facebook-reel')!;
  return { ...reel, id: 'small-reel', width: 360, height: 640, limits: { ...reel.limits, ...limits } };
}

async function passesAfterFix(file: string, format: VideoPreflightFormat) {
  const info = await probeVideoFile(file);
  const rules = videoPreflight({ ...info, type: await detectMediaType(file) }, format);
  return { info, failing: rules.filter((rule) => !rule.ok).map((rule) => rule.id) };
}

const en = (changes: { key: string }[]) => changes.map((change) => formatMessage(change as never, 'en'));

describe('fixing a video file for a format', () => {
  it('HEVC at 320x240 becomes H.264 High yuv420p 1080x1920 with bars for X, and passes', async () => {
    const input = source('hevc.mp4', 'testsrc2=s=320x240:r=30:d=3', ['-c:v', 'libx265', '-preset', 'ultrafast', '-x265-params', 'log-level=error', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest']);
    const format = findFormat('x-video')!;
    const out = join(dir, 'hevc-fixed.mp4');
    const fractions: number[] = [];
    const fixed = await fixVideo({ input, format, out, onProgress: (f) => fractions.push(f) });
    const { info, failing } = await passesAfterFix(out, format);
    expect(failing).toEqual([]);
    expect(info.video).toMatchObject({ codec: 'h264', profile: 'High', pixFmt: 'yuv420p', width: 1080, height: 1920, constantFps: true });
    expect(info.audio).toMatchObject({ codec: 'aac', sampleRate: 48000 });
    expect(info.faststart).toBe(true);
    expect(en(fixed.changes)).toEqual(['re-encoded HEVC (H.265) to H.264', 'scaled 320x240 to fit 1080x1920, bars added (the picture is not cropped)', 'audio AAC 44100 Hz -> AAC 48 kHz', 'MP4 index moved before the data (+faststart)']);
    expect(formatMessage(fixed.changes[0], 'fr')).toBe('réencodée de HEVC (H.265) en H.264');
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fixed.rules.every((rule) => rule.ok)).toBe(true);
  });

  it('yuv444p, 25 fps with dropped frames (variable rate) and a 6 s clip over a 4 s cap: 4:2:0, constant 24 fps (the average, about 20, clamped to Facebook’s minimum), 4 s', async () => {
    const input = source('vfr444.mp4', 'testsrc2=s=360x640:r=25:d=6', ['-vf', "select='not(between(n\\,10\\,30))'", '-fps_mode', 'vfr', '-c:v', 'libx264', '-pix_fmt', 'yuv444p', '-c:a', 'aac', '-shortest']);
    const format = smallReel({ durationSeconds: { min: 3, max: 4 } });
    const before = await passesAfterFix(input, format);
    expect(before.failing).toEqual(expect.arrayContaining(['profile', 'pix-fmt', 'cfr', 'duration', 'faststart', 'audio-rate']));
    const out = join(dir, 'vfr-fixed.mp4');
    const fixed = await fixVideo({ input, format, out });
    const { info, failing } = await passesAfterFix(out, format);
    expect(failing).toEqual([]);
    expect(info.video).toMatchObject({ fps: 24, constantFps: true, pixFmt: 'yuv420p', width: 360, height: 640 });
    expect(info.durationMs).toBeGreaterThanOrEqual(3950);
    expect(info.durationMs).toBeLessThanOrEqual(4100);
    const changes = en(fixed.changes);
    expect(changes).toContain('H.264 profile High 4:4:4 Predictive -> High');
    expect(changes).toContain('pixel format yuv444p -> yuv420p');
    expect(changes.some((c) => c === 'variable frame rate made constant at 24 fps')).toBe(true);
    expect(changes).toContain('trimmed 6 s to 4 s');
    expect(changes).toContain('MP4 index moved before the data (+faststart)');
  });

  it('a file over the byte cap gets a computed bitrate and fits; an impossible cap fails and leaves nothing', async () => {
    const input = source('noisy.mp4', 'testsrc2=s=360x640:r=30:d=3,noise=alls=60:allf=t', ['-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '10', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest']);
    const cap = 600_000;
    const format = smallReel({ maxBytes: cap });
    expect((await passesAfterFix(input, format)).failing).toContain('bytes');
    const out = join(dir, 'small.mp4');
    const fixed = await fixVideo({ input, format, out });
    const { info, failing } = await passesAfterFix(out, format);
    expect(failing).toEqual([]);
    expect(info.bytes).toBeLessThanOrEqual(cap);
    expect(en(fixed.changes).some((c) => /^bitrate lowered to \d+ kbps to fit 0.6 MB \(now 0.\d+ MB\)$/.test(c))).toBe(true);

    const impossible = smallReel({ maxBytes: 40_000 });
    const nothing = join(dir, 'impossible.mp4');
    const error = await fixVideo({ input, format: impossible, out: nothing }).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toMatch(/^even at \d+ kbps the video weighs [\d.]+ MB, over the 0.04 MB cap: shorten it$/);
    expect(readdirSync(dir).filter((name) => name.includes('impossible'))).toEqual([]);
  });

  it('a cancel leaves nothing at the destination nor beside it', async () => {
    const input = source('long.mp4', 'testsrc2=s=640x360:r=30:d=20', ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'], false);
    const controller = new AbortController();
    const out = join(dir, 'cancelled.mp4');
    const error = await fixVideo({ input, format: findFormat('tiktok-video')!, out, signal: controller.signal, onProgress: () => controller.abort() }).catch((e: unknown) => e);
    expect((error as Error).name).toBe('AbortError');
    expect(readdirSync(dir).filter((name) => name.includes('cancelled'))).toEqual([]);
  });

  it('a clip under the minimum cannot be fixed, said in both languages', async () => {
    const input = source('short.mp4', 'testsrc2=s=360x640:r=30:d=1', ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'], false);
    const error = (await fixVideo({ input, format: smallReel(), out: join(dir, 'short-fixed.mp4') }).catch((e: unknown) => e)) as { detail?: unknown; message: string };
    expect(error.message).toBe('the video lasts 1 s, under the 3 s minimum; Affiche does not lengthen a video');
    expect(formatMessage(error.detail as never, 'fr')).toBe('la vidéo dure 1\u00a0s, moins que le minimum de 3\u00a0s\u202f; Affiche n’allonge pas une vidéo');
  });

  it('a clip a few frames short of the minimum shows its length to the millisecond, not as the minimum', async () => {
    // About 2.95 s, which one decimal would show as "3 s, under the 3 s minimum".
    const input = source('almost.mp4', 'testsrc2=s=360x640:r=30:d=2.95', ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'], false);
    const error = (await fixVideo({ input, format: smallReel(), out: join(dir, 'almost-fixed.mp4') }).catch((e: unknown) => e)) as { message: string };
    expect(error.message).toMatch(/^the video lasts 2\.9[0-9]+ s, under the 3 s minimum/);
  });

  it('frame rate and bitrate arithmetic', () => {
    expect(targetFps(29.97, { min: 23, max: 60 })).toBe(30);
    expect(targetFps(120, { min: 23, max: 60 })).toBe(60);
    expect(targetFps(15, { min: 24, max: 60 })).toBe(24);
    expect(targetFps(null, undefined)).toBe(30);
    // 10 MB over 60 s with 128 kbps of audio, 10 % margin: 1072 kbps of video.
    expect(bitrateFor(10_000_000, 60, 128)).toBe(1072);
  });
});

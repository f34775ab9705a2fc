import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFormat } from '../../core/formats/catalog';
import { videoPreflight } from '../../core/preflight/video';
import { detectMediaType } from '../services/video/files';
import { probeVideoFile } from '../services/video/probe';
import { runCli } from './testing';

let tmp: string;
let clip: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-video-'));
  // 4 s, 720x1280 (9:16 but not the preset's 1080x1920), yuv444p, MP3 at 44.1 kHz, index last.
  clip = path.join(tmp, 'clip.mp4');
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=720x1280:r=30:d=4', '-f', 'lavfi', '-i', 'sine=f=440:d=4:sample_rate=44100', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv444p', '-c:a', 'libmp3lame', '-shortest', clip]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('affiche preflight on a video file', () => {
  it('lists each rule; exit 1 with one stderr sentence per failing rule, saying by how much', async () => {
    const { code, out, err } = await runCli(['preflight', clip, '--format', 'instagram-reel']);
    expect(code).toBe(1);
    expect(out[0]).toBe(`${clip}: instagram-reel (Instagram, Reel, 1080x1920)`);
    expect(out.some((l) => /^FAIL\s+pix-fmt\s+yuv420p, yuvj420p\s+yuv444p$/.test(l))).toBe(true);
    expect(out.some((l) => /^ok\s+duration\s+3\.\.180 s\s+4\.0 s$/.test(l))).toBe(true);
    expect(err).toEqual([
      'affiche: profile: the H.264 profile is High 4:4:4 Predictive; High, Main needed',
      'affiche: pix-fmt: the pixel format is yuv444p; yuv420p (4:2:0) needed',
      'affiche: size: the video is 720x1280, not the format’s 1080x1920',
      'affiche: audio-codec: the audio is MP3; AAC needed',
      'affiche: faststart: the MP4 index comes after the data: playback waits for the whole download (+faststart needed)',
    ]);
  });

  it('--fix --out writes a file that passes (exit 0), listing the changes', async () => {
    const out = path.join(tmp, 'fixed', 'reel.mp4');
    const run = await runCli(['preflight', clip, '--format', 'instagram-reel', '--fix', '--out', out]);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.err).toEqual([]);
    expect(run.out).toEqual(expect.arrayContaining(['fixed: pixel format yuv444p -> yuv420p', 'fixed: scaled 720x1280 -> 1080x1920', 'fixed: audio MP3 44100 Hz -> AAC 48 kHz', `wrote ${out}`]));
    expect(run.out.some((l) => /^FAIL/.test(l))).toBe(false);
    const info = await probeVideoFile(out);
    expect(videoPreflight({ ...info, type: await detectMediaType(out) }, findFormat('instagram-reel')!).every((r) => r.ok)).toBe(true);
    expect(readdirSync(path.dirname(out))).toEqual(['reel.mp4']);
  });

  it('a limit the fix cannot meet: exit 1, why on stderr, nothing written', async () => {
    const short = path.join(tmp, 'short.mp4');
    execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=1080x1920:r=30:d=1', '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', short]);
    const out = path.join(tmp, 'short-fixed.mp4');
    const run = await runCli(['preflight', short, '--format', 'tiktok-video', '--fix', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.err).toEqual(['affiche: cannot fix: the video lasts 1 s, under the 3 s minimum; Affiche does not lengthen a video']);
    expect(existsSync(out)).toBe(false);
  });

  it('a file that is not a video: exit 2', async () => {
    const junk = path.join(tmp, 'junk.mp4');
    execFileSync('sh', ['-c', `printf 'not a video at all' > '${junk}'`]);
    const run = await runCli(['preflight', junk, '--format', 'tiktok-video']);
    expect(run.code).toBe(2);
    expect(run.err.join('\n')).toMatch(/junk\.mp4 is not a video file Affiche can read/);
  });
});

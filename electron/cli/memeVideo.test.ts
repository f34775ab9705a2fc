/**
 * `affiche meme <clip>` (issue 13, animated memes): a clip in the classic meme's picture box makes
 * a video meme, written as an upload-safe MP4 the clip long, its words drawn white over the clip
 * at the top and the bottom. GIF: written when the video export takes a `type`, else refused in
 * words. The meme joins the library as a video design.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportVideoArgsSchema } from '../../core/api';
import { createBackend } from '../services/backend';
import { expectUploadSafeMp4, frameAt } from '../services/video/mp4Testing';
import { runCli } from './testing';

let tmp: string;
let library: string;
let clip: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-meme-video-'));
  library = path.join(tmp, 'library');
  clip = path.join(tmp, 'clip.mp4');
  // A blue 2 s clip with a tone: nothing in it is white.
  const made = spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'color=c=0x2050a0:s=320x240:r=30:d=2', '-f', 'lavfi', '-i', 'sine=f=440:d=2', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clip]);
  expect(made.status, String(made.stderr)).toBe(0);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Share of near-white pixels in rows [y0, y1) of a packed RGB frame `width` wide. */
function whiteShare(frame: Buffer, width: number, y0: number, y1: number): number {
  let white = 0;
  for (let i = y0 * width * 3; i < y1 * width * 3; i += 3) if (frame[i] > 230 && frame[i + 1] > 230 && frame[i + 2] > 230) white++;
  return white / ((y1 - y0) * width);
}

describe('affiche meme over a clip', () => {
  it('writes an MP4 the clip long with white words at the top and the bottom, and keeps the meme in the library', async () => {
    const out = path.join(tmp, 'out');
    mkdirSync(out);
    const run = await runCli(['meme', clip, '--top', 'QUAND', '--bottom', 'LUNDI', '--out', out, '--library', library]);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(readdirSync(out)).toEqual(['QUAND.mp4']);
    const file = path.join(out, 'QUAND.mp4');
    expect(run.out).toEqual([file]);
    expect(run.err[0]).toMatch(/^affiche: clip imported into the library: .*clip\.mp4/);
    // The classic meme's first format is Instagram's square post.
    expectUploadSafeMp4(file, { width: 1080, height: 1080, fps: 30, durationMs: 2000 }, readFileSync(file));
    const frame = frameAt(file, 1, { width: 1080, height: 1080 });
    // The top line sits in the top band (36 px margin, 22 % of the height), the bottom line in the bottom one.
    expect(whiteShare(frame, 1080, 36, 36 + 238)).toBeGreaterThan(0.02);
    expect(whiteShare(frame, 1080, 1080 - 36 - 238, 1080 - 36)).toBeGreaterThan(0.02);
    // The middle is the clip, blue, with no words.
    expect(whiteShare(frame, 1080, 400, 680)).toBe(0);
    const middle = (540 * 1080 + 540) * 3;
    expect(frame[middle + 2]).toBeGreaterThan(frame[middle] + 60);

    const backend = await createBackend({ libraryDir: library, transport: 'inprocess', journalDir: path.join(tmp, 'journal') });
    try {
      const designs = backend.library.listDesigns({});
      expect(designs.map((d) => ({ name: d.name, kind: d.kind }))).toEqual([{ name: 'QUAND', kind: 'video' }]);
    } finally {
      await backend.close();
    }
  });

  it('an animated GIF is a clip too: the meme lasts the GIF, written to the --out file named', async () => {
    const gif = path.join(tmp, 'loop.gif');
    const made = spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=160x120:r=10:d=1.5', '-loop', '0', gif]);
    expect(made.status, String(made.stderr)).toBe(0);
    const file = path.join(tmp, 'gif-meme.mp4');
    const run = await runCli(['meme', gif, '--top', 'QUAND', '--out', file, '--library', library]);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out).toEqual([file]);
    const facts = expectUploadSafeMp4(file, { width: 1080, height: 1080, fps: 30, durationMs: 1500 }, readFileSync(file));
    expect(facts.frames).toBe(45);
  });

  it('--type gif: a GIF when the video export writes GIFs, else a refusal in words and no file', async () => {
    const out = path.join(tmp, 'gif');
    mkdirSync(out);
    const run = await runCli(['meme', clip, '--top', 'QUAND', '--bottom', 'LUNDI', '--out', out, '--type', 'gif', '--library', library]);
    if ('type' in exportVideoArgsSchema.shape) {
      expect(run.code, run.err.join('\n')).toBe(0);
      const file = path.join(out, 'QUAND.gif');
      expect(readFileSync(file).subarray(0, 6).toString('latin1')).toBe('GIF89a');
    } else {
      expect(run.code).toBe(1);
      expect(run.err.join('\n')).toContain('this Affiche writes a meme over a clip as MP4 only: GIF is not available yet');
      expect(readdirSync(out)).toEqual([]);
    }
  });
});

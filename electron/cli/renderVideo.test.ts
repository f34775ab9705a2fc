/**
 * `affiche render` of a video design (issue 13): one MP4 in the --out folder, checked as every
 * export is (EXP-03), progress on stderr; options meant for images refused with a clear message;
 * Ctrl+C in a real terminal process cancels: exit 130 and nothing at the destination.
 */
import { spawn, spawnSync } from 'node:child_process';
import sharp from 'sharp';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createImageElement, createPage, createShapeElement, createTextElement, createVideoElement } from '../../core/schema/factory';
import { createBackend } from '../services/backend';
import { callOn, runJobOn, staged } from '../services/testing/backendTesting';
import { expectUploadSafeMp4 } from '../services/video/mp4Testing';
import { runCli } from './testing';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'bin', 'affiche.mjs');
let tmp: string;
let library: string;
let reelId: string;
let longId: string;
let portableFile: string;

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'affiche-cli-video-'));
  library = path.join(tmp, 'library');
  const backend = await createBackend({ libraryDir: library, transport: 'inprocess', journalDir: path.join(tmp, 'journal') });
  // Like the v10 fixture, at a small size: a title that slides up and fades in, a slide-left transition, a pill that comes in from the left.
  const { design } = await callOn(backend, 'designs.create', { name: 'Reel: l’été', kind: 'video', format: { preset: null, width: 270, height: 480 } });
  design.pages = [
    {
      ...createPage(),
      background: { fill: '#f4efe6' },
      durationMs: 1500,
      transitionOut: { kind: 'slideleft', durationMs: 500 },
      elements: [createTextElement({ x: 20, y: 300, width: 230, text: 'Nouvelle collection', fontSize: 28, fill: '#1d1d28', timing: { inMs: 300, animationIn: { kind: 'slideUp', durationMs: 400, easing: 'easeOut', distance: 40, fade: true } } })],
    },
    {
      ...createPage(),
      background: { fill: '#1b3a5c' },
      durationMs: 1500,
      elements: [createShapeElement({ shape: 'rect', x: 0, y: 380, width: 180, height: 40, fill: '#ffd166', timing: { inMs: 200, outMs: 1400, animationIn: { kind: 'slideRight', durationMs: 400, easing: 'easeOut' }, animationOut: { kind: 'fade', durationMs: 300, easing: 'easeIn' } } })],
    },
  ];
  await callOn(backend, 'designs.save', { design });
  reelId = design.id;
  const long = (await callOn(backend, 'designs.create', { name: 'Long reel', kind: 'video', format: { preset: null, width: 540, height: 960 } })).design;
  long.pages = [0, 1, 2].map((i) => ({ ...createPage(), background: { fill: ['#112233', '#334455', '#556677'][i] }, durationMs: 8000, transitionOut: { kind: 'fade', durationMs: 500 }, elements: [createTextElement({ x: 40, y: 400, width: 460, text: `Scène ${i + 1}`, fontSize: 60, fill: '#ffffff', timing: { inMs: 500, animationIn: { kind: 'pop', durationMs: 600, easing: 'back' } } })] }));
  await callOn(backend, 'designs.save', { design: long });
  longId = long.id;

  // The v10 fixture's reel at 270x480, with its photo (Ken Burns) and its clip, as a portable file.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="540" height="960"><rect width="540" height="960" fill="#d9b38c"/><circle cx="270" cy="380" r="120" fill="#6b3e26"/></svg>`;
  const photo = (await callOn(backend, 'assets.import', await staged(backend, 'photo.png', new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer())))).asset.id;
  const clipFile = path.join(tmp, 'clip.mp4');
  spawnSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=30:d=5', '-f', 'lavfi', '-i', 'sine=f=330:d=5', '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', clipFile]);
  const clip = (await callOn(backend, 'assets.import', await staged(backend, 'clip.mp4', new Uint8Array(readFileSync(clipFile))))).asset.id;
  const fixture = (await callOn(backend, 'designs.create', { name: 'Reel v10', kind: 'video', format: { preset: null, width: 270, height: 480 } })).design;
  fixture.pages = [
    {
      ...createPage(),
      background: { fill: '#f4efe6' },
      durationMs: 1500,
      transitionOut: { kind: 'slideleft', durationMs: 500 },
      elements: [
        createImageElement({ assetId: photo, x: 0, y: 0, width: 270, height: 480, kenBurns: { kind: 'zoomIn', amount: 0.15 } }),
        createTextElement({ x: 22, y: 325, width: 225, text: 'Nouvelle collection', fontSize: 24, fill: '#1d1d28', timing: { inMs: 300, animationIn: { kind: 'slideUp', durationMs: 400, easing: 'easeOut', distance: 20, fade: true } } }),
      ],
    },
    {
      ...createPage(),
      background: { fill: '#f4efe6' },
      durationMs: 1500,
      transitionOut: { kind: 'cut', durationMs: 0 },
      elements: [
        createVideoElement({ assetId: clip, x: 0, y: 0, width: 270, height: 480, trimInMs: 500, trimOutMs: 4500, speed: 1.5, fit: 'blurFill' }),
        createTextElement({ x: 0, y: 375, width: 175, text: '-30 % ce week-end', fontSize: 20, fill: '#1d1d28', timing: { inMs: 300, outMs: 1300, animationIn: { kind: 'slideRight', durationMs: 300, easing: 'easeOut' }, animationOut: { kind: 'fade', durationMs: 200, easing: 'easeIn' } } }),
      ],
    },
    {
      ...createPage(),
      background: { fill: '#1b3a5c' },
      durationMs: 1000,
      elements: [createTextElement({ x: 22, y: 200, width: 225, text: 'Lien en bio', fontSize: 28, fill: '#ffd166', timing: { inMs: 200, animationIn: { kind: 'pop', durationMs: 300, easing: 'back' } } })],
    },
  ];
  await callOn(backend, 'designs.save', { design: fixture });
  portableFile = path.join(tmp, 'reel-v10.affiche');
  await runJobOn(backend, 'designs.exportPortable', { id: fixture.id, target: backend.staging.target(portableFile).id });
  await backend.close();
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('affiche render, a video design', () => {
  it('writes <name>.mp4 into --out, upload-safe, with progress on stderr', async () => {
    const out = path.join(tmp, 'out');
    const run = await runCli(['render', reelId, '--library', library, '--out', out, '--quality', 'draft']);
    expect(run.code, run.err.join('\n')).toBe(0);
    // The MP4 and its cover pictures, one path per line.
    expect(readdirSync(out).sort()).toEqual(['Reel l’été-cover-3x4.jpg', 'Reel l’été-cover.jpg', 'Reel l’été.mp4']);
    expect(run.out).toEqual([path.join(out, 'Reel l’été.mp4'), path.join(out, 'Reel l’été-cover.jpg'), path.join(out, 'Reel l’été-cover-3x4.jpg')]);
    expect(run.progress.length).toBeGreaterThan(0);
    const file = path.join(out, 'Reel l’été.mp4');
    expectUploadSafeMp4(file, { width: 270, height: 480, fps: 30, durationMs: 2500 }, readFileSync(file));
  });

  it('renders the v10 fixture\'s reel from a .affiche file (photo with Ken Burns, clip, slide-left, cut) to an upload-safe MP4', async () => {
    const out = path.join(tmp, 'portable-out');
    const run = await runCli(['render', portableFile, '--out', out, '--no-cover']);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(readdirSync(out)).toEqual(['Reel v10.mp4']);
    expect(run.out).toEqual([path.join(out, 'Reel v10.mp4')]);
    const file = path.join(out, 'Reel v10.mp4');
    // 1.5 + 1.5 + 1 s, less the 0.5 s slide.
    expectUploadSafeMp4(file, { width: 270, height: 480, fps: 30, durationMs: 3500 }, readFileSync(file));
  });

  it('--type gif: one GIF under X’s target, its path on stdout and its settings on stderr, exit 0', async () => {
    const out = path.join(tmp, 'gif-out');
    const run = await runCli(['render', reelId, '--library', library, '--out', out, '--type', 'gif']);
    expect(run.code, run.err.join('\n')).toBe(0);
    expect(run.out).toEqual([path.join(out, 'Reel l’été.gif')]);
    expect(readdirSync(out)).toEqual(['Reel l’été.gif']);
    const probe = spawnSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries', 'stream=codec_name,width', '-of', 'csv=p=0', path.join(out, 'Reel l’été.gif')], { encoding: 'utf8' });
    expect(probe.stdout.trim()).toBe('gif,270');
    expect(run.err.join('\n')).toMatch(/affiche: note: GIF 270 px, 12 fps, [\d.]+ MB of 15 MB/);
  });

  it('refuses image options and several formats for a video, and --quality for a still', async () => {
    const out = path.join(tmp, 'refused');
    const typed = await runCli(['render', reelId, '--library', library, '--out', out, '--type', 'jpg']);
    expect(typed.code).toBe(1);
    expect(typed.err.join('\n')).toContain('--type jpg is for images; a video design is written as mp4, gif or webp (--type mp4|gif|webp)');
    const png = await runCli(['render', reelId, '--library', library, '--out', out, '--type', 'png']);
    expect(png.code).toBe(1);
    expect(png.err.join('\n')).toContain('--type png is for images; a video design is written as mp4, gif or webp');
    const paged = await runCli(['render', reelId, '--library', library, '--out', out, '--page', '1']);
    expect(paged.err.join('\n')).toContain('--page is for images; a video design is written as one MP4, GIF or WebP');
    const several = await runCli(['render', reelId, '--library', library, '--out', out, '--format', 'instagram-reel,tiktok-video']);
    expect(several.code).toBe(1);
    expect(several.err.join('\n')).toContain('a video design is written for one format at a time');
    const bad = await runCli(['render', reelId, '--library', library, '--out', out, '--quality', 'best']);
    expect(bad.code).not.toBe(0);
    expect(bad.err.join('\n')).toContain('--quality must be draft or final (got "best")');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('Ctrl+C during the encode: exit 130, nothing at the destination', async () => {
    const out = path.join(tmp, 'cancelled');
    const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [bin, 'render', longId, '--library', library, '--out', out], { cwd: tmp, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, AFFICHE_JOURNAL: path.join(tmp, 'journal') } });
      let stderr = '';
      let sent = false;
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (!sent && /Encoding the video/.test(stderr)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.once('close', (code) => resolve({ code, stderr }));
    });
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toMatch(/cancelled; nothing was written/);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });
});

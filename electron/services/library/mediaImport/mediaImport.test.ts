/**
 * Import of every media kind with real files generated here (sharp, ffmpeg lavfi), and EXP-06's
 * corrupt corpus: each file accepted or refused with a specific reason within 10 s. Fixtures live
 * in a temp dir, never in the repo.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../errors';
import { sniff } from '../sniff';
import { pngDeclaring } from '../testing/craft';
import { dominantColors } from './colors';
import { prepareMedia } from './index';
import { locateTools } from './probe';
import { sanitiseSvg } from './svg';

const fontsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../../assets/fonts');
const tools = locateTools();
const hasFfmpeg = Boolean(tools.ffmpeg && tools.ffprobe);
let dir: string;
const media: Record<string, Buffer> = {};

function ffmpeg(args: string[], out: string): Buffer {
  const file = path.join(dir, out);
  execFileSync(tools.ffmpeg!, ['-v', 'error', '-y', ...args, file], { timeout: 30_000 });
  return fs.readFileSync(file);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'affiche-media-'));
  if (!hasFfmpeg) return;
  const video = ['-f', 'lavfi', '-i', 'testsrc=size=320x240:rate=25', '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '2'];
  media.mp4 = ffmpeg([...video, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest'], 'v.mp4');
  media.mov = ffmpeg([...video, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest'], 'v.mov');
  media.webm = ffmpeg([...video, '-c:v', 'libvpx', '-b:v', '200k', '-c:a', 'libvorbis', '-shortest'], 'v.webm');
  const sine = ['-f', 'lavfi', '-i', 'sine=frequency=440:duration=1'];
  media.mp3 = ffmpeg([...sine, '-c:a', 'libmp3lame'], 'a.mp3');
  media.wav = ffmpeg([...sine], 'a.wav');
  media.m4a = ffmpeg([...sine, '-c:a', 'aac'], 'a.m4a');
  media.ogg = ffmpeg([...sine, '-c:a', 'libvorbis'], 'a.ogg');
  media.mp4f = ffmpeg([...video, '-c:v', 'libx264', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', '-movflags', '+faststart'], 'vf.mp4');
  media.m4af = ffmpeg([...sine, '-c:a', 'aac', '-movflags', '+faststart'], 'af.m4a');
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const error = await prepareMedia(name, bytes, tools).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

describe('sniff (all kinds)', () => {
  it('random bytes never crash: either recognised or refused with a reason', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 256 }), (bytes) => {
        const result = sniff(bytes);
        if (result.kind === 'other') expect(result.looksLike === null || result.looksLike.length > 0).toBe(true);
        else expect(result.mime).toMatch(/^(image|video|audio|font)\//);
      }),
      { numRuns: 2000 },
    );
  });

  const signatures: [string, Buffer][] = [
    ['video/mp4', Buffer.from('\0\0\0\x18ftypisom\0\0\0\0isommp41', 'latin1')],
    ['video/quicktime', Buffer.from('\0\0\0\x14ftypqt  \0\0\0\0qt  ', 'latin1')],
    ['video/webm', Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x82, 0x84]), Buffer.from('webm')])],
    ['audio/mpeg', Buffer.from('ID3\x04\0\0\0\0\0\0', 'latin1')],
    ['audio/mpeg', Buffer.from([0xff, 0xfb, 0x90, 0x64])],
    ['audio/wav', Buffer.from('RIFF\0\0\0\0WAVEfmt ', 'latin1')],
    ['audio/mp4', Buffer.from('\0\0\0\x18ftypM4A \0\0\0\0M4A mp42', 'latin1')],
    ['audio/ogg', Buffer.from('OggS\0\x02', 'latin1')],
    ['font/ttf', Buffer.from([0, 1, 0, 0, 0, 10, 0, 128, 0, 3, 0, 32])],
    ['font/otf', Buffer.from('OTTO\0\x0a\0\x80\0\x03\0\x20', 'latin1')],
    ['font/woff2', Buffer.from('wOF2\0\x01\0\0\0\0\0\0', 'latin1')],
    ['image/svg+xml', Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')],
  ];
  it.each(signatures)('recognises %s, also with trailing garbage', (mime, head) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (tail) => {
        // SVG is text: its "garbage" must stay text to still be an SVG.
        const extra = mime === 'image/svg+xml' ? Buffer.from(Array.from(tail, (b) => 0x61 + (b % 26))) : Buffer.from(tail);
        expect(sniff(Buffer.concat([head, extra]))).toMatchObject({ mime });
      }),
      { numRuns: 50 },
    );
  });
});

describe('images: colours, SVG', () => {
  it('finds the dominant colours of a two-colour image, biggest first', async () => {
    const left = await sharp({ create: { width: 60, height: 40, channels: 3, background: '#ff0000' } }).png().toBuffer();
    const img = sharp({ create: { width: 100, height: 40, channels: 3, background: '#0000ff' } }).composite([{ input: left, left: 0, top: 0 }]);
    expect((await dominantColors(sharp(await img.png().toBuffer()))).slice(0, 2)).toEqual(['#ff0000', '#0000ff']);
    const prepared = await prepareMedia('flag.png', await img.png().toBuffer(), tools);
    // Stored colours come from the (lossy WebP) thumbnail: within a few levels of the source.
    const near = (hex: string, want: string) => [1, 3, 5].every((i) => Math.abs(parseInt(hex.slice(i, i + 2), 16) - parseInt(want.slice(i, i + 2), 16)) <= 6);
    expect(near(prepared.colors![0], '#ff0000') && near(prepared.colors![1], '#0000ff')).toBe(true);
  });

  it('sanitises an SVG: no script, handlers, external refs; idempotent; stored bytes are the clean ones', async () => {
    const hostile = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="200" height="100" onload="alert(1)">
      <script>alert(1)</script><style>@import url(http://evil/x.css); rect{fill:url(http://evil/p#a)}</style>
      <rect width="200" height="100" fill="#00aa00" onclick="x()"/><use xlink:href="http://evil/s.svg#x"/><use href="#r"/>
      <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject><image href="file:///etc/passwd"/></svg>`;
    const prepared = await prepareMedia('logo.svg', Buffer.from(hostile), tools);
    const text = Buffer.from(prepared.bytes!).toString('utf8');
    for (const bad of ['script', 'onload', 'onclick', 'http://evil', 'file:', 'foreignObject', '@import']) expect(text).not.toContain(bad);
    expect(text).toContain('href="#r"');
    expect(sanitiseSvg(text).text).toBe(text);
    expect(prepared).toMatchObject({ kind: 'image', mime: 'image/svg+xml', width: 200, height: 100 });
    expect((await sharp(prepared.thumbnail).metadata()).format).toBe('webp');
  });

  it('refuses DOCTYPE/entities and an SVG bomb by its declared size', async () => {
    expect(await refusal('lol.svg', Buffer.from('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>'))).toContain(
      'DOCTYPE',
    );
    expect(await refusal('huge.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="100000"/>'))).toContain('declares 100,000 x 100,000');
  });
});

describe.skipIf(!hasFfmpeg)('video and sound (ffmpeg lavfi)', () => {
  it.each([
    ['clip.mp4', 'mp4', 'video/mp4', 'h264', 'aac'],
    ['clip.mov', 'mov', 'video/quicktime', 'h264', 'aac'],
    ['clip.webm', 'webm', 'video/webm', 'vp8', 'vorbis'],
  ])('%s: duration, size, codecs, fps, WebP poster of the same aspect', async (name, key, mime, videoCodec, audioCodec) => {
    const prepared = await prepareMedia(name, media[key], tools);
    expect(prepared).toMatchObject({ kind: 'video', mime, width: 320, height: 240, videoCodec, audioCodec, fps: 25 });
    expect(Math.abs(prepared.durationMs! - 2000)).toBeLessThan(150);
    const poster = await sharp(prepared.thumbnail).metadata();
    expect([poster.format, poster.width, poster.height]).toEqual(['webp', 320, 240]);
  });

  it.each([
    ['a.mp3', 'mp3', 'audio/mpeg', 'mp3'],
    ['a.wav', 'wav', 'audio/wav', 'pcm_s16le'],
    ['a.m4a', 'm4a', 'audio/mp4', 'aac'],
    ['a.ogg', 'ogg', 'audio/ogg', 'vorbis'],
  ])('%s: duration, codec, WebP waveform', async (name, key, mime, audioCodec) => {
    const prepared = await prepareMedia(name, media[key], tools);
    expect(prepared).toMatchObject({ kind: 'audio', mime, audioCodec });
    expect(Math.abs(prepared.durationMs! - 1000)).toBeLessThan(150);
    const wave = await sharp(prepared.thumbnail).metadata();
    expect([wave.format, wave.width, wave.height]).toEqual(['webp', 512, 128]);
  });
});

describe('fonts', () => {
  it('reads family and style from the name table and draws a specimen', async () => {
    const bytes = fs.readFileSync(path.join(fontsDir, 'Inter/Inter_700Bold_Italic.ttf'));
    const prepared = await prepareMedia('inter.ttf', bytes, tools);
    expect(prepared).toMatchObject({ kind: 'font', mime: 'font/ttf', fontFamily: 'Inter', fontStyle: 'Bold Italic' });
    const thumb = await sharp(prepared.thumbnail).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 512, 256]);
  });

  it('refuses a font whose table directory points past the end', async () => {
    const bytes = Buffer.from(fs.readFileSync(path.join(fontsDir, 'Pacifico/Pacifico_400Regular.ttf')));
    bytes.writeUInt32BE(0x7fffffff, 12 + 8); // first table's offset
    expect(await refusal('broken.ttf', bytes)).toMatch(/^"broken.ttf" is not a usable font \(its table directory is damaged/);
  });
});

describe('EXP-06: corrupt media corpus', () => {
  const corpus = (): [string, Buffer][] => {
    const out: [string, Buffer][] = [
      ['zero.mp4', Buffer.alloc(0)],
      ['bomb.png', pngDeclaring(100_000, 100_000)],
      ['photo.jpg', Buffer.from('%PDF-1.4\n', 'latin1')],
      ['script.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ];
    if (hasFfmpeg) {
      for (const [key, ext] of [['mp4', 'mp4'], ['mov', 'mov'], ['webm', 'webm'], ['mp3', 'mp3'], ['wav', 'wav'], ['ogg', 'ogg'], ['m4a', 'm4a']]) {
        out.push([`half.${ext}`, media[key].subarray(0, Math.floor(media[key].length / 2))]);
        out.push([`head.${ext}`, media[key].subarray(0, 64)]);
        const flipped = Buffer.from(media[key]);
        for (let i = 16; i < Math.min(400, flipped.length); i += 7) flipped[i] ^= 0xff;
        out.push([`flipped.${ext}`, flipped]);
        out.push([`wrong-ext-${key}.png`, media[key]]);
      }
      // Index first ("fast start"), data cut: the header probes fine and the first second decodes.
      for (const key of ['mp4f', 'm4af']) {
        const ext = key === 'mp4f' ? 'mp4' : 'm4a';
        for (const part of [0.5, 0.9, 0.99]) out.push([`cut-${Math.round(part * 100)}-faststart.${ext}`, media[key].subarray(0, Math.floor(media[key].length * part))]);
      }
      out.push(['cut-90.webm', media.webm.subarray(0, Math.floor(media.webm.length * 0.9))]);
      out.push(['cut-90.wav', media.wav.subarray(0, Math.floor(media.wav.length * 0.9))]);
    }
    return out;
  };
  it('every file is accepted or refused with a specific reason within 10 s', async () => {
    for (const [name, bytes] of corpus()) {
      const started = Date.now();
      const outcome = await prepareMedia(name, bytes, tools).then(
        (m) => `accepted ${m.mime}`,
        (e: unknown) => {
          expect(e, name).toBeInstanceOf(UserError);
          expect((e as UserError).message, name).toMatch(new RegExp(`^"${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" `));
          return `refused: ${(e as UserError).message}`;
        },
      );
      expect(Date.now() - started, `${name}: ${outcome}`).toBeLessThan(10_000);
      if (name.startsWith('zero') || name.startsWith('bomb') || name.startsWith('photo') || name.startsWith('head')) expect(outcome, name).toMatch(/^refused/);
      if (name.startsWith('wrong-ext')) expect(outcome, name).toMatch(/^accepted/);
      if (name.startsWith('cut-')) expect(outcome, name).toMatch(/^refused: ".*" is truncated: the file ends after .* of the .* it declares, so its end cannot be played$/);
    }
  }, 240_000);
});

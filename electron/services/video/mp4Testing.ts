/**
 * What the video tests read in an exported MP4, with ffprobe and ffmpeg called directly (tests
 * only: product code runs them through ../ffmpeg/run.ts): streams, keyframes, a full decode, and
 * a frame's pixels as raw RGB for PSNR and tracking.
 */
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

function run(program: string, args: string[]): { status: number | null; stdout: Buffer; stderr: string } {
  const out = spawnSync(program, args, { maxBuffer: 256 * 1024 * 1024 });
  return { status: out.status, stdout: out.stdout, stderr: out.stderr.toString('utf8') };
}

export interface Mp4Facts {
  codec: string;
  profile: string;
  pixFmt: string;
  width: number;
  height: number;
  rFrameRate: string;
  avgFrameRate: string;
  frames: number;
  videoSeconds: number;
  audioSeconds: number;
  audioCodec: string;
  sampleRate: number;
  channels: number;
  keyframes: number[];
}

export function mp4Facts(file: string): Mp4Facts {
  const probe = run('ffprobe', ['-v', 'error', '-count_frames', '-show_entries', 'stream=codec_type,codec_name,profile,pix_fmt,width,height,r_frame_rate,avg_frame_rate,nb_read_frames,duration,sample_rate,channels', '-of', 'json', file]);
  if (probe.status !== 0) throw new Error(probe.stderr);
  const streams = (JSON.parse(probe.stdout.toString('utf8')) as { streams: Record<string, string | number>[] }).streams;
  const v = streams.find((s) => s.codec_type === 'video')!;
  const a = streams.find((s) => s.codec_type === 'audio')!;
  const keys = run('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-skip_frame', 'nokey', '-show_entries', 'frame=pts_time', '-of', 'csv=p=0', file]);
  return {
    codec: String(v.codec_name),
    profile: String(v.profile),
    pixFmt: String(v.pix_fmt),
    width: Number(v.width),
    height: Number(v.height),
    rFrameRate: String(v.r_frame_rate),
    avgFrameRate: String(v.avg_frame_rate),
    frames: Number(v.nb_read_frames),
    videoSeconds: Number(v.duration),
    audioSeconds: Number(a?.duration),
    audioCodec: String(a?.codec_name),
    sampleRate: Number(a?.sample_rate),
    channels: Number(a?.channels),
    keyframes: keys.stdout
      .toString('utf8')
      .split(/\r?\n/)
      .map((line) => line.split(',')[0])
      .filter(Boolean)
      .map(Number),
  };
}

/** A full decode that stops at the first error exits 0. */
export function decodesCleanly(file: string): boolean {
  return run('ffmpeg', ['-v', 'error', '-xerror', '-i', file, '-f', 'null', '-']).status === 0;
}

/** Whether the `moov` box comes before `mdat`. */
export function indexFirst(bytes: Buffer): boolean {
  let offset = 0;
  while (offset + 8 <= bytes.length) {
    const size = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (type === 'moov') return true;
    if (type === 'mdat') return false;
    if (size < 8) return false;
    offset += size;
  }
  return false;
}

/** Every check EXP-03 asks of an exported MP4. */
export function expectUploadSafeMp4(file: string, expected: { width: number; height: number; fps: number; durationMs: number }, bytes: Buffer): Mp4Facts {
  const facts = mp4Facts(file);
  const frameSeconds = 1 / expected.fps;
  expect(facts).toMatchObject({ codec: 'h264', profile: 'High', pixFmt: 'yuv420p', width: expected.width, height: expected.height, audioCodec: 'aac', sampleRate: 48000, channels: 2 });
  expect(facts.width % 2).toBe(0);
  expect(facts.height % 2).toBe(0);
  // Constant frame rate: the average is the base rate.
  expect(facts.rFrameRate).toBe(`${expected.fps}/1`);
  expect(facts.avgFrameRate).toBe(`${expected.fps}/1`);
  expect(Math.abs(facts.videoSeconds - expected.durationMs / 1000)).toBeLessThanOrEqual(frameSeconds + 1e-6);
  expect(facts.frames).toBe(Math.round((expected.durationMs * expected.fps) / 1000));
  expect(Math.abs(facts.audioSeconds - facts.videoSeconds)).toBeLessThanOrEqual(0.021);
  // A keyframe every 2 s, exactly (closed GOP, no scene-cut keyframes).
  const wanted = Array.from({ length: Math.ceil(facts.frames / (expected.fps * 2)) }, (_, i) => i * 2);
  expect(facts.keyframes.map((t) => Math.round(t * 1000) / 1000)).toEqual(wanted);
  expect(decodesCleanly(file)).toBe(true);
  expect(indexFirst(bytes)).toBe(true);
  return facts;
}

/** The frame shown at `seconds`, as packed RGB. */
export function frameAt(file: string, seconds: number, size: { width: number; height: number }): Buffer {
  const out = run('ffmpeg', ['-v', 'error', '-i', file, '-ss', String(seconds), '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
  if (out.status !== 0) throw new Error(out.stderr);
  expect(out.stdout.length).toBe(size.width * size.height * 3);
  return out.stdout;
}

/** Every frame, as packed RGB (short test videos only). */
export function allFrames(file: string, size: { width: number; height: number }): Buffer[] {
  const out = run('ffmpeg', ['-v', 'error', '-i', file, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
  if (out.status !== 0) throw new Error(out.stderr);
  const frame = size.width * size.height * 3;
  const frames: Buffer[] = [];
  for (let i = 0; i + frame <= out.stdout.length; i += frame) frames.push(out.stdout.subarray(i, i + frame));
  return frames;
}

/** PSNR in dB between two RGB pictures over a rectangle (Infinity when identical). */
export function psnr(a: Buffer, b: Buffer, width: number, rect: { x: number; y: number; width: number; height: number }, channelsB = 3): number {
  let sum = 0;
  let n = 0;
  for (let y = rect.y; y < rect.y + rect.height; y++) {
    for (let x = rect.x; x < rect.x + rect.width; x++) {
      for (let c = 0; c < 3; c++) {
        const d = a[(y * width + x) * 3 + c] - b[(y * width + x) * channelsB + c];
        sum += d * d;
        n++;
      }
    }
  }
  const mse = sum / n;
  return mse === 0 ? Infinity : 10 * Math.log10((255 * 255) / mse);
}

/** The centre of the pixels close to `color` (within `tolerance` per channel), or null when none. */
export function centreOf(rgb: Buffer, width: number, color: [number, number, number], tolerance = 40): { x: number; y: number; count: number } | null {
  let sx = 0;
  let sy = 0;
  let count = 0;
  const height = rgb.length / 3 / width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      if (Math.abs(rgb[i] - color[0]) <= tolerance && Math.abs(rgb[i + 1] - color[1]) <= tolerance && Math.abs(rgb[i + 2] - color[2]) <= tolerance) {
        sx += x;
        sy += y;
        count++;
      }
    }
  }
  return count ? { x: sx / count, y: sy / count, count } : null;
}

/** ebur128's summary of a file's sound: integrated loudness (LUFS) and true peak (dBTP). */
export function ebur128(file: string): { lufs: number; truePeak: number } {
  const log = run('ffmpeg', ['-hide_banner', '-nostats', '-nostdin', '-i', file, '-af', 'ebur128=peak=true', '-f', 'null', '-']).stderr;
  const summary = log.slice(log.lastIndexOf('Summary:'));
  return { lufs: Number(/I:\s+(-?[\d.]+) LUFS/.exec(summary)![1]), truePeak: Number(/Peak:\s+(-?[\d.]+) dBFS/.exec(summary)![1]) };
}

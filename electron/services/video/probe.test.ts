import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { displayedSize, probeVideoFile, readProbe } from './probe';

const dir = mkdtempSync(join(tmpdir(), 'affiche-probe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function encode(name: string, extra: string[]): string {
  const out = join(dir, name);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=30:d=2', '-f', 'lavfi', '-i', 'sine=f=440:d=2:sample_rate=48000', '-c:v', 'libx264', '-preset', 'veryfast', '-profile:v', 'high', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-shortest', ...extra, out]);
  return out;
}

describe('probing a video file', () => {
  it('reads codec, profile, pixel format, size, rate, frames, audio, and where the index is', async () => {
    const fast = await probeVideoFile(encode('fast.mp4', ['-movflags', '+faststart']));
    expect(fast.video).toMatchObject({ codec: 'h264', profile: 'High', pixFmt: 'yuv420p', width: 320, height: 240, fps: 30, constantFps: true, frames: 60 });
    expect(fast.audio).toMatchObject({ codec: 'aac', sampleRate: 48000, channels: 1 });
    expect(fast.durationMs).toBeGreaterThanOrEqual(2000);
    expect(fast.faststart).toBe(true);
    const slow = await probeVideoFile(encode('slow.mp4', []));
    expect(slow.faststart).toBe(false);
  });

  it('skips cover art', () => {
    const info = readProbe({ streams: [{ codec_type: 'video', codec_name: 'mjpeg', disposition: { attached_pic: 1 } }, { codec_type: 'audio', codec_name: 'mp3' }] }, 10, null);
    expect(info.video).toBeNull();
    expect(info.audio?.codec).toBe('mp3');
  });

  it('a phone clip turned a quarter (display matrix or old rotate tag) is decoded upright: its width and height swap', () => {
    const stream = { codec_type: 'video', codec_name: 'h264', width: 1920, height: 1080 };
    const turned = readProbe({ streams: [{ ...stream, side_data_list: [{ rotation: -90 }] }] }, 10, null).video!;
    expect(turned.rotation).toBe(270);
    expect(displayedSize(turned)).toEqual({ width: 1080, height: 1920 });
    expect(displayedSize(readProbe({ streams: [{ ...stream, tags: { rotate: '90' } }] }, 10, null).video!)).toEqual({ width: 1080, height: 1920 });
    expect(displayedSize(readProbe({ streams: [{ ...stream, side_data_list: [{ rotation: 180 }] }] }, 10, null).video!)).toEqual({ width: 1920, height: 1080 });
    expect(readProbe({ streams: [stream] }, 10, null).video!.rotation).toBe(0);
  });
});

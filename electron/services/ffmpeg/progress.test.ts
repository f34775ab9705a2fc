/**
 * The `-progress pipe:1` parser on blocks captured from ffmpeg 5.1.9 (Debian 12), as written:
 * run.test.ts checks that the installed ffmpeg still writes what these blocks show.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FRACTION_BEFORE_END, nextFraction, parseClock, parseProgressBlock, ProgressReader, type ProgressBlock } from './progress';

/** `-loop 1 -i pic.png -t 4 -c:v libx264 -r 30 out.mp4`: a looped picture. */
const LOOPED_PICTURE = `frame=1
fps=0.00
stream_0_0_q=0.0
bitrate=N/A
total_size=48
out_time_us=0
out_time_ms=0
out_time=00:00:00.000000
dup_frames=0
drop_frames=0
speed=   0x
progress=continue
frame=102
fps=0.00
stream_0_0_q=29.0
bitrate=   0.2kbits/s
total_size=48
out_time_us=1733398
out_time_ms=1733398
out_time=00:00:01.733398
dup_frames=17
drop_frames=0
speed=3.39x
progress=continue
frame=120
fps=0.00
stream_0_0_q=-1.0
bitrate=  23.5kbits/s
total_size=11435
out_time_us=3900065
out_time_ms=3900065
out_time=00:00:03.900065
dup_frames=20
drop_frames=0
speed=5.15x
progress=end
`;

/** `-i with-b-frames.mp4 -c copy -f null -`: negative time at the start, N/A everywhere. */
const NEGATIVE_START = `frame=1
fps=0.00
stream_0_0_q=-1.0
bitrate=N/A
total_size=N/A
out_time_us=-66602
out_time_ms=-66602
out_time=-00:00:00.066602
dup_frames=0
drop_frames=0
speed=N/A
progress=continue
frame=90
fps=0.00
stream_0_0_q=-1.0
bitrate=N/A
total_size=N/A
out_time_us=2900065
out_time_ms=2900065
out_time=00:00:02.900065
dup_frames=0
drop_frames=0
speed= 269x
progress=end
`;

/** A slow 1080p encode: fps measured, out time still 0 while x264 fills its lookahead. */
const SLOW_START = `frame=18
fps=16.96
stream_0_0_q=0.0
bitrate=N/A
total_size=48
out_time_us=0
out_time_ms=0
out_time=00:00:00.000000
dup_frames=3
drop_frames=0
speed=   0x
progress=continue
`;

/** Audio only (`-f lavfi -i sine -c:a aac`): no frame or fps keys at all. */
const AUDIO_ONLY = `bitrate=N/A
total_size=44
out_time_us=0
out_time_ms=0
out_time=00:00:00.000000
dup_frames=0
drop_frames=0
speed=N/A
progress=continue
bitrate=  73.2kbits/s
total_size=27627
out_time_us=3018594
out_time_ms=3018594
out_time=00:00:03.018594
dup_frames=0
drop_frames=0
speed=13.1x
progress=end
`;

const read = (text: string) => new ProgressReader().push(text);

describe('parsing real ffmpeg blocks', () => {
  it('reads a looped picture encode: time, speed, frame, end', () => {
    expect(read(LOOPED_PICTURE)).toEqual([
      { outTimeMs: 0, speed: 0, fps: 0, frame: 1, end: false },
      { outTimeMs: 1733.398, speed: 3.39, fps: 0, frame: 102, end: false },
      { outTimeMs: 3900.065, speed: 5.15, fps: 0, frame: 120, end: true },
    ]);
  });

  it('reads a negative start time as 0 and N/A as absent', () => {
    const [first, last] = read(NEGATIVE_START);
    expect(first).toEqual({ outTimeMs: 0, fps: 0, frame: 1, end: false });
    expect(first).not.toHaveProperty('speed');
    expect(last).toEqual({ outTimeMs: 2900.065, speed: 269, fps: 0, frame: 90, end: true });
  });

  it('reads the fps of a slow encode and blocks without frame or fps', () => {
    expect(read(SLOW_START)).toEqual([{ outTimeMs: 0, speed: 0, fps: 16.96, frame: 18, end: false }]);
    expect(read(AUDIO_ONLY)).toEqual([
      { outTimeMs: 0, end: false },
      { outTimeMs: 3018.594, speed: 13.1, end: true },
    ]);
  });

  it('reads out_time_ms as microseconds (ffmpeg 5 prints the same number as out_time_us) and out_time when alone', () => {
    expect(parseProgressBlock(['out_time_ms=1733398', 'progress=continue']).outTimeMs).toBe(1733.398);
    expect(parseProgressBlock(['out_time=00:01:02.500000', 'out_time_ms=1', 'progress=continue']).outTimeMs).toBe(62_500);
    expect(parseProgressBlock(['out_time_us=N/A', 'out_time_ms=N/A', 'out_time=N/A', 'progress=continue'])).toEqual({ end: false });
  });

  it('parses clock times, negative ones included', () => {
    expect(parseClock('00:00:01.733398')).toBeCloseTo(1733.398, 6);
    expect(parseClock('-00:00:00.066602')).toBeCloseTo(-66.602, 6);
    expect(parseClock('01:02:03')).toBe(3_723_000);
    expect(parseClock('N/A')).toBeUndefined();
    expect(parseClock('12')).toBeUndefined();
  });

  it('reads Windows line ends', () => {
    expect(read(LOOPED_PICTURE.replace(/\n/g, '\r\n'))).toEqual(read(LOOPED_PICTURE));
  });

  it('gives the same blocks however the text is cut into chunks', () => {
    const text = LOOPED_PICTURE + NEGATIVE_START + SLOW_START + AUDIO_ONLY;
    const whole = read(text);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 40 }), (cuts) => {
        const reader = new ProgressReader();
        const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
        const blocks: ProgressBlock[] = [];
        for (let i = 1; i < points.length; i++) blocks.push(...reader.push(text.slice(points[i - 1], points[i])));
        expect(blocks).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on junk, and reads blocks again after a run-away line', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 300 }), { maxLength: 30 }), (chunks) => {
        const reader = new ProgressReader();
        for (const chunk of chunks) for (const block of reader.push(chunk)) expect(typeof block.end).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    const reader = new ProgressReader();
    for (let i = 0; i < 1000; i++) reader.push('x'.repeat(1000));
    expect(reader.push('\nprogress=continue\n')).toEqual([{ end: false }]);
  });
});

describe('fraction against the known duration (EXP-04)', () => {
  it('a looped 4 s picture: measured against 4 s, held below 1, 1 only for a successful end', () => {
    const blocks = read(LOOPED_PICTURE);
    let fraction = 0;
    const seen: number[] = [];
    for (const block of blocks) seen.push((fraction = nextFraction(fraction, block, 4000, block.end)));
    expect(seen).toEqual([0, 1733.398 / 4000, 1]);
    // The same end after a `q`: not a success, so the fraction stays where it was.
    expect(nextFraction(0.5, blocks[2], 4000, false)).toBe(3900.065 / 4000);
  });

  it('never goes down, never reaches 1 before the end, whatever the blocks say', () => {
    const block = fc.record({ outTimeMs: fc.option(fc.double({ min: -1e6, max: 1e7, noNaN: true }), { nil: undefined }), end: fc.constant(false) });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 50 }), fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: undefined }), (blocks, durationMs) => {
        let fraction = 0;
        for (const b of blocks) {
          const next = nextFraction(fraction, { ...b, ...(b.outTimeMs === undefined ? {} : { outTimeMs: Math.max(0, b.outTimeMs) }) }, durationMs);
          expect(next).toBeGreaterThanOrEqual(fraction);
          expect(next).toBeLessThanOrEqual(FRACTION_BEFORE_END);
          fraction = next;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('without a known duration, stays put until the successful end', () => {
    expect(nextFraction(0, { outTimeMs: 5000, end: false }, undefined)).toBe(0);
    expect(nextFraction(0, { outTimeMs: 5000, end: true }, undefined, true)).toBe(1);
  });
});

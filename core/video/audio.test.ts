import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUSIC_FITS, type Soundtrack } from '../schema/design';
import { audioGraph, clipSpan, DUCK_GAIN, duckingExpr, duckingGainAt, loudnessGain, loudnessTarget, musicAt, musicSpan, num, samples, type ClipSource } from './audio';

const soundtrack = (over: Partial<Soundtrack> = {}): Soundtrack => ({ assetId: 'a'.repeat(64), volume: 1, startMs: 0, fadeInMs: 0, fadeOutMs: 0, ...over });
const clip = (over: Partial<ClipSource> = {}, element: Partial<ClipSource['element']> = {}): ClipSource => ({
  index: 2,
  element: { trimInMs: 0, muted: false, volume: 1, ...element },
  sceneStartMs: 0,
  window: { inMs: 0, outMs: 5000 },
  hasAudio: true,
  ...over,
});

/** Every `[label]` a chain reads and writes. */
function labels(filters: string[]): { reads: string[]; writes: string[] } {
  const reads: string[] = [];
  const writes: string[] = [];
  for (const text of filters) {
    const match = /^((?:\[[^\]]+\])*)([^[\]]+)((?:\[[^\]]+\])+)$/.exec(text);
    if (!match) throw new Error(`not a chain: ${text}`);
    reads.push(...[...match[1].matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]));
    writes.push(...[...match[3].matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]));
  }
  return { reads, writes };
}

describe('musicSpan', () => {
  it('once: plays the trimmed part once and fades it out at its own end; the video may cut it', () => {
    expect(musicSpan(soundtrack({ trimInMs: 1000, trimOutMs: 5000, startMs: 500, fadeOutMs: 1000 }), 20_000, 10_000)).toEqual({
      sourceStartMs: 1000,
      sourceMs: 4000,
      startMs: 500,
      endMs: 4500,
      loops: false,
      fadeIn: null,
      fadeOut: { startMs: 3500, durationMs: 1000 },
    });
    // 20 s of music in a 10 s video: cut at 10 s, its fade-out (at 19-20 s) never heard.
    const cut = musicSpan(soundtrack({ fadeOutMs: 1000 }), 20_000, 10_000)!;
    expect([cut.endMs, cut.fadeOut]).toEqual([10_000, { startMs: 19_000, durationMs: 1000 }]);
  });

  it('fitToVideo: cut at the video end with the fade-out there', () => {
    const span = musicSpan(soundtrack({ fit: 'fitToVideo', fadeOutMs: 1000, startMs: 2000 }), 20_000, 10_000)!;
    expect([span.endMs, span.loops, span.fadeOut]).toEqual([10_000, false, { startMs: 9000, durationMs: 1000 }]);
  });

  it('loop: a part shorter than the video repeats to its end, faded out there', () => {
    const span = musicSpan(soundtrack({ fit: 'loop', fadeOutMs: 500, fadeInMs: 300 }), 4000, 10_000)!;
    expect([span.endMs, span.loops, span.fadeIn, span.fadeOut]).toEqual([10_000, true, { startMs: 0, durationMs: 300 }, { startMs: 9500, durationMs: 500 }]);
  });

  it('is silent when it starts after the video, has an empty part, or no volume', () => {
    expect(musicSpan(soundtrack({ startMs: 10_000 }), 4000, 10_000)).toBeNull();
    expect(musicSpan(soundtrack({ trimInMs: 5000 }), 4000, 10_000)).toBeNull();
    expect(musicSpan(soundtrack({ trimInMs: 1000, trimOutMs: 1000 }), 4000, 10_000)).toBeNull();
    expect(musicSpan(soundtrack({ volume: 0 }), 4000, 10_000)).toBeNull();
  });
});

describe('clipSpan', () => {
  it('takes the part of the file the picture shows, at its speed, in its window', () => {
    expect(clipSpan(clip({ sceneStartMs: 4000, window: { inMs: 1000, outMs: 3000 } }, { trimInMs: 500, speed: 2 }), 10_000)).toEqual({
      startMs: 5000,
      endMs: 7000,
      sourceStartMs: 500,
      sourceEndMs: 4500,
      speed: 2,
    });
  });

  it('stops at the trim-out or where the sound of the file ends', () => {
    expect(clipSpan(clip({}, { trimInMs: 1000, trimOutMs: 2000, speed: 0.5 }), 10_000)).toMatchObject({ startMs: 0, endMs: 2000, sourceEndMs: 2000 });
    expect(clipSpan(clip({ audioMs: 2000 }, { speed: 2 }), 10_000)).toMatchObject({ endMs: 1000, sourceEndMs: 2000 });
  });

  it('is not heard muted, silent, without sound, or outside the video', () => {
    expect(clipSpan(clip({}, { muted: true }), 10_000)).toBeNull();
    expect(clipSpan(clip({}, { volume: 0 }), 10_000)).toBeNull();
    expect(clipSpan(clip({ hasAudio: false }), 10_000)).toBeNull();
    expect(clipSpan(clip({ sceneStartMs: 10_000 }), 10_000)).toBeNull();
    expect(clipSpan(clip({ audioMs: 300 }, { trimInMs: 500 }), 10_000)).toBeNull();
  });
});

describe('duckingExpr', () => {
  it('merges windows whose ramps touch, so the music stays down between close clips', () => {
    expect(duckingExpr([])).toBeNull();
    expect(duckingExpr([{ startMs: 1000, endMs: 2000 }, { startMs: 2200, endMs: 3000 }])).toBe('1-0.75*clip(min((t-0.85)/0.15,(3.15-t)/0.15),0,1)');
    expect(duckingExpr([{ startMs: 5000, endMs: 6000 }, { startMs: 1000, endMs: 2000 }])).toBe(
      '1-0.75*max(clip(min((t-0.85)/0.15,(2.15-t)/0.15),0,1),clip(min((t-4.85)/0.15,(6.15-t)/0.15),0,1))',
    );
  });
});

/** Evaluates the ffmpeg expression functions duckingExpr writes (clip, min, max) at t seconds. */
function evaluate(expr: string, t: number): number {
  const clip = (x: number, a: number, b: number) => Math.max(a, Math.min(b, x));
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  const f = new Function('clip', 'min', 'max', 't', `return ${expr};`) as (...args: unknown[]) => number;
  return f(clip, Math.min, Math.max, t);
}

describe('duckingGainAt', () => {
  it('is 1 away from clips, DUCK_GAIN under them, halfway through a ramp', () => {
    const spans = [{ startMs: 1000, endMs: 2000 }];
    expect([duckingGainAt(spans, 500), duckingGainAt(spans, 1000), duckingGainAt(spans, 2000), duckingGainAt(spans, 2400)]).toEqual([1, DUCK_GAIN, DUCK_GAIN, 1]);
    expect(duckingGainAt(spans, 925)).toBeCloseTo((1 + DUCK_GAIN) / 2, 9);
    expect(duckingGainAt([], 1000)).toBe(1);
  });

  it('any clips, any time: the ffmpeg expression gives the same gain', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 1, max: 10_000 })).map(([startMs, length]) => ({ startMs, endMs: startMs + length }));
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 75_000 }), (spans, ms) => {
        expect(evaluate(duckingExpr(spans)!, ms / 1000)).toBeCloseTo(duckingGainAt(spans, ms), 6);
      }),
      { numRuns: 500 },
    );
  });
});

describe('loudness', () => {
  it('targets -14 LUFS / -1 dBTP when the design says nothing, its own target, or nothing when null', () => {
    expect(loudnessTarget({})).toEqual({ lufs: -14, truePeak: -1 });
    expect(loudnessTarget({ video: { loudness: { lufs: -16, truePeak: -2 } } })).toEqual({ lufs: -16, truePeak: -2 });
    expect(loudnessTarget({ video: { loudness: null } })).toBeNull();
  });

  it('brings the measure to the target, bounded, and leaves a silent mix alone', () => {
    expect(loudnessGain(-20.5, { lufs: -14, truePeak: -1 })).toEqual({ gainDb: 6.5, truePeak: -1 });
    expect(loudnessGain(-80)).toEqual({ gainDb: 0, truePeak: -1 });
    expect(loudnessGain(-Infinity)).toEqual({ gainDb: 0, truePeak: -1 });
    expect(loudnessGain(-69, { lufs: -6, truePeak: 0 }).gainDb).toBe(30);
  });
});

describe('audioGraph', () => {
  it('is null when nothing makes a sound', () => {
    expect(audioGraph({ design: {}, timeline: { durationMs: 5000 }, clips: [clip({}, { muted: true }), clip({ hasAudio: false })], loudness: null })).toBeNull();
    expect(audioGraph({ design: { audio: soundtrack() }, timeline: { durationMs: 5000 }, clips: [], loudness: null })).toBeNull(); // no music input given
  });

  it('ends on a stream of exactly the video length, after the gain and the limiter', () => {
    const graph = audioGraph({ design: { audio: soundtrack() }, timeline: { durationMs: 5000 }, music: { index: 1, durationMs: 3000 }, clips: [], loudness: { gainDb: -3.25, truePeak: -1 } })!;
    expect(graph.output).toBe('a_out');
    expect(graph.filters.at(-1)).toBe(
      '[a_music]volume=-3.25dB,alimiter=limit=0.841395:attack=5:release=50:level=0:latency=1,aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo,apad=whole_len=240000,atrim=end_sample=240000[a_out]',
    );
  });

  it('writes numbers ffmpeg reads', () => {
    expect([num(1e-9), num(-0.0000001), num(2.5), num(123456789), num(1 / 3)]).toEqual(['0', '0', '2.5', '123456789', '0.333333']);
    expect(() => num(Number.NaN)).toThrow();
    expect(samples(1000 / 48_000)).toBe(1);
  });

  it('any soundtrack and clips: every label is written once and read once, inputs are the given ones, no NaN', () => {
    const soundtrackArb = fc.record({
      assetId: fc.constant('a'.repeat(64)),
      volume: fc.double({ min: 0, max: 1, noNaN: true }),
      startMs: fc.integer({ min: 0, max: 30_000 }),
      fadeInMs: fc.integer({ min: 0, max: 60_000 }),
      fadeOutMs: fc.integer({ min: 0, max: 60_000 }),
      trimInMs: fc.option(fc.integer({ min: 0, max: 30_000 }), { nil: undefined }),
      trimOutMs: fc.option(fc.integer({ min: 0, max: 60_000 }), { nil: undefined }),
      fit: fc.option(fc.constantFrom(...MUSIC_FITS), { nil: undefined }),
      ducking: fc.option(fc.boolean(), { nil: undefined }),
    });
    const clipArb = fc.record({
      sceneStartMs: fc.integer({ min: 0, max: 30_000 }),
      inMs: fc.integer({ min: 0, max: 10_000 }),
      lengthMs: fc.integer({ min: 0, max: 10_000 }),
      hasAudio: fc.boolean(),
      audioMs: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
      element: fc.record({
        trimInMs: fc.integer({ min: 0, max: 20_000 }),
        trimOutMs: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
        muted: fc.boolean(),
        volume: fc.double({ min: 0, max: 1, noNaN: true }),
        speed: fc.option(fc.double({ min: 0.5, max: 2, noNaN: true }), { nil: undefined }),
      }),
    });
    fc.assert(
      fc.property(
        fc.option(soundtrackArb, { nil: undefined }),
        fc.integer({ min: 1, max: 120_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.array(clipArb, { maxLength: 6 }),
        fc.option(fc.record({ gainDb: fc.double({ min: -30, max: 30, noNaN: true }), truePeak: fc.double({ min: -9, max: 0, noNaN: true }) }), { nil: null }),
        (audio, videoMs, musicMs, clipSpecs, loudness) => {
          const clips: ClipSource[] = clipSpecs.map((c, i) => {
            const element = Object.fromEntries(Object.entries(c.element).filter(([, v]) => v !== undefined)) as ClipSource['element'];
            return {
              index: 2 + i,
              element,
              sceneStartMs: c.sceneStartMs,
              window: { inMs: c.inMs, outMs: c.inMs + c.lengthMs },
              hasAudio: c.hasAudio,
              ...(c.audioMs !== undefined ? { audioMs: c.audioMs } : {}),
            };
          });
          const design = audio ? { audio: Object.fromEntries(Object.entries(audio).filter(([, v]) => v !== undefined)) as Soundtrack } : {};
          const graph = audioGraph({ design, timeline: { durationMs: videoMs }, music: { index: 1, durationMs: musicMs }, clips, loudness });
          const heard = clips.some((c) => clipSpan(c, videoMs)) || (audio !== undefined && musicSpan(design.audio!, musicMs, videoMs) !== null);
          expect(graph !== null).toBe(heard);
          if (!graph) return;
          const text = graph.filters.join(';');
          expect(text).not.toMatch(/NaN|Infinity|undefined|e[+-]\d/);
          const { reads, writes } = labels(graph.filters);
          expect(new Set(writes).size).toBe(writes.length);
          expect(writes.every((label) => label.startsWith('a_'))).toBe(true);
          expect(writes).toContain(graph.output);
          for (const label of writes) expect(reads.filter((r) => r === label).length, label).toBe(label === graph.output ? 0 : 1);
          for (const label of reads.filter((r) => !writes.includes(r))) expect(label).toMatch(/^(1|[2-7]):a$/);
          expect(graph.filters.at(-1)).toContain(`apad=whole_len=${samples(videoMs)},atrim=end_sample=${samples(videoMs)}[${graph.output}]`);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('musicAt: what the player plays of the soundtrack', () => {
  const audio = soundtrack({ trimInMs: 1000, trimOutMs: 5000, startMs: 500, fadeInMs: 1000, fadeOutMs: 1000, volume: 0.8, fit: 'loop' });
  const span = musicSpan(audio, 20_000, 12_000)!;

  it('is silent before its start, plays its trimmed part from trimInMs and loops it', () => {
    expect(musicAt(audio, span, [], 499)).toBeNull();
    expect(musicAt(audio, span, [], 500)!.sourceMs).toBe(1000);
    expect(musicAt(audio, span, [], 4499)!.sourceMs).toBe(4999);
    expect(musicAt(audio, span, [], 4500)!.sourceMs).toBe(1000);
    expect(musicAt(audio, span, [], 9000)!.sourceMs).toBe(1500);
    expect(musicAt(audio, span, [], 12_000)).toBeNull();
  });

  it('rises over the fade-in, holds the volume, falls over the fade-out to the video end', () => {
    expect(musicAt(audio, span, [], 500)!.gain).toBe(0);
    expect(musicAt(audio, span, [], 1000)!.gain).toBeCloseTo(0.4, 9);
    expect(musicAt(audio, span, [], 6000)!.gain).toBeCloseTo(0.8, 9);
    expect(musicAt(audio, span, [], 11_500)!.gain).toBeCloseTo(0.4, 9);
  });

  it('is lowered by duckingGainAt under a heard clip, unless ducking is off', () => {
    const heard = [{ startMs: 6000, endMs: 7000 }];
    expect(musicAt(audio, span, heard, 6500)!.gain).toBeCloseTo(0.8 * DUCK_GAIN, 9);
    expect(musicAt(audio, span, heard, 6000 - 75)!.gain).toBeCloseTo(0.8 * duckingGainAt(heard, 5925), 9);
    expect(musicAt({ ...audio, ducking: false }, span, heard, 6500)!.gain).toBeCloseTo(0.8, 9);
  });

  it('property: the gain stays within 0..volume and the file position within the trimmed part', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MUSIC_FITS), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 15_000 }), (fit, fadeInMs, fadeOutMs, ms) => {
        const a = { ...audio, fit, fadeInMs, fadeOutMs };
        const s = musicSpan(a, 20_000, 12_000)!;
        const at = musicAt(a, s, [{ startMs: 2000, endMs: 3000 }], ms);
        if (!at) return;
        expect(at.gain).toBeGreaterThanOrEqual(0);
        expect(at.gain).toBeLessThanOrEqual(0.8 + 1e-12);
        expect(at.sourceMs).toBeGreaterThanOrEqual(1000);
        expect(at.sourceMs).toBeLessThan(5000);
      }),
    );
  });
});

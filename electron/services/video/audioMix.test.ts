/**
 * The video's sound through real ffmpeg: test sounds made with lavfi, the graph from planAudio run
 * the way the export runs it (a picture input first, then the music and the clips, the chains in
 * one filter_complex), and what comes out measured (samples read back, ebur128, astats).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMessage } from '../../../core/messages';
import { parseDesign } from '../../../core/schema/parseDesign';
import type { Design, Soundtrack, VideoElement } from '../../../core/schema/design';
import { clipSpan, loudnessGain, musicAt, musicSpan } from '../../../core/video/audio';
import { layerWindow, videoTimeline } from '../../../core/video/timeline';
import { UserError } from '../errors';
import { ebur128 } from './mp4Testing';
import { planAudio, readMeasuredLufs, SCRIPT_FROM_CHARS, soundtrackPath, type AudioInputs } from './audioMix';

const dir = mkdtempSync(join(tmpdir(), 'affiche-audio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const RATE = 48_000;
/** One AAC frame: what "within 21 ms" allows. */
const FRAME_MS = 1024 / 48;

const base = parseDesign(JSON.parse(readFileSync(new URL('../../../core/schema/fixtures/design.v10.json', import.meta.url), 'utf8'))).design;
/** The fixture's clip at speed 1, untrimmed, full volume: each test sets what it checks. */
const { speed: _speed, trimOutMs: _trimOut, ...clipElement } = base.pages.flatMap((page) => page.elements).find((e): e is VideoElement => e.type === 'video')!;

function ffmpeg(args: string[]): string {
  return execFileSync('ffmpeg', ['-hide_banner', '-nostdin', '-y', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A sound made by lavfi (mono 44.1 kHz unless the source says: the graph must resample it). */
function sound(name: string, source: string): string {
  const out = join(dir, name);
  ffmpeg(['-v', 'error', '-f', 'lavfi', '-i', source, out]);
  return out;
}

/** A small MP4 clip: a picture and, unless `audio` is null, a sound. */
function clipFile(name: string, seconds: number, audio: string | null): string {
  const out = join(dir, name);
  const sound = audio ? ['-f', 'lavfi', '-i', audio] : [];
  ffmpeg(['-v', 'error', '-f', 'lavfi', '-i', `color=c=red:s=64x64:r=30:d=${seconds}`, ...sound, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', ...(audio ? ['-c:a', 'aac', '-t', String(seconds)] : []), out]);
  return out;
}

/** A video design of one scene of `sceneMs` with this soundtrack and these settings (default: the mix left as it is). */
function design(sceneMs: number, audio?: Partial<Soundtrack>, video: Design['video'] = { loudness: null }): Design {
  const page = { ...base.pages[0], durationMs: sceneMs };
  delete page.transitionOut;
  const doc: Design = { ...base, pages: [page], video };
  if (audio) doc.audio = { assetId: 'b'.repeat(64), volume: 1, startMs: 0, fadeInMs: 0, fadeOutMs: 0, fit: 'once', ...audio };
  else delete doc.audio;
  return doc;
}

interface ClipSpec {
  path: string;
  element?: Partial<VideoElement>;
  sceneStartMs?: number;
  window: { inMs: number; outMs: number };
  hasAudio?: boolean;
}

let lastPlan: Awaited<ReturnType<typeof planAudio>> = null;

/**
 * Runs the plan the way the export will: input 0 is a picture as long as the video, the music and
 * the clips follow. Writes 32-bit float WAV (or an MP4 with AAC) and returns its path.
 */
async function render(doc: Design, music: string | null, clips: ClipSpec[], out: string, signal?: AbortSignal): Promise<string | null> {
  const timeline = videoTimeline(doc);
  const files = [...(music ? [music] : []), ...clips.map((c) => c.path)];
  const inputs: AudioInputs = {
    ...(music ? { music: { index: 1, path: music } } : {}),
    clips: clips.map((c, i) => ({
      index: 1 + (music ? 1 : 0) + i,
      path: c.path,
      element: { ...clipElement, trimInMs: 0, muted: false, volume: 1, ...c.element },
      sceneStartMs: c.sceneStartMs ?? 0,
      window: c.window,
      hasAudio: c.hasAudio ?? true,
    })),
  };
  const plan = await planAudio({ design: doc, timeline, inputs, ...(signal ? { signal } : {}) });
  lastPlan = plan;
  if (!plan) return null;
  const seconds = String(timeline.durationMs / 1000);
  const file = join(dir, out);
  const picture = ['-f', 'lavfi', '-i', `color=c=black:s=64x64:r=30:d=${seconds}`];
  const encode = out.endsWith('.mp4')
    ? ['-map', '0:v', '-map', `[${plan.output}]`, '-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p', '-c:a', 'aac', '-b:a', '192k', '-t', seconds]
    : ['-map', `[${plan.output}]`, '-c:a', 'pcm_f32le'];
  ffmpeg(['-v', 'error', ...picture, ...files.flatMap((f) => ['-i', f]), '-filter_complex', plan.filters.join(';'), ...encode, file]);
  return file;
}

/** The left channel of a float WAV written by render. */
function samplesOf(wav: string): Float32Array {
  const bytes = readFileSync(wav);
  const data = bytes.indexOf('data', 12);
  const length = bytes.readUInt32LE(data + 4);
  const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset + data + 8, bytes.byteOffset + data + 8 + length));
  return all.filter((_, i) => i % 2 === 0);
}

function rmsDb(s: Float32Array, fromMs: number, toMs: number): number {
  const part = s.subarray(Math.round((fromMs * RATE) / 1000), Math.round((toMs * RATE) / 1000));
  const mean = part.reduce((sum, x) => sum + x * x, 0) / part.length;
  return 10 * Math.log10(mean + 1e-20);
}

function firstAboveMs(s: Float32Array, threshold: number): number {
  return (s.findIndex((x) => Math.abs(x) > threshold) * 1000) / RATE;
}

function lastAboveMs(s: Float32Array, threshold: number): number {
  return (s.findLastIndex((x) => Math.abs(x) > threshold) * 1000) / RATE;
}

/** What ffmpeg logs while it reads a file through these filters. */
function analyse(file: string, filters: string): string {
  return spawnSync('ffmpeg', ['-hide_banner', '-nostats', '-nostdin', '-i', file, '-af', filters, '-f', 'null', '-'], { encoding: 'utf8' }).stderr;
}

/** astats' overall RMS level (dB) of a window of a file, after a low-pass that keeps the music (220 Hz) and drops the voice (3 kHz). */
function musicRmsDb(file: string, fromMs: number, toMs: number): number {
  const log = analyse(file, `atrim=start=${fromMs / 1000}:end=${toMs / 1000},lowpass=f=500,lowpass=f=500,lowpass=f=500,astats`);
  return Number(/RMS level dB: (-?[\d.]+)/.exec(log.slice(log.lastIndexOf('Overall')))![1]);
}

// Test sounds. The music is a steady 220 Hz sine (or pink noise for loudness), the "voice" a 3 kHz sine.
const tone = (name: string, seconds: number) => sound(name, `sine=frequency=220:duration=${seconds}:sample_rate=44100`);
const click = (name: string) => sound(name, `aevalsrc='if(lt(t,0.003),0.8,0)':d=2:s=44100`);
const voice = (name: string, seconds: number) => clipFile(name, seconds, `sine=frequency=3000:duration=${seconds}:sample_rate=48000`);
/**
 * A steady mono sine of amplitude 1/8 (lavfi's) as RMS dBFS in one channel of the stereo mix:
 * ffmpeg spreads a mono sound over both channels at -3 dB each (equal power).
 */
const TONE_DB = 20 * Math.log10(1 / 8 / Math.SQRT2 / Math.SQRT2);

describe('the soundtrack', () => {
  it('starts at startMs to within one AAC frame, and the sound lasts exactly the video', async () => {
    const music = click('click.wav');
    const out = (await render(design(5000, { startMs: 1234 }), music, [], 'placed.wav'))!;
    const s = samplesOf(out);
    expect(s.length).toBe(5 * RATE);
    expect(Math.abs(firstAboveMs(s, 0.1) - 1234)).toBeLessThanOrEqual(FRAME_MS);
    // The same with the loudness gain and the limiter after it (its look-ahead is compensated).
    const normalised = samplesOf((await render(design(5000, { startMs: 1234 }, {}), music, [], 'placed-loud.wav'))!);
    expect(normalised.length).toBe(5 * RATE);
    expect(Math.abs(firstAboveMs(normalised, 0.1) - 1234)).toBeLessThanOrEqual(FRAME_MS);
  });

  it('takes its part from trimInMs: a click 1 s into the file, trimmed by 1 s, sounds at once', async () => {
    const late = sound('late-click.wav', `aevalsrc='if(between(t,1,1.003),0.8,0)':d=3:s=44100`);
    const s = samplesOf((await render(design(3000, { trimInMs: 1000, startMs: 500 }), late, [], 'trimmed.wav'))!);
    expect(Math.abs(firstAboveMs(s, 0.1) - 500)).toBeLessThanOrEqual(FRAME_MS);
  });

  it('rises over fadeInMs and falls over fadeOutMs to the video end (fitToVideo)', async () => {
    const s = samplesOf((await render(design(4000, { fadeInMs: 1000, fadeOutMs: 1000, fit: 'fitToVideo' }), tone('fade.wav', 10), [], 'fades.wav'))!);
    const rising = [0, 200, 400, 600, 800].map((ms) => rmsDb(s, ms, ms + 200));
    for (let i = 1; i < rising.length; i++) expect(rising[i]).toBeGreaterThan(rising[i - 1] + 1);
    expect(rising[0]).toBeLessThan(TONE_DB - 15);
    expect(rmsDb(s, 1000, 3000)).toBeCloseTo(TONE_DB, 0);
    const falling = [3000, 3200, 3400, 3600, 3800].map((ms) => rmsDb(s, ms, ms + 200));
    for (let i = 1; i < falling.length; i++) expect(falling[i]).toBeLessThan(falling[i - 1] - 1);
    expect(rmsDb(s, 3950, 4000)).toBeLessThan(TONE_DB - 25);
  });

  it('loop: 4 s of music in a 10 s video plays to the end; once: silence after it', async () => {
    const music = tone('four.wav', 4);
    const looped = samplesOf((await render(design(10_000, { fit: 'loop' }), music, [], 'loop.wav'))!);
    for (const ms of [500, 3900, 4000, 6000, 8100, 9800]) expect(rmsDb(looped, ms, ms + 200), `at ${ms} ms`).toBeCloseTo(TONE_DB, 0);
    const once = samplesOf((await render(design(10_000, { fit: 'once' }), music, [], 'once.wav'))!);
    expect(rmsDb(once, 1000, 3900)).toBeCloseTo(TONE_DB, 0);
    expect(Math.abs(lastAboveMs(once, 0.01) - 4000)).toBeLessThanOrEqual(FRAME_MS);
    expect(rmsDb(once, 4100, 10_000)).toBeLessThan(-100);
    expect(once.length).toBe(10 * RATE);
  });

  it('plays at its volume', async () => {
    const s = samplesOf((await render(design(2000, { volume: 0.5 }), tone('half.wav', 3), [], 'half-out.wav'))!);
    expect(rmsDb(s, 200, 1800)).toBeCloseTo(TONE_DB - 6.02, 1);
  });
});

describe('clip sound', () => {
  it('at 2x, a 2 s clip lasts 1 s, placed at its scene start plus its in-time', async () => {
    const doc = design(6000);
    const s = samplesOf((await render(doc, null, [{ path: voice('voice2.mp4', 2), element: { speed: 2 }, sceneStartMs: 1000, window: { inMs: 500, outMs: 4500 } }], 'speed.wav'))!);
    const start = firstAboveMs(s, 0.05);
    expect(Math.abs(start - 1500)).toBeLessThanOrEqual(FRAME_MS);
    expect(Math.abs(lastAboveMs(s, 0.05) - start - 1000)).toBeLessThanOrEqual(FRAME_MS);
  });

  it('is cut at its window end, trimmed like its picture, and silent when muted', async () => {
    const clip = voice('voice3.mp4', 3);
    const cut = samplesOf((await render(design(4000), null, [{ path: clip, element: { trimInMs: 1000 }, window: { inMs: 0, outMs: 1500 } }], 'cut.wav'))!);
    expect(Math.abs(lastAboveMs(cut, 0.05) - 1500)).toBeLessThanOrEqual(FRAME_MS);
    const trimmed = samplesOf((await render(design(4000), null, [{ path: clip, element: { trimInMs: 1000 }, window: { inMs: 0, outMs: 4000 } }], 'trim.wav'))!);
    expect(Math.abs(lastAboveMs(trimmed, 0.05) - 2000)).toBeLessThanOrEqual(FRAME_MS);
    expect(await render(design(4000), null, [{ path: clip, element: { muted: true }, window: { inMs: 0, outMs: 4000 } }], 'muted.wav')).toBeNull();
    const silent = clipFile('silent.mp4', 2, null);
    expect(await render(design(4000), null, [{ path: silent, hasAudio: false, window: { inMs: 0, outMs: 2000 } }], 'none.wav')).toBeNull();
    // Said to have sound, but its file has none: silent, not an ffmpeg failure.
    expect(await render(design(4000), null, [{ path: silent, hasAudio: true, window: { inMs: 0, outMs: 2000 } }], 'none2.wav')).toBeNull();
  });
});

describe('ducking', () => {
  const under = (name: string, ducking?: boolean) =>
    render(design(6000, { fit: 'loop', ...(ducking !== undefined ? { ducking } : {}) }), tone('duck-music.wav', 6), [{ path: voice('duck-voice.mp4', 2), sceneStartMs: 0, window: { inMs: 2000, outMs: 4000 } }], name);

  it('lowers the music by at least 10 dB under a clip that keeps its sound, and only there', async () => {
    const out = (await under('ducked.wav'))!;
    const before = musicRmsDb(out, 500, 1700);
    const during = musicRmsDb(out, 2100, 3900);
    const after = musicRmsDb(out, 4300, 5800);
    expect(before - during).toBeGreaterThanOrEqual(10);
    expect(Math.abs(after - before)).toBeLessThan(0.5);
    // The voice itself is there, at its level.
    expect(rmsDb(samplesOf(out), 2100, 3900)).toBeGreaterThan(TONE_DB - 1);
  });

  it('leaves the music alone when ducking is off', async () => {
    const out = (await under('flat.wav', false))!;
    expect(Math.abs(musicRmsDb(out, 500, 1700) - musicRmsDb(out, 2100, 3900))).toBeLessThan(0.5);
  });
});

describe('loudness', () => {
  const noise = (name: string, amplitude: number) => sound(name, `anoisesrc=color=pink:amplitude=${amplitude}:duration=8:seed=7:sample_rate=48000`);

  it('brings a quiet mix to -14 LUFS by default, true peak under -1 dBTP + 0.5', async () => {
    const out = (await render(design(6000, { fit: 'fitToVideo' }, {}), noise('quiet.wav', 0.02), [{ path: voice('mix-voice.mp4', 2), window: { inMs: 1000, outMs: 3000 } }], 'default.wav'))!;
    const { lufs, truePeak } = ebur128(out);
    expect(Math.abs(lufs - -14)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThanOrEqual(-0.5);
  });

  it('holds the peaks of a quiet mix raised to the target under the true-peak ceiling', async () => {
    // A quiet tone with a short loud beep every second: raising the tone to -14 LUFS takes the beeps past 0 dBFS.
    const ticks = sound('ticks.wav', `aevalsrc='0.05*sin(2*PI*220*t)+0.3*sin(2*PI*1000*t)*lt(mod(t,1),0.003)':d=6:s=48000`);
    const out = (await render(design(6000, { fit: 'fitToVideo' }, {}), ticks, [], 'ticks-out.wav'))!;
    const { lufs, truePeak } = ebur128(out);
    expect(Math.abs(lufs - -14)).toBeLessThanOrEqual(1);
    expect(truePeak).toBeLessThanOrEqual(-0.5);
    expect(truePeak).toBeGreaterThan(-3); // the ticks are there, limited, not gone
  });

  it('brings a loud mix down to the -16 LUFS asked for, in an MP4 whose sound and picture last the same', async () => {
    const doc = design(6000, { fit: 'fitToVideo' }, { loudness: { lufs: -16, truePeak: -1.5 } });
    const wav = (await render(doc, noise('loud.wav', 0.9), [], 'sixteen.wav'))!;
    const measured = ebur128(wav);
    expect(Math.abs(measured.lufs - -16)).toBeLessThanOrEqual(1);
    expect(measured.truePeak).toBeLessThanOrEqual(-1);
    const mp4 = (await render(doc, noise('loud.wav', 0.9), [], 'sixteen.mp4'))!;
    expect(Math.abs(ebur128(mp4).lufs - -16)).toBeLessThanOrEqual(1);
    const probe = JSON.parse(execFileSync('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_streams', mp4], { encoding: 'utf8' })) as { streams: Array<{ codec_type: string; duration: string; sample_rate?: string; channels?: number }> };
    const audio = probe.streams.find((s) => s.codec_type === 'audio')!;
    const video = probe.streams.find((s) => s.codec_type === 'video')!;
    expect([audio.sample_rate, audio.channels]).toEqual(['48000', 2]);
    expect(Math.abs(Number(audio.duration) * 1000 - 6000)).toBeLessThanOrEqual(FRAME_MS);
    expect(Math.abs(Number(audio.duration) - Number(video.duration)) * 1000).toBeLessThanOrEqual(FRAME_MS);
  });

  it('leaves the mix as it is when the design says null', async () => {
    const s = samplesOf((await render(design(2000, {}, { loudness: null }), tone('asis.wav', 3), [], 'asis-out.wav'))!);
    expect(rmsDb(s, 200, 1800)).toBeCloseTo(TONE_DB, 1);
  });

  it('reads a silent measure as nothing to raise', () => {
    const summary = (i: string) => `[Parsed_ebur128_3 @ 0x1] Summary:\n\n  Integrated loudness:\n    I:         ${i} LUFS\n    Threshold: -80.0 LUFS\n`;
    expect(readMeasuredLufs(summary('-70.0'))).toBe(-70);
    expect(readMeasuredLufs(`t: 1 I: -9.0 LUFS\n${summary('-23.4')}`)).toBe(-23.4);
    expect(loudnessGain(readMeasuredLufs(summary('-70.0'))).gainDb).toBe(0);
    expect(() => readMeasuredLufs('Conversion failed!')).toThrow(/no loudness measure/);
  });

  it('measuring can be cancelled: the plan rejects with the abort reason, before or during the measure', async () => {
    const before = new AbortController();
    before.abort(new DOMException('cancelled', 'AbortError'));
    await expect(render(design(4000, {}, {}), tone('cancel.wav', 4), [], 'cancel-out.wav', before.signal)).rejects.toMatchObject({ name: 'AbortError' });
    // An hour of looped music takes seconds to measure: cancelled at its first progress report.
    const long = tone('loop-me.wav', 4);
    const doc: Design = { ...design(10_000, { fit: 'loop' }, {}), pages: Array.from({ length: 6 }, (_, i) => ({ ...base.pages[0], id: `scene-${i}`, durationMs: 600_000, transitionOut: { kind: 'cut', durationMs: 0 } })) };
    const during = new AbortController();
    const reports: number[] = [];
    const plan = planAudio({
      design: doc,
      timeline: videoTimeline(doc),
      inputs: { music: { index: 1, path: long }, clips: [] },
      signal: during.signal,
      onProgress: (fraction) => {
        reports.push(fraction);
        during.abort(new DOMException('cancelled', 'AbortError'));
      },
    });
    await expect(plan).rejects.toMatchObject({ name: 'AbortError' });
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((f) => f < 1)).toBe(true);
  });

  it('a reel with many clips measures through a script file and still reaches the target', async () => {
    const clip = voice('many.mp4', 1);
    const clips = Array.from({ length: 20 }, (_, i) => ({ path: clip, window: { inMs: i * 1000, outMs: i * 1000 + 300 } }));
    const out = (await render(design(21_000, {}, {}), null, clips, 'many-out.wav'))!;
    expect(lastPlan!.filters.join(';').length).toBeGreaterThan(SCRIPT_FROM_CHARS);
    const s = samplesOf(out);
    expect(s.length).toBe(21 * RATE);
    expect(Math.abs(ebur128(out).lufs - -14)).toBeLessThanOrEqual(1);
    expect(rmsDb(s, 20_100, 21_000)).toBeLessThan(-100);
  });
});

describe('the v10 fixture', () => {
  it('two scenes with a transition, fitted music faded at the end, a trimmed clip at 1.5x ducking it, at -14 LUFS', async () => {
    const timeline = videoTimeline(base);
    const scene = timeline.scenes[1];
    const clip = base.pages[1].elements.find((e): e is VideoElement => e.type === 'video')!;
    const music = tone('fixture-music.wav', 20);
    const plan = await planAudio({
      design: base,
      timeline,
      inputs: { music: { index: 1, path: music }, clips: [{ index: 2, path: voice('fixture-voice.mp4', 6), element: clip, sceneStartMs: scene.startMs, window: layerWindow(clip, scene.durationMs), hasAudio: true }] },
    });
    const out = join(dir, 'fixture.wav');
    ffmpeg(['-v', 'error', '-f', 'lavfi', '-i', `color=s=64x64:r=30:d=${timeline.durationMs / 1000}`, '-i', music, '-i', join(dir, 'fixture-voice.mp4'), '-filter_complex', plan!.filters.join(';'), '-map', `[${plan!.output}]`, '-c:a', 'pcm_f32le', out]);
    const s = samplesOf(out);
    expect(timeline.durationMs).toBe(10_000);
    expect(s.length).toBe(10 * RATE);
    expect(Math.abs(ebur128(out).lufs - -14)).toBeLessThanOrEqual(1);
    // The clip's 4 s (500..4500 ms of its file) at 1.5x sound from 5.0 to 7.67 s; the music is down under them.
    const clipEndMs = scene.startMs + (4000 / 1.5);
    expect(musicRmsDb(out, 1000, 4500) - musicRmsDb(out, 5200, clipEndMs - 200)).toBeGreaterThanOrEqual(10);
    expect(Math.abs(musicRmsDb(out, 1000, 4500) - musicRmsDb(out, clipEndMs + 300, 8500))).toBeLessThan(0.5);
    // fitToVideo: faded out over the last second.
    expect(rmsDb(s, 9950, 10_000)).toBeLessThan(rmsDb(s, 8000, 8900) - 25);
  });
});

describe('the soundtrack asset', () => {
  const library = (record: { kind: string; fileName: string; name?: string } | undefined, path: string | null) => ({ get: () => record, path: () => path });
  const refusal = (fn: () => unknown): UserError => {
    try {
      fn();
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error('not refused');
  };

  it('is the original of a sound in the library', () => {
    expect(soundtrackPath(design(1000, {}), library({ kind: 'audio', fileName: 'song.mp3' }, '/library/blobs/b'))).toBe('/library/blobs/b');
    expect(soundtrackPath(design(1000), library(undefined, null))).toBeNull();
  });

  it('is refused, in both languages, when it is gone, its original is missing, or it is not a sound', () => {
    const gone = refusal(() => soundtrackPath(design(1000, {}), library(undefined, null)));
    expect([gone.code, formatMessage(gone.detail, 'en')]).toEqual(['not-found', 'The soundtrack is no longer in the library: choose another sound or remove the music.']);
    expect(formatMessage(gone.detail, 'fr')).toBe('La musique n’est plus dans la bibliothèque\u00a0: choisissez un autre son ou retirez la musique.');
    const lost = refusal(() => soundtrackPath(design(1000, {}), library({ kind: 'audio', fileName: 'song.mp3', name: 'Summer' }, null)));
    expect(formatMessage(lost.detail, 'en')).toBe('The soundtrack "Summer" is missing from the library folder: import it again or choose another sound.');
    const picture = refusal(() => soundtrackPath(design(1000, {}), library({ kind: 'image', fileName: 'cat.png' }, '/library/blobs/c')));
    expect([picture.code, formatMessage(picture.detail, 'en')]).toEqual(['bad-file', '"cat.png" is not a sound and cannot be the soundtrack: choose an MP3, M4A, WAV or Ogg sound.']);
    expect(formatMessage(picture.detail, 'fr')).toBe('«\u00a0cat.png\u00a0» n’est pas un son et ne peut pas servir de musique\u00a0: choisissez un son MP3, M4A, WAV ou Ogg.');
  });

  it('is refused when its file holds no sound', async () => {
    const error = await render(design(2000, {}), clipFile('picture-only.mp4', 1, null), [], 'nosound.wav').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect(formatMessage((error as UserError).detail, 'en')).toBe('The soundtrack file holds no sound: choose another sound.');
    expect(formatMessage((error as UserError).detail, 'fr')).toBe('Le fichier de la musique ne contient aucun son\u00a0: choisissez un autre son.');
  });
});

describe('the player plays what the export plays', () => {
  it('musicAt (the editor player gain: volume, fades, loop, ducking) is the exported music level at every 40 ms', async () => {
    // A steady stereo level of 0.5: every exported sample is 0.5 times the music's gain there.
    const level = sound('level.wav', `aevalsrc=0.5|0.5:d=3:s=48000`);
    // A clip that speaks (silently) from 2 s to 3.5 s: the music ducks under it.
    const silentVoice = clipFile('silent-voice.mp4', 3, 'anullsrc=r=48000:cl=stereo');
    const doc = design(7000, { volume: 0.8, startMs: 300, trimInMs: 500, fadeInMs: 800, fadeOutMs: 1200, fit: 'loop' });
    const clips: ClipSpec[] = [{ path: silentVoice, sceneStartMs: 0, window: { inMs: 2000, outMs: 3500 } }];
    const s = samplesOf((await render(doc, level, clips, 'player-level.wav'))!);
    const span = musicSpan(doc.audio!, 3000, 7000)!;
    const heard = [clipSpan({ index: 2, element: { ...clipElement, trimInMs: 0, muted: false, volume: 1 }, sceneStartMs: 0, window: clips[0].window, hasAudio: true, audioMs: 3000 }, 7000)!];
    const gain = (ms: number) => musicAt(doc.audio!, span, heard, ms)?.gain ?? 0;
    for (let ms = 0; ms < 7000; ms += 40) {
      const exported = s[Math.round((ms * RATE) / 1000)] / 0.5;
      // ffmpeg's volume filter evaluates its expression once per audio frame: within one frame's reach.
      const near = [-FRAME_MS, 0, FRAME_MS].map((d) => gain(Math.max(0, ms + d)));
      expect(exported, `at ${ms} ms`).toBeGreaterThanOrEqual(Math.min(...near) - 0.005);
      expect(exported, `at ${ms} ms`).toBeLessThanOrEqual(Math.max(...near) + 0.005);
    }
  });
});

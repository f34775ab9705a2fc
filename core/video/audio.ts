/**
 * The sound of a video as ffmpeg filter chains (docs/architecture.md, "Video"): the soundtrack
 * (trimmed, placed, faded, looped or fitted, lowered under clips that speak) and each clip's own
 * sound (trimmed like its picture, sped up or slowed down, placed in its layer's window), mixed
 * into one stereo 48 kHz stream of exactly the video's length, then brought to a loudness target
 * with a gain measured beforehand (electron/services/video/audioMix.ts runs the measure).
 *
 * Pure: no Node. Every label starts with `a_`, so the picture's graph can sit beside it. Times are
 * counted in samples at 48 kHz (`start_sample`, `end_sample`, adelay's `S`), so placement and
 * length are exact rather than rounded to a frame.
 */
import type { Design, Soundtrack, VideoElement } from '../schema/design';
import type { VideoTimeline } from './timeline';
import { VIDEO_DEFAULTS } from './timeline';

export const AUDIO_RATE = 48_000;
/**
 * Every stream is brought to this format. Not `aresample=48000`: after loudnorm on ffmpeg 5.1 that
 * fails on 5.1-channel sources ("Cannot select channel layout"); aformat negotiates all three.
 */
export const AUDIO_FORMAT = `aformat=sample_fmts=fltp:sample_rates=${AUDIO_RATE}:channel_layouts=stereo`;
/** Music under a speaking clip: 0.25 = -12 dB, past the 10 dB a listener needs to hear the voice clearly. */
export const DUCK_GAIN = 0.25;
/** How long the music takes to go down before a clip's sound and back up after it. */
export const DUCK_RAMP_MS = 150;
/** A measured mix is never raised by more than this (a near-silent mix would otherwise turn into noise). */
export const MAX_GAIN_DB = 30;
/**
 * alimiter is a sample-peak limiter; its ceiling sits this far under the true-peak target so the
 * peaks between samples of ordinary program material stay under the target too.
 */
export const TRUE_PEAK_MARGIN_DB = 0.5;

/** The soundtrack's file, already an input of the command at `index`, and how long it lasts. */
export interface MusicSource {
  index: number;
  durationMs: number;
}

/** A video element's file, already an input at `index`, placed in its scene. */
export interface ClipSource {
  index: number;
  element: Pick<VideoElement, 'trimInMs' | 'trimOutMs' | 'muted' | 'volume' | 'speed'>;
  sceneStartMs: number;
  window: { inMs: number; outMs: number };
  hasAudio: boolean;
  /** How long the file's sound lasts, when known: the clip is heard (and the music ducked) no longer. */
  audioMs?: number;
}

/** What the final mix gets: a measured gain and a true-peak ceiling, or nothing (left as it is). */
export interface LoudnessGain {
  gainDb: number;
  truePeak: number;
}

export interface AudioGraph {
  /** filter_complex chains, to be joined with `;`. */
  filters: string[];
  /** The label (without brackets) of the final stereo 48 kHz stream of exactly the video's length. */
  output: string;
}

/** Where the soundtrack sounds, all in ms: on its file (`sourceStartMs` for `sourceMs`), then on the video. */
export interface MusicSpan {
  sourceStartMs: number;
  /** The trimmed part of the file (one pass). */
  sourceMs: number;
  /** When it starts and stops on the video's clock. */
  startMs: number;
  endMs: number;
  /** Whether the trimmed part repeats to reach `endMs`. */
  loops: boolean;
  fadeIn: { startMs: number; durationMs: number } | null;
  /** On the video's clock; may end after `endMs` for `once` (the video cuts the fade short). */
  fadeOut: { startMs: number; durationMs: number } | null;
}

/**
 * How the soundtrack fits the video:
 * - `once`: the trimmed part plays once, silence after; its fade-out ends where the part ends,
 *   so a video shorter than the music cuts it (the fade then falls after the end).
 * - `loop`: the trimmed part repeats until the video ends; the fade-out ends with the video.
 * - `fitToVideo`: one pass that never runs past the video: cut at the video's end with the
 *   fade-out there, or, when shorter, faded at its own end.
 * null when nothing of it is heard (it starts after the video, or its part is empty).
 */
export function musicSpan(audio: Soundtrack, fileMs: number, videoMs: number): MusicSpan | null {
  const sourceStartMs = Math.max(0, Math.min(audio.trimInMs ?? 0, fileMs));
  const sourceEndMs = Math.min(audio.trimOutMs ?? fileMs, fileMs);
  const sourceMs = sourceEndMs - sourceStartMs;
  const startMs = audio.startMs;
  const roomMs = videoMs - startMs;
  if (sourceMs <= 0 || roomMs <= 0 || audio.volume <= 0) return null;
  const fit = audio.fit ?? 'once';
  const loops = fit === 'loop' && sourceMs < roomMs;
  const playMs = fit === 'loop' ? roomMs : Math.min(sourceMs, roomMs);
  const fadeEndMs = fit === 'once' ? sourceMs : playMs;
  const fadeInMs = Math.min(audio.fadeInMs, playMs);
  const fadeOutMs = Math.min(audio.fadeOutMs, fadeEndMs);
  return {
    sourceStartMs,
    sourceMs,
    startMs,
    endMs: startMs + playMs,
    loops,
    fadeIn: fadeInMs > 0 ? { startMs, durationMs: fadeInMs } : null,
    fadeOut: fadeOutMs > 0 ? { startMs: startMs + fadeEndMs - fadeOutMs, durationMs: fadeOutMs } : null,
  };
}

/** Where a clip's sound plays on the video and which part of its file it takes, in ms. */
export interface ClipSpan {
  startMs: number;
  endMs: number;
  sourceStartMs: number;
  /** Where its part ends: the trim-out, or where the window ends at this speed (the file may end sooner). */
  sourceEndMs: number;
  speed: number;
}

/**
 * What a player plays of the soundtrack at `ms` on the video's clock (the export's chain for it,
 * value by value): where it is in the file (null: silent there) and its gain, the volume times the
 * fades (afade's default curve, `tri`, is a straight line) times the ducking under `heard` clips
 * (`duckingGainAt`, unless `ducking` is off). Loudness normalisation is left to the export: it
 * moves the whole mix by one gain, so the levels relative to each other stay as heard here.
 */
export function musicAt(audio: Pick<Soundtrack, 'volume' | 'ducking'>, span: MusicSpan, heard: ReadonlyArray<{ startMs: number; endMs: number }>, ms: number): { sourceMs: number; gain: number } | null {
  if (ms < span.startMs || ms >= span.endMs) return null;
  const played = ms - span.startMs;
  const sourceMs = span.sourceStartMs + (span.loops ? played % span.sourceMs : played);
  let fade = 1;
  if (span.fadeIn) fade = Math.min(fade, Math.max(0, Math.min(1, (ms - span.fadeIn.startMs) / span.fadeIn.durationMs)));
  if (span.fadeOut) fade = Math.min(fade, Math.max(0, Math.min(1, 1 - (ms - span.fadeOut.startMs) / span.fadeOut.durationMs)));
  const duck = audio.ducking !== false && heard.length > 0 ? duckingGainAt(heard, ms) : 1;
  return { sourceMs, gain: audio.volume * fade * duck };
}

/** A clip that is heard: it has sound, is not muted, and its window is on the video. */
export function clipSpan(clip: ClipSource, videoMs: number): ClipSpan | null {
  const { element } = clip;
  if (!clip.hasAudio || element.muted || element.volume <= 0) return null;
  const startMs = clip.sceneStartMs + clip.window.inMs;
  const endMs = Math.min(clip.sceneStartMs + clip.window.outMs, videoMs);
  if (endMs <= startMs) return null;
  const speed = element.speed ?? 1;
  const sourceStartMs = element.trimInMs;
  // The picture advances `speed` times as fast as the video: the sound takes the same part.
  const wantedEndMs = sourceStartMs + (endMs - startMs) * speed;
  const sourceEndMs = Math.min(element.trimOutMs ?? Infinity, clip.audioMs ?? Infinity, wantedEndMs);
  if (sourceEndMs <= sourceStartMs) return null;
  return { startMs, endMs: Math.min(endMs, startMs + (sourceEndMs - sourceStartMs) / speed), sourceStartMs, sourceEndMs, speed };
}

/** Samples at 48 kHz in `ms`. */
export function samples(ms: number): number {
  return Math.round((ms * AUDIO_RATE) / 1000);
}

/** A number as ffmpeg reads it: plain decimals, never an exponent, NaN or Infinity. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  const text = value.toFixed(6).replace(/\.?0+$/, '');
  return text === '-0' || text === '' ? '0' : text;
}

function seconds(ms: number): string {
  return num(ms / 1000);
}

function delay(ms: number): string {
  const n = samples(ms);
  return n > 0 ? `adelay=delays=${n}S|${n}S` : '';
}

function chain(inputs: string[], filters: string[], output: string): string {
  return `${inputs.map((label) => `[${label}]`).join('')}${filters.filter(Boolean).join(',')}[${output}]`;
}

/** The spans the music is lowered over: each heard clip widened by a ramp each side, merged where they touch. */
function duckWindows(spans: ReadonlyArray<{ startMs: number; endMs: number }>): Array<{ a: number; b: number }> {
  const widened = spans.map((s) => ({ a: s.startMs - DUCK_RAMP_MS, b: s.endMs + DUCK_RAMP_MS })).sort((x, y) => x.a - y.a);
  const merged: Array<{ a: number; b: number }> = [];
  for (const w of widened) {
    const last = merged[merged.length - 1];
    if (last && w.a <= last.b) last.b = Math.max(last.b, w.b);
    else merged.push({ ...w });
  }
  return merged;
}

/**
 * The music's gain at `ms` on the video's clock while clips speak: 1, down to DUCK_GAIN over
 * DUCK_RAMP_MS before each heard clip, back up over DUCK_RAMP_MS after it (what a player plays;
 * `duckingExpr` is the same curve for ffmpeg).
 */
export function duckingGainAt(spans: ReadonlyArray<{ startMs: number; endMs: number }>, ms: number): number {
  const depth = Math.max(0, ...duckWindows(spans).map(({ a, b }) => Math.max(0, Math.min(1, Math.min((ms - a) / DUCK_RAMP_MS, (b - ms) / DUCK_RAMP_MS)))));
  return 1 - (1 - DUCK_GAIN) * depth;
}

/**
 * `duckingGainAt` as an ffmpeg expression of `t` (seconds on the video's clock), for the music's
 * `volume` filter; null when no clip is heard.
 *
 * A volume envelope from the known windows rather than sidechaincompress on the clips' mix: the
 * windows are known exactly before the run, so the music goes down by the same amount every
 * time, before the first syllable (a compressor reacts after it, and pumps with the voice's own
 * level), and the result is the same on every run.
 */
export function duckingExpr(spans: ReadonlyArray<{ startMs: number; endMs: number }>): string | null {
  const merged = duckWindows(spans);
  if (merged.length === 0) return null;
  const r = num(DUCK_RAMP_MS / 1000);
  // A clip at the very start ramps from before 0: `t+0.15`, never `t--0.15`.
  const since = (ms: number) => (ms < 0 ? `t+${seconds(-ms)}` : `t-${seconds(ms)}`);
  const terms = merged.map(({ a, b }) => `clip(min((${since(a)})/${r},(${seconds(b)}-t)/${r}),0,1)`);
  const depth = terms.reduce((acc, term) => `max(${acc},${term})`);
  return `1-${num(1 - DUCK_GAIN)}*${depth}`;
}

export interface AudioGraphInput {
  design: Pick<Design, 'audio'>;
  timeline: Pick<VideoTimeline, 'durationMs'>;
  music?: MusicSource;
  clips: readonly ClipSource[];
  /** null: the mix as it is (the measuring pass, or `video.loudness: null`). */
  loudness: LoudnessGain | null;
}

/** The whole sound of the video, or null when nothing in it makes a sound. */
export function audioGraph(input: AudioGraphInput): AudioGraph | null {
  const videoMs = input.timeline.durationMs;
  if (videoMs <= 0) return null;
  const filters: string[] = [];
  const voices: string[] = [];

  const clips = input.clips.map((clip) => ({ clip, span: clipSpan(clip, videoMs) }));
  clips.forEach(({ clip, span }, i) => {
    if (!span) return;
    const label = `a_clip${i}`;
    filters.push(
      chain(
        [`${clip.index}:a`],
        [
          AUDIO_FORMAT,
          `atrim=start_sample=${samples(span.sourceStartMs)}:end_sample=${samples(span.sourceEndMs)}`,
          'asetpts=N/SR/TB',
          span.speed !== 1 ? `atempo=${num(span.speed)},asetpts=N/SR/TB` : '',
          `atrim=end_sample=${samples(span.endMs - span.startMs)}`,
          clip.element.volume !== 1 ? `volume=${num(clip.element.volume)}` : '',
          delay(span.startMs),
        ],
        label,
      ),
    );
    voices.push(label);
  });

  const audio = input.design.audio;
  const music = audio && input.music ? musicSpan(audio, input.music.durationMs, videoMs) : null;
  if (audio && input.music && music) {
    const playMs = music.endMs - music.startMs;
    const heard = clips.flatMap(({ span }) => (span ? [span] : []));
    const duck = audio.ducking !== false ? duckingExpr(heard) : null;
    filters.push(
      chain(
        [`${input.music.index}:a`],
        [
          AUDIO_FORMAT,
          `atrim=start_sample=${samples(music.sourceStartMs)}:end_sample=${samples(music.sourceStartMs + (music.loops ? music.sourceMs : playMs))}`,
          'asetpts=N/SR/TB',
          // aloop keeps the trimmed part in memory: it only loops a part shorter than the video.
          music.loops ? `aloop=loop=-1:size=${samples(music.sourceMs)},asetpts=N/SR/TB` : '',
          `atrim=end_sample=${samples(playMs)}`,
          music.fadeIn ? `afade=t=in:st=0:d=${seconds(music.fadeIn.durationMs)}` : '',
          music.fadeOut && music.fadeOut.startMs < music.endMs ? `afade=t=out:st=${seconds(music.fadeOut.startMs - music.startMs)}:d=${seconds(music.fadeOut.durationMs)}` : '',
          audio.volume !== 1 ? `volume=${num(audio.volume)}` : '',
          delay(music.startMs),
          // After the delay the filter's `t` is the video's clock, the one the clip windows are on.
          duck ? `volume=volume='${duck}':eval=frame` : '',
        ],
        'a_music',
      ),
    );
    voices.unshift('a_music');
  }

  if (voices.length === 0) return null;
  const total = samples(videoMs);
  const mixed = voices.length === 1 ? voices : ['a_mix'];
  if (voices.length > 1) filters.push(chain(voices, [`amix=inputs=${voices.length}:duration=longest:normalize=0`], 'a_mix'));
  const gain = input.loudness;
  filters.push(
    chain(
      mixed,
      [
        gain && gain.gainDb !== 0 ? `volume=${num(gain.gainDb)}dB` : '',
        gain ? `alimiter=limit=${num(Math.max(0.0625, 10 ** ((gain.truePeak - TRUE_PEAK_MARGIN_DB) / 20)))}:attack=5:release=50:level=0:latency=1` : '',
        AUDIO_FORMAT,
        // Exactly the video's length, whatever the parts: never left to -shortest.
        `apad=whole_len=${total}`,
        `atrim=end_sample=${total}`,
      ],
      'a_out',
    ),
  );
  return { filters, output: 'a_out' };
}

/**
 * The gain that brings a mix measured at `measuredLufs` to `targetLufs`, within +-MAX_GAIN_DB;
 * 0 for a silent mix (nothing to measure). -14 LUFS integrated / -1 dBTP, the default target
 * (VIDEO_DEFAULTS), is a convention that upload guides repeat, not a rule any network publishes.
 */
export function loudnessGain(measuredLufs: number, target: { lufs: number; truePeak: number } = { lufs: VIDEO_DEFAULTS.lufs, truePeak: VIDEO_DEFAULTS.truePeak }): LoudnessGain {
  const gainDb = Number.isFinite(measuredLufs) && measuredLufs > -70 ? Math.max(-MAX_GAIN_DB, Math.min(MAX_GAIN_DB, target.lufs - measuredLufs)) : 0;
  return { gainDb, truePeak: target.truePeak };
}

/** The design's loudness target: absent = the default, null = leave the mix as it is. */
export function loudnessTarget(design: Pick<Design, 'video'>): { lufs: number; truePeak: number } | null {
  const loudness = design.video?.loudness;
  if (loudness === null) return null;
  return loudness ?? { lufs: VIDEO_DEFAULTS.lufs, truePeak: VIDEO_DEFAULTS.truePeak };
}

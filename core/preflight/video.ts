/**
 * Video preflight (docs/architecture.md, "Video"): does a probed video file meet a video format?
 * Pure: the caller probes the file (electron/services/video/probe.ts) and detects its type from
 * its content; the same rules run in the CLI, the fix and the tests.
 *
 * Numeric limits come from the format (core/formats/fileLimits.ts), stream limits from
 * core/formats/videoLimits.ts. A rule a network states is scope 'network'; one that only the safe
 * common export advises is scope 'preset' (the network may take the file, but it is not what
 * uploads best). Every failing rule carries a keyed `problem` saying what and by how much, and
 * every rule its `source`.
 */
import { ratioLabel, ratioValue, type Confidence, type Range } from '../formats/catalog';
import type { Network } from '../formats/constants';
import type { PreflightFormat } from '../formats/userFormats';
import { NETWORK_VIDEO, SAFE_VIDEO, type VideoStreamLimits } from '../formats/videoLimits';
import { msg, type Message } from '../messages';
import { byteCap, formatBytes, RATIO_TOLERANCE } from './preflight';

/** What preflight reads of a video file: VideoFileInfo's fields, and the type from the content. */
export interface VideoFacts {
  /** 'video/mp4', 'video/quicktime', or another type (a GIF, a WebM...). */
  type: string;
  durationMs: number;
  bytes: number;
  video: { codec: string; profile: string | null; pixFmt: string | null; width: number; height: number; fps: number | null; constantFps: boolean } | null;
  audio: { codec: string; sampleRate: number | null } | null;
  faststart: boolean | null;
}

export const VIDEO_RULE_IDS = [
  'type', 'bytes', 'min-bytes', 'video-stream', 'codec', 'profile', 'pix-fmt', 'size', 'ratio', 'even', 'width', 'height', 'aspect',
  'fps', 'cfr', 'duration', 'audio-codec', 'audio-rate', 'faststart',
] as const;
export type VideoRuleId = (typeof VIDEO_RULE_IDS)[number];

export interface VideoRuleResult {
  id: VideoRuleId;
  labelKey: `preflight.rule.${VideoRuleId}`;
  scope: 'network' | 'preset';
  limit: string;
  measured: string;
  ok: boolean;
  confidence: Confidence;
  /** Where the limit comes from (a networks.md line, or the format's preset). */
  source: string;
  /** For a failing rule: what is wrong and by how much. */
  problem?: Message;
}

/** A video format: the preflight fields, and the network (for its stream limits; 'custom' has none). */
export type VideoPreflightFormat = PreflightFormat & { id: string; network?: string };

/** One stream requirement, the network's when stated, else the safe export's (advice). */
function requirement<K extends Exclude<keyof VideoStreamLimits, 'source'>>(format: VideoPreflightFormat, key: K): { value: NonNullable<VideoStreamLimits[K]>; scope: 'network' | 'preset'; source: string } {
  const own = format.network && Object.hasOwn(NETWORK_VIDEO, format.network) ? NETWORK_VIDEO[format.network as Network] : undefined;
  const value = own?.[key];
  if (value !== undefined && own) return { value: value as NonNullable<VideoStreamLimits[K]>, scope: 'network', source: own.source };
  return { value: SAFE_VIDEO[key] as NonNullable<VideoStreamLimits[K]>, scope: 'preset', source: SAFE_VIDEO.source };
}

const round = (n: number, digits: number) => Number(n.toFixed(digits));
/**
 * How much to trim or add, in seconds to one decimal, rounded up so that cutting it is enough and
 * it never reads 0 (90.04 s against 90 s is 0.1 s over). Counted on whole milliseconds, so that
 * no binary fraction turns 91.45 into 91.4.
 */
const tenthsToCut = (ms: number) => Math.ceil(ms / 100) / 10;
/** A length shown beside a limit it missed: to one decimal, or to the millisecond when one decimal would read as the limit itself. */
export const secondsBeside = (ms: number, limit: number) => (Math.round(ms / 100) / 10 === limit ? Math.round(ms) / 1000 : Math.round(ms / 100) / 10);
const mb = (bytes: number) => msg('unit.megabytes', { value: round(bytes / 1_000_000, 2) });
const CODEC_NAMES: Record<string, string> = { h264: 'H.264', hevc: 'HEVC (H.265)', vp9: 'VP9', av1: 'AV1', gif: 'GIF', aac: 'AAC', mp3: 'MP3', opus: 'Opus', vorbis: 'Vorbis', prores: 'ProRes', mpeg4: 'MPEG-4 Part 2' };
export const codecName = (codec: string): string => CODEC_NAMES[codec] ?? codec;
const list = (values: readonly (string | number)[]) => values.join(', ');

function rangeText(range: Range, unit: string): string {
  if (range.min !== undefined && range.max !== undefined) return `${range.min}..${range.max} ${unit}`;
  if (range.max !== undefined) return `<= ${range.max} ${unit}`;
  return `>= ${range.min} ${unit}`;
}

export function videoPreflight(facts: VideoFacts, format: VideoPreflightFormat): VideoRuleResult[] {
  const { limits } = format;
  const rules: VideoRuleResult[] = [];
  const add = (id: VideoRuleId, scope: VideoRuleResult['scope'], source: string, limit: string, measured: string, problem: Message | null, confidence: Confidence = limits.confidence) =>
    rules.push({ id, labelKey: `preflight.rule.${id}`, scope, limit, measured, ok: problem === null, confidence, source, ...(problem ? { problem } : {}) });
  const presetSource = `${format.id} preset ${format.width}x${format.height}`;

  if (limits.types) {
    const ok = (limits.types as readonly string[]).includes(facts.type);
    add('type', 'network', limits.source, list(limits.types), facts.type, ok ? null : msg('videoFile.problem.type', { type: facts.type, format: format.id, types: list(limits.types) }));
  }
  const cap = byteCap(format, facts.type);
  if (cap !== undefined) {
    const over = facts.bytes - cap;
    add('bytes', 'network', limits.source, `<= ${formatBytes(cap)}`, formatBytes(facts.bytes), over > 0 ? msg('videoFile.problem.bytes', { size: mb(facts.bytes), over: mb(over), cap: mb(cap) }) : null);
  }
  if (limits.minBytes !== undefined) {
    const ok = facts.bytes >= limits.minBytes;
    add('min-bytes', 'network', limits.source, `>= ${formatBytes(limits.minBytes)}`, formatBytes(facts.bytes), ok ? null : msg('videoFile.problem.minBytes', { bytes: facts.bytes, minimum: limits.minBytes }));
  }

  // Whole milliseconds: what is judged is what is said ("0.1 s over"), never a fraction of a millisecond.
  const durationMs = Math.round(facts.durationMs);
  const seconds = durationMs / 1000;
  if (limits.durationSeconds) {
    const { min, max } = limits.durationSeconds;
    const problem =
      max !== undefined && seconds > max
        ? msg('videoFile.problem.tooLong', { seconds: secondsBeside(durationMs, max), over: tenthsToCut(durationMs - max * 1000), max })
        : min !== undefined && seconds < min
          ? msg('videoFile.problem.tooShort', { seconds: secondsBeside(durationMs, min), under: tenthsToCut(min * 1000 - durationMs), min })
          : null;
    add('duration', 'network', limits.source, rangeText(limits.durationSeconds, 's'), `${seconds.toFixed(1)} s`, problem);
  }

  const video = facts.video;
  if (!video) {
    add('video-stream', 'network', limits.source, 'one video stream', 'none', msg('videoFile.problem.noVideo'));
    return rules;
  }

  const codecs = requirement(format, 'videoCodecs');
  add('codec', codecs.scope, codecs.source, list(codecs.value.map(codecName)), codecName(video.codec),
    codecs.value.includes(video.codec) ? null : msg('videoFile.problem.codec', { codec: codecName(video.codec), needed: list(codecs.value.map(codecName)) }));
  if (video.codec === 'h264') {
    const profiles = requirement(format, 'profiles');
    const profile = video.profile ?? 'unknown';
    add('profile', profiles.scope, profiles.source, list(profiles.value), profile,
      profiles.value.includes(profile) ? null : msg('videoFile.problem.profile', { profile, needed: list(profiles.value) }));
  }
  const pixFmts = requirement(format, 'pixFmts');
  const pixFmt = video.pixFmt ?? 'unknown';
  add('pix-fmt', pixFmts.scope, pixFmts.source, list(pixFmts.value), pixFmt, pixFmts.value.includes(pixFmt) ? null : msg('videoFile.problem.pixFmt', { pixFmt, needed: pixFmts.value[0] }));

  const { width, height } = video;
  const size = `${width}x${height}`;
  add('size', 'preset', presetSource, `${format.width}x${format.height}`, size,
    width === format.width && height === format.height ? null : msg('videoFile.problem.size', { size: msg('unit.size', { width, height }), expected: msg('unit.size', { width: format.width, height: format.height }) }), format.confidence);
  const ratio = width / Math.max(1, height);
  const off = ratio / ratioValue(format.ratio) - 1;
  add('ratio', 'preset', presetSource, format.ratio, ratioLabel(width, height),
    Math.abs(off) <= RATIO_TOLERANCE ? null : msg('videoFile.problem.ratio', { ratio: ratioLabel(width, height), expected: format.ratio, percent: round(Math.abs(off) * 100, 1) }), format.confidence);
  const even = requirement(format, 'evenDimensions');
  if (even.value) {
    add('even', even.scope, even.source, 'even width and height', size, width % 2 === 0 && height % 2 === 0 ? null : msg('videoFile.problem.odd', { size: msg('unit.size', { width, height }) }));
  }
  const bound = (id: 'width' | 'height', range: Range | undefined, value: number) => {
    if (!range) return;
    const problem =
      range.max !== undefined && value > range.max
        ? msg(id === 'width' ? 'videoFile.problem.tooWide' : 'videoFile.problem.tooHigh', { value, over: value - range.max, max: range.max })
        : range.min !== undefined && value < range.min
          ? msg(id === 'width' ? 'videoFile.problem.tooNarrow' : 'videoFile.problem.tooLow', { value, under: range.min - value, min: range.min })
          : null;
    add(id, 'network', limits.source, rangeText(range, 'px'), `${value} px`, problem);
  };
  bound('width', limits.width, width);
  bound('height', limits.height, height);
  if (limits.aspect) {
    const { min, max } = limits.aspect;
    const ok = (min === undefined || ratio >= min - 0.005) && (max === undefined || ratio <= max + 0.005);
    add('aspect', 'network', limits.source, `${min?.toFixed(2) ?? '0'}..${max?.toFixed(2) ?? '∞'}`, ratio.toFixed(2), ok ? null : msg('videoFile.problem.aspect', { ratio: round(ratio, 2), min: round(min ?? 0, 2), max: round(max ?? 99, 2) }));
  }

  if (limits.fps) {
    const fps = video.fps;
    const { min, max } = limits.fps;
    const problem =
      fps === null
        ? msg('videoFile.problem.fpsUnknown')
        : (min !== undefined && fps < min - 0.01) || (max !== undefined && fps > max + 0.01)
          ? msg('videoFile.problem.fps', { fps: round(fps, 2), min: min ?? 1, max: max ?? 120 })
          : null;
    add('fps', 'network', limits.source, rangeText(limits.fps, 'fps'), fps === null ? 'not measured' : `${round(fps, 2)} fps`, problem);
  }
  const cfr = requirement(format, 'constantFps');
  if (cfr.value) {
    add('cfr', cfr.scope, cfr.source, 'constant', video.constantFps ? 'constant' : 'variable',
      video.constantFps ? null : msg('videoFile.problem.vfr', { fps: round(video.fps ?? 0, 2) }));
  }

  if (facts.audio) {
    const audioCodecs = requirement(format, 'audioCodecs');
    add('audio-codec', audioCodecs.scope, audioCodecs.source, list(audioCodecs.value.map(codecName)), codecName(facts.audio.codec),
      audioCodecs.value.includes(facts.audio.codec) ? null : msg('videoFile.problem.audioCodec', { codec: codecName(facts.audio.codec), needed: list(audioCodecs.value.map(codecName)) }));
    const rates = requirement(format, 'sampleRates');
    const rate = facts.audio.sampleRate;
    add('audio-rate', rates.scope, rates.source, `${list(rates.value)} Hz`, rate === null ? 'not measured' : `${rate} Hz`,
      rate !== null && rates.value.includes(rate) ? null : msg('videoFile.problem.audioRate', { rate: rate ?? 0, needed: list(rates.value.map((r) => r / 1000)) }));
  }

  const faststart = requirement(format, 'faststart');
  if (faststart.value && facts.faststart !== null) {
    add('faststart', faststart.scope, faststart.source, 'index first', facts.faststart ? 'index first' : 'index last', facts.faststart ? null : msg('videoFile.problem.faststart'));
  }
  return rules;
}

/**
 * Caption files (issue 13, "Captions"; docs/architecture.md, "Video"): SubRip (.srt) and WebVTT
 * (.vtt) read into the design's cues and written back, and the word timing the burned-in
 * word-by-word styles use. Pure.
 *
 * Reading is lenient where players are (a BOM, CRLF or LF or CR, cue numbers or none, `,` or `.`
 * before the milliseconds, hours optional, cue settings after the times, WebVTT's header, NOTE,
 * STYLE and REGION blocks) and strict where a guess would misplace words: a time that cannot be
 * read, an end before its start or a cue longer than the schema allows is refused with its line
 * number. Styling tags (`<i>`, `<b>`, `<u>`, `<font ...>`, WebVTT's `<c.x>`, `<v Name>`, `<lang>`,
 * `<ruby>`, inline timestamps) are stripped: the burned-in preset owns the look, and a tag left in
 * the words would be drawn as letters. Cues come out sorted by start; a cue that runs into the next
 * one is cut at the next one's start (the lane shows one caption at a time).
 *
 * Canonical SRT (what `toSrt` writes: numbers from 1, `HH:MM:SS,mmm --> HH:MM:SS,mmm`, LF, one
 * blank line between cues, a final LF) reads back and writes out byte-identical (property-tested).
 */
import type { Cue } from '../schema/design';
import { VIDEO_LIMITS } from '../schema/constants';
import { MessageError, msg } from '../messages';

export type CaptionFormat = 'srt' | 'vtt';
export const CAPTION_FORMATS: readonly CaptionFormat[] = ['srt', 'vtt'];

/** The latest time a cue may reach (the schema's bound: one hour). */
export const MAX_CUE_MS = 3_600_000;
/**
 * The largest caption file read: the most cues the lane holds, each at its longest, with its
 * times, number and blank line. Anything larger is refused before it is split into lines.
 */
export const MAX_CAPTION_FILE_CHARS = VIDEO_LIMITS.maxCues * (VIDEO_LIMITS.maxCueLength + 64);

const TIME = /^(?:(\d{1,3}):)?([0-5]?\d):([0-5]\d)[,.](\d{1,3})$/;
const ARROW = '-->';
const TAG = /<\/?(?:i|b|u|s|c|v|lang|ruby|rt|font)(?:[ .][^<>\n]*)?>|<\d{1,3}:\d{2}(?::\d{2})?[.,]\d{3}>/gi;
// C0 and C1 controls, DEL, and the bidi/zero-width formatting marks that would hide text; tabs become spaces.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** Reads a caption file: WebVTT when it says so on its first line (or `format` is 'vtt'), else SRT. */
export function parseCaptions(text: string, format?: CaptionFormat): Cue[] {
  if (text.length > MAX_CAPTION_FILE_CHARS) throw new MessageError(msg('captions.tooLarge', { max: Math.round(MAX_CAPTION_FILE_CHARS / 1_000_000) }));
  const body = withoutBom(text);
  const kind = format ?? (/^WEBVTT(?:[ \t]|$)/.test(body.slice(0, 16).split(/\r\n|\r|\n/, 1)[0]) ? 'vtt' : 'srt');
  return kind === 'vtt' ? parseVtt(body) : parseSrt(body);
}

/** The format a file name says (.srt / .vtt), or null. */
export function captionFormatOf(fileName: string): CaptionFormat | null {
  const match = /\.(srt|vtt)$/i.exec(fileName.trim());
  return match ? (match[1].toLowerCase() as CaptionFormat) : null;
}

export function parseSrt(text: string): Cue[] {
  const raw: RawCue[] = [];
  for (const block of blocks(text)) {
    let i = 0;
    // The cue number: digits alone on the line before the times (optional in practice).
    if (/^\d+$/.test(block.lines[0].trim()) && block.lines.length > 1) i = 1;
    raw.push(readCue(block, i, 'srt'));
    if (raw.length > VIDEO_LIMITS.maxCues) throw new MessageError(msg('captions.tooMany', { line: String(block.start), max: VIDEO_LIMITS.maxCues }));
  }
  return finish(raw);
}

export function parseVtt(text: string): Cue[] {
  const all = blocks(text);
  const first = all[0];
  if (!first || first.start !== 1 || !/^WEBVTT(?:[ \t]|$)/.test(first.lines[0])) throw new MessageError(msg('captions.notVtt'));
  const raw: RawCue[] = [];
  // The first block is the header (WEBVTT and its metadata lines).
  for (const block of all.slice(1)) {
    const head = block.lines[0];
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head) && !head.includes(ARROW)) continue;
    // A cue identifier: any line before the times that has no arrow.
    const i = !head.includes(ARROW) && block.lines.length > 1 && block.lines[1].includes(ARROW) ? 1 : 0;
    raw.push(readCue(block, i, 'vtt'));
    if (raw.length > VIDEO_LIMITS.maxCues) throw new MessageError(msg('captions.tooMany', { line: String(block.start), max: VIDEO_LIMITS.maxCues }));
  }
  return finish(raw);
}

interface Block {
  /** The 1-based line number of its first line. */
  start: number;
  lines: string[];
}

interface RawCue {
  startMs: number;
  endMs: number;
  text: string;
}

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Groups of non-blank lines, with the number of each group's first line (a BOM is no character). */
function blocks(input: string): Block[] {
  const text = withoutBom(input);
  const out: Block[] = [];
  let current: Block | null = null;
  let lineNo = 0;
  let from = 0;
  // Walks the text once (no split of a huge string into a second huge array of lines).
  while (from <= text.length) {
    let end = from;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end += 1;
    const line = text.slice(from, end);
    lineNo += 1;
    if (end < text.length && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10) end += 1;
    from = end + 1;
    if (line.trim() === '') {
      current = null;
    } else {
      if (!current) out.push((current = { start: lineNo, lines: [] }));
      current.lines.push(line);
    }
    if (end >= text.length) break;
  }
  return out;
}

function readCue(block: Block, timesAt: number, format: CaptionFormat): RawCue {
  const line = block.start + timesAt;
  const timing = block.lines[timesAt];
  const arrow = timing.indexOf(ARROW);
  if (arrow < 0) throw new MessageError(msg('captions.noTimes', { line: String(line), example: example(format, true) }));
  const startMs = readTime(timing.slice(0, arrow).trim(), line, format);
  // WebVTT cue settings (position, align...) follow the end time after a space: ignored.
  const endMs = readTime(timing.slice(arrow + ARROW.length).trim().split(/[ \t]+/, 1)[0] ?? '', line, format);
  if (endMs <= startMs) throw new MessageError(msg('captions.endBeforeStart', { line: String(line) }));
  const text = cleanText(block.lines.slice(timesAt + 1).join('\n'), format === 'vtt');
  if (text.length > VIDEO_LIMITS.maxCueLength) throw new MessageError(msg('captions.tooLong', { line: String(line), max: VIDEO_LIMITS.maxCueLength }));
  return { startMs, endMs, text };
}

function readTime(value: string, line: number, format: CaptionFormat): number {
  const match = TIME.exec(value);
  if (!match) throw new MessageError(msg('captions.badTime', { line: String(line), example: example(format, false) }));
  const [, h, m, s, fraction] = match;
  const ms = (Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s)) * 1000 + Number(fraction.padEnd(3, '0'));
  if (ms > MAX_CUE_MS) throw new MessageError(msg('captions.tooLate', { line: String(line) }));
  return ms;
}

function example(format: CaptionFormat, range: boolean): string {
  const one = format === 'vtt' ? '00:00:01.000' : '00:00:01,000';
  return range ? `${one} --> ${format === 'vtt' ? '00:00:03.000' : '00:00:03,000'}` : one;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '', rlm: '', quot: '"', apos: '’' };

/**
 * A cue's words as the lane keeps them: tags stripped, controls removed, tabs as spaces, each line
 * trimmed, empty lines dropped, lines joined by "\n". WebVTT's character references are decoded.
 */
export function cleanText(text: string, vtt = false): string {
  let out = text.replace(TAG, '');
  if (vtt) out = out.replace(/&(amp|lt|gt|nbsp|lrm|rlm|quot|apos);/g, (_, name: string) => ENTITIES[name]);
  out = out.replace(/\t/g, ' ').replace(CONTROL, '');
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join('\n');
}

function finish(raw: RawCue[]): Cue[] {
  const kept = raw.filter((c) => c.text !== '');
  if (kept.length === 0) throw new MessageError(msg('captions.empty'));
  // Stable sort by start; a cue running into the next is cut at the next one's start.
  const sorted = kept.map((c, i) => ({ c, i })).sort((a, b) => a.c.startMs - b.c.startMs || a.i - b.i).map(({ c }) => c);
  const cues: Cue[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const cue = sorted[i];
    const next = sorted[i + 1];
    const endMs = next && next.startMs < cue.endMs ? next.startMs : cue.endMs;
    if (endMs <= cue.startMs) continue; // two cues at the same start: the later one in the file wins
    cues.push({ id: `cue${cues.length + 1}`, startMs: cue.startMs, endMs, text: cue.text });
  }
  return cues;
}

/** `HH:MM:SS,mmm` (SRT) or `HH:MM:SS.mmm` (WebVTT). */
export function formatCueTime(ms: number, format: CaptionFormat): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const rest = total % 1000;
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${format === 'srt' ? ',' : '.'}${pad(rest, 3)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Canonical SRT: numbered from 1, LF, a blank line between cues, a final LF. */
export function toSrt(cues: readonly Pick<Cue, 'startMs' | 'endMs' | 'text'>[]): string {
  return cues.map((c, i) => `${i + 1}\n${formatCueTime(c.startMs, 'srt')} --> ${formatCueTime(c.endMs, 'srt')}\n${c.text}\n`).join('\n');
}

/** WebVTT: the header, then each cue's times and words (`&`, `<`, `>` written as references). */
export function toVtt(cues: readonly Pick<Cue, 'startMs' | 'endMs' | 'text'>[]): string {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return ['WEBVTT\n', ...cues.map((c) => `${formatCueTime(c.startMs, 'vtt')} --> ${formatCueTime(c.endMs, 'vtt')}\n${escape(c.text)}\n`)].join('\n');
}

export function serializeCaptions(cues: readonly Pick<Cue, 'startMs' | 'endMs' | 'text'>[], format: CaptionFormat): string {
  return format === 'vtt' ? toVtt(cues) : toSrt(cues);
}

// ---------------------------------------------------------------------------------------------
// Word timing.

export interface WordTime {
  /** The word as written (punctuation attached). */
  text: string;
  /** Which line of the cue it is on (0-based). */
  line: number;
  startMs: number;
  endMs: number;
}

let segmenter: Intl.Segmenter | null | undefined;
/** A string's length in graphemes (what a reader counts as letters: an emoji with its modifiers is one). */
export function graphemeCount(text: string): number {
  segmenter ??= typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  if (!segmenter) return [...text].length;
  let n = 0;
  for (const _ of segmenter.segment(text)) n += 1;
  return n;
}

/**
 * When each word of a cue is spoken, lacking word times in the file: the cue's duration split
 * over its words in proportion to their length in graphemes (CapCut and the karaoke tools do the
 * same). Whole milliseconds; the first word starts at the cue's start, each word ends where the
 * next starts and the last ends at the cue's end, so the durations sum to the cue's.
 */
export function wordTimes(cue: Pick<Cue, 'startMs' | 'endMs' | 'text'>): WordTime[] {
  const words = cue.text.split('\n').flatMap((line, index) => line.split(/\s+/).filter((w) => w !== '').map((text) => ({ text, line: index })));
  if (words.length === 0) return [];
  const weights = words.map((w) => Math.max(1, graphemeCount(w.text)));
  const total = weights.reduce((a, b) => a + b, 0);
  const span = cue.endMs - cue.startMs;
  let before = 0;
  return words.map((w, i) => {
    const startMs = cue.startMs + Math.round((span * before) / total);
    before += weights[i];
    const endMs = i === words.length - 1 ? cue.endMs : cue.startMs + Math.round((span * before) / total);
    return { text: w.text, line: w.line, startMs, endMs };
  });
}

// ---------------------------------------------------------------------------------------------
// Times as the caption panel shows them.

/** `mm:ss.mmm` (`h:mm:ss.mmm` from an hour): a cue's time in the caption panel. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor(total / 60_000) % 60;
  const s = Math.floor(total / 1000) % 60;
  const body = `${pad(m, 2)}:${pad(s, 2)}.${pad(total % 1000, 3)}`;
  return h > 0 ? `${h}:${body}` : body;
}

/**
 * A time typed in the caption panel: `mm:ss.mmm`, `h:mm:ss.mmm`, `ss.mmm` or whole seconds, with
 * `.` or `,` before the milliseconds (one to three digits). Null when it cannot be read or is past the hour.
 */
export function parseClock(text: string): number | null {
  const match = /^\s*(?:(?:(\d{1,2}):)?(\d{1,2}):)?(\d{1,2})(?:[.,](\d{1,3}))?\s*$/.exec(text);
  if (!match) return null;
  const [, h, m, s, fraction] = match;
  if ((m !== undefined && Number(s) > 59) || (h !== undefined && Number(m) > 59)) return null;
  const ms = (Number(h ?? 0) * 3600 + Number(m ?? 0) * 60 + Number(s)) * 1000 + Number((fraction ?? '0').padEnd(3, '0'));
  return ms > MAX_CUE_MS ? null : ms;
}

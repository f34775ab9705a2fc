/**
 * Burned-in captions as an ASS script for libass (ffmpeg's `ass` filter; issue 13, "Captions";
 * docs/architecture.md, "Video"). Pure: electron/services/video/captionsBurn.ts writes the script
 * and names the font folder.
 *
 * - The script's canvas is the format's size (PlayResX/Y), so the design's font size and the safe
 *   zone's pixels mean the same there as on the page.
 * - Lines sit inside the format's safe zone (core/formats; a format without one keeps 5 % of each
 *   side clear): the margins are the zone's insets plus a padding, and a line too wide for the
 *   zone is broken into lines of similar length (widths from the caller's `measure`: the export
 *   measures with the font itself; else estimated from the letter count, on the wide side for a
 *   bold sans; libass wraps again inside the margins if a width fell short).
 * - Presets: `outline` (the text colour, a dark outline), `box` (an opaque box of the accent colour
 *   behind each line), and three word-by-word presets where the word being spoken stands out from
 *   its start time (core/video/captions.ts `wordTimes`): `highlight` (it takes the accent colour),
 *   `scale` (it grows to 125 % over 120 ms), `pill` (a box of the accent colour behind it: ASS has
 *   no rounded box, so the pill is square-cornered). Each word of such a cue is one event, from its
 *   start to the next word's start.
 * - User text is escaped (EXP-05): `{` and `}` as `\{` `\}`, a backslash followed by a word joiner
 *   (so `\N`, `\h` or `\{` typed by a user stay letters), controls removed, line breaks as `\N`.
 */
import type { Captions, Cue } from '../schema/design';
import { safeAreaFor, type FormatSize } from '../formats/safeArea';
import { graphemeCount, wordTimes } from './captions';

export interface AssOptions {
  /** The family libass will be given (the caller checked its files exist); default: the design's. */
  fontFamily?: string;
  /** A line's width in the script's pixels at `fontSize`; default: an estimate from its letter count. */
  measure?: (text: string, fontSize: number) => number;
}

/** A bold sans letter is at most ~0.62 em wide on average (Inter Bold caps and digits); a safe estimate. */
const EM_PER_GRAPHEME = 0.62;
/** Room around a line: inside the safe zone, and the box or outline around the letters. */
const PADDING_EM = 0.3;
const SCALE_UP = 125;
const SCALE_IN_MS = 120;

export function estimateWidth(text: string, fontSize: number): number {
  return graphemeCount(text) * fontSize * EM_PER_GRAPHEME;
}

/** Where a caption may be drawn on a page of this format: the safe zone, or 5 % in from each side. */
export function captionArea(format: FormatSize): { x: number; y: number; width: number; height: number } {
  const lookup = safeAreaFor(format);
  if (lookup.ok) return lookup.pixels.safe;
  const mx = format.width * 0.05;
  const my = format.height * 0.05;
  return { x: mx, y: my, width: format.width - 2 * mx, height: format.height - 2 * my };
}

/** The ASS script of the design's captions at this format. */
export function captionsToAss(captions: Captions, format: FormatSize, options: AssOptions = {}): string {
  const measure = options.measure ?? estimateWidth;
  const family = sanitizeFontName(options.fontFamily ?? captions.fontFamily);
  const size = captions.fontSize;
  const area = captionArea(format);
  const pad = Math.round(size * PADDING_EM);
  const marginL = Math.ceil(area.x + pad);
  const marginR = Math.ceil(format.width - (area.x + area.width) + pad);
  const maxWidth = format.width - marginL - marginR;
  const { alignment, marginV, pos } = placement(captions.position, area, format, pad);

  const text = assColor(captions.color);
  const accent = assColor(captions.accent);
  const dark = '&H00000000';
  const outline = Math.max(1, Math.round(size * 0.08));
  const styleFields = (name: string, primary: string, outlineColour: string, borderStyle: 1 | 3, width: number) =>
    `Style: ${name},${family},${size},${primary},${primary},${outlineColour},&H80000000,-1,0,0,0,100,100,0,0,${borderStyle},${width},0,${alignment},${marginL},${marginR},${marginV},1`;
  const styles = [
    captions.preset === 'box' ? styleFields('Caption', text, accent, 3, pad) : styleFields('Caption', text, dark, 1, outline),
    // The pill preset draws the accent box behind the current word on a layer under the text.
    ...(captions.preset === 'pill' ? [styleFields('Pill', '&HFF000000', accent, 3, pad)] : []),
  ];

  const prefix = pos ? `{\\an5\\pos(${pos.x},${pos.y})}` : '';
  const events: string[] = [];
  for (const cue of captions.cues) {
    const lines = balanceLines(cue.text, size, maxWidth, measure);
    if (captions.preset === 'outline' || captions.preset === 'box') {
      events.push(dialogue(0, cue.startMs, cue.endMs, 'Caption', prefix + lines.map((ws) => ws.map(escapeAssText).join(' ')).join('\\N')));
      continue;
    }
    const times = wordTimes({ ...cue, text: lines.map((ws) => ws.join(' ')).join('\n') });
    times.forEach((word, k) => {
      if (word.endMs <= word.startMs) return;
      const lineText = (mark: (w: string, i: number) => string) => {
        let i = 0;
        return lines.map((ws) => ws.map((w) => mark(w, i++)).join(' ')).join('\\N');
      };
      if (captions.preset === 'highlight') {
        events.push(dialogue(0, word.startMs, word.endMs, 'Caption', prefix + lineText((w, i) => (i === k ? `{\\1c${accent}}${escapeAssText(w)}{\\r}` : escapeAssText(w)))));
      } else if (captions.preset === 'scale') {
        const grow = `{\\fscx100\\fscy100\\t(0,${SCALE_IN_MS},\\fscx${SCALE_UP}\\fscy${SCALE_UP})}`;
        events.push(dialogue(0, word.startMs, word.endMs, 'Caption', prefix + lineText((w, i) => (i === k ? `${grow}${escapeAssText(w)}{\\r}` : escapeAssText(w)))));
      } else {
        const box = (i: number) => (i === k ? '{\\3a&H00&}' : '{\\3a&HFF&}');
        events.push(dialogue(0, word.startMs, word.endMs, 'Pill', prefix + lineText((w, i) => box(i) + escapeAssText(w))));
        events.push(dialogue(1, word.startMs, word.endMs, 'Caption', prefix + lineText((w) => escapeAssText(w))));
      }
    });
  }

  return [
    '[Script Info]',
    '; Affiche burned-in captions',
    'ScriptType: v4.00+',
    `PlayResX: ${format.width}`,
    `PlayResY: ${format.height}`,
    // 0: libass wraps inside the margins if a line the estimate kept is still too wide.
    'WrapStyle: 0',
    'ScaledBorderAndShadow: yes',
    'YCbCr Matrix: None',
    '',
    '[V4+ Styles]',
    'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
    ...styles,
    '',
    '[Events]',
    'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
    ...events,
    '',
  ].join('\n');
}

function placement(position: Captions['position'], area: { x: number; y: number; width: number; height: number }, format: FormatSize, pad: number): { alignment: number; marginV: number; pos: { x: number; y: number } | null } {
  switch (position) {
    case 'bottom':
      return { alignment: 2, marginV: Math.ceil(format.height - (area.y + area.height) + pad), pos: null };
    case 'top':
      return { alignment: 8, marginV: Math.ceil(area.y + pad), pos: null };
    case 'middle':
      return { alignment: 5, marginV: 0, pos: { x: Math.round(area.x + area.width / 2), y: Math.round(area.y + area.height / 2) } };
  }
}

/**
 * A cue's words in lines: the user's own line breaks kept, and each line too wide for the area
 * broken into the fewest lines that fit, of similar widths (two lines: the break that makes the
 * wider one narrowest).
 */
export function balanceLines(text: string, fontSize: number, maxWidth: number, measure: (text: string, fontSize: number) => number = estimateWidth): string[][] {
  const out: string[][] = [];
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) continue;
    const width = (ws: string[]) => measure(ws.join(' '), fontSize);
    if (words.length === 1 || width(words) <= maxWidth) {
      out.push(words);
      continue;
    }
    const count = Math.max(2, Math.ceil(width(words) / maxWidth));
    out.push(...splitEvenly(words, count, width));
  }
  return out;
}

/** `words` in `count` lines whose widest is as narrow as it can be (exact for two lines, greedy to the mean width beyond). */
function splitEvenly(words: string[], count: number, width: (ws: string[]) => number): string[][] {
  if (count === 2) {
    let best = 1;
    let bestWidth = Infinity;
    for (let i = 1; i < words.length; i++) {
      const widest = Math.max(width(words.slice(0, i)), width(words.slice(i)));
      if (widest < bestWidth) [best, bestWidth] = [i, widest];
    }
    return [words.slice(0, best), words.slice(best)];
  }
  const target = width(words) / count;
  const lines: string[][] = [];
  let current: string[] = [];
  for (const w of words) {
    if (current.length > 0 && width([...current, w]) > target * 1.05 && lines.length < count - 1) {
      lines.push(current);
      current = [];
    }
    current.push(w);
  }
  lines.push(current);
  return lines;
}

const WORD_JOINER = '\u2060';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * User text as ASS dialogue text: braces escaped (no override block can open), a backslash kept
 * from starting an escape (`\N`, `\h`, `\{`), line breaks as `\N`, controls removed.
 */
export function escapeAssText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/\\/g, `\\${WORD_JOINER}`)
    .replace(/[{}]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\N');
}

/** A font name as an ASS style field: no comma (the field separator) and no line break. */
function sanitizeFontName(name: string): string {
  return name.replace(/[,\r\n]/g, ' ').trim() || 'Inter';
}

/** `#rrggbb` or `#rrggbbaa` as ASS `&HAABBGGRR` (ASS alpha: 00 opaque, FF transparent). */
export function assColor(color: string): string {
  if (!/^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/.test(color)) return '&H00FFFFFF';
  const hex = color.slice(1);
  const [r, g, b] = [hex.slice(0, 2), hex.slice(2, 4), hex.slice(4, 6)];
  const alpha = hex.length === 8 ? 255 - parseInt(hex.slice(6, 8), 16) : 0;
  return `&H${alpha.toString(16).padStart(2, '0')}${b}${g}${r}`.toUpperCase();
}

/** ASS time H:MM:SS.cc; both ends are rounded down to the centisecond so that consecutive words abut. */
export function assTime(ms: number): string {
  const cs = Math.floor(Math.max(0, ms) / 10);
  const h = Math.floor(cs / 360_000);
  const m = Math.floor(cs / 6000) % 60;
  const s = Math.floor(cs / 100) % 60;
  return `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`;
}

function dialogue(layer: number, startMs: number, endMs: number, style: string, text: string): string {
  return `Dialogue: ${layer},${assTime(startMs)},${assTime(endMs)},${style},,0,0,0,,${text}`;
}

/** True when the captions draw anything (some cue and burn-in on). */
export function hasBurnedCaptions(captions: Captions | undefined): captions is Captions {
  return !!captions && captions.burnIn && captions.cues.some((c: Cue) => c.text.trim() !== '' && c.endMs > c.startMs);
}

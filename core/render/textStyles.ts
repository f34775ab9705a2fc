/**
 * Pure text layout helpers: our style runs (UTF-16 offsets into the element's text) to Fabric's
 * per-character `styles`, and the font-size search behind auto-fit. No Fabric runtime here.
 */
import type { TextCase, TextStyleRun } from '../schema/design';
import { caseTransformer, type CaseLocale } from './textCase';

/** One character's style, in Fabric's per-character style keys. */
export interface CharStyle {
  fontWeight?: number;
  fontStyle?: 'normal' | 'italic';
  fill?: string;
  underline?: boolean;
  linethrough?: boolean;
  /** Emoji only: drawn in the bundled colour emoji face, never outlined (set by toFabricTextStyles, never read back). */
  fontFamily?: string;
  strokeWidth?: number;
}

/**
 * An emoji drawn as a colour picture: emoji presentation, a variation selector 16, a keycap, a
 * flag, a ZWJ sequence, or a pictograph other than the text symbols (c) (r) (tm).
 */
export function isEmojiGrapheme(g: string): boolean {
  if (/\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3|\u200D/u.test(g)) return true;
  return /\p{Extended_Pictographic}/u.test(g) && !/^[\u00a9\u00ae\u2122]$/u.test(g);
}

/** Fabric's Textbox `styles`: line index (lines split on newlines only, not wraps) -> grapheme index -> style. */
export type FabricTextStyles = Record<number, Record<number, CharStyle>>;

/** Fabric splits lines like this (Text._reNewline) before splitting each line into graphemes. */
const NEWLINE = /\r?\n/g;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Graphemes exactly as Fabric counts them: Intl.Segmenter when the platform has it (Node 20,
 * Chromium), otherwise code points, so a surrogate pair or a ZWJ emoji is one index in both.
 */
export function graphemes(text: string): string[] {
  // Plain text (no combining marks, joiners, selectors, flags or surrogates): one grapheme per code unit, no segmenter needed.
  if (SIMPLE.test(text)) return text.split('');
  if (segmenter === undefined) segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  return segmenter ? Array.from(segmenter.segment(text), (s) => s.segment) : Array.from(text);
}

/** Characters that are each a grapheme of their own whatever surrounds them (no \r: \r\n is one). */
const SIMPLE = /^[\u0020-\u007e\u00a0-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u202f-\u205e\u20a0-\u20c0\n]*$/;

function styleOfRun(run: TextStyleRun): CharStyle {
  const style: CharStyle = {};
  if (run.fontWeight !== undefined) style.fontWeight = run.fontWeight;
  if (run.fontStyle !== undefined) style.fontStyle = run.fontStyle;
  if (run.fill !== undefined) style.fill = run.fill;
  if (run.underline !== undefined) style.underline = run.underline;
  if (run.linethrough !== undefined) style.linethrough = run.linethrough;
  return style;
}

/** Lines of `text` as Fabric splits them, each with the UTF-16 offset where it starts. */
function linesWithOffsets(text: string): Array<{ line: string; start: number }> {
  const out: Array<{ line: string; start: number }> = [];
  let start = 0;
  for (const match of text.matchAll(NEWLINE)) {
    out.push({ line: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  out.push({ line: text.slice(start), start });
  return out;
}

export interface StyledText {
  /** The text Fabric draws (upper-cased when asked). */
  text: string;
  styles: FabricTextStyles;
}

export interface TextStylesOptions {
  /** The letters' language for upper and lower case (./textCase.ts). */
  locale?: CaseLocale;
  /** Emoji get this font family and no outline (Intl.Segmenter graphemes, isEmojiGrapheme). */
  emojiFont?: string;
}

/**
 * Our runs to Fabric's grapheme-indexed styles. A grapheme takes the style of every run that
 * covers its first code unit, later runs winning. The text case is applied grapheme by grapheme
 * so a run keeps covering the same letters even when the upper case is longer ('ß' -> 'SS': both
 * letters get the style). Emoji are styled apart when `emojiFont` is given.
 */
export function toFabricTextStyles(text: string, runs: readonly TextStyleRun[] | undefined, textCase: TextCase = 'asTyped', options: TextStylesOptions = {}): StyledText {
  const styles: FabricTextStyles = {};
  const outLines: string[] = [];
  const lines = linesWithOffsets(text);
  const shownOf = caseTransformer(textCase, options.locale);
  lines.forEach(({ line, start }, lineIndex) => {
    let outLine = '';
    let charIndex = 0;
    let offset = start;
    for (const g of graphemes(line)) {
      let style: CharStyle | undefined;
      for (const run of runs ?? []) {
        if (offset >= run.start && offset < run.end) style = { ...style, ...styleOfRun(run) };
      }
      const shown = shownOf(g);
      const count = shown === g ? 1 : graphemes(shown).length;
      if (options.emojiFont && isEmojiGrapheme(g)) style = { ...style, fontFamily: options.emojiFont, strokeWidth: 0 };
      if (style && Object.keys(style).length > 0) {
        const lineStyles = (styles[lineIndex] ??= {});
        for (let k = 0; k < count; k++) lineStyles[charIndex + k] = { ...style };
      }
      outLine += shown;
      charIndex += count;
      offset += g.length;
    }
    outLines.push(outLine);
    // A line break ends a sentence for the sentence case.
    if (lineIndex < lines.length - 1) shownOf('\n');
  });
  // Newlines are kept as written ('\r\n' stays '\r\n') so Fabric sees the same lines.
  let shownText = '';
  lines.forEach((_, i) => {
    shownText += outLines[i];
    if (i < lines.length - 1) shownText += text.slice(lines[i].start + lines[i].line.length, lines[i + 1].start);
  });
  return { text: shownText, styles };
}

/** Auto-fit's smallest size when the text sets none (`minFontSize`): below it nobody reads it anyway. */
export const MIN_AUTO_FIT_FONT_SIZE = 6;

const HEX = /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/;

/** Only what our runs can hold: Fabric's own names ('bold') become numbers, other paints are dropped. */
function charStyleOf(value: object | undefined): CharStyle {
  const style: CharStyle = {};
  if (!value) return style;
  const raw = value as Record<string, unknown>;
  const weight = raw.fontWeight === 'bold' ? 700 : raw.fontWeight === 'normal' ? 400 : Number(raw.fontWeight);
  if (Number.isInteger(weight) && weight >= 100 && weight <= 900) style.fontWeight = weight;
  if (raw.fontStyle === 'normal' || raw.fontStyle === 'italic') style.fontStyle = raw.fontStyle;
  if (typeof raw.fill === 'string' && HEX.test(raw.fill)) style.fill = raw.fill;
  if (typeof raw.underline === 'boolean') style.underline = raw.underline;
  if (typeof raw.linethrough === 'boolean') style.linethrough = raw.linethrough;
  return style;
}

/**
 * The way back, for text edited on the canvas: Fabric's per-character styles over `text` (as
 * typed, not upper-cased) to our runs, neighbours with the same style merged into one run.
 */
export function fromFabricTextStyles(text: string, styles: Record<number, Record<number, object>> | undefined): TextStyleRun[] {
  const runs: TextStyleRun[] = [];
  let open: { run: TextStyleRun; key: string } | undefined;
  linesWithOffsets(text).forEach(({ line, start }, lineIndex) => {
    let offset = start;
    graphemes(line).forEach((g, charIndex) => {
      const style = charStyleOf(styles?.[lineIndex]?.[charIndex]);
      const key = JSON.stringify(style);
      if (key === '{}') open = undefined;
      else if (open && open.key === key) open.run.end = offset + g.length;
      else {
        open = { run: { start: offset, end: offset + g.length, ...style }, key };
        runs.push(open.run);
      }
      offset += g.length;
    });
  });
  return runs;
}

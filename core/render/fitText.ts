/**
 * Fitting text to its box (docs/architecture.md, "The render path"): the largest font size, between
 * the text's `fontSize` and its `minFontSize`, at which the text's real ink (accents above capitals,
 * descenders, the outline, the shadow) stays inside the box in at most `maxLines` lines, with
 * balanced line breaks. Pure: the caller gives a `TextMeasurer` (a canvas context in the browser,
 * node-canvas in Node), so both sides run the same rules on their own measurements.
 *
 * Rules, in order:
 * - Words break at ordinary spaces and after a hyphen they contain; never before ? ! : ; » or after
 *   « (French typography: the space there holds them to their word), never at a no-break space.
 * - The size is searched with whole words only (bisection, then confirmed by stepping down, since
 *   hinting makes fitting only nearly monotone). So appending characters never makes the text larger.
 * - Only when even the smallest size cannot hold a word whole is that word broken: at a French
 *   hyphenation point (a hyphen is drawn), else between graphemes.
 * - Once the line count is known, lines are balanced: the narrowest width that keeps that count.
 */
import { frenchBreakPoints } from './hyphenate';
import { graphemes } from './textStyles';

/** Ink of a string drawn with its baseline at y = 0 and its pen starting at x = 0, in pixels. */
export interface InkBox {
  /** Ink reaches this far left of the pen (positive: left of it). */
  left: number;
  /** Ink reaches this far right of the pen. */
  right: number;
  /** Ink reaches this far above the baseline. */
  ascent: number;
  /** Ink reaches this far below the baseline. */
  descent: number;
}

/** Measures the text's own face (letter spacing included) at a given size. */
export interface TextMeasurer {
  /** How far the pen moves for `text`. */
  advance(text: string, fontSize: number): number;
  ink(text: string, fontSize: number): InkBox;
}

/** How a Fabric Textbox places lines (Fabric's `_fontSizeMult` and `_fontSizeFraction`). */
export const LINE_HEIGHT_MULT = 1.13;
export const BASELINE_FRACTION = 0.222;

export interface FitInput {
  /** The text as drawn (its case already applied), hard lines split on newlines. */
  text: string;
  width: number;
  height: number;
  maxFontSize: number;
  minFontSize: number;
  maxLines?: number;
  lineHeight: number;
  align: 'left' | 'center' | 'right' | 'justify';
  /** Outline width at a given size (0 without outline). */
  strokeWidth: (fontSize: number) => number;
  shadow?: { blur: number; offsetX: number; offsetY: number };
}

/** One drawn line: graphemes [start, end) of hard line `paragraph`. */
export interface FitLine {
  paragraph: number;
  start: number;
  end: number;
  /** The line ends inside a word at a hyphenation point: a hyphen is drawn after it. */
  hyphen: boolean;
  /** The line ends inside a word (hyphen or not): no space is consumed before the next line. */
  broken: boolean;
}

export interface FitResult {
  fontSize: number;
  lines: FitLine[];
  /** The text is moved this far down so the first line's ink (and outline) starts inside the box. */
  insetTop: number;
  /** Room kept on the left and right for the outline and the shadow. */
  insetX: number;
  /**
   * Where each line's pen starts, from the box's left edge: aligned as asked, then moved just
   * enough for ink that reaches left of the pen or past the advance (a circumflex on an I) to stay in.
   */
  offsets: number[];
  /** Height from the box's top to the bottom of the lowest ink, outline and shadow (insetTop included). */
  usedHeight: number;
  /** Whether the ink stays inside the box (false: even the smallest size overflows). */
  fits: boolean;
}

/** Characters that may not start a line; the space before them does not break. */
const NO_LINE_START = new Set(['?', '!', ':', ';', '»', '\u203a']);
/** Characters after which the space does not break (an opening guillemet holds its word). */
const NO_LINE_END = new Set(['«', '\u2039']);
const BREAK_SPACE = ' ';
export const HYPHEN = '-';

/** The outline and shadow's reach beyond the ink, each side. */
function margins(input: FitInput, fontSize: number) {
  const half = input.strokeWidth(fontSize) / 2;
  const s = input.shadow;
  const blur = s ? s.blur : 0;
  return {
    left: half + (s ? Math.max(0, blur - s.offsetX) : 0),
    right: half + (s ? Math.max(0, blur + s.offsetX) : 0),
    top: half + (s ? Math.max(0, blur - s.offsetY) : 0),
    bottom: half + (s ? Math.max(0, blur + s.offsetY) : 0),
  };
}

/** A piece of a hard line the wrapper places whole: a word, or a part of a broken word. */
interface Piece {
  start: number;
  end: number;
  /** Graphemes of the piece (without the space that may precede it). */
  text: string;
  /** Breaking after this piece consumes a space (false: the break is inside a word). */
  spaceAfter: boolean;
  /** Breaking after it draws a hyphen. */
  hyphenAfter: boolean;
}

/** Splits a hard line into words at its break opportunities. */
function words(g: readonly string[]): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  const push = (end: number, spaceAfter: boolean) => {
    out.push({ start, end, text: g.slice(start, end).join(''), spaceAfter, hyphenAfter: false });
  };
  for (let i = 0; i < g.length; i++) {
    if (g[i] === BREAK_SPACE) {
      const before = g[i - 1];
      const after = g[i + 1];
      if (i === start || after === undefined || after === BREAK_SPACE) continue;
      if (NO_LINE_START.has(after) || (before !== undefined && NO_LINE_END.has(before))) continue;
      push(i, true);
      start = i + 1;
    } else if ((g[i] === HYPHEN || g[i] === '\u2010') && i > start && i + 1 < g.length && /\p{L}/u.test(g[i - 1]) && /\p{L}/u.test(g[i + 1] ?? '')) {
      // A hyphen inside a compound word ("peut-être"): the line may end after it.
      push(i + 1, false);
      start = i + 1;
    }
  }
  out.push({ start, end: g.length, text: g.slice(start).join(''), spaceAfter: false, hyphenAfter: false });
  return out;
}

/** The largest `i` in [lo, hi] for which `ok(i)` holds, `ok` holding up to some point then never (lo - 1 if none). */
function lastTrue(lo: number, hi: number, ok: (i: number) => boolean): number {
  let found = lo - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ok(mid)) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * A word too wide for `width`, cut at hyphenation points first, then between graphemes. A longer
 * start of a word is never narrower, so each cut is found by bisection (a few measures a cut).
 */
function breakWord(word: Piece, g: readonly string[], width: number, measure: (s: string) => number): Piece[] {
  const parts: Piece[] = [];
  const points = [...new Set(frenchBreakPoints(word.text).map((p) => word.start + graphemes(word.text.slice(0, p)).length))].sort((x, y) => x - y);
  let start = word.start;
  while (start < word.end) {
    const rest = g.slice(start, word.end).join('');
    if (measure(rest.trimEnd()) <= width) {
      parts.push({ start, end: word.end, text: rest, spaceAfter: word.spaceAfter, hyphenAfter: word.hyphenAfter });
      break;
    }
    // The last hyphenation point whose part and hyphen fit.
    const usable = points.filter((p) => p > start && p < word.end);
    const k = lastTrue(0, usable.length - 1, (i) => measure(g.slice(start, usable[i]).join('') + HYPHEN) <= width);
    if (k >= 0) {
      const cut = usable[k];
      parts.push({ start, end: cut, text: g.slice(start, cut).join(''), spaceAfter: false, hyphenAfter: true });
      start = cut;
      continue;
    }
    // Last resort: as many graphemes as fit (at least one).
    const end = Math.max(start + 1, lastTrue(start + 1, word.end - 1, (e) => measure(g.slice(start, e).join('')) <= width));
    parts.push({ start, end, text: g.slice(start, end).join(''), spaceAfter: false, hyphenAfter: false });
    start = end;
  }
  return parts;
}

interface Wrapped {
  lines: FitLine[];
  /** A word had to be broken. */
  brokeWords: boolean;
}

/**
 * Widths for wrapping: a line's pen advance is the sum of its pieces' and spaces' advances (kerning
 * across a space is nil), plus the ink its first piece reaches left of the pen and its last piece
 * right of its advance.
 */
interface PieceMetrics {
  advance(s: string): number;
  overhangLeft(s: string): number;
  overhangRight(s: string): number;
  /** Whole-string reach, for cutting a word (./breakWord). */
  reach(s: string): number;
}

function pieceMetrics(measurer: TextMeasurer, fontSize: number): PieceMetrics {
  const cache = new Map<string, { advance: number; left: number; right: number }>();
  const get = (s: string) => {
    let hit = cache.get(s);
    if (!hit) {
      const advance = measurer.advance(s, fontSize);
      const ink = s.trim() === '' ? { left: 0, right: 0, ascent: 0, descent: 0 } : measurer.ink(s, fontSize);
      hit = { advance, left: Math.max(0, ink.left), right: Math.max(0, ink.right - advance) };
      cache.set(s, hit);
    }
    return hit;
  };
  return {
    advance: (s) => get(s).advance,
    overhangLeft: (s) => get(s).left,
    overhangRight: (s) => get(s).right,
    reach: (s) => (s === '' ? 0 : get(s).advance + get(s).left + get(s).right),
  };
}

/** Greedy wrap of every hard line at `width`; words wider than `width` are broken when allowed. */
function wrap(paragraphs: string[][], pieceLists: Piece[][], width: number, m: PieceMetrics, allowBreaks: boolean): Wrapped | null {
  const lines: FitLine[] = [];
  let brokeWords = false;
  const space = m.advance(' ');
  const hyphen = m.advance(HYPHEN);
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const g = paragraphs[paragraph];
    let pieces = pieceLists[paragraph];
    // Trailing spaces take room on the line but draw nothing: a line's reach ends at its last ink.
    const alone = (piece: Piece) => m.reach(piece.text.trimEnd()) + (piece.hyphenAfter ? hyphen : 0);
    if (allowBreaks) {
      pieces = pieces.flatMap((piece) => {
        if (alone(piece) <= width) return [piece];
        brokeWords = true;
        return breakWord(piece, g, width, m.reach);
      });
    } else if (pieces.some((piece) => alone(piece) > width)) return null;
    let lineStart = -1;
    let lineEnd = 0;
    let last: Piece | undefined;
    let left = 0;
    let pen = 0;
    const close = () => {
      if (lineStart < 0) return;
      lines.push({ paragraph, start: lineStart, end: lineEnd, hyphen: !!last?.hyphenAfter, broken: !last?.spaceAfter && lineEnd < g.length });
    };
    for (const piece of pieces) {
      const advance = m.advance(piece.text);
      if (lineStart >= 0) {
        const gap = last?.spaceAfter ? space : 0;
        const inked = piece.text.trimEnd();
        const reach = left + pen + gap + m.advance(inked) + m.overhangRight(inked) + (piece.hyphenAfter ? hyphen : 0);
        if (reach <= width) {
          pen += gap + advance;
          lineEnd = piece.end;
          last = piece;
          continue;
        }
        close();
      }
      lineStart = piece.start;
      lineEnd = piece.end;
      last = piece;
      left = m.overhangLeft(piece.text);
      pen = advance;
    }
    if (lineStart < 0) lines.push({ paragraph, start: 0, end: 0, hyphen: false, broken: false });
    else close();
  }
  return { lines, brokeWords };
}

function lineText(paragraphs: string[][], line: FitLine): string {
  return paragraphs[line.paragraph].slice(line.start, line.end).join('') + (line.hyphen ? HYPHEN : '');
}

/**
 * Balances a wrap: the narrowest width (to half a pixel) that keeps the same number of lines, so
 * the last line is not one lonely word. Lines keep their breaks' kinds.
 */
function balance(paragraphs: string[][], pieceLists: Piece[][], wrapped: Wrapped, width: number, m: PieceMetrics, allowBreaks: boolean): Wrapped {
  const count = wrapped.lines.length;
  if (count <= paragraphs.length) return wrapped;
  let lo = 0;
  let hi = width;
  let best = wrapped;
  for (let i = 0; i < 12 && hi - lo > 0.5; i++) {
    const mid = (lo + hi) / 2;
    const attempt = wrap(paragraphs, pieceLists, mid, m, allowBreaks);
    if (attempt && attempt.lines.length <= count && attempt.brokeWords === wrapped.brokeWords) {
      hi = mid;
      best = attempt;
    } else lo = mid;
  }
  return best;
}

/** Where the first line's baseline sits below the text's top, for a font size. */
export function firstBaseline(fontSize: number): number {
  return fontSize * LINE_HEIGHT_MULT * (1 - BASELINE_FRACTION);
}

/** The reach of a line's ink and pen box, for wrapping: what must fit the line's width. */
function lineMeasure(measurer: TextMeasurer, fontSize: number): (s: string) => number {
  return (s: string) => {
    if (s === '') return 0;
    const ink = measurer.ink(s, fontSize);
    return Math.max(measurer.advance(s, fontSize), ink.right) + Math.max(0, ink.left);
  };
}

/** Room kept each side for the outline and the shadow, plus a pixel for rounding between renderers. */
function sideInset(input: FitInput, fontSize: number): number {
  const m = margins(input, fontSize);
  return Math.max(m.left, m.right) + 1;
}

/** Judges laid-out lines at one size against the box: where the text must sit, and whether its ink fits. */
export function placeLines(input: FitInput, measurer: TextMeasurer, fontSize: number, lines: FitLine[]): FitResult {
  const paragraphs = input.text.split(/\r?\n/).map((line) => graphemes(line));
  const m = margins(input, fontSize);
  const insetX = sideInset(input, fontSize);
  const step = fontSize * LINE_HEIGHT_MULT * input.lineHeight;
  const base = firstBaseline(fontSize);
  const measure = lineMeasure(measurer, fontSize);
  let inkTop = Infinity;
  let inkBottom = -Infinity;
  let wide = false;
  const offsets = lines.map((line, i) => {
    const text = paragraphs[line.paragraph] ? lineText(paragraphs, line).trimEnd() : '';
    if (text.trim() === '') return insetX;
    const ink = measurer.ink(text, fontSize);
    inkTop = Math.min(inkTop, base + i * step - ink.ascent);
    inkBottom = Math.max(inkBottom, base + i * step + ink.descent);
    if (measure(text) > input.width - insetX * 2 + 0.01) wide = true;
    const advance = measurer.advance(text, fontSize);
    const aligned = input.align === 'center' ? (input.width - advance) / 2 : input.align === 'right' ? input.width - insetX - advance : insetX;
    const lowest = insetX + Math.max(0, ink.left);
    const highest = input.width - insetX - Math.max(advance, ink.right);
    return Math.max(lowest, Math.min(aligned, highest));
  });
  if (inkTop === Infinity) {
    inkTop = 0;
    inkBottom = 0;
  }
  const insetTop = Math.max(0, m.top + 1 - inkTop);
  const bottom = insetTop + inkBottom + m.bottom + 1;
  const tooMany = input.maxLines !== undefined && lines.length > input.maxLines;
  const fits = bottom <= input.height && !tooMany && !wide;
  return { fontSize, lines, insetTop, insetX, offsets, usedHeight: bottom, fits };
}

/** Wraps (balanced) at one size, with the given (scaled) metrics; null when a word is too wide and breaks are not allowed. */
function layoutAt(input: FitInput, paragraphs: string[][], pieceLists: Piece[][], measurer: TextMeasurer, fontSize: number, allowBreaks: boolean): FitLine[] | null {
  const width = input.width - sideInset(input, fontSize) * 2;
  if (width <= 0) return null;
  const m = pieceMetrics(measurer, fontSize);
  const first = wrap(paragraphs, pieceLists, width, m, allowBreaks);
  if (!first) return null;
  return balance(paragraphs, pieceLists, first, width, m, allowBreaks).lines;
}

/** Text measured once at this size and scaled: the search costs one measure per word, not per try. */
const REFERENCE_SIZE = 100;

function scaledMeasurer(measurer: TextMeasurer): TextMeasurer {
  const advances = new Map<string, number>();
  const inks = new Map<string, InkBox>();
  return {
    advance(text, fontSize) {
      let a = advances.get(text);
      if (a === undefined) advances.set(text, (a = measurer.advance(text, REFERENCE_SIZE)));
      return (a * fontSize) / REFERENCE_SIZE;
    },
    ink(text, fontSize) {
      let ink = inks.get(text);
      if (!ink) inks.set(text, (ink = measurer.ink(text, REFERENCE_SIZE)));
      const k = fontSize / REFERENCE_SIZE;
      return { left: ink.left * k, right: ink.right * k, ascent: ink.ascent * k, descent: ink.descent * k };
    },
  };
}

/**
 * The fitted layout. Sizes are searched to a quarter pixel between `minFontSize` and
 * `maxFontSize`; text that cannot fit even at `minFontSize` is laid out there, words broken as
 * needed, and `fits` says it overflows.
 */
export function fitText(input: FitInput, measurer: TextMeasurer): FitResult {
  const paragraphs = input.text.split(/\r?\n/).map((line) => graphemes(line));
  const pieceLists = paragraphs.map((g) => words(g));
  const max = Math.max(1, input.maxFontSize);
  const min = Math.min(max, Math.max(1, input.minFontSize));
  const scaled = scaledMeasurer(measurer);
  // The search runs on scaled measures; each answer is then judged on the real ones at its size.
  const whole = (size: number, real = false) => {
    const lines = layoutAt(input, paragraphs, pieceLists, scaled, size, false);
    if (!lines) return null;
    const placed = placeLines(input, real ? measurer : scaled, size, lines);
    return placed.fits ? placed : null;
  };
  const confirm = (size: number): FitResult | null => {
    // Hinting makes real sizes only nearly proportional: step down a pixel at a time to confirm.
    for (let s = size, step = 0; s >= min && step < 4; s = Math.max(min, s - 1), step++) {
      const fitted = whole(s, true);
      if (fitted) return fitted;
      if (s === min) break;
    }
    return null;
  };
  let candidate = max;
  if (!whole(max)) {
    if (whole(min)) {
      let lo = min;
      let hi = max;
      while (hi - lo > 0.25) {
        const mid = Math.round(((lo + hi) / 2) * 4) / 4;
        if (mid <= lo || mid >= hi) break;
        if (whole(mid)) lo = mid;
        else hi = mid;
      }
      candidate = lo;
    } else candidate = -1;
  }
  if (candidate > 0) {
    const confirmed = confirm(candidate);
    if (confirmed) return confirmed;
  }
  // Even the smallest size cannot hold every word whole: break words there (hyphens first).
  const lines = layoutAt(input, paragraphs, pieceLists, measurer, min, true);
  if (lines) return placeLines(input, measurer, min, lines);
  return { fontSize: min, lines: paragraphs.map((g, paragraph) => ({ paragraph, start: 0, end: g.length, hyphen: false, broken: false })), insetTop: 0, insetX: 0, offsets: paragraphs.map(() => 0), usedHeight: input.height, fits: false };
}

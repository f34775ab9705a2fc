/**
 * Measuring text for the fitting engine (./fitText.ts) on the runtime's own canvas: a measuring
 * context per fabric namespace (browser or node-canvas, whose ink sign differs), and a
 * `TextMeasurer` for one textbox's font, with its measures cached.
 */
import type { Textbox } from 'fabric';
import type { InkBox, TextMeasurer } from './fitText';
import { EMOJI_FONT_FAMILY } from './fonts';
import { graphemes, isEmojiGrapheme } from './textStyles';
import type { Context2D, FabricNS } from './types';

/** A measuring canvas per fabric namespace (browser or node-canvas). */
const measuringContexts = new WeakMap<FabricNS, MeasuringContext>();

/** A canvas context to measure with, and the sign its `actualBoundingBoxLeft` uses. */
export interface MeasuringContext {
  ctx: Context2D;
  /**
   * 1 where ink left of the pen is positive (the HTML spec, browsers); -1 where the runtime gives
   * the ink's own x instead (node-canvas 3 returns Pango's left bearing as it is).
   */
  leftSign: 1 | -1;
}

export function measuringContext(fabric: FabricNS): MeasuringContext {
  let known = measuringContexts.get(fabric);
  if (!known) {
    const ctx = fabric.util.createCanvasElement().getContext('2d') as Context2D;
    // Two spaces before a letter: its ink starts far right of the pen, so the spec's value is negative.
    ctx.font = '100px sans-serif';
    const left = ctx.measureText('  I').actualBoundingBoxLeft ?? 0;
    known = { ctx, leftSign: left > 0 ? -1 : 1 };
    measuringContexts.set(fabric, known);
  }
  return known;
}

/** Anything that may be part of an emoji (isEmojiGrapheme decides, grapheme by grapheme). */
const MAYBE_EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Presentation}|\p{Regional_Indicator}|\uFE0F|\u20E3|\u200D/u;

/** Measures shared by every text (same face, size and string: same numbers), bounded. */
const measureCache = new Map<string, { advance: number; ink: InkBox }>();

/**
 * Measures text as the textbox draws it: its face (emoji in the bundled colour emoji face, as
 * toFabricTextStyles styles them), its letter spacing, ink from the canvas's own glyph bounds.
 */
export function canvasMeasurer({ ctx, leftSign }: MeasuringContext, textbox: Pick<Textbox, 'fontFamily' | 'fontWeight' | 'fontStyle' | 'charSpacing'>): TextMeasurer {
  const fontOf = (family: string, size: number) =>
    `${textbox.fontStyle ?? 'normal'} normal ${textbox.fontWeight ?? 400} ${size}px "${family.replace(/"/g, '')}"`;
  const cache = measureCache;
  const one = (text: string, family: string, size: number) => {
    const font = fontOf(family, size);
    const key = `${font}|${text}`;
    let hit = cache.get(key);
    if (!hit) {
      ctx.font = font;
      const m = ctx.measureText(text);
      hit = {
        advance: m.width,
        ink: { left: (m.actualBoundingBoxLeft ?? 0) * leftSign, right: m.actualBoundingBoxRight ?? m.width, ascent: m.actualBoundingBoxAscent ?? size, descent: m.actualBoundingBoxDescent ?? 0 },
      };
      if (cache.size > 20_000) cache.clear();
      cache.set(key, hit);
    }
    return hit;
  };
  /** Runs of text and emoji, each measured in its own face, pen positions added up. */
  const measure = (text: string, size: number) => {
    const spacing = ((textbox.charSpacing ?? 0) * size) / 1000;
    // Most strings hold no emoji and no letter spacing: one measure of the whole string.
    if (spacing === 0 && !MAYBE_EMOJI.test(text)) {
      const m = one(text, textbox.fontFamily ?? 'sans-serif', size);
      return { advance: m.advance, ink: { ...m.ink } };
    }
    const parts = graphemes(text);
    let pen = 0;
    const ink: InkBox = { left: 0, right: 0, ascent: 0, descent: 0 };
    let first = true;
    let run = '';
    let runEmoji = false;
    let count = 0;
    const flush = () => {
      if (run === '') return;
      const m = one(run, runEmoji ? EMOJI_FONT_FAMILY : textbox.fontFamily ?? 'sans-serif', size);
      if (first) ink.left = m.ink.left;
      ink.right = Math.max(ink.right, pen + m.ink.right);
      ink.ascent = Math.max(ink.ascent, m.ink.ascent);
      ink.descent = Math.max(ink.descent, m.ink.descent);
      pen += m.advance;
      first = false;
      run = '';
    };
    for (const g of parts) {
      const emoji = isEmojiGrapheme(g);
      // With letter spacing Fabric places every character on its own: measure them so.
      if (emoji !== runEmoji || spacing !== 0) flush();
      runEmoji = emoji;
      run += g;
      count += 1;
      if (spacing !== 0) {
        flush();
        pen += spacing;
      }
    }
    flush();
    if (spacing !== 0 && count > 0) pen -= spacing;
    return { advance: pen, ink };
  };
  const whole = new Map<string, { advance: number; ink: InkBox }>();
  const cached = (text: string, size: number) => {
    const key = `${size}|${text}`;
    let hit = whole.get(key);
    if (!hit) whole.set(key, (hit = measure(text, size)));
    return hit;
  };
  return {
    advance: (text, size) => cached(text, size).advance,
    ink: (text, size) => cached(text, size).ink,
  };
}

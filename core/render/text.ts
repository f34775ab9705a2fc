/**
 * Text elements -> Fabric Textbox. A small Textbox subclass draws the highlight box (padding and
 * corner radius) in `_renderBackground`, so the object's own box stays the text box: readGeometry
 * gives back the element's geometry and the editor's handles sit on the text, not on the padding.
 */
import type { Textbox } from 'fabric';
import type { TextElement } from '../schema/design';
import { fitKey } from './fitKey';
import { fitText, HYPHEN, placeLines, type FitInput, type FitLine, type FitResult, type TextMeasurer } from './fitText';
import { canvasMeasurer, measuringContext } from './textMeasure';
import { EMOJI_FONT_FAMILY } from './fonts';
import { toFabricPaint } from './paint';
import { graphemes, isEmojiGrapheme, MIN_AUTO_FIT_FONT_SIZE, toFabricTextStyles } from './textStyles';
import type { Context2D, FabricNS } from './types';

/** What auto-fit needs besides the textbox's own fields (the element's fit bounds and effects). */
export interface FitSpec {
  minFontSize: number;
  maxLines?: number;
  /** The outline's fixed width, or its fraction of the drawn size (wins when set). */
  strokeWidth: number;
  strokeRatio?: number;
  shadow?: { blur: number; offsetX: number; offsetY: number };
}

/** The Textbox we build: Fabric's, plus the highlight box and the fixed height of auto-fit text. */
export interface AfficheTextbox extends Textbox {
  /** Pixels the highlight box extends past the text box on every side. */
  highlightPadding: number;
  highlightRadius: number;
  /** Auto-fit text keeps the element's height as its box (0: the box follows the text). */
  boxHeight: number;
  /** Lines (as drawn) of the last layout that end inside a word too long for the box. */
  brokenLines: Set<number>;
  /** Lines (as drawn) that end at a hyphenation point: a hyphen is drawn after them. */
  hyphenLines: Set<number>;
  /** Auto-fit's bounds and effects (null: not an auto-fit text). */
  fitSpec: FitSpec | null;
  /** The fitted layout drawn, for the text it was fitted to (./fitText.ts). */
  fitLayout: (FitResult & { text: string; width: number }) | null;
  /** Measures this text's face on a canvas of the textbox's own runtime (browser or node-canvas). */
  measurer(): TextMeasurer;
  /** Where the lines sit in a box taller than them (auto-fit): 0 top, 0.5 middle, 1 bottom. */
  verticalShare: number;
}

/** `verticalAlign` (design schema v7) as the share of the spare height that goes above the text. */
export const VERTICAL_SHARE = { top: 0, middle: 0.5, bottom: 1 } as const;

type GraphemeData = Parameters<Textbox['_wrapLine']>[2];

type AfficheTextboxClass = new (text: string, options?: Record<string, unknown>) => AfficheTextbox;

type NodeContext = Context2D & { textDrawingMode?: 'path' | 'glyph' };

function hasShadow(ctx: Context2D): boolean {
  const color = ctx.shadowColor;
  const visible = color !== '' && color !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(color) && !/^#[0-9a-f]{6}00$/i.test(color);
  return visible && (ctx.shadowBlur > 0 || ctx.shadowOffsetX !== 0 || ctx.shadowOffsetY !== 0);
}

/** One subclass per fabric namespace (browser `fabric` and `fabric/node` are different classes). */
const classes = new WeakMap<FabricNS, AfficheTextboxClass>();

export function afficheTextboxClass(fabric: FabricNS): AfficheTextboxClass {
  const known = classes.get(fabric);
  if (known) return known;
  class HighlightTextbox extends fabric.Textbox {
    // `declare`: a class field would be re-initialised after Fabric's constructor has run.
    declare highlightPadding: number;
    declare highlightRadius: number;
    declare boxHeight: number;
    declare brokenLines: Set<number>;
    declare hyphenLines: Set<number>;
    declare fitSpec: FitSpec | null;
    declare fitLayout: (FitResult & { text: string; width: number }) | null;
    declare verticalShare: number;
    /** Lines laid out so far by the running wrap (to number the broken ones). */
    declare private wrappedLines: number;

    override initDimensions(): void {
      super.initDimensions();
      // A fitted text's frame is its box: its ink is inside (judged by the engine), whatever
      // Fabric's line boxes add up to.
      if (this.boxHeight > 0 && this.currentLayout()) this.height = this.boxHeight;
      else if (this.boxHeight > this.height) this.height = this.boxHeight;
    }

    measurer(): TextMeasurer {
      return canvasMeasurer(measuringContext(fabric), this);
    }

    /** The fitted layout while it is the current text's at the current width. */
    private currentLayout(): FitResult | null {
      const layout = this.fitLayout;
      return layout && layout.text === this.text && layout.width === this.width && layout.fontSize === this.fontSize ? layout : null;
    }


    override _wrapText(lines: string[], desiredWidth: number): string[][] {
      this.brokenLines = new Set();
      this.hyphenLines = new Set();
      this.wrappedLines = 0;
      const layout = this.currentLayout();
      if (!layout) return super._wrapText(lines, desiredWidth);
      // Auto-fit text: the lines the fitting engine chose, nothing re-wrapped.
      const paragraphs = lines.map((line) => this.graphemeSplit(line));
      return layout.lines.map((line, i) => {
        if (line.broken) this.brokenLines.add(i);
        if (line.hyphen) this.hyphenLines.add(i);
        return (paragraphs[line.paragraph] ?? []).slice(line.start, line.end);
      });
    }

    private hyphenWidth(lineIndex: number): number {
      if (!this.hyphenLines?.has(lineIndex)) return 0;
      return this.measurer().advance(HYPHEN, this.fontSize);
    }

    /**
     * A fitted line is as wide as its ink: its hyphen counts, its trailing spaces do not (centring
     * and right alignment place what is drawn, as the fitting engine measured it).
     */
    override getLineWidth(lineIndex: number): number {
      let width = super.getLineWidth(lineIndex);
      if (!this.currentLayout()) return width;
      const line = this._textLines[lineIndex] ?? [];
      const bounds = this.__charBounds[lineIndex];
      for (let k = line.length - 1; k >= 0 && line[k] === ' '; k--) width -= bounds?.[k]?.width ?? 0;
      return width + this.hyphenWidth(lineIndex);
    }

    /** Fitted lines start where the engine placed them: aligned, their ink and outline inside the box. */
    override _getLineLeftOffset(lineIndex: number): number {
      // Fabric measures a line's characters (their bounds, used to draw them) when it asks its width.
      this.getLineWidth(lineIndex);
      const offset = this.currentLayout()?.offsets[lineIndex];
      return offset !== undefined && this.direction !== 'rtl' ? offset : super._getLineLeftOffset(lineIndex);
    }

    /**
     * Fabric lays every line, the cursor and the selection out from this top edge: moving it
     * moves them all, so a bottom-aligned auto-fit text is drawn and edited at its box's foot.
     * Fitted text starts low enough for its first line's ink (accents, outline) to stay in the
     * box, and the spare height is the box's below its ink (as the engine measured it).
     */
    override _getTopOffset(): number {
      const top = super._getTopOffset();
      const layout = this.currentLayout();
      if (layout) return top + layout.insetTop + (this.boxHeight > 0 ? (this.verticalShare || 0) * Math.max(0, this.height - layout.usedHeight) : 0);
      if (!this.verticalShare || !(this.boxHeight > 0)) return top;
      return top + this.verticalShare * Math.max(0, this.height - this.calcTextHeight());
    }

    override _renderTextLine(
      method: 'fillText' | 'strokeText',
      ctx: Context2D,
      line: string[],
      left: number,
      top: number,
      lineIndex: number,
    ): void {
      super._renderTextLine(method, ctx, line, left, top, lineIndex);
      if (!this.hyphenLines?.has(lineIndex) || line.length === 0) return;
      // The hyphen, in the style of the letter before it, right after the line's letters.
      const x = left + this.getLineWidth(lineIndex) - this.hyphenWidth(lineIndex);
      const baseline = top - this.getHeightOfLine(lineIndex) / this.lineHeight * this._fontSizeFraction;
      this._renderChar(method, ctx, lineIndex, line.length - 1, HYPHEN, x, baseline);
    }

    /**
     * Wraps one line of the text to the box, as CSS `overflow-wrap: anywhere` and Canva do: at
     * spaces, and a word wider than the box moves to a line of its own and breaks between its
     * letters. Fabric would widen the whole box to the longest word instead, so a long word or
     * address silently ran off the page. The box keeps the width the user gave it.
     */
    override _wrapLine(lineIndex: number, desiredWidth: number, data: GraphemeData, reservedSpace = 0): string[][] {
      if (this.splitByGrapheme) return super._wrapLine(lineIndex, desiredWidth, data, reservedSpace);
      const max = desiredWidth - reservedSpace;
      // Every character's width includes the letter spacing after it; the last one's never counts.
      const spacing = this._getWidthOfCharSpacing();
      const out: string[][] = [];
      let line: string[] = [];
      let width = 0;
      let started = false;
      let offset = 0;
      let spaceWidth = 0;
      const endLine = (insideWord: boolean) => {
        if (insideWord) this.brokenLines.add(this.wrappedLines + out.length);
        out.push(line);
        line = [];
        width = 0;
        started = false;
      };
      for (const { word, width: wordWidth } of data.wordsData[lineIndex]) {
        if (started && width + spaceWidth + wordWidth - spacing > max) endLine(false);
        if (started) {
          line.push(' ');
          width += spaceWidth;
        }
        if (wordWidth - spacing <= max) {
          line.push(...word);
          width += wordWidth;
        } else {
          word.forEach((grapheme, i) => {
            // Kerned against the letter before it in the line, as the line draws it (a pair can be wider than its letters).
            const advance = (prev: string | undefined) => this._getGraphemeBox(grapheme, lineIndex, offset + i, prev, true).kernedWidth;
            const prev = i > 0 ? word[i - 1] : undefined;
            if (line.length > 0 && width + advance(prev) - spacing > max) endLine(true);
            width += advance(line.length > 0 ? prev : undefined);
            line.push(grapheme);
          });
        }
        started = true;
        offset += word.length;
        spaceWidth = this._measureWord([' '], lineIndex, offset);
        offset += 1;
      }
      out.push(line);
      this.wrappedLines += out.length;
      return out;
    }

    /** A line broken inside a word drops no space: the next line starts with the next character. */
    override missingNewlineOffset(lineIndex: number, skipWrapping?: boolean): 0 | 1 {
      if (!skipWrapping && this.brokenLines?.has(lineIndex)) return 0;
      return super.missingNewlineOffset(lineIndex, skipWrapping);
    }

    /**
     * The outline pass. Fabric runs it whenever a text has character styles (ours: runs, emoji),
     * outline or not, and takes the shadow off before it for good, so a styled text lost its
     * shadow. Here: no outline, no pass; with one, outline and fill both cast it, so the shadow is
     * the whole outlined letter (an outline ring alone would cast a hollow shadow).
     */
    override _renderTextStroke(ctx: Context2D): void {
      if (!this.stroke || !this.strokeWidth) return;
      ctx.save();
      this._setLineDash(ctx, this.strokeDashArray);
      ctx.beginPath();
      this._renderTextCommon(ctx, 'strokeText');
      ctx.closePath();
      ctx.restore();
    }

    /** Fabric fills the bare text box; we draw the padded, rounded box in the same place in the paint order. */
    override _renderBackground(ctx: Context2D): void {
      if (!this.backgroundColor) return;
      const pad = this.highlightPadding || 0;
      const w = this.width + pad * 2;
      const h = this.height + pad * 2;
      const r = Math.max(0, Math.min(this.highlightRadius || 0, w / 2, h / 2));
      const x = -w / 2;
      const y = -h / 2;
      ctx.fillStyle = this.backgroundColor;
      ctx.beginPath();
      ctx.moveTo(x + r, y);
      ctx.arcTo(x + w, y, x + w, y + h, r);
      ctx.arcTo(x + w, y + h, x, y + h, r);
      ctx.arcTo(x, y + h, x, y, r);
      ctx.arcTo(x, y, x + w, y, r);
      ctx.closePath();
      ctx.fill();
      // As Fabric does: the shadow belongs to the box when there is one, not again to the letters.
      this._removeShadow(ctx);
    }

    /**
     * node-canvas draws text as paths by default, which turns colour emoji into flat silhouettes;
     * its 'glyph' mode draws the colour bitmaps but drops canvas shadows. So a chunk holding an
     * emoji is drawn in glyph mode, and when a shadow is set, on a scratch canvas that is then
     * drawn with the shadow (drawImage keeps it). Browsers have no `textDrawingMode` and draw
     * colour emoji and shadows themselves: nothing changes there.
     */
    override _renderChar(
      method: 'fillText' | 'strokeText',
      ctx: Context2D,
      lineIndex: number,
      charIndex: number,
      chars: string,
      left: number,
      top: number,
    ): void {
      if (method !== 'fillText' || !('textDrawingMode' in ctx)) return super._renderChar(method, ctx, lineIndex, charIndex, chars, left, top);
      const emoji = graphemes(chars).some(isEmojiGrapheme);
      (ctx as NodeContext).textDrawingMode = emoji ? 'glyph' : 'path';
      if (!emoji || !hasShadow(ctx)) return super._renderChar(method, ctx, lineIndex, charIndex, chars, left, top);
      const decl = this.getCompleteStyleDeclaration(lineIndex, charIndex);
      const size = decl.fontSize ?? this.fontSize;
      ctx.save();
      ctx.font = this._getFontDeclaration(decl);
      const width = ctx.measureText(chars).width;
      ctx.restore();
      // Room on both sides (right-to-left text ends at `left`), above the baseline and below it.
      const x0 = left - width - size;
      const y0 = top - size * 1.5;
      const w = width * 2 + size * 2;
      const h = size * 2.5;
      const m = ctx.getTransform();
      const scale = Math.max(0.01, Math.hypot(m.a, m.b));
      const scratch = fabric.util.createCanvasElement();
      scratch.width = Math.ceil(w * scale);
      scratch.height = Math.ceil(h * scale);
      const sctx = scratch.getContext('2d') as NodeContext | null;
      if (!sctx) return super._renderChar(method, ctx, lineIndex, charIndex, chars, left, top);
      sctx.textDrawingMode = 'glyph';
      sctx.textAlign = ctx.textAlign;
      sctx.textBaseline = ctx.textBaseline;
      sctx.direction = ctx.direction;
      // Same user coordinates as on `ctx`, so gradient fills line up with the rest of the text.
      sctx.scale(scale, scale);
      sctx.translate(-x0, -y0);
      super._renderChar(method, sctx, lineIndex, charIndex, chars, left, top);
      ctx.drawImage(scratch, x0, y0, w, h);
    }

    /** The object cache must hold the padding too, or the box would be cut at the text's edge. */
    override _getCacheCanvasDimensions() {
      const dims = super._getCacheCanvasDimensions();
      const pad = (this.backgroundColor && this.highlightPadding) || 0;
      dims.width += pad * 2 * dims.zoomX;
      dims.height += pad * 2 * dims.zoomY;
      return dims;
    }
  }
  const cls = HighlightTextbox as unknown as AfficheTextboxClass;
  classes.set(fabric, cls);
  return cls;
}

/** What the fitting engine gets from a textbox and its spec. */
function fitInputOf(textbox: AfficheTextbox, spec: FitSpec, maxFontSize: number, width: number, height: number): FitInput {
  return {
    text: textbox.text,
    width,
    height,
    maxFontSize,
    minFontSize: spec.minFontSize,
    maxLines: spec.maxLines,
    lineHeight: textbox.lineHeight,
    align: textbox.textAlign as FitInput['align'],
    strokeWidth: (size) => strokeWidthAt(spec, size),
    shadow: spec.shadow,
  };
}

function strokeWidthAt(spec: FitSpec, fontSize: number): number {
  return spec.strokeRatio !== undefined ? spec.strokeRatio * fontSize : spec.strokeWidth;
}

/** Puts a fitted layout on the textbox: its size, its outline at that size, its lines. */
function applyLayout(textbox: AfficheTextbox, spec: FitSpec, layout: FitResult, width: number): void {
  textbox.fitLayout = { ...layout, text: textbox.text, width };
  textbox.set({ width, fontSize: layout.fontSize, strokeWidth: strokeWidthAt(spec, layout.fontSize) });
  textbox.initDimensions();
}

const DEFAULT_FIT_SPEC: FitSpec = { minFontSize: MIN_AUTO_FIT_FONT_SIZE, strokeWidth: 0 };

/**
 * Auto-fit: the largest font size (<= `maxFontSize`, >= the spec's smallest) at which the text's
 * ink fits `width` x `height` (./fitText.ts), measured in the faces that get drawn. Leaves the
 * textbox at that size with the engine's lines (at the smallest size, a word still too long is
 * hyphenated, else broken between letters). The editor calls it again after each edit of an
 * auto-fit text.
 */
export function fitTextbox(textbox: AfficheTextbox, maxFontSize: number, width: number, height: number): number {
  const spec = textbox.fitSpec ?? DEFAULT_FIT_SPEC;
  textbox.fitSpec = spec;
  const layout = fitText(fitInputOf(textbox, spec, maxFontSize, width, height), textbox.measurer());
  applyLayout(textbox, spec, layout, width);
  return layout.fontSize;
}

/** The layout a text was fitted to, in its stored form (TextElement.fitted). */
export function storedLines(lines: readonly FitLine[]): Array<[number, number, number, boolean]> {
  return lines.map((line) => [line.paragraph, line.start, line.end, line.hyphen]);
}

function linesFromStored(stored: ReadonlyArray<readonly [number, number, number, boolean]>, text: string): FitLine[] {
  const paragraphs = text.split(/\r?\n/).map((line) => graphemes(line));
  return stored.map(([paragraph, start, end, hyphen]) => {
    const length = paragraphs[paragraph]?.length ?? 0;
    return { paragraph, start, end, hyphen, broken: end < length && paragraphs[paragraph]?.[end] !== ' ' };
  });
}

/** Whether stored lines cover the text as a wrap would (each hard line, in order, at most one space between). */
function storedLinesValid(lines: readonly FitLine[], text: string): boolean {
  const paragraphs = text.split(/\r?\n/).map((line) => graphemes(line));
  let expectParagraph = 0;
  let expectStart = 0;
  for (const line of lines) {
    if (line.paragraph === expectParagraph + 1 && expectStart === paragraphs[expectParagraph].length) {
      expectParagraph += 1;
      expectStart = 0;
    }
    if (line.paragraph !== expectParagraph || line.end < line.start || line.end > paragraphs[expectParagraph].length) return false;
    const skip = line.start - expectStart;
    if (skip !== 0 && !(skip === 1 && paragraphs[expectParagraph][expectStart] === ' ')) return false;
    expectStart = line.end;
  }
  return expectParagraph === paragraphs.length - 1 && expectStart === paragraphs[expectParagraph].length;
}

/**
 * Where a text `height` tall starts when its element's box is `el.y`..`el.y + el.height`: text
 * boxes grow with their content and the edge `verticalAlign` names stays where the user put it
 * (the top unless told otherwise), so a caption above a picture grows upward, away from it. The
 * renderer, the editor's layout while typing and the record the typing sends all place it so.
 */
export function anchoredTop(el: Pick<TextElement, 'y' | 'height' | 'verticalAlign'>, height: number): number {
  return el.y + VERTICAL_SHARE[el.verticalAlign ?? 'top'] * (el.height - height);
}

export function buildText(fabric: FabricNS, el: TextElement, offsetX = 0, offsetY = 0): AfficheTextbox {
  const { text, styles } = toFabricTextStyles(el.text, el.styles, el.textCase, { emojiFont: EMOJI_FONT_FAMILY });
  const Cls = afficheTextboxClass(fabric);
  const textbox = new Cls(text, {
    originX: 'center',
    originY: 'center',
    width: el.width,
    fontFamily: el.fontFamily,
    fontSize: el.fontSize,
    fontWeight: el.fontWeight,
    fontStyle: el.fontStyle,
    fill: toFabricPaint(fabric, el.fill),
    textAlign: el.align,
    lineHeight: el.lineHeight,
    charSpacing: el.letterSpacing,
    underline: el.underline,
    linethrough: el.linethrough,
    angle: el.rotation,
    opacity: el.opacity,
    visible: !el.hidden,
    splitByGrapheme: false,
    styles,
    // The outline is drawn under the fill, so a thick meme outline never eats the letters.
    paintFirst: 'stroke',
    stroke: hasStroke(el) ? el.stroke?.color : undefined,
    strokeWidth: strokeWidthAt(specOf(el), el.fontSize),
    // Round joins and a low miter limit: no spikes at the sharp corners of condensed faces.
    strokeLineJoin: 'round',
    strokeMiterLimit: 2,
    shadow: el.shadow
      ? new fabric.Shadow({ color: el.shadow.color, blur: el.shadow.blur, offsetX: el.shadow.offsetX, offsetY: el.shadow.offsetY })
      : undefined,
    backgroundColor: el.background?.color,
  });
  textbox.highlightPadding = el.background?.padding ?? 0;
  textbox.highlightRadius = el.background?.radius ?? 0;
  textbox.boxHeight = 0;
  textbox.fitSpec = null;
  textbox.fitLayout = null;
  textbox.verticalShare = VERTICAL_SHARE[el.verticalAlign ?? 'top'];
  if (el.autoFit) {
    const spec = specOf(el);
    textbox.fitSpec = spec;
    const stored = el.fitted && el.fitted.key === fitKey(el) ? linesFromStored(el.fitted.lines, text) : null;
    // The element's box is the frame the text is fitted into; the text sits at its top.
    textbox.boxHeight = el.height;
    if (stored && el.fitted && storedLinesValid(stored, text)) {
      // The size and lines the editor resolved: every renderer draws the same breaks.
      textbox.set({ fontSize: el.fitted.fontSize });
      applyLayout(textbox, spec, placeLines(fitInputOf(textbox, spec, el.fontSize, el.width, el.height), textbox.measurer(), el.fitted.fontSize, stored), el.width);
    } else fitTextbox(textbox, el.fontSize, el.width, el.height);
  }
  textbox.set({ left: offsetX + el.x + el.width / 2, top: offsetY + anchoredTop(el, textbox.height) + textbox.height / 2 });
  textbox.setCoords();
  return textbox;
}

function hasStroke(el: TextElement): boolean {
  return !!el.stroke && (el.stroke.widthRatio !== undefined ? el.stroke.widthRatio > 0 : el.stroke.width > 0);
}

/** An element's auto-fit bounds and effects. */
export function specOf(el: TextElement): FitSpec {
  const visibleShadow = el.shadow && el.shadow.color !== 'transparent' ? el.shadow : undefined;
  return {
    minFontSize: Math.min(el.fontSize, el.minFontSize ?? MIN_AUTO_FIT_FONT_SIZE),
    maxLines: el.maxLines,
    strokeWidth: hasStroke(el) ? el.stroke?.width ?? 0 : 0,
    strokeRatio: hasStroke(el) ? el.stroke?.widthRatio : undefined,
    shadow: visibleShadow ? { blur: visibleShadow.blur, offsetX: visibleShadow.offsetX, offsetY: visibleShadow.offsetY } : undefined,
  };
}

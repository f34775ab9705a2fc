/**
 * Text elements -> Fabric Textbox. A small Textbox subclass draws the highlight box (padding and
 * corner radius) in `_renderBackground`, so the object's own box stays the text box: readGeometry
 * gives back the element's geometry and the editor's handles sit on the text, not on the padding.
 */
import type { Textbox } from 'fabric';
import type { TextElement } from '../schema/design';
import { toFabricPaint } from './paint';
import { fitFontSize, toFabricTextStyles } from './textStyles';
import type { Context2D, FabricNS } from './types';

/** The Textbox we build: Fabric's, plus the highlight box and the fixed height of auto-fit text. */
export interface AfficheTextbox extends Textbox {
  /** Pixels the highlight box extends past the text box on every side. */
  highlightPadding: number;
  highlightRadius: number;
  /** Auto-fit text keeps the element's height as its box (0: the box follows the text). */
  boxHeight: number;
  /** Lines (as drawn) of the last layout that end inside a word too long for the box. */
  brokenLines: Set<number>;
  /** Where the lines sit in a box taller than them (auto-fit): 0 top, 0.5 middle, 1 bottom. */
  verticalShare: number;
}

/** `verticalAlign` (design schema v7) as the share of the spare height that goes above the text. */
export const VERTICAL_SHARE = { top: 0, middle: 0.5, bottom: 1 } as const;

type GraphemeData = Parameters<Textbox['_wrapLine']>[2];

type AfficheTextboxClass = new (text: string, options?: Record<string, unknown>) => AfficheTextbox;

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
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
    declare verticalShare: number;
    /** Lines laid out so far by the running wrap (to number the broken ones). */
    declare private wrappedLines: number;

    override initDimensions(): void {
      super.initDimensions();
      if (this.boxHeight > this.height) this.height = this.boxHeight;
    }

    /**
     * Fabric lays every line, the cursor and the selection out from this top edge: moving it
     * moves them all, so a bottom-aligned auto-fit text is drawn and edited at its box's foot.
     */
    override _getTopOffset(): number {
      const top = super._getTopOffset();
      if (!this.verticalShare || !(this.boxHeight > 0)) return top;
      return top + this.verticalShare * Math.max(0, this.height - this.calcTextHeight());
    }

    override _wrapText(lines: string[], desiredWidth: number): string[][] {
      this.brokenLines = new Set();
      this.wrappedLines = 0;
      return super._wrapText(lines, desiredWidth);
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
            const graphemeWidth = this._measureWord([grapheme], lineIndex, offset + i);
            if (line.length > 0 && width + graphemeWidth - spacing > max) endLine(true);
            line.push(grapheme);
            width += graphemeWidth;
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
      const emoji = EMOJI.test(chars);
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

/**
 * Auto-fit: the largest font size (<= `maxFontSize`, >= 6 px) at which the text fits `width` x
 * `height` with every word whole, measured by the Textbox itself so wrapping and fonts are exactly
 * what gets drawn. Leaves the textbox at that size (at 6 px, a word still too long breaks between
 * letters). The editor calls it again after each edit of an auto-fit text.
 */
export function fitTextbox(textbox: AfficheTextbox, maxFontSize: number, width: number, height: number): number {
  const boxHeight = textbox.boxHeight;
  textbox.boxHeight = 0;
  const measure = (fontSize: number) => {
    textbox.set({ width, fontSize });
    textbox.initDimensions();
    return textbox.calcTextHeight() <= height + 0.01 && textbox.brokenLines.size === 0;
  };
  const fontSize = fitFontSize(measure, maxFontSize);
  textbox.boxHeight = boxHeight;
  textbox.set({ width, fontSize });
  textbox.initDimensions();
  return fontSize;
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
  const { text, styles } = toFabricTextStyles(el.text, el.styles, el.uppercase);
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
    stroke: el.stroke && el.stroke.width > 0 ? el.stroke.color : undefined,
    strokeWidth: el.stroke?.width ?? 0,
    strokeLineJoin: 'round',
    shadow: el.shadow
      ? new fabric.Shadow({ color: el.shadow.color, blur: el.shadow.blur, offsetX: el.shadow.offsetX, offsetY: el.shadow.offsetY })
      : undefined,
    backgroundColor: el.background?.color,
  });
  textbox.highlightPadding = el.background?.padding ?? 0;
  textbox.highlightRadius = el.background?.radius ?? 0;
  textbox.boxHeight = 0;
  textbox.verticalShare = VERTICAL_SHARE[el.verticalAlign ?? 'top'];
  if (el.autoFit) {
    fitTextbox(textbox, el.fontSize, el.width, el.height);
    // The element's box is the frame the text was fitted into; the text sits at its top.
    textbox.boxHeight = el.height;
    textbox.initDimensions();
  }
  textbox.set({ left: offsetX + el.x + el.width / 2, top: offsetY + anchoredTop(el, textbox.height) + textbox.height / 2 });
  textbox.setCoords();
  return textbox;
}

/**
 * What a fitted layout depends on (TextElement.fitted): a stored layout is drawn only while its key
 * still matches the element, so a text edited anywhere (another renderer, the CLI, a template
 * fill) is fitted again rather than drawn with stale breaks.
 */
import type { TextElement } from '../schema/design';

/** Bumped when the fitting rules change: layouts stored by older rules are fitted again. */
const FIT_RULES = 1;

export function fitKey(el: TextElement): string {
  return JSON.stringify([
    FIT_RULES,
    el.text,
    el.textCase,
    el.width,
    el.height,
    el.fontFamily,
    el.fontSize,
    el.fontWeight,
    el.fontStyle,
    el.lineHeight,
    el.letterSpacing,
    el.align,
    el.minFontSize ?? null,
    el.maxLines ?? null,
    el.stroke ? [el.stroke.width, el.stroke.widthRatio ?? null] : null,
    el.shadow ? [el.shadow.blur, el.shadow.offsetX, el.shadow.offsetY] : null,
    (el.styles ?? []).map((run) => [run.start, run.end, run.fontWeight ?? null, run.fontStyle ?? null]),
  ]);
}

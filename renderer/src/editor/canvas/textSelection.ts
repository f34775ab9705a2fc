/**
 * Mixed styles inside one text, as in Canva: while a text is edited in place and some characters
 * are selected, bold, italic, underline, strikethrough and colour from the panel go to those
 * characters only (Fabric's per-character styles). When editing ends, readBack turns Fabric's
 * styles back into our runs (`runsAfterEditing`). Auto-fit text is refitted as it is typed or
 * styled, and every change of the words goes out at once (`watchTextEditing`'s `typed`), so the
 * design, autosave included, always holds what the box shows. The panel shows the selected
 * characters' state through `useTextSelectionStyle`.
 */
import { useSyncExternalStore } from 'react';
import type { Canvas, FabricObject, Textbox } from 'fabric';
import type { ElementPatch } from '../../../../core/editor';
import { normalizeRuns, RUN_KEYS } from '../../../../core/editor/textRuns';
import { elementIdOf } from '../../../../core/render';
import { anchoredTop, fitTextbox, type AfficheTextbox } from '../../../../core/render/text';
import { fromFabricTextStyles, graphemes, type CharStyle } from '../../../../core/render/textStyles';
import { LIMITS } from '../../../../core/schema/constants';
import type { Element, TextCase, TextElement, TextStyleRun } from '../../../../core/schema/design';
import { applyTextCase, caseTransformer } from '../../../../core/render/textCase';

type FabricStyles = Record<number, Record<number, object>>;

/** What the selected characters all share, for the panel's buttons. */
export interface SelectionStyle {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  linethrough: boolean;
  /** The first selected character's colour (#rrggbb), or null when it is not a plain colour. */
  fill: string | null;
}

const HEX = /^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/;
const RUN_KEY_SET = new Set<string>(RUN_KEYS);

/**
 * A panel patch as per-character style, or null when some of it cannot apply to characters
 * (font, size, alignment, a gradient...): then it is a change of the whole element.
 */
export function charStyleFromPatch(patch: ElementPatch): CharStyle | null {
  const entries = Object.entries(patch);
  if (entries.length === 0) return null;
  const style: CharStyle = {};
  for (const [key, value] of entries) {
    if (!RUN_KEY_SET.has(key)) return null;
    if (key === 'fontWeight' && typeof value === 'number') style.fontWeight = value;
    else if (key === 'fontStyle' && (value === 'normal' || value === 'italic')) style.fontStyle = value;
    else if (key === 'fill' && typeof value === 'string' && (HEX.test(value) || value === 'transparent')) style.fill = value;
    else if ((key === 'underline' || key === 'linethrough') && typeof value === 'boolean') style[key] = value;
    else return null;
  }
  return style;
}

function weightOf(value: unknown): number {
  if (value === 'bold') return 700;
  if (value === 'normal' || value === undefined) return 400;
  const weight = Number(value);
  return Number.isFinite(weight) ? weight : 400;
}

/** The shared state of complete per-character declarations (Fabric's getSelectionStyles(…, true)). */
export function selectionStyleOf(chars: ReadonlyArray<Record<string, unknown>>): SelectionStyle | null {
  if (chars.length === 0) return null;
  const fill = chars[0].fill;
  return {
    bold: chars.every((c) => weightOf(c.fontWeight) >= 600),
    italic: chars.every((c) => c.fontStyle === 'italic'),
    underline: chars.every((c) => c.underline === true),
    linethrough: chars.every((c) => c.linethrough === true),
    fill: typeof fill === 'string' && HEX.test(fill) ? fill.slice(0, 7).toLowerCase() : null,
  };
}

/**
 * Fabric's styles of a text shown in another case, re-indexed over the text as written: each
 * written grapheme takes the style of the first grapheme it became ('ß' -> 'SS').
 */
function stylesOverWritten(text: string, styles: FabricStyles | undefined, textCase: TextCase): FabricStyles {
  const out: FabricStyles = {};
  const shownOf = caseTransformer(textCase);
  text.split(/\r?\n/).forEach((line, lineIndex) => {
    if (lineIndex > 0) shownOf('\n');
    let shownIndex = 0;
    graphemes(line).forEach((g, index) => {
      const style = styles?.[lineIndex]?.[shownIndex];
      if (style) (out[lineIndex] ??= {})[index] = style;
      const shown = shownOf(g);
      shownIndex += shown === g ? 1 : graphemes(shown).length;
    });
  });
  return out;
}

/**
 * The element's runs after in-place editing, from what the textbox shows (`shownText`, upper-cased
 * when the element is) and its per-character styles, normalised against the element's own style.
 */
export function runsAfterEditing(element: TextElement, shownText: string, styles: FabricStyles | undefined): TextStyleRun[] {
  const shown = applyTextCase(element.text, element.textCase);
  const unchanged = shownText === shown;
  const text = unchanged ? element.text : shownText;
  const runs = unchanged && element.textCase !== 'asTyped' ? fromFabricTextStyles(text, stylesOverWritten(text, styles, element.textCase)) : fromFabricTextStyles(text, styles);
  return normalizeRuns(runs, { ...element, text }).slice(0, LIMITS.maxStyleRuns);
}

// --- What the panel shows: the selection of the text being edited (one editor at a time). ---

type Snapshot = { id: string; style: SelectionStyle } | null;
let snapshot: Snapshot = null;
const listeners = new Set<() => void>();

function publish(next: Snapshot): void {
  if (JSON.stringify(next) === JSON.stringify(snapshot)) return;
  snapshot = next;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};
const getSnapshot = () => snapshot;

/** The selected characters' style while element `id` is edited with a non-empty selection, else null. */
export function useTextSelectionStyle(id: string | undefined): SelectionStyle | null {
  const current = useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
  return current && id !== undefined && current.id === id ? current.style : null;
}

function selectionRange(textbox: Textbox): { start: number; end: number } | null {
  if (!textbox.isEditing) return null;
  const start = Math.min(textbox.selectionStart, textbox.selectionEnd);
  const end = Math.max(textbox.selectionStart, textbox.selectionEnd);
  return start < end ? { start, end } : null;
}

function publishFrom(textbox: Textbox): void {
  const range = selectionRange(textbox);
  const id = elementIdOf(textbox);
  const style = range && id ? selectionStyleOf(textbox.getSelectionStyles(range.start, range.end, true) as Array<Record<string, unknown>>) : null;
  publish(id && style ? { id, style } : null);
}

/**
 * After a change of text or styles: wrap again, refit auto-fit text into its frame, and put the box
 * where its element says, as core/render builds it: the edge its `verticalAlign` names stays (the
 * top unless told otherwise) and it grows away from it (Fabric would grow it both ways about its
 * centre, and the record the typing sends keeps that edge: the object must not drift from it while
 * it is kept, ObjectSync).
 */
function relayout(textbox: Textbox, element: Element | undefined): void {
  if (element?.type === 'text' && element.autoFit) fitTextbox(textbox as AfficheTextbox, element.fontSize, element.width, element.height);
  else textbox.initDimensions();
  if (element?.type === 'text') textbox.set({ left: element.x + textbox.width / 2, top: anchoredTop(element, textbox.height) + textbox.height / 2 });
  textbox.setCoords();
  textbox.canvas?.requestRenderAll();
}

/**
 * Applies a panel patch to the selected characters of `textbox` when it is being edited with a
 * non-empty selection and the patch can apply to characters. Returns whether it did.
 */
export function styleTextSelection(textbox: Textbox | null, element: Element | undefined, patch: ElementPatch): boolean {
  if (!textbox || element?.type !== 'text') return false;
  const range = selectionRange(textbox);
  const style = range && charStyleFromPatch(patch);
  if (!range || !style) return false;
  textbox.setSelectionStyles(style, range.start, range.end);
  relayout(textbox, element);
  publishFrom(textbox);
  return true;
}

/**
 * Follows in-place editing on `canvas` (panel state, layout and auto-fit while typing) and calls
 * `typed` after each change of the words, laid out; returns the way to stop.
 */
export function watchTextEditing(canvas: Canvas, elementOf: (id: string) => Element | undefined, typed: (textbox: Textbox) => void): () => void {
  const isTextbox = (target: FabricObject | undefined): target is Textbox => !!target && 'isEditing' in target;
  const stops = [
    canvas.on('text:editing:entered', ({ target }) => isTextbox(target) && publishFrom(target)),
    canvas.on('text:selection:changed', ({ target }) => isTextbox(target) && publishFrom(target)),
    canvas.on('text:changed', ({ target }) => {
      if (!isTextbox(target)) return;
      const id = elementIdOf(target);
      const element = id ? elementOf(id) : undefined;
      relayout(target, element);
      publishFrom(target);
      typed(target);
    }),
    canvas.on('text:editing:exited', () => publish(null)),
  ];
  return () => {
    for (const stop of stops) stop();
    publish(null);
  };
}

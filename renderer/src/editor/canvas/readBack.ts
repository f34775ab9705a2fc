/**
 * Fabric -> element fields after the user moved, resized or rotated something. Objects inside a
 * multi-selection hold coordinates relative to it, so the absolute transform is decomposed first
 * and handed to core/render's readGeometry / readTextScale.
 */
import { applyTextCase } from '../../../../core/render/textCase';
import * as fabric from 'fabric';
import type { FabricObject, IText, Textbox } from 'fabric';
import { anchoredTop, elementIdOf, readGeometry, readTextScale } from '../../../../core/render';
import type { Element, TextStyleRun } from '../../../../core/schema/design';
import { normalizeRuns, sameRuns } from '../../../../core/editor/textRuns';
import { runsAfterEditing } from './textSelection';
import type { ElementChange, ElementPatch } from '../../../../core/editor';

/** A stand-in with the object's transform in page coordinates, for readGeometry/readTextScale. */
export function absoluteView(object: FabricObject): FabricObject {
  const d = fabric.util.qrDecompose(object.calcTransformMatrix());
  return {
    getCenterPoint: () => new fabric.Point(d.translateX, d.translateY),
    width: object.width,
    height: object.height,
    scaleX: d.scaleX,
    scaleY: d.scaleY,
    angle: d.angle,
  } as unknown as FabricObject;
}

export function patchFromObject(element: Element, object: FabricObject): ElementPatch {
  const view = absoluteView(object);
  const geometry = readGeometry(view);
  if (element.type === 'text') {
    const { fontSize, width } = readTextScale(view, element.fontSize);
    return { x: geometry.x, y: geometry.y, rotation: geometry.rotation, width, height: geometry.height, fontSize };
  }
  return geometry;
}

/** Every element a modified target (one object or a multi-selection) changed. */
export function changesFromTarget(target: FabricObject, elementOf: (id: string) => Element | undefined): ElementChange[] {
  const objects = target instanceof fabric.ActiveSelection ? target.getObjects() : [target];
  const changes: ElementChange[] = [];
  for (const object of objects) {
    const id = elementIdOf(object);
    const element = id ? elementOf(id) : undefined;
    if (id && element && !element.locked) changes.push({ id, patch: patchFromObject(element, object) });
  }
  return changes;
}

/** The end of in-place text editing: the new text and style runs, with the box where it now shows. */
export interface TextEdit {
  text: string;
  x: number;
  y: number;
  height: number;
  /** Present when the text has runs (or had some): the whole new list. */
  styles?: TextStyleRun[];
}

/**
 * What the user typed in a text box and the characters they styled, with the box where it now
 * shows (it grows as text is added); null when neither the text nor its runs changed. Sent as the
 * user types (setText: autosave keeps what is on screen) and once more when editing ends.
 */
export function textEditFromObject(element: Element, textbox: IText | Textbox): TextEdit | null {
  if (element.type !== 'text') return null;
  const shown = applyTextCase(element.text, element.textCase);
  const textChanged = textbox.text !== shown;
  const runs = runsAfterEditing(element, textbox.text, textbox.styles);
  if (!textChanged && sameRuns(runs, normalizeRuns(element.styles, element))) return null;
  // Fabric grows a centred box both ways while typing; our text boxes keep the edge their
  // `verticalAlign` names (the top unless told otherwise). An auto-fit text keeps its frame: the
  // font shrinks instead.
  const geometry = readGeometry(absoluteView(textbox));
  const height = element.autoFit ? element.height : geometry.height;
  const y = element.autoFit ? element.y : anchoredTop(element, height);
  const edit: TextEdit = { text: textChanged ? textbox.text : element.text, x: element.x, y, height };
  // The whole list when there are runs; `undefined` removes the field when the last one went.
  if (runs.length > 0 || element.styles !== undefined) edit.styles = runs.length > 0 ? runs : undefined;
  return edit;
}

/** Fields the text being edited shows from its own state, whatever the record says. */
const LIVE_TEXT_FIELDS = new Set(['text', 'styles', 'height']);

function sameValue(a: unknown, b: unknown): boolean {
  return Object.is(a, b) || (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Whether `next` is a record the typing in this text box produced: only its words, runs and height
 * differ from `previous`. While the box is being edited it is the truth (it may already hold a
 * keystroke newer than the record, which it sends next), so the canvas keeps the object and the
 * cursor, selection and editing stay. Any other change rebuilds it; undo ends the editing first.
 */
export function showsTypedRecord(textbox: IText | Textbox, previous: Element, next: Element): boolean {
  if (!textbox.isEditing || previous.type !== 'text' || next.type !== 'text') return false;
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]);
  for (const key of keys) {
    if (!LIVE_TEXT_FIELDS.has(key) && !sameValue((previous as Record<string, unknown>)[key], (next as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/**
 * Fabric -> element fields after the user moved, resized or rotated something. Objects inside a
 * multi-selection hold coordinates relative to it, so the absolute transform is decomposed first
 * and handed to core/render's readGeometry / readTextScale.
 */
import * as fabric from 'fabric';
import type { FabricObject, IText } from 'fabric';
import { elementIdOf, readGeometry, readTextScale } from '../../../../core/render';
import type { Element } from '../../../../core/schema/design';
import type { ElementChange, ElementPatch } from '../designOps';

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

/** What the user typed in a text box, with the box where it now shows (it grows as text is added). */
export function textEditFromObject(element: Element, textbox: IText): { text: string; x: number; y: number; height: number } | null {
  if (element.type !== 'text') return null;
  const shown = element.uppercase ? element.text.toLocaleUpperCase() : element.text;
  if (textbox.text === shown) return null;
  // Fabric grows a centred box both ways while typing; our text boxes keep their top edge.
  const geometry = readGeometry(absoluteView(textbox));
  return { text: textbox.text, x: element.x, y: element.y, height: geometry.height };
}

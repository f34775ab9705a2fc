/** How objects look and behave while editing (handles, locks). Export never sees these props. */
import * as fabric from 'fabric';
import type { FabricObject, TransformActionHandler } from 'fabric';
import { keepsAspectRatio } from '../../../../core/editor';
import { fitTextbox, type AfficheTextbox } from '../../../../core/render/text';
import type { Element, TextElement } from '../../../../core/schema/design';

export const ACCENT = '#6d4aff';

export function decorateForEditing(object: FabricObject, element: Element): void {
  object.set({
    borderColor: ACCENT,
    cornerColor: '#ffffff',
    cornerStrokeColor: ACCENT,
    cornerStyle: 'circle',
    cornerSize: 11,
    transparentCorners: false,
    borderScaleFactor: 1.5,
    padding: 0,
    // A flipped drag would need flip fields we don't edit here; keep boxes upright instead.
    lockScalingFlip: true,
    hoverCursor: element.locked ? 'default' : 'move',
  });
  if (element.type === 'text') {
    // Text resizes by its corners (font size) and sides (box width), like Canva; a text that
    // shrinks to fit its box also by its top and bottom edges (the box's height).
    if (element.autoFit) fitToBoxControls(object as AfficheTextbox, element);
    else object.setControlsVisibility({ mt: false, mb: false });
    object.set({ editingBorderColor: ACCENT, cursorColor: ACCENT, selectionColor: 'rgba(109, 74, 255, 0.25)' } as Partial<FabricObject>);
  }
  if (keepsAspectRatio(element)) {
    // Only the corners, which scale both sides together (Shift does not free it: EditorCanvas).
    object.setControlsVisibility({ ml: false, mr: false, mt: false, mb: false });
  }
  if (element.locked) {
    object.set({ lockMovementX: true, lockMovementY: true, lockRotation: true, lockScalingX: true, lockScalingY: true, hasControls: false });
  }
  if (element.hidden) object.set({ evented: false, selectable: false });
}

/**
 * The handles of an auto-fit text change its box, and the text is refitted as they move (the font
 * shrinks into a smaller box, grows back up to its own size in a larger one): the sides change the
 * width, the top and bottom edges the height. Reading the object back gives the new box
 * (readBack.ts); the element's font size stays the largest it may take.
 */
function fitToBoxControls(textbox: AfficheTextbox, element: TextElement): void {
  const refit =
    (change: TransformActionHandler, dimension: 'width' | 'height'): TransformActionHandler =>
    (eventData, transform, x, y) => {
      const before = { width: textbox.width, height: textbox.height };
      if (!change(eventData, transform, x, y)) return false;
      // A new width re-wraps the text at once (Fabric), which may stretch it past the box: keep the box.
      const height = dimension === 'height' ? textbox.height : textbox.boxHeight || before.height;
      fitTextbox(textbox, element.fontSize, textbox.width, height);
      textbox.boxHeight = height;
      textbox.initDimensions();
      return textbox.width !== before.width || textbox.height !== before.height;
    };
  const { controlsUtils, Control } = fabric;
  const edge = (x: number, y: number, dimension: 'width' | 'height') =>
    new Control({
      x,
      y,
      actionHandler: controlsUtils.wrapWithFireEvent(
        'resizing',
        controlsUtils.wrapWithFixedAnchor(refit(dimension === 'width' ? controlsUtils.changeObjectWidth : controlsUtils.changeObjectHeight, dimension)),
      ),
      cursorStyleHandler: controlsUtils.scaleSkewCursorStyleHandler,
      actionName: 'resizing',
    });
  textbox.controls = { ...textbox.controls, ml: edge(-0.5, 0, 'width'), mr: edge(0.5, 0, 'width'), mt: edge(0, -0.5, 'height'), mb: edge(0, 0.5, 'height') };
}

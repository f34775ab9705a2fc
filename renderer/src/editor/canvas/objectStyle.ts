/** How objects look and behave while editing (handles, locks). Export never sees these props. */
import type { FabricObject } from 'fabric';
import { keepsAspectRatio } from '../../../../core/editor';
import type { Element } from '../../../../core/schema/design';

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
    // Text resizes by its corners (font size) and sides (box width), like Canva.
    object.setControlsVisibility({ mt: false, mb: false });
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

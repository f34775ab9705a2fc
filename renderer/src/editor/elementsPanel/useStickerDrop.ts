/**
 * Icons and emoji dragged from the Elements panel land where they are dropped on the canvas: the
 * drop runs addIcon or addEmoji (core/editor) at the drop point in page pixels. The new element
 * then goes through the same validation as any edit when the design is saved.
 */
import { useEffect, type RefObject } from 'react';
import { ACTIONS, type HeadlessEditor } from '../../../../core/editor';
import type { EditorCanvas } from '../canvas/EditorCanvas';
import { droppedSticker, STICKER_DRAG_TYPE } from './dragSticker';

export function useStickerDrop(stage: RefObject<HTMLElement | null>, editorRef: RefObject<EditorCanvas | null>, editor: HeadlessEditor, enabled: boolean): void {
  useEffect(() => {
    const element = stage.current;
    if (!enabled || !element) return;
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes(STICKER_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const sticker = droppedSticker(event.dataTransfer);
      const canvas = editorRef.current;
      if (!sticker || !canvas) return;
      event.preventDefault();
      const at = canvas.pagePointFromClient(event.clientX, event.clientY);
      canvas.commitTextEditing();
      if (sticker.kind === 'emoji') editor.run(ACTIONS.addEmoji, { emoji: sticker.emoji, at });
      else editor.run(ACTIONS.addIcon, { set: sticker.set, name: sticker.name, style: sticker.style, viewBox: sticker.viewBox, paths: sticker.paths, color: sticker.color, at });
    };
    element.addEventListener('dragover', onDragOver);
    element.addEventListener('drop', onDrop);
    return () => {
      element.removeEventListener('dragover', onDragOver);
      element.removeEventListener('drop', onDrop);
    };
  }, [stage, editorRef, editor, enabled]);
}

import { useEffect, useRef, useState, type RefObject } from 'react';
import type { AssetSummary } from '../../../core/api';
import { isTyping } from '../shared/isTyping';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { ASSET_DRAG_TYPE, dragCarriesImageFile, draggedAsset, endAssetDrag } from './library/dragAsset';

function imageFiles(list: FileList | null | undefined): File[] {
  return [...(list ?? [])].filter((file) => file.type.startsWith('image/') || file.type === '');
}

export interface DropHandlers {
  /** Files from the desktop (or pasted): `at` is the drop point in page pixels, `onto` the element under it. */
  onFiles: (files: File[], at?: { x: number; y: number }, onto?: string) => void;
  /** A library asset dragged from the panel. */
  onAsset: (asset: AssetSummary, at: { x: number; y: number }, onto?: string) => void;
  /** Whether an element of the current page is an image (one an image dropped on it replaces). */
  isImage: (id: string) => boolean;
}

/**
 * Images dragged from the desktop and assets dragged from the library panel land on the canvas
 * where they are dropped; an image dropped onto an image replaces it, and while it is dragged over
 * one that image is the drop target (returned, for the canvas to outline it). Images pasted from
 * the clipboard land in the middle of the page. Files join the library first (the backend checks
 * each file and says why it refuses one).
 */
export function useImageDropAndPaste(stage: RefObject<HTMLElement | null>, editorRef: RefObject<EditorCanvas | null>, enabled: boolean, handlers: DropHandlers): string | null {
  const latest = useRef(handlers);
  latest.current = handlers;
  const [target, setTarget] = useState<string | null>(null);

  useEffect(() => {
    const element = stage.current;
    if (!enabled || !element) return;
    /** The image under the pointer when what is dragged is an image (asset or file). */
    const imageUnder = (event: DragEvent): string | null => {
      const asset = draggedAsset(event.dataTransfer);
      const carriesImage = asset ? asset.kind === 'image' : dragCarriesImageFile(event.dataTransfer);
      if (!carriesImage) return null;
      const id = editorRef.current?.elementAtClient(event.clientX, event.clientY);
      return id && latest.current.isImage(id) ? id : null;
    };
    const onDragOver = (event: DragEvent) => {
      const types = event.dataTransfer?.types ?? [];
      if (!types.includes('Files') && !types.includes(ASSET_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer!.dropEffect = 'copy';
      setTarget(imageUnder(event));
    };
    const onDragLeave = (event: DragEvent) => {
      // Leaving for a child of the stage is no leave.
      if (event.relatedTarget instanceof Node && element.contains(event.relatedTarget)) return;
      setTarget(null);
    };
    const onDrop = (event: DragEvent) => {
      setTarget(null);
      const editor = editorRef.current;
      if (!editor) return;
      const at = editor.pagePointFromClient(event.clientX, event.clientY);
      const onto = editor.elementAtClient(event.clientX, event.clientY);
      const asset = draggedAsset(event.dataTransfer);
      if (asset) {
        event.preventDefault();
        endAssetDrag();
        latest.current.onAsset(asset, at, onto);
        return;
      }
      const files = imageFiles(event.dataTransfer?.files);
      if (files.length === 0) return;
      event.preventDefault();
      // Dropped onto an element: the caller replaces it when it is an image.
      latest.current.onFiles(files, at, onto);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target) || editorRef.current?.editingText()) return;
      const files = imageFiles(event.clipboardData?.files);
      if (files.length === 0) return;
      event.preventDefault();
      latest.current.onFiles(files);
    };
    const clear = () => setTarget(null);
    element.addEventListener('dragover', onDragOver);
    element.addEventListener('dragleave', onDragLeave);
    element.addEventListener('drop', onDrop);
    window.addEventListener('dragend', clear);
    window.addEventListener('paste', onPaste);
    return () => {
      element.removeEventListener('dragover', onDragOver);
      element.removeEventListener('dragleave', onDragLeave);
      element.removeEventListener('drop', onDrop);
      window.removeEventListener('dragend', clear);
      window.removeEventListener('paste', onPaste);
    };
  }, [stage, editorRef, enabled]);

  return enabled ? target : null;
}

import { useEffect, useRef, type RefObject } from 'react';
import { isTyping } from '../shared/isTyping';
import type { EditorCanvas } from './canvas/EditorCanvas';

function imageFiles(list: FileList | null | undefined): File[] {
  return [...(list ?? [])].filter((file) => file.type.startsWith('image/') || file.type === '');
}


/**
 * Images dragged from the desktop onto the canvas land where they are dropped (onto an image, they
 * replace it); images pasted from
 * the clipboard land in the middle of the page. Both join the library first (the backend checks
 * each file and says why it refuses one).
 */
export function useImageDropAndPaste(
  stage: RefObject<HTMLElement | null>,
  editorRef: RefObject<EditorCanvas | null>,
  enabled: boolean,
  onFiles: (files: File[], at?: { x: number; y: number }, onto?: string) => void,
): void {
  const latest = useRef(onFiles);
  latest.current = onFiles;

  useEffect(() => {
    const element = stage.current;
    if (!enabled || !element) return;
    const onDragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (event: DragEvent) => {
      const files = imageFiles(event.dataTransfer?.files);
      if (files.length === 0) return;
      event.preventDefault();
      const editor = editorRef.current;
      const at = editor?.pagePointFromClient(event.clientX, event.clientY);
      // Dropped onto an element: the caller replaces it when it is an image.
      latest.current(files, at, editor?.elementAtClient(event.clientX, event.clientY));
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target) || editorRef.current?.editingText()) return;
      const files = imageFiles(event.clipboardData?.files);
      if (files.length === 0) return;
      event.preventDefault();
      latest.current(files);
    };
    element.addEventListener('dragover', onDragOver);
    element.addEventListener('drop', onDrop);
    window.addEventListener('paste', onPaste);
    return () => {
      element.removeEventListener('dragover', onDragOver);
      element.removeEventListener('drop', onDrop);
      window.removeEventListener('paste', onPaste);
    };
  }, [stage, editorRef, enabled]);
}

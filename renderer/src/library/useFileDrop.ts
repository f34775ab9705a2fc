/**
 * Files dropped on the library screen (folders walked to their files) and files or images pasted
 * with Ctrl+V. The drop's entries must be taken during the event: the DataTransfer is emptied as
 * soon as the handler returns, so the (asynchronous) folder walk starts from entries grabbed first.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { isTyping } from '../shared/isTyping';
import { walkEntries, type EntryLike } from './folderWalk';

/** More than anyone drops on purpose; a whole disk dropped by mistake stops here. */
const MAX_DROPPED_FILES = 20_000;

function hasFiles(event: DragEvent): boolean {
  return [...event.dataTransfer.types].includes('Files');
}

/** Files and folder entries of a drop, read synchronously; the walk happens afterwards. */
function grabDrop(dataTransfer: DataTransfer): { entries: Array<EntryLike<File>>; files: File[] } {
  const entries: Array<EntryLike<File>> = [];
  const files: File[] = [];
  const items = [...dataTransfer.items].filter((item) => item.kind === 'file');
  if (items.length === 0) return { entries, files: [...dataTransfer.files] };
  for (const item of items) {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry as unknown as EntryLike<File>);
    else {
      const file = item.getAsFile();
      if (file) files.push(file);
    }
  }
  return { entries, files };
}

export function useFileDrop(onFiles: (files: File[]) => void, enabled: boolean) {
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);
  const callback = useRef(onFiles);
  callback.current = onFiles;

  useEffect(() => {
    if (!enabled) return;
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const files = [...(event.clipboardData?.files ?? [])];
      if (files.length === 0) return;
      event.preventDefault();
      callback.current(files);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [enabled]);

  const handlers = {
    onDragEnter(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (!enabled) return;
      depth.current++;
      setDragging(true);
    },
    onDragOver(event: DragEvent) {
      if (!hasFiles(event)) return;
      // Always taken, so a file dropped on a read-only library is not opened by the window instead.
      event.preventDefault();
      event.dataTransfer.dropEffect = enabled ? 'copy' : 'none';
    },
    onDragLeave(event: DragEvent) {
      if (!enabled || !hasFiles(event)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop(event: DragEvent) {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (!enabled) return;
      depth.current = 0;
      setDragging(false);
      const { entries, files } = grabDrop(event.dataTransfer);
      if (entries.length === 0) {
        if (files.length > 0) callback.current(files);
        return;
      }
      void walkEntries(entries, { maxFiles: MAX_DROPPED_FILES }).then((walked) => callback.current([...walked.files, ...files]));
    },
  };

  return { dragging, handlers };
}

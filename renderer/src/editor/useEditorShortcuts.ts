import { useEffect, useRef, type RefObject } from 'react';
import type { EditorCanvas } from './canvas/EditorCanvas';
import type { EditorActions } from './useEditorActions';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Delete/Backspace, undo/redo, arrow nudges, Escape, zoom (Ctrl/Cmd + = - 0 1) and space-drag
 * panning — never while the user types in a field or edits text on the canvas (Fabric's hidden
 * textarea is a TEXTAREA), nor under a dialog.
 */
export function useEditorShortcuts(
  actions: EditorActions,
  history: { undo: () => void; redo: () => void },
  editorRef: RefObject<EditorCanvas | null>,
): void {
  const latest = useRef({ actions, history });
  latest.current = { actions, history };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (editorRef.current?.editingText()) return;
      const { actions, history } = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const editor = editorRef.current;
      if (event.key === ' ' && !mod) {
        event.preventDefault();
        editor?.setSpaceHeld(true);
        return;
      }
      // Zoom keys replace the browser's own page zoom inside the editor.
      if (mod && (key === '=' || key === '+')) {
        event.preventDefault();
        editor?.zoomStep(1);
        return;
      }
      if (mod && key === '-') {
        event.preventDefault();
        editor?.zoomStep(-1);
        return;
      }
      if (mod && key === '0') {
        event.preventDefault();
        editor?.fit();
        return;
      }
      if (mod && key === '1') {
        event.preventDefault();
        editor?.zoomToActualSize();
        return;
      }
      if (mod && key === 'z') {
        event.preventDefault();
        if (event.shiftKey) history.redo();
        else history.undo();
      } else if (mod && key === 'y') {
        event.preventDefault();
        history.redo();
      } else if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        actions.deleteSelected();
      } else if (event.key === 'Escape') {
        editorRef.current?.select([]);
      } else if (event.key.startsWith('Arrow') && !mod) {
        const step = event.shiftKey ? 10 : 1;
        const dx = event.key === 'ArrowLeft' ? -step : event.key === 'ArrowRight' ? step : 0;
        const dy = event.key === 'ArrowUp' ? -step : event.key === 'ArrowDown' ? step : 0;
        if (dx || dy) {
          event.preventDefault();
          actions.nudge(dx, dy);
        }
      }
    };
    const releaseSpace = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== ' ') return;
      editorRef.current?.setSpaceHeld(false);
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', releaseSpace);
    window.addEventListener('blur', releaseSpace);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', releaseSpace);
      window.removeEventListener('blur', releaseSpace);
    };
  }, [editorRef]);
}

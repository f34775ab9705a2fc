import { useEffect, useRef, type RefObject } from 'react';
import { findShortcut, type HeadlessEditor } from '../../../core/editor';
import { isTyping } from '../shared/isTyping';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { ALL_COMMANDS, VIEW_COMMANDS } from './commands';
import type { CommandRunner } from './useEditorCommands';

const VIEW = Object.values(VIEW_COMMANDS);

/**
 * Keyboard: the headless editor's own shortcuts (HeadlessEditor.keyDown: every action, undo, redo,
 * the arrow-key nudges), then the view's (zoom, grid, safe zone, the sheet), plus space-drag
 * panning. Never while the user types in a field or edits text on the canvas (Fabric's hidden
 * textarea is a TEXTAREA), nor under a dialog, nor while an image is cropped.
 */
export function useEditorShortcuts(editor: HeadlessEditor, commands: CommandRunner, editorRef: RefObject<EditorCanvas | null>): void {
  const latest = useRef(commands);
  latest.current = commands;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (editorRef.current?.editingText()) return;
      if (event.key === ' ' && !(event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        editorRef.current?.setSpaceHeld(true);
        return;
      }
      // Crop mode owns the keyboard (Enter applies, Escape cancels: cropMode.ts); nothing else may
      // act on the design under it. Space still pans; our shortcuts stay ours (no browser save/zoom).
      if (editorRef.current?.isCropping()) {
        if (findShortcut(event, ALL_COMMANDS)) event.preventDefault();
        return;
      }
      // A shortcut is ours even when it can't run now (no browser zoom, no page select-all).
      if (editor.keyDown(event)) return void event.preventDefault();
      const hit = findShortcut(event, VIEW);
      if (!hit) return;
      event.preventDefault();
      latest.current.run(hit.command);
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
  }, [editor, editorRef]);
}

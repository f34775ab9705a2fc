import { useEffect, useRef, type RefObject } from 'react';
import { findShortcut, type HeadlessEditor } from '../../../core/editor';
import { isTyping } from '../shared/isTyping';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { ALL_COMMANDS, VIEW_COMMANDS } from './commands';
import type { CommandRunner } from './useEditorCommands';

const VIEW = Object.values(VIEW_COMMANDS);

/**
 * Escape in a field of a panel (a list just chosen from, a number typed) leaves the field, so that
 * the next Escape reaches the editor (and clears the selection), as in Figma. Not in a dialog,
 * not in the text being edited on the canvas (Fabric's own textarea ends its editing).
 */
function leaveField(event: KeyboardEvent): boolean {
  const target = event.target;
  if (event.key !== 'Escape' || event.defaultPrevented || !isTyping(target) || !(target instanceof HTMLElement)) return false;
  if (target.dataset.fabric === 'textarea' || target.closest('dialog')) return false;
  target.blur();
  return true;
}

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
    // Space: held while dragging, it pans; tapped (no press of the pointer meanwhile), it runs the
    // editor's Space shortcut (a video plays or pauses) when released.
    let spaceTap = false;
    const onPointerDown = () => {
      spaceTap = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (leaveField(event)) return;
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (editorRef.current?.editingText()) return;
      if (event.key === ' ' && !(event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (!event.repeat) spaceTap = true;
        editorRef.current?.setSpaceHeld(true);
        return;
      }
      spaceTap = false;
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
      const tapped = spaceTap && event instanceof KeyboardEvent && !isTyping(event.target) && !document.querySelector('dialog[open]');
      spaceTap = false;
      if (!tapped) return;
      // A focused button would take the released space as a click too.
      event.preventDefault();
      editor.keyDown(event as KeyboardEvent);
    };
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', releaseSpace);
    window.addEventListener('blur', releaseSpace);
    return () => {
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', releaseSpace);
      window.removeEventListener('blur', releaseSpace);
    };
  }, [editor, editorRef]);
}

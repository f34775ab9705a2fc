import { useEffect, useRef, type RefObject } from 'react';
import { isTyping } from '../shared/isTyping';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { commandForKey, type CommandId } from './commands';
import type { CommandState } from './useEditorCommands';
import type { EditorActions } from './useEditorActions';


/**
 * Keyboard: every command of commands.ts by its shortcut, plus arrow nudges (1 px, 10 px with
 * Shift) and space-drag panning — never while the user types in a field or edits text on the canvas
 * (Fabric's hidden textarea is a TEXTAREA), nor under a dialog, nor while an image is cropped.
 */
export function useEditorShortcuts(
  commands: Record<CommandId, CommandState>,
  actions: EditorActions,
  editorRef: RefObject<EditorCanvas | null>,
): void {
  const latest = useRef({ commands, actions });
  latest.current = { commands, actions };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (editorRef.current?.editingText()) return;
      const { commands, actions } = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      if (event.key === ' ' && !mod) {
        event.preventDefault();
        editorRef.current?.setSpaceHeld(true);
        return;
      }
      // Crop mode owns the keyboard (Enter applies, Escape cancels: cropMode.ts); nothing else may
      // act on the design under it. Space still pans; our shortcuts stay ours (no browser save/zoom).
      if (editorRef.current?.isCropping()) {
        if (commandForKey(event)) event.preventDefault();
        return;
      }
      if (event.key.startsWith('Arrow') && !mod) {
        const step = event.shiftKey ? 10 : 1;
        const dx = event.key === 'ArrowLeft' ? -step : event.key === 'ArrowRight' ? step : 0;
        const dy = event.key === 'ArrowUp' ? -step : event.key === 'ArrowDown' ? step : 0;
        if (dx || dy) {
          event.preventDefault();
          actions.nudge(dx, dy);
        }
        return;
      }
      const command = commandForKey(event);
      if (!command || command.clipboard) return;
      // The shortcut is ours even when the command can't run now (no browser zoom, no page select-all).
      event.preventDefault();
      const state = commands[command.id];
      if (state.enabled) state.run();
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

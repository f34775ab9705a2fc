/**
 * Runs any command of the editor screen (./commands.ts) by its object: the context menu, the
 * keyboard handler and the buttons that mirror a command (undo, redo) all come through here.
 * Actions run on the headless editor as they are (core/editor/registry.ts); only what touches the
 * browser is done here: the system clipboard, finishing a text being typed, the view.
 */
import { useMemo, type RefObject } from 'react';
import { ACTIONS, COPY, HISTORY, type Action, type Command, type HeadlessEditor } from '../../../core/editor';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { VIEW_COMMANDS, type ViewCommandName } from './commands';
import { lastCopy } from './clipboard';

export interface CommandRunner {
  /** Whether the command applies now (greyed out in menus when not). */
  enabled(command: Command<unknown>): boolean;
  run(command: Command<unknown>): void;
}

/** What the view commands do on this screen; `enabled` false greys one out (no safe zone for a custom size). */
export type ViewHandlers = Record<ViewCommandName, { run: () => void; enabled?: boolean }>;

const viewNames = new Set<string>(Object.keys(VIEW_COMMANDS));

export function useEditorCommands(editor: HeadlessEditor, editorRef: RefObject<EditorCanvas | null>, view: ViewHandlers): CommandRunner {
  return useMemo(() => {
    const viewOf = (command: Command<unknown>) => (viewNames.has(command.name) ? view[command.name as ViewCommandName] : undefined);
    const enabled = (command: Command<unknown>): boolean => {
      const handler = viewOf(command);
      if (handler) return handler.enabled !== false;
      // The menu's Paste has no system clipboard to read: it pastes the last copy, if any.
      if (command === ACTIONS.paste) return lastCopy() !== null && editor.can(command);
      return editor.can(command);
    };
    const run = (command: Command<unknown>): void => {
      const handler = viewOf(command);
      if (handler) return handler.run();
      if (!enabled(command)) return;
      // Copy and cut go through the browser's clipboard events (useElementClipboard), which carry the data.
      if (command === COPY || command === ACTIONS.cut) return void document.execCommand(command.name);
      // A text being typed is part of what undo and every other edit must see.
      editorRef.current?.commitTextEditing();
      if (command === HISTORY.undo) return editor.undo();
      if (command === HISTORY.redo) return editor.redo();
      if (command === ACTIONS.paste) return void editor.run(ACTIONS.paste, { payload: lastCopy()! });
      // The commands of menus and buttons take no arguments.
      editor.run(command as Action<void>);
    };
    return { enabled, run };
  }, [editor, editorRef, view]);
}

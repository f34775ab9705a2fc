import { useMemo, type RefObject } from 'react';
import type { Page } from '../../../core/schema/design';
import type { EditorCanvas } from './canvas/EditorCanvas';
import type { CommandId } from './commands';
import type { EditorActions } from './useEditorActions';

export interface CommandState {
  run: () => void;
  enabled: boolean;
}

interface Context {
  actions: EditorActions;
  history: { undo: () => void; redo: () => void; canUndo: boolean; canRedo: boolean };
  editorRef: RefObject<EditorCanvas | null>;
  page: Page;
  selection: readonly string[];
  readOnly: boolean;
  toggleGrid: () => void;
  openShortcuts: () => void;
}

/** What each command does right now, and whether it can (greyed out in menus when not). */
export function useEditorCommands(ctx: Context): Record<CommandId, CommandState> {
  const { actions, history, editorRef, page, selection, readOnly, toggleGrid, openShortcuts } = ctx;
  return useMemo(() => {
    const editor = () => editorRef.current;
    const hasSelection = selection.length > 0;
    const canEdit = !readOnly;
    return {
      undo: { run: history.undo, enabled: canEdit && history.canUndo },
      redo: { run: history.redo, enabled: canEdit && history.canRedo },
      delete: { run: actions.deleteSelected, enabled: canEdit && hasSelection },
      selectAll: { run: () => editor()?.select(page.elements.filter((el) => !el.hidden).map((el) => el.id)), enabled: page.elements.length > 0 },
      deselect: { run: () => editor()?.select([]), enabled: hasSelection },
      bringForward: { run: () => actions.arrange('forward'), enabled: canEdit && hasSelection },
      sendBackward: { run: () => actions.arrange('backward'), enabled: canEdit && hasSelection },
      zoomIn: { run: () => editor()?.zoomStep(1), enabled: true },
      zoomOut: { run: () => editor()?.zoomStep(-1), enabled: true },
      zoomFit: { run: () => editor()?.fit(), enabled: true },
      zoomActual: { run: () => editor()?.zoomToActualSize(), enabled: true },
      toggleGrid: { run: toggleGrid, enabled: true },
      shortcuts: { run: openShortcuts, enabled: true },
    };
  }, [actions, history, editorRef, page, selection, readOnly, toggleGrid, openShortcuts]);
}

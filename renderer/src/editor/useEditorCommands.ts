import { useMemo, type RefObject } from 'react';
import type { Page } from '../../../core/schema/design';
import type { EditorCanvas } from './canvas/EditorCanvas';
import type { CommandId } from './commands';
import type { EditorActions } from './useEditorActions';
import type { ArrangeActions } from './useArrangeActions';
import { lastCopy } from './clipboard';

export interface CommandState {
  run: () => void;
  enabled: boolean;
}

interface Context {
  actions: EditorActions;
  arrange: ArrangeActions;
  history: { undo: () => void; redo: () => void; canUndo: boolean; canRedo: boolean };
  editorRef: RefObject<EditorCanvas | null>;
  page: Page;
  selection: readonly string[];
  readOnly: boolean;
  toggleGrid: () => void;
  /** Absent or disabled when the design's format has no safe zone (custom sizes). */
  safeZone?: { toggle: () => void; available: boolean };
  openShortcuts: () => void;
}

/** What each command does right now, and whether it can (greyed out in menus when not). */
export function useEditorCommands(ctx: Context): Record<CommandId, CommandState> {
  const { actions, arrange, history, editorRef, page, selection, readOnly, toggleGrid, safeZone, openShortcuts } = ctx;
  return useMemo(() => {
    const editor = () => editorRef.current;
    const hasSelection = selection.length > 0;
    const canEdit = !readOnly;
    const selected = page.elements.filter((el) => selection.includes(el.id));
    const allLocked = selected.length > 0 && selected.every((el) => el.locked);
    return {
      // From a menu, copy and cut go through the browser's own clipboard events (useElementClipboard).
      copy: { run: () => document.execCommand('copy'), enabled: hasSelection },
      cut: { run: () => document.execCommand('cut'), enabled: canEdit && hasSelection },
      paste: { run: () => { const payload = lastCopy(); if (payload) arrange.paste(payload); }, enabled: canEdit && lastCopy() !== null },
      duplicate: { run: arrange.duplicate, enabled: canEdit && hasSelection },
      group: { run: arrange.group, enabled: canEdit && arrange.canGroup },
      ungroup: { run: arrange.ungroup, enabled: canEdit && arrange.canUngroup },
      lock: { run: () => arrange.setLocked(selection, !allLocked), enabled: canEdit && hasSelection },
      bringToFront: { run: arrange.bringToFront, enabled: canEdit && hasSelection },
      sendToBack: { run: arrange.sendToBack, enabled: canEdit && hasSelection },
      undo: { run: history.undo, enabled: canEdit && history.canUndo },
      redo: { run: history.redo, enabled: canEdit && history.canRedo },
      delete: { run: actions.deleteSelected, enabled: canEdit && hasSelection },
      selectAll: { run: () => editor()?.select(page.elements.filter((el) => !el.hidden).map((el) => el.id)), enabled: page.elements.length > 0 },
      deselect: { run: () => editor()?.select([]), enabled: hasSelection },
      bringForward: { run: arrange.bringForward, enabled: canEdit && hasSelection },
      sendBackward: { run: arrange.sendBackward, enabled: canEdit && hasSelection },
      zoomIn: { run: () => editor()?.zoomStep(1), enabled: true },
      zoomOut: { run: () => editor()?.zoomStep(-1), enabled: true },
      zoomFit: { run: () => editor()?.fit(), enabled: true },
      zoomActual: { run: () => editor()?.zoomToActualSize(), enabled: true },
      toggleGrid: { run: toggleGrid, enabled: true },
      toggleSafeZone: { run: () => safeZone?.toggle(), enabled: safeZone?.available === true },
      shortcuts: { run: openShortcuts, enabled: true },
    };
  }, [actions, arrange, history, editorRef, page, selection, readOnly, toggleGrid, safeZone, openShortcuts]);
}

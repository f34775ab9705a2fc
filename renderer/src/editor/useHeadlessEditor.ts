/**
 * The editor's state lives in core/editor's HeadlessEditor (design, page, selection, undo history);
 * React reads it through useSyncExternalStore, so every component sees one consistent snapshot.
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import { createEditor, type EditorState, type HeadlessEditor } from '../../../core/editor';
import type { Design } from '../../../core/schema/design';

export function useHeadlessEditor(initial: Design, readOnly: boolean): { editor: HeadlessEditor; state: EditorState } {
  // One editor per opened design: the workspace is keyed by design, so `initial` never changes here.
  const [editor] = useState(() => createEditor(initial, { readOnly }));
  const subscribe = useCallback((onChange: () => void) => editor.subscribe(() => onChange()), [editor]);
  const state = useSyncExternalStore(subscribe, () => editor.getState());
  return { editor, state };
}

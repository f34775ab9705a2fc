/**
 * Arranging actions of the headless editor (core/editor): duplicate, group, align, distribute,
 * z-order, lock, hide, rename, copy and paste, background. Each is a named pure action run on the
 * editor's state as one history step.
 */
import { useMemo } from 'react';
import {
  align,
  bringForward,
  bringToFront,
  copySelection,
  deleteSelection,
  distribute,
  duplicateSelection,
  group,
  paste,
  rename,
  renameDesign,
  reorder,
  sendBackward,
  sendToBack,
  setBackground,
  setSize,
  updateElements,
  setHidden,
  setLocked,
  ungroup,
  type AlignEdge,
  type BackgroundChange,
  type ClipboardPayload,
  type EditorAction,
} from '../../../core/editor';
import type { Element } from '../../../core/schema/design';
import type { EditorContext } from './useEditorActions';


export function useArrangeActions({ editor, state }: EditorContext) {
  const { design, pageIndex, selection } = state;
  return useMemo(() => {
    // The result is one history step; the canvas follows the editor's new selection by itself.
    const run = <A,>(action: EditorAction<A>, args: A, coalesceKey?: string) => void editor.run(action, args, { coalesceKey });
    const has = (min: number) => selection.length >= min;
    return {
      canGroup: has(2),
      canUngroup: selection.some((id) => design.pages[pageIndex]?.elements.find((el) => el.id === id)?.type === 'group'),
      canDistribute: has(3),
      duplicate: () => run(duplicateSelection, undefined),
      group: () => run(group, undefined),
      ungroup: () => run(ungroup, undefined),
      align: (edge: AlignEdge) => run(align, { edge }),
      distribute: (axis: 'horizontal' | 'vertical') => run(distribute, { axis }),
      bringForward: () => run(bringForward, undefined),
      sendBackward: () => run(sendBackward, undefined),
      bringToFront: () => run(bringToFront, undefined),
      sendToBack: () => run(sendToBack, undefined),
      reorder: (id: string, index: number) => run(reorder, { id, index }),
      setLocked: (ids: readonly string[], locked: boolean) => run(setLocked, { ids, locked }),
      setHidden: (ids: readonly string[], hidden: boolean) => run(setHidden, { ids, hidden }),
      renameElement: (id: string, name: string) => run(rename, { id, name }, `rename:${id}`),
      renameDesign: (name: string) => run(renameDesign, { name }),
      /** What a copy puts on the clipboard; null when nothing is selected. */
      copy: (): ClipboardPayload | null => copySelection(editor.getState()),
      cut: (): ClipboardPayload | null => {
        const payload = copySelection(editor.getState());
        if (payload) run(deleteSelection, undefined);
        return payload;
      },
      paste: (payload: ClipboardPayload) => run(paste, { payload }),
      /** The position fields (x, y, rotation): typing in a field is one step per pause. */
      setPosition: (id: string, patch: { x?: number; y?: number; rotation?: number }) =>
        run(updateElements, { changes: [{ id, patch }] }, `position:${id}:${Object.keys(patch).join()}`),
      setSize: (id: string, size: { width?: number; height?: number }) => run(setSize, { id, ...size }, `size:${id}`),
      /** How the element follows a resize to another format; undefined = inferred from where it sits. */
      setConstraints: (id: string, constraints: NonNullable<Element['constraints']> | undefined) => run(updateElements, { changes: [{ id, patch: { constraints } }] }),
      setAspectLocked: (id: string, locked: boolean) => run(updateElements, { changes: [{ id, patch: { aspectLocked: locked || undefined } }] }),
      setBackground: (change: BackgroundChange, coalesceKey?: string) => run(setBackground, change, coalesceKey && `background:${pageIndex}:${coalesceKey}`),
    };
  }, [editor, design, pageIndex, selection]);
}

export type ArrangeActions = ReturnType<typeof useArrangeActions>;

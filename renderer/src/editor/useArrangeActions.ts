/**
 * Actions that come from the headless editor (core/editor): duplicate, group, align, distribute,
 * z-order, lock, hide, rename, copy and paste. Each runs as a pure `(state, args) => state` on the
 * current design, page and selection; the result becomes one history step and the new selection.
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
  setHidden,
  setLocked,
  ungroup,
  type AlignEdge,
  type BackgroundChange,
  type ClipboardPayload,
  type EditorAction,
} from '../../../core/editor';
import type { EditorContext } from './useEditorActions';


const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export function useArrangeActions({ apply, design, pageIndex, selection, editorRef }: EditorContext) {
  return useMemo(() => {
    const run = <A,>(action: EditorAction<A>, args: A, coalesceKey?: string) => {
      const next = action({ design, pageIndex, selection }, args);
      if (next.design !== design) apply(() => next.design, coalesceKey);
      if (sameIds(next.selection, selection)) return;
      // New elements (a duplicate, a group) exist on the canvas only after the next sync.
      if (next.design !== design) editorRef.current?.selectSoon([...next.selection]);
      else editorRef.current?.select([...next.selection]);
    };
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
      copy: (): ClipboardPayload | null => copySelection({ design, pageIndex, selection }),
      cut: (): ClipboardPayload | null => {
        const payload = copySelection({ design, pageIndex, selection });
        if (payload) run(deleteSelection, undefined);
        return payload;
      },
      paste: (payload: ClipboardPayload) => run(paste, { payload }),
      setBackground: (change: BackgroundChange, coalesceKey?: string) => run(setBackground, change, coalesceKey && `background:${pageIndex}:${coalesceKey}`),
    };
  }, [apply, design, pageIndex, selection, editorRef]);
}

export type ArrangeActions = ReturnType<typeof useArrangeActions>;

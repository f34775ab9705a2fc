import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, copySelection, type HeadlessEditor } from '../../../core/editor';
import { isTyping } from '../shared/isTyping';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { CLIPBOARD_MIME, readClipboardPayload, rememberCopy } from './clipboard';
import { layerLabel } from './elements';

/**
 * Copy, cut and paste of elements (core/editor/registry.ts: COPY, ACTIONS.cut, ACTIONS.paste; their
 * keys, or the context menu's execCommand), through the browser's clipboard events: no clipboard
 * permission is needed and the payload reaches other windows and designs.
 */
export function useElementClipboard(editor: HeadlessEditor, editorRef: RefObject<EditorCanvas | null>, enabled: boolean): void {
  const { t } = useTranslation();
  useEffect(() => {
    const busy = (event: Event) => isTyping(event.target) || editorRef.current?.editingText() || document.querySelector('dialog[open]');
    const onCopyOrCut = (event: ClipboardEvent) => {
      if (busy(event)) return;
      const payload = copySelection(editor.getState());
      if (!payload || !event.clipboardData) return;
      event.preventDefault();
      if (event.type === 'cut' && enabled) editor.run(ACTIONS.cut);
      rememberCopy(payload);
      event.clipboardData.setData(CLIPBOARD_MIME, JSON.stringify(payload));
      // Elsewhere, a copy pastes as the layers' names (a text's own words when it has no name).
      event.clipboardData.setData('text/plain', payload.elements.map((el) => layerLabel(el, t)).join('\n'));
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!enabled || busy(event)) return;
      const text = event.clipboardData?.getData(CLIPBOARD_MIME);
      if (!text) return;
      // Ours: the browser must not paste it as text; it is validated before anything is added.
      event.preventDefault();
      void readClipboardPayload(text).then((payload) => payload && editor.run(ACTIONS.paste, { payload }));
    };
    window.addEventListener('copy', onCopyOrCut);
    window.addEventListener('cut', onCopyOrCut);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('copy', onCopyOrCut);
      window.removeEventListener('cut', onCopyOrCut);
      window.removeEventListener('paste', onPaste);
    };
  }, [editor, editorRef, enabled, t]);
}

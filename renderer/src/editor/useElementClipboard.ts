import { useEffect, useRef, type RefObject } from 'react';
import { isTyping } from '../shared/isTyping';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { CLIPBOARD_MIME, readClipboardPayload, rememberCopy } from './clipboard';
import type { ArrangeActions } from './useArrangeActions';


/** Ctrl/⌘ + C, X, V on elements, through the browser's clipboard events (no clipboard permission needed). */
export function useElementClipboard(arrange: ArrangeActions, editorRef: RefObject<EditorCanvas | null>, enabled: boolean): void {
  const latest = useRef(arrange);
  latest.current = arrange;

  useEffect(() => {
    const busy = (event: Event) => isTyping(event.target) || editorRef.current?.editingText() || document.querySelector('dialog[open]');
    const onCopyOrCut = (event: ClipboardEvent) => {
      if (busy(event)) return;
      const payload = event.type === 'cut' && enabled ? latest.current.cut() : latest.current.copy();
      if (!payload || !event.clipboardData) return;
      event.preventDefault();
      rememberCopy(payload);
      event.clipboardData.setData(CLIPBOARD_MIME, JSON.stringify(payload));
      event.clipboardData.setData('text/plain', payload.elements.map((el) => el.name).join('\n'));
    };
    const onPaste = (event: ClipboardEvent) => {
      if (!enabled || busy(event)) return;
      const text = event.clipboardData?.getData(CLIPBOARD_MIME);
      if (!text) return;
      // Ours: the browser must not paste it as text; it is validated before anything is added.
      event.preventDefault();
      void readClipboardPayload(text).then((payload) => payload && latest.current.paste(payload));
    };
    window.addEventListener('copy', onCopyOrCut);
    window.addEventListener('cut', onCopyOrCut);
    window.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('copy', onCopyOrCut);
      window.removeEventListener('cut', onCopyOrCut);
      window.removeEventListener('paste', onPaste);
    };
  }, [editorRef, enabled]);
}

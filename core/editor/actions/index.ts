/** Every editor action, by name. Each is a pure `(state, args) => state`. */
export { select, selectAll, deselect, setPageIndex } from './selection';
export { createElements, updateElements, deleteElements, deleteSelection, duplicateSelection, setLocked, setHidden, rename, DUPLICATE_OFFSET } from './elements';
export { moveSelection, nudge, NUDGE_PX, NUDGE_SHIFT_PX, type NudgeDirection } from './move';
export { align, distribute, type AlignEdge } from './align';
export { group, ungroup, childToPage } from './group';
export { resizeElements, scaleElement, setSize, transformElements } from './resize';
export { bringForward, sendBackward, bringToFront, sendToBack, reorder } from './order';
export { copySelection, paste, isClipboardPayload, CLIPBOARD_KIND, PASTE_OFFSET, type ClipboardPayload } from './clipboard';
export { setBackground, renameDesign, type BackgroundChange } from './page';
export { showVariant, createVariants, deleteVariant, resetToMaster } from './variants';
export { replaceImage, setSoundtrack, setFontFamily, selectionHasText, type Soundtrack } from './media';

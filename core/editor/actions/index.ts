/**
 * What each editor action does: pure `(state, args) => state` functions. The action objects that
 * name them, with their shortcuts and burst rules, are in ../registry.ts.
 */
export { select, selectAll, deselect, setPageIndex } from './selection';
export { createElements, updateElements, deleteElements, deleteSelection, duplicateSelection, setLocked, setHidden, toggleLock, rename, DUPLICATE_OFFSET } from './elements';
export { addText, addShape, addIcon, addEmoji, insertMedia, NEW_EMOJI_SIZE_SHARE, newTextFontSize, NEW_MEDIA_SHARE, NEW_SHAPE_SIZE_SHARE, NEW_TEXT_WIDTH_SHARE } from './create';
export { updateSelection, setPosition, setConstraints, setSlot, setAspectLocked, setText, setTextHeights, setTextFits, commitTextEdit, recolorIcons } from './properties';
export { moveSelection, nudge, NUDGE_PX, NUDGE_SHIFT_PX, type NudgeDirection } from './move';
export { align, distribute, type AlignEdge } from './align';
export { group, ungroup, childToPage } from './group';
export { resizeElements, scaleElement, setSize, transformElements } from './resize';
export { bringForward, sendBackward, bringToFront, sendToBack, reorder } from './order';
export { copySelection, paste, isClipboardPayload, CLIPBOARD_KIND, PASTE_OFFSET, type ClipboardPayload } from './clipboard';
export { setBackground, renameDesign, type BackgroundChange } from './page';
export { showVariant, createVariants, deleteVariant, resetToMaster } from './variants';
export { replaceImage, setSoundtrack, setFontFamily, selectionHasText, type Soundtrack } from './media';
export { addSlide, duplicateSlide, insertSlides, moveSlides, moveSelectedSlides, deleteSlides, deleteSelectedSlides, selectSlide, setAltText, setRepeat, selectedSlideIds, selectionRepeat, hasSlides, addSlideMarker, PAGE_NUMBER_TEXT } from './slides';
export { convertToSlides, convertToPanorama, setSeamMargin, canConvertToSlides, canConvertToPanorama, type ConvertArgs } from './panorama';
export { importCaptions, addCue, updateCue, deleteCue, setCaptionStyle, defaultCaptionStyle, hasCaptionLane, NEW_CUE_MS, MIN_CUE_MS, type CaptionStyle } from './captions';
export { setAnimation, animateSceneInSequence, clearAnimations, setTransition, applyTransitionToAll, setKenBurns, setClip, updateSoundtrack, setVideoSettings, setCoverToScene, selectionAnimation, defaultAnimation, isVideoDesign, KEN_BURNS_AMOUNT, MAX_STAGGER_MS, type AnimationPhase, type AnimationChange, type ClipChange, type SoundtrackChange, type VideoSettingsChange } from './video';
export { setSceneDuration, setLayerTiming, clampLayerWindow, seek, stepFrame, play, pause, togglePlay, shuttle, isVideo, playheadOf, playheadFrame, MIN_LAYER_MS, MAX_PLAY_RATE, type LayerTimingArgs } from './timeline';

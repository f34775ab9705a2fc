/**
 * Every user operation of the editor, once: what it does (the pure functions of ./actions), which
 * bursts of it make one undo step, its shortcuts, when it applies and where the shortcut sheet
 * lists it. The keyboard, the context menu, the shortcut sheet, the panels and the tests all run
 * these objects through HeadlessEditor.run / keyDown (./editor.ts); the UI keeps no copy.
 *
 * The order of ACTIONS is the order of the shortcut sheet within each section.
 */
import type { Element } from '../schema/design';
import { LIMITS } from '../schema/constants';
import { defineAction, type Command } from './action';
import * as act from './actions';
import type { EditorState } from './types';
import { currentPage, selectedElements } from './tree';

const hasSelection = (state: EditorState) => state.selection.length > 0;
const someUnlocked = (state: EditorState) => selectedElements(state).some((el) => !el.locked);
/** Elements a select-all takes: locked and hidden ones stay out (a locked background must not move with Ctrl+A then an arrow). */
const selectable = (el: Element) => !el.locked && !el.hidden;
const canAddSlide = (state: EditorState) => act.hasSlides(state) && state.design.pages.length < LIMITS.maxPages;
/** The selection, as a burst key: a burst on other elements is another step. */
const selectionKey = (state: EditorState) => state.selection.join(',');

/** The arrow keys move the selection by 1 px, 10 px with Shift (Figma, Canva and excalidraw all use these steps). */
const ARROWS = [
  ['ArrowLeft', 'left'],
  ['ArrowRight', 'right'],
  ['ArrowUp', 'up'],
  ['ArrowDown', 'down'],
] as const;

export const ACTIONS = {
  // Edit. Copy is a command of its own (COPY below): it changes nothing.
  cut: defineAction({
    name: 'cut',
    section: 'edit',
    // The UI copies the selection to the clipboard first (copySelection), then runs this.
    perform: act.deleteSelection,
    enabled: hasSelection,
    shortcuts: [{ keys: ['Mod+X'], clipboard: true }],
  }),
  paste: defineAction({ name: 'paste', section: 'edit', perform: act.paste, shortcuts: [{ keys: ['Mod+V'], clipboard: true }] }),
  duplicate: defineAction({ name: 'duplicate', section: 'edit', perform: act.duplicateSelection, enabled: hasSelection, shortcuts: [{ keys: ['Mod+D'] }] }),
  delete: defineAction({ name: 'delete', section: 'edit', perform: act.deleteSelection, enabled: someUnlocked, shortcuts: [{ keys: ['Delete', 'Backspace'] }] }),
  selectAll: defineAction({
    name: 'selectAll',
    section: 'edit',
    perform: act.selectAll,
    viewOnly: true,
    enabled: (state) => currentPage(state).elements.some(selectable),
    shortcuts: [{ keys: ['Mod+A'] }],
  }),
  deselect: defineAction({ name: 'deselect', section: 'edit', perform: act.deselect, viewOnly: true, enabled: hasSelection, shortcuts: [{ keys: ['Escape'] }] }),

  // Arrange.
  bringForward: defineAction({ name: 'bringForward', section: 'arrange', perform: act.bringForward, enabled: hasSelection, shortcuts: [{ keys: ['Mod+]'] }] }),
  sendBackward: defineAction({ name: 'sendBackward', section: 'arrange', perform: act.sendBackward, enabled: hasSelection, shortcuts: [{ keys: ['Mod+['] }] }),
  // With Shift held, US layouts report ']' and '[' as '}' and '{'.
  bringToFront: defineAction({ name: 'bringToFront', section: 'arrange', perform: act.bringToFront, enabled: hasSelection, shortcuts: [{ keys: ['Shift+Mod+]'], alsoKeys: ['Shift+Mod+}'] }] }),
  sendToBack: defineAction({ name: 'sendToBack', section: 'arrange', perform: act.sendToBack, enabled: hasSelection, shortcuts: [{ keys: ['Shift+Mod+['], alsoKeys: ['Shift+Mod+{'] }] }),
  group: defineAction({
    name: 'group',
    section: 'arrange',
    perform: act.group,
    // A locked element stays out of a group: two unlocked ones are needed.
    enabled: (state) => selectedElements(state).filter((el) => !el.locked).length >= 2,
    shortcuts: [{ keys: ['Mod+G'] }],
  }),
  ungroup: defineAction({
    name: 'ungroup',
    section: 'arrange',
    perform: act.ungroup,
    enabled: (state) => selectedElements(state).some((el) => el.type === 'group'),
    shortcuts: [{ keys: ['Shift+Mod+G'] }],
  }),
  lock: defineAction({ name: 'lock', section: 'arrange', perform: act.toggleLock, enabled: hasSelection, shortcuts: [{ keys: ['Shift+Mod+L'] }] }),
  nudge: defineAction({
    name: 'nudge',
    section: 'arrange',
    perform: act.nudge,
    enabled: someUnlocked,
    // Holding an arrow key repeats it: the repeats on one selection are one step.
    coalesce: selectionKey,
    // The sheet says "arrow keys" in words (its gestures), rather than eight key caps.
    shortcuts: ARROWS.flatMap(([key, direction]) => [
      { keys: [key], args: { direction }, hidden: true } as const,
      { keys: [`Shift+${key}`], args: { direction, shift: true }, hidden: true } as const,
    ]),
  }),

  // Selection and pages: they change what is shown, never the design (no undo step).
  select: defineAction({ name: 'select', perform: act.select, viewOnly: true }),
  setPageIndex: defineAction({ name: 'setPageIndex', perform: act.setPageIndex, viewOnly: true }),
  showVariant: defineAction({ name: 'showVariant', perform: act.showVariant, viewOnly: true }),

  // Adding elements.
  createElements: defineAction({ name: 'createElements', perform: act.createElements }),
  addText: defineAction({ name: 'addText', perform: act.addText }),
  addShape: defineAction({ name: 'addShape', perform: act.addShape }),
  insertMedia: defineAction({ name: 'insertMedia', perform: act.insertMedia }),
  addIcon: defineAction({ name: 'addIcon', perform: act.addIcon }),
  addEmoji: defineAction({ name: 'addEmoji', perform: act.addEmoji }),

  // Changing elements.
  updateElements: defineAction({ name: 'updateElements', perform: act.updateElements }),
  /** A property from the panel on the whole selection; a control dragged (slider, colour picker) merges per selection. */
  updateSelection: defineAction({
    name: 'updateSelection',
    perform: act.updateSelection,
    enabled: hasSelection,
    coalesce: (state, { control }) => (control ? `${selectionKey(state)}:${control}` : null),
  }),
  /** A swatch of the Elements panel on the selected icons; clicking swatch after swatch is one step. */
  recolorIcons: defineAction({
    name: 'recolorIcons',
    perform: act.recolorIcons,
    enabled: (state) => selectedElements(state).some((el) => el.type === 'icon'),
    coalesce: (state) => `recolor:${selectionKey(state)}`,
  }),
  /**
   * Typing: keystrokes in one text merge until the user pauses for a second. Styling selected
   * characters is a burst of its own (a control being dragged) or a step of its own (a button).
   */
  setText: defineAction({ name: 'setText', perform: act.setText, coalesce: (_, { id, burst }) => (burst === null ? null : `${id}:${burst ?? 'typing'}`) }),
  /** Heights the canvas measured for texts that follow their words: a correction, never an undo step. */
  setTextHeights: defineAction({ name: 'setTextHeights', perform: act.setTextHeights, amends: true }),
  setTextFits: defineAction({ name: 'setTextFits', perform: act.setTextFits, amends: true }),
  commitTextEdit: defineAction({ name: 'commitTextEdit', perform: act.commitTextEdit }),
  /** Moves, resizes and rotations the canvas reports; a resized group scales its content. */
  transform: defineAction({ name: 'transform', perform: act.transformElements }),
  resize: defineAction({ name: 'resize', perform: act.resizeElements }),
  move: defineAction({ name: 'move', perform: act.moveSelection }),
  /** The position fields: typing in one field is one step per pause. */
  setPosition: defineAction({ name: 'setPosition', perform: act.setPosition, coalesce: (_, { id, ...fields }) => `${id}:${Object.keys(fields).sort().join()}` }),
  setSize: defineAction({ name: 'setSize', perform: act.setSize, coalesce: (_, { id }) => id }),
  setAspectLocked: defineAction({ name: 'setAspectLocked', perform: act.setAspectLocked }),
  setConstraints: defineAction({ name: 'setConstraints', perform: act.setConstraints }),
  /** Marks an element as a template slot or changes it; one step per pause while its name is typed. */
  setSlot: defineAction({ name: 'setSlot', perform: act.setSlot, coalesce: (_, { id }) => `slot:${id}` }),
  align: defineAction({ name: 'align', perform: act.align, enabled: hasSelection }),
  distribute: defineAction({ name: 'distribute', perform: act.distribute, enabled: (state) => state.selection.length >= 3 }),
  reorder: defineAction({ name: 'reorder', perform: act.reorder }),
  setLocked: defineAction({ name: 'setLocked', perform: act.setLocked }),
  setHidden: defineAction({ name: 'setHidden', perform: act.setHidden }),
  /** A layer's name (layers panel): one step per pause while typing. */
  rename: defineAction({ name: 'rename', perform: act.rename, coalesce: (_, { id }) => id }),
  deleteElements: defineAction({ name: 'deleteElements', perform: act.deleteElements }),

  // Media.
  replaceImage: defineAction({ name: 'replaceImage', perform: act.replaceImage }),
  setSoundtrack: defineAction({ name: 'setSoundtrack', perform: act.setSoundtrack }),
  setFontFamily: defineAction({ name: 'setFontFamily', perform: act.setFontFamily, enabled: act.selectionHasText }),

  // The page and the design.
  /** A colour dragged in the background's picker merges per page. */
  setBackground: defineAction({ name: 'setBackground', perform: act.setBackground, coalesce: (state, { control }) => (control ? `${state.pageIndex}:${control}` : null) }),
  /** The design's name (top bar); autosave writes it with the design. */
  renameDesign: defineAction({ name: 'renameDesign', perform: act.renameDesign, coalesce: () => 'design' }),

  // Linked variants (core/variants).
  createVariants: defineAction({ name: 'createVariants', perform: act.createVariants }),
  deleteVariant: defineAction({ name: 'deleteVariant', perform: act.deleteVariant }),
  resetToMaster: defineAction({ name: 'resetToMaster', perform: act.resetToMaster, enabled: (state) => !!state.variantId }),

  // Slides (./actions/slides.ts): a carousel's pages, the strip under the canvas. Adding, moving
  // and deleting slides are one step each; undo brings back the slides and the strip's selection.
  /** The strip's selection: click, Ctrl/⌘-click, Shift-click. Changes no design. */
  selectSlide: defineAction({ name: 'selectSlide', perform: act.selectSlide, viewOnly: true }),
  addSlide: defineAction({ name: 'addSlide', perform: act.addSlide, enabled: canAddSlide }),
  duplicateSlide: defineAction({ name: 'duplicateSlide', perform: act.duplicateSlide, enabled: canAddSlide }),
  insertSlides: defineAction({ name: 'insertSlides', perform: act.insertSlides, enabled: act.hasSlides }),
  moveSlides: defineAction({ name: 'moveSlides', perform: act.moveSlides, enabled: act.hasSlides }),
  // Ctrl+Shift+arrows: Google Slides moves slides with Ctrl+arrows; Shift keeps them apart from
  // the text cursor's word jumps and from the nudges (which take no Ctrl).
  moveSlidesLeft: defineAction({
    name: 'moveSlidesLeft',
    section: 'slides',
    perform: (state) => act.moveSelectedSlides(state, { by: -1 }),
    enabled: (state) => act.hasSlides(state) && state.design.pages.length > 1,
    shortcuts: [{ keys: ['Shift+Mod+ArrowLeft'] }],
  }),
  moveSlidesRight: defineAction({
    name: 'moveSlidesRight',
    section: 'slides',
    perform: (state) => act.moveSelectedSlides(state, { by: 1 }),
    enabled: (state) => act.hasSlides(state) && state.design.pages.length > 1,
    shortcuts: [{ keys: ['Shift+Mod+ArrowRight'] }],
  }),
  deleteSlides: defineAction({ name: 'deleteSlides', perform: act.deleteSlides, enabled: (state) => state.design.pages.length > 1 }),
  /** The strip's Delete key (only while the strip has focus: elsewhere Delete deletes elements). */
  deleteSelectedSlides: defineAction({ name: 'deleteSelectedSlides', perform: act.deleteSelectedSlides, enabled: (state) => state.design.pages.length > 1 }),
  /** Typing a slide's alt text: one step per pause, per slide. */
  setAltText: defineAction({ name: 'setAltText', perform: act.setAltText, coalesce: (state, { index }) => `alt:${state.design.pages[index ?? state.pageIndex]?.id}` }),
  /** "On every slide" for the selected top-level elements (a rule, or null for off). */
  /** Quick inserts: a page number ("{page}/{pages}", not on the first slide) or a swipe hint (not on the last). */
  addSlideMarker: defineAction({ name: 'addSlideMarker', perform: act.addSlideMarker, enabled: (state) => act.hasSlides(state) && !state.variantId }),
  setRepeat: defineAction({ name: 'setRepeat', perform: act.setRepeat, enabled: (state) => hasSelection(state) && act.hasSlides(state) && !state.variantId }),
  // A video's timeline (./actions/timeline.ts). Reordering scenes is moveSlides (a scene is a page).
  /** A scene's edge dragged on the timeline: the drag is one gesture, so one step. */
  setSceneDuration: defineAction({ name: 'setSceneDuration', perform: act.setSceneDuration, enabled: act.isVideo }),
  /** A layer's block moved or trimmed on the timeline (one gesture, one step). */
  setLayerTiming: defineAction({ name: 'setLayerTiming', perform: act.setLayerTiming, enabled: act.isVideo }),
  // The playhead: what is shown, never the design (no undo step; undo leaves it where it is).
  seek: defineAction({ name: 'seek', perform: act.seek, viewOnly: true, enabled: act.isVideo }),
  play: defineAction({ name: 'play', perform: act.play, viewOnly: true, enabled: act.isVideo }),
  pause: defineAction({ name: 'pause', perform: act.pause, viewOnly: true, enabled: act.isVideo }),
  /** Space: a tap plays or pauses (held, it pans the view while the pointer drags: the UI tells them apart). */
  togglePlay: defineAction({ name: 'togglePlay', section: 'playback', perform: act.togglePlay, viewOnly: true, enabled: act.isVideo, shortcuts: [{ keys: ['Space'] }] }),
  /**
   * Left / Right: one frame at the design's rate. With a layer selected the arrows nudge it (the
   * first command that applies wins, HeadlessEditor.keyDown), so frames step with nothing selected.
   */
  stepFrame: defineAction({
    name: 'stepFrame',
    section: 'playback',
    perform: act.stepFrame,
    viewOnly: true,
    enabled: act.isVideo,
    shortcuts: [
      { keys: ['ArrowLeft'], args: { frames: -1 } },
      { keys: ['ArrowRight'], args: { frames: 1 } },
    ],
  }),
  /** J / K / L: backwards, pause, forwards; pressing J or L again goes faster (x2, x4, x8). */
  shuttle: defineAction({
    name: 'shuttle',
    section: 'playback',
    perform: act.shuttle,
    viewOnly: true,
    enabled: act.isVideo,
    shortcuts: [
      { keys: ['J'], args: { direction: -1 } },
      { keys: ['K'], args: { direction: 0 } },
      { keys: ['L'], args: { direction: 1 } },
    ],
  }),
  // Seamless panoramas (core/carousel/panorama.ts).
  convertToSlides: defineAction({ name: 'convertToSlides', perform: act.convertToSlides, enabled: act.canConvertToSlides }),
  convertToPanorama: defineAction({ name: 'convertToPanorama', perform: act.convertToPanorama, enabled: act.canConvertToPanorama }),
  /** The seam margin field: typing in it is one step per pause. */
  setSeamMargin: defineAction({ name: 'setSeamMargin', perform: act.setSeamMargin, coalesce: () => 'seamMargin' }),

  // A video's caption lane (./actions/captions.ts): an import replaces the cues in one step.
  importCaptions: defineAction({ name: 'importCaptions', perform: act.importCaptions, enabled: act.hasCaptionLane }),
  addCue: defineAction({ name: 'addCue', perform: act.addCue, enabled: act.hasCaptionLane }),
  /** Typing a cue's words or one of its times: one step per pause, per cue and field. */
  updateCue: defineAction({ name: 'updateCue', perform: act.updateCue, enabled: act.hasCaptionLane, coalesce: (_, { id, ...fields }) => `${id}:${Object.keys(fields).sort().join()}` }),
  deleteCue: defineAction({ name: 'deleteCue', perform: act.deleteCue, enabled: act.hasCaptionLane }),
  /** A colour dragged or a size typed merges per control. */
  setCaptionStyle: defineAction({ name: 'setCaptionStyle', perform: act.setCaptionStyle, enabled: act.hasCaptionLane, coalesce: (_, { control }) => (control ? `captions:${control}` : null) }),
  // Video (./actions/video.ts): animations, the scene preset, transitions, Ken Burns, clips, the
  // soundtrack's and the video's settings. A field dragged or typed merges per selection (or per
  // scene) and control; a button is a step of its own.
  setAnimation: defineAction({
    name: 'setAnimation',
    perform: act.setAnimation,
    enabled: (state) => act.isVideoDesign(state) && hasSelection(state),
    coalesce: (state, { phase, control, ids }) => (control ? `${(ids ?? state.selection).join(',')}:${phase}:${control}` : null),
  }),
  animateSceneInSequence: defineAction({ name: 'animateSceneInSequence', perform: act.animateSceneInSequence, enabled: act.isVideoDesign }),
  clearAnimations: defineAction({ name: 'clearAnimations', perform: act.clearAnimations, enabled: act.isVideoDesign }),
  setTransition: defineAction({
    name: 'setTransition',
    perform: act.setTransition,
    enabled: (state) => act.isVideoDesign(state) && state.design.pages.length > 1,
    coalesce: (state, { index, control }) => (control ? `${state.design.pages[index ?? state.pageIndex]?.id}:${control}` : null),
  }),
  applyTransitionToAll: defineAction({ name: 'applyTransitionToAll', perform: act.applyTransitionToAll, enabled: (state) => act.isVideoDesign(state) && state.design.pages.length > 2 }),
  setKenBurns: defineAction({
    name: 'setKenBurns',
    perform: act.setKenBurns,
    enabled: (state) => act.isVideoDesign(state) && selectedElements(state).some((el) => el.type === 'image'),
    coalesce: (state, { control, ids }) => (control ? `${(ids ?? state.selection).join(',')}:${control}` : null),
  }),
  setClip: defineAction({
    name: 'setClip',
    perform: act.setClip,
    enabled: (state) => selectedElements(state).some((el) => el.type === 'video'),
    coalesce: (state, { control, ids }) => (control ? `${(ids ?? state.selection).join(',')}:${control}` : null),
  }),
  updateSoundtrack: defineAction({ name: 'updateSoundtrack', perform: act.updateSoundtrack, enabled: (state) => !!state.design.audio, coalesce: (_, { control }) => control ?? null }),
  setVideoSettings: defineAction({ name: 'setVideoSettings', perform: act.setVideoSettings, enabled: act.isVideoDesign, coalesce: (_, { control }) => control ?? null }),
  setCoverToScene: defineAction({ name: 'setCoverToScene', perform: act.setCoverToScene, enabled: act.isVideoDesign }),
} as const;

export type ActionName = keyof typeof ACTIONS;

/** Undo and redo move through the history (HeadlessEditor.undo / redo): commands, not actions. */
export const HISTORY = {
  undo: { name: 'undo', section: 'edit', shortcuts: [{ keys: ['Mod+Z'] }] },
  redo: { name: 'redo', section: 'edit', shortcuts: [{ keys: ['Shift+Mod+Z', 'Mod+Y'] }] },
} as const satisfies Record<string, Command>;

/** Copy reads the selection (copySelection) for the clipboard and changes nothing: a command. */
export const COPY = { name: 'copy', section: 'edit', enabled: hasSelection, shortcuts: [{ keys: ['Mod+C'], clipboard: true }] } as const satisfies Command;

/** Every editor command, in the shortcut sheet's order (undo, redo and copy open the edit section). */
export const EDITOR_COMMANDS: readonly Command<unknown>[] = [HISTORY.undo, HISTORY.redo, COPY, ...Object.values(ACTIONS)];

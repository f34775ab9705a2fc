/**
 * HeadlessEditor: the editor's whole behaviour without a UI, in the manner of tldraw's TestEditor.
 * The Fabric canvas, keyboard shortcuts and panels call these methods; tests call them directly.
 * The class holds state and history and dispatches the pure actions of ./actions.
 */
import type { Design, Element } from '../schema/design';
import * as actions from './actions';
import type { AlignEdge, BackgroundChange, ClipboardPayload, NudgeDirection } from './actions';
import * as history from './history';
import type { Box, EditorAction, EditorState, ElementChange, ElementPatch } from './types';

export interface EditorOptions {
  /** Clock for coalescing bursts; tests pass a fake one. */
  now?: () => number;
  pageIndex?: number;
  /**
   * A design opened read-only (written by a newer version, or a recovered copy): selection and
   * page changes still work, anything that would change the design is ignored.
   */
  readOnly?: boolean;
}

export interface RunOptions {
  /** The same key again within a second merges into the previous undo step (typing, sliders). */
  coalesceKey?: string;
}

export type EditorListener = (state: EditorState, previous: EditorState) => void;

export class HeadlessEditor {
  private h: history.HistoryState;
  private readonly listeners = new Set<EditorListener>();
  private readonly now: () => number;
  readonly readOnly: boolean;

  constructor(design: Design, options: EditorOptions = {}) {
    this.now = options.now ?? (() => Date.now());
    this.readOnly = options.readOnly ?? false;
    this.h = history.initialHistory(initialState(design, options.pageIndex ?? 0));
  }

  getState(): EditorState {
    return this.h.present;
  }
  get design(): Design {
    return this.h.present.design;
  }
  get selection(): readonly string[] {
    return this.h.present.selection;
  }
  get pageIndex(): number {
    return this.h.present.pageIndex;
  }
  get canUndo(): boolean {
    return this.h.past.length > 0 || (this.h.gestureStart !== null && this.h.gestureStart.design !== this.design);
  }
  get canRedo(): boolean {
    return this.h.future.length > 0;
  }
  /** Steps kept for undo (for tests and a history panel). */
  get undoDepth(): number {
    return this.h.past.length;
  }

  /** Called after every change of state; returns the unsubscribe function. */
  subscribe(listener: EditorListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Runs any action as one user step (or part of the running gesture / coalesced burst). */
  run<A>(action: EditorAction<A>, args: A, options: RunOptions = {}): EditorState {
    const next = action(this.h.present, args);
    if (this.readOnly && next.design !== this.design) return this.h.present;
    this.setHistory(history.commit(this.h, next, { coalesceKey: options.coalesceKey, at: this.now() }));
    return this.h.present;
  }

  /** Opening a design is no undo step: it starts a fresh history. */
  load(design: Design, pageIndex = 0): void {
    this.setHistory(history.initialHistory(initialState(design, pageIndex)));
  }

  undo(): void {
    this.setHistory(history.undo(this.h));
  }
  redo(): void {
    this.setHistory(history.redo(this.h));
  }
  /** Pointer down on a drag, resize or rotate handle: everything until endGesture is one step. */
  beginGesture(): void {
    this.setHistory(history.beginGesture(this.h));
  }
  endGesture(): void {
    this.setHistory(history.endGesture(this.h));
  }
  cancelGesture(): void {
    this.setHistory(history.cancelGesture(this.h));
  }

  setPageIndex(index: number): void {
    this.run(actions.setPageIndex, { index });
  }
  select(ids: readonly string[], add = false): void {
    this.run(actions.select, { ids, add });
  }
  selectAll(): void {
    this.run(actions.selectAll, undefined);
  }
  deselect(): void {
    this.run(actions.deselect, undefined);
  }

  /** Adds elements on top and selects them; returns their ids. */
  createElements(elements: readonly Element[]): string[] {
    this.run(actions.createElements, { elements });
    return [...this.selection];
  }
  updateElements(changes: readonly ElementChange[], options?: RunOptions): void {
    this.run(actions.updateElements, { changes }, options);
  }
  /**
   * One patch on every selected element (a colour for the whole selection). The coalesce key is
   * scoped to the selection, so recolouring A then B quickly stays two steps.
   */
  updateSelection(patch: ElementPatch, options: RunOptions = {}): void {
    const coalesceKey = options.coalesceKey && `${options.coalesceKey}:${this.selection.join(',')}`;
    this.updateElements(this.selection.map((id) => ({ id, patch })), { coalesceKey });
  }
  /** Typing: keystrokes merge into one step until the user pauses for a second. */
  setText(id: string, text: string): void {
    this.updateElements([{ id, patch: { text } }], { coalesceKey: `text:${id}` });
  }
  /** End of in-place text editing: an emptied text box goes away, as in every design tool. */
  commitTextEdit(id: string, edit: { text: string } & ElementPatch): void {
    if (edit.text.trim() === '') this.run(actions.deleteElements, { ids: [id] });
    else this.updateElements([{ id, patch: edit }]);
  }
  deleteElements(ids: readonly string[]): void {
    this.run(actions.deleteElements, { ids });
  }
  deleteSelection(): void {
    this.run(actions.deleteSelection, undefined);
  }
  duplicateSelection(): string[] {
    this.run(actions.duplicateSelection, undefined);
    return [...this.selection];
  }
  /** New boxes from the resize handles (inside a gesture); groups scale their children. */
  resizeElements(changes: ReadonlyArray<{ id: string; box: Box }>, options?: RunOptions): void {
    this.run(actions.resizeElements, { changes }, options);
  }
  moveSelection(dx: number, dy: number, options?: RunOptions): void {
    this.run(actions.moveSelection, { dx, dy }, options);
  }
  /** Holding an arrow key repeats: the repeats merge into one step. */
  nudge(direction: NudgeDirection, shift = false): void {
    this.run(actions.nudge, { direction, shift }, { coalesceKey: 'nudge' });
  }
  align(edge: AlignEdge, to?: 'selection' | 'page'): void {
    this.run(actions.align, { edge, to });
  }
  distribute(axis: 'horizontal' | 'vertical'): void {
    this.run(actions.distribute, { axis });
  }
  /** Returns the new group's id, or null when fewer than two elements are selected. */
  group(): string | null {
    const before = this.design;
    this.run(actions.group, undefined);
    return this.design === before ? null : (this.selection[0] ?? null);
  }
  ungroup(): string[] {
    this.run(actions.ungroup, undefined);
    return [...this.selection];
  }
  bringForward(): void {
    this.run(actions.bringForward, undefined);
  }
  sendBackward(): void {
    this.run(actions.sendBackward, undefined);
  }
  bringToFront(): void {
    this.run(actions.bringToFront, undefined);
  }
  sendToBack(): void {
    this.run(actions.sendToBack, undefined);
  }
  reorder(id: string, index: number): void {
    this.run(actions.reorder, { id, index });
  }
  setLocked(ids: readonly string[], locked: boolean): void {
    this.run(actions.setLocked, { ids, locked });
  }
  setHidden(ids: readonly string[], hidden: boolean): void {
    this.run(actions.setHidden, { ids, hidden });
  }
  rename(id: string, name: string): void {
    this.run(actions.rename, { id, name }, { coalesceKey: `name:${id}` });
  }
  copy(): ClipboardPayload | null {
    return actions.copySelection(this.h.present);
  }
  /** Returns the pasted elements' new ids (also the new selection). */
  paste(payload: ClipboardPayload): string[] {
    const before = this.design;
    this.run(actions.paste, { payload });
    return this.design === before ? [] : [...this.selection];
  }
  renameDesign(name: string): void {
    this.run(actions.renameDesign, { name }, { coalesceKey: 'design-name' });
  }
  setBackground(change: BackgroundChange, options?: RunOptions): void {
    this.run(actions.setBackground, change, options);
  }

  /** Another picture in an image's frame (drop on an image, "Replace"): one step, crop reset to cover. */
  replaceImage(id: string, assetId: string, name?: string): void {
    this.run(actions.replaceImage, { id, assetId, name });
  }
  /** A library sound as the design's soundtrack; null removes it. */
  setSoundtrack(soundtrack: Parameters<typeof actions.setSoundtrack>[1]): void {
    this.run(actions.setSoundtrack, soundtrack);
  }
  /** A font family for the selected texts (groups included); false when nothing changed (no text selected, same family). */
  setFontFamily(family: string): boolean {
    const before = this.design;
    this.run(actions.setFontFamily, { family });
    return this.design !== before;
  }

  private setHistory(next: history.HistoryState): void {
    const previous = this.h.present;
    this.h = next;
    if (next.present !== previous) for (const listener of [...this.listeners]) listener(next.present, previous);
  }
}

function initialState(design: Design, pageIndex: number): EditorState {
  const index = Number.isInteger(pageIndex) && pageIndex >= 0 && pageIndex < design.pages.length ? pageIndex : 0;
  return { design, pageIndex: index, selection: [] };
}

export function createEditor(design: Design, options?: EditorOptions): HeadlessEditor {
  return new HeadlessEditor(design, options);
}

/**
 * HeadlessEditor: the editor's whole behaviour without a UI, in the manner of tldraw's TestEditor.
 * It holds the state and the undo history and runs the action objects of ./registry.ts: the
 * Fabric canvas, the keyboard (keyDown), the menus and the panels run them, and so do the tests.
 * The convenience methods below are one-liners over the registry.
 */
import type { Design, Element } from '../schema/design';
import type { Action, Command } from './action';
import { copySelection, type AlignEdge, type BackgroundChange, type ClipboardPayload, type NudgeDirection, type Soundtrack } from './actions';
import * as history from './history';
import { findShortcut, type KeyLike } from './keys';
import { ACTIONS, EDITOR_COMMANDS, HISTORY } from './registry';
import type { Box, EditorState, ElementChange, ElementPatch } from './types';

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

/** What `run` takes after the action: nothing for an action without arguments. */
export type RunArgs<A> = A extends void ? [args?: NoInfer<A>] : [args: NoInfer<A>];

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

  /**
   * Whether a command applies now (menus grey it out otherwise): its own `enabled` rule, the
   * history for undo and redo, and nothing that changes the design on a read-only one.
   */
  can(command: Command<never> | Command<unknown>): boolean {
    if (command === HISTORY.undo) return !this.readOnly && this.canUndo;
    if (command === HISTORY.redo) return !this.readOnly && this.canRedo;
    if (this.readOnly && 'perform' in command && !(command as Action<unknown>).viewOnly) return false;
    return command.enabled?.(this.h.present) ?? true;
  }

  /**
   * Runs an action as one user step, or as part of the running gesture or of a burst (the action's
   * `coalesce` rule). Nothing happens when it does not apply (`can`). Returns the new state.
   */
  run<A>(action: Action<A>, ...[args]: RunArgs<A>): EditorState {
    const state = this.h.present;
    if (!this.can(action as Action<unknown>)) return state;
    const next = action.perform(state, args as A);
    if (action.amends) {
      this.setHistory(history.amend(this.h, next));
      return this.h.present;
    }
    const key = action.coalesce?.(state, args as A) ?? null;
    this.setHistory(history.commit(this.h, next, { coalesceKey: key === null ? undefined : `${action.name}:${key}`, at: this.now() }));
    return this.h.present;
  }

  /**
   * A key pressed in the editor: runs the command its shortcut names (ACTIONS, undo, redo) when it
   * applies (of two on one key, the first that applies). True when the key is an editor shortcut, even one that does not apply now (the UI then
   * keeps the browser from acting on it); false for other keys and for the clipboard's, which the
   * browser's copy, cut and paste events carry.
   */
  keyDown(event: KeyLike): boolean {
    // Where two commands share a key (the arrows nudge a selection, else step a video's frames),
    // the first that applies now runs.
    const hit = findShortcut(event, EDITOR_COMMANDS.filter((command) => this.can(command))) ?? findShortcut(event, EDITOR_COMMANDS);
    if (!hit || hit.shortcut.clipboard) return false;
    if (!this.can(hit.command)) return true;
    if (hit.command === HISTORY.undo) this.undo();
    else if (hit.command === HISTORY.redo) this.redo();
    else this.run(hit.command as Action<unknown>, hit.shortcut.args);
    return true;
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

  // Convenience, one line each over ACTIONS (tests and hosts read better with them).
  setPageIndex = (index: number) => void this.run(ACTIONS.setPageIndex, { index });
  select = (ids: readonly string[], add = false) => void this.run(ACTIONS.select, { ids, add });
  selectAll = () => void this.run(ACTIONS.selectAll);
  deselect = () => void this.run(ACTIONS.deselect);
  /** Adds elements on top and selects them; returns their ids. */
  createElements = (elements: readonly Element[]): string[] => [...this.run(ACTIONS.createElements, { elements }).selection];
  updateElements = (changes: readonly ElementChange[]) => void this.run(ACTIONS.updateElements, { changes });
  /** `control`: the panel control being dragged (a burst of it on one selection is one step). */
  updateSelection = (patch: ElementPatch, control?: string) => void this.run(ACTIONS.updateSelection, { patch, control });
  setText = (id: string, text: string) => void this.run(ACTIONS.setText, { id, text });
  commitTextEdit = (id: string, edit: { text: string } & ElementPatch) => void this.run(ACTIONS.commitTextEdit, { id, edit });
  deleteElements = (ids: readonly string[]) => void this.run(ACTIONS.deleteElements, { ids });
  deleteSelection = () => void this.run(ACTIONS.delete);
  duplicateSelection = (): string[] => [...this.run(ACTIONS.duplicate).selection];
  resizeElements = (changes: ReadonlyArray<{ id: string; box: Box }>) => void this.run(ACTIONS.resize, { changes });
  moveSelection = (dx: number, dy: number) => void this.run(ACTIONS.move, { dx, dy });
  nudge = (direction: NudgeDirection, shift = false) => void this.run(ACTIONS.nudge, { direction, shift });
  align = (edge: AlignEdge, to?: 'selection' | 'page') => void this.run(ACTIONS.align, { edge, to });
  distribute = (axis: 'horizontal' | 'vertical') => void this.run(ACTIONS.distribute, { axis });
  /** Returns the new group's id, or null when fewer than two unlocked elements are selected. */
  group = (): string | null => (this.changes(ACTIONS.group) ? this.selection[0] : null);
  ungroup = (): string[] => [...this.run(ACTIONS.ungroup).selection];
  bringForward = () => void this.run(ACTIONS.bringForward);
  sendBackward = () => void this.run(ACTIONS.sendBackward);
  bringToFront = () => void this.run(ACTIONS.bringToFront);
  sendToBack = () => void this.run(ACTIONS.sendToBack);
  reorder = (id: string, index: number) => void this.run(ACTIONS.reorder, { id, index });
  setLocked = (ids: readonly string[], locked: boolean) => void this.run(ACTIONS.setLocked, { ids, locked });
  setHidden = (ids: readonly string[], hidden: boolean) => void this.run(ACTIONS.setHidden, { ids, hidden });
  rename = (id: string, name: string) => void this.run(ACTIONS.rename, { id, name });
  /** What a copy puts on the clipboard (a query: nothing changes); null when nothing is selected. */
  copy = (): ClipboardPayload | null => copySelection(this.h.present);
  /** Returns the pasted elements' new ids (also the new selection). */
  paste = (payload: ClipboardPayload): string[] => (this.changes(ACTIONS.paste, { payload }) ? [...this.selection] : []);
  renameDesign = (name: string) => void this.run(ACTIONS.renameDesign, { name });
  setBackground = (change: BackgroundChange) => void this.run(ACTIONS.setBackground, change);
  replaceImage = (id: string, assetId: string, name?: string) => void this.run(ACTIONS.replaceImage, { id, assetId, name });
  setSoundtrack = (soundtrack: Partial<Soundtrack> & Pick<Soundtrack, 'assetId'> | null) => void this.run(ACTIONS.setSoundtrack, soundtrack);
  /** False when nothing changed (no text selected, same family). */
  setFontFamily = (family: string): boolean => this.changes(ACTIONS.setFontFamily, { family });

  /** Runs an action; true when it changed the design. */
  private changes<A>(action: Action<A>, ...args: RunArgs<A>): boolean {
    const before = this.design;
    return this.run(action, ...args).design !== before;
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

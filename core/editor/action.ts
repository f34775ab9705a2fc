/**
 * The shape of every user operation, after excalidraw's actions: one object per operation, read
 * alike by the keyboard, the menus, the shortcut sheet, the panels and the tests.
 *
 * A `Command` is what the keyboard, menus and the sheet need: a name, its shortcuts, its section and
 * when it applies. An `Action` is a command that changes the editor's state: it adds `perform`,
 * a pure `(state, args) => state`, and the rule that merges a burst of it into one undo step.
 * Undo, redo and copy are commands, not actions (they move through the history, or read the state).
 */
import type { EditorState, Perform } from './types';

/** Where the shortcut sheet lists a command. */
export type CommandSection = 'edit' | 'arrange' | 'slides' | 'playback' | 'view' | 'help';

export interface Shortcut<A> {
  /** Key combinations: 'Mod+Z' (Mod = Ctrl, or ⌘ on a Mac), 'Shift+Mod+Z', 'Delete'. The first is shown. */
  readonly keys: readonly string[];
  /** Also accepted, never shown (the same keys as typed on other keyboard layouts). */
  readonly alsoKeys?: readonly string[];
  /** The arguments these keys run the command with (an arrow key: its direction). */
  readonly args?: A;
  /**
   * Done by the browser's own clipboard events (copy, cut, paste), which carry the data: the
   * keydown handler leaves these keys alone.
   */
  readonly clipboard?: true;
  /** Left off the shortcut sheet, which says it in words instead (the arrow keys). */
  readonly hidden?: true;
}

export interface Command<A = void> {
  /** Stable id: the UI's label key (`editor.commands.<name>`) and test id. */
  readonly name: string;
  readonly section?: CommandSection;
  readonly shortcuts?: readonly Shortcut<A>[];
  /** Whether it applies to this state (menus grey it out otherwise); absent: always. */
  readonly enabled?: (state: EditorState) => boolean;
}

export interface Action<A = void> extends Command<A> {
  readonly perform: Perform<A>;
  /**
   * Bursts: runs of this action with the same key within a second are one undo step (typing,
   * held arrow keys, a slider being dragged). The key is scoped to the action. Absent or null:
   * every run is a step of its own.
   */
  readonly coalesce?: (state: EditorState, args: A) => string | null;
  /** Changes only what is shown (selection, page, variant): it runs on a read-only design too. */
  readonly viewOnly?: true;
  /**
   * Folds into the step on top instead of making one: a fact the view measured about the design
   * it shows (a text's height), true of that state all along. Undo never stops on it.
   */
  readonly amends?: true;
}

/** Declares an action; the type parameter is inferred from `perform`. */
export function defineAction<A = void>(action: Action<A>): Action<A> {
  return action;
}

/** Shared types of the headless editor (issue 3). */
import type { Design, GroupElement, IconElement, ImageElement, ShapeElement, TextElement, VideoElement } from '../schema/design';

/**
 * Everything an undo step restores. The selection lives here (not in the UI) so that undoing a
 * delete brings back both the elements and their selection, as tldraw and excalidraw do.
 */
export interface EditorState {
  readonly design: Design;
  readonly pageIndex: number;
  /** Ids of top-level elements of the current page, in the order they were selected. */
  readonly selection: readonly string[];
  /**
   * The linked variant shown (core/variants), or none for the master. While a variant is shown,
   * actions see its resolved page and format; their results are written back (layout to the
   * variant, content to the master).
   */
  readonly variantId?: string | null;
  /**
   * Slides selected in the slide strip (page ids), for moving or deleting several at once;
   * none means the current slide (./actions/slides.ts). Kept in undo steps like the selection.
   */
  readonly slides?: readonly string[];
  /**
   * A video's playhead (ms on the video's clock, ./actions/timeline.ts) and whether it plays, at
   * which rate (1 forward; 2, 4, 8 for repeated L; negative for J). What is shown, not the design:
   * undo and redo leave them where they are (./history.ts).
   */
  readonly playheadMs?: number;
  readonly playing?: boolean;
  readonly playRate?: number;
}

/** What an action does (./action.ts): a pure function of the state. Returning the same state means "nothing to do". */
export type Perform<A> = (state: EditorState, args: A) => EditorState;

type Editable<T> = Partial<Omit<T, 'id' | 'type'>>;
/** Children of a group are changed through their own ids, never by replacing the list. */
export type ElementPatch =
  | Editable<TextElement>
  | Editable<ShapeElement>
  | Editable<ImageElement>
  | Editable<VideoElement>
  | Editable<IconElement>
  | Editable<Omit<GroupElement, 'children'>>;

export interface ElementChange {
  id: string;
  patch: ElementPatch;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

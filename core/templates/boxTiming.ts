/**
 * Per-box timing of a video meme (issue 13, animated memes): each text box "shows from ... to ..."
 * inside the clip's scene, with an optional entrance. The meme maker's form and anything else that
 * times a meme's boxes run the editor's own actions (setLayerTiming, setAnimation in core/editor),
 * so a box is timed and animated exactly as the timeline and the properties panel would do it
 * (docs/architecture.md, "The editor"; "Video": one definition of motion).
 */
import { setLayerTiming } from '../editor/actions/timeline';
import { setAnimation } from '../editor/actions/video';
import type { EditorState } from '../editor/types';
import type { Design } from '../schema';
import { listSlots, sameSlotName } from './slots';

/** The entrances the meme maker offers: none, or the animations of that name (their defaults). */
export const MEME_ENTRANCES = ['none', 'fade', 'pop'] as const;
export type MemeEntrance = (typeof MEME_ENTRANCES)[number];

export interface BoxTiming {
  /** When the box appears, ms from the start of its scene. */
  inMs: number;
  /** When it goes; null: at the end of the scene. */
  outMs: number | null;
  entrance: MemeEntrance;
}

/**
 * `design` with each named text slot's box timed (slot names compare case-insensitively). Times are
 * clamped as the timeline clamps them (inside the scene, at least 100 ms long). A slot inside a
 * group, or a name the design lacks, is left as it is.
 */
export function timeBoxes(design: Design, timings: Readonly<Record<string, BoxTiming>>): Design {
  let state: EditorState = { design, pageIndex: 0, selection: [] };
  for (const info of listSlots(design)) {
    if (info.slot.kind !== 'text') continue;
    const name = Object.keys(timings).find((given) => sameSlotName(given, info.slot.name));
    if (name === undefined) continue;
    const timing = timings[name];
    const page = state.design.pages[info.pageIndex];
    if (!page.elements.some((el) => el.id === info.elementId)) continue;
    // Both ends as given (edge 'in': the out-time is kept and the in-time fits before it).
    state = setLayerTiming(state, { id: info.elementId, inMs: timing.inMs, outMs: timing.outMs, edge: 'in' });
    // setAnimation acts on the current page's layers.
    state = setAnimation({ ...state, pageIndex: info.pageIndex }, { phase: 'in', animation: timing.entrance === 'none' ? null : { kind: timing.entrance }, ids: [info.elementId] });
  }
  return state.design;
}

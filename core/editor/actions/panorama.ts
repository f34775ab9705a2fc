/**
 * Seamless panoramas in the editor (core/carousel/panorama.ts): convert a panorama to separate
 * slides and back (one undo step each), and the seam margin. Converting to a panorama needs what
 * `panoramaRefusal` says (2 to 20 slides, no linked variants); the UI shows its reason otherwise.
 */
import { DEFAULT_SEAM_MARGIN, panoramaRefusal, panoramaToSlides, slidesToPanorama, type PictureSize } from '../../carousel/panorama';
import { PANORAMA_LIMITS } from '../../schema/constants';
import type { EditorState, Perform } from '../types';

/** Pictures' sizes, so that a background picture is cut where it showed. */
export type ConvertArgs = { pictureSize?: PictureSize } | void;

const shown = (state: EditorState, design: EditorState['design']): EditorState => ({ ...state, design, pageIndex: 0, selection: [], variantId: null });

export const canConvertToSlides = (state: EditorState): boolean => Boolean(state.design.panorama);
export const canConvertToPanorama = (state: EditorState): boolean => panoramaRefusal(state.design) === null;

export const convertToSlides: Perform<ConvertArgs> = (state, args) => {
  if (!canConvertToSlides(state)) return state;
  return shown(state, panoramaToSlides(state.design, { pictureSize: args ? args.pictureSize : undefined }));
};

export const convertToPanorama: Perform<ConvertArgs> = (state, args) => {
  if (!canConvertToPanorama(state)) return state;
  return shown(state, slidesToPanorama(state.design, { pictureSize: args ? args.pictureSize : undefined, seamMargin: DEFAULT_SEAM_MARGIN }));
};

/** The band kept clear either side of each seam, in pixels (0 to PANORAMA_LIMITS.maxSeamMargin). */
export const setSeamMargin: Perform<{ margin: number }> = (state, { margin }) => {
  const panorama = state.design.panorama;
  if (!panorama || !Number.isFinite(margin)) return state;
  const seamMargin = Math.round(Math.min(PANORAMA_LIMITS.maxSeamMargin, Math.max(0, margin)));
  if (seamMargin === panorama.seamMargin) return state;
  return { ...state, design: { ...state.design, panorama: { ...panorama, seamMargin } } };
};

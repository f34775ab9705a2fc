/**
 * What the editor shows for each kind of design (docs/architecture.md, "Design kinds"): one place,
 * exhaustive over DESIGN_KINDS, so that a carousel's parts (alt text per slide, "On every slide",
 * "Convert to panorama", the slide strip) never show on a video, and a video's (timeline, scene
 * length, transition, soundtrack, animations) never on a still.
 */
import type { Design } from '../../../core/schema/design';

export interface DesignKindParts {
  /** Under the canvas: the video's timeline, the slide strip, or the plain page arrows. */
  bottom: 'timeline' | 'slides' | 'pageNav';
  /** Per-slide alt text (nothing selected) and "On every slide" (a selection). */
  slideSections: boolean;
  /** "Convert to panorama" / a panorama's seam margin. */
  panorama: boolean;
  /** Scene length, transition, scene animations, soundtrack, video settings; animation and Ken Burns for a selection. */
  video: boolean;
}

export function designKindParts(design: Pick<Design, 'kind' | 'pages' | 'panorama'>): DesignKindParts {
  const kind = design.kind;
  switch (kind) {
    case 'video':
      return { bottom: 'timeline', slideSections: false, panorama: false, video: true };
    case 'carousel':
    case 'still':
    case 'meme': {
      // A still or a meme with several pages is edited slide by slide, like a carousel.
      const slides = !design.panorama && (kind === 'carousel' || design.pages.length > 1);
      return { bottom: slides ? 'slides' : 'pageNav', slideSections: slides, panorama: true, video: false };
    }
    default: {
      const unknown: never = kind;
      throw new Error(`no editor parts for the design kind ${String(unknown)}`);
    }
  }
}

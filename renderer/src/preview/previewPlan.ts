/**
 * What the preview shows for a design, as pure lookups: which network's frame (from the format
 * catalog), the slides (a carousel's pages, or a panorama's wide page cut at its seams), how big a
 * slide is drawn in the phone's screen and how far apart, and the profile grid's 3:4 crop.
 * docs/architecture.md, Carousels.
 */
import { findFormat, type Network } from '../../../core/formats/catalog';
import { profileGridCropFor, type FormatSize } from '../../../core/formats/safeArea';
import type { Rect } from '../../../core/formats/schema';
import type { Design } from '../../../core/schema/design';
import { slideCount, slideFormat as slideFormatOf } from '../../../core/carousel/panorama';

/** The phone frames drawn: three networks' own, and a plain one for the others. */
export const PREVIEW_FRAMES = ['instagram', 'linkedin', 'tiktok', 'generic'] as const;
export type PreviewFrame = (typeof PREVIEW_FRAMES)[number];

/** The phone's screen width in CSS px; the frames are laid out for it (preview.css). */
export const SCREEN_WIDTH = 300;

export interface Slides {
  count: number;
  /** One slide's size, in design pixels. */
  width: number;
  height: number;
  /** A panorama's slides are cuts of its one page; a carousel's are its pages. */
  panorama: boolean;
}

export interface PreviewPlan {
  frame: PreviewFrame;
  /** The design's network, null for a custom size or the user's own format. */
  network: Network | null;
  /** The catalog format of one slide (for a panorama, the slide's, not the wide page's). */
  slideFormat: FormatSize;
  slides: Slides;
  /** Whether the app shows the next slide peeking at the right edge (Facebook and Threads carousels). */
  peek: boolean;
}

const FRAME_OF: Record<Network, PreviewFrame> = {
  instagram: 'instagram',
  linkedin: 'linkedin',
  tiktok: 'tiktok',
  facebook: 'generic',
  x: 'generic',
  youtube: 'generic',
  pinterest: 'generic',
  threads: 'generic',
  bluesky: 'generic',
};

/** Networks whose apps show a carousel's next card peeking in (the others show one slide, full width). */
const PEEKS: ReadonlySet<Network> = new Set<Network>(['facebook', 'threads']);

export function previewPlan(design: Design): PreviewPlan {
  const { panorama } = design;
  const slideFormat: FormatSize = slideFormatOf(design);
  const slides: Slides = panorama
    ? { count: panorama.slides, width: panorama.slide.width, height: panorama.slide.height, panorama: true }
    : { count: slideCount(design), width: design.format.width, height: design.format.height, panorama: false };
  const network = slideFormat.preset ? (findFormat(slideFormat.preset)?.network ?? null) : null;
  return { frame: network ? FRAME_OF[network] : 'generic', network, slideFormat, slides, peek: network !== null && PEEKS.has(network) };
}

/** Where slide `index` is taken from: the page to draw and the left edge of the cut, in design px. */
export function slideSource(design: Design, index: number): { page: number; x: number } {
  const { panorama } = design;
  return panorama ? { page: 0, x: index * panorama.slide.width } : { page: index, x: 0 };
}

export interface SlideBox {
  /** The box a slide is drawn in, CSS px. */
  width: number;
  height: number;
  /** Its distance to the next slide's box (width + gap). */
  pitch: number;
  /** Left margin of the first box inside the screen. */
  inset: number;
  /** How the slide fills a box of other proportions (the feed crops, viewers letterbox). */
  fit: 'cover' | 'contain';
}

/**
 * The slide's box in the phone's screen. Instagram's feed shows from 1.91:1 to 3:4 and crops what
 * goes beyond; TikTok's photo post is a full-height 9:16 frame with the photo fitted inside; a
 * document viewer shows the page whole; a peeking carousel leaves a fifth of the screen for the next.
 */
export function slideBox(plan: PreviewPlan): SlideBox {
  const ratio = plan.slides.height / plan.slides.width;
  const full = SCREEN_WIDTH;
  switch (plan.frame) {
    case 'instagram': {
      const height = Math.round(full * Math.min(4 / 3, Math.max(1 / 1.91, ratio)));
      return { width: full, height, pitch: full, inset: 0, fit: 'cover' };
    }
    case 'tiktok':
      return { width: full, height: Math.round((full * 16) / 9), pitch: full, inset: 0, fit: 'contain' };
    case 'linkedin': {
      const height = Math.round(full * Math.min(1.5, ratio));
      return { width: full, height, pitch: full, inset: 0, fit: 'contain' };
    }
    case 'generic': {
      const width = plan.peek ? Math.round(full * 0.8) : full;
      const gap = plan.peek ? 6 : 0;
      const height = Math.round(width * Math.min(1.5, Math.max(0.5, ratio)));
      return { width, height, pitch: width + gap, inset: plan.peek ? 12 : 0, fit: plan.peek ? 'cover' : 'contain' };
    }
  }
}

/** The centred rectangle of ratio rw:rh inside a width x height frame, in its pixels. */
function centredRect(width: number, height: number, rw: number, rh: number): Rect {
  const cropWidth = Math.min(width, (height * rw) / rh);
  const cropHeight = Math.min(height, (width * rh) / rw);
  return { x: (width - cropWidth) / 2, y: (height - cropHeight) / 2, width: cropWidth, height: cropHeight };
}

/**
 * The first slide's tile in Instagram's profile grid, in the slide's pixels: the catalog's
 * profile-grid crop of its format (the centre 3:4), and the same centre 3:4 for formats the
 * catalog gives none (the grid crops every post that way).
 */
export function profileGridCrop(format: FormatSize): Rect {
  return profileGridCropFor(format)?.rect ?? centredRect(format.width, format.height, 3, 4);
}

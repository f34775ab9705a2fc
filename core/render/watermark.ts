/**
 * The user's own watermark on an export (a logo of their brand kit, in a corner, at an opacity):
 * an image element added on top of each page at export time, never saved in the design. Affiche
 * puts no mark of its own on anything.
 */
import type { Design, Element, ImageElement } from '../schema/design';
import { pageAsDrawn } from '../carousel/repeat';

export const WATERMARK_CORNERS = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;
export type WatermarkCorner = (typeof WATERMARK_CORNERS)[number];

export interface Watermark {
  assetId: string;
  corner: WatermarkCorner;
  /** 0..1 */
  opacity: number;
  /** The logo's width as a share of the page's shorter side (0.05..0.5). */
  size: number;
}

/** The margin from the page's edges, as a share of its shorter side. */
export const WATERMARK_MARGIN = 0.04;

/** Where the logo goes on a page of `width` x `height`, for a logo of `logo` pixels. */
export function watermarkBox(width: number, height: number, logo: { width: number; height: number }, watermark: Pick<Watermark, 'corner' | 'size'>): { x: number; y: number; width: number; height: number } {
  const short = Math.min(width, height);
  const boxWidth = Math.max(1, Math.round(short * Math.min(0.5, Math.max(0.05, watermark.size))));
  const boxHeight = Math.max(1, Math.round((boxWidth * logo.height) / logo.width));
  const margin = Math.round(short * WATERMARK_MARGIN);
  const left = watermark.corner.endsWith('left');
  const top = watermark.corner.startsWith('top');
  return { x: left ? margin : width - margin - boxWidth, y: top ? margin : height - margin - boxHeight, width: boxWidth, height: boxHeight };
}

/** A copy of `design` with the watermark on top of every page. */
export function withWatermark(design: Design, watermark: Watermark, logo: { width: number; height: number }): Design {
  // A panorama is cut into slides (core/carousel/panorama.ts): the logo goes in the same corner of each.
  const slide = design.panorama?.slide ?? design.format;
  const box = watermarkBox(slide.width, slide.height, logo, watermark);
  const mark = (index: number, dx = 0): ImageElement => ({
    id: `watermark-${index}`,
    name: 'Watermark',
    type: 'image',
    assetId: watermark.assetId,
    ...box,
    x: box.x + dx,
    rotation: 0,
    opacity: Math.min(1, Math.max(0, watermark.opacity)),
    locked: true,
    hidden: false,
    flipX: false,
    flipY: false,
    cornerRadius: 0,
  });
  // On top of everything drawn, elements on every slide included: each page as drawn (its
  // repeated elements made its own, page numbers filled in), then the mark.
  const drawn = (index: number): Element[] =>
    pageAsDrawn(design, index).elements.map((el) => {
      if (!el.repeat) return el;
      const { repeat: _repeat, ...own } = el;
      return own as Element;
    });
  const panorama = design.panorama;
  if (panorama) {
    const marks = Array.from({ length: panorama.slides }, (_, k) => mark(k, k * panorama.slide.width));
    return { ...design, pages: design.pages.map((page, index) => ({ ...page, elements: [...drawn(index), ...marks] })) };
  }
  return { ...design, pages: design.pages.map((page, index) => ({ ...page, elements: [...drawn(index), mark(index)] })) };
}

/**
 * The slide images of any design (docs/architecture.md, Carousels): a page per slide, except a
 * panorama, whose wide page is rendered once and cut at the seams into slides of exactly
 * `panorama.slide`'s size, so nothing is lost or repeated at a seam. Image export, the command
 * line's `carousel split` and a document (PDF) export all take their slides from here.
 */
import type { Design } from '../../../core/schema';
import { slideCount } from '../../../core/carousel/panorama';
import type { ImageFileType } from '../../../core/files/imageTypes';
import { encodePixels, renderDesignPage, renderPagePixels, type NodeRenderOptions, type PagePixels } from './nodeRenderer';

export { slideCount };

/** Slot `index` of a wide page `slideWidth` pixels per slide, copied out row by row. */
export function cutSlide(wide: PagePixels, index: number, slideWidth: number): PagePixels {
  if (!Number.isInteger(index) || index < 0 || (index + 1) * slideWidth > wide.width) throw new RangeError(`slide ${index + 1} of ${slideWidth} px is outside a page ${wide.width} px wide`);
  const row = slideWidth * 4;
  const data = Buffer.allocUnsafe(row * wide.height);
  let opaque = true;
  for (let y = 0; y < wide.height; y++) {
    const start = (y * wide.width + index * slideWidth) * 4;
    wide.data.copy(data, y * row, start, start + row);
  }
  if (!wide.opaque) {
    for (let i = 3; i < data.length; i += 4) {
      if (data[i] !== 255) {
        opaque = false;
        break;
      }
    }
  }
  return { data, width: slideWidth, height: wide.height, opaque };
}

/**
 * The encoded image of each slide asked for (all of them by default), in that order: each page of
 * a design, or each cut of a panorama's wide page (rendered once for them all).
 */
export async function renderSlideImages(
  design: Design,
  type: ImageFileType,
  options: NodeRenderOptions & { quality?: number },
  slides: readonly number[] = Array.from({ length: slideCount(design) }, (_, i) => i),
): Promise<Buffer[]> {
  const count = slideCount(design);
  for (const slide of slides) if (!Number.isInteger(slide) || slide < 0 || slide >= count) throw new RangeError(`slide ${slide + 1} does not exist (the design has ${count})`);
  const panorama = design.panorama;
  if (!panorama) {
    const images: Buffer[] = [];
    for (const page of slides) images.push(await renderDesignPage(design, page, type, options));
    return images;
  }
  const wide = await renderPagePixels(design, 0, options);
  const images: Buffer[] = [];
  for (const slide of slides) images.push(await encodePixels(cutSlide(wide, slide, panorama.slide.width), type, options.quality));
  return images;
}

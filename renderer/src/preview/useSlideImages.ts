/**
 * The preview's slide pictures, drawn by the editor's own renderer (core/render's `renderPage`,
 * which draws `pageAsDrawn`: elements on every slide and page numbers included), so the preview
 * shows what exports. A panorama's page is drawn once, wide, and each slide cut from it at its
 * seam. Slides are drawn on demand (the shown one and its neighbours first: a 300-page document
 * is not drawn whole to show page 1), one at a time, and kept as PNG data URLs for the session of
 * the dialog.
 */
import { useEffect, useRef, useState } from 'react';
import { StaticCanvas } from 'fabric';
import { renderPage } from '../../../core/render';
import type { Design } from '../../../core/schema/design';
import { browserRenderEnv } from '../editor/canvas/renderEnv';
import { slideSource, type Slides } from './previewPlan';

/** Draws page `page` of `design` `pixelWidth / slideWidth` times smaller onto a new canvas. */
async function drawPage(design: Design, page: number, scale: number): Promise<HTMLCanvasElement> {
  const scratch = new StaticCanvas(undefined, { enableRetinaScaling: false, renderOnAddRemove: false });
  try {
    await renderPage(browserRenderEnv(), scratch, design, page, { scale });
    const drawn = scratch.getElement();
    const copy = document.createElement('canvas');
    copy.width = drawn.width;
    copy.height = drawn.height;
    copy.getContext('2d')?.drawImage(drawn, 0, 0);
    return copy;
  } finally {
    void scratch.dispose();
  }
}

/** Slide `index` as a PNG data URL, `pixelWidth` px wide. */
async function drawSlide(design: Design, slides: Slides, index: number, pixelWidth: number, widePage: () => Promise<HTMLCanvasElement>): Promise<string> {
  const scale = pixelWidth / slides.width;
  if (!slides.panorama) return (await drawPage(design, index, scale)).toDataURL('image/png');
  const wide = await widePage();
  const { x } = slideSource(design, index);
  // Cut at the seam in the wide picture's pixels, so neighbouring slides share no column.
  const left = Math.round(x * scale);
  const right = Math.min(wide.width, Math.round((x + slides.width) * scale));
  const cut = document.createElement('canvas');
  cut.width = Math.max(1, right - left);
  cut.height = wide.height;
  cut.getContext('2d')?.drawImage(wide, left, 0, cut.width, wide.height, 0, 0, cut.width, wide.height);
  return cut.toDataURL('image/png');
}

/**
 * Data URLs of the slides drawn so far, by index. Asking for `wanted` slides draws those missing,
 * in the order given; a slide that cannot be drawn is left out (its box stays a neutral tile).
 */
export function useSlideImages(design: Design, slides: Slides, pixelWidth: number, wanted: readonly number[]): ReadonlyMap<number, string> {
  const [images, setImages] = useState<ReadonlyMap<number, string>>(new Map());
  const asked = useRef(new Set<number>());
  const queue = useRef<Promise<void>>(Promise.resolve());
  const wide = useRef<Promise<HTMLCanvasElement> | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const key = wanted.join(',');
  useEffect(() => {
    const widePage = () => (wide.current ??= drawPage(design, 0, pixelWidth / slides.width));
    for (const index of wanted) {
      if (index < 0 || index >= slides.count || asked.current.has(index)) continue;
      asked.current.add(index);
      queue.current = queue.current.then(async () => {
        if (!alive.current) return;
        try {
          const url = await drawSlide(design, slides, index, pixelWidth, widePage);
          if (alive.current) setImages((shown) => new Map(shown).set(index, url));
        } catch (error) {
          console.warn(`slide ${index + 1} could not be drawn`, error);
        }
      });
    }
    // The design and sizes are fixed while the dialog is open (it is modal); `key` names the slides asked for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return images;
}

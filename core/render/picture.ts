/**
 * The picture an image element or a page background draws, and the part of it shown.
 *
 * With a resampler (RenderEnv.resample, Node export) a picture drawn smaller than the part shown
 * arrives already resampled to its drawn size, so the canvas draws it 1:1; otherwise (the editor,
 * or a picture drawn at its size or larger) the whole picture is loaded and the canvas scales it.
 */
import type { CropBox, ImageSource, RenderEnv } from './types';

export interface Picture {
  source: ImageSource;
  /** The part of `source` shown, in its pixels. */
  crop: CropBox;
}

export interface PictureRequest {
  /** The part shown of a picture of this size (a crop, a cover crop, or all of it). */
  cropOf(width: number, height: number): CropBox;
  /** The size that part is drawn at, in page pixels. */
  drawnSize(crop: CropBox): { width: number; height: number };
  /** False when the drawing depends on the picture's own pixel size (image filters): always the whole picture. */
  resample?: boolean;
}

/** Null when the picture is missing or unreadable (the caller draws a placeholder). */
export async function loadPicture(env: RenderEnv, assetId: string, request: PictureRequest): Promise<Picture | null> {
  if (env.resample && request.resample !== false) {
    const size = await env.resample.size(assetId);
    if (!size || !size.width || !size.height) return null;
    const crop = request.cropOf(size.width, size.height);
    const drawn = request.drawnSize(crop);
    if (drawn.width < crop.width && drawn.height < crop.height) {
      const source = await env.resample.part(assetId, crop, drawn.width, drawn.height);
      if (source && source.width && source.height) return { source, crop: { x: 0, y: 0, width: source.width, height: source.height } };
    }
  }
  const source = await env.loadImage(assetId);
  if (!source || !source.width || !source.height) return null;
  return { source, crop: request.cropOf(source.width, source.height) };
}

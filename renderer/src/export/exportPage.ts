/**
 * In-app export: the page drawn by core/render's renderPage on an offscreen StaticCanvas at exactly
 * the design's pixel size (no retina scaling), encoded by the browser. Same mapping as the editor
 * and the CLI (DESIGN.md §1: what you see is what exports).
 */
import * as fabric from 'fabric';
import i18next from 'i18next';
import { renderPage } from '../../../core/render';
import type { Design } from '../../../core/schema/design';
import { browserRenderEnv } from '../editor/canvas/renderEnv';
import { fontsReady } from '../fonts/loadFonts';
import { IMAGE_MIME_TYPES, type ImageFileType } from '../../../core/files/imageTypes';

export const LOSSY_QUALITY = 0.92;

function toBlob(canvas: HTMLCanvasElement, format: ImageFileType): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (blob && blob.type === IMAGE_MIME_TYPES[format]) resolve(blob);
        else if (blob) reject(new Error(i18next.t('export.errors.unsupported', { format: format.toUpperCase() })));
        else reject(new Error(i18next.t('export.errors.encode')));
      },
      IMAGE_MIME_TYPES[format],
      format === 'png' ? undefined : LOSSY_QUALITY,
    );
  });
}

/** JPEG has no transparency: flatten on white, as every design tool does, instead of black. */
function flattenOnWhite(source: HTMLCanvasElement): HTMLCanvasElement {
  const flat = document.createElement('canvas');
  flat.width = source.width;
  flat.height = source.height;
  const ctx = flat.getContext('2d');
  if (!ctx) throw new Error(i18next.t('export.errors.encode'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, flat.width, flat.height);
  ctx.drawImage(source, 0, 0);
  return flat;
}

export async function exportPageImage(design: Design, pageIndex: number, format: ImageFileType): Promise<Blob> {
  await fontsReady();
  const { width, height } = design.format;
  const canvas = new fabric.StaticCanvas(undefined, { width, height, enableRetinaScaling: false, renderOnAddRemove: false });
  try {
    await renderPage(browserRenderEnv(), canvas, design, pageIndex);
    const element = canvas.getElement();
    if (element.width !== width || element.height !== height) {
      throw new Error(i18next.t('export.errors.size', { actual: `${element.width} × ${element.height}`, expected: `${width} × ${height}` }));
    }
    return await toBlob(format === 'jpeg' ? flattenOnWhite(element) : element, format);
  } finally {
    void canvas.dispose();
  }
}

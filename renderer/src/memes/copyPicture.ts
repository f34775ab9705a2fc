/**
 * Copies a design's first page to the clipboard as a PNG at its full size (a meme is often pasted
 * straight into a chat). Drawn by core/render like the preview; false where the clipboard does
 * not take pictures.
 */
import { StaticCanvas } from 'fabric';
import { renderPage } from '../../../core/render';
import type { Design } from '../../../core/schema';
import { browserRenderEnv } from '../editor/canvas/renderEnv';

export async function copyDesignPicture(design: Design): Promise<boolean> {
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return false;
  const canvas = new StaticCanvas(undefined, { enableRetinaScaling: false, renderOnAddRemove: false });
  try {
    await renderPage(browserRenderEnv(), canvas, design, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.getElement().toBlob(resolve, 'image/png'));
    if (!blob) return false;
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return true;
  } finally {
    void canvas.dispose();
  }
}

/**
 * "All formats (N files)": the master and every variant rendered by the same path as a single
 * export (exportPageImage: core/render on an offscreen canvas at the exact size), then one zip.
 * Pictures are already compressed: stored, not deflated, which also keeps zipping instant.
 */
import { zipSync, type Zippable } from 'fflate';
import type { Design } from '../../../core/schema/design';
import { exportPageImage } from './exportPage';
import type { ImageFormat } from './fileName';
import { formatFiles, zipFileName } from './formatFiles';

export async function exportAllFormats(design: Design, type: ImageFormat): Promise<{ blob: Blob; name: string; count: number }> {
  const files = formatFiles(design, type);
  const entries: Zippable = {};
  // One page at a time: each render holds a full-size canvas, and a design has up to 50 variants.
  for (const file of files) {
    const blob = await exportPageImage(file.design, file.pageIndex, type);
    entries[file.name] = [new Uint8Array(await blob.arrayBuffer()), { level: 0 }];
  }
  const zip = zipSync(entries);
  return { blob: new Blob([zip], { type: 'application/zip' }), name: zipFileName(design.name), count: files.length };
}

/**
 * "All formats (N files)": the master and every variant rendered by the same path as a single
 * export (exportPageImage: core/render on an offscreen canvas at the exact size), then one zip.
 * Pictures are already compressed: stored, not deflated, which also keeps zipping instant.
 */
import type { Zippable } from 'fflate';
import type { Design } from '../../../core/schema/design';
import { checkExportedFile, withExtension } from './checkExport';
import { exportPageImage } from './exportPage';
import type { ImageFileType } from '../../../core/files/imageTypes';
import { formatFiles, zipFileName } from './formatFiles';

export interface FileReport {
  name: string;
  changes: string[];
  problems: string[];
}

/** The zip, and for each file that the format check changed or still rejects, what and why. */
export async function exportAllFormats(design: Design, type: ImageFileType): Promise<{ blob: Blob; name: string; count: number; reports: FileReport[] }> {
  const files = formatFiles(design, type);
  const entries: Zippable = {};
  const reports: FileReport[] = [];
  // One page at a time: each render holds a full-size canvas, and a design has up to 50 variants.
  for (const file of files) {
    const checked = await checkExportedFile(await exportPageImage(file.design, file.pageIndex, type), file.design.format);
    const name = withExtension(file.name, checked.extension);
    entries[name] = [new Uint8Array(await checked.blob.arrayBuffer()), { level: 0 }];
    if (checked.changes.length > 0 || checked.problems.length > 0) reports.push({ name, changes: checked.changes, problems: checked.problems });
  }
  // fflate builds its tables when loaded: only when a zip is made, not at the editor's start.
  const { zipSync } = await import('fflate');
  const zip = zipSync(entries);
  return { blob: new Blob([zip], { type: 'application/zip' }), name: zipFileName(design.name), count: files.length, reports };
}

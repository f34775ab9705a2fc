/**
 * Library archives from the UI, whichever transport is underneath (issue 5):
 * - browser mode: a whole library is downloaded from GET /api/archive/<id> and uploaded as a raw
 *   body to POST /api/archive/upload (never base64 in a call);
 * - Electron: the main process shows the save / open dialog and works on the file itself;
 * - a brand kit (small) travels as bytes through the calls.
 */
// Names and codec only: zod must stay out of the editor's first frame (core/api/names.ts).
import { AfficheCallError } from '../../../core/api/names';
import { decodeWire } from '../../../core/api/codec';
import type { CallOutcome, ResultOf } from '../../../core/api/contract';
import type { ArchiveReport, BrandKitMode } from '../../../core/api/archiveArgs';
import { getBridge } from '.';
import { callErrorOf } from './httpBridge';

export type ExportResult = ResultOf<'library.exportArchive'>;

function download(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Exports and hands the zip to the browser (or Electron's dialog). */
export async function exportArchive(scope: 'library' | 'brandKit'): Promise<ExportResult> {
  const result = await getBridge().api['library.exportArchive']({ scope });
  if (result.downloadId) download(`/api/archive/${result.downloadId}`, result.fileName);
  else if (result.data) {
    const url = URL.createObjectURL(new Blob([result.data as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
    download(url, result.fileName);
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return result;
}

/** True when the main process picks the file itself (Electron): no file input is needed. */
export function archivePickedByHost(): boolean {
  return getBridge().transport === 'electron';
}

async function upload(file: File): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`/api/archive/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/zip' },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new AfficheCallError('internal', 'Affiche’s local server is not responding. Is "npm run web" still running?');
  }
  const text = await response.text();
  let outcome: CallOutcome<'library.importArchive'> | { ok: true; result: { uploadId: string } };
  try {
    outcome = decodeWire(text) as typeof outcome;
  } catch {
    throw new AfficheCallError('invalid-args', text || `The upload failed (${response.status}).`);
  }
  if (!outcome.ok) throw callErrorOf(outcome.error);
  return (outcome.result as { uploadId: string }).uploadId;
}

/**
 * Imports an archive: `file` from a file input (browser mode, or a small brand kit anywhere);
 * null in Electron, where the main process asks for the file.
 */
export async function importArchive(file: File | null, mode: BrandKitMode, options: { small?: boolean } = {}): Promise<ArchiveReport> {
  const bridge = getBridge();
  if (!file) return bridge.api['library.importArchive']({ fileName: 'archive.zip', mode });
  if (bridge.transport === 'web' && !options.small) {
    return bridge.api['library.importArchive']({ fileName: file.name, uploadId: await upload(file), mode });
  }
  return bridge.api['library.importArchive']({ fileName: file.name, data: new Uint8Array(await file.arrayBuffer()), mode });
}

/**
 * Library and brand kit archives from the UI, as jobs (docs/architecture.md, "Jobs"):
 * - export: the job writes the zip where the user chooses (Electron's save dialog) or stages it for
 *   a download (browser mode), which starts when the job is done;
 * - import: browser mode uploads the file first; Electron's job asks for it in its open dialog.
 * The jobs tray shows both while they run, with cancel.
 */
import type { ArchiveReport, ArchiveScope, BrandKitMode } from '../../../core/api/archiveArgs';
import type { JobResultOf } from '../../../core/api/jobs';
import { startJob } from '../jobs/jobStore';
import { getBridge } from '.';
import { downloadStaged, stageFile } from './files';

export type ExportResult = JobResultOf<'library.exportArchive'>;

/** Exports and hands the zip to the browser (or Electron has saved it where the user chose). */
export async function exportArchive(scope: ArchiveScope): Promise<ExportResult> {
  const { result } = await startJob('library.exportArchive', { scope });
  downloadStaged(result.downloadId, result.fileName);
  return result;
}

/** True when the host picks the file itself (Electron): no file input is needed. */
export function archivePickedByHost(): boolean {
  return getBridge().transport === 'electron';
}

/** Imports an archive: `file` from a file input (browser mode); null in Electron, whose job asks for the file. */
export async function importArchive(file: File | null, mode: BrandKitMode): Promise<ArchiveReport> {
  const source = file ? await stageFile(file) : undefined;
  const { result } = await startJob('library.importArchive', { ...(source ? { source } : {}), mode });
  return result;
}

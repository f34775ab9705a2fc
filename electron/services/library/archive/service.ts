/** Library archives as jobs (docs/architecture.md, "Jobs"): names, progress and refusals. */
import type { ArchiveReport, ArchiveScope, BrandKitMode } from '../../../../core/api/archiveArgs';
import { msg, type Message } from '../../../../core/messages';
import { UserError } from '../../errors';
import type { LibraryStore } from '../types';
import { importArchive } from './importArchive';
import type { ArchiveProgress } from './progress';
import { ArchiveRefused } from './readArchive';

export function archiveFileName(scope: ArchiveScope, now = new Date()): string {
  return `affiche-${scope === 'library' ? 'library' : 'brand-kit'}-${now.toISOString().slice(0, 10)}.zip`;
}

/** Where each phase sits in the whole job, so the fraction only moves forward. */
const BANDS: Record<'export' | 'import', Partial<Record<ArchiveProgress['phase'], [number, number]>>> = {
  export: { designs: [0, 0.15], media: [0.15, 1] },
  import: { checking: [0, 0.2], importing: [0.2, 0.85], designs: [0.85, 1] },
};

/** An archive's progress as a job's fraction and stage ("Media 3 of 120: photo.jpg"). */
export function archiveJobProgress(direction: 'export' | 'import', progress: ArchiveProgress): { fraction?: number; stage?: Message } {
  if (progress.phase === 'done') return {};
  const band = BANDS[direction][progress.phase];
  const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const fraction = band ? band[0] + (band[1] - band[0]) * within : undefined;
  const stage = msg('archive.stage', {
    phase: msg(`archive.phase.${progress.phase}`),
    done: Math.min(progress.done + 1, Math.max(progress.total, 1)),
    total: Math.max(progress.total, 1),
    name: progress.name ?? '',
  });
  return { ...(fraction !== undefined ? { fraction } : {}), stage };
}

/** Imports an archive file, turning a refusal of the whole archive into a clear user error. */
export async function importArchiveFile(library: LibraryStore, file: string, fileName: string, mode: BrandKitMode | undefined, onProgress?: (progress: ArchiveProgress) => void): Promise<ArchiveReport> {
  try {
    return await importArchive(library, file, { mode, onProgress });
  } catch (error) {
    if (error instanceof ArchiveRefused) throw new UserError('bad-file', msg('archive.refused', { name: fileName, reason: error.message }));
    throw error;
  }
}

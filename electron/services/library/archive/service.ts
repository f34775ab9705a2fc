/** The archive calls as the handlers, the CLI and the transports use them. */
import fs from 'node:fs/promises';
import type { ArchiveCounts, ArchiveReport, ArchiveScope, BrandKitMode } from '../../../../core/api/archiveArgs';
import { UserError } from '../../errors';
import type { LibraryStore } from '../types';
import { exportArchive } from './exportArchive';
import { importArchive } from './importArchive';
import type { ArchiveProgress } from './progress';
import { ArchiveRefused } from './readArchive';
import { stagingFor } from './staging';

export function archiveFileName(scope: ArchiveScope, now = new Date()): string {
  return `affiche-${scope === 'library' ? 'library' : 'brand-kit'}-${now.toISOString().slice(0, 10)}.zip`;
}

interface Exported {
  fileName: string;
  bytes: number;
  counts: ArchiveCounts;
}

/** The archive as bytes (a brand kit: small), through a staged file removed at once. */
export async function exportToBytes(library: LibraryStore, scope: ArchiveScope): Promise<Exported & { data: Uint8Array }> {
  const fileName = archiveFileName(scope);
  const staged = await stagingFor(library.dir).reserve(fileName);
  try {
    const { bytes, counts } = await exportArchive(library, staged.path, { scope });
    return { fileName, bytes, counts, data: new Uint8Array(await fs.readFile(staged.path)) };
  } finally {
    await staged.discard();
  }
}

/** The archive written to the staging area, to be streamed by its id (browser mode's download route). */
export async function exportToStaging(library: LibraryStore, scope: ArchiveScope): Promise<Exported & { downloadId: string }> {
  const fileName = archiveFileName(scope);
  const staged = await stagingFor(library.dir).reserve(fileName);
  try {
    const { bytes, counts } = await exportArchive(library, staged.path, { scope });
    staged.commit();
    return { fileName, bytes, counts, downloadId: staged.id };
  } catch (error) {
    await staged.discard();
    throw error;
  }
}

async function importFile(library: LibraryStore, file: string, fileName: string, mode: BrandKitMode | undefined, onProgress?: (progress: ArchiveProgress) => void): Promise<ArchiveReport> {
  try {
    return await importArchive(library, file, { mode, onProgress });
  } catch (error) {
    if (error instanceof ArchiveRefused) throw new UserError('bad-file', `"${fileName}" cannot be imported: ${error.message}. Nothing was changed.`);
    throw error;
  }
}

export async function importFromFile(library: LibraryStore, file: string, fileName: string, mode?: BrandKitMode, onProgress?: (progress: ArchiveProgress) => void): Promise<ArchiveReport> {
  return importFile(library, file, fileName, mode, onProgress);
}

export async function importFromBytes(library: LibraryStore, fileName: string, data: Uint8Array, mode?: BrandKitMode): Promise<ArchiveReport> {
  const staged = await stagingFor(library.dir).reserve(fileName);
  try {
    await fs.writeFile(staged.path, data);
    return await importFile(library, staged.path, fileName, mode);
  } finally {
    await staged.discard();
  }
}

export async function importStaged(library: LibraryStore, uploadId: string, mode?: BrandKitMode): Promise<ArchiveReport> {
  const staging = stagingFor(library.dir);
  const staged = staging.get(uploadId);
  if (!staged) throw new UserError('not-found', 'This uploaded archive is no longer available: upload it again.');
  try {
    return await importFile(library, staged.path, staged.fileName, mode);
  } finally {
    await staging.release(uploadId);
  }
}

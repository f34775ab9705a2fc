/**
 * Library archives in Electron: the main process shows the save / open dialog and runs the same
 * service (../services/library/archive) on the chosen path, so a library of several GB is never
 * copied through IPC. Everything else about archives goes through the dispatcher as usual.
 */
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { CallOutcome, MethodName } from '../../core/api/contract';
import type { Backend } from '../services/backend';
import { apiError, errorOutcome } from '../services/dispatcher';
import { msg } from '../../core/messages';
import { archiveFileName, exportArchive, stagingFor } from '../services/library/archive';

const ZIP_FILTER = [{ name: 'Affiche archive', extensions: ['zip'] }];
const NO_COUNTS = { designs: 0, assets: 0, collections: 0, formats: 0, palettes: 0, logos: 0, fonts: 0 };

function failure(error: unknown): CallOutcome<MethodName> {
  return { ok: false, error: errorOutcome(error, 'library.exportArchive', (method, cause) => console.error(`[affiche] ${method} failed:`, cause)) };
}

/**
 * The calls the main process answers itself (a whole-library export, an import with no bytes and
 * no upload id); null for every other call, which then goes to the dispatcher.
 */
export async function answerArchiveCall(backend: Backend, method: string, args: unknown, windowOf: () => BrowserWindow | null): Promise<CallOutcome<MethodName> | null> {
  if (method !== 'library.exportArchive' && method !== 'library.importArchive') return null;
  const window = windowOf();
  const input = (typeof args === 'object' && args !== null ? args : {}) as Record<string, unknown>;
  if (method === 'library.exportArchive' && input.scope === 'library') {
    const fileName = archiveFileName('library');
    const options = { defaultPath: path.join(app.getPath('documents'), fileName), filters: ZIP_FILTER };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { ok: true, result: { fileName, bytes: 0, counts: NO_COUNTS, cancelled: true } };
    try {
      const written = await exportArchive(backend.library, choice.filePath, { scope: 'library' });
      return { ok: true, result: { fileName: path.basename(choice.filePath), bytes: written.bytes, counts: written.counts, saved: true } };
    } catch (error) {
      return failure(error);
    }
  }
  if (method === 'library.importArchive' && input.data === undefined && input.uploadId === undefined) {
    const options = { properties: ['openFile' as const], filters: ZIP_FILTER };
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const file = choice.filePaths[0];
    if (choice.canceled || !file) return { ok: false, error: apiError('invalid-args', msg('legacy.text', { text: 'No archive was chosen.' })) };
    // The user's own file, imported in place: registered by id, never deleted.
    const uploadId = stagingFor(backend.library.dir).adopt(file, path.basename(file));
    return backend.dispatch('library.importArchive', { ...input, fileName: path.basename(file), uploadId });
  }
  return null;
}

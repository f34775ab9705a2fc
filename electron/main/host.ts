/**
 * Electron as the backend's host (../services/host.ts): its own save and open dialogs, and "show
 * in folder". The backend's jobs ask for these; the renderer never sees a path.
 */
import { app, dialog, shell, type BrowserWindow } from 'electron';
import { formatMessage, type Language } from '../../core/messages';
import type { Host } from '../services/host';
import { jobSaveDialogOptions } from './policy';

export function createElectronHost(options: { window: () => BrowserWindow | null; language: () => Language }): Host {
  const named = (filters: Parameters<NonNullable<Host['chooseSavePath']>>[0]['filters']) =>
    filters.map((filter) => ({ name: formatMessage(filter.name, options.language()), extensions: filter.extensions }));
  return {
    async chooseSavePath({ suggestedName, filters }) {
      const dialogOptions = jobSaveDialogOptions(suggestedName, app.getPath('documents'), named(filters));
      const window = options.window();
      const choice = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      return choice.canceled || !choice.filePath ? null : choice.filePath;
    },
    async chooseOpenPath({ filters }) {
      const dialogOptions = { properties: ['openFile' as const], filters: named(filters) };
      const window = options.window();
      const choice = window ? await dialog.showOpenDialog(window, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return choice.canceled ? null : (choice.filePaths[0] ?? null);
    },
    revealPath(file) {
      shell.showItemInFolder(file);
    },
  };
}

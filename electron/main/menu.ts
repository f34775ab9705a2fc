/**
 * The application menu as data. Type-only import of 'electron' (erased at build), so the test
 * runs in plain Node; index.ts passes the result to Menu.buildFromTemplate.
 */
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  /** Dev builds get Reload / Toggle DevTools; packaged builds don't. */
  isDev: boolean;
  isMac: boolean;
  newDesign(): void;
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const template: MenuItemConstructorOptions[] = [];
  if (actions.isMac) {
    template.push({
      label: 'Affiche',
      submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
    });
  }
  template.push({
    label: 'File',
    submenu: [
      { label: 'New design', accelerator: 'CmdOrCtrl+N', click: () => actions.newDesign() },
      { type: 'separator' },
      actions.isMac ? { role: 'close' } : { role: 'quit' },
    ],
  });
  template.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'delete' },
      { type: 'separator' },
      { role: 'selectAll' },
    ],
  });
  const view: MenuItemConstructorOptions[] = [];
  if (actions.isDev) view.push({ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  view.push({ role: 'togglefullscreen' });
  template.push({ label: 'View', submenu: view });
  template.push({ role: 'help', submenu: [{ role: 'about', label: 'About Affiche' }] });
  return template;
}

/**
 * The Electron main process: a thin adapter. It wires the policy (./policy.ts, tested in plain
 * Node) and the backend (../services/backend.ts, plain Node) into Electron: one window, the
 * app:// and asset:// protocols, the IPC handler, the menu, dialogs. Decisions live in policy.ts.
 */
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, session, shell, type Session, type WebContents } from 'electron';
import type { EventName } from '../../core/api/contract';
import { createBackend, defaultLibraryDir, type Backend } from '../services/backend';
import { CALL_CHANNEL, EVENT_CHANNEL, MENU_CHANNEL, UPLOAD_CHANNEL, isUploadOp, type MenuCommand } from './channels';
import { buildMenuTemplate } from './menu';
import { createElectronHost } from './host';
import { UploadSessions } from '../services/staging/uploadSessions';
import {
  APP_ENTRY_URL,
  APP_HOST,
  APP_SCHEME,
  MEDIA_SCHEME,
  PRIVILEGED_SCHEMES,
  appResponseHeaders,
  contentTypeForFile,
  devServerOrigin,
  downloadDialogOptions,
  isAllowedNavigation,
  isTrustedSender,
  mediaResponseHeaders,
  normalizeExternalUrl,
  parseLibraryArg,
  parseMediaUrl,
  parseRange,
  permissionDecision,
  resolveAppFile,
  resolveInside,
  secureWindowOptions,
  shouldBlockRequest,
  sniffMediaType,
} from './policy';

// Must happen before 'ready' (Electron docs: protocol.registerSchemesAsPrivileged).
protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES.map(({ scheme, privileges }) => ({ scheme, privileges: { ...privileges } })));

const here = path.dirname(fileURLToPath(import.meta.url));
/** Built by electron-vite: out/main/index.js, out/preload/index.cjs, out/renderer/. */
const PRELOAD_PATH = path.join(here, '../preload/index.cjs');
const RENDERER_DIR = path.join(here, '../renderer');
/** `electron-vite dev` serves the renderer with HMR; never honoured in a packaged app. */
const DEV_ORIGIN = app.isPackaged ? null : devServerOrigin(process.env.ELECTRON_RENDERER_URL);

let mainWindow: BrowserWindow | null = null;

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(secureWindowOptions(PRELOAD_PATH));
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  // The editor's beforeunload asks to hold the page while unsaved work is being saved; Electron
  // would cancel the close silently. By then the save request has already reached this process
  // (the handler runs to the end here), so let the window close.
  window.webContents.on('will-prevent-unload', (event) => event.preventDefault());
  void window.loadURL(DEV_ORIGIN ? `${DEV_ORIGIN}/` : APP_ENTRY_URL);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

/** SEC-03 / SEC-04 for every webContents, including any we did not create ourselves. */
function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAllowedNavigation(url, DEV_ORIGIN)) return;
    event.preventDefault();
    openExternally(url);
  });
  // Sub-frames (Affiche has none) and redirects: refused, nothing opened.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedNavigation(event.url, DEV_ORIGIN)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, DEV_ORIGIN)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

/** A link to https: or mailto: opens in the user's browser / mail client; anything else is dropped. */
function openExternally(url: string): void {
  const safe = normalizeExternalUrl(url);
  if (safe) void shell.openExternal(safe).catch((error: unknown) => console.error('[affiche] openExternal failed:', error));
}

function lockDownSession(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  ses.setDevicePermissionHandler(() => false);
  // The CSP already forbids remote loads; this catches anything that would still try (SEC-08).
  ses.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const cancel = shouldBlockRequest(details.url, DEV_ORIGIN);
    if (cancel) console.warn(`[affiche] blocked a network request to ${details.url.slice(0, 200)}`);
    callback({ cancel });
  });
  // Exports are <a download> links: Electron shows a save dialog with these options.
  ses.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(downloadDialogOptions(item.getFilename(), app.getPath('downloads')));
  });
}

function textResponse(status: number, text: string, headers: Record<string, string>): Response {
  return new Response(text, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** app://affiche/... -> the built renderer, with the CSP on every response. */
function registerAppProtocol(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const headers = appResponseHeaders('text/plain; charset=utf-8');
    try {
      const url = new URL(request.url);
      if (url.hostname !== APP_HOST) return textResponse(404, 'Not found', headers);
      if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed', headers);
      const file = await resolveAppFile(RENDERER_DIR, url.pathname);
      if (!file) return textResponse(404, 'Not found', headers);
      const body = request.method === 'HEAD' ? null : new Uint8Array(await fs.readFile(file));
      return new Response(body, { status: 200, headers: appResponseHeaders(contentTypeForFile(file)) });
    } catch (error) {
      console.error('[affiche] app:// request failed:', error);
      return textResponse(500, 'Internal error', headers);
    }
  });
}

async function readHead(file: string, length: number): Promise<Uint8Array> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** asset://<kind>/<id> -> a library file, resolved by the backend from the id alone (SEC-07). */
function registerMediaProtocol(backend: Backend, libraryDir: string): void {
  protocol.handle(MEDIA_SCHEME, async (request) => {
    const refused = mediaResponseHeaders('text/plain; charset=utf-8', { immutable: false });
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed', refused);
      const media = parseMediaUrl(request.url);
      if (!media) return textResponse(404, 'Not found', refused);
      const candidate = backend.mediaPath(media.kind, media.id);
      // Even a path from the backend must resolve (symlinks included) inside the library.
      const file = candidate ? await resolveInside(libraryDir, candidate) : null;
      if (!file) return textResponse(404, 'Not found', refused);

      const { size } = await fs.stat(file);
      const contentType = sniffMediaType(await readHead(file, 1024));
      const headers = mediaResponseHeaders(contentType, { immutable: media.kind === 'asset' });
      const range = parseRange(request.headers.get('range'), size);
      if (range === 'unsatisfiable') {
        return new Response(null, { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } });
      }
      const start = range ? range.start : 0;
      const end = range ? range.end : size - 1;
      const length = size === 0 ? 0 : end - start + 1;
      const responseHeaders: Record<string, string> = { ...headers, 'Content-Length': String(length) };
      if (range) responseHeaders['Content-Range'] = `bytes ${start}-${end}/${size}`;
      const body =
        request.method === 'HEAD' || length === 0
          ? null
          : (Readable.toWeb(createReadStream(file, { start, end })) as unknown as ReadableStream<Uint8Array>);
      return new Response(body, { status: range ? 206 : 200, headers: responseHeaders });
    } catch (error) {
      console.error('[affiche] asset:// request failed:', error);
      return textResponse(500, 'Internal error', refused);
    }
  });
}

function trustedFrame(event: Electron.IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  return Boolean(frame && frame.parent === null && isTrustedSender(frame.url, DEV_ORIGIN));
}

/** SEC-05: only Affiche's own top-level page reaches the dispatcher, which validates the rest. */
function registerIpc(backend: Backend): void {
  ipcMain.handle(CALL_CHANNEL, async (event, method: unknown, args: unknown) => {
    if (!trustedFrame(event)) return { ok: false, error: { code: 'forbidden', key: 'call.forbidden', message: 'This page is not allowed to call Affiche.' } };
    try {
      return await backend.dispatch(typeof method === 'string' ? method : '', args);
    } catch (error) {
      // dispatch() promises never to throw; if it ever does, the renderer still gets an answer.
      console.error('[affiche] dispatch threw:', error);
      return { ok: false, error: { code: 'internal', key: 'call.internal', params: { method: String(method), detail: '' }, message: 'Something went wrong inside Affiche.' } };
    }
  });
  // Files from the page (drops, pastes, file inputs) reach the staging area in chunks: never a
  // path, never a whole file in one message (docs/architecture.md, "Staging").
  const uploads = new UploadSessions(backend.staging);
  const watched = new WeakSet<WebContents>();
  ipcMain.handle(UPLOAD_CHANNEL, async (event, op: unknown, ...args: unknown[]) => {
    if (!trustedFrame(event) || !isUploadOp(op)) throw new Error('refused');
    const owner = event.sender;
    if (!watched.has(owner)) {
      watched.add(owner);
      owner.once('destroyed', () => void uploads.forget(owner));
    }
    switch (op) {
      case 'begin':
        return uploads.begin(owner, args[0]);
      case 'append':
        return uploads.append(owner, args[0], args[1]);
      case 'finish':
        return uploads.finish(owner, args[0]);
      case 'abort':
        return uploads.abort(owner, args[0]);
    }
  });
  backend.onEvent((name: EventName, payload: unknown) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      if (!window.isDestroyed() && !contents.isDestroyed() && isTrustedSender(contents.getURL(), DEV_ORIGIN)) {
        contents.send(EVENT_CHANNEL, name, payload);
      }
    }
  });
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function start(): Promise<void> {
  const libraryDir = parseLibraryArg(process.argv, process.cwd()) ?? defaultLibraryDir();
  let backend: Backend;
  // The dialogs jobs ask for, in the UI's language (the setting, else the OS's).
  const host = createElectronHost({
    window: () => BrowserWindow.getFocusedWindow() ?? mainWindow,
    language: () => {
      const setting = backend?.library.getSettings().language ?? 'system';
      const chosen = setting === 'system' ? app.getLocale() : setting;
      return chosen.toLowerCase().startsWith('fr') ? 'fr' : 'en';
    },
  });
  try {
    backend = await createBackend({ libraryDir, transport: 'electron', host });
  } catch (error) {
    // 'locked': another Affiche (or the CLI) is writing this library (REL-07). The backend's
    // message says which folder and what to do; anything else is shown as is too.
    const locked = (error as { code?: unknown } | null)?.code === 'locked';
    dialog.showErrorBox(
      locked ? 'Affiche: this library is already open' : 'Affiche could not open its library',
      `${describeError(error)}\n\nLibrary folder: ${libraryDir}`,
    );
    app.exit(1);
    return;
  }

  lockDownSession(session.defaultSession);
  registerAppProtocol();
  registerMediaProtocol(backend, libraryDir);
  registerIpc(backend);

  app.setAboutPanelOptions({ applicationName: 'Affiche', applicationVersion: app.getVersion(), copyright: 'MIT License' });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({ isDev: !app.isPackaged, isMac: process.platform === 'darwin', newDesign: () => sendMenuCommand('new-design') }),
    ),
  );

  mainWindow = createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    // Flush pending writes and release the library lock before Electron goes.
    event.preventDefault();
    closing = true;
    backend
      .close()
      .catch((error: unknown) => console.error('[affiche] closing the library failed:', error))
      .finally(() => app.quit());
  });
}

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (which comes to the front) and leaves.
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox('Affiche could not start', describeError(error));
      app.exit(1);
    });
}

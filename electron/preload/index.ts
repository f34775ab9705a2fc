/**
 * The preload: runs sandboxed and context-isolated, bundled into one CommonJS file
 * (out/preload/index.cjs) by electron-vite. It exposes `window.affiche` (a PreloadBridge) and
 * nothing else; the surface is built and tested in ./surface.ts.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_CHANNEL, EVENT_CHANNEL, MENU_CHANNEL, MENU_DOM_EVENT, UPLOAD_CHANNEL, isMenuCommand } from '../main/channels';
import { buildPreloadSurface, createEventHub } from './surface';

/** The page this preload runs in (its only DOM use); the electron layer compiles without DOM types. */
declare const window: EventTarget;

const hub = createEventHub((error) => console.error('[affiche] an event listener failed:', error));

// The IpcRendererEvent (sender, ports...) never reaches the page: only the name and payload do.
ipcRenderer.on(EVENT_CHANNEL, (_event, name: unknown, payload: unknown) => hub.emit(name, payload));

// Application-menu commands become a DOM event the renderer can listen to in any transport.
ipcRenderer.on(MENU_CHANNEL, (_event, command: unknown) => {
  if (isMenuCommand(command)) window.dispatchEvent(new CustomEvent(MENU_DOM_EVENT, { detail: command }));
});

const bridge = buildPreloadSurface(
  (method, args) => ipcRenderer.invoke(CALL_CHANNEL, method, args),
  hub.subscribe,
  (op, ...args) => ipcRenderer.invoke(UPLOAD_CHANNEL, op, ...args),
);

contextBridge.exposeInMainWorld('affiche', bridge);

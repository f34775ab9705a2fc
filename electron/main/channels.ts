/**
 * Names shared by the main process and the preload. No imports at all: the sandboxed preload
 * bundles this file, and a sandboxed preload can't require Node modules.
 */

/** Renderer -> main: `invoke(CALL_CHANNEL, methodName, args)`, answered with a CallOutcome. */
export const CALL_CHANNEL = 'affiche:call';
/**
 * Renderer -> main: `invoke(UPLOAD_CHANNEL, op, ...args)` with op 'begin' (file name) -> upload id,
 * 'append' (id, bytes), 'finish' (id) -> { id: staging id, bytes }, 'abort' (id).
 */
export const UPLOAD_CHANNEL = 'affiche:upload';
export const UPLOAD_OPS = ['begin', 'append', 'finish', 'abort'] as const;
export type UploadOp = (typeof UPLOAD_OPS)[number];

export function isUploadOp(value: unknown): value is UploadOp {
  return typeof value === 'string' && (UPLOAD_OPS as readonly string[]).includes(value);
}

/** Main -> renderer: `send(EVENT_CHANNEL, eventName, payload)` for the contract's events. */
export const EVENT_CHANNEL = 'affiche:event';
/**
 * Main -> renderer: an application-menu command. The preload re-dispatches it as a DOM
 * `CustomEvent(MENU_DOM_EVENT, { detail: command })` on `window`, so the renderer needs no
 * Electron-only API (browser mode simply never fires it).
 */
export const MENU_CHANNEL = 'affiche:menu';
export const MENU_DOM_EVENT = 'affiche:menu';
export const MENU_COMMANDS = ['new-design'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Headless editor (issue 3): state, the action registry, history, geometry and snapping, with no UI. */
export { HeadlessEditor, createEditor, type EditorListener, type EditorOptions, type RunArgs } from './editor';
export { ACTIONS, HISTORY, COPY, EDITOR_COMMANDS, type ActionName } from './registry';
export { defineAction, type Action, type Command, type CommandSection, type Shortcut } from './action';
export { findShortcut, matchesKeys, type KeyLike, type ShortcutHit } from './keys';
export * from './actions';
export * from './bounds';
export * from './snapping';
export { keepsAspectRatio } from './scale';
export { HISTORY_LIMIT, COALESCE_MS } from './history';
export type { Perform, EditorState, ElementChange, ElementPatch, Box, Point } from './types';

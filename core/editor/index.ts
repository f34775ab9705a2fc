/** Headless editor (issue 3): state, actions, history, geometry and snapping, with no UI. */
export { HeadlessEditor, createEditor, type EditorListener, type EditorOptions, type RunOptions } from './editor';
export * from './actions';
export * from './bounds';
export * from './snapping';
export { keepsAspectRatio } from './scale';
export { HISTORY_LIMIT, COALESCE_MS } from './history';
export type { EditorAction, EditorState, ElementChange, ElementPatch, Box, Point } from './types';

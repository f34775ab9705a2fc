import { useEffect, useRef, type RefObject } from 'react';
import type { Textbox } from 'fabric';
import { elementIdOf } from '../../../core/render';
import type { Design } from '../../../core/schema/design';
import { getBridge } from '../bridge';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { playheadOf, type HeadlessEditor } from '../../../core/editor';
import type { Playback } from './timeline/usePlayback';
import type { DrawnFrame } from './timeline/player';
import type { MediaState } from './timeline/playerMedia';

export interface EditorTestHook {
  design(): Design;
  objects(): Array<{ id: string | undefined; type: string; text?: string; fill: unknown; scaleX: number; scaleY: number; fontSize?: number }>;
  selectedIds(): string[];
  screenCenterOf(id: string): { x: number; y: number } | null;
  screenBoxOf(id: string): { left: number; top: number; width: number; height: number; angle: number } | null;
  viewport(): { zoom: number; offsetX: number; offsetY: number } | null;
  guides(): ReadonlyArray<{ axis: 'x' | 'y'; position: number }>;
  /** A video's playhead and the player's last drawn frame (each layer's Fabric opacity). */
  playback(): { playheadMs: number; playing: boolean; pageIndex: number; previewing: boolean; frame: DrawnFrame | null; media: MediaState | null } | null;
}

declare global {
  interface Window {
    __afficheEditor?: EditorTestHook;
  }
}

/**
 * Browser mode only (the Playwright suite's way to read the canvas): the design in memory and what
 * Fabric holds. Never installed in Electron.
 */
export function useEditorTestHook(design: Design, editorRef: RefObject<EditorCanvas | null>, video: { editor: HeadlessEditor; playback: Playback } | null = null): void {
  const designRef = useRef(design);
  designRef.current = design;
  const videoRef = useRef(video);
  videoRef.current = video;

  useEffect(() => {
    if (getBridge().transport !== 'web') return;
    window.__afficheEditor = {
      design: () => designRef.current,
      objects: () =>
        (editorRef.current?.objects() ?? []).map((object) => ({
          id: elementIdOf(object),
          type: object.type,
          text: (object as Textbox).text,
          fill: object.fill,
          scaleX: object.scaleX,
          scaleY: object.scaleY,
          fontSize: (object as Textbox).fontSize,
        })),
      selectedIds: () => editorRef.current?.selectedIds() ?? [],
      screenCenterOf: (id) => editorRef.current?.screenCenterOf(id) ?? null,
      screenBoxOf: (id) => editorRef.current?.screenBoxOf(id) ?? null,
      viewport: () => editorRef.current?.getViewport() ?? null,
      guides: () => editorRef.current?.activeGuides() ?? [],
      playback: () => {
        const v = videoRef.current;
        if (!v) return null;
        const state = v.editor.getState();
        return { playheadMs: playheadOf(state), playing: state.playing === true, pageIndex: state.pageIndex, previewing: v.playback.previewing, frame: v.playback.lastFrame(), media: v.playback.media() };
      },
    };
    return () => {
      delete window.__afficheEditor;
    };
  }, [editorRef]);
}

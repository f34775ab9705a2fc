import { useEffect, useRef, type RefObject } from 'react';
import type { Textbox } from 'fabric';
import { elementIdOf } from '../../../core/render';
import type { Design } from '../../../core/schema/design';
import { getBridge } from '../bridge';
import type { EditorCanvas } from './canvas/EditorCanvas';

export interface EditorTestHook {
  design(): Design;
  objects(): Array<{ id: string | undefined; type: string; text?: string; fill: unknown; scaleX: number; scaleY: number; fontSize?: number }>;
  selectedIds(): string[];
  screenCenterOf(id: string): { x: number; y: number } | null;
  screenBoxOf(id: string): { left: number; top: number; width: number; height: number; angle: number } | null;
  viewport(): { zoom: number; offsetX: number; offsetY: number } | null;
  guides(): ReadonlyArray<{ axis: 'x' | 'y'; position: number }>;
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
export function useEditorTestHook(design: Design, editorRef: RefObject<EditorCanvas | null>): void {
  const designRef = useRef(design);
  designRef.current = design;

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
    };
    return () => {
      delete window.__afficheEditor;
    };
  }, [editorRef]);
}

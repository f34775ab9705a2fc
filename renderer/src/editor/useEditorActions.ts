/**
 * The user's editing actions (adding text, shapes and pictures, property changes, what the canvas
 * reports), each one history step of the headless editor (core/editor) that holds the design.
 */
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import { transformElements, type ElementChange, type ElementPatch, type EditorState, type HeadlessEditor } from '../../../core/editor';
import { containBox } from '../../../core/render/geometry';
import { createImageElement, createShapeElement, createTextElement } from '../../../core/schema/factory';
import type { Element, ShapeElement } from '../../../core/schema/design';
import type { EditorCanvas } from './canvas/EditorCanvas';
import { loadAssetImage } from './canvas/renderEnv';
import { currentFormat } from '../../../core/editor/tree';

type ShapeKind = ShapeElement['shape'];

/** What every group of editor actions works on. */
export interface EditorContext {
  editor: HeadlessEditor;
  state: EditorState;
  editorRef: RefObject<EditorCanvas | null>;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Width and height of a new shape, as fractions of 40 % of the page's shorter side. */
const SHAPE_PROPORTIONS: Record<ShapeKind, [number, number]> = {
  rect: [1, 1],
  ellipse: [1, 1],
  triangle: [1, 0.9],
  star: [1, 1],
  polygon: [1, 1],
  line: [1.5, 0.02],
  arrow: [1.2, 0.5],
  bubble: [1.1, 0.85],
};
const SHAPE_COLOURS: Record<ShapeKind, string> = {
  rect: '#6d4aff',
  ellipse: '#ffb547',
  triangle: '#2bb673',
  star: '#ffd43b',
  polygon: '#1c7ed6',
  line: '#1c1b22',
  arrow: '#e03131',
  bubble: '#ffffff',
};

export function useEditorActions({ editor, state, editorRef }: EditorContext) {
  const { t } = useTranslation();
  // The page the user sees: the shown variant's size when one is open (new elements land there).
  const { width: pageWidth, height: pageHeight } = currentFormat(state);

  return useMemo(() => {
    // New elements are selected by the editor; the canvas follows its selection.
    const place = (element: Element) => editor.createElements([element]);
    const shapeSize = Math.round(Math.min(pageWidth, pageHeight) * 0.4);

    return {
      addText() {
        const fontSize = Math.max(8, Math.min(400, Math.round(Math.min(pageWidth, pageHeight) * 0.06)));
        const width = Math.round(pageWidth * 0.7);
        const text = createTextElement({ x: 0, y: 0, width, fontSize, text: t('editor.defaultText'), name: t('editor.names.text') });
        place({ ...text, x: round((pageWidth - width) / 2), y: round((pageHeight - text.height) / 2) });
      },
      addShape(shape: ShapeKind) {
        const [width, height] = SHAPE_PROPORTIONS[shape].map((f) => Math.max(4, Math.round(shapeSize * f)));
        place(
          createShapeElement({
            shape,
            name: t(`editor.shapes.${shape}`),
            x: round((pageWidth - width) / 2),
            y: round((pageHeight - height) / 2),
            width,
            height,
            fill: SHAPE_COLOURS[shape],
            sides: shape === 'star' ? 5 : shape === 'polygon' ? 6 : undefined,
          }),
        );
      },
      /** Fitted inside the page (80 % of it), aspect ratio kept, centred on the page or on `at` (a drop point). */
      async insertImage(asset: AssetSummary, at?: { x: number; y: number }) {
        let { width, height } = asset;
        if (!width || !height) {
          const image = await loadAssetImage(asset.id);
          if (!image) throw new Error(t('editor.images.unreadable', { name: asset.fileName }));
          ({ naturalWidth: width, naturalHeight: height } = image);
        }
        const box = containBox(width, height, pageWidth * 0.8, pageHeight * 0.8);
        const centreX = at ? Math.min(pageWidth, Math.max(0, at.x)) : pageWidth / 2;
        const centreY = at ? Math.min(pageHeight, Math.max(0, at.y)) : pageHeight / 2;
        place(
          createImageElement({
            assetId: asset.id,
            name: asset.fileName.slice(0, 200),
            x: round(centreX - box.width / 2),
            y: round(centreY - box.height / 2),
            width: round(box.width),
            height: round(box.height),
          }),
        );
      },
      /** Another picture in the same frame: position, size, rotation and effects stay; the crop starts over. */
      replaceImage(id: string, asset: AssetSummary) {
        editor.replaceImage(id, asset.id, (asset.name ?? asset.fileName).slice(0, 200));
      },
      /** A property change from the panel; a burst of the same change is one undo step. */
      changeSelected(patch: ElementPatch, coalesceKey?: string) {
        if (editor.selection.length === 0) return;
        // Characters selected in a text being edited: the style goes to them (runs, on commit).
        if (editorRef.current?.styleTextSelection(patch)) return;
        editorRef.current?.commitTextEditing();
        editor.updateSelection(patch, { coalesceKey });
      },
      /** Moves, resizes and rotations from the canvas: one step; a resized group scales its content. */
      canvasChanged(changes: ElementChange[]) {
        editor.run(transformElements, { changes });
      },
      textEdited(id: string, edit: { text: string } & ElementPatch) {
        editor.commitTextEdit(id, edit);
      },
      deleteSelected() {
        editor.deleteSelection();
      },
      nudge(dx: number, dy: number) {
        editor.moveSelection(dx, dy, { coalesceKey: `nudge:${editor.selection.join(',')}` });
      },
      undo() {
        editorRef.current?.commitTextEditing();
        editor.undo();
      },
      redo() {
        editorRef.current?.commitTextEditing();
        editor.redo();
      },
    };
  }, [editor, editorRef, pageWidth, pageHeight, t]);
}

export type EditorActions = ReturnType<typeof useEditorActions>;

/** The user's editing actions, each one history step, bound to the current page and selection. */
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import { containBox } from '../../../core/render/geometry';
import { createImageElement, createShapeElement, createTextElement } from '../../../core/schema/factory';
import type { Design, Element, ShapeElement } from '../../../core/schema/design';

type ShapeKind = ShapeElement['shape'];
import type { EditorCanvas } from './canvas/EditorCanvas';
import { loadAssetImage } from './canvas/renderEnv';
import {
  addElement,
  applyChanges,
  nudgeElements,
  removeElements,
  updateElements,
  type ElementChange,
  type ElementPatch,
} from './designOps';

export type Apply = (update: (design: Design) => Design, coalesceKey?: string) => void;

/** What every group of editor actions works on. */
export interface EditorContext {
  apply: Apply;
  design: Design;
  pageIndex: number;
  selection: string[];
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

export function useEditorActions({ apply, design, pageIndex, selection, editorRef }: EditorContext) {
  const { t } = useTranslation();
  const { width: pageWidth, height: pageHeight } = design.format;

  return useMemo(() => {
    const place = (element: Element) => {
      apply((d) => addElement(d, pageIndex, element));
      editorRef.current?.selectSoon([element.id]);
    };
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
        apply((d) => applyChanges(d, pageIndex, [{ id, patch: { assetId: asset.id, crop: undefined, name: asset.fileName.slice(0, 200) } }]));
      },
      /** A property change from the panel; a burst of the same change is one undo step. */
      changeSelected(patch: ElementPatch, coalesceKey?: string) {
        if (selection.length === 0) return;
        editorRef.current?.commitTextEditing();
        apply((d) => updateElements(d, pageIndex, selection, patch), coalesceKey && `${coalesceKey}:${selection.join(',')}`);
      },
      canvasChanged(changes: ElementChange[]) {
        apply((d) => applyChanges(d, pageIndex, changes));
      },
      textEdited(id: string, edit: { text: string; x: number; y: number; height: number }) {
        // An emptied text box goes away, as in every design tool.
        if (edit.text.trim() === '') apply((d) => removeElements(d, pageIndex, [id]));
        else apply((d) => applyChanges(d, pageIndex, [{ id, patch: edit }]));
      },
      deleteSelected() {
        if (selection.length > 0) apply((d) => removeElements(d, pageIndex, selection));
      },
      nudge(dx: number, dy: number) {
        if (selection.length > 0) apply((d) => nudgeElements(d, pageIndex, selection, dx, dy), `nudge:${selection.join(',')}`);
      },
    };
  }, [apply, pageIndex, selection, editorRef, pageWidth, pageHeight, t]);
}

export type EditorActions = ReturnType<typeof useEditorActions>;

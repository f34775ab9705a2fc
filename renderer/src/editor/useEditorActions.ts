/**
 * What the editor's own controls ask of the headless editor (core/editor) beyond a bare action:
 * the words of a new text or shape in the UI's language, a picture's size read from the file,
 * a style that goes to the characters selected in a text being edited, what the canvas reports
 * (moves and resizes, words as they are typed, measured text heights).
 * Each call runs one action of the registry (core/editor/registry.ts): placement, sizes and
 * colours of new elements are core's.
 */
import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../core/api';
import { ACTIONS, type ElementChange, type ElementPatch, type EditorState, type HeadlessEditor, type Point } from '../../../core/editor';
import type { ShapeKind } from '../../../core/elements';
import type { EditorCanvas } from './canvas/EditorCanvas';
import type { TextEdit } from './canvas/readBack';
import type { TextElement } from '../../../core/schema/design';
import { loadAssetImage } from './canvas/renderEnv';

/** What every group of editor actions works on. */
export interface EditorContext {
  editor: HeadlessEditor;
  state: EditorState;
  editorRef: RefObject<EditorCanvas | null>;
}

export function useEditorActions({ editor, editorRef }: Pick<EditorContext, 'editor' | 'editorRef'>) {
  const { t } = useTranslation();

  return useMemo(
    () => ({
      addText() {
        editor.run(ACTIONS.addText, { text: t('editor.defaultText') });
      },
      addShape(shape: ShapeKind) {
        editor.run(ACTIONS.addShape, { shape, name: t(`editor.shapes.${shape}`) });
      },
      /** A library picture, centred on the page or on `at` (a drop point); its size is read from the file when the library has none. */
      async insertImage(asset: AssetSummary, at?: Point) {
        let { width, height } = asset;
        if (!width || !height) {
          const image = await loadAssetImage(asset.id);
          if (!image) throw new Error(t('editor.images.unreadable', { name: asset.fileName }));
          ({ naturalWidth: width, naturalHeight: height } = image);
        }
        editor.run(ACTIONS.insertMedia, { kind: 'image', assetId: asset.id, name: asset.fileName, width, height, at });
      },
      /** Another picture in the same frame: position, size, rotation and effects stay; the crop starts over. */
      replaceImage(id: string, asset: AssetSummary) {
        editor.run(ACTIONS.replaceImage, { id, assetId: asset.id, name: asset.name ?? asset.fileName });
      },
      /**
       * A property from the panel. `control` names the slider or colour picker being dragged: a
       * burst of it is one undo step. Characters selected in a text being edited take the style
       * themselves (style runs, in the design at once: a button is a step, a dragged control a burst).
       */
      changeSelected(patch: ElementPatch, control?: string) {
        const styled = editorRef.current?.styleTextSelection(patch);
        if (styled) {
          if (styled.edit) editor.run(ACTIONS.setText, { ...typedText(styled.id, styled.edit), burst: control ? `style:${control}` : null });
          return;
        }
        editorRef.current?.commitTextEditing();
        editor.run(ACTIONS.updateSelection, { patch, control });
      },
      /** Moves, resizes and rotations from the canvas. */
      canvasChanged(changes: ElementChange[]) {
        editor.run(ACTIONS.transform, { changes });
      },
      /** In-place editing ended (an emptied text goes away). */
      textEdited(id: string, edit: { text: string } & ElementPatch) {
        editor.run(ACTIONS.commitTextEdit, { id, edit });
      },
      /** Each change while typing in a text: in the design at once, one undo step per burst. */
      textTyped(id: string, edit: TextEdit) {
        editor.run(ACTIONS.setText, typedText(id, edit));
      },
      /** Heights the canvas measured for texts that follow their words: corrected, no undo step. */
      textHeights(heights: Array<{ id: string; height: number }>) {
        editor.run(ACTIONS.setTextHeights, { heights });
      },
      /** The size and line breaks the canvas fitted auto-fit texts to: kept on them, no undo step. */
      textFits(fits: Array<{ id: string; fitted: NonNullable<TextElement['fitted']> }>) {
        editor.run(ACTIONS.setTextFits, { fits });
      },
    }),
    [editor, editorRef, t],
  );
}

/** setText's arguments for what a text box being edited shows. */
function typedText(id: string, edit: TextEdit) {
  return { id, text: edit.text, height: edit.height, ...('styles' in edit ? { styles: edit.styles } : {}) };
}

export type EditorActions = ReturnType<typeof useEditorActions>;

/**
 * What using a library asset does in the editor (issue 5), for a click in the library panel
 * (centred) and a drop on the canvas (at the drop point): images and videos become elements (an
 * image dropped on an image replaces its picture), a sound becomes the design's soundtrack, a font
 * goes to the selected texts or to a new text. Each is one undo step of the headless editor.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../../core/api';
import { ACTIONS, selectionHasText, type Point } from '../../../../core/editor';
import { currentPage } from '../../../../core/editor/tree';
import { unreachable } from '../../../../core/elements';
import { loadFontFamilies } from '../../fonts/loadFonts';
import { currentLibraryFonts, refreshLibraryFonts } from '../../fonts/libraryFonts';
import type { EditorActions, EditorContext } from '../useEditorActions';
import { assetName } from './format';

/** A video the library has no size for (an older library) is placed as 16:9. */
const DEFAULT_VIDEO_SIZE = { width: 1920, height: 1080 };

export function useLibraryActions({ editor, editorRef }: Pick<EditorContext, 'editor' | 'editorRef'>, actions: EditorActions) {
  const { t } = useTranslation();

  return useMemo(() => {
    const elementOf = (id: string | undefined) => (id ? currentPage(editor.getState()).elements.find((el) => el.id === id) : undefined);

    /**
     * A font: onto a text (drop), that text; else the selected texts; else a new text in the font.
     * The face is loaded first, so the canvas measures the text with it, never with a fallback.
     */
    const applyFont = async (asset: AssetSummary, at?: Point, onto?: string) => {
      const family = asset.fontFamily;
      if (!family) throw new Error(t('editor.images.unreadable', { name: assetName(asset) }));
      if (!currentLibraryFonts().some((face) => face.family === family)) await refreshLibraryFonts();
      await loadFontFamilies([family]);
      editorRef.current?.commitTextEditing();
      const target = elementOf(onto);
      if (target?.type === 'text') editor.select([target.id]);
      if (target?.type === 'text' || (!at && selectionHasText(editor.getState()))) {
        editor.run(ACTIONS.setFontFamily, { family });
        return;
      }
      editor.run(ACTIONS.addText, { text: t('editor.library.fontSample'), fontFamily: family, at });
    };

    return {
      /** A click in the panel (`at` undefined: centred) or a drop (`at` in page pixels, `onto` the element under it). */
      async applyAsset(asset: AssetSummary, at?: Point, onto?: string): Promise<void> {
        switch (asset.kind) {
          case 'image': {
            const target = elementOf(onto);
            if (target?.type === 'image') actions.replaceImage(target.id, asset);
            else await actions.insertImage(asset, at);
            return;
          }
          case 'video': {
            // Import measures every video; a summary without a size (older library) gets 16:9.
            const { width, height } = asset.width && asset.height ? { width: asset.width, height: asset.height } : DEFAULT_VIDEO_SIZE;
            editor.run(ACTIONS.insertMedia, { kind: 'video', assetId: asset.id, name: assetName(asset), width, height, at });
            return;
          }
          case 'audio':
            editor.run(ACTIONS.setSoundtrack, { assetId: asset.id });
            return;
          case 'font':
            return applyFont(asset, at, onto);
          default:
            return unreachable(asset.kind, 'asset kind');
        }
      },
      removeSoundtrack() {
        editor.run(ACTIONS.setSoundtrack, null);
      },
    };
  }, [editor, editorRef, actions, t]);
}

export type LibraryActions = ReturnType<typeof useLibraryActions>;

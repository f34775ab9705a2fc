/**
 * What using a library asset does in the editor (issue 5), for a click in the library panel
 * (centred) and a drop on the canvas (at the drop point): images and videos become elements (an
 * image dropped on an image replaces its picture), a sound becomes the design's soundtrack, a font
 * goes to the selected texts or to a new text. Each is one undo step of the headless editor.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../../core/api';
import { selectionHasText } from '../../../../core/editor';
import { currentFormat, currentPage } from '../../../../core/editor/tree';
import { containBox } from '../../../../core/render/geometry';
import { createTextElement, newId } from '../../../../core/schema/factory';
import type { VideoElement } from '../../../../core/schema/design';
import { loadFontFamilies } from '../../fonts/loadFonts';
import { currentLibraryFonts, refreshLibraryFonts } from '../../fonts/libraryFonts';
import type { EditorActions, EditorContext } from '../useEditorActions';
import { assetName } from './format';

type Point = { x: number; y: number };

const round = (value: number) => Math.round(value * 100) / 100;

export function useLibraryActions({ editor, editorRef }: Pick<EditorContext, 'editor' | 'editorRef'>, actions: EditorActions) {
  const { t } = useTranslation();

  return useMemo(() => {
    const page = () => {
      const state = editor.getState();
      return { elements: currentPage(state).elements, ...currentFormat(state) };
    };
    /** A point on the page: the drop point (kept on the page), or its centre. */
    const centreAt = (at: Point | undefined) => {
      const { width, height } = page();
      return at ? { x: Math.min(width, Math.max(0, at.x)), y: Math.min(height, Math.max(0, at.y)) } : { x: width / 2, y: height / 2 };
    };
    const elementOf = (id: string | undefined) => (id ? page().elements.find((el) => el.id === id) : undefined);

    const insertVideo = (asset: AssetSummary, at?: Point) => {
      const { width: pageWidth, height: pageHeight } = page();
      // Import measures every video; a summary without a size (older library) gets 16:9.
      const box = containBox(asset.width ?? 1920, asset.height ?? 1080, pageWidth * 0.8, pageHeight * 0.8);
      const centre = centreAt(at);
      const video: VideoElement = {
        id: newId('e'),
        type: 'video',
        name: assetName(asset).slice(0, 200),
        x: round(centre.x - box.width / 2),
        y: round(centre.y - box.height / 2),
        width: round(box.width),
        height: round(box.height),
        rotation: 0,
        opacity: 1,
        locked: false,
        hidden: false,
        assetId: asset.id,
        trimInMs: 0,
        muted: false,
        volume: 1,
      };
      editor.createElements([video]);
    };

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
      if (target?.type === 'text') {
        editor.select([target.id]);
        editor.setFontFamily(family);
        return;
      }
      if (!at && selectionHasText(editor.getState())) {
        editor.setFontFamily(family);
        return;
      }
      const { width: pageWidth, height: pageHeight } = page();
      const fontSize = Math.max(8, Math.min(400, Math.round(Math.min(pageWidth, pageHeight) * 0.06)));
      const width = Math.round(pageWidth * 0.7);
      const text = createTextElement({ x: 0, y: 0, width, fontSize, fontFamily: family, text: t('editor.library.fontSample'), name: family.slice(0, 200) });
      const centre = centreAt(at);
      editor.createElements([{ ...text, x: round(centre.x - width / 2), y: round(centre.y - text.height / 2) }]);
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
          case 'video':
            return insertVideo(asset, at);
          case 'audio':
            editor.setSoundtrack({ assetId: asset.id });
            return;
          case 'font':
            return applyFont(asset, at, onto);
        }
      },
      removeSoundtrack() {
        editor.setSoundtrack(null);
      },
    };
  }, [editor, editorRef, actions, t]);
}

export type LibraryActions = ReturnType<typeof useLibraryActions>;

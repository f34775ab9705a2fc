/**
 * Editing actions of the brand kit panel: a text in a preset's style, a preset applied to or read
 * from the selected text, a logo placed in the page's top-right corner. Each edit is one step of
 * the headless editor, like the other editor actions (../useEditorActions.ts).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssetSummary } from '../../../../core/api';
import { paintToSolid } from '../../../../core/render/paint';
import type { TextPreset, TextRole } from '../../../../core/schema/brandKit';
import type { Element, TextElement } from '../../../../core/schema/design';
import { createImageElement, createTextElement } from '../../../../core/schema/factory';
import { loadAssetImage } from '../canvas/renderEnv';
import type { EditorContext } from '../useEditorActions';
import { currentFormat } from '../../../../core/editor/tree';
import { presetTextCase, presetUppercase } from '../../../../core/render/textCase';

const round = (value: number) => Math.round(value * 100) / 100;

/** Share of the page width a logo takes when inserted, and its distance to the page edges. */
export const LOGO_WIDTH_SHARE = 0.15;
export const LOGO_MARGIN_SHARE = 0.04;

/** The text fields a preset sets, as an element patch. */
export function presetPatch(preset: TextPreset): Pick<TextElement, Exclude<keyof TextPreset, 'uppercase'> | 'textCase'> {
  return {
    fontFamily: preset.fontFamily,
    fontSize: preset.fontSize,
    fontWeight: preset.fontWeight,
    fontStyle: preset.fontStyle,
    fill: preset.fill,
    letterSpacing: preset.letterSpacing,
    lineHeight: preset.lineHeight,
    textCase: presetTextCase(preset.uppercase),
  };
}

/** A preset from a text: a gradient fill is kept as its first colour (presets are solid, see the schema). */
export function presetOf(text: TextElement): TextPreset {
  const fill = paintToSolid(text.fill);
  return {
    fontFamily: text.fontFamily,
    fontSize: Math.round(text.fontSize * 100) / 100,
    fontWeight: text.fontWeight,
    fontStyle: text.fontStyle,
    fill: /^(#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?|transparent)$/.test(fill) ? fill : fill.slice(0, 7),
    letterSpacing: text.letterSpacing,
    lineHeight: text.lineHeight,
    uppercase: presetUppercase(text.textCase),
  };
}

/** The solid colour of a selected element, if it has one a palette can take (#rrggbb). */
export function colorOf(element: Element | undefined): string | null {
  if (!element || (element.type !== 'text' && element.type !== 'shape')) return null;
  const solid = paintToSolid(element.fill);
  return /^#[0-9a-fA-F]{6}/.test(solid) ? solid.slice(0, 7).toLowerCase() : null;
}

export function useBrandActions({ editor, state, editorRef }: EditorContext) {
  const { t } = useTranslation();
  // The page the user sees: the shown variant's size when one is open (new elements land there).
  const { width: pageWidth, height: pageHeight } = currentFormat(state);

  return useMemo(
    () => ({
      /** A new text in the preset's style, worded after its role (its layer is called after its words), centred on the page. */
      addStyledText(role: TextRole, preset: TextPreset) {
        editorRef.current?.commitTextEditing();
        const width = Math.round(pageWidth * 0.8);
        const text = createTextElement({
          x: 0,
          y: 0,
          width,
          ...presetPatch(preset),
          height: Math.round(preset.fontSize * Math.max(1.2, preset.lineHeight)),
          text: t(`brand.roles.${role}`),
          name: '',
        });
        editor.createElements([{ ...text, x: round((pageWidth - width) / 2), y: round((pageHeight - text.height) / 2) }]);
      },
      /** The preset's style on every selected text (other elements are left alone). */
      applyPreset(preset: TextPreset) {
        editorRef.current?.commitTextEditing();
        const page = state.design.pages[state.pageIndex];
        const ids = new Set(editor.selection);
        const texts = (page?.elements ?? []).filter((el) => ids.has(el.id) && el.type === 'text');
        if (texts.length === 0) return;
        editor.updateElements(texts.map((el) => ({ id: el.id, patch: presetPatch(preset) })));
      },
      /**
       * The logo at the page's top-right corner, 15 % of the page width, ratio kept. Its constraints
       * pin it to that corner, so a resize to another format keeps it there (core/variants).
       */
      async insertLogo(asset: AssetSummary) {
        let { width, height } = asset;
        if (!width || !height) {
          const image = await loadAssetImage(asset.id);
          if (!image) throw new Error(t('editor.images.unreadable', { name: asset.fileName }));
          ({ naturalWidth: width, naturalHeight: height } = image);
        }
        const logoWidth = Math.max(4, pageWidth * LOGO_WIDTH_SHARE);
        const logoHeight = Math.max(4, (logoWidth * height) / width);
        const margin = Math.round(Math.min(pageWidth, pageHeight) * LOGO_MARGIN_SHARE);
        editor.createElements([
          createImageElement({
            assetId: asset.id,
            name: asset.fileName.slice(0, 200),
            x: round(pageWidth - margin - logoWidth),
            y: margin,
            width: round(logoWidth),
            height: round(logoHeight),
            constraints: { horizontal: 'right', vertical: 'top' },
          }),
        ]);
      },
    }),
    [editor, editorRef, pageWidth, pageHeight, state.design.pages, state.pageIndex, t],
  );
}

export type BrandActions = ReturnType<typeof useBrandActions>;

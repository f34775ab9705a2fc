import { useTranslation } from 'react-i18next';
import { RangeField } from './RangeField';
import { NumberField } from './NumberField';
import { BUNDLED_FONTS } from '../../../core/render/fonts';
import { libraryFacesFor, type LibraryFontFace } from '../../../core/render/libraryFonts';
import { useLibraryFonts } from '../fonts/useLibraryFonts';
import type { TextElement } from '../../../core/schema/design';
import { Icon, type IconName } from '../shared/Icon';
import type { ElementPatch } from '../../../core/editor';
import { FontPicker } from './FontPicker';
import { useTextSelectionStyle } from './canvas/textSelection';

const ALIGNMENTS: Array<{ value: TextElement['align']; icon: IconName }> = [
  { value: 'left', icon: 'alignLeft' },
  { value: 'center', icon: 'alignCenter' },
  { value: 'right', icon: 'alignRight' },
  { value: 'justify', icon: 'alignJustify' },
];

/**
 * Which styles a family really has (no faux bold/italic: exports must match): a bundled family's
 * faces, else the library's faces of that family (bold: any face of weight 600 or more, which
 * the browser and node-canvas both pick for 700).
 */
export function faceSupport(family: string, libraryFaces: readonly LibraryFontFace[] = []): { bold: boolean; italic: boolean } {
  const bundled = BUNDLED_FONTS.find((f) => f.family === family)?.faces;
  const faces = bundled ?? libraryFacesFor(libraryFaces, [family]);
  return { bold: faces.some((f) => f.weight >= 600), italic: faces.some((f) => f.style === 'italic') };
}

export function TextSection({ element, onChange }: { element: TextElement; onChange: (patch: ElementPatch, control?: string) => void }) {
  const { t } = useTranslation();
  const libraryFaces = useLibraryFonts();
  const support = faceSupport(element.fontFamily, libraryFaces);
  // While characters are selected in the text being edited, the buttons show (and change) theirs.
  const selected = useTextSelectionStyle(element.id);
  const bold = selected ? selected.bold : element.fontWeight >= 600;
  const italic = selected ? selected.italic : element.fontStyle === 'italic';

  return (
    <section className="panel-section" aria-label={t('editor.props.textSection')}>
      <FontPicker
        value={element.fontFamily}
        onChange={(fontFamily) => {
          // Weight and style only when the new family lacks them: sending them unchanged would
          // also clear the bold or italic words of a mixed text (core/editor/textRuns.ts).
          const next = faceSupport(fontFamily, libraryFaces);
          onChange({ fontFamily, ...(next.bold ? {} : { fontWeight: 400 }), ...(next.italic ? {} : { fontStyle: 'normal' as const }) });
        }}
      />
      <div className="field-row">
        <NumberField
          label={t('editor.props.fontSize')}
          className="field-size"
          value={element.fontSize}
          min={1}
          max={2000}
          onChange={(fontSize) => onChange({ fontSize }, 'fontSize')}
          testId="font-size"
        />
        <div className="field">
          <span className="field-label">{t('editor.props.style')}</span>
          <div className="segmented">
            <button
              type="button"
              className="segmented-btn"
              aria-pressed={bold}
              disabled={!support.bold}
              title={support.bold ? t('editor.props.bold') : t('editor.props.noBold')}
              aria-label={t('editor.props.bold')}
              onClick={() => onChange({ fontWeight: bold ? 400 : 700 })}
              data-testid="text-bold"
            >
              <Icon name="bold" size={18} />
            </button>
            <button
              type="button"
              className="segmented-btn"
              aria-pressed={italic}
              disabled={!support.italic}
              title={support.italic ? t('editor.props.italic') : t('editor.props.noItalic')}
              aria-label={t('editor.props.italic')}
              onClick={() => onChange({ fontStyle: italic ? 'normal' : 'italic' })}
              data-testid="text-italic"
            >
              <Icon name="italic" size={18} />
            </button>
          </div>
        </div>
      </div>
      <div className="field">
        <span className="field-label">{t('editor.props.align')}</span>
        <div className="segmented" role="radiogroup" aria-label={t('editor.props.align')}>
          {ALIGNMENTS.map(({ value, icon }) => (
            <button
              key={value}
              type="button"
              role="radio"
              className="segmented-btn"
              aria-checked={element.align === value}
              aria-label={t(`editor.props.alignments.${value}`)}
              title={t(`editor.props.alignments.${value}`)}
              onClick={() => onChange({ align: value })}
              data-testid={`text-align-${value}`}
            >
              <Icon name={icon} size={18} />
            </button>
          ))}
        </div>
      </div>
      <label className="checkbox-row">
        <input type="checkbox" checked={element.autoFit === true} onChange={(event) => onChange({ autoFit: event.target.checked })} data-testid="text-autofit" />
        <span>{t('editor.text.autoFit')}</span>
      </label>
      {element.autoFit && (
        <>
          <RangeField label={t('editor.text.minFontSize')} value={Math.min(element.minFontSize ?? 6, element.fontSize)} min={1} max={Math.max(1, Math.round(element.fontSize))} step={1} unit=" px" onChange={(minFontSize) => onChange({ minFontSize }, 'minFontSize')} testId="text-min-size" />
          <RangeField label={t('editor.text.maxLines')} value={element.maxLines ?? 0} min={0} max={12} step={1} onChange={(lines) => onChange({ maxLines: lines > 0 ? lines : undefined }, 'maxLines')} testId="text-max-lines" />
        </>
      )}
    </section>
  );
}

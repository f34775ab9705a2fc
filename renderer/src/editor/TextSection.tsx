import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUNDLED_FONTS } from '../../../core/render/fonts';
import type { TextElement } from '../../../core/schema/design';
import { Icon, type IconName } from '../shared/Icon';
import type { ElementPatch } from './designOps';
import { FontPicker } from './FontPicker';

const ALIGNMENTS: Array<{ value: TextElement['align']; icon: IconName }> = [
  { value: 'left', icon: 'alignLeft' },
  { value: 'center', icon: 'alignCenter' },
  { value: 'right', icon: 'alignRight' },
  { value: 'justify', icon: 'alignJustify' },
];

/** Which styles a bundled family really has (no faux bold/italic: exports must match). */
export function faceSupport(family: string): { bold: boolean; italic: boolean } {
  const faces = BUNDLED_FONTS.find((f) => f.family === family)?.faces ?? [];
  return { bold: faces.some((f) => f.weight === 700), italic: faces.some((f) => f.style === 'italic') };
}

export function TextSection({ element, onChange }: { element: TextElement; onChange: (patch: ElementPatch, coalesceKey?: string) => void }) {
  const { t } = useTranslation();
  const support = faceSupport(element.fontFamily);
  const bold = element.fontWeight >= 600;
  const italic = element.fontStyle === 'italic';

  return (
    <section className="panel-section" aria-label={t('editor.props.textSection')}>
      <FontPicker
        value={element.fontFamily}
        onChange={(fontFamily) => {
          const next = faceSupport(fontFamily);
          onChange({ fontFamily, fontWeight: next.bold ? element.fontWeight : 400, fontStyle: next.italic ? element.fontStyle : 'normal' });
        }}
      />
      <div className="field-row">
        <FontSizeField value={element.fontSize} onChange={(fontSize) => onChange({ fontSize }, 'fontSize')} />
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
    </section>
  );
}

function FontSizeField({ value, onChange }: { value: number; onChange: (size: number) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(Math.round(value * 10) / 10)), [value]);
  const commit = (text: string) => {
    const size = Number(text);
    if (Number.isFinite(size) && size >= 1 && size <= 2000) onChange(Math.round(size * 10) / 10);
  };
  return (
    <div className="field field-size">
      <label className="field-label" htmlFor="font-size">
        {t('editor.props.fontSize')}
      </label>
      <input
        id="font-size"
        className="input"
        type="number"
        min={1}
        max={2000}
        step={1}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          commit(event.target.value);
        }}
        onBlur={() => setDraft(String(Math.round(value * 10) / 10))}
        data-testid="font-size"
      />
    </div>
  );
}

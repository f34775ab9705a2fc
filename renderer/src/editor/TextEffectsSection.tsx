/**
 * Text styling beyond font and size: decorations, case, spacing, and the effects that make a
 * social post readable over a photo — outline (drawn under the fill), shadow, highlight box.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_CASES, type TextCase } from '../../../core/schema/constants';
import type { TextElement } from '../../../core/schema/design';
import { ColorField } from './ColorField';
import { RangeField } from './RangeField';
import type { ElementPatch } from '../../../core/editor';
import { useTextSelectionStyle } from './canvas/textSelection';

type Change = (patch: ElementPatch, control?: string) => void;

function Effect(props: { label: string; on: boolean; onToggle: () => void; testId: string; children: ReactNode }) {
  return (
    <div className="text-effect">
      <label className="checkbox-row">
        <input type="checkbox" checked={props.on} onChange={props.onToggle} data-testid={props.testId} />
        <span>{props.label}</span>
      </label>
      {props.on && <div className="text-effect-body">{props.children}</div>}
    </div>
  );
}

export function TextEffectsSection({ element, onChange }: { element: TextElement; onChange: Change }) {
  const { t } = useTranslation();
  // Underline and strikethrough of the characters selected in the text being edited, if any.
  const selected = useTextSelectionStyle(element.id);
  const toggle = (key: 'underline' | 'linethrough', glyph: string, label: string) => {
    const on = selected ? selected[key] : element[key];
    return (
      <button
        type="button"
        className="segmented-btn"
        aria-pressed={on}
        aria-label={label}
        title={label}
        onClick={() => onChange({ [key]: !on })}
        data-testid={`text-${key}`}
      >
        <span className={`glyph-${key}`}>{glyph}</span>
      </button>
    );
  };
  const stroke = element.stroke ?? { color: '#000000', width: Math.max(2, Math.round(element.fontSize / 16)) };
  const shadow = element.shadow ?? { color: '#00000080', blur: Math.round(element.fontSize / 6), offsetX: 0, offsetY: Math.round(element.fontSize / 16) };
  const background = element.background ?? { color: '#ffd43b', padding: Math.round(element.fontSize / 4), radius: Math.round(element.fontSize / 6) };

  return (
    <section className="panel-section" aria-label={t('editor.text.effects')} data-testid="text-effects">
      <div className="segmented">
        {toggle('underline', 'U', t('editor.text.underline'))}
        {toggle('linethrough', 'S', t('editor.text.linethrough'))}
      </div>
      <label className="field">
        <span className="field-label">{t('editor.text.case')}</span>
        <select className="input" value={element.textCase} onChange={(e) => onChange({ textCase: e.target.value as TextCase })} data-testid="text-case">
          {TEXT_CASES.map((value) => (
            <option key={value} value={value}>
              {t(`editor.text.cases.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <RangeField label={t('editor.text.lineHeight')} value={element.lineHeight} min={0.7} max={3} step={0.05} onChange={(lineHeight) => onChange({ lineHeight }, 'lineHeight')} testId="text-line-height" />
      <RangeField label={t('editor.text.letterSpacing')} value={element.letterSpacing} min={-200} max={1000} step={10} onChange={(letterSpacing) => onChange({ letterSpacing }, 'letterSpacing')} testId="text-letter-spacing" />
      <Effect label={t('editor.text.outline')} on={element.stroke !== undefined} onToggle={() => onChange({ stroke: element.stroke ? undefined : stroke })} testId="text-outline">
        <ColorField label={t('editor.text.outlineColor')} value={stroke.color.slice(0, 7)} onChange={(color) => onChange({ stroke: { ...stroke, color } }, 'strokeColor')} testId="text-outline-color" />
        {stroke.widthRatio === undefined ? (
          <RangeField label={t('editor.text.outlineWidth')} value={stroke.width} min={1} max={Math.max(40, Math.round(element.fontSize / 3))} step={1} unit=" px" onChange={(width) => onChange({ stroke: { ...stroke, width } }, 'strokeWidth')} testId="text-outline-width" />
        ) : (
          <RangeField label={t('editor.text.outlineRatio')} value={Math.round(stroke.widthRatio * 1000) / 10} min={1} max={25} step={0.5} unit="%" onChange={(percent) => onChange({ stroke: { ...stroke, widthRatio: percent / 100 } }, 'strokeWidth')} testId="text-outline-ratio" />
        )}
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={stroke.widthRatio !== undefined}
            onChange={(event) => {
              // Switching keeps the outline as thick as it is drawn now.
              const { widthRatio, ...fixed } = stroke;
              onChange({ stroke: event.target.checked ? { ...fixed, widthRatio: Math.min(0.5, stroke.width / element.fontSize) } : { ...fixed, width: Math.max(1, Math.round((widthRatio ?? 0) * element.fontSize)) } });
            }}
            data-testid="text-outline-proportional"
          />
          <span>{t('editor.text.outlineProportional')}</span>
        </label>
      </Effect>
      <Effect label={t('editor.text.shadow')} on={element.shadow !== undefined} onToggle={() => onChange({ shadow: element.shadow ? undefined : shadow })} testId="text-shadow">
        <ColorField label={t('editor.text.shadowColor')} value={shadow.color.slice(0, 7)} onChange={(color) => onChange({ shadow: { ...shadow, color: `${color}${shadow.color.slice(7) || ''}` } }, 'shadowColor')} testId="text-shadow-color" />
        <RangeField label={t('editor.text.shadowBlur')} value={shadow.blur} min={0} max={100} step={1} unit=" px" onChange={(blur) => onChange({ shadow: { ...shadow, blur } }, 'shadowBlur')} testId="text-shadow-blur" />
        <RangeField label={t('editor.text.shadowOffset')} value={shadow.offsetY} min={-50} max={50} step={1} unit=" px" onChange={(offsetY) => onChange({ shadow: { ...shadow, offsetY } }, 'shadowOffset')} testId="text-shadow-offset" />
      </Effect>
      <Effect label={t('editor.text.highlight')} on={element.background !== undefined} onToggle={() => onChange({ background: element.background ? undefined : background })} testId="text-highlight">
        <ColorField label={t('editor.text.highlightColor')} value={background.color.slice(0, 7)} onChange={(color) => onChange({ background: { ...background, color } }, 'highlightColor')} testId="text-highlight-color" />
        <RangeField label={t('editor.text.highlightPadding')} value={background.padding} min={0} max={100} step={1} unit=" px" onChange={(padding) => onChange({ background: { ...background, padding } }, 'highlightPadding')} testId="text-highlight-padding" />
        <RangeField label={t('editor.text.highlightRadius')} value={background.radius} min={0} max={100} step={1} unit=" px" onChange={(radius) => onChange({ background: { ...background, radius } }, 'highlightRadius')} testId="text-highlight-radius" />
      </Effect>
    </section>
  );
}

/** A fill a person can edit: a solid colour, or a linear (with angle) or radial gradient of two colours. */
import { useTranslation } from 'react-i18next';
import { paintToSolid } from '../../../core/render/paint';
import type { Paint } from '../../../core/schema/design';
import { ColorField } from './ColorField';
import { RangeField } from './RangeField';

type FillKind = 'solid' | 'linear' | 'radial';

export function PaintField({ label, value, onChange, testId }: { label: string; value: Paint; onChange: (paint: Paint, control?: string) => void; testId: string }) {
  const { t } = useTranslation();
  const kind: FillKind = typeof value === 'string' ? 'solid' : value.kind;
  const start = paintToSolid(value).slice(0, 7);
  // A gradient started from a solid colour ends on white; an existing one keeps its last stop.
  const end = typeof value === 'string' ? '#ffffff' : value.stops[value.stops.length - 1].color.slice(0, 7);
  const angle = typeof value === 'object' && value.kind === 'linear' ? value.angle : 90;
  const paint = (next: FillKind, a: string, b: string, deg = angle): Paint =>
    next === 'solid'
      ? a
      : next === 'linear'
        ? { kind: 'linear', angle: deg, stops: [{ offset: 0, color: a }, { offset: 1, color: b }] }
        : { kind: 'radial', stops: [{ offset: 0, color: a }, { offset: 1, color: b }] };

  return (
    <>
      <div className="field">
        <span className="field-label">{label}</span>
        <div className="segmented" role="radiogroup" aria-label={label}>
          {(['solid', 'linear', 'radial'] as const).map((option) => (
            <button
              key={option}
              type="button"
              role="radio"
              className="segmented-btn segmented-text"
              aria-checked={kind === option}
              onClick={() => onChange(paint(option, start, end))}
              data-testid={`${testId}-${option}`}
            >
              {t(`editor.shapeProps.${option}`)}
            </button>
          ))}
        </div>
      </div>
      <ColorField label={kind === 'solid' ? t('editor.shapeProps.colour') : t('editor.shapeProps.from')} value={start} onChange={(c) => onChange(paint(kind, c, end), `${testId}Start`)} testId={`${testId}-color`} />
      {kind !== 'solid' && <ColorField label={t('editor.shapeProps.to')} value={end} onChange={(c) => onChange(paint(kind, start, c), `${testId}End`)} testId={`${testId}-color-end`} />}
      {kind === 'linear' && (
        <RangeField label={t('editor.shapeProps.angle')} value={angle} min={0} max={360} step={15} unit="°" onChange={(deg) => onChange(paint('linear', start, end, deg), `${testId}Angle`)} testId={`${testId}-angle`} />
      )}
    </>
  );
}

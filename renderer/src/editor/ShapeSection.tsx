/** A shape's own properties: solid or gradient fill, outline (colour, width, dashes), corners, points. */
import { useTranslation } from 'react-i18next';
import { paintToSolid } from '../../../core/render/paint';
import type { Paint, ShapeElement } from '../../../core/schema/design';
import { ColorField } from './ColorField';
import { RangeField } from './RangeField';
import type { ElementPatch } from './designOps';

type Change = (patch: ElementPatch, coalesceKey?: string) => void;
type FillKind = 'solid' | 'linear' | 'radial';

function fillKind(paint: Paint): FillKind {
  return typeof paint === 'string' ? 'solid' : paint.kind;
}

/** Last colour of a gradient, or a lighter partner for a solid colour when a gradient starts. */
function endColour(paint: Paint): string {
  return typeof paint === 'string' ? '#ffffff' : paint.stops[paint.stops.length - 1].color.slice(0, 7);
}

export function ShapeSection({ element, onChange }: { element: ShapeElement; onChange: Change }) {
  const { t } = useTranslation();
  const kind = fillKind(element.fill);
  const start = paintToSolid(element.fill).slice(0, 7);
  const end = endColour(element.fill);
  const angle = typeof element.fill === 'object' && element.fill.kind === 'linear' ? element.fill.angle : 90;
  const paint = (next: FillKind, a: string, b: string, deg = angle): Paint =>
    next === 'solid'
      ? a
      : next === 'linear'
        ? { kind: 'linear', angle: deg, stops: [{ offset: 0, color: a }, { offset: 1, color: b }] }
        : { kind: 'radial', stops: [{ offset: 0, color: a }, { offset: 1, color: b }] };
  const stroke = element.stroke ?? { color: '#1c1b22', width: 4 };

  return (
    <section className="panel-section" aria-label={t('editor.shapeProps.title')} data-testid="shape-section">
      <div className="field">
        <span className="field-label">{t('editor.shapeProps.fill')}</span>
        <div className="segmented" role="radiogroup" aria-label={t('editor.shapeProps.fill')}>
          {(['solid', 'linear', 'radial'] as const).map((option) => (
            <button
              key={option}
              type="button"
              role="radio"
              className="segmented-btn segmented-text"
              aria-checked={kind === option}
              onClick={() => onChange({ fill: paint(option, start, end) })}
              data-testid={`fill-${option}`}
            >
              {t(`editor.shapeProps.${option}`)}
            </button>
          ))}
        </div>
      </div>
      <ColorField label={kind === 'solid' ? t('editor.props.fill') : t('editor.shapeProps.from')} value={start} onChange={(c) => onChange({ fill: paint(kind, c, end) }, 'fillStart')} testId="fill-color" />
      {kind !== 'solid' && <ColorField label={t('editor.shapeProps.to')} value={end} onChange={(c) => onChange({ fill: paint(kind, start, c) }, 'fillEnd')} testId="fill-color-end" />}
      {kind === 'linear' && (
        <RangeField label={t('editor.shapeProps.angle')} value={angle} min={0} max={360} step={15} unit="°" onChange={(deg) => onChange({ fill: paint('linear', start, end, deg) }, 'fillAngle')} testId="fill-angle" />
      )}
      <label className="checkbox-row">
        <input type="checkbox" checked={element.stroke !== undefined} onChange={() => onChange({ stroke: element.stroke ? undefined : stroke })} data-testid="shape-outline" />
        <span>{t('editor.shapeProps.outline')}</span>
      </label>
      {element.stroke && (
        <div className="text-effect-body">
          <ColorField label={t('editor.shapeProps.outlineColor')} value={stroke.color.slice(0, 7)} onChange={(color) => onChange({ stroke: { ...stroke, color } }, 'strokeColor')} testId="shape-outline-color" />
          <RangeField label={t('editor.shapeProps.outlineWidth')} value={stroke.width} min={1} max={60} unit=" px" onChange={(width) => onChange({ stroke: { ...stroke, width } }, 'strokeWidth')} testId="shape-outline-width" />
          <label className="checkbox-row">
            <input
              type="checkbox"
              checked={Boolean(stroke.dash?.length)}
              onChange={() => onChange({ stroke: { ...stroke, dash: stroke.dash?.length ? undefined : [stroke.width * 3, stroke.width * 2] } })}
              data-testid="shape-outline-dashed"
            />
            <span>{t('editor.shapeProps.dashed')}</span>
          </label>
        </div>
      )}
      {(element.shape === 'rect' || element.shape === 'bubble') && (
        <RangeField
          label={t('editor.shapeProps.corners')}
          value={element.cornerRadius}
          min={0}
          max={Math.round(Math.min(element.width, element.height) / 2)}
          unit=" px"
          onChange={(cornerRadius) => onChange({ cornerRadius }, 'cornerRadius')}
          testId="shape-corners"
        />
      )}
      {(element.shape === 'star' || element.shape === 'polygon') && (
        <RangeField
          label={element.shape === 'star' ? t('editor.shapeProps.points') : t('editor.shapeProps.sides')}
          value={element.sides ?? (element.shape === 'star' ? 5 : 6)}
          min={3}
          max={24}
          onChange={(sides) => onChange({ sides }, 'sides')}
          testId="shape-sides"
        />
      )}
    </section>
  );
}

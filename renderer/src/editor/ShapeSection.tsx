/** A shape's own properties: solid or gradient fill, outline (colour, width, dashes), corners, points. */
import { useTranslation } from 'react-i18next';
import type { ShapeElement } from '../../../core/schema/design';
import { PaintField } from './PaintField';
import { ColorField } from './ColorField';
import { CornerRadiusField, RangeField } from './RangeField';
import type { ElementPatch } from '../../../core/editor';

type Change = (patch: ElementPatch, control?: string) => void;
export function ShapeSection({ element, onChange }: { element: ShapeElement; onChange: Change }) {
  const { t } = useTranslation();
  const stroke = element.stroke ?? { color: '#1c1b22', width: 4 };

  return (
    <section className="panel-section" aria-label={t('editor.shapeProps.title')} data-testid="shape-section">
      <PaintField label={t('editor.shapeProps.fill')} value={element.fill} onChange={(fill, key) => onChange({ fill }, key)} testId="fill" />
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
        <CornerRadiusField label={t('editor.shapeProps.corners')} element={element} onChange={(cornerRadius) => onChange({ cornerRadius }, 'cornerRadius')} testId="shape-corners" />
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

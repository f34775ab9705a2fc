/**
 * Icon in the UI (core/elements/icon.ts has the rest): its layer glyph is its own drawing, and its
 * properties are its colour (the brand kit's palettes first, one click) and, for an outline icon,
 * its line width.
 */
import { useTranslation } from 'react-i18next';
import { iconName } from '../../../../core/elements';
import type { IconElement, IconPath } from '../../../../core/schema/design';
import type { ElementPatch } from '../../../../core/editor';
import { ColorField } from '../ColorField';
import { RangeField } from '../RangeField';
import type { ElementView } from './view';

export const iconView: ElementView<'icon'> = {
  kindLabel: (element, t) => t('editor.names.icon', { name: iconName(element) }),
  icon: (element) => <IconDrawing paths={element.paths} viewBox={element.viewBox} strokeWidth={element.strokeWidth} size={16} />,
  Properties: ({ element, onChange }) => <IconSection element={element} onChange={onChange} />,
};

/**
 * An icon's drawing as inline SVG in the current text colour (layer rows, the Elements panel's
 * grid): the same paths and paint rules core/render gives Fabric.
 */
export function IconDrawing({ paths, viewBox, strokeWidth, size, color = 'currentColor' }: { paths: readonly IconPath[]; viewBox: number; strokeWidth: number; size: number; color?: string }) {
  return (
    <svg width={size} height={size} viewBox={`0 0 ${viewBox} ${viewBox}`} strokeWidth={strokeWidth} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      {paths.map((path, index) => (
        <path key={index} d={path.d} fill={path.fill ? color : 'none'} stroke={path.stroke ? color : 'none'} />
      ))}
    </svg>
  );
}

function IconSection({ element, onChange }: { element: IconElement; onChange: (patch: ElementPatch, control?: string) => void }) {
  const { t } = useTranslation();
  return (
    <section className="panel-section" aria-label={t('editor.iconProps.title')} data-testid="icon-section">
      <ColorField label={t('editor.iconProps.color')} value={element.color} onChange={(color) => onChange({ color }, 'iconColor')} testId="icon-color" />
      {element.paths.some((path) => path.stroke) && (
        <RangeField
          label={t('editor.iconProps.lineWidth')}
          value={element.strokeWidth}
          min={0.5}
          max={4}
          step={0.25}
          onChange={(strokeWidth) => onChange({ strokeWidth }, 'iconStrokeWidth')}
          testId="icon-line-width"
        />
      )}
    </section>
  );
}

/** Every shape kind as a tile: click to add it in the middle of the page. */
import { useTranslation } from 'react-i18next';
import { SHAPE_KINDS } from '../../../core/schema/constants';
import type { ShapeKind } from '../../../core/elements';
import { ShapeGlyph } from './elements/shape';
import { SidePanel } from './SidePanel';

export function ShapesPanel({ onAdd, onClose }: { onAdd: (shape: ShapeKind) => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <SidePanel title={t('editor.tool.shapes')} testId="shapes-panel" onClose={onClose}>
      <div className="shape-grid">
        {SHAPE_KINDS.map((shape) => (
          <button key={shape} type="button" className="shape-tile" onClick={() => onAdd(shape)} title={t(`editor.shapes.${shape}`)} data-testid={`shape-${shape}`}>
            <ShapeGlyph shape={shape} size={48} />
            <span>{t(`editor.shapes.${shape}`)}</span>
          </button>
        ))}
      </div>
    </SidePanel>
  );
}

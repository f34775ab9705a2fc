/** Every shape kind as a tile: click to add it in the middle of the page. */
import { useTranslation } from 'react-i18next';
import { SHAPE_KINDS } from '../../../core/schema/constants';
import type { ShapeElement } from '../../../core/schema/design';
import { arrowPoints, bubblePath, polygonPoints, starPoints } from '../../../core/render/geometry';
import { SidePanel } from './SidePanel';

type ShapeKind = ShapeElement['shape'];

/** A 40 x 40 preview drawn from the same geometry the renderer uses. */
function Preview({ shape }: { shape: ShapeKind }) {
  const pts = (points: Array<{ x: number; y: number }>, dx = 4, dy = 4) => points.map((p) => `${p.x + dx},${p.y + dy}`).join(' ');
  let body;
  switch (shape) {
    case 'rect':
      body = <rect x="4" y="4" width="40" height="40" rx="3" />;
      break;
    case 'ellipse':
      body = <ellipse cx="24" cy="24" rx="20" ry="20" />;
      break;
    case 'triangle':
      body = <polygon points="24,4 44,44 4,44" />;
      break;
    case 'star':
      body = <polygon points={pts(starPoints(40, 40, 5))} />;
      break;
    case 'polygon':
      body = <polygon points={pts(polygonPoints(40, 40, 6))} />;
      break;
    case 'line':
      body = <rect x="4" y="22" width="40" height="4" />;
      break;
    case 'arrow':
      body = <polygon points={pts(arrowPoints(40, 20), 4, 14)} />;
      break;
    case 'bubble':
      body = <path d={bubblePath(40, 36)} transform="translate(4 6)" />;
      break;
  }
  return (
    <svg width="48" height="48" viewBox="0 0 48 48" fill="currentColor" aria-hidden="true">
      {body}
    </svg>
  );
}

export function ShapesPanel({ onAdd, onClose }: { onAdd: (shape: ShapeKind) => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <SidePanel title={t('editor.tool.shapes')} testId="shapes-panel" onClose={onClose}>
      <div className="shape-grid">
        {SHAPE_KINDS.map((shape) => (
          <button key={shape} type="button" className="shape-tile" onClick={() => onAdd(shape)} title={t(`editor.shapes.${shape}`)} data-testid={`shape-${shape}`}>
            <Preview shape={shape} />
            <span>{t(`editor.shapes.${shape}`)}</span>
          </button>
        ))}
      </div>
    </SidePanel>
  );
}

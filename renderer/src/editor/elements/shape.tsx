/** Shape in the UI (core/elements/shape.ts has the rest, including each kind's proportions and colour). */
import { arrowPoints, bubblePath, polygonPoints, starPoints } from '../../../../core/render/geometry';
import { unreachable, type ShapeKind } from '../../../../core/elements';
import { ShapeSection } from '../ShapeSection';
import type { ElementView } from './view';

export const shapeView: ElementView<'shape'> = {
  kindLabel: (element, t) => t(`editor.shapes.${element.shape}`),
  icon: (element) => <ShapeGlyph shape={element.shape} size={16} />,
  Properties: ({ element, onChange }) => <ShapeSection element={element} onChange={onChange} />,
};

/** A shape kind's glyph (shapes panel tiles, layer rows), drawn from the same geometry the renderer uses. */
export function ShapeGlyph({ shape, size }: { shape: ShapeKind; size: number }) {
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
    default:
      return unreachable(shape, 'shape kind');
  }
  return (
    <svg width={size} height={size} viewBox="0 0 48 48" fill="currentColor" aria-hidden="true">
      {body}
    </svg>
  );
}


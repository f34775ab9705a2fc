/**
 * A panorama's seams over the page (core/carousel/panorama.ts): a dashed line where export cuts
 * each slide from the next, the seam margin either side shaded, and each slide's number. An SVG
 * laid over the canvas and placed with the viewport, like the safe zone: never a Fabric object, so
 * it can never reach an export.
 */
import { useTranslation } from 'react-i18next';
import { seamPositions, slideBoxes } from '../../../../core/carousel/panorama';
import type { Design } from '../../../../core/schema/design';
import type { Size, Viewport } from './viewport';
import './seams.css';

export function SeamOverlay({ frame, design }: { frame: { viewport: Viewport; page: Size }; design: Design }) {
  const { t } = useTranslation();
  const panorama = design.panorama;
  if (!panorama) return null;
  const { viewport, page } = frame;
  const margin = panorama.seamMargin;
  const box = { left: viewport.offsetX, top: viewport.offsetY, width: page.width * viewport.zoom, height: page.height * viewport.zoom };
  // Slide numbers stay about 14 px tall on screen whatever the zoom.
  const labelSize = 14 / viewport.zoom;
  return (
    <div className="stage-seams" aria-label={t('editor.panorama.guides')} role="img" style={box} data-testid="seam-overlay" data-seam-margin={margin}>
      <svg viewBox={`0 0 ${page.width} ${page.height}`} width="100%" height="100%" preserveAspectRatio="none">
        {seamPositions(design).map((x, i) => (
          <g key={x} data-testid="seam-guide" data-seam={i + 1} data-x={x}>
            {margin > 0 && <rect className="seam-margin" x={x - margin} y={0} width={margin * 2} height={page.height} data-testid="seam-margin" />}
            <line className="seam-line" x1={x} y1={0} x2={x} y2={page.height} vectorEffect="non-scaling-stroke" />
          </g>
        ))}
        {slideBoxes(design).map((slide) => (
          <text key={slide.index} className="seam-slide-number" x={slide.x + labelSize * 0.6} y={labelSize * 1.4} fontSize={labelSize}>
            {slide.index + 1}
          </text>
        ))}
      </svg>
    </div>
  );
}

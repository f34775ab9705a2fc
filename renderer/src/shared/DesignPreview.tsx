/**
 * One page of a design drawn small with the editor's own renderer (core/render through Fabric's
 * browser build): what you see is what exports. Redrawn when the design changes; a drawing that
 * ends after a newer one started is dropped.
 */
import { useEffect, useRef } from 'react';
import { StaticCanvas } from 'fabric';
import { renderPage } from '../../../core/render';
import type { Design } from '../../../core/schema';
import { browserRenderEnv } from '../editor/canvas/renderEnv';
import { whenBrowserIdle } from './idleQueue';
import './shared.css';

/**
 * `page`: which page to draw (the first by default), as exported: elements on every slide and page
 * numbers included. `deferred`: drawn when the browser is idle, one preview at a time (a strip of
 * slides must not hold up the canvas the user is waiting for); `hold`: not drawn yet at all.
 */
export function DesignPreview({
  design,
  page = 0,
  box,
  className,
  testId,
  label,
  deferred = false,
  hold = false,
}: {
  design: Design;
  page?: number;
  box: number;
  className?: string;
  testId?: string;
  label?: string;
  deferred?: boolean;
  hold?: boolean;
}) {
  const element = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(0);
  const { width, height } = design.format;
  const scale = box / Math.max(width, height);
  const pixelWidth = Math.max(1, Math.round(width * scale));
  const pixelHeight = Math.max(1, Math.round(height * scale));

  useEffect(() => {
    if (hold) return;
    const run = ++drawing.current;
    const draw = () => {
      // A newer drawing was asked for while this one waited: it will do.
      if (run !== drawing.current) return Promise.resolve();
      // Drawn off screen, then copied: the shown preview never flashes blank while pictures load.
      const scratch = new StaticCanvas(undefined, { enableRetinaScaling: false, renderOnAddRemove: false });
      return renderPage(browserRenderEnv(), scratch, design, page, { scale })
        .then(() => {
          const target = element.current;
          if (run !== drawing.current || !target) return;
          const context = target.getContext('2d');
          if (!context) return;
          context.clearRect(0, 0, target.width, target.height);
          context.drawImage(scratch.getElement(), 0, 0, target.width, target.height);
          target.dataset.drawn = String(run);
        })
        .catch(() => undefined)
        .finally(() => void scratch.dispose());
    };
    if (deferred) whenBrowserIdle(draw);
    else void draw();
  }, [design, page, scale, deferred, hold]);

  return (
    <span className={`design-preview ${className ?? ''}`} style={{ width: pixelWidth, height: pixelHeight }} role="img" aria-label={label}>
      <canvas ref={element} width={pixelWidth} height={pixelHeight} data-testid={testId} />
    </span>
  );
}

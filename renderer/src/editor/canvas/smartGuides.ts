/**
 * Smart guides while dragging: the moving object snaps to the page's edges and centre and to other
 * elements' edges and centres (core/editor's snapMove, threshold in screen pixels), and the lines
 * it snapped to are drawn over the page until the drag ends. Hold Alt to move freely.
 */
import type { Canvas, FabricObject } from 'fabric';
import * as fabric from 'fabric';
import { snapMove, snapTargetsOf, type Guide } from '../../../../core/editor';
import { elementIdOf } from '../../../../core/render';
import type { Element } from '../../../../core/schema/design';
import { ACCENT } from './objectStyle';

interface Context {
  canvas: Canvas;
  elements: () => readonly Element[];
  page: () => { width: number; height: number };
  zoom: () => number;
}

function idsOf(target: FabricObject): string[] {
  const objects = target instanceof fabric.ActiveSelection ? target.getObjects() : [target];
  return objects.map((object) => elementIdOf(object)).filter((id): id is string => id !== undefined);
}

export class SmartGuides {
  private guides: Guide[] = [];
  /**
   * What the current drag can snap to, computed at its first move: the other elements do not
   * change while one is dragged (300 rotated bounds per mouse move otherwise). Keyed by the
   * page's element list and the dragged object, so any change computes it again.
   */
  private targets: { elements: readonly Element[]; target: FabricObject; boxes: ReturnType<typeof snapTargetsOf> } | null = null;

  constructor(private readonly ctx: Context) {
    const { canvas } = ctx;
    canvas.on('object:moving', ({ target, e }) => this.onMoving(target, e.altKey));
    canvas.on('mouse:up', () => {
      this.targets = null;
      this.clear();
    });
    canvas.on('after:render', ({ ctx: context }) => this.draw(context));
  }

  /** The guides shown now (the test hook reads them). */
  current(): readonly Guide[] {
    return this.guides;
  }

  private onMoving(target: FabricObject, free: boolean): void {
    if (free) return this.clear();
    const box = target.getBoundingRect();
    const elements = this.ctx.elements();
    if (this.targets?.elements !== elements || this.targets.target !== target) {
      this.targets = { elements, target, boxes: snapTargetsOf(elements, idsOf(target)) };
    }
    const result = snapMove({
      moving: { x: box.left, y: box.top, width: box.width, height: box.height },
      others: this.targets.boxes,
      page: this.ctx.page(),
      zoom: this.ctx.zoom(),
    });
    if (result.dx || result.dy) {
      target.set({ left: target.left + result.dx, top: target.top + result.dy });
      target.setCoords();
    }
    this.guides = result.guides;
  }

  private clear(): void {
    if (this.guides.length === 0) return;
    this.guides = [];
    this.ctx.canvas.requestRenderAll();
  }

  private draw(context: CanvasRenderingContext2D | undefined): void {
    // Only on the screen's canvas, never into the drag snapshots (layeredCanvas.ts), where they would go stale.
    if (!context || this.guides.length === 0 || context !== this.ctx.canvas.getContext()) return;
    const [a, b, c, d, e, f] = this.ctx.canvas.viewportTransform;
    context.save();
    context.setTransform(a, b, c, d, e, f);
    context.strokeStyle = ACCENT;
    context.lineWidth = 1 / this.ctx.zoom();
    context.beginPath();
    for (const guide of this.guides) {
      if (guide.axis === 'x') {
        context.moveTo(guide.position, guide.from);
        context.lineTo(guide.position, guide.to);
      } else {
        context.moveTo(guide.from, guide.position);
        context.lineTo(guide.to, guide.position);
      }
    }
    context.stroke();
    context.restore();
  }
}

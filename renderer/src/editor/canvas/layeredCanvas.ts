/**
 * A Fabric Canvas that stays fluid while dragging on a busy page. When a drag starts, everything
 * under the moving objects (background included) and everything above them is drawn once into two
 * bitmaps; until the drag ends each frame draws those two bitmaps and the moving objects only,
 * instead of every object on the page (300 objects: a handful of draws instead of 300).
 */
import * as fabric from 'fabric';
import type { FabricObject } from 'fabric';

interface DragLayers {
  below: HTMLCanvasElement;
  /** Null when nothing is above the moving objects (the usual case: a dragged object is often the top one). */
  above: HTMLCanvasElement | null;
  moving: Set<FabricObject>;
}

export class LayeredCanvas extends fabric.Canvas {
  private dragLayers: DragLayers | null = null;
  /** Painted after the objects and before the selection controls (the editor covers what overflows the page). */
  paintOverObjects: ((ctx: CanvasRenderingContext2D) => void) | null = null;

  /** Snapshot the still objects around `moving`; the next renders draw only `moving` live. */
  beginDragLayers(moving: readonly FabricObject[]): void {
    if (this.dragLayers) return;
    const movingSet = new Set(moving);
    const objects = this.getObjects();
    const indexes = objects.map((object, index) => (movingSet.has(object) ? index : -1)).filter((index) => index >= 0);
    if (indexes.length === 0) return;
    const first = Math.min(...indexes);
    const last = Math.max(...indexes);
    // Objects between the first and last moving one stay live too, so the stacking order holds.
    const live = new Set(objects.slice(first, last + 1));
    const below = this.snapshot((ctx) => this.renderCanvas(ctx, objects.slice(0, first)));
    const over = objects.slice(last + 1);
    const above = over.length === 0 ? null : this.snapshot((ctx) => {
      ctx.save();
      ctx.transform(...(this.viewportTransform as [number, number, number, number, number, number]));
      super._renderObjects(ctx, over);
      ctx.restore();
    });
    this.dragLayers = { below, above, moving: live };
  }

  endDragLayers(): void {
    if (!this.dragLayers) return;
    this.dragLayers = null;
    this.requestRenderAll();
  }

  override _renderObjects(ctx: CanvasRenderingContext2D, objects: FabricObject[]): void {
    const layers = this.dragLayers;
    if (!layers || ctx !== this.getContext()) return super._renderObjects(ctx, objects);
    this.drawLayer(ctx, layers.below);
    super._renderObjects(ctx, objects.filter((object) => layers.moving.has(object)));
    if (layers.above) this.drawLayer(ctx, layers.above);
  }

  override _renderOverlay(ctx: CanvasRenderingContext2D): void {
    super._renderOverlay(ctx);
    this.paintOverObjects?.(ctx);
  }

  private drawLayer(ctx: CanvasRenderingContext2D, layer: HTMLCanvasElement): void {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(layer, 0, 0);
    ctx.restore();
  }

  private snapshot(draw: (ctx: CanvasRenderingContext2D) => void): HTMLCanvasElement {
    const lower = this.getElement();
    const layer = document.createElement('canvas');
    layer.width = lower.width;
    layer.height = lower.height;
    const ctx = layer.getContext('2d')!;
    const ratio = this.getRetinaScaling();
    ctx.scale(ratio, ratio);
    // The selection's handles belong to the live frame, not to a snapshot.
    const skip = this.skipControlsDrawing;
    this.skipControlsDrawing = true;
    try {
      draw(ctx);
    } finally {
      this.skipControlsDrawing = skip;
    }
    return layer;
  }
}

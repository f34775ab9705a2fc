/**
 * The player (docs/architecture.md, "Video"): draws what the video shows at a time onto a 2D
 * canvas laid over the editing canvas. Each scene is built once into its own Fabric StaticCanvas
 * (core/render, as exported); a frame only moves, fades and scales those objects by core/video's
 * `frameAt` (the motion functions the export writes as ffmpeg expressions), then composes the two
 * scenes of a transition. The design is never written while playing: the state at t is derived.
 * A clip (video element) is a Fabric image of a canvas that playerMedia.ts paints with the clip's
 * frame at that moment (sought while paused, running while playing).
 */
import * as fabric from 'fabric';
import type { FabricImage, FabricObject } from 'fabric';
import { buildBackgroundImage, buildPageObjects, elementIdOf, toFabricPaint } from '../../../../core/render';
import type { Design, Page, VideoElement } from '../../../../core/schema/design';
import { frameAt, playerTransition, type SceneFrame, type VideoFrame } from '../../../../core/video/frame';
import { videoTimeline, type VideoTimeline } from '../../../../core/video/timeline';
import { browserRenderEnv } from '../canvas/renderEnv';
import { PlayerMedia } from './playerMedia';

/** Scenes are drawn at most this many pixels high (a preview, not the export). */
const MAX_PREVIEW_SIDE = 960;

interface Layer {
  object: FabricObject;
  center: fabric.Point;
  scaleX: number;
  scaleY: number;
  opacity: number;
  crop: { cropX: number; cropY: number; width: number; height: number } | null;
}

interface BuiltScene {
  page: Page;
  canvas: fabric.StaticCanvas;
  layers: Map<string, Layer>;
}

/** What the last frame drew, for tests: each drawn layer's Fabric opacity and offset. */
export interface DrawnFrame {
  timeMs: number;
  scene: number;
  next: number | null;
  layers: Array<{ id: string; opacity: number; visible: boolean; left: number; top: number }>;
}

export class ScenePlayer {
  private readonly scenes = new Map<string, Promise<BuiltScene>>();
  private design: Design | null = null;
  private timeline: VideoTimeline | null = null;
  private scale = 1;
  private drawing = 0;
  last: DrawnFrame | null = null;

  constructor(
    private readonly target: HTMLCanvasElement,
    readonly media: PlayerMedia = new PlayerMedia(),
  ) {}

  /** A new design (an edit while paused): scenes whose page changed are built again when drawn. */
  setDesign(design: Design): void {
    if (design === this.design) return;
    const formatChanged = !this.design || this.design.format !== design.format;
    this.design = design;
    this.timeline = videoTimeline(design);
    const { width, height } = design.format;
    this.scale = Math.min(1, MAX_PREVIEW_SIDE / Math.max(width, height));
    if (formatChanged) this.disposeAll();
    this.media.setDesign(design, this.timeline);
    const live = new Set(design.pages);
    for (const [id, pending] of this.scenes) {
      void pending.then((scene) => {
        if (!live.has(scene.page) && this.scenes.get(id) === pending) {
          this.scenes.delete(id);
          scene.canvas.dispose();
        }
      });
    }
  }

  /**
   * Draws the frame at `timeMs`; the newest call wins when builds (or clip seeks) are still under
   * way. `playing`: clips show the frame they are on; paused, each is sought to its moment first.
   */
  async draw(timeMs: number, playing = false): Promise<void> {
    const design = this.design;
    const timeline = this.timeline;
    if (!design || !timeline) return;
    const ticket = ++this.drawing;
    const frame = frameAt(design, timeMs, timeline);
    if (!frame) return;
    const first = await this.scene(design.pages[frame.scene.index]);
    const second = frame.next ? await this.scene(design.pages[frame.next.index]) : null;
    if (ticket !== this.drawing) return;
    await this.media.paint(frame, this.scale, !playing);
    if (ticket !== this.drawing) return;
    this.pose(first, frame.scene);
    if (second && frame.next) this.pose(second, frame.next);
    this.compose(frame, first, second);
    this.last = {
      timeMs,
      scene: frame.scene.index,
      next: frame.next?.index ?? null,
      layers: [...first.layers].map(([id, layer]) => ({ id, opacity: layer.object.opacity, visible: layer.object.visible, left: layer.object.left, top: layer.object.top })),
    };
  }

  dispose(): void {
    this.drawing++;
    this.disposeAll();
    this.media.dispose();
  }

  private disposeAll(): void {
    for (const pending of this.scenes.values()) void pending.then((scene) => scene.canvas.dispose());
    this.scenes.clear();
  }

  private scene(page: Page): Promise<BuiltScene> {
    const cached = this.scenes.get(page.id);
    if (cached) {
      return cached.then((scene) => {
        if (scene.page === page) return scene;
        if (this.scenes.get(page.id) === cached) this.scenes.delete(page.id);
        scene.canvas.dispose();
        return this.scene(page);
      });
    }
    const built = this.build(page);
    this.scenes.set(page.id, built);
    built.catch(() => this.scenes.delete(page.id));
    return built;
  }

  private async build(page: Page): Promise<BuiltScene> {
    const design = this.design!;
    const env = browserRenderEnv();
    const { width, height } = design.format;
    const element = document.createElement('canvas');
    const canvas = new fabric.StaticCanvas(element, { width: Math.round(width * this.scale), height: Math.round(height * this.scale), renderOnAddRemove: false, enableRetinaScaling: false });
    canvas.setViewportTransform([this.scale, 0, 0, this.scale, 0, 0]);
    canvas.backgroundColor = toFabricPaint(env.fabric, page.background.fill, { width, height });
    canvas.backgroundImage = await buildBackgroundImage(env, page, width, height);
    const objects = await buildPageObjects(env, page);
    const layers = new Map<string, Layer>();
    for (const [index, built] of objects.entries()) {
      const id = elementIdOf(built);
      if (!id) continue;
      const clip = page.elements.find((el): el is VideoElement => el.id === id && el.type === 'video');
      const object = clip ? this.clipImage(page, clip, built) : built;
      objects[index] = object;
      const image = object instanceof fabric.FabricImage ? (object as FabricImage) : null;
      layers.set(id, {
        object,
        center: object.getCenterPoint(),
        scaleX: object.scaleX,
        scaleY: object.scaleY,
        opacity: object.opacity,
        crop: image ? { cropX: image.cropX, cropY: image.cropY, width: image.width, height: image.height } : null,
      });
    }
    if (objects.length > 0) canvas.add(...objects);
    return { page, canvas, layers };
  }

  /** A clip's still replaced by a Fabric image of its media canvas, in the same place. */
  private clipImage(page: Page, clip: VideoElement, still: FabricObject): FabricImage {
    const canvas = this.media.clipCanvas(page.id, clip, this.scale);
    return new fabric.FabricImage(canvas, {
      left: still.left,
      top: still.top,
      originX: still.originX,
      originY: still.originY,
      angle: still.angle,
      opacity: still.opacity,
      visible: still.visible,
      scaleX: clip.width / canvas.width,
      scaleY: clip.height / canvas.height,
      // Drawn from the canvas on every render: the clip's frame changes under it.
      objectCaching: false,
    });
  }

  /** Each layer where frameAt puts it: shown or not, its opacity, offset, scale and Ken Burns crop. */
  private pose(scene: BuiltScene, frame: SceneFrame): void {
    const hidden = new Set(scene.page.elements.filter((el) => el.hidden).map((el) => el.id));
    for (const layer of frame.layers) {
      const built = scene.layers.get(layer.id);
      if (!built) continue;
      const { object } = built;
      const state = layer.state;
      object.visible = state !== null && !hidden.has(layer.id);
      if (!state) continue;
      let zoom = 1;
      if (built.crop && layer.kenBurns) {
        const kb = layer.kenBurns;
        zoom = kb.zoom;
        const w = built.crop.width / zoom;
        const h = built.crop.height / zoom;
        object.set({ cropX: built.crop.cropX + (built.crop.width - w) * kb.fx, cropY: built.crop.cropY + (built.crop.height - h) * kb.fy, width: w, height: h });
      }
      object.set({ opacity: built.opacity * state.opacity, scaleX: built.scaleX * state.scale * zoom, scaleY: built.scaleY * state.scale * zoom });
      object.setPositionByOrigin(new fabric.Point(built.center.x + state.dx, built.center.y + state.dy), 'center', 'center');
      object.setCoords();
    }
    scene.canvas.renderAll();
  }

  private compose(frame: VideoFrame, first: BuiltScene, second: BuiltScene | null): void {
    const ctx = this.target.getContext('2d');
    if (!ctx) return;
    const W = this.target.width;
    const H = this.target.height;
    const a = first.canvas.getElement();
    ctx.save();
    ctx.clearRect(0, 0, W, H);
    ctx.imageSmoothingQuality = 'high';
    if (!second || !frame.next) {
      ctx.drawImage(a, 0, 0, W, H);
      ctx.restore();
      return;
    }
    const b = second.canvas.getElement();
    const p = Math.max(0, Math.min(1, frame.next.progress));
    const { kind } = playerTransition(frame.next.kind);
    const clipTo = (x: number, y: number, w: number, h: number) => {
      ctx.save();
      ctx.beginPath();
      ctx.rect(x, y, w, h);
      ctx.clip();
      ctx.drawImage(b, 0, 0, W, H);
      ctx.restore();
    };
    switch (kind) {
      case 'slideleft':
        ctx.drawImage(a, -p * W, 0, W, H);
        ctx.drawImage(b, (1 - p) * W, 0, W, H);
        break;
      case 'slideright':
        ctx.drawImage(a, p * W, 0, W, H);
        ctx.drawImage(b, -(1 - p) * W, 0, W, H);
        break;
      case 'slideup':
        ctx.drawImage(a, 0, -p * H, W, H);
        ctx.drawImage(b, 0, (1 - p) * H, W, H);
        break;
      case 'slidedown':
        ctx.drawImage(a, 0, p * H, W, H);
        ctx.drawImage(b, 0, -(1 - p) * H, W, H);
        break;
      case 'wipeleft':
        ctx.drawImage(a, 0, 0, W, H);
        clipTo((1 - p) * W, 0, p * W, H);
        break;
      case 'wiperight':
        ctx.drawImage(a, 0, 0, W, H);
        clipTo(0, 0, p * W, H);
        break;
      case 'wipeup':
        ctx.drawImage(a, 0, 0, W, H);
        clipTo(0, (1 - p) * H, W, p * H);
        break;
      case 'wipedown':
        ctx.drawImage(a, 0, 0, W, H);
        clipTo(0, 0, W, p * H);
        break;
      case 'fadeblack':
      case 'fadewhite':
        ctx.drawImage(p < 0.5 ? a : b, 0, 0, W, H);
        ctx.globalAlpha = p < 0.5 ? p * 2 : (1 - p) * 2;
        ctx.fillStyle = kind === 'fadeblack' ? '#000' : '#fff';
        ctx.fillRect(0, 0, W, H);
        break;
      default:
        ctx.drawImage(a, 0, 0, W, H);
        ctx.globalAlpha = p;
        ctx.drawImage(b, 0, 0, W, H);
    }
    ctx.restore();
  }
}

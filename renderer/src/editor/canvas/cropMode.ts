/**
 * Crop mode (Canva's double-click on a picture or a clip): the whole source picture (a clip's
 * still: every frame is cut the same) is shown, dimmed outside
 * the element's frame; the user drags the picture inside the frame, scales it by its corners, and
 * crops by dragging the frame's handles. Enter, a click elsewhere or "Done" applies it as ONE
 * element change (crop + box, one undo step); Escape or "Cancel" leaves the design untouched.
 *
 * While cropping, the element's own object is hidden and a stand-in picture (same bitmap, filters
 * included) is the canvas's active object. Its controls are all ours: four picture corners and
 * eight frame handles, positioned from crop mode's state, not from the picture's box. The geometry
 * (local plane, cover constraint, applying) is core/render/cropGeometry's, pure and tested; this
 * file only turns pointer positions into calls to it and draws the result.
 */
import * as fabric from 'fabric';
import type { FabricImage, FabricObject, TPointerEvent, TPointerEventInfo, Transform } from 'fabric';
import i18next from 'i18next';
import {
  cropEdit,
  isCroppable,
  keepCovering,
  localToPage,
  movePicture,
  pageToLocal,
  pictureFromCrop,
  resizeFrame,
  scalePictureFromCorner,
  shownCrop,
  type CroppableElement,
  type FrameHandle,
  type PictureCorner,
  type Point,
} from '../../../../core/render/cropGeometry';
import type { Box } from '../../../../core/render/geometry';
import type { ElementChange } from '../../../../core/editor';
import type { Element } from '../../../../core/schema/design';
import { isTyping } from '../../shared/isTyping';
import { cropChannel } from './cropChannel';
import { ACCENT } from './objectStyle';
import './cropMode.css';

export interface CropModeHost {
  canvas: fabric.Canvas;
  objectOf(id: string): FabricObject | undefined;
  elementOf(id: string): Element | undefined;
  /** Runs canvas changes whose selection events the editor must not report. */
  quietly(work: () => void): void;
  /** The applied crop, as the editor's usual element change. */
  apply(change: ElementChange): void;
  /** Crop mode ended: the canvas selection may be something else now. */
  ended(): void;
}

interface Session {
  id: string;
  element: CroppableElement;
  /** The element's own object, hidden meanwhile. */
  original: FabricObject;
  picture: CropPicture;
  source: { width: number; height: number };
  /** Both in the element's local plane (cropGeometry.ts). */
  frame: Box;
  box: Box;
  changed: boolean;
  bar: HTMLElement;
  stopListening: () => void;
}

/** How much of the picture shows outside the frame. */
const OUTSIDE_ALPHA = 0.4;
/** The smallest frame side, in screen pixels, so handles never collapse onto each other. */
const MIN_FRAME_SCREEN = 16;

/** The stand-in picture: drawn twice, dimmed everywhere then at full strength inside the frame. */
class CropPicture extends fabric.FabricImage {
  /** The frame's corners on the page (set by crop mode). */
  frameCorners: Point[] = [];

  override render(ctx: CanvasRenderingContext2D): void {
    ctx.save();
    ctx.globalAlpha *= OUTSIDE_ALPHA;
    super.render(ctx);
    ctx.restore();
    const corners = this.frameCorners;
    if (corners.length !== 4) return;
    ctx.save();
    tracePolygon(ctx, corners);
    ctx.clip();
    super.render(ctx);
    ctx.restore();
    // The frame's outline, one screen pixel and a half whatever the zoom.
    ctx.save();
    tracePolygon(ctx, corners);
    ctx.lineWidth = 1.5 / (this.canvas?.getZoom() ?? 1);
    ctx.strokeStyle = ACCENT;
    ctx.stroke();
    ctx.restore();
  }
}

function tracePolygon(ctx: CanvasRenderingContext2D, points: readonly Point[]): void {
  ctx.beginPath();
  points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
  ctx.closePath();
}

const CORNER_SIGN: Record<PictureCorner, Point> = { tl: { x: -1, y: -1 }, tr: { x: 1, y: -1 }, br: { x: 1, y: 1 }, bl: { x: -1, y: 1 } };
const HANDLE_SIGN: Record<FrameHandle, Point> = {
  tl: { x: -1, y: -1 },
  t: { x: 0, y: -1 },
  tr: { x: 1, y: -1 },
  r: { x: 1, y: 0 },
  br: { x: 1, y: 1 },
  b: { x: 0, y: 1 },
  bl: { x: -1, y: 1 },
  l: { x: -1, y: 0 },
};

/** A point of a box by its sign (-1 left/top, 0 middle, 1 right/bottom). */
function pointOf(box: Box, sign: Point): Point {
  return { x: box.x + ((sign.x + 1) / 2) * box.width, y: box.y + ((sign.y + 1) / 2) * box.height };
}

/** The resize cursor pointing along `sign` once the element's rotation is applied. */
function resizeCursor(sign: Point, rotation: number): string {
  const angle = (((Math.atan2(sign.y, sign.x) * 180) / Math.PI + rotation) % 180 + 180) % 180;
  return ['ew-resize', 'nwse-resize', 'ns-resize', 'nesw-resize'][Math.round(angle / 45) % 4];
}

export class CropMode {
  private session: Session | null = null;
  private readonly disconnect: () => void;
  /** Which corner drags went to the picture rather than the frame (see frameHandleControl). */
  private readonly cornerModes = new WeakMap<Transform, 'frame' | 'picture'>();

  constructor(private readonly host: CropModeHost) {
    this.disconnect = cropChannel.connect({ enter: (id) => this.enter(id), apply: () => this.apply(), cancel: () => this.cancel() });
    host.canvas.on('mouse:down', (event) => this.onMouseDown(event));
    host.canvas.on('mouse:dblclick', ({ target }) => {
      // A double-click on the picture while cropping finishes, as it started.
      if (this.session && target === this.session.picture) this.apply();
    });
  }

  isActive(): boolean {
    return this.session !== null;
  }

  activeId(): string | undefined {
    return this.session?.id;
  }

  /** Starts cropping an image or a clip; false when it can't be (locked, hidden, not loaded...). */
  enter(id: string): boolean {
    if (this.session?.id === id) return true;
    if (this.session) this.apply();
    const { canvas } = this.host;
    const element = this.host.elementOf(id);
    const original = this.host.objectOf(id);
    // A missing picture (or a clip without a still) is drawn as a grey placeholder rect: nothing to crop.
    if (!element || !isCroppable(element) || element.locked || element.hidden || !(original instanceof fabric.FabricImage)) return false;
    if (original.selectable === false || original.evented === false) return false;
    const image = original as FabricImage;
    const source = image.getOriginalSize();
    if (!source.width || !source.height) return false;

    const frame = { x: 0, y: 0, width: element.width, height: element.height };
    const flipX = element.type === 'image' && element.flipX;
    const flipY = element.type === 'image' && element.flipY;
    const box = keepCovering(frame, pictureFromCrop(frame, shownCrop(element, source), flipX, flipY));
    // The displayed bitmap (filters applied), uncropped.
    const picture = new CropPicture(image.getElement(), {
      originX: 'center',
      originY: 'center',
      width: source.width,
      height: source.height,
      angle: element.rotation,
      flipX,
      flipY,
      // Moving is ours (onMouseDown swaps Fabric's drag for movePicture), so Fabric never moves it.
      lockMovementX: true,
      lockMovementY: true,
      lockRotation: true,
      lockScalingFlip: true,
      hoverCursor: 'move',
      moveCursor: 'move',
      borderColor: ACCENT,
      borderOpacityWhenMoving: 1,
      padding: 0,
    });
    const session: Session = {
      id,
      element,
      original,
      picture,
      source,
      frame,
      box,
      changed: false,
      bar: this.createBar(),
      stopListening: this.listenToKeys(),
    };
    picture.controls = this.controlsFor(session);
    this.session = session;
    this.place(session);
    this.host.quietly(() => {
      if (canvas.getActiveObject() && (canvas.getActiveObject() as fabric.Textbox).isEditing) (canvas.getActiveObject() as fabric.Textbox).exitEditing();
      canvas.discardActiveObject();
      original.visible = false;
      // On top of everything, like Canva: the whole picture must be reachable.
      canvas.add(picture);
      canvas.setActiveObject(picture);
    });
    canvas.requestRenderAll();
    cropChannel.setCropping(id);
    return true;
  }

  /** Applies the crop (one element change) if anything moved, and leaves crop mode. */
  apply(): void {
    const session = this.session;
    if (!session) return;
    const edit = cropEdit(session.element, session.frame, session.box);
    this.end(true);
    if (session.changed) this.host.apply({ id: session.id, patch: edit });
  }

  /** Leaves crop mode; the design stays as it was. */
  cancel(): void {
    this.end(true);
  }

  dispose(): void {
    this.end(false, false);
    this.disconnect();
  }

  /** `notify` false: the editor is going away, nobody to tell about the selection. */
  private end(reselect: boolean, notify = true): void {
    const session = this.session;
    if (!session) return;
    this.session = null;
    session.stopListening();
    session.bar.remove();
    const { canvas } = this.host;
    this.host.quietly(() => {
      const wasActive = canvas.getActiveObject() === session.picture;
      canvas.remove(session.picture);
      session.original.visible = true;
      // After a click on something else, that click's selection stands.
      if (reselect && (wasActive || !canvas.getActiveObject()) && canvas.getObjects().includes(session.original)) canvas.setActiveObject(session.original);
    });
    canvas.requestRenderAll();
    cropChannel.setCropping(null);
    if (notify) this.host.ended();
  }

  /** Fabric already handled the click (selection); we only decide what it means for the crop. */
  private onMouseDown({ target, transform, scenePoint }: TPointerEventInfo<TPointerEvent> & { transform?: Transform | null }): void {
    const session = this.session;
    // Space held: the drag pans the view (no target is looked for), it is not a click elsewhere.
    if (!session || this.host.canvas.skipTargetFind) return;
    if (target !== session.picture) {
      // A click anywhere else applies, as in Canva; what it selected stays selected.
      const edit = cropEdit(session.element, session.frame, session.box);
      this.end(false);
      if (session.changed) this.host.apply({ id: session.id, patch: edit });
      return;
    }
    if (transform && transform.target === session.picture && !transform.corner) {
      // Dragging the picture: replace Fabric's drag (no smart-guide snapping, no free movement)
      // with a move that keeps the frame covered.
      const start = this.toLocal(session, scenePoint);
      const from = session.box;
      transform.actionHandler = (_e, _t, x, y) => {
        const at = this.toLocal(session, { x, y });
        const next = movePicture(session.frame, from, at.x - start.x, at.y - start.y);
        if (next.x === session.box.x && next.y === session.box.y) return false;
        session.box = next;
        session.changed = true;
        this.place(session);
        return true;
      };
    }
  }

  private toLocal(session: Session, point: Point): Point {
    return pageToLocal(session.element, point);
  }

  /** Puts the stand-in picture where crop mode's state says, and moves the controls with it. */
  private place(session: Session): void {
    const { picture, box, frame, element, source } = session;
    const centre = localToPage(element, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    picture.set({ left: centre.x, top: centre.y, scaleX: box.width / source.width, scaleY: box.height / source.height });
    picture.frameCorners = [
      { x: frame.x, y: frame.y },
      { x: frame.x + frame.width, y: frame.y },
      { x: frame.x + frame.width, y: frame.y + frame.height },
      { x: frame.x, y: frame.y + frame.height },
    ].map((p) => localToPage(element, p));
    picture.setCoords();
    this.host.canvas.requestRenderAll();
  }

  /** A local point where the canvas draws it (viewport pixels), for control positions. */
  private onScreen(session: Session, local: Point): fabric.Point {
    return new fabric.Point(localToPage(session.element, local)).transform(this.host.canvas.viewportTransform);
  }

  private controlsFor(session: Session): Record<string, fabric.Control> {
    const controls: Record<string, fabric.Control> = {};
    // Later keys win where controls overlap (Fabric searches from the end): frame handles last.
    for (const corner of ['tl', 'tr', 'br', 'bl'] as const) controls[`picture-${corner}`] = this.pictureCornerControl(session, corner);
    for (const handle of Object.keys(HANDLE_SIGN) as FrameHandle[]) controls[`frame-${handle}`] = this.frameHandleControl(session, handle);
    return controls;
  }

  private pictureCornerControl(session: Session, corner: PictureCorner): fabric.Control {
    const sign = CORNER_SIGN[corner];
    return new fabric.Control({
      actionName: 'cropScalePicture',
      sizeX: 16,
      sizeY: 16,
      positionHandler: () => this.onScreen(session, pointOf(session.box, sign)),
      cursorStyleHandler: () => resizeCursor(sign, session.element.rotation),
      actionHandler: (_e, _t, x, y) => this.scalePicture(session, corner, { x, y }),
      render: (ctx, left, top) => {
        ctx.save();
        ctx.beginPath();
        ctx.arc(left, top, 6, 0, Math.PI * 2);
        ctx.fillStyle = '#ffffff';
        ctx.strokeStyle = ACCENT;
        ctx.lineWidth = 1.5;
        ctx.fill();
        ctx.stroke();
        ctx.restore();
      },
    });
  }

  private frameHandleControl(session: Session, handle: FrameHandle): fabric.Control {
    const sign = HANDLE_SIGN[handle];
    const isCorner = sign.x !== 0 && sign.y !== 0;
    return new fabric.Control({
      actionName: 'cropFrame',
      sizeX: 18,
      sizeY: 18,
      positionHandler: () => this.onScreen(session, pointOf(session.frame, sign)),
      cursorStyleHandler: () => resizeCursor(sign, session.element.rotation),
      actionHandler: (_e, transform, x, y) => {
        const pointer = { x, y };
        if (isCorner && this.cornerMode(session, transform, handle as PictureCorner, pointer) === 'picture') return this.scalePicture(session, handle as PictureCorner, pointer);
        const zoom = this.host.canvas.getZoom();
        session.frame = resizeFrame(session.frame, session.box, handle, this.toLocal(session, pointer), MIN_FRAME_SCREEN / zoom);
        session.changed = true;
        this.place(session);
        return true;
      },
      // Canva-like crop marks: an L at the corners, a bar on the sides, turned with the element.
      render: (ctx, left, top) => {
        ctx.save();
        ctx.translate(left, top);
        ctx.rotate((session.element.rotation * Math.PI) / 180);
        ctx.beginPath();
        if (isCorner) {
          ctx.moveTo(-sign.x * 12, 0);
          ctx.lineTo(0, 0);
          ctx.lineTo(0, -sign.y * 12);
        } else if (sign.x === 0) {
          ctx.moveTo(-10, 0);
          ctx.lineTo(10, 0);
        } else {
          ctx.moveTo(0, -10);
          ctx.lineTo(0, 10);
        }
        ctx.lineCap = 'round';
        ctx.lineJoin = 'round';
        ctx.strokeStyle = 'rgba(22, 20, 40, 0.55)';
        ctx.lineWidth = 7;
        ctx.stroke();
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = 4;
        ctx.stroke();
        ctx.restore();
      },
    });
  }

  /**
   * Where a frame corner sits on the picture's corner (an uncropped picture), one handle does both:
   * a drag that starts outwards scales the picture, one that starts inwards crops. Decided once
   * per drag, on its first move.
   */
  private cornerMode(session: Session, transform: Transform, corner: PictureCorner, pointer: Point): 'frame' | 'picture' {
    const known = this.cornerModes.get(transform);
    if (known) return known;
    const sign = CORNER_SIGN[corner];
    const frameCorner = pointOf(session.frame, sign);
    const pictureCorner = pointOf(session.box, sign);
    const tolerance = 1 / this.host.canvas.getZoom();
    const together = Math.abs(frameCorner.x - pictureCorner.x) <= tolerance && Math.abs(frameCorner.y - pictureCorner.y) <= tolerance;
    const local = this.toLocal(session, pointer);
    const outwards = (local.x - frameCorner.x) * sign.x + (local.y - frameCorner.y) * sign.y > 0;
    const mode = together && outwards ? 'picture' : 'frame';
    this.cornerModes.set(transform, mode);
    return mode;
  }

  private scalePicture(session: Session, corner: PictureCorner, pointer: Point): boolean {
    session.box = scalePictureFromCorner(session.frame, session.box, corner, this.toLocal(session, pointer));
    session.changed = true;
    this.place(session);
    return true;
  }

  /**
   * Enter applies, Escape cancels. Captured on the window before the editor's shortcuts (which skip
   * handled events), and not while the user types in a field or a dialog is open. Cut and paste
   * would change the design under the crop: they wait until it is done.
   */
  private listenToKeys(): () => void {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      if (event.key !== 'Enter' && event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      if (event.key === 'Enter') this.apply();
      else this.cancel();
    };
    const onClipboard = (event: ClipboardEvent) => {
      if (isTyping(event.target)) return;
      event.stopPropagation();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('cut', onClipboard, true);
    window.addEventListener('paste', onClipboard, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('cut', onClipboard, true);
      window.removeEventListener('paste', onClipboard, true);
    };
  }

  /** The hint and the Cancel / Done buttons, over the stage while cropping. */
  private createBar(): HTMLElement {
    const bar = document.createElement('div');
    bar.className = 'crop-bar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', i18next.t('editor.imageProps.crop'));
    bar.dataset.testid = 'crop-bar';
    const hint = document.createElement('span');
    hint.className = 'crop-bar-hint';
    hint.textContent = i18next.t('editor.imageProps.cropHint');
    const button = (label: string, className: string, testId: string, run: () => void) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.className = `btn btn-small ${className}`;
      element.textContent = label;
      element.dataset.testid = testId;
      element.addEventListener('click', run);
      return element;
    };
    bar.append(
      hint,
      button(i18next.t('editor.imageProps.cropCancel'), 'btn-secondary', 'crop-cancel', () => this.cancel()),
      button(i18next.t('editor.imageProps.cropDone'), 'btn-primary', 'crop-done', () => this.apply()),
    );
    const stage = this.host.canvas.getElement().closest('.stage') ?? this.host.canvas.getElement().parentElement;
    stage?.append(bar);
    return bar;
  }
}

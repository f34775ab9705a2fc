/**
 * The editor's Fabric canvas: one interactive Canvas filling the stage, the page drawn at the
 * design's pixel size under a zoom-to-fit viewport, clipped to the page so the backdrop around it
 * is the stage's own (neutral) colour. Objects come only from core/render via ObjectSync; user
 * gestures go back out as element changes through the callbacks.
 */
import * as fabric from 'fabric';
import type { FabricObject, Textbox } from 'fabric';
import { elementIdOf, type RenderEnv } from '../../../../core/render';
import { fitKey } from '../../../../core/render/fitKey';
import { storedLines, type AfficheTextbox } from '../../../../core/render/text';
import type { Design, Element, TextElement } from '../../../../core/schema/design';
import type { ElementChange, ElementPatch } from '../../../../core/editor';
import { ObjectSync, type SyncTarget } from './objectSync';
import { hasPageTokens } from '../../../../core/carousel/repeat';
import { SmartGuides } from './smartGuides';
import { LayeredCanvas } from './layeredCanvas';
import { ACCENT } from './objectStyle';
import { CropMode } from './cropMode';
import { isCroppable } from '../../../../core/render/cropGeometry';
import { changesFromTarget, showsTypedRecord, textEditFromObject, type TextEdit } from './readBack';
import { styleTextSelection, watchTextEditing } from './textSelection';
import { actualSizeViewport, fitViewport, panBy, stepZoom, zoomAround, type Size, type Viewport } from './viewport';
import { keepsAspectRatio } from '../../../../core/editor';

export interface EditorCanvasCallbacks {
  onSelectionChange(ids: string[]): void;
  onElementsModified(changes: ElementChange[]): void;
  /** In-place editing ended with this change (an emptied text: `text` is blank). */
  onTextEdited(id: string, edit: TextEdit): void;
  /** The words or runs of a text changed while it is being edited (each keystroke). */
  onTextTyped(id: string, edit: TextEdit): void;
  /** Texts whose box follows their words measured another height than their element says. */
  onTextHeights(heights: Array<{ id: string; height: number }>): void;
  /** Auto-fit texts were fitted to another size or other lines than their element keeps (TextElement.fitted). */
  onTextFits(fits: Array<{ id: string; fitted: NonNullable<TextElement['fitted']> }>): void;
  onViewportChange(viewport: Viewport, page: Size): void;
  onError(error: unknown): void;
}

export const ROTATION_SNAP_DEGREES = 15;

export class EditorCanvas {
  readonly canvas: LayeredCanvas;
  private readonly sync: ObjectSync;
  private readonly guides: SmartGuides;
  private elements: readonly Element[] = [];
  private page: Size = { width: 1, height: 1 };
  /** What the last `show` drew, drawn again when a text typed in place goes back to its slide's numbers. */
  private lastSync: SyncTarget | null = null;
  private view: Size = { width: 1, height: 1 };
  private quiet = 0;
  private viewport: Viewport = { zoom: 1, offsetX: 0, offsetY: 0 };
  /** While true the page refits on every resize; any manual zoom or pan turns it off. */
  private fitted = true;
  private panning: { x: number; y: number } | null = null;
  private spaceHeld = false;
  private lastSelection = '';
  private wantedSelection: readonly string[] = [];

  constructor(
    element: HTMLCanvasElement,
    env: RenderEnv,
    private readonly callbacks: EditorCanvasCallbacks,
  ) {
    this.canvas = new LayeredCanvas(element, {
      preserveObjectStacking: true,
      // Handles are drawn last, over the paint that covers what overflows the page.
      controlsAboveOverlay: true,
      selectionColor: 'rgba(109, 74, 255, 0.08)',
      selectionBorderColor: ACCENT,
      selectionLineWidth: 1,
      uniformScaling: true,
      // The editor shows its own context menu (EditorWorkspace), which needs the event to bubble.
      stopContextMenu: false,
      targetFindTolerance: 6,
      enablePointerEvents: true,
    });
    this.sync = new ObjectSync(this.canvas, env, (work) => this.quietly(work), callbacks.onError, (object, previous, next) =>
      object === this.editingText() && showsTypedRecord(object as Textbox, previous, next),
    );
    this.crop = new CropMode({
      canvas: this.canvas,
      objectOf: (id) => this.sync.objectOf(id),
      elementOf: (id) => this.sync.elementOf(id),
      quietly: (work) => this.quietly(work),
      apply: (change) => callbacks.onElementsModified([change]),
      ended: () => this.emitSelection(),
    });
    // Outside the page, the stage shows through: paint it over whatever overflows the page, under
    // the handles. (A canvas clipPath does the same with a full-size composite every frame.)
    this.canvas.paintOverObjects = (ctx) => this.coverOutsidePage(ctx);
    // While an object is dragged, the rest of the page is drawn from two snapshots (layeredCanvas.ts).
    this.canvas.on('object:moving', ({ target }) => {
      this.canvas.beginDragLayers(target instanceof fabric.ActiveSelection ? target.getObjects() : [target]);
    });
    this.canvas.on('mouse:up', () => this.canvas.endDragLayers());
    this.guides = new SmartGuides({ canvas: this.canvas, elements: () => this.elements, page: () => this.page, zoom: () => this.viewport.zoom });
    this.listen();
    this.unwatchText = watchTextEditing(this.canvas, (id) => this.sync.elementOf(id), (textbox) => this.emitTyped(textbox));
  }
  private readonly unwatchText: () => void;
  private readonly crop: CropMode;

  /** Crop mode on an image or a clip (double-click, or the panel's Crop button); false if it can't be cropped. */
  enterCrop(id: string): boolean {
    return this.crop.enter(id);
  }

  isCropping(): boolean {
    return this.crop.isActive();
  }

  /**
   * Shows page `pageIndex` of `design` with `selection` selected (the editor's state is the truth:
   * after an undo or a new element, the canvas follows); resolves when it is on screen.
   */
  async show(design: Design, pageIndex: number, selection: readonly string[] = []): Promise<void> {
    // Calls overlap (the sync is shared and coalesced): whichever resolves last must apply the newest selection.
    this.wantedSelection = selection;
    const page = design.pages[pageIndex] ?? design.pages[0];
    // The page changed under crop mode (another edit, undo, another page): its state is stale.
    if (page.elements !== this.elements) this.crop.cancel();
    this.elements = page.elements;
    const { width, height } = design.format;
    if (width !== this.page.width || height !== this.page.height) {
      this.page = { width, height };
      this.fit();
    }
    // A text holding {page}/{pages} shows this slide's numbers (core/carousel/repeat.ts).
    this.lastSync = { page, width, height, numbers: { index: pageIndex, count: design.pages.length } };
    await this.sync.sync(this.lastSync);
    this.measureTextHeights(page.elements);
    this.keepTextFits(page.elements);
    const wanted = this.wantedSelection;
    const current = new Set(this.selectedIds());
    const differs = wanted.length !== current.size || wanted.some((id) => !current.has(id));
    // In-place text editing keeps its own selection until it ends.
    if (differs && !this.editingText()) this.select(wanted);
    else this.emitSelection();
  }

  resize(view: Size): void {
    this.view = { width: Math.max(1, Math.floor(view.width)), height: Math.max(1, Math.floor(view.height)) };
    this.canvas.setDimensions(this.view);
    if (this.fitted) this.fit();
    else this.applyViewport(this.viewport);
  }

  /** Zoom to fit: the whole page in view, centred. */
  fit(): void {
    this.fitted = true;
    this.applyViewport(fitViewport(this.view, this.page));
  }

  /** 100 %: one page pixel per screen pixel. */
  zoomToActualSize(): void {
    this.fitted = false;
    this.applyViewport(actualSizeViewport(this.view, this.page));
  }

  /** One zoom stop in or out, around the view's centre. */
  zoomStep(direction: 1 | -1): void {
    this.zoomAt(stepZoom(this.viewport.zoom, direction), { x: this.view.width / 2, y: this.view.height / 2 });
  }

  zoomAt(zoom: number, point: { x: number; y: number }): void {
    this.fitted = false;
    this.applyViewport(zoomAround(this.viewport, zoom, point));
  }

  panBy(dx: number, dy: number): void {
    this.fitted = false;
    this.applyViewport(panBy(this.viewport, dx, dy));
  }

  /** Space held: the next drag pans the view instead of moving objects. */
  setSpaceHeld(held: boolean): void {
    if (this.spaceHeld === held) return;
    this.spaceHeld = held;
    this.canvas.skipTargetFind = held;
    this.canvas.selection = !held;
    this.canvas.defaultCursor = held ? 'grab' : 'default';
    this.canvas.setCursor(this.canvas.defaultCursor);
  }

  getViewport(): Viewport {
    return this.viewport;
  }

  private stageColor: string | null = null;

  private coverOutsidePage(ctx: CanvasRenderingContext2D): void {
    this.stageColor ??= getComputedStyle(this.canvas.getElement().closest('.stage') ?? document.body).backgroundColor || '#ececf1';
    const { zoom, offsetX, offsetY } = this.viewport;
    const left = Math.round(offsetX);
    const top = Math.round(offsetY);
    const right = Math.round(offsetX + this.page.width * zoom);
    const bottom = Math.round(offsetY + this.page.height * zoom);
    const { width, height } = this.view;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    const ratio = this.canvas.getRetinaScaling();
    ctx.scale(ratio, ratio);
    ctx.fillStyle = this.stageColor;
    ctx.fillRect(0, 0, width, Math.max(0, top));
    ctx.fillRect(0, bottom, width, Math.max(0, height - bottom));
    ctx.fillRect(0, top, Math.max(0, left), bottom - top);
    ctx.fillRect(right, top, Math.max(0, width - right), bottom - top);
    ctx.restore();
  }

  /** Smart guides shown during the current drag. */
  activeGuides() {
    return this.guides.current();
  }

  /**
   * Right click: the object under the pointer becomes the selection unless it is already part of
   * it (so a context menu acts on what the user pointed at); empty page clears the selection.
   */
  selectForContextMenu(event: MouseEvent): void {
    const hit = this.canvas.findTarget(event);
    const target = hit.container ?? hit.target;
    const active = this.canvas.getActiveObjects();
    if (target && (active.includes(target) || target === this.canvas.getActiveObject())) return;
    const id = target ? elementIdOf(target) : undefined;
    this.select(id ? [id] : []);
  }

  /** The element under a point of the window (a drop), if any. */
  elementAtClient(clientX: number, clientY: number): string | undefined {
    const hit = this.canvas.findTarget(new MouseEvent('mousemove', { clientX, clientY }));
    const target = hit.container ?? hit.target;
    return target ? elementIdOf(target) : undefined;
  }

  /** A point of the window (a drop, a click) in page pixels. */
  pagePointFromClient(clientX: number, clientY: number): { x: number; y: number } {
    const rect = this.canvas.upperCanvasEl.getBoundingClientRect();
    const { zoom, offsetX, offsetY } = this.viewport;
    return { x: (clientX - rect.left - offsetX) / zoom, y: (clientY - rect.top - offsetY) / zoom };
  }

  private applyViewport(viewport: Viewport): void {
    this.viewport = viewport;
    this.canvas.setViewportTransform([viewport.zoom, 0, 0, viewport.zoom, viewport.offsetX, viewport.offsetY]);
    this.canvas.requestRenderAll();
    this.callbacks.onViewportChange(viewport, this.page);
  }

  selectedIds(): string[] {
    // While cropping, the active object is crop mode's stand-in: the selection is still the image.
    const cropping = this.crop.activeId();
    if (cropping) return [cropping];
    return this.canvas
      .getActiveObjects()
      .map((o) => elementIdOf(o))
      .filter((id): id is string => id !== undefined);
  }

  select(ids: readonly string[]): void {
    // Selecting something else (layers panel, context menu) finishes a crop, as a click elsewhere does.
    if (this.crop.isActive() && !(ids.length === 1 && ids[0] === this.crop.activeId())) this.crop.apply();
    const objects = ids.map((id) => this.sync.objectOf(id)).filter((o): o is FabricObject => o !== undefined && o.selectable !== false);
    this.canvas.discardActiveObject();
    if (objects.length === 1) this.canvas.setActiveObject(objects[0]);
    else if (objects.length > 1) this.canvas.setActiveObject(new fabric.ActiveSelection(objects, { canvas: this.canvas }));
    this.canvas.requestRenderAll();
    this.emitSelection();
  }

  editingText(): Textbox | null {
    const active = this.canvas.getActiveObject() as Textbox | undefined;
    return active && active.isEditing ? active : null;
  }

  /** Ends in-place text editing (its text goes out through onTextEdited first). */
  commitTextEditing(): void {
    this.editingText()?.exitEditing();
  }

  /**
   * Mixed styles: while a text is edited with some characters selected, a character-level patch
   * (bold, italic, underline, strikethrough, colour) goes to those characters only. Returns the
   * text's change to send to the design now (its new style runs; null when nothing changed), or
   * false when it did not apply (then the patch is for the whole element).
   */
  styleTextSelection(patch: ElementPatch): false | { id: string; edit: TextEdit | null } {
    const textbox = this.editingText();
    const id = textbox ? elementIdOf(textbox) : undefined;
    const element = id ? this.sync.elementOf(id) : undefined;
    if (!textbox || !id || !element || !styleTextSelection(textbox, element, patch)) return false;
    return { id, edit: textEditFromObject(element, textbox) };
  }

  /** The text being edited changed: its words, runs and height go to the design now. */
  private emitTyped(textbox: Textbox): void {
    const id = elementIdOf(textbox);
    const element = id ? this.sync.elementOf(id) : undefined;
    if (!id || !element || this.quiet > 0 || !textbox.isEditing) return;
    const edit = textEditFromObject(element, textbox);
    if (edit) this.callbacks.onTextTyped(id, edit);
  }

  /**
   * A text whose box follows its words (auto-fit off) is as tall as its lines: after a change of
   * font, size or width, or in a design saved with a stale height, the element's height is
   * corrected to what was drawn (top-level texts of the shown page; the one being typed in sends
   * its own height).
   */
  private measureTextHeights(elements: readonly Element[]): void {
    const heights: Array<{ id: string; height: number }> = [];
    const editing = this.editingText();
    for (const element of elements) {
      if (element.type !== 'text' || element.autoFit || this.sync.elementOf(element.id) !== element) continue;
      const object = this.sync.objectOf(element.id);
      if (!object || object === editing) continue;
      const height = Math.round(object.height * Math.abs(object.scaleY) * 100) / 100;
      if (Math.abs(height - element.height) > 0.5) heights.push({ id: element.id, height });
    }
    if (heights.length > 0) this.callbacks.onTextHeights(heights);
  }

  /**
   * What the canvas fitted each auto-fit text to (top-level texts of the shown page, not the one
   * being typed in), kept on the element so Node exports draw the same size and line breaks.
   */
  private keepTextFits(elements: readonly Element[]): void {
    const fits: Array<{ id: string; fitted: NonNullable<TextElement['fitted']> }> = [];
    const editing = this.editingText();
    for (const element of elements) {
      if (element.type !== 'text' || !element.autoFit || this.sync.elementOf(element.id) !== element) continue;
      const object = this.sync.objectOf(element.id) as AfficheTextbox | undefined;
      if (!object || object === editing || !object.fitLayout) continue;
      const fitted = { key: fitKey(element), fontSize: object.fitLayout.fontSize, lines: storedLines(object.fitLayout.lines) };
      if (JSON.stringify(fitted) !== JSON.stringify(element.fitted)) fits.push({ id: element.id, fitted });
    }
    if (fits.length > 0) this.callbacks.onTextFits(fits);
  }

  /** Where an element's centre is on screen, in client pixels (tests, and popovers one day). */
  screenCenterOf(id: string): { x: number; y: number } | null {
    const object = this.sync.objectOf(id);
    if (!object) return null;
    const point = object.getCenterPoint().transform(this.canvas.viewportTransform);
    const rect = this.canvas.upperCanvasEl.getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  }

  /** An element's unrotated box on screen, in client pixels (tests aim at its handles). */
  screenBoxOf(id: string): { left: number; top: number; width: number; height: number; angle: number } | null {
    const object = this.sync.objectOf(id);
    const center = this.screenCenterOf(id);
    if (!object || !center) return null;
    const zoom = this.canvas.getZoom();
    const width = object.getScaledWidth() * zoom;
    const height = object.getScaledHeight() * zoom;
    return { left: center.x - width / 2, top: center.y - height / 2, width, height, angle: object.angle };
  }

  objects(): FabricObject[] {
    return this.canvas.getObjects();
  }

  dispose(): void {
    this.crop.dispose();
    this.unwatchText();
    this.sync.dispose();
    void this.canvas.dispose();
  }

  private listen(): void {
    const canvas = this.canvas;
    const selection = () => this.emitSelection();
    const selectionWithoutLocked = () => {
      this.dropLockedFromMultiSelection();
      this.emitSelection();
    };
    canvas.on('selection:created', selectionWithoutLocked);
    canvas.on('selection:updated', selectionWithoutLocked);
    canvas.on('selection:cleared', selection);
    // Ctrl/Cmd + wheel (and trackpad pinch, which browsers report as ctrl + wheel) zooms around the
    // pointer; a plain wheel or two-finger scroll pans, as in Canva and Figma.
    canvas.on('mouse:wheel', ({ e }) => {
      e.preventDefault();
      e.stopPropagation();
      const point = canvas.getViewportPoint(e);
      if (e.ctrlKey || e.metaKey) this.zoomAt(this.viewport.zoom * Math.pow(0.998, e.deltaY), point);
      else this.panBy(-(e.shiftKey ? e.deltaY : e.deltaX), e.shiftKey ? 0 : -e.deltaY);
    });
    canvas.on('mouse:down', ({ e }) => {
      if (!this.spaceHeld) return;
      this.panning = canvas.getViewportPoint(e);
      canvas.setCursor('grabbing');
    });
    canvas.on('mouse:move', ({ e }) => {
      if (!this.panning) return;
      const point = canvas.getViewportPoint(e);
      this.panBy(point.x - this.panning.x, point.y - this.panning.y);
      this.panning = point;
    });
    canvas.on('mouse:up', () => {
      if (!this.panning) return;
      this.panning = null;
      canvas.setCursor(this.spaceHeld ? 'grab' : 'default');
    });
    // Shift usually frees a corner drag from the ratio; not for an aspect-locked element or a group.
    canvas.on('before:transform', ({ transform }) => {
      const id = elementIdOf(transform.target);
      const element = id ? this.sync.elementOf(id) : undefined;
      canvas.uniScaleKey = element && keepsAspectRatio(element) ? null : 'shiftKey';
    });
    // Shift while rotating snaps to 15° steps.
    canvas.on('object:rotating', ({ e, target }) => {
      if (e.shiftKey) target.rotate(Math.round(target.angle / ROTATION_SNAP_DEGREES) * ROTATION_SNAP_DEGREES);
    });
    canvas.on('object:modified', ({ target }) => {
      if (!target) return;
      const changes = changesFromTarget(target, (id) => this.sync.elementOf(id));
      if (changes.length > 0) this.callbacks.onElementsModified(changes);
    });
    // Double-clicking an image or a clip crops it (text has its own double-click: editing in place).
    canvas.on('mouse:dblclick', ({ target }) => {
      const id = target ? elementIdOf(target) : undefined;
      const element = id ? this.sync.elementOf(id) : undefined;
      if (id && element && isCroppable(element)) this.enterCrop(id);
    });
    // A text holding page tokens shows "3/8" but is typed in as its words: "{page}/{pages}" (the
    // words are what is saved, never the numbers of the slide it was edited on).
    canvas.on('text:editing:entered', ({ target }) => {
      const id = elementIdOf(target);
      const element = id ? this.sync.elementOf(id) : undefined;
      if (!element || element.type !== 'text' || !hasPageTokens(element.text) || target.text === element.text) return;
      this.quietly(() => {
        target.set('text', element.text);
        target.initDimensions();
        if (target.hiddenTextarea) target.hiddenTextarea.value = element.text;
        target.selectAll();
        (target as unknown as { _textBeforeEdit: string })._textBeforeEdit = element.text;
        (target as unknown as { _updateTextarea(): void })._updateTextarea();
      });
      canvas.requestRenderAll();
    });
    canvas.on('text:editing:exited', ({ target }) => {
      const id = elementIdOf(target);
      const element = id ? this.sync.elementOf(id) : undefined;
      if (id && element?.type === 'text' && hasPageTokens(target.text) && this.lastSync) {
        // Back to this slide's numbers once the typing is written (the next sync rebuilds it).
        this.sync.forget(id);
        queueMicrotask(() => this.lastSync && void this.sync.sync(this.lastSync));
      }
      if (!id || !element || this.quiet > 0) return;
      // The typing is already in the design; an emptied text still goes (commitTextEdit removes it).
      const edit = textEditFromObject(element, target) ?? (element.type === 'text' && element.text.trim() === '' ? { text: element.text, x: element.x, y: element.y, height: element.height } : null);
      if (edit) this.callbacks.onTextEdited(id, edit);
    });
  }

  /**
   * A marquee or shift-click selection moves as one block, whatever each object's own locks say:
   * locked elements leave the group so they stay where they are (alone, they can still be selected
   * to unlock them).
   */
  private dropLockedFromMultiSelection(): void {
    const active = this.canvas.getActiveObject();
    if (!(active instanceof fabric.ActiveSelection)) return;
    const isLocked = (object: FabricObject) => {
      const id = elementIdOf(object);
      return id !== undefined && this.sync.elementOf(id)?.locked === true;
    };
    const members = active.getObjects();
    const free = members.filter((object) => !isLocked(object));
    if (free.length === members.length) return;
    this.quietly(() => {
      this.canvas.discardActiveObject();
      if (free.length === 1) this.canvas.setActiveObject(free[0]);
      else if (free.length > 1) this.canvas.setActiveObject(new fabric.ActiveSelection(free, { canvas: this.canvas }));
    });
    this.canvas.requestRenderAll();
  }

  private quietly(work: () => void): void {
    this.quiet++;
    try {
      work();
    } finally {
      this.quiet--;
    }
  }

  private emitSelection(): void {
    if (this.quiet > 0) return;
    const ids = this.selectedIds();
    const key = ids.join(',');
    if (key === this.lastSelection) return;
    this.lastSelection = key;
    this.callbacks.onSelectionChange(ids);
  }
}

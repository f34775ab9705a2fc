/**
 * Keeps the Fabric canvas equal to one page of the design (the React state is the truth, Fabric is
 * the view). Elements are immutable records, so "changed" is identity: an element whose record is
 * the same object keeps its Fabric object (so does a text being typed in, whose new record holds
 * only what it already shows: `showsAlready`); any other is rebuilt with core/render's buildElement.
 * Runs are serialised and coalesced: a burst of edits rebuilds once with the newest page.
 */
import * as fabric from 'fabric';
import type { FabricObject } from 'fabric';
import { buildBackgroundImage, buildElement, toFabricPaint, type RenderEnv } from '../../../../core/render';
import type { Background, Element, Page } from '../../../../core/schema/design';
import { withPageNumbers } from '../../../../core/carousel/repeat';
import { decorateForEditing } from './objectStyle';

interface Entry {
  element: Element;
  object: FabricObject;
  /** The slide numbers its page tokens were drawn with ("3/8"); absent when it holds none. */
  shown?: string;
}

export interface SyncTarget {
  page: Page;
  width: number;
  height: number;
  /**
   * This slide's number and the count: a text holding {page}/{pages} is drawn with them
   * (core/carousel/repeat.ts withPageNumbers) while its element keeps the tokens.
   */
  numbers?: { index: number; count: number };
}

/** Marks an entry drawn from other words than its element's (a text edited in place): rebuilt next time. */
const STALE = '\u0000stale';

export class ObjectSync {
  private entries = new Map<string, Entry>();
  private background: { value: Background; width: number; height: number } | null = null;
  private queued: SyncTarget | null = null;
  private running: Promise<void> | null = null;
  private disposed = false;

  constructor(
    private readonly canvas: fabric.Canvas,
    private readonly env: RenderEnv,
    /** Called around canvas changes so selection events made by the sync itself are ignored. */
    private readonly quietly: (work: () => void) => void,
    private readonly onError: (error: unknown) => void,
    /** True when `object` already shows `next` although it was built from `previous` (a text being typed in). */
    private readonly showsAlready: (object: FabricObject, previous: Element, next: Element) => boolean = () => false,
  ) {}

  elementOf(id: string): Element | undefined {
    return this.entries.get(id)?.element;
  }

  objectOf(id: string): FabricObject | undefined {
    return this.entries.get(id)?.object;
  }

  /** Brings the canvas to `target`; resolves when the newest requested state is on screen. */
  sync(target: SyncTarget): Promise<void> {
    this.queued = target;
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  dispose(): void {
    this.disposed = true;
    this.queued = null;
  }

  private async drain(): Promise<void> {
    while (this.queued && !this.disposed) {
      const target = this.queued;
      this.queued = null;
      try {
        await this.apply(target);
      } catch (error) {
        this.onError(error);
      }
    }
  }

  /**
   * The object of `id` shows other words than its element says (its page tokens while typed in
   * place, core/carousel): it is built again, with this slide's numbers, by the next sync.
   */
  forget(id: string): void {
    const entry = this.entries.get(id);
    if (entry) entry.shown = STALE;
  }

  private async apply({ page, width, height, numbers }: SyncTarget): Promise<void> {
    const built = await Promise.all(
      page.elements.map(async (element): Promise<Entry & { fresh: boolean }> => {
        const drawn = numbers ? withPageNumbers([element], numbers.index, numbers.count)[0] : element;
        const shown = drawn === element ? undefined : `${numbers!.index + 1}/${numbers!.count}`;
        const previous = this.entries.get(element.id);
        if (previous && ((previous.element === element && previous.shown === shown) || this.showsAlready(previous.object, previous.element, element))) {
          return { element, object: previous.object, shown: previous.shown, fresh: false };
        }
        const object = await buildElement(this.env, drawn);
        decorateForEditing(object, element);
        return { element, object, shown, fresh: true };
      }),
    );
    const backgroundImage = await this.backgroundImageFor(page.background, width, height);
    if (this.disposed) return;

    const canvas = this.canvas;
    this.quietly(() => {
      const wanted = new Set(built.map((entry) => entry.object));
      const activeIds = canvas.getActiveObjects().map((o) => this.idOf(o));
      const activeObjects = canvas.getActiveObjects();
      const selectionBroken = activeObjects.some((o) => !wanted.has(o));
      if (selectionBroken) {
        for (const o of activeObjects) if ((o as fabric.Textbox).isEditing) (o as fabric.Textbox).exitEditing();
        canvas.discardActiveObject();
      }

      for (const object of canvas.getObjects()) if (!wanted.has(object)) canvas.remove(object);
      built.forEach((entry, index) => {
        const at = canvas.getObjects().indexOf(entry.object);
        if (at === -1) canvas.insertAt(index, entry.object);
        else if (at !== index) canvas.moveObjectTo(entry.object, index);
      });
      this.entries = new Map(built.map((entry) => [entry.element.id, { element: entry.element, object: entry.object, shown: entry.shown }]));

      if (backgroundImage !== undefined) {
        canvas.backgroundColor = toFabricPaint(this.env.fabric, page.background.fill, { width, height });
        canvas.backgroundImage = backgroundImage ?? undefined;
      }

      if (selectionBroken) {
        const reselect = activeIds
          .map((id) => (id ? this.entries.get(id)?.object : undefined))
          .filter((o): o is FabricObject => o !== undefined && o.selectable !== false);
        if (reselect.length === 1) canvas.setActiveObject(reselect[0]);
        else if (reselect.length > 1) canvas.setActiveObject(new fabric.ActiveSelection(reselect, { canvas }));
      }
    });
    canvas.requestRenderAll();
  }

  /** undefined = background unchanged; null = no image. */
  private async backgroundImageFor(background: Background, width: number, height: number): Promise<FabricObject | null | undefined> {
    const previous = this.background;
    if (previous && previous.value === background && previous.width === width && previous.height === height) return undefined;
    this.background = { value: background, width, height };
    const page = { id: 'background', background, elements: [] } satisfies Page;
    return (await buildBackgroundImage(this.env, page, width, height)) ?? null;
  }

  private idOf(object: FabricObject): string | undefined {
    for (const [id, entry] of this.entries) if (entry.object === object) return id;
    return undefined;
  }
}

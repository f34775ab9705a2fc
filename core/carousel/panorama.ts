/**
 * Seamless panoramas (design schema v9 `panorama`; docs/architecture.md, Carousels): one wide page
 * `panorama.slides` slides wide, cut at the seams on export. Here, pure: where the slides and seams
 * are, which texts a seam cuts or crowds (`seamProblems`), and the two conversions, a panorama to
 * separate slides and separate slides to a panorama, which give each other back pixel for pixel.
 */
import { elementLabel } from '../elements';
import { MessageError, msg, type Message } from '../messages';
import { containBox, coverCrop } from '../render/geometry';
import { PANORAMA_LIMITS } from '../schema/constants';
import type { Background, Design, Element, FormatRef, ImageElement, Page, Panorama, ShapeElement } from '../schema/design';
import { createImageElement, createShapeElement, newId } from '../schema/factory';
import { pageAsDrawn } from './repeat';

/** The band kept clear either side of a seam in a new panorama, in pixels. */
export const DEFAULT_SEAM_MARGIN = 40;

/** Slide `index`'s place on the wide page. */
export interface SlideBox {
  index: number;
  x: number;
  width: number;
  height: number;
}

/** The slides of a panorama, left to right; none for any other design. */
/** How many slides a design has: a panorama's slides (cuts of its one page), else its pages. */
export function slideCount(design: Pick<Design, 'pages' | 'panorama'>): number {
  return design.panorama ? design.panorama.slides : design.pages.length;
}

/** The size and format of one slide: a panorama's slide, else the design's format. */
export function slideFormat(design: Pick<Design, 'format' | 'panorama'>): FormatRef {
  return design.panorama?.slide ?? design.format;
}

export function slideBoxes(design: Design): SlideBox[] {
  const panorama = design.panorama;
  if (!panorama) return [];
  const { width, height } = panorama.slide;
  return Array.from({ length: panorama.slides }, (_, index) => ({ index, x: index * width, width, height }));
}

/** The x of each seam on the wide page (slides - 1 of them). */
export function seamPositions(design: Design): number[] {
  return slideBoxes(design).slice(1).map((box) => box.x);
}

/** A panorama made of `slides` slides of `slide`'s format: the wide page's format and the `panorama` field. */
export function panoramaLayout(slide: FormatRef, slides: number, seamMargin = DEFAULT_SEAM_MARGIN): { format: FormatRef; panorama: Panorama } {
  return { format: { preset: null, width: slide.width * slides, height: slide.height }, panorama: { slides, slide, seamMargin } };
}

/** A text a seam cuts (`cut`) or that sits inside a seam's margin (`margin`). Seams count from 1, slides too. */
export interface SeamProblem {
  /** The top-level element (the layers panel's row): the text itself, or the group holding it. */
  elementId: string;
  textId: string;
  kind: 'cut' | 'margin';
  /** The slides either side of the seam, from 1. */
  left: number;
  right: number;
  message: Message;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Axis-aligned bounds of a box turned `rotation` degrees about its centre. */
function rotatedBounds(box: Box, rotation: number): Box {
  if (rotation % 360 === 0) return box;
  const rad = (rotation * Math.PI) / 180;
  const cos = Math.abs(Math.cos(rad));
  const sin = Math.abs(Math.sin(rad));
  const width = box.width * cos + box.height * sin;
  const height = box.width * sin + box.height * cos;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return { x: cx - width / 2, y: cy - height / 2, width, height };
}

/** Every visible text of a page with the box it covers on the page (inside a turned group: the group's). */
function textsWithBoxes(elements: readonly Element[]): Array<{ top: Element; text: Element; box: Box }> {
  const found: Array<{ top: Element; text: Element; box: Box }> = [];
  const visit = (el: Element, top: Element, dx: number, dy: number, frozen: Box | null) => {
    if (el.hidden) return;
    const own = rotatedBounds({ x: el.x + dx, y: el.y + dy, width: el.width, height: el.height }, el.rotation);
    if (el.type === 'text') found.push({ top, text: el, box: frozen ?? own });
    if (el.type === 'group') {
      // A turned group turns its children about its centre: its own bounds stand for theirs.
      const childFrozen = frozen ?? (el.rotation % 360 === 0 ? null : own);
      for (const child of el.children) visit(child, top, dx + el.x, dy + el.y, childFrozen);
    }
  };
  for (const el of elements) visit(el, el, 0, 0, null);
  return found;
}

/**
 * The texts of a panorama that a seam cuts (the box crosses it) or that sit less than
 * `panorama.seamMargin` pixels from it, in paint order, each naming the text and the seam (EXP:
 * export notes; the layers panel's warning). None for a design that is not a panorama.
 */
export function seamProblems(design: Design): SeamProblem[] {
  const panorama = design.panorama;
  if (!panorama) return [];
  const seams = seamPositions(design);
  const margin = panorama.seamMargin;
  const problems: SeamProblem[] = [];
  for (const { top, text, box } of textsWithBoxes(pageAsDrawn(design, 0).elements)) {
    seams.forEach((seam, i) => {
      const left = i + 1;
      const right = i + 2;
      const name = elementLabel(text) ?? text.name;
      const base = { elementId: top.id, textId: text.id, left, right };
      if (box.x < seam && box.x + box.width > seam) {
        problems.push({ ...base, kind: 'cut', message: msg('panorama.seamCutsText', { name, left, right }) });
      } else if (margin > 0 && box.x < seam + margin && box.x + box.width > seam - margin) {
        problems.push({ ...base, kind: 'margin', message: msg('panorama.textInSeamMargin', { name, margin, left, right }) });
      }
    });
  }
  return problems;
}

/** A picture's size in pixels, when known (the library's asset summary); backgrounds need it to be cut. */
export type PictureSize = (assetId: string) => { width: number; height: number } | undefined;

export interface ConvertOptions {
  pictureSize?: PictureSize;
  /** Fresh ids (tests may pass a counter). */
  newId?: (prefix: string) => string;
}

/**
 * How far an element's pixels may reach past its box (outline, shadow, a text's highlight and the
 * ink of its glyphs): an element is copied onto every slide its pixels may touch.
 */
function bleed(el: Element): number {
  let reach = 0;
  if (el.type === 'text') {
    reach += el.fontSize;
    if (el.stroke) reach += Math.max(el.stroke.width, (el.stroke.widthRatio ?? 0) * el.fontSize);
    if (el.shadow) reach += el.shadow.blur + Math.max(Math.abs(el.shadow.offsetX), Math.abs(el.shadow.offsetY));
    if (el.background) reach += el.background.padding;
  } else if (el.type === 'shape') {
    if (el.stroke) reach += el.stroke.width;
  } else if (el.type === 'group') {
    reach += Math.max(0, ...el.children.map((child) => bleed(child) + Math.max(0, -child.x, -child.y, child.x + child.width - el.width, child.y + child.height - el.height)));
  }
  return reach + 1;
}

/** The element with fresh ids (its children's too) and no template slot (a slot name is unique in a design). */
function copyOf(el: Element, fresh: (prefix: string) => string): Element {
  const { slot: _slot, ...rest } = el;
  const copy = { ...rest, id: fresh('e') } as Element;
  return copy.type === 'group' ? { ...copy, children: copy.children.map((child) => copyOf(child, fresh)) } : copy;
}

function withoutRepeat(el: Element): Element {
  if (el.repeat === undefined) return el;
  const { repeat: _repeat, ...rest } = el;
  return rest as Element;
}

const isPlainColor = (fill: Background['fill']): fill is string => typeof fill === 'string';

/** A background picture placed over `box` as an image element, as the background draws it there. */
function backgroundPicture(image: NonNullable<Background['image']>, box: Box, size: ReturnType<PictureSize>, fresh: (prefix: string) => string): ImageElement {
  const base = { id: fresh('e'), name: '', assetId: image.assetId };
  if (!size) return createImageElement({ ...base, ...box });
  if (image.fit === 'contain') {
    const placed = containBox(size.width, size.height, box.width, box.height);
    return createImageElement({ ...base, x: box.x + placed.x, y: box.y + placed.y, width: placed.width, height: placed.height });
  }
  const crop = coverCrop(size.width, size.height, box.width / box.height, image.focalX, image.focalY);
  return createImageElement({
    ...base,
    ...box,
    crop: { x: crop.x / size.width, y: crop.y / size.height, width: Math.min(1, crop.width / size.width), height: Math.min(1, crop.height / size.height) },
  });
}

/** A background paint placed over `box` as a rectangle. */
function backgroundShape(fill: Background['fill'], box: Box, fresh: (prefix: string) => string): ShapeElement {
  return createShapeElement({ id: fresh('e'), name: '', shape: 'rect', fill, ...box });
}

/**
 * A panorama as separate slides (a carousel of `panorama.slides` pages of the slide's format):
 * every element goes onto each slide its pixels reach, shifted by the slide's place (the first
 * copy keeps its id, the others get fresh ones and no template slot), in the same paint order, so
 * nothing is lost or repeated at a seam. A background picture or gradient spanning the wide page
 * becomes an element spanning it, cut the same way. Elements on every slide are drawn as they
 * showed (page numbers filled in). Not a panorama: the same design.
 */
export function panoramaToSlides(design: Design, options: ConvertOptions = {}): Design {
  const panorama = design.panorama;
  if (!panorama) return design;
  const fresh = options.newId ?? newId;
  const { width, height } = panorama.slide;
  const wide = pageAsDrawn(design, 0);
  const wideBox = { x: 0, y: 0, width: design.format.width, height };
  const under: Element[] = [];
  const { fill, image } = wide.background;
  if (!isPlainColor(fill)) under.push(backgroundShape(fill, wideBox, fresh));
  if (image) under.push(backgroundPicture(image, wideBox, options.pictureSize?.(image.assetId), fresh));
  const slideFill = isPlainColor(fill) ? fill : fill.stops[0].color;
  const elements = [...under, ...wide.elements.map(withoutRepeat)];

  const slides: Element[][] = Array.from({ length: panorama.slides }, () => []);
  for (const el of elements) {
    const bounds = rotatedBounds(el, el.rotation);
    const reach = bleed(el);
    let on = slides.flatMap((_, k) => (bounds.x - reach < (k + 1) * width && bounds.x + bounds.width + reach > k * width ? [k] : []));
    // Wholly off the page: kept on the nearest slide, so nothing is lost.
    if (on.length === 0) on = [bounds.x < 0 ? 0 : panorama.slides - 1];
    on.forEach((k, n) => {
      const placed = { ...(n === 0 ? el : copyOf(el, fresh)), x: el.x - k * width } as Element;
      slides[k].push(placed);
    });
  }
  const { panorama: _panorama, ...rest } = design;
  const pages: Page[] = slides.map((list, k) => ({
    id: k === 0 ? wide.id : fresh('p'),
    background: { fill: slideFill },
    elements: list,
  }));
  return { ...rest, kind: 'carousel', format: panorama.slide, pages };
}

/** Why separate slides cannot become a panorama, or null when they can. */
export function panoramaRefusal(design: Design): Message | null {
  if (design.panorama) return msg('panorama.refuseAlready');
  if (design.kind === 'video') return msg('panorama.refuseVideo');
  if (design.variants?.length) return msg('panorama.refuseVariants');
  const count = design.pages.length;
  if (count < PANORAMA_LIMITS.minSlides || count > PANORAMA_LIMITS.maxSlides) {
    return msg('panorama.refuseSlideCount', { min: PANORAMA_LIMITS.minSlides, max: PANORAMA_LIMITS.maxSlides, count });
  }
  const total = design.format.width * count;
  if (total > PANORAMA_LIMITS.maxWidth) return msg('panorama.refuseTooWide', { count, width: design.format.width, total, max: PANORAMA_LIMITS.maxWidth });
  return null;
}

/** What tells two copies of one element apart on the wide page: nothing but their ids and slot. */
function sameness(el: Element): string {
  const strip = (e: Element): unknown => {
    const { id: _id, slot: _slot, ...rest } = e;
    return rest.type === 'group' ? { ...rest, children: (rest as { children: Element[] }).children.map(strip) } : rest;
  };
  return JSON.stringify(strip(el));
}

/**
 * One paint order for the wide page from the slides' orders: an element copied onto neighbouring
 * slides (as `panoramaToSlides` cuts it) is one element again, placed so that every slide's order
 * holds. Slides whose orders disagree keep every copy, slide after slide.
 */
function mergeOrders(slides: Element[][]): Element[] {
  const nodes: Element[] = [];
  const first: Array<[number, number]> = [];
  const lastSlide: number[] = [];
  const byKey = new Map<string, number[]>();
  const sequences: number[][] = slides.map((list, k) =>
    list.map((el, position) => {
      const key = sameness(el);
      const candidates = byKey.get(key) ?? [];
      const reuse = candidates.find((node) => lastSlide[node] === k - 1);
      if (reuse !== undefined) {
        lastSlide[reuse] = k;
        return reuse;
      }
      const node = nodes.push(el) - 1;
      first.push([k, position]);
      lastSlide.push(k);
      byKey.set(key, [...candidates, node]);
      return node;
    }),
  );
  const after = nodes.map(() => new Set<number>());
  const waiting = nodes.map(() => 0);
  for (const sequence of sequences) {
    for (let i = 1; i < sequence.length; i++) {
      const [a, b] = [sequence[i - 1], sequence[i]];
      if (a === b || after[a].has(b)) continue;
      after[a].add(b);
      waiting[b] += 1;
    }
  }
  const rank = (node: number) => first[node][0] * 1_000_000 + first[node][1];
  const ready = nodes.map((_, node) => node).filter((node) => waiting[node] === 0);
  const order: Element[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => rank(a) - rank(b));
    const node = ready.shift()!;
    order.push(nodes[node]);
    for (const next of after[node]) if (--waiting[next] === 0) ready.push(next);
  }
  return order.length === nodes.length ? order : slides.flat();
}

/**
 * Separate slides as one panorama (refused, with the reason, when `panoramaRefusal` gives one):
 * the slides side by side on one wide page; each slide's background becomes a rectangle or a
 * picture in its slot (none when every slide has the same plain colour: the wide page takes it);
 * an element on every slide becomes one copy per slide; copies of one element that crossed a seam
 * are one element again, so a panorama cut into slides and put back is the same picture.
 */
export function slidesToPanorama(design: Design, options: ConvertOptions & { seamMargin?: number } = {}): Design {
  const refusal = panoramaRefusal(design);
  if (refusal) throw new MessageError(refusal);
  const fresh = options.newId ?? newId;
  const { width, height } = design.format;
  const count = design.pages.length;
  const drawn = design.pages.map((_, k) => pageAsDrawn(design, k));
  const fills = drawn.map((page) => page.background.fill);
  const shared = fills.every((fill) => isPlainColor(fill) && fill === fills[0]) ? (fills[0] as string) : null;
  const wideFill = shared ?? '#ffffff';
  const ids = new Set<string>();
  const slides = drawn.map((page, k) => {
    const box = { x: k * width, y: 0, width, height };
    const under: Element[] = [];
    if (page.background.fill !== wideFill) under.push(backgroundShape(page.background.fill, box, fresh));
    if (page.background.image) under.push(backgroundPicture(page.background.image, box, options.pictureSize?.(page.background.image.assetId), fresh));
    const placed = page.elements.map((el) => {
      // An element on every slide is drawn once per slide: each copy after the first is its own element.
      const own = ids.has(el.id) ? copyOf(el, fresh) : el;
      ids.add(el.id);
      return { ...withoutRepeat(own), x: el.x + k * width } as Element;
    });
    return [...under, ...placed];
  });
  const { format, panorama } = panoramaLayout(design.format, count, options.seamMargin ?? 0);
  const page: Page = { id: design.pages[0].id, background: { fill: wideFill }, elements: mergeOrders(slides) };
  return { ...design, kind: 'carousel', format, panorama, pages: [page] };
}

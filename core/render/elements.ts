/**
 * One element -> one Fabric object. Used by the editor canvas, in-app export and CLI export
 * (docs/architecture.md, The render path: one renderer for pixels).
 *
 * Geometry: our x, y, width, height describe the unrotated box with a top-left origin and rotation
 * turns it about its centre. Fabric 7 defaults origins to 'center'; we set them explicitly to
 * centre so Fabric's angle matches our rotation, and place each object at the box centre.
 */
import type { FabricObject, FabricImage } from 'fabric';
import type { Element, ElementType, GroupElement, ImageElement, ShapeElement, VideoElement } from '../schema/design';
import { unreachable, type ElementOf } from '../elements/module';
import { paintToSolid, toFabricPaint } from './paint';
import { coverCrop, starPoints, polygonPoints, arrowPoints, bubblePath, dashedLinePath } from './geometry';
import { buildText } from './text';
import { buildIcon } from './icon';
import { loadPicture } from './picture';
import { clipCoverRect } from '../video/clipCrop';
import { tagWithElementId, type FabricImageSource, type FabricNS, type RenderEnv } from './types';

const CENTER = { originX: 'center', originY: 'center' } as const;

function commonProps(el: Element, offsetX: number, offsetY: number) {
  return {
    ...CENTER,
    left: offsetX + el.x + el.width / 2,
    top: offsetY + el.y + el.height / 2,
    angle: el.rotation,
    opacity: el.opacity,
    visible: !el.hidden,
  };
}

function placeholder(fabric: FabricNS, el: Element, offsetX: number, offsetY: number): FabricObject {
  return new fabric.Rect({ ...commonProps(el, offsetX, offsetY), width: el.width, height: el.height, fill: '#d9d9de' });
}

/**
 * A video's still (docs/architecture.md, the render path): the frame it starts on (`trimInMs`),
 * the part its crop keeps covering its box (core/video/clipCrop.ts, as the export fits it); the
 * placeholder box when no frame can be had.
 */
export async function buildVideoStill(env: RenderEnv, el: VideoElement, offsetX = 0, offsetY = 0): Promise<FabricObject> {
  const { fabric } = env;
  const frame = env.loadVideoFrame ? await env.loadVideoFrame(el.assetId, el.trimInMs) : null;
  if (!frame || !frame.width || !frame.height) return placeholder(fabric, el, offsetX, offsetY);
  const crop = clipCoverRect(el, { width: frame.width, height: frame.height }, el);
  return new fabric.FabricImage(frame as FabricImageSource, {
    ...commonProps(el, offsetX, offsetY),
    cropX: crop.x,
    cropY: crop.y,
    width: crop.width,
    height: crop.height,
    scaleX: el.width / crop.width,
    scaleY: el.height / crop.height,
  });
}

export async function buildImage(env: RenderEnv, el: ImageElement, offsetX = 0, offsetY = 0): Promise<FabricObject> {
  const { fabric } = env;
  const filters = imageFilters(fabric, el);
  const picture = await loadPicture(env, el.assetId, {
    cropOf: (width, height) =>
      el.crop ? { x: el.crop.x * width, y: el.crop.y * height, width: el.crop.width * width, height: el.crop.height * height } : coverCrop(width, height, el.width / el.height),
    drawnSize: () => ({ width: el.width, height: el.height }),
    // A blur's radius is relative to the picture's size: filtered pictures stay whole.
    resample: filters.length === 0,
  });
  if (!picture) return placeholder(fabric, el, offsetX, offsetY);
  const { source, crop } = picture;
  const image: FabricImage = new fabric.FabricImage(source as FabricImageSource, {
    ...commonProps(el, offsetX, offsetY),
    cropX: crop.x,
    cropY: crop.y,
    width: crop.width,
    height: crop.height,
    scaleX: el.width / crop.width,
    scaleY: el.height / crop.height,
    flipX: el.flipX,
    flipY: el.flipY,
  });
  if (el.mask === 'circle') {
    // Clip paths live in the image's own unscaled coordinates, centred: the inscribed ellipse.
    image.clipPath = new fabric.Ellipse({ ...CENTER, left: 0, top: 0, rx: crop.width / 2, ry: crop.height / 2 });
  } else if (el.cornerRadius > 0) {
    const r = Math.min(el.cornerRadius, el.width / 2, el.height / 2);
    image.clipPath = new fabric.Rect({
      ...CENTER,
      left: 0,
      top: 0,
      width: crop.width,
      height: crop.height,
      rx: r / image.scaleX,
      ry: r / image.scaleY,
    });
  }
  if (filters.length > 0) {
    image.filters = filters;
    image.applyFilters();
  }
  return image;
}

function imageFilters(fabric: FabricNS, el: ImageElement) {
  const f = el.filters;
  if (!f) return [];
  const list = [];
  if (f.brightness) list.push(new fabric.filters.Brightness({ brightness: f.brightness }));
  if (f.contrast) list.push(new fabric.filters.Contrast({ contrast: f.contrast }));
  if (f.saturation) list.push(new fabric.filters.Saturation({ saturation: f.saturation }));
  if (f.blur) list.push(new fabric.filters.Blur({ blur: f.blur }));
  if (f.grayscale) list.push(new fabric.filters.Grayscale());
  if (f.sepia) list.push(new fabric.filters.Sepia());
  return list;
}

export function buildShape(fabric: FabricNS, el: ShapeElement, offsetX = 0, offsetY = 0): FabricObject {
  const stroke = el.stroke && el.stroke.width > 0 ? el.stroke : undefined;
  const style = {
    ...commonProps(el, offsetX, offsetY),
    fill: toFabricPaint(fabric, el.fill),
    stroke: stroke?.color,
    strokeWidth: stroke?.width ?? 0,
    strokeDashArray: stroke?.dash && stroke.dash.length > 0 ? stroke.dash : undefined,
    strokeUniform: true,
  };
  const { width, height } = el;
  switch (el.shape) {
    case 'rect': {
      const r = Math.min(el.cornerRadius, width / 2, height / 2);
      return new fabric.Rect({ ...style, width, height, rx: r, ry: r });
    }
    case 'ellipse':
      return new fabric.Ellipse({ ...style, rx: width / 2, ry: height / 2 });
    case 'triangle':
      return new fabric.Triangle({ ...style, width, height });
    case 'star':
      return new fabric.Polygon(starPoints(width, height, el.sides ?? 5), style);
    case 'polygon':
      return new fabric.Polygon(polygonPoints(width, height, el.sides ?? 6), style);
    case 'arrow':
      return new fabric.Polygon(arrowPoints(width, height), style);
    case 'bubble':
      return new fabric.Path(bubblePath(width, height, el.cornerRadius), style);
    case 'line': {
      // A line is drawn with its fill colour unless it has its own stroke; its box height is its thickness.
      const color = stroke ? stroke.color : paintToSolid(el.fill);
      if (!stroke?.dash?.some((d) => d > 0)) return new fabric.Rect({ ...style, width, height, fill: color, stroke: undefined, strokeWidth: 0 });
      // Dashed: a stroked centre line as thick as the box, with butt caps so dashes end square.
      return new fabric.Path(dashedLinePath(width, height), {
        ...style,
        fill: '',
        stroke: color,
        strokeWidth: height,
        strokeLineCap: 'butt',
        strokeUniform: false,
      });
    }
    default:
      return unreachable(el.shape, 'shape kind');
  }
}

export async function buildGroup(env: RenderEnv, el: GroupElement, offsetX = 0, offsetY = 0): Promise<FabricObject> {
  const { fabric } = env;
  const children: FabricObject[] = [];
  for (const child of el.children) children.push(await buildElement(env, child, offsetX + el.x, offsetY + el.y));
  // The group keeps its own box (not its children's bounding box), so reading it back after a
  // move gives exactly the element's geometry. Children added after construction keep their
  // page positions.
  const group = new fabric.Group([], {
    ...commonProps(el, offsetX, offsetY),
    angle: 0,
    width: el.width,
    height: el.height,
    layoutManager: new fabric.LayoutManager(new fabric.FixedLayout()),
  });
  if (children.length > 0) group.add(...children);
  group.set({ angle: el.rotation });
  return group;
}

/** Text lives in ./text (its Textbox subclass); re-exported so existing imports keep working. */
export { buildText };

type Builder<T extends ElementType> = (env: RenderEnv, el: ElementOf<T>, offsetX: number, offsetY: number) => FabricObject | Promise<FabricObject>;

/** One Fabric build per element type: a type added to the schema fails to compile until it has one. */
const BUILDERS: { readonly [T in ElementType]: Builder<T> } = {
  text: async (env, el, offsetX, offsetY) => {
    await env.ensureFont?.(el.fontFamily);
    return buildText(env.fabric, el, offsetX, offsetY);
  },
  image: buildImage,
  shape: (env, el, offsetX, offsetY) => buildShape(env.fabric, el, offsetX, offsetY),
  group: buildGroup,
  // Video frames are composed by ffmpeg (docs/architecture.md, the render path); a still shows the first one.
  video: buildVideoStill,
  icon: (env, el, offsetX, offsetY) => buildIcon(env.fabric, el, offsetX, offsetY),
};

/** Builds the Fabric object for any element; `offset` places children of groups. */
export async function buildElement(env: RenderEnv, el: Element, offsetX = 0, offsetY = 0): Promise<FabricObject> {
  // Indexing by a union loses the link between an element and its builder: restore it once, here.
  const build = BUILDERS[el.type] as Builder<Element['type']>;
  const object = await build(env, el, offsetX, offsetY);
  tagWithElementId(object, el.id);
  return object;
}

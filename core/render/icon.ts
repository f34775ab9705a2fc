/**
 * An icon element -> Fabric (core/elements/icon.ts says why icons are their own type): one Path
 * per path of its drawing, painted with the element's colour (filled, stroked or both, as the
 * path says; strokes with round caps and joins, as the set draws them), scaled from its viewBox
 * to the element's box and held in a group with the element's own box, so reading the group back
 * after a move gives exactly the element's geometry (as buildGroup does).
 */
import type { FabricObject } from 'fabric';
import type { IconElement } from '../schema/design';
import type { FabricNS } from './types';

export function buildIcon(fabric: FabricNS, el: IconElement, offsetX = 0, offsetY = 0): FabricObject {
  const sx = el.width / el.viewBox;
  const sy = el.height / el.viewBox;
  const left = offsetX + el.x;
  const top = offsetY + el.y;
  const paths = el.paths.map((path) => {
    const object = new fabric.Path(path.d, {
      fill: path.fill ? el.color : '',
      stroke: path.stroke ? el.color : undefined,
      strokeWidth: path.stroke ? el.strokeWidth : 0,
      strokeLineCap: 'round',
      strokeLineJoin: 'round',
      originX: 'center',
      originY: 'center',
      objectCaching: false,
    });
    // A path's own centre is the centre of its bounding box (pathOffset), in viewBox units.
    object.set({ left: left + object.pathOffset.x * sx, top: top + object.pathOffset.y * sy, scaleX: sx, scaleY: sy });
    return object;
  });
  const group = new fabric.Group([], {
    originX: 'center',
    originY: 'center',
    left: left + el.width / 2,
    top: top + el.height / 2,
    width: el.width,
    height: el.height,
    opacity: el.opacity,
    visible: !el.hidden,
    layoutManager: new fabric.LayoutManager(new fabric.FixedLayout()),
  });
  group.add(...paths);
  group.set({ angle: el.rotation });
  return group;
}

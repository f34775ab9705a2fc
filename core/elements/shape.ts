/** Shape (schema: shapeElementSchema in core/schema/design.ts; Fabric: buildShape in core/render/elements.ts). */
import type { ShapeElement } from '../schema/design';
import { givenName, type ElementModule } from './module';

export type ShapeKind = ShapeElement['shape'];

export const shape: ElementModule<'shape'> = {
  type: 'shape',
  assetIds: () => [],
  fontFamilies: () => [],
  label: givenName,
  keepsRatio: false,
  needsVideoExport: false,
  scaleContent: (element) => element,
};

/**
 * A new shape of each kind: its width and height as fractions of the side it is given (a line is
 * long and thin, a triangle a little flatter than tall), its fill, and its points or sides.
 */
export const NEW_SHAPES: { [K in ShapeKind]: { proportions: readonly [number, number]; fill: string; sides?: number } } = {
  rect: { proportions: [1, 1], fill: '#6d4aff' },
  ellipse: { proportions: [1, 1], fill: '#ffb547' },
  triangle: { proportions: [1, 0.9], fill: '#2bb673' },
  star: { proportions: [1, 1], fill: '#ffd43b', sides: 5 },
  polygon: { proportions: [1, 1], fill: '#1c7ed6', sides: 6 },
  line: { proportions: [1.5, 0.02], fill: '#1c1b22' },
  arrow: { proportions: [1.2, 0.5], fill: '#e03131' },
  bubble: { proportions: [1.1, 0.85], fill: '#ffffff' },
};

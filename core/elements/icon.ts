/**
 * Icon (schema: iconElementSchema in core/schema/design.ts; Fabric: buildIcon in core/render/icon.ts;
 * UI: renderer/src/editor/elements/icon.tsx; the set and its search: core/elementSets).
 *
 * An icon is its own element type rather than an imported SVG picture: its colour is one property
 * (`color`, set in one click from the brand palette) and its drawing is plain path data kept in
 * the design, drawn by Fabric as paths in the editor and in Node alike (docs/architecture.md,
 * glossary: icon).
 */
import type { IconElement, IconPath } from '../schema/design';
import { givenName, type ElementModule } from './module';

export const icon: ElementModule<'icon'> = {
  type: 'icon',
  assetIds: () => [],
  fontFamilies: () => [],
  label: givenName,
  // Its drawing is made for a square: stretching it would distort strokes and circles.
  keepsRatio: true,
  needsVideoExport: false,
  // The drawing lives in its own viewBox: scaling the box scales it.
  scaleContent: (element) => element,
};

/** A new icon's side, as a share of the page's shorter side. */
export const NEW_ICON_SIZE_SHARE = 0.25;

/**
 * A path as the bundled icon set stores it (core/elementSets): a bare `d` is stroked and not
 * filled (the outline style's rule), else its paint is said.
 */
export type IconPathRecord = string | { d: string; fill: boolean; stroke: boolean };

/** A stored path record as an element's path: a bare `d` is stroked, not filled. */
export function iconPathOf(record: IconPathRecord): IconPath {
  return typeof record === 'string' ? { d: record, fill: false, stroke: true } : { d: record.d, fill: record.fill, stroke: record.stroke };
}

/** The set's icon name of an icon element (`tabler:home` -> `home`). */
export function iconName(element: Pick<IconElement, 'icon'>): string {
  return element.icon.slice(element.icon.indexOf(':') + 1);
}

/**
 * Group (schema: the group member of elementSchema in core/schema/design.ts; Fabric: buildGroup in
 * core/render/elements.ts). Children are placed from the group's top-left corner and turn with it.
 */
import { givenName, type ElementModule } from './module';

export const group: ElementModule<'group'> = {
  type: 'group',
  // Its children's assets and fonts are their own: the walk visits them.
  assetIds: () => [],
  fontFamilies: () => [],
  label: givenName,
  keepsRatio: true,
  needsVideoExport: false,
  scaleContent: (element, sx, sy, scaleChild) => ({ ...element, children: element.children.map((child) => scaleChild(child, sx, sy)) }),
};

/** Image (schema: imageElementSchema in core/schema/design.ts; Fabric: buildImage in core/render/elements.ts). */
import { givenName, type ElementModule } from './module';

export const image: ElementModule<'image'> = {
  type: 'image',
  assetIds: (element) => [element.assetId],
  fontFamilies: () => [],
  label: givenName,
  keepsRatio: false,
  needsVideoExport: false,
  // The crop is a fraction of the picture: it stays right at any size.
  scaleContent: (element) => element,
};

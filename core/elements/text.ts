/** Text (schema: textElementSchema in core/schema/design.ts; Fabric: core/render/text.ts). */
import type { ElementModule } from './module';

/** Font sizes a scaled text keeps within (the schema's bounds). */
const MIN_FONT_SIZE = 1;
const MAX_FONT_SIZE = 2000;

export const text: ElementModule<'text'> = {
  type: 'text',
  assetIds: () => [],
  fontFamilies: (element) => [element.fontFamily],
  keepsRatio: false,
  needsVideoExport: false,
  // The vertical scale becomes the font size, as core/render/readBack.ts reads a scaled text box.
  scaleContent: (element, _sx, sy) => ({ ...element, fontSize: Math.min(MAX_FONT_SIZE, Math.max(MIN_FONT_SIZE, element.fontSize * sy)) }),
};

/**
 * Video (schema: videoElementSchema in core/schema/design.ts; Fabric: a still of its first frame,
 * buildVideoStill in core/render/elements.ts; the moving picture is ffmpeg's: docs/architecture.md,
 * the render path).
 */
import { givenName, type ElementModule } from './module';

export const video: ElementModule<'video'> = {
  type: 'video',
  assetIds: (element) => [element.assetId],
  fontFamilies: () => [],
  label: givenName,
  keepsRatio: false,
  needsVideoExport: true,
  scaleContent: (element) => element,
};

/**
 * Video (schema: videoElementSchema in core/schema/design.ts; Fabric: a still of its first frame,
 * buildVideoStill in core/render/elements.ts; the moving picture is ffmpeg's: docs/architecture.md,
 * the render path). What part of its picture it shows (its crop): core/video/clipCrop.ts.
 */
import { givenName, type ElementModule } from './module';

export const video: ElementModule<'video'> = {
  type: 'video',
  assetIds: (element) => [element.assetId],
  fontFamilies: () => [],
  label: givenName,
  keepsRatio: false,
  needsVideoExport: true,
  // The crop is a fraction of the clip's picture and `fit` fits it in whatever box: it stays right at any size.
  scaleContent: (element) => element,
};

/**
 * Safe zones and crops in the pixels of a given frame. The catalog stores them as the source gave
 * them (Meta in percent, TikTok/Shorts in pixels measured at 1080x1920); the editor wants pixels of
 * the design it shows, whatever its size.
 */
import type { Insets, Rect, SafeZone } from './schema';

export interface PixelSafeZone {
  status: SafeZone['status'];
  insets: Insets;
  /** The part of the frame no platform UI covers. */
  safe: Rect;
  overlays: Array<{ id: SafeZone['overlays'][number]['id']; label: { fr: string; en: string }; rect: Rect }>;
}

function scaleRect(rect: Rect, sx: number, sy: number): Rect {
  return { x: rect.x * sx, y: rect.y * sy, width: rect.width * sx, height: rect.height * sy };
}

export function safeZoneInPixels(zone: SafeZone, width: number, height: number): PixelSafeZone {
  const sx = zone.unit === 'fraction' ? width : width / zone.reference.width;
  const sy = zone.unit === 'fraction' ? height : height / zone.reference.height;
  const insets = { top: zone.insets.top * sy, right: zone.insets.right * sx, bottom: zone.insets.bottom * sy, left: zone.insets.left * sx };
  return {
    status: zone.status,
    insets,
    safe: { x: insets.left, y: insets.top, width: width - insets.left - insets.right, height: height - insets.top - insets.bottom },
    overlays: zone.overlays.map((overlay) => ({ id: overlay.id, label: overlay.label, rect: scaleRect(overlay.rect, sx, sy) })),
  };
}

/** A crop rectangle stored as fractions of the frame, in pixels. */
export function cropInPixels(rect: Rect, width: number, height: number): Rect {
  return scaleRect(rect, width, height);
}

/**
 * Safe zone and profile-grid crop of a design, in the design's own pixels: what the editor overlay
 * draws and what the overlap warnings measure. Pure lookups over the catalog.
 *
 * A design stores its format as `{ preset, width, height }`. The catalog keys zones by preset id;
 * the design's size may differ from the preset's (a scaled copy, 2160x3840): the zone is then
 * scaled, which is right only while the proportions match. A preset whose page was reshaped to
 * other proportions gets no zone rather than a stretched one.
 */
import { findFormat } from './catalog';
import { cropInPixels, safeZoneInPixels, type PixelSafeZone } from './geometry';
import type { Format, Rect, SafeZone } from './schema';
import { userFormatIdOf } from './userFormats';

/** The same 1 % tolerance the catalog uses between a preset's ratio string and its size. */
const RATIO_TOLERANCE = 0.01;

export interface FormatSize {
  preset: string | null;
  width: number;
  height: number;
}

/** Why a design has no safe zone to show (the editor says so in the disabled toggle's tooltip). */
export type NoSafeZoneReason = 'custom' | 'unknown-preset' | 'none' | 'reshaped';

export type SafeAreaLookup =
  | { ok: true; format: Format; zone: SafeZone; pixels: PixelSafeZone }
  | { ok: false; reason: NoSafeZoneReason; format?: Format };

function sameProportions(format: Format, width: number, height: number): boolean {
  const expected = format.width / format.height;
  return Math.abs(width / height - expected) / expected <= RATIO_TOLERANCE;
}

/** The preset's catalog entry when the design still has its proportions. */
function presetOf(size: FormatSize): { format: Format } | { reason: NoSafeZoneReason; format?: Format } {
  // A user's own format (`user:<id>`) has no platform UI over it: it is a custom size with a name.
  if (size.preset === null || userFormatIdOf(size.preset) !== null) return { reason: 'custom' };
  const format = findFormat(size.preset);
  if (!format) return { reason: 'unknown-preset' };
  if (!sameProportions(format, size.width, size.height)) return { reason: 'reshaped', format };
  return { format };
}

/** The safe zone of a design's format, in pixels of a `size.width` x `size.height` page. */
export function safeAreaFor(size: FormatSize): SafeAreaLookup {
  const found = presetOf(size);
  if ('reason' in found) return { ok: false, reason: found.reason, format: found.format };
  const { format } = found;
  if (!format.safeZone) return { ok: false, reason: 'none', format };
  return { ok: true, format, zone: format.safeZone, pixels: safeZoneInPixels(format.safeZone, size.width, size.height) };
}

export const PROFILE_GRID_CROP_ID = 'profile-grid';

/** Instagram's profile-grid thumbnail (the centred 3:4) of a design, in its pixels; null when the format has none. */
export function profileGridCropFor(size: FormatSize): { rect: Rect; label: { fr: string; en: string } } | null {
  const found = presetOf(size);
  if ('reason' in found) return null;
  const crop = found.format.crops?.find((c) => c.id === PROFILE_GRID_CROP_ID);
  return crop ? { rect: cropInPixels(crop.rect, size.width, size.height), label: crop.label } : null;
}

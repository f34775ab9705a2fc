/**
 * The safe-zone view toggles of the editor: the format's safe zone, and (Instagram feed formats)
 * the 3:4 profile-grid crop. View state only: never saved in the design, never in an export.
 */
import { useCallback, useMemo, useState } from 'react';
import { profileGridCropFor } from '../../../core/formats/safeArea';
import type { FormatRef } from '../../../core/schema/design';
import { useSafeArea } from './safeZoneWarnings';

export function useSafeZoneView(format: FormatRef) {
  const lookup = useSafeArea(format);
  const { preset, width, height } = format;
  const crop = useMemo(() => profileGridCropFor({ preset, width, height }), [preset, width, height]);
  const [zoneWanted, setZoneWanted] = useState(false);
  const [cropWanted, setCropWanted] = useState(false);
  const toggle = useCallback(() => setZoneWanted((on) => !on), []);
  const toggleCrop = useCallback(() => setCropWanted((on) => !on), []);
  const available = lookup.ok;
  // For the command list: a stable object, so the commands are not rebuilt on every render.
  const command = useMemo(() => ({ toggle, available }), [toggle, available]);
  return {
    lookup,
    /** Shown: asked for and possible (a format change to a custom size hides it). */
    zoneOn: zoneWanted && available,
    toggle,
    crop,
    cropOn: cropWanted && crop !== null,
    toggleCrop,
    command,
  };
}

export type SafeZoneView = ReturnType<typeof useSafeZoneView>;

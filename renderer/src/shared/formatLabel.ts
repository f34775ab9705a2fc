/** How a design's format reads in the UI: "Instagram · 1080 × 1350". */
import { findFormat, NETWORK_LABELS, type Format } from '../../../core/formats/catalog';
import type { FormatRef } from '../../../core/schema/design';
import { pixelSize } from './locale';
import { userFormatName } from './userFormats';

export { pixelSize };

/**
 * `customLabel` is the translated "Custom size". A design made from one of the user's own formats
 * (preset `user:<id>`) reads as that format's name: "Affiche A3 · 1000 × 1500"; once the format is
 * deleted, as a custom size.
 */
export function formatLabel(format: FormatRef, customLabel: string): string {
  const preset: Format | undefined = format.preset ? findFormat(format.preset) : undefined;
  const where = preset ? NETWORK_LABELS[preset.network] : (userFormatName(format.preset) ?? customLabel);
  return `${where} · ${pixelSize(format.width, format.height)}`;
}

export function formatName(format: Format, language: 'fr' | 'en'): string {
  return format.name[language];
}

/** How a design's format reads in the UI: "Instagram · 1080 × 1350". */
import { findFormat, NETWORK_LABELS, type Format } from '../../../core/formats/catalog';
import type { FormatRef } from '../../../core/schema/design';

export function pixelSize(width: number, height: number): string {
  return `${width} × ${height}`;
}

/** `customLabel` is the translated "Custom size". */
export function formatLabel(format: FormatRef, customLabel: string): string {
  const preset: Format | undefined = format.preset ? findFormat(format.preset) : undefined;
  const where = preset ? NETWORK_LABELS[preset.network] : customLabel;
  return `${where} · ${pixelSize(format.width, format.height)}`;
}

export function formatName(format: Format, language: 'fr' | 'en'): string {
  return format.name[language];
}

/** 0.46 -> "46%" (en) / "46 %" (fr). */
export function percent(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

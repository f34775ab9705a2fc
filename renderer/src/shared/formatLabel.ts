/** How a design's format reads in the UI: "Instagram · 1080 × 1350". */
import { findFormat, NETWORK_LABELS, type Format } from '../../../core/formats/catalog';
import type { FormatRef } from '../../../core/schema/design';
import { userFormatName } from './userFormats';

export function pixelSize(width: number, height: number): string {
  return `${width} × ${height}`;
}

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

/**
 * 0.46 -> "46%" (en) / "46 %" (fr), 12.5 -> "1,250%" / "1 250 %": what Intl.NumberFormat's percent
 * style gives, written out by hand because the first Intl formatter of a page loads the locale data
 * (~30 ms), and the zoom label is drawn while the editor opens.
 */
export function percent(value: number, language: string): string {
  const whole = Math.round(value * 100);
  const digits = String(Math.abs(whole));
  const french = language.startsWith('fr');
  // As Intl writes them: thousands "," in English; in French a narrow no-break space (U+202F)
  // between thousands and a no-break space (U+00A0) before the sign.
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, french ? '\u202f' : ',');
  return `${whole < 0 ? '-' : ''}${grouped}${french ? '\u00a0%' : '%'}`;
}
